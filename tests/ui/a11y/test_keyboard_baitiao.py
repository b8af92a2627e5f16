"""The Baitiao story by keyboard alone: in the calculator, JD Baitiao, ¥3,000, three payments
missed; the cost, the record, the next loan and the way out, with the charts' tables.

Every step is a key press on the focused widget (``keyboard_walk.Walk``); after each the focus
must be visible, and the page's Tab order follows the page from top to bottom: the toolbar, the
inputs, the cost and its chart, the way out, the record, the next loan, the statement.
"""

from __future__ import annotations

from pathlib import Path

import keyboard_walk
import pytest
from keyboard_walk import Key, first_places, named

from duewise.ui.calculator.page import CalculatorPage


def _cells(view) -> list[list[str]]:  # type: ignore[no-untyped-def]
    model = view.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


@pytest.mark.slow
def test_the_baitiao_story_by_keyboard(build_window, qapp, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, window, walk = keyboard_walk.start(build_window, qapp, qtbot, tmp_path / "data")

    # The calculator (Ctrl+3); its Tab order goes down the page.
    walk.go_to_page(3)
    page = window.pages["calculator"]
    assert isinstance(page, CalculatorPage)
    walk.wait(lambda: page.remedies_panel.comparison is not None)
    tour = walk.cycle()
    landmarks = [
        "CalculatorPage.save_button",
        "CalculatorPage.product_box",
        "CalculatorPage.amount_edit",
        "ScenarioEditor.miss_three_button",
        "CalculatorPage.reset_terms_button",
        "CalculatorPage.breakdown",
        "'Owed (¥) / Extra cost",  # the cost chart's "Show as a table"
        "CalculatorPage.assumptions",
        "RemediesInputs.months_spin",
        "RemediesPanel.table",
        "'Owed (¥): show the data",  # the remedies chart's table
        "'Credit records side by side: show",  # the record strips' table
        "RemediesPanel.notes",
        "RecordPanel.legend",
        "ConsequencesPanel.label",
        "NextLoanPanel.kind_box",
        "'Extra interest (¥)",  # the next loan's chart's table
        "StatementPanel.table",
    ]
    places = first_places(tour.forward, landmarks)
    assert places == sorted(places), "\n".join(
        f"{i:3} {landmark}" for i, landmark in sorted(zip(places, landmarks, strict=True))
    )

    # JD Baitiao: the product box by keyboard (another product, then back by typing its name).
    box = walk.tab_to(page.product_box)
    walk.press(Key.Key_Down)
    assert box.currentText() != "JD Baitiao"
    walk.type("JD")
    assert box.currentText() == "JD Baitiao"

    # ¥3,000: the amount typed over the old one.
    walk.tab_to(page.amount_edit)
    walk.retype("3,000")
    assert page.amount_edit.text() == "3,000"

    # Three payments missed: "Miss one", then "Miss three in a row", each with Enter.
    walk.tab_to(named("Quick scenario: Miss one"))
    walk.press(Key.Key_Return)
    assert [c.action for c in page.cycle_choices()] == ["miss"]
    walk.press(Key.Key_Tab)
    assert walk.focus is page.scenario_editor.miss_three_button
    walk.press(Key.Key_Return)
    assert [c.action for c in page.cycle_choices()] == ["miss", "miss", "miss"]
    assert page.scenario_description().startswith("Pay nothing (miss) ×3")
    walk.wait(lambda: page.cost_panel.evaluation.sim.amount == 3000)

    # The cost: the headline and the breakdown say what three missed payments cost.
    summary = page.summary.text()
    assert summary.startswith("This scenario costs ¥") and "more than paying on time" in summary
    assert "¥3,000.00" in page.breakdown.text()

    # The cost chart's text alternative: its button, then the table, read with the arrows.
    chart = page.cost_panel.chart
    walk.tab_to(chart.text_alternative.toggle)
    assert chart.summary() in chart.text_alternative.toggle.accessibleDescription()
    walk.press(Key.Key_Space)
    assert chart.text_alternative.summary_label.isVisible()
    assert chart.text_alternative.summary_label.text() == chart.summary()
    walk.press(Key.Key_Tab)
    assert walk.focus is chart.text_alternative.view
    rows = _cells(chart.text_alternative.view)
    assert rows[0][0] == "0" and len(rows) == len(chart.series()["x"])
    walk.press(Key.Key_Down)
    assert chart.text_alternative.view.currentIndex().row() >= 0

    # The way out: the remedies side by side and the recommendation, then the owed chart's
    # text alternative.
    remedies = page.remedies_panel
    walk.tab_to(remedies.table)
    headers = [
        remedies.table.horizontalHeaderItem(c).text() for c in range(remedies.table.columnCount())
    ]
    assert any(h.startswith("★ ") for h in headers)
    assert remedies.recommendation.text().startswith("Recommended: ")
    owed = remedies.chart
    walk.tab_to(owed.text_alternative.toggle)
    walk.press(Key.Key_Return)
    summary = owed.text_alternative.summary_label.text()
    assert summary == owed.summary() and "Repay now:" in summary and "Keep missing:" in summary
    walk.press(Key.Key_Tab)
    assert walk.focus is owed.text_alternative.view
    table = _cells(owed.text_alternative.view)
    header = owed.text_alternative.model.headerData
    assert [header(c, _horizontal()) for c in range(5)] == [
        "Months from the first statement",
        "Repay now",
        "Negotiate 12 months",
        "Pay the minimum",
        "Keep missing",
    ]
    series = owed.series()
    assert len(table) == max(len(v) for v in series.values())
    assert table[0][4] == f"{series['keep-missing'][0]:,.2f}"

    # The records side by side, as a table: each month, each remedy's code and its meaning.
    records = remedies.strips.text_alternative
    walk.tab_to(records.toggle)
    walk.press(Key.Key_Space)
    walk.press(Key.Key_Tab)
    assert walk.focus is records.view
    months = _cells(records.view)
    assert months[0][1] == "1 (1–30 days overdue)"  # repay now: the first missed month
    assert months[9][4].startswith("7 (")  # keep missing: the worst code by the tenth

    # The record: the grid's year and codes, the flags, read as the focus passes its links.
    walk.tab_to(page.record_panel.legend)
    assert "3 overdue months in a row" in page.flags_label.text()
    assert page.record_heading.text()

    # The next loan: a mortgage quoted dearer (or refused), and its chart's table.
    walk.tab_to(page.loan_kind_box)
    assert page.loan_outcome.text()
    loan_chart = page.next_loan_panel.chart
    walk.tab_to(loan_chart.text_alternative.toggle)
    walk.press(Key.Key_Space)
    assert loan_chart.text_alternative.view.isVisible()

    # The statement, month by month, and Tab leaves it for the navigation.
    walk.tab_to(page.table)
    walk.press(Key.Key_Down)
    walk.press(Key.Key_Tab)
    assert walk.focus is window.nav
    assert walk.problems == [], "\n".join(walk.problems)


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
