"""The shared chart canvas draws Chinese labels with a real CJK font (no missing-glyph warnings)."""

from __future__ import annotations


def test_chinese_labels_render_without_missing_glyphs(qtbot) -> None:  # type: ignore[no-untyped-def]
    from duewise.ui.charts.base import ChartCanvas

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
