"""The worked examples in the finance modules' docstrings are tests too."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "duewise.finance.money",
    "duewise.finance.rates",
    "duewise.finance.schedules",
    "duewise.finance.instalments",
    "duewise.finance.disclosure",
    "duewise.finance.planner",
    "duewise.finance.calc",
    "duewise.finance.numbers",
    "duewise.finance.planner_tools",
    "duewise.finance.planner_debts",
    "duewise.finance.penalties",
    "duewise.finance.missed",
    "duewise.finance.what_if",
    "duewise.finance.comparison",
    "duewise.finance.consequences",
    "duewise.finance.record",
    "duewise.finance.products",
    "duewise.finance.remedies",
    "duewise.finance.forms",
    "duewise.finance.citations",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
