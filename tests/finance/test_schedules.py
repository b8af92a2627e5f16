"""Loan schedules, revolving payoff, ADB interest: published values, numpy-financial, properties."""

from __future__ import annotations

import math
from decimal import Decimal

import numpy_financial as npf
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from duewise.finance import schedules
from duewise.finance.money import MoneyError, round_money
from duewise.finance.rates import DayCount
from duewise.finance.schedules import MinimumPayment, RepaymentMethod
from strategies import annual_rates, minimum_rules, money, months

D = Decimal
EQUAL_PAYMENT = RepaymentMethod.EQUAL_PAYMENT
EQUAL_PRINCIPAL = RepaymentMethod.EQUAL_PRINCIPAL


# --- golden values (credit-rules.md §7) -------------------------------------------------------


def test_example_1_pmt() -> None:
    """pmt(0.075/12, 180, 200000) = −1854.0247200054619 → 1854.02 to the cent."""
    loan = schedules.amortize(D("200000"), D("0.075"), 180)
    assert loan.first_payment == D("1854.02")
    assert all(row.payment == D("1854.02") for row in loan.rows[:-1])


def test_example_5_ppmt() -> None:
    """ppmt(0.085/12, 1, 144, 100000) = −401.72223…; interest 708.33, payment rounded up a cent."""
    row = schedules.amortize(D("100000"), D("0.085"), 144).rows[0]
    assert row.interest == D("708.33")
    assert abs(row.principal - D("401.72223098117627")) < D("0.01")


def test_example_6_small_loan() -> None:
    """2,500 over 12 months at 8.24 %: pmt 217.75, ipmt(1) 17.17, ppmt(1) 200.58, ipmt(12) 1.485."""
    loan = schedules.amortize(D("2500"), D("0.0824"), 12)
    first, last = loan.rows[0], loan.rows[-1]
    assert (first.payment, first.interest, first.principal) == (
        D("217.75"),
        D("17.17"),
        D("200.58"),
    )
    assert abs(last.interest - D("1.4850")) <= D("0.01")
    assert last.balance == 0


def test_equal_principal_small_example() -> None:
    loan = schedules.amortize(D("2500"), D("0.0824"), 12, EQUAL_PRINCIPAL)
    assert loan.rows[0].principal == D("208.33")
    assert loan.rows[0].interest == D("17.17")
    assert loan.first_payment == D("225.50")
    assert loan.rows[-1].principal == D("208.37")  # 2500 − 11 × 208.33


# --- numpy-financial oracle ---------------------------------------------------------------------


@given(money(100_00, 5_000_000_00), annual_rates(3600), months(360))
@example(Decimal("2918070.50"), Decimal("0.3600"), 1)  # a half-cent payment (found by hypothesis)
@example(Decimal("100.00"), Decimal("0.3426"), 201)  # the instalment repays no principal
def test_equal_payment_matches_numpy_financial(principal: Decimal, annual: Decimal, n: int) -> None:
    try:
        loan = schedules.amortize(principal, annual, n, EQUAL_PAYMENT)
    except MoneyError as error:
        # 2.86 a month on 100 at 34.26 %: the rounded instalment equals the rounded interest, so
        # no principal would ever be repaid before a balloon. Refused, and only then.
        assert error.code == "instalment_repays_nothing"
        level = Decimal(str(-npf.pmt(float(annual) / 12, n, float(principal))))
        interest = principal * annual / 12
        assert abs(level - interest) < Decimal("0.011")
        return
    r = float(annual) / 12
    p = float(principal)
    level = -npf.pmt(r, n, p)
    # Half a cent of rounding, plus the float oracle's own error (relative, ~1e-15 per step):
    # for ¥3,005,612.615 exactly, numpy-financial gives …614999997 and a fixed 1e-9 was too tight.
    assert abs(float(loan.first_payment) - level) <= 0.005 + abs(level) * 1e-12
    growth = (1 + r) ** n
    # Rounding the payment and the interest to the cent moves the balance by at most 0.01 a month,
    # compounded (for a tiny loan over decades that is most of it: the rule, not a bug).
    drift = 0.01 * (n if r == 0 else (growth - 1) / r) + 0.01
    for row in loan.rows[:-1]:
        exact_interest = -npf.ipmt(r, row.period, n, p) if r else 0.0
        exact_balance = -npf.fv(r, row.period, -level, p) if r else p - level * row.period
        assert abs(float(row.balance) - exact_balance) <= drift
        assert abs(float(row.interest) - exact_interest) <= drift * r + 0.01
    assert abs(float(loan.last_payment) - level) <= drift * (1 + r) + 0.01


@given(money(100_00, 5_000_000_00), annual_rates(3600), months(360))
def test_equal_principal_matches_closed_form(principal: Decimal, annual: Decimal, n: int) -> None:
    loan = schedules.amortize(principal, annual, n, EQUAL_PRINCIPAL)
    r = float(annual) / 12
    p = float(principal)
    for row in loan.rows:
        exact_balance_before = p - p / n * (row.period - 1)
        drift = 0.005 * row.period + 0.01
        assert abs(float(row.interest) - exact_balance_before * r) <= drift * r + 0.01
        assert abs(float(row.balance) - (p - p / n * row.period)) <= drift


@given(money(100_00, 100_000_00), annual_rates(3600), st.integers(1, 600))
@example(balance=D("547.75"), annual=D("0.0001"), extra=1)  # interest rounds to 0.00 every month
def test_fixed_payoff_months_match_nper(balance: Decimal, annual: Decimal, extra: int) -> None:
    r = annual / 12
    payment = (balance * r).quantize(D("0.01")) + D(extra)
    result = schedules.payoff_fixed(balance, annual, payment)
    exact = npf.nper(float(r), -float(payment), float(balance)) if r else float(balance / payment)
    assume(exact < 1190)  # the run stops at 1200 months
    assert result.repaid
    assert result.months is not None
    # nper charges unrounded interest; the schedule rounds each month's interest to the cent, so
    # over m months the two can drift apart by up to m half-cents, i.e. m × 0.005 / payment months.
    rounding_months = math.floor(result.months * 0.005 / float(payment))
    assert abs(result.months - math.ceil(exact - 1e-9)) <= 1 + rounding_months


# --- properties ---------------------------------------------------------------------------------


def _amortize(
    principal: Decimal, annual: Decimal, n: int, method: RepaymentMethod
) -> schedules.LoanSchedule:
    """``amortize``, discarding the examples it refuses because no principal would be repaid."""
    try:
        return schedules.amortize(principal, annual, n, method)
    except MoneyError as error:
        assert error.code == "instalment_repays_nothing"
        assert error.params["payment"] - principal * annual / 12 < D("0.01")
        assume(False)
        raise


@given(money(), annual_rates(), months(480), st.sampled_from(list(RepaymentMethod)))
def test_loan_adds_up(principal: Decimal, annual: Decimal, n: int, method: RepaymentMethod) -> None:
    loan = _amortize(principal, annual, n, method)
    assert len(loan.rows) == n
    assert all(row.balance >= 0 and row.principal >= 0 for row in loan.rows)
    assert loan.rows[-1].balance == 0
    assert sum(row.principal for row in loan.rows) == principal
    assert sum(row.payment for row in loan.rows) == loan.total_paid
    assert loan.total_paid == principal + loan.total_interest
    for row in loan.rows:
        assert row.payment == row.principal + row.interest


@given(money(), months(480), st.sampled_from(list(RepaymentMethod)))
def test_zero_rate_is_principal_over_n(principal: Decimal, n: int, method: RepaymentMethod) -> None:
    loan = _amortize(principal, D(0), n, method)
    share = round_money(principal / n)
    assert loan.total_interest == 0
    assert all(row.payment <= share for row in loan.rows[:-1])
    if share * (n - 1) <= principal:
        assert all(row.payment == share for row in loan.rows[:-1])


@given(money(1_00, 100_000_00), annual_rates(), st.one_of(minimum_rules()))
def test_payoff_never_negative_and_adds_up(
    balance: Decimal, annual: Decimal, rule: MinimumPayment
) -> None:
    result = schedules.payoff_minimum(balance, annual, rule)
    assert all(row.balance >= 0 for row in result.rows)
    assert result.total_paid == sum(row.payment for row in result.rows)
    assert result.total_paid + result.balance_left == balance + result.total_interest
    assert len(result.rows) <= 1200
    if result.repaid:
        assert result.balance_left == 0 and result.reason is None
        assert result.months == len(result.rows)
    else:
        assert result.months is None and result.reason is not None


def _float_minimum_months(balance: float, annual: float, rate: float, floor: float) -> int:
    """An independent run without any rounding (floats): the M1 tolerance is ±2 months."""
    r = annual / 12
    count = 0
    while balance > 0.005 and count < 2000:
        owed = balance * (1 + r)
        balance = owed - min(max(rate * balance, floor), owed)
        count += 1
    return count


@settings(max_examples=60)
@given(
    money(100_00, 20_000_00),
    annual_rates(3600),
    st.integers(1, 10).map(lambda p: Decimal(p) / 100),
    st.integers(10, 50).map(Decimal),
)
def test_minimum_payoff_within_two_months_of_independent_run(
    balance: Decimal, annual: Decimal, rate: Decimal, floor: Decimal
) -> None:
    result = schedules.payoff_minimum(balance, annual, MinimumPayment(rate, floor))
    assume(result.repaid)
    assert result.months is not None
    expected = _float_minimum_months(float(balance), float(annual), float(rate), float(floor))
    assert abs(result.months - expected) <= 2


def test_payment_below_interest_stops_at_once() -> None:
    result = schedules.payoff_fixed(D("10000"), D("0.24"), D("200"))  # interest is exactly 200
    assert not result.repaid
    assert result.reason is schedules.NotRepaidReason.PAYMENT_BELOW_INTEREST
    assert len(result.rows) == 1


def test_minimum_payoff_order_m2() -> None:
    """The minimum is taken on the balance carried in; the last payment is what is left."""
    result = schedules.payoff_minimum(D("1000"), D("0.18"), MinimumPayment(D("0.02"), D("20")))
    first = result.rows[0]
    assert (first.interest, first.payment, first.balance) == (D("15.00"), D("20.00"), D("995.00"))
    last = result.rows[-1]
    assert last.balance == 0 and last.payment <= D("20")


def test_minimum_percent_without_floor_never_finishes() -> None:
    result = schedules.payoff_minimum(D("1000"), D("0.18"), MinimumPayment(D("0.1")))
    assert not result.repaid and result.balance_left > 0


# --- average daily balance ----------------------------------------------------------------------


def test_adb_example() -> None:
    segments = [schedules.BalanceSegment(D("200"), 3), schedules.BalanceSegment(D("300"), 17)]
    adb = schedules.average_daily_balance(segments, D("0.18"))
    assert (adb.average_daily_balance, adb.days, adb.interest) == (D("285.00"), 20, D("2.81"))
    adb360 = schedules.average_daily_balance(segments, D("0.18"), DayCount.BANKERS_360)
    assert adb360.interest == D("2.85")


def test_adb_lesson_example() -> None:
    """5,000 for a 30-day cycle at 18.25 % = 0.05 %/day → 75.00."""
    adb = schedules.average_daily_balance([schedules.BalanceSegment(D("5000"), 30)], D("0.1825"))
    assert adb.interest == D("75.00")


@given(
    st.lists(st.tuples(money(0, 1_000_000_00), st.integers(1, 31)), min_size=1, max_size=10),
    annual_rates(),
)
def test_adb_equals_sum_of_daily_interest(
    segments: list[tuple[Decimal, int]], annual: Decimal
) -> None:
    adb = schedules.average_daily_balance(
        [schedules.BalanceSegment(b, d) for b, d in segments], annual
    )
    exact = sum(b * d for b, d in segments) * annual / 365
    assert abs(adb.interest - exact) <= D("0.005")
    assert min(b for b, _ in segments) - D("0.005") <= adb.average_daily_balance
    assert adb.average_daily_balance <= max(b for b, _ in segments) + D("0.005")


# --- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "code", "param"),
    [
        ({"principal": D(0)}, "must_be_positive", "principal"),
        ({"principal": D(-5)}, "must_be_positive", "principal"),
        ({"months": 0}, "not_a_whole_number", "months"),
        ({"months": 1201}, "too_large", "months"),
        ({"annual_rate": D("10.01")}, "rate_too_high", "annual_rate"),
        ({"annual_rate": D("-0.01")}, "must_not_be_negative", "annual_rate"),
    ],
)
def test_amortize_refuses(kwargs: dict[str, object], code: str, param: str) -> None:
    args: dict[str, object] = {"principal": D(1000), "annual_rate": D("0.1"), "months": 12}
    args.update(kwargs)
    with pytest.raises(MoneyError) as info:
        schedules.amortize(**args)  # type: ignore[arg-type]
    assert (info.value.code, info.value.params["param"]) == (code, param)
