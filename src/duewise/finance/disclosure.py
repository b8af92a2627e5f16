"""The minimum-payment warning box of a card statement (US CARD Act; also for Chinese products).

Reg Z §1026.7(b)(12) and Appendices M1/M2 (credit-rules.md §5.2, read from the CFPB's
``cfpb/regulations-xml`` notice 2012-28341): if only the minimum is paid, how long repayment takes
and what it costs in total; and the payment that repays the balance in 36 months, its total, and
the savings.

- Months on minimums only: the Appendix M2 order (:func:`.schedules.payoff_minimum`): minimum =
  max(round(percent × balance), floor), interest = round(balance × APR/12) added first, the last
  payment is what is left. M1(b)(5) accepts any estimate within ±2 months of this.
- ``years_shown``: months / 12 rounded half-up, as the M1(b)(5) examples show them (28 months →
  2 years, 30 months → 3 years; credit-rules worked example #17).
- 36-month payment, total and savings exactly as the Appendix M2 program computes them
  (12 CFR part 1026, Appendix M2, the SAS program, read from cfpb/regulations-xml
  ``notice/1026/2012-28341.xml``, paragraph ``1026-M2-p2-p1``)::

      pvaf = (1-(1 + perrate36) ** -dmonths)/perrate36;
      pmt01 = round(tbal/pvaf,0.01);
      sumpmts36 = pmt01 * 36;
      ...
      savtot = round(sumpmts,1)—round (sumpmts36,1);

  So the 36-month total is the payment times 36 — not 35 payments and an exact last one — and
  the savings are the two totals rounded to the dollar, then subtracted (``round(x, 1)`` in SAS
  takes halves away from zero, :func:`.money.round_whole`). :attr:`plan_36` is the month-by-month
  等额本息 schedule of the same payment, for charts; its exact last payment is not the disclosure.
- The 36-month and savings rows are not required when the disclosed estimate is 3 years or less
  (§1026.7(b)(12)(i)(F)(2)(i); comment 7(b)(12)(i)(F)-1: 2 years 6 months to 3 years 5 months is
  disclosed as 3 years). Then :attr:`MinimumPaymentDisclosure.row_36_required` is false and
  ``savings`` is ``None``: a statement would show no such row, so DueWise shows no (possibly
  negative) savings figure.

Single-APR balances only: the balance-weighted APR of M1(d) for promotional segments is not
modelled here. Chinese cards use the same arithmetic with e.g. a 10 % minimum (credit-rules §3).

>>> d = minimum_payment_disclosure(Decimal("1000"), Decimal("0.18"), Decimal("0.02"), Decimal("20"))
>>> d.months, d.years_shown, d.total_minimum, d.payment_36, d.total_36, d.savings
(94, 8, Decimal('1862.18'), Decimal('36.15'), Decimal('1301.40'), Decimal('561.00'))
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from duewise.finance.money import CENT, MAX_MONTHS, round_whole
from duewise.finance.rates import MONTHS_PER_YEAR
from duewise.finance.schedules import (
    LoanSchedule,
    MinimumPayment,
    PayoffResult,
    RepaymentMethod,
    amortize,
    payoff_minimum,
)

DISCLOSURE_MONTHS = 36  # §1026.7(b)(12)(i)(F): "the estimated monthly payment … in 36 months"


@dataclass(frozen=True)
class MinimumPaymentDisclosure:
    """What the statement's minimum-payment warning shows.

    Attributes:
        repaid: whether minimum payments alone ever repay the balance.
        months: months to repay on minimums only (``None`` if never).
        years_shown: ``months`` as whole years, half-up (``None`` if never).
        total_minimum: principal + interest paid on minimums only (``None`` if never).
        payment_36: the payment that repays in 36 months (to the cent): M2's ``pmt01``.
        total_36: ``payment_36 × 36`` (M2's ``sumpmts36``).
        savings: round(total_minimum, 1) − round(total_36, 1) (M2's ``savtot``); ``None`` when
            the balance is never repaid or the 36-month row is not required.
        row_36_required: false when the disclosed estimate is 3 years or less.
        minimum_run: the month-by-month minimum-payment run behind the figures.
        plan_36: the month-by-month 36-month plan.
    """

    balance: Decimal
    annual_rate: Decimal
    rule: MinimumPayment
    repaid: bool
    months: int | None
    years_shown: int | None
    total_minimum: Decimal | None
    payment_36: Decimal
    total_36: Decimal
    savings: Decimal | None
    row_36_required: bool
    minimum_run: PayoffResult
    plan_36: LoanSchedule


def years_shown(months: int) -> int:
    """Months as the statement shows them in years: half-up (Appendix M1(b)(5)).

    >>> years_shown(28), years_shown(30), years_shown(41), years_shown(42)
    (2, 3, 3, 4)
    """
    return int((Decimal(months) / MONTHS_PER_YEAR).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def minimum_payment_disclosure(
    balance: Decimal,
    annual_rate: Decimal,
    min_rate: Decimal,
    min_floor: Decimal,
    max_months: int = MAX_MONTHS,
) -> MinimumPaymentDisclosure:
    """The minimum-payment warning for ``balance`` at ``annual_rate``.

    Args:
        balance: the statement balance, > 0.
        annual_rate: APR as a fraction.
        min_rate: the minimum payment's share of the balance (``Decimal("0.02")``; 10 % in China).
        min_floor: the smallest minimum payment (e.g. $20, ¥50).
        max_months: the longest minimum-payment run simulated.

    Raises:
        MoneyError: on an invalid argument.

    >>> d = minimum_payment_disclosure(Decimal(1000), Decimal("0.18"), Decimal("0.1"), Decimal(50))
    >>> d.months, d.years_shown, d.row_36_required
    (19, 2, False)
    """
    rule = MinimumPayment(min_rate, min_floor)
    run = payoff_minimum(balance, annual_rate, rule, max_months)
    plan = amortize(balance, annual_rate, DISCLOSURE_MONTHS, RepaymentMethod.EQUAL_PAYMENT)
    shown = years_shown(run.months) if run.months is not None else None
    required = shown is None or shown > DISCLOSURE_MONTHS // MONTHS_PER_YEAR
    total_36 = plan.first_payment * DISCLOSURE_MONTHS  # sumpmts36 = pmt01 * 36
    savings = None
    if run.repaid and required:
        savings = (round_whole(run.total_paid) - round_whole(total_36)).quantize(CENT)
    return MinimumPaymentDisclosure(
        balance=balance,
        annual_rate=annual_rate,
        rule=rule,
        repaid=run.repaid,
        months=run.months,
        years_shown=shown,
        total_minimum=run.total_paid if run.repaid else None,
        payment_36=plan.first_payment,
        total_36=total_36,
        savings=savings,
        row_36_required=required,
        minimum_run=run,
        plan_36=plan,
    )
