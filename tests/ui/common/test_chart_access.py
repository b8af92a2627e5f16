"""Charts for keyboard and screen-reader users: a summary and a data table behind a button,
and the mouse wheel over a chart scrolls the page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from duewise.ui.common.charts.base import ChartCanvas


def _open(qapp, window, page_id: str):  # type: ignore[no-untyped-def]
    page = window.show_page(page_id)
    for _ in range(5):
        qapp.processEvents()
    return page


def _table_texts(chart: ChartCanvas) -> tuple[list[str], list[list[str]]]:
    model = chart.text_alternative.model
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    return headers, rows


def test_the_calculator_chart_says_what_it_shows(main_window, qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The owed chart: its summary names both lines with their figures, is the canvas's and the
    button's accessible description, and the button (by keyboard) shows the months as a
    table whose cells are the chart's own numbers."""
    _, window = main_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = _open(qapp, window, "calculator")
    chart = page.cost_panel.chart
    qtbot.waitUntil(lambda: bool(chart.canvas.accessibleDescription()))
    summary = chart.summary()
    series = chart.series()
    assert "Paying on time" in summary and "This scenario" in summary
    assert f"{max(series['scenario']):,.2f}" in summary
    assert chart.canvas.accessibleDescription() == summary
    assert chart.canvas.accessibleName()
    toggle = chart.text_alternative.toggle
    interface = QAccessible.queryAccessibleInterface(toggle)
    assert interface.text(QAccessible.Text.Description) == summary
    assert "show the data as a table" in interface.text(QAccessible.Text.Name)
    assert not chart.text_alternative.view.isVisible()

    toggle.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    view = chart.text_alternative.view
    assert view.isVisible() and chart.text_alternative.summary_label.text() == summary
    assert toggle.text() == "Hide the table"
    headers, rows = _table_texts(chart)
    assert headers == ["Months from the first statement", "Paying on time", "This scenario"]
    assert len(rows) == len(series["x"])
    assert rows[-1][2] == f"{series['scenario'][-1]:,.2f}"
    assert not view.tabKeyNavigation()  # Tab leaves the table


def test_the_table_follows_new_data_and_language(main_window, qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, window = main_window
    page = _open(qapp, window, "planner")
    chart = page.chart
    chart.text_alternative.show_table()
    qtbot.waitUntil(lambda: chart.text_alternative.model.rowCount() > 0)
    assert "Avalanche" in chart.summary() and "paid off after" in chart.summary()
    context.set_language("zh_CN", remember=False)
    qtbot.waitUntil(lambda: "雪崩" in chart.summary() or "Avalanche" not in chart.summary())
    headers, _ = _table_texts(chart)
    assert headers[0] == chart.strategy_axes.get_xlabel()
    assert chart.text_alternative.toggle.text() != "Hide the table"  # translated


def test_a_bar_chart_marks_right_answers_in_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    from duewise.ui.classroom.charts import BarsChart

    chart = BarsChart()
    qtbot.addWidget(chart)
    chart.show_bars(
        ["A", "B", "C"], [5, 3, 0], [False, True, False], ["5", "3", "0"], ylabel="Answers"
    )
    chart.update_text_alternative()
    assert chart.summary() == "Answers: A 5; B 3 (right answer); C 0."
    headers, rows = chart.table()
    assert headers[1:] == ["Answers", "right answer"]
    assert rows[1] == ["B", "3", "right answer"]
    assert chart.canvas.accessibleDescription() == chart.summary()


def test_a_chart_without_an_alternative_offers_no_button(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = ChartCanvas()
    qtbot.addWidget(chart)
    chart.show()
    chart.update_text_alternative()
    assert not chart.text_alternative.isVisible()
    chart.set_text_alternative("Two points.", ["x", "y"], [["0", "1"], ["1", "2"]])
    assert chart.text_alternative.isVisible()
    assert chart.table() == (["x", "y"], [["0", "1"], ["1", "2"]])


def test_the_wheel_over_a_chart_scrolls_the_page(qtbot) -> None:  # type: ignore[no-untyped-def]
    """matplotlib still hears the wheel (``scroll_event``), and the page scrolls."""
    area = QScrollArea()
    qtbot.addWidget(area)
    content = QWidget()
    layout = QVBoxLayout(content)
    chart = ChartCanvas(content)
    chart.set_fixed_height(300)
    layout.addWidget(chart)
    spacer = QWidget(content)
    spacer.setFixedHeight(2000)
    layout.addWidget(spacer)
    area.setWidget(content)
    area.resize(400, 400)
    area.show()
    qtbot.waitExposed(area)
    heard = []
    chart.canvas.mpl_connect("scroll_event", lambda event: heard.append(event.step))
    bar = area.verticalScrollBar()
    assert bar.value() == 0
    # Through the window system, as a real wheel (Qt passes only those on to the parents).
    centre = chart.canvas.mapTo(area, chart.canvas.rect().center())
    QTest.wheelEvent(area.windowHandle(), QPointF(centre), QPoint(0, -120))  # one notch down
    qtbot.waitUntil(lambda: bar.value() > 0)
    assert heard == [-1.0]


def test_exported_chart_files_keep_their_text_alternative(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Exporting does not lose the summary (it is asked again after the screen redraw)."""
    chart = ChartCanvas()
    qtbot.addWidget(chart)
    chart.figure.add_subplot().plot([0, 1], [1, 2])
    chart.set_text_alternative("Rises from 1 to 2.", ["x", "y"], [["0", "1"], ["1", "2"]])
    (tmp_path / "chart.png").write_bytes(chart.png_bytes(dpi=50))
    assert chart.canvas.accessibleDescription() == "Rises from 1 to 2."
