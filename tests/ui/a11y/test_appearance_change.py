"""Changing the theme or the text size with every page open: the pointer says the app is busy,
and charts on pages not shown are drawn again when they are shown, not all at once."""

from __future__ import annotations

from pathlib import Path

from a11y_tour import open_page, settle
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from duewise.ui.common import theme
from duewise.ui.common.charts.base import ChartCanvas


def _charts(page) -> list[ChartCanvas]:  # type: ignore[no-untyped-def]
    return list(page.findChildren(ChartCanvas))


def test_charts_on_hidden_pages_are_drawn_when_shown(  # type: ignore[no-untyped-def]
    build_window, qapp, tmp_path: Path
) -> None:
    context, window = build_window(tmp_path / "data", "en")
    window.resize(1280, 800)
    window.show()
    calculator = open_page(qapp, window, "calculator")
    charts = [chart for chart in _charts(calculator) if chart.isVisible()]
    assert charts, "the calculator shows no chart"
    open_page(qapp, window, "settings")
    settle(qapp)
    draws: list[ChartCanvas] = []
    for chart in charts:
        chart.canvas.mpl_connect("draw_event", lambda _event, chart=chart: draws.append(chart))

    context.set_appearance(theme_name="dark", remember=False)
    settle(qapp)
    assert draws == []  # nothing drawn on a page nobody sees

    open_page(qapp, window, "calculator")
    settle(qapp)
    assert set(draws) == set(charts)  # each drawn once it is shown, in the new colours
    for chart in charts:
        background = chart.background_colour()
        assert QColor(background).lightness() < 128  # the dark theme's
        red, green, blue = (round(c * 255) for c in chart.figure.get_facecolor()[:3])
        assert f"#{red:02x}{green:02x}{blue:02x}" == background


def test_the_pointer_is_busy_while_the_app_restyles(  # type: ignore[no-untyped-def]
    build_window, qapp, tmp_path: Path, monkeypatch
) -> None:
    context, window = build_window(tmp_path / "data", "en")
    window.show()
    seen: list[object] = []
    apply = theme.apply

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        cursor = QApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)
        apply(*args, **kwargs)

    monkeypatch.setattr(theme, "apply", watched)
    context.set_appearance(text_scale=150)  # as the Settings page does
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None  # and back to normal after
