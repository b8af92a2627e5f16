"""The CARD Act minimum-payment disclosure (Reg Z §1026.7(b)(12), Appendices M1/M2)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import numpy_financial as npf
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from duewise.finance import disclosure
from strategies import annual_rates, money

D = Decimal


@pytest.mark.parametrize(
    ("months", "years"),
    [(28, 2), (30, 3), (32, 3), (38, 3), (41, 3), (42, 4), (6, 1), (5, 0), (94, 8)],
)
def test_years_shown_example_17(months: int, years: int) -> None:
    """M1(b)(5): 28 months → 2 years, 30 → 3; 2 y 6 m to 3 y 5 m → 3 years (half-up)."""
    assert disclosure.years_shown(months) == years


def test_us_card_example() -> None:
    d = disclosure.minimum_payment_disclosure(D("1000"), D("0.18"), D("0.02"), D("20"))
    assert (d.months, d.years_shown) == (94, 8)
    assert d.total_minimum == D("1862.18")
    assert d.payment_36 == D("36.15")  # round(1000 / annuity factor at 1.5 %, 36)
    assert d.total_36 == D("1301.40")  # Appendix M2: sumpmts36 = pmt01 × 36
    assert d.savings == D("561.00")  # round(1862.18, 1) − round(1301.40, 1) = 1862 − 1301
    assert d.row_36_required


def test_payment_36_is_the_annuity() -> None:
    for balance, apr in [("3000", "0.2499"), ("500", "0"), ("12345.67", "0.1")]:
        d = disclosure.minimum_payment_disclosure(D(balance), D(apr), D("0.02"), D("25"))
        exact = -npf.pmt(float(apr) / 12, 36, float(balance)) if D(apr) else float(balance) / 36
        assert d.payment_36 == D(str(exact)).quantize(D("0.01"), ROUND_HALF_UP)
        assert d.plan_36.rows[-1].balance == 0 and len(d.plan_36.rows) == 36


def test_chinese_card_ten_percent_minimum() -> None:
    """A 10 % minimum on ¥10,000 at 0.05 %/day (18.25 %) with a ¥50 floor."""
    d = disclosure.minimum_payment_disclosure(D("10000"), D("0.1825"), D("0.10"), D("50"))
    assert d.repaid
    assert d.months is not None and 40 <= d.months <= 50
    assert d.years_shown == 4 and d.row_36_required


def test_no_36_month_row_when_three_years_or_less() -> None:
    d = disclosure.minimum_payment_disclosure(D("1000"), D("0.18"), D("0.1"), D("50"))
    assert (d.months, d.years_shown, d.row_36_required) == (19, 2, False)
    # §1026.7(b)(12)(i)(F)(2)(i): no 36-month row, so no savings figure (it would be −167).
    assert d.savings is None


def _m2_program(
    balance: Decimal, apr: Decimal, pmin: Decimal, dmin: Decimal
) -> tuple[int, Decimal, Decimal, Decimal, Decimal]:
    """The Appendix M2 SAS program, line by line, for one balance segment (no promotion).

    ``pvaf = (1-(1 + perrate36) ** -dmonths)/perrate36; pmt01 = round(tbal/pvaf,0.01);
    sumpmts36 = pmt01 * 36;`` then the minimum-payment loop ``pmt = round(pmin * tbal,0.01);
    if pmt lt dmin then pmt = dmin; xxxbal = round(cbal * (1 + perrate),0.01); if pmt gt (tbal +
    fc) then pmt = round(cbal * (1 + perrate),0.01);`` and ``savtot = round(sumpmts,1) −
    round(sumpmts36,1)`` (SAS ``round`` takes halves away from zero).
    """
    from fractions import Fraction

    def sas_round(x: Fraction, unit: Fraction) -> Fraction:
        q = x / unit
        return unit * (int(q + Fraction(1, 2)) if q >= 0 else -int(-q + Fraction(1, 2)))

    cent, dollar = Fraction(1, 100), Fraction(1)
    perrate = Fraction(apr) / 365 * Fraction(365, 12)
    tbal = Fraction(balance)
    pvaf = (1 - (1 + perrate) ** -36) / perrate if perrate else Fraction(36)
    pmt01 = sas_round(tbal / pvaf, cent)
    sumpmts36 = pmt01 * 36
    month, sumpmts = 0, Fraction(0)
    while tbal > 0:
        month += 1
        pmt = sas_round(Fraction(pmin) * tbal, cent)
        if pmt < Fraction(dmin):  # noqa: PLR1730 (the program's own ``if pmt lt dmin`` line)
            pmt = Fraction(dmin)
        xxxbal = sas_round(tbal * (1 + perrate), cent)
        if pmt > xxxbal:  # noqa: PLR1730 (the program's ``if pmt gt (tbal + fc)`` line)
            pmt = xxxbal
        tbal = xxxbal - pmt
        sumpmts += pmt
    savtot = sas_round(sumpmts, dollar) - sas_round(sumpmts36, dollar)
    return (
        month,
        Decimal(sumpmts.numerator) / sumpmts.denominator,
        Decimal(pmt01.numerator) / pmt01.denominator,
        Decimal(sumpmts36.numerator) / sumpmts36.denominator,
        Decimal(savtot.numerator),
    )


def test_issue_14_example_follows_the_appendix_m2_program() -> None:
    """1,000 at 17 %, 2 % or $20: pmt01 = 35.65, sumpmts36 = 1,283.40, savtot = 469."""
    d = disclosure.minimum_payment_disclosure(D("1000"), D("0.17"), D("0.02"), D("20"))
    month, sumpmts, pmt01, sumpmts36, savtot = _m2_program(D("1000"), D("0.17"), D("0.02"), D("20"))
    assert (d.payment_36, d.total_36, d.savings) == (pmt01, sumpmts36, savtot)
    assert (d.payment_36, d.total_36, d.savings) == (D("35.65"), D("1283.40"), D("469.00"))
    assert (d.months, d.total_minimum) == (month, sumpmts)


@settings(max_examples=80, deadline=None)
@given(
    money(50_00, 30_000_00),
    annual_rates(3600),
    st.sampled_from(["0.01", "0.02", "0.03", "0.05", "0.10"]).map(Decimal),
    st.sampled_from(["10", "15", "20", "25", "35", "50"]).map(Decimal),
)
def test_every_figure_is_the_appendix_m2_program(
    balance: Decimal, apr: Decimal, rate: Decimal, floor: Decimal
) -> None:
    d = disclosure.minimum_payment_disclosure(balance, apr, rate, floor)
    assume(d.repaid and d.months is not None and d.months <= 600)
    month, sumpmts, pmt01, sumpmts36, savtot = _m2_program(balance, apr, rate, floor)
    assert (d.months, d.total_minimum, d.payment_36, d.total_36) == (
        month,
        sumpmts,
        pmt01,
        sumpmts36,
    )
    assert d.savings == (savtot if d.row_36_required else None)


def test_never_repaid_minimum() -> None:
    d = disclosure.minimum_payment_disclosure(D("1000"), D("0.30"), D("0.02"), D("0"))
    assert not d.repaid
    assert d.months is None and d.years_shown is None and d.savings is None
    assert d.row_36_required


def _m1_months(balance: float, apr: float, rate: float, floor: float) -> int:
    """An independent Appendix M2-style run in floats (no cent rounding)."""
    r = apr / 12
    months = 0
    while balance > 0.005 and months < 2000:
        payment = max(rate * balance, floor)
        balance = balance * (1 + r)
        balance -= min(payment, balance)
        months += 1
    return months


@settings(max_examples=60)
@given(
    money(50_00, 30_000_00),
    annual_rates(3600),
    st.sampled_from(["0.01", "0.02", "0.03", "0.05", "0.10"]).map(Decimal),
    st.sampled_from(["10", "15", "20", "25", "35", "50"]).map(Decimal),
)
def test_estimate_within_m1_tolerance(
    balance: Decimal, apr: Decimal, rate: Decimal, floor: Decimal
) -> None:
    """M1(b)(5) (credit-rules #18): within ±2 months of the M1 result."""
    d = disclosure.minimum_payment_disclosure(balance, apr, rate, floor)
    assume(d.repaid)
    assert d.months is not None
    assert abs(d.months - _m1_months(float(balance), float(apr), float(rate), float(floor))) <= 2
    assert d.total_minimum is not None
    assert (d.savings is not None) == d.row_36_required
    if d.savings is not None and d.minimum_run.rows[0].payment <= d.payment_36:
        # Minimums never above the 36-month payment: the balance stays higher, so interest does.
        assert d.savings >= -1  # up to the dollar rounding
