"""Money and number formatting for both languages, from Decimal."""

from __future__ import annotations

import datetime as dt
import doctest
from decimal import Decimal

from duewise import formatting


def test_doctests() -> None:
    assert doctest.testmod(formatting).failed == 0


def test_money_both_languages() -> None:
    assert formatting.money(Decimal("3.5"), "CNY", "zh_CN") == "¥3.50"
    assert formatting.money(Decimal("-0.005"), "USD", "en") in {"-$0.01", "-$0.00"}
    assert formatting.money(Decimal("1000000"), "USD", "zh_CN") == "$1,000,000.00"


def test_dates() -> None:
    assert formatting.month(dt.date(2026, 11, 1), "zh_CN") == "2026年11月"
    assert formatting.month(dt.date(2026, 11, 1), "en") == "Nov 2026"
