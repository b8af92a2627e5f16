"""The planner's path by keyboard alone: two debts typed in, a budget, the strategies compared,
the chart's table and the month-by-month schedule read.

Every step is a key press on the focused widget (``keyboard_walk.Walk``); after each the focus
must be visible, and the page's Tab order follows the page from top to bottom.
"""

from __future__ import annotations

from pathlib import Path

import keyboard_walk
import pytest
from keyboard_walk import Key, Mod, Walk, first_places

from duewise.ui.planner.page import PlannerPage


def _type_row(walk: Walk, page: PlannerPage, cells: list[str | None]) -> None:
    """Type a new row's cells with Tab between them (``None``: keep what the cell holds; a
    text starting with "pick:" chooses a product by typing its name); Enter closes the last."""
    for i, text in enumerate(cells):
        if text is not None and text.startswith("pick:"):
            walk.type(text.removeprefix("pick:"))
        elif text is not None:
            walk.retype(text)
        if i + 1 < len(cells):
            walk.press(Key.Key_Tab)
    walk.press(Key.Key_Return)
    walk.wait(lambda: walk.focus is page.debts_view)


@pytest.mark.slow
def test_a_plan_out_of_two_debts_by_keyboard(build_window, qapp, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, window, walk = keyboard_walk.start(build_window, qapp, qtbot, tmp_path / "data")

    walk.go_to_page(4)
    page = window.pages["planner"]
    assert isinstance(page, PlannerPage)
    walk.wait(lambda: page.comparison is not None)
    tour = walk.cycle()
    landmarks = [
        "PlannerPage.clear_example_button",
        "PlannerPage.add_button",
        "PlannerPage.debts_view",
        "PlannerPage.budget_edit",
        "PlannerPage.strategy_table",
        "'Total balance by strategy",  # the chart's "Show as a table", under the table
        "PlannerPage.schedule_view",
        "PlannerPage.plan_name_box",
        "PlannerPage.record_button",
    ]
    places = first_places(tour.forward, landmarks)
    assert places == sorted(places), "\n".join(
        f"{i:3} {landmark}" for i, landmark in sorted(zip(places, landmarks, strict=True))
    )

    # Away with the example (Enter on its button); Ctrl+N adds a debt and opens its name.
    walk.tab_to(page.clear_example_button)
    walk.press(Key.Key_Return)
    assert page.debts_model.rowCount() == 0
    assert page.debts_errors.text() == "Add at least one debt to see a plan."
    walk.press(Key.Key_N, Mod.ControlModifier)
    assert page.debts_model.rowCount() == 1
    # name, product (kept: custom terms), balance, APR, daily (from the APR), min %, min ≥, due.
    _type_row(walk, page, ["Card", None, "8000", "18.25", None, "10", "100", "26"])
    # The second on a preset: its name typed in the product box fills the rate and minimum.
    walk.press(Key.Key_Insert)
    assert page.debts_model.rowCount() == 2
    _type_row(walk, page, ["Huabei", "pick:Huabei", "3000"])
    rows = page.debts_model.rows
    assert [(r.name, r.product, r.balance) for r in rows] == [
        ("Card", "custom", "8000"),
        ("Huabei", "cn_huabei", "3000"),
    ]
    assert rows[0].apr == "18.25" and rows[0].due_day == "26"
    assert rows[1].apr  # the preset's rate

    # The budget, typed over the example's.
    walk.tab_to(page.budget_edit)
    walk.retype("4500")
    walk.wait(lambda: page._budget == 4500)

    # The strategies side by side: the arrows choose the one the plan shows.
    table = walk.tab_to(page.strategy_table)
    cells = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert sum(row[0].startswith("★ ") and "(recommended)" in row[0] for row in cells) == 1
    assert all(row[1] and row[2].startswith("¥") for row in cells[:3])
    shown_before = page.shown
    walk.press(Key.Key_Down)
    assert page.shown is not shown_before
    assert page.plan_summary.text()

    # The chart under it, as a table.
    chart = page.chart
    walk.tab_to(chart.text_alternative.toggle)
    walk.press(Key.Key_Return)
    assert chart.text_alternative.view.isVisible()
    assert "paid off after" in chart.text_alternative.summary_label.text()

    # The schedule, month by month.
    schedule = walk.tab_to(page.schedule_view)
    model = schedule.model()
    assert model.rowCount() > 1
    walk.press(Key.Key_Down)
    walk.press(Key.Key_Down)
    assert schedule.currentIndex().row() >= 1
    first = [str(model.index(0, c).data()) for c in range(model.columnCount())]
    assert any("Card" in text or "¥" in text for text in first)
    assert walk.problems == [], "\n".join(walk.problems)
