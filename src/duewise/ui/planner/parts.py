"""What the planner page's parts share: constants, the example, small helpers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QPushButton,
)

from duewise.finance.planner import Strategy
from duewise.ui.planner.models import (
    DebtRow,
)

PLAN_KIND = "plan"
STRATEGY_ORDER = (Strategy.AVALANCHE, Strategy.SNOWBALL, Strategy.CUSTOM, Strategy.MINIMUM_ONLY)
NEGOTIATE_MONTHS = 36
#: From this text size (percent) form rows stack one field per row.
LARGE_TEXT_SCALE = 150
#: The example shown when the page opens: a 白条 bill, a bank card and a personal loan.
EXAMPLE_ROWS = (
    DebtRow("白条", "cn_jd_baitiao", "3000", "10.9", "10", "1", "10"),
    DebtRow("银行信用卡", "cn_bank_card", "8000", "18.25", "10", "1", "26"),
    DebtRow("个人贷款", "cn_personal_loan", "20000", "10.9", "0", "931.23", "21"),
)
EXAMPLE_BUDGET = "2500"


def label_button(button: QPushButton, text: str, name: str) -> None:
    """Set a button's text; ``name`` is both its tooltip and its accessible name."""
    button.setText(text)
    button.setToolTip(name)
    button.setAccessibleName(name)
