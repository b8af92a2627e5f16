"""What the GUI fuzz test found on the calculator page, one focused test each (issue #14)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from duewise.ui.calculator.page import CalculatorPage

HUGE = "99999999999999999999"


@pytest.fixture
def calculator(main_window, qtbot) -> CalculatorPage:  # type: ignore[no-untyped-def]
    _, window = main_window
    page = window.show_page("calculator")
    assert isinstance(page, CalculatorPage)
    return page


def _term_field(page: CalculatorPage, product: str, key: str):  # type: ignore[no-untyped-def]
    box = page.terms_form.product_box
    box.setCurrentIndex(box.findData(f"preset:{product}"))
    _label, edit, _info, error = page.terms_form.rate_fields[key]
    return edit, error


@pytest.mark.parametrize("product", ["cn_bank_card", "cn_jd_baitiao", "cn_huabei", "us_card"])
def test_a_huge_number_of_days_until_due_is_refused_at_its_field(  # type: ignore[no-untyped-def]
    calculator, qtbot, product
) -> None:
    """Found: 99999999999999999999 days until the payment is due raised OverflowError in the
    event loop (``timedelta`` in the engine), on every edit."""
    edit, error = _term_field(calculator, product, "due_days_after_statement")
    edit.selectAll()
    qtbot.keyClicks(edit, HUGE)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert error.isVisible()
    assert error.text() == "This is too large (at most 31)."
    edit.selectAll()
    qtbot.keyClicks(edit, "0")
    assert error.text() == "Please enter an amount above zero."
    edit.selectAll()
    qtbot.keyClicks(edit, "25")
    assert not error.isVisible()
