"""Instalment fee plans and true rates: published examples to the cent, IRR vs numpy-financial."""

from __future__ import annotations

from decimal import Decimal

import numpy_financial as npf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from duewise.finance import instalments
from duewise.finance.money import MoneyError
from strategies import money

D = Decimal


def test_jd_flat_fee_example() -> None:
    """credit-rules §1: 1,000 yuan, 3 periods, 0.5 % a month → 5 yuan fee a period, 338.33."""
    plan = instalments.flat_fee_plan(D("1000"), 3, D("0.005"))
    assert [row.fee for row in plan.rows] == [D("5.00")] * 3
    assert [row.payment for row in plan.rows] == [D("338.33"), D("338.33"), D("338.34")]
    assert plan.total_fee == D("15.00")
    assert plan.true_rate.apr_simple == D("8.98")  # credit-rules §6 "JD at 0.5 % over 3: 8.98 %"


def test_worked_example_8() -> None:
    """10,000 yuan, 12 periods, 0.6 % flat → 893.33, fee 720, 13.03 % APR, 13.84 % EAR."""
    plan = instalments.flat_fee_plan(D("10000"), 12, D("0.006"))
    assert plan.regular_payment == D("893.33")
    assert plan.first_payment == D("893.33")
    assert plan.total_fee == D("720.00")
    assert plan.true_rate.apr_simple == D("13.03")
    assert plan.true_rate.apr_compound == D("13.84")


@pytest.mark.parametrize(
    ("periods", "rate", "regular", "first", "fee", "apr"),
    [
        (3, "0.023", "378.89", "378.89", "25.56", "13.75"),
        (6, "0.045", "193.51", "193.56", "50.00", "15.27"),
        (12, "0.075", "99.53", "99.61", "83.33", "13.57"),
    ],
)
def test_huabei_worked_example_9(  # noqa: PLR0917 - one parameter per column of the table
    periods: int, rate: str, regular: str, first: str, fee: str, apr: str
) -> None:
    """Huabei 1,111.11 yuan: floor per period, total fee half-even, remainders in period 1."""
    plan = instalments.total_fee_plan(D("1111.11"), periods, D(rate))
    assert plan.regular_payment == D(regular)
    assert plan.first_payment == D(first)
    assert all(row.payment == D(regular) for row in plan.rows[1:])
    assert plan.total_fee == D(fee)
    # credit-rules §2: "≈13.7 % / 15.3 % / 13.6 %", re-computed there as 13.75 / 15.27 / 13.57.
    assert plan.true_rate.apr_simple == D(apr)


def test_huabei_total_fee_is_half_even() -> None:
    # 1000.50 × 0.023 = 23.0115 → 23.01 either way; 500.50 × 0.023 = 11.5115 → 11.51;
    # 250 × 0.023 = 5.75 exact; 1250.00 × 0.0230 = 28.75. A true half: 0.50 × 0.025 = 0.0125.
    plan = instalments.total_fee_plan(D("0.50"), 1, D("0.025"))
    assert plan.total_fee == D("0.01")  # half-up would give 0.02


def test_fee_table_offers_only_its_terms() -> None:
    with pytest.raises(MoneyError) as info:
        instalments.fee_table_plan(D("1000"), 9, {3: D("0.023")})
    assert info.value.code == "periods_not_offered"
    assert info.value.params["offered"] == [3]


def test_pboc_upfront_fee_example() -> None:
    """PBOC 〔2021〕第3号: 100,000, 1,000 upfront, 12 × 8,833.3 → 12.80 % simple, 13.58 % EAR."""
    rate = instalments.true_rate_of_payments(D("100000"), D("1000"), D("8833.3"), 12)
    assert (rate.apr_simple, rate.apr_compound) == (D("12.80"), D("13.58"))


def test_upfront_fee_in_a_plan_raises_the_rate() -> None:
    plain = instalments.flat_fee_plan(D("10000"), 12, D("0.006"))
    upfront = instalments.flat_fee_plan(D("10000"), 12, D("0.006"), D("100"))
    assert upfront.total_fee == D("820.00")
    assert upfront.true_rate.apr_simple > plain.true_rate.apr_simple
    assert upfront.total_paid == D("10820.00")


@pytest.mark.parametrize(
    ("flows", "expected"),
    [
        ([-100, 39, 59, 55, 20], 0.2809484211599611),  # numpy irr docs (credit-rules #3)
        ([-250000, 100000, 150000, 200000, 250000, 300000], 0.5672303344358536),  # #4
    ],
)
def test_irr_published(flows: list[int], expected: float) -> None:
    assert abs(float(instalments.irr([D(f) for f in flows])) - expected) < 1e-9


@given(
    money(100_00, 1_000_000_00),
    st.lists(money(1_00, 200_000_00), min_size=1, max_size=36),
)
def test_irr_matches_numpy_financial(received: Decimal, payments: list[Decimal]) -> None:
    flows = [received] + [-p for p in payments]
    ours = instalments.irr(flows)
    theirs = npf.irr([float(f) for f in flows])
    if ours > D("-0.99") and ours < D(10):
        assert abs(float(ours) - theirs) < 1e-7 * max(1.0, abs(theirs))
    npv = sum(f / (1 + ours) ** t for t, f in enumerate(flows))
    assert abs(npv) < D("1e-6") * received


def test_irr_refuses_one_sided_and_ambiguous_flows() -> None:
    with pytest.raises(MoneyError) as info:
        instalments.irr([D(100), D(50)])
    assert info.value.code == "irr_needs_in_and_out"
    with pytest.raises(MoneyError) as info:
        instalments.irr([D(-100), D(230), D(-132)])
    assert info.value.code == "irr_not_unique"


@given(
    money(1_00, 1_000_000_00),
    st.integers(1, 36),
    st.integers(0, 200).map(lambda bp: Decimal(bp).scaleb(-4)),
    st.booleans(),
)
def test_plans_add_up(principal: Decimal, periods: int, rate: Decimal, huabei: bool) -> None:
    """paid = principal + fees; balances never negative; a zero fee is principal / n at 0 %."""
    if huabei:
        plan = instalments.total_fee_plan(principal, periods, rate)
    else:
        plan = instalments.flat_fee_plan(principal, periods, rate)
    assert sum(row.principal for row in plan.rows) == principal
    assert sum(row.fee for row in plan.rows) == plan.instalment_fee
    assert plan.total_paid == principal + plan.total_fee
    assert all(row.balance >= 0 and row.fee >= 0 and row.principal >= 0 for row in plan.rows)
    assert plan.rows[-1].balance == 0
    if rate == 0:
        assert plan.total_fee == 0
        assert plan.true_rate.apr_simple == 0
        share = principal / periods
        assert all(abs(row.payment - share) <= D("0.01") * periods for row in plan.rows)


@given(st.integers(2, 36), st.integers(1, 200).map(lambda bp: Decimal(bp).scaleb(-4)))
def test_flat_fee_true_rate_near_rule_of_thumb(periods: int, monthly: Decimal) -> None:
    """credit-rules §6: APR ≈ 12 f × 2n / (n + 1): above the headline 12 f, and the rule of thumb
    (which ignores compounding) never understates it."""
    plan = instalments.flat_fee_plan(D("100000"), periods, monthly)
    headline = 12 * monthly * 100
    approx = headline * 2 * periods / (periods + 1)
    assert headline < plan.true_rate.apr_simple <= approx + D("0.01")
    assert plan.true_rate.apr_compound >= plan.true_rate.apr_simple


def test_upfront_fee_must_leave_money() -> None:
    with pytest.raises(MoneyError) as info:
        instalments.flat_fee_plan(D("100"), 3, D("0.01"), D("100"))
    assert (info.value.code, info.value.params["param"]) == ("upfront_fee_too_large", "upfront_fee")
