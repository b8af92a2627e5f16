"""One rounding rule everywhere (issue #14): half-up on the exact product, in every path.

``money.py`` states the rule: an amount charged is the *exact* product rounded half-up to the
cent. 3,000 × 19.99 % / 12 is exactly 49.975, so it is 49.98 — whether ``calc loan``, ``calc
payoff``, ``calc disclosure`` or ``calc plan`` computes it, and the same debt costs the same cents
in all of them.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duewise.finance import calc, disclosure, money, planner, schedules
from duewise.finance.schedules import MinimumPayment
from strategies import money as money_st

D = Decimal


def test_the_rule_is_half_up_on_the_exact_product() -> None:
    assert money.charge(D("3000"), D("0.1999"), per=12) == D("49.98")
    assert money.charge(D("3000"), D("0.1999"), per=12, times=1) == D("49.98")
    assert money.charge(D("1000"), D("0.0007"), times=5) == D("3.50")  # JD's worked example
    assert money.charge(D("0.01"), D("0.5")) == D("0.01")  # 0.005 → 0.01
    assert money.charge(D("100"), D("0")) == D("0.00")
    # The division is exact even when it does not terminate: 0.10 / 3 = 0.0333… → 0.03.
    assert money.charge(D("0.10"), D("1"), per=3) == D("0.03")
    assert money.charge(D("0.05"), D("1"), per=2) == D("0.03")  # exactly 0.025


def test_half_cent_interest_is_49_98_in_every_command() -> None:
    loan = calc.run("loan", {"principal": "3000", "annual_rate": "19.99", "months": "12"})
    assert loan["schedule"][0]["interest"] == "49.98"  # type: ignore[index]
    run = schedules.payoff_fixed(D("3000"), D("0.1999"), D("100"))
    assert run.rows[0].interest == D("49.98")
    d = disclosure.minimum_payment_disclosure(D("3000"), D("0.1999"), D("0.02"), D("20"))
    assert d.minimum_run.rows[0].interest == D("49.98")
    assert d.plan_36.rows[0].interest == D("49.98")
    debt = planner.Debt("card", D("3000"), D("0.1999"), MinimumPayment.fixed(D("100")))
    plan = planner.plan([debt], D("100"), planner.Strategy.MINIMUM_ONLY)
    assert plan.schedule[0].interest == D("49.98")


def test_payoff_and_plan_cost_the_same_cents() -> None:
    payoff = calc.run("payoff", {"balance": "3000", "apr": "19.99", "payment": "100"})
    debts = [{"name": "card", "balance": "3000", "apr": "19.99", "min_payment": "100"}]
    plan = calc.run("plan", {"debts": debts, "budget": "100", "strategy": "minimum"})
    assert payoff["total_paid"] == plan["total_paid"]
    assert payoff["total_interest"] == plan["total_interest"]
    assert payoff["months"] == plan["months"]


def _rates() -> st.SearchStrategy[Decimal]:
    """APRs with up to 4 decimals in percent (19.99 %, 7.4321 %): half cents happen."""
    return st.integers(0, 400_000).map(lambda n: Decimal(n).scaleb(-6))


@settings(max_examples=150, deadline=None)
@given(money_st(1_00, 2_000_000_00), _rates(), st.integers(1, 120))
def test_loan_payoff_and_plan_agree_to_the_cent(balance: Decimal, apr: Decimal, n: int) -> None:
    """The same debt through ``loan``, ``payoff`` and ``plan``: equal cents month by month."""
    try:
        loan = schedules.amortize(balance, apr, n)
    except money.MoneyError as error:  # an instalment that repays nothing is refused
        assert error.code == "instalment_repays_nothing"
        return
    level = loan.first_payment
    payoff = schedules.payoff_fixed(balance, apr, level, max_months=n + 1)
    debt = planner.Debt("d", balance, apr, MinimumPayment.fixed(level))
    plan = planner.plan([debt], level, planner.Strategy.MINIMUM_ONLY, horizon=n + 1)
    # Up to the last month the three runs are the same sequence of balances and charges.
    for k in range(min(n - 1, len(payoff.rows), len(plan.schedule))):
        assert loan.rows[k].interest == payoff.rows[k].interest == plan.schedule[k].interest
        assert loan.rows[k].balance == payoff.rows[k].balance == plan.schedule[k].balance
    # payoff and plan are the same revolving run.
    assert payoff.repaid == plan.repaid
    assert payoff.total_interest == plan.total_interest
    assert payoff.total_paid == plan.total_paid
    assert payoff.months == plan.months
    if plan.months == n:  # the planner also repays in n months: every total is equal
        assert loan.total_interest == plan.total_interest
        assert loan.total_paid == plan.total_paid


@settings(max_examples=100, deadline=None)
@given(money_st(1_00, 500_000_00), _rates(), st.sampled_from(["0.01", "0.02", "0.1"]))
def test_disclosure_and_payoff_and_plan_agree(balance: Decimal, apr: Decimal, pct: str) -> None:
    rule = MinimumPayment(D(pct), D("20"))
    d = disclosure.minimum_payment_disclosure(balance, apr, rule.rate, rule.floor)
    run = schedules.payoff_minimum(balance, apr, rule)
    plan = planner.plan(
        [planner.Debt("d", balance, apr, rule)], balance + 1, planner.Strategy.MINIMUM_ONLY
    )
    assert d.minimum_run.total_paid == run.total_paid
    if run.repaid and plan.repaid:
        assert run.total_paid == plan.total_paid and run.months == plan.months


@pytest.mark.parametrize("amount", ["49.975", "-49.975", "0.005", "1.234999"])
def test_round_money_is_the_only_rounding(amount: str) -> None:
    """``round_money`` of an exact value is what ``charge`` gives (one rule, one place)."""
    value = D(amount)
    assert money.charge(value, D(1)) == money.round_money(value)
