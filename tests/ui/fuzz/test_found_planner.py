"""What the GUI fuzz test found on the repayment planner, one focused test each (issue #14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from duewise.ui.planner.page import PlannerPage


@pytest.fixture
def planner(main_window, qtbot) -> PlannerPage:  # type: ignore[no-untyped-def]
    _, window = main_window
    page = window.show_page("planner")
    assert isinstance(page, PlannerPage)
    return page


def test_the_last_start_month_the_field_offers_still_gives_a_plan(planner, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Found: the first payment month at the field's maximum (9999-12) raised ``ValueError: year
    10001 is out of range`` in the event loop while the plan's months were worded: the field
    now ends where the longest plan (50 years) still ends within the calendar."""
    edit = planner.start_edit
    edit.setFocus()
    for _ in range(3):  # as far as Ctrl+End and PageUp take it
        qtbot.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    edit.setDate(edit.maximumDate())
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    table = planner.strategy_table
    assert table.rowCount() > 0
    # Every month the plan names is a real month (the last one within the calendar).
    shown = " ".join(
        table.item(r, c).text()
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if table.item(r, c) is not None
    )
    assert "10000" not in shown
