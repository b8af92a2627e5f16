"""finance.calculator.evaluate: the one question the calculator page asks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from duewise.finance import borrowing, calculator, missed, products
from duewise.finance.money import MoneyError

START = dt.date(2025, 1, 1)


def _terms(**edits: Decimal | int) -> calculator.Terms:
    return calculator.Terms(
        products.load_preset("cn_jd_baitiao"), Decimal("1000"), START, edits, as_of=START
    )


def test_evaluation_holds_what_the_page_shows() -> None:
    result = calculator.evaluate(missed.missed_scenario(3), _terms())
    assert result.product.penalty_daily_rate == Decimal("0.0007")
    assert [m.code for m in result.rec.months[:3]] == ["1", "2", "3"]
    assert result.extra_cost == result.sim.extra_cost > 0
    assert result.series.scenario[0] == Decimal("1000")
    assert result.consequences and result.next_loan is None


def test_an_edit_back_to_the_published_value_is_no_edit() -> None:
    same = calculator.evaluate(
        missed.missed_scenario(1), _terms(penalty_daily_rate=Decimal("0.0007"))
    )
    assert not same.product.rules["penalty_daily_rate"].user_edited
    edited = calculator.evaluate(
        missed.missed_scenario(1), _terms(penalty_daily_rate=Decimal("0.0005"))
    )
    rule = edited.product.rules["penalty_daily_rate"]
    assert rule.user_edited and rule.value == edited.product.penalty_daily_rate == Decimal("0.0005")
    assert edited.extra_cost < same.extra_cost


def test_errors_name_the_field() -> None:
    with pytest.raises(MoneyError) as amount:
        calculator.evaluate(
            missed.missed_scenario(1),
            calculator.Terms(products.load_preset("cn_jd_baitiao"), Decimal("-1"), START),
        )
    assert amount.value.params["param"] == "amount"
    with pytest.raises(MoneyError) as days:
        calculator.evaluate(missed.missed_scenario(1), _terms(grace_days=Decimal("1.5")))
    assert days.value.params["param"] == "grace_days"


def test_next_loan_outlook_is_computed_when_read() -> None:
    loan = calculator.NextLoan(
        borrowing.LoanKind.MORTGAGE,
        Decimal("1000000"),
        360,
        Decimal("0.035"),
        borrowing.load_rules(),
    )
    result = calculator.evaluate(missed.missed_scenario(3), _terms(), loan)
    outlook = result.next_loan
    assert outlook is not None and outlook.assessment.outcome is borrowing.Outcome.LIKELY_REFUSED
    assert len(outlook.by_month) == calculator.NEXT_LOAN_MONTHS[result.rec.system]
    bad = calculator.evaluate(
        missed.missed_scenario(3),
        _terms(),
        calculator.NextLoan(
            borrowing.LoanKind.CAR, Decimal("1000"), 12, Decimal("2"), borrowing.load_rules()
        ),
    )
    with pytest.raises(MoneyError) as rate:
        _ = bad.next_loan
    assert rate.value.code == "rate_too_high" and rate.value.params["param"] == "loan_rate"
