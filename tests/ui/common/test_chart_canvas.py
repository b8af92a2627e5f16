"""The shared chart canvas draws Chinese labels with a real CJK font (no missing-glyph warnings)."""

from __future__ import annotations


def test_chinese_labels_render_without_missing_glyphs(qtbot) -> None:  # type: ignore[no-untyped-def]
    from duewise.ui.common.charts.base import ChartCanvas

    chart = ChartCanvas()
    qtbot.addWidget(chart)
    axes = chart.figure.add_subplot()
    (line,) = axes.plot([0, 1, 2], [0, 1, 4], label="按时还款 on time")
    axes.set_title("逾期三个月的代价")
    axes.legend()
    chart.apply_palette()
    line.set_data([0, 1, 2], [1, 2, 3])
    chart.canvas.draw()  # pytest turns a "Glyph … missing" UserWarning into an error
    assert chart.png_bytes(dpi=50).startswith(b"\x89PNG")
    assert list(line.get_ydata()) == [1, 2, 3]


def test_nice_scales_cover_the_value_in_equal_readable_steps() -> None:
    from hypothesis import given
    from hypothesis import strategies as st

    from duewise.ui.common.charts.blit import nice_scale, tick_text

    assert nice_scale(1000 * 1.08, 5) == (1250.0, 250.0)
    assert nice_scale(0, 4) == (4.0, 1.0)
    assert tick_text(2.5, 0.5) == "2.5"
    assert tick_text(60000, 15000) == "60,000"

    @given(st.floats(min_value=0.01, max_value=1e9), st.sampled_from([4, 5, 6]))
    def check(value: float, steps: int) -> None:
        top, step = nice_scale(value, steps)
        assert top >= value * (1 - 1e-9) and top == step * steps
        assert top < 2.5 * value + 1e-9  # never wastes more than 60 % of the height
        labels = [tick_text(i * step, step) for i in range(steps + 1)]
        assert len(set(labels)) == len(labels)  # each tick reads differently

    check()


def test_painted_tick_labels_sit_where_matplotlib_puts_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The Qt-painted labels are anchored at matplotlib's own tick-label positions."""
    from duewise.ui.common.charts.base import ChartCanvas

    chart = ChartCanvas()
    qtbot.addWidget(chart)
    chart.resize(400, 300)
    axes = chart.figure.add_subplot()
    overlay = chart.add_tick_overlay(axes.yaxis, [0.0, 0.5, 1.0])
    overlay.set_labels(["0", "500", "1,000"])
    chart.show()
    chart.canvas.draw()
    anchors, ha, _va = overlay._place(chart.canvas)
    renderer = chart.canvas.get_renderer()
    height = chart.figure.bbox.height
    ratio = chart.canvas.device_pixel_ratio
    for tick, (x, y) in zip(axes.yaxis.get_major_ticks(), anchors, strict=True):
        box = tick.label1.get_window_extent(renderer)
        assert abs(x * ratio - box.x1) < 1.5  # right-aligned at the label's right edge
        assert abs((height - y * ratio) - (box.y0 + box.y1) / 2) < 3  # vertically centred
    assert ha == "right"
    assert chart.tick_labels(axes.yaxis) == ["0", "500", "1,000"]
