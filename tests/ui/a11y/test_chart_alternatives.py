"""Text alternatives of the charts that lacked one: the way out's owed chart and record strips
(calculator) and the progress charts of Check yourself — a summary sentence with the figures,
and the data as a table, each the chart's own numbers, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from duewise.ui.check.charts import MasteryChart, ScoreChart
from duewise.ui.common.charts.text_alternative import ChartTable


def _shown_table(table: ChartTable) -> tuple[list[str], list[list[str]]]:
    """Open the table as its button does, and read what it shows."""
    table.show_table()
    model = table.model
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    rows = [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    return headers, rows


@pytest.fixture
def remedies(build_window, qapp, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The calculator's way out, computed for the default story (¥1,000 of 白条, three missed)."""

    def open_in(language: str):  # type: ignore[no-untyped-def]
        context, window = build_window(tmp_path / language, language)
        window.show()
        page = window.show_page("calculator")
        qtbot.waitUntil(lambda: page.remedies_panel.comparison is not None, timeout=10000)
        panel = page.remedies_panel
        qtbot.waitUntil(lambda: bool(panel.chart.text_alternative.toggle.accessibleDescription()))
        return context, page, panel

    return open_in


def test_the_owed_chart_of_the_way_out_says_and_tabulates_every_remedy(remedies) -> None:  # type: ignore[no-untyped-def]
    _, _, panel = remedies("en")
    chart = panel.chart
    series = chart.series()
    summary = chart.summary()
    assert summary.startswith("Owed (¥): Repay now: from ")
    for name in ("Repay now", "Negotiate 12 months", "Pay the minimum", "Keep missing"):
        assert f"{name}: from " in summary
    top = max(series["keep-missing"])
    assert f"highest {top:,.2f}" in summary
    toggle = chart.text_alternative.toggle
    interface = QAccessible.queryAccessibleInterface(toggle)
    assert interface.text(QAccessible.Text.Description) == summary
    assert interface.text(QAccessible.Text.Name) == "Owed (¥): show the data as a table"
    assert toggle.focusPolicy() & Qt.FocusPolicy.TabFocus
    headers, rows = _shown_table(chart.text_alternative)
    assert headers == [
        "Months from the first statement",
        "Repay now",
        "Negotiate 12 months",
        "Pay the minimum",
        "Keep missing",
    ]
    assert len(rows) == max(len(v) for v in series.values())
    assert [row[0] for row in rows[:3]] == ["0", "1", "2"]
    for column, name in enumerate(("repay-now", "negotiate", "minimum", "keep-missing"), 1):
        values = series[name]
        assert [row[column] for row in rows[: len(values)]] == [f"{v:,.2f}" for v in values]
    assert chart.text_alternative.summary_label.text() == summary


def test_the_record_strips_list_every_month_with_its_meaning(remedies) -> None:  # type: ignore[no-untyped-def]
    _, _, panel = remedies("en")
    strips = panel.strips
    shown = strips.strips()
    table = strips.text_alternative
    assert table.isVisibleTo(panel)
    assert strips.accessibleDescription() == table.toggle.accessibleDescription()
    assert strips.summary().startswith("Credit records side by side: Repay now: 1 2 3 C")
    assert table.toggle.accessibleName() == "Credit records side by side: show the data as a table"
    headers, rows = _shown_table(table)
    assert headers == ["Month", *(s.label for s in shown)]
    assert len(rows) == len(shown[0].codes) == 24
    month, said = shown[0].tips[0].split(": ", 1)
    assert rows[0][0] == month and rows[0][1] == said == "1 (1–30 days overdue)"
    assert rows[3][1].startswith("C (")  # repaid at once: settled in the fourth month
    assert rows[9][4].startswith("7 (")  # keep missing: 180 days and more by the tenth


def test_the_way_out_tables_in_chinese(remedies, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, panel = remedies("zh_CN")
    chart = panel.chart
    qtbot.waitUntil(lambda: "立即还清" in chart.summary())
    headers, _ = _shown_table(chart.text_alternative)
    assert headers[0] == chart.axes.get_xlabel() and headers[1] == "立即还清"
    assert chart.text_alternative.toggle.text() != "Show as a table"
    strips_headers, rows = _shown_table(panel.strips.text_alternative)
    assert strips_headers[0] != "Month" and "逾期" in rows[0][1]


def test_the_score_chart_says_first_last_best_and_the_pass_mark(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = ScoreChart()
    qtbot.addWidget(chart)
    words = {
        "x_label": "Quiz number",
        "y_label": "Score (%)",
        "empty": "No finished quizzes yet",
        "pass_label": "Pass mark",
    }
    chart.update_data([], **words)
    chart.update_text_alternative()
    assert chart.summary() == "Score (%): No finished quizzes yet."
    assert chart.table() == (["Quiz number", "Score (%)"], [])
    chart.update_data([40.0, 200 / 3, 90.0, 80.0], **words)
    chart.update_text_alternative()
    assert chart.summary() == (
        "Score (%): Finished quizzes: 4; the first 40, the last 80, the highest 90 (quiz 3). "
        "Pass mark: 80."
    )
    assert chart.table() == (
        ["Quiz number", "Score (%)"],
        [["1", "40"], ["2", "66.7"], ["3", "90"], ["4", "80"]],
    )
    assert chart.canvas.accessibleDescription() == chart.summary()
    assert chart.text_alternative.isVisibleTo(chart)


def test_the_mastery_chart_names_the_strongest_and_weakest_objective(qtbot) -> None:  # type: ignore[no-untyped-def]
    chart = MasteryChart([0, 0, 1])
    qtbot.addWidget(chart)
    names = ["Say what credit is", "Tell a loan from a card", "Read an APR"]
    chart.update_data([0.0, 0.0, 0.0], x_label="Lesson", y_label="Mastery (%)", names=names)
    chart.update_text_alternative()
    assert chart.summary() == "Mastery (%): 3 objectives, all at 0."
    chart.update_data([50.0, 100.0, 25.5], x_label="Lesson", y_label="Mastery (%)", names=names)
    chart.update_text_alternative()
    assert chart.summary() == (
        "Mastery (%): 3 objectives, on average 58.5. "
        "Highest: “Tell a loan from a card” (lesson 1), 100. "
        "Lowest: “Read an APR” (lesson 2), 25.5."
    )
    headers, rows = chart.table()
    assert headers == ["Lesson", "Objective", "Mastery (%)"]
    assert rows == [
        ["1", "Say what credit is", "50"],
        ["1", "Tell a loan from a card", "100"],
        ["2", "Read an APR", "25.5"],
    ]


def test_the_check_page_gives_both_charts_a_table_in_chinese(build_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, window = build_window(tmp_path / "data", "zh_CN")
    window.show()
    page = window.show_page("check")
    qtbot.waitUntil(page.overview.isVisible)
    score, mastery = page.overview.score_chart, page.overview.mastery_chart
    for chart in (score, mastery):
        qtbot.waitUntil(lambda c=chart: c.summary() != "" and c.text_alternative.isVisible())
        assert chart.canvas.accessibleDescription() == chart.summary()
        assert not any(word in chart.summary() for word in ("Score", "Mastery", "objectives"))
    headers, rows = _shown_table(mastery.text_alternative)
    assert len(headers) == 3 and len(rows) == len(mastery.bars)
    assert rows[0][0] == "1" and rows[0][2] == "0"
    assert all(any("\u4e00" <= c <= "\u9fff" for c in row[1]) for row in rows)  # in Chinese
