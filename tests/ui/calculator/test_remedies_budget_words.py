"""The remedies view words the budget the comparison shown was made with (issue #14; found by
the long GUI fuzz run): a budget typed as ``¥1`` raised ``decimal.InvalidOperation`` in the event
loop, on every key, because the recommendation read the field's raw text with ``Decimal()``."""

from __future__ import annotations

import pytest

from duewise.finance import remedies


@pytest.mark.parametrize("typed", ["¥1", "$1", "1元", "１"])
def test_a_budget_no_remedy_fits_is_said_as_an_amount(calc, qtbot, typed: str) -> None:  # type: ignore[no-untyped-def]
    _, _, page = calc
    panel = page.remedies_panel
    panel.budget_edit.clear()
    if typed.isascii():
        qtbot.keyClicks(panel.budget_edit, typed)
    else:  # keyClicks types ASCII only
        panel.budget_edit.insert(typed)
    assert panel.comparison.reason is remedies.Reason.NOTHING_AFFORDABLE
    assert panel.recommendation.text().startswith("None of these fits a budget of ¥1.00 a month"), (
        panel.recommendation.text()
    )


def test_the_shown_comparison_keeps_its_budget_while_the_field_is_being_fixed(  # type: ignore[no-untyped-def]
    calc, qtbot
) -> None:
    context, _, page = calc
    panel = page.remedies_panel
    panel.budget_edit.clear()
    qtbot.keyClicks(panel.budget_edit, "1")
    qtbot.keyClicks(panel.budget_edit, ",0,0")  # "1,0,0": refused at the field
    assert panel.error.text().startswith("Budget: A comma only separates thousands")
    context.set_language("zh_CN", remember=False)  # every text is set again
    assert "¥1.00" in panel.recommendation.text()
    context.set_language("en", remember=False)
    assert panel.recommendation.text().startswith("None of these fits a budget of ¥1.00")
