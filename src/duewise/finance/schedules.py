"""Repayment schedules: instalment loans (等额本息, 等额本金), revolving payoff, ADB interest.

Conventions (issue #3; credit-rules.md §5.1, §5.2):

- Money is ``Decimal``; every interest charge and payment is rounded to 0.01 half-up
  (:func:`duewise.finance.money.round_money`).
- Monthly periodic rate = APR / 12 (Reg Z Appendix M2 writes it ``(APR/365) × (365/12)``).
- Instalment loans: the annuity payment (等额本息) or the equal principal part (等额本金) is
  rounded to the cent; interest each month is ``round(balance × APR/12)``; the **last** payment
  absorbs every rounding difference so the balance ends at exactly 0.00.
- Revolving balances: each month ``interest = round(balance × APR/12)`` is added before that
  month's payment; the last payment is whatever is left. A payment that cannot bring the balance
  down ends the run with ``repaid=False`` and a reason, never an endless loop.
- Minimum payments follow the order of the Reg Z Appendix M2 program: the minimum is
  ``max(round(percent × balance carried into the month), floor)``, and it is capped at what is owed
  once the month's interest is added.

>>> loan = amortize(Decimal("10000"), Decimal("0.12"), 12)
>>> loan.first_payment, loan.last_payment, loan.total_interest
(Decimal('888.49'), Decimal('888.47'), Decimal('661.86'))
>>> card = payoff_fixed(Decimal("1000"), Decimal("0.18"), Decimal("100"))
>>> card.months, card.total_interest, card.repaid
(11, Decimal('91.62'), True)
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, localcontext

from duewise.finance.money import (
    CENT,
    MAX_MONTHS,
    ONE,
    ZERO,
    MoneyError,
    charge,
    check_amount,
    check_count,
    check_rate,
    round_money,
)
from duewise.finance.rates import MONTHS_PER_YEAR, DayCount, monthly_rate

#: Periodic rates below 10^-60 are handled by the annuity's exact first order (see
#: :func:`annuity_payment`); above it ``Decimal`` carries enough digits.
_EXACT_RATE_DIGITS = 60


class RepaymentMethod(enum.Enum):
    """How an instalment loan is repaid."""

    EQUAL_PAYMENT = "equal-payment"  # 等额本息: the same payment every month (annuity)
    EQUAL_PRINCIPAL = "equal-principal"  # 等额本金: equal principal each month, falling payments


class NotRepaidReason(enum.Enum):
    """Why a payoff run stopped with money still owed."""

    PAYMENT_BELOW_INTEREST = "payment_below_interest"  # the balance did not go down in a month
    HORIZON_REACHED = "horizon_reached"  # still owing after the longest run we simulate


@dataclass(frozen=True)
class MinimumPayment:
    """A minimum-payment rule: ``max(round(rate × balance carried in), floor)``, capped at owed.

    A fixed monthly payment is ``MinimumPayment(rate=0, floor=amount)`` (see :meth:`fixed`).
    Chinese cards and 白条 账单制 typically use 10 % (credit-rules §1, §3); US cards e.g. 2 % or $20
    (the Reg Z Appendix M2 example input).

    Attributes:
        rate: fraction of the balance carried into the month (``Decimal("0.02")`` for 2 %).
        floor: the smallest minimum, in money.
    """

    rate: Decimal = ZERO
    floor: Decimal = ZERO

    def __post_init__(self) -> None:
        check_rate(self.rate, "min_percent", maximum=ONE)
        check_amount(self.floor, "min_floor", allow_zero=True)

    @classmethod
    def fixed(cls, amount: Decimal) -> MinimumPayment:
        """A rule that always asks for ``amount`` (or what is owed, if less)."""
        return cls(rate=ZERO, floor=amount)

    def due(self, carried: Decimal, owed: Decimal) -> Decimal:
        """The minimum due on ``carried`` (balance before interest), capped at ``owed``.

        >>> MinimumPayment(Decimal("0.02"), Decimal("20")).due(Decimal("1500"), Decimal("1522.50"))
        Decimal('30.00')
        >>> MinimumPayment(Decimal("0.02"), Decimal("20")).due(Decimal("15"), Decimal("15.23"))
        Decimal('15.23')
        """
        return min(max(charge(carried, self.rate), self.floor), owed)


@dataclass(frozen=True)
class ScheduleRow:
    """One month of a schedule. ``principal = payment − interest``; ``balance`` is after payment."""

    period: int
    payment: Decimal
    interest: Decimal
    principal: Decimal
    balance: Decimal


@dataclass(frozen=True)
class LoanSchedule:
    """An instalment loan's full schedule and its totals."""

    principal: Decimal
    annual_rate: Decimal
    months: int
    method: RepaymentMethod
    rows: tuple[ScheduleRow, ...]
    total_interest: Decimal
    total_paid: Decimal

    @property
    def first_payment(self) -> Decimal:
        """The payment of month 1."""
        return self.rows[0].payment

    @property
    def last_payment(self) -> Decimal:
        """The final payment (it absorbs the rounding)."""
        return self.rows[-1].payment


def annuity_payment(principal: Decimal, periodic_rate: Decimal, periods: int) -> Decimal:
    """The level payment that repays ``principal`` in ``periods``, rounded half-up to the cent.

    ``P × r / (1 − (1 + r)^−n)``; at ``r = 0`` it is ``P / n``. Same formula as numpy-financial
    ``pmt`` (credit-rules §7, example #1: 200,000 over 180 months at 7.5 %/12 → 1854.0247…).

    >>> annuity_payment(Decimal("200000"), Decimal("0.075") / 12, 180)
    Decimal('1854.02')
    >>> annuity_payment(Decimal("1000"), Decimal("0"), 3)
    Decimal('333.33')
    """
    if periodic_rate == 0:
        return charge(principal, ONE, per=periods)
    tiny = -periodic_rate.adjusted()
    if tiny > _EXACT_RATE_DIGITS:
        # (1 + r)^-n cannot be told from 1 − n·r at any sensible precision: use the exact first
        # order of the annuity, P/n × (1 + (n + 1)·r / 2), which is all that can reach the cent.
        return charge(principal, ONE + (periods + 1) * periodic_rate / 2, per=periods)
    with localcontext() as context:
        # A tiny rate (1e-25 % a year) needs its digits kept in 1 + r, or 1 − (1 + r)^-n is 0.
        context.prec = max(context.prec, 28 + max(tiny, 0) + len(str(periods)))
        factor = ONE - (ONE + periodic_rate) ** -periods
        return round_money(principal * periodic_rate / factor)


def amortize(
    principal: Decimal,
    annual_rate: Decimal,
    months: int,
    method: RepaymentMethod = RepaymentMethod.EQUAL_PAYMENT,
    *,
    strict: bool = True,
) -> LoanSchedule:
    """The month-by-month schedule of an instalment loan.

    等额本息 (``EQUAL_PAYMENT``): payment = :func:`annuity_payment` at APR/12. 等额本金
    (``EQUAL_PRINCIPAL``): principal part = round(principal / months). Interest each month is
    round(balance × APR/12). The last payment repays exactly what is left. If rounding up would
    overpay early, a month's principal is capped at the balance (so it can never go negative).
    A loan whose rounded instalment would repay no principal in the first month (a tiny amount
    over many months) is refused: such a "schedule" is interest plus one balloon payment.

    Args:
        principal: the amount borrowed, > 0.
        annual_rate: nominal APR as a fraction (0 allowed: then every payment is principal / n).
        months: 1 … 1200.
        method: 等额本息 or 等额本金.
        strict: refuse an instalment that repays no principal (below). ``False`` only for
            callers that price a loan someone else typed and must not fail on it (the next-loan
            estimate): the schedule is then interest-only with the principal at the end.

    Raises:
        MoneyError: on an invalid argument (the code names the rule, ``param`` the argument);
            ``too_small`` for a principal under 0.01, ``instalment_repays_nothing`` (with
            ``principal`` and ``payment``) when the instalment rounds to no principal repaid.

    >>> s = amortize(Decimal("1200"), Decimal("0.12"), 3, RepaymentMethod.EQUAL_PRINCIPAL)
    >>> [str(r.payment) for r in s.rows], [str(r.interest) for r in s.rows]
    (['412.00', '408.00', '404.00'], ['12.00', '8.00', '4.00'])
    """
    check_amount(principal, "principal")
    if principal < CENT and strict:
        raise MoneyError("too_small", param="principal", value=principal, minimum=CENT)
    check_rate(annual_rate, "annual_rate")
    check_count(months, "months")
    rate = monthly_rate(annual_rate)
    if method is RepaymentMethod.EQUAL_PAYMENT:
        level = annuity_payment(principal, rate, months)
        first_part = level - charge(principal, annual_rate, per=MONTHS_PER_YEAR)
    else:
        level = first_part = charge(principal, ONE, per=months)
    if months > 1 and first_part < CENT and strict:
        # Rounded to the cent the instalment repays no principal (0.001 over 12 months, 1.00 at
        # 6 % over 82): the schedule would be all interest and one balloon, not an instalment loan.
        raise MoneyError(
            "instalment_repays_nothing",
            param="months",
            value=months,
            principal=principal,
            payment=level,
        )
    balance = principal
    rows: list[ScheduleRow] = []
    total_interest = ZERO
    for period in range(1, months + 1):
        interest = charge(balance, annual_rate, per=MONTHS_PER_YEAR)
        if period == months:
            part = balance
        elif method is RepaymentMethod.EQUAL_PAYMENT:
            part = min(level - interest, balance)
        else:
            part = min(level, balance)
        balance -= part
        total_interest += interest
        rows.append(ScheduleRow(period, part + interest, interest, part, balance))
    return LoanSchedule(
        principal=principal,
        annual_rate=annual_rate,
        months=months,
        method=method,
        rows=tuple(rows),
        total_interest=total_interest,
        total_paid=principal + total_interest,
    )


@dataclass(frozen=True)
class PayoffResult:
    """A revolving balance paid down month by month.

    Attributes:
        months: months until the balance is 0, or ``None`` when it is never repaid.
        repaid: whether the balance reached 0.
        reason: why not, when ``repaid`` is false.
        balance_left: what is still owed when the run stopped (0.00 when repaid).
        total_interest, total_paid: over the months simulated.
    """

    balance: Decimal
    annual_rate: Decimal
    rows: tuple[ScheduleRow, ...]
    repaid: bool
    reason: NotRepaidReason | None
    months: int | None
    total_interest: Decimal
    total_paid: Decimal
    balance_left: Decimal


def _payoff(
    balance: Decimal,
    annual_rate: Decimal,
    rule: MinimumPayment,
    max_months: int,
) -> PayoffResult:
    check_amount(balance, "balance")
    check_rate(annual_rate, "annual_rate")
    check_count(max_months, "max_months", maximum=MAX_MONTHS)
    owed_now = balance
    rows: list[ScheduleRow] = []
    total_interest = ZERO
    total_paid = ZERO
    reason: NotRepaidReason | None = NotRepaidReason.HORIZON_REACHED
    for month in range(1, max_months + 1):
        interest = charge(owed_now, annual_rate, per=MONTHS_PER_YEAR)
        owed = owed_now + interest
        payment = rule.due(owed_now, owed)
        after = owed - payment
        total_interest += interest
        total_paid += payment
        rows.append(ScheduleRow(month, payment, interest, payment - interest, after))
        if after == 0:
            reason = None
            owed_now = after
            break
        if after >= owed_now:
            # The balance did not fall. With a fixed payment, or a minimum that is a percentage of
            # the balance, it never will: interest grows at least as fast as the payment.
            reason = NotRepaidReason.PAYMENT_BELOW_INTEREST
            owed_now = after
            break
        owed_now = after
    repaid = reason is None
    return PayoffResult(
        balance=balance,
        annual_rate=annual_rate,
        rows=tuple(rows),
        repaid=repaid,
        reason=reason,
        months=len(rows) if repaid else None,
        total_interest=total_interest,
        total_paid=total_paid,
        balance_left=owed_now,
    )


def payoff_fixed(
    balance: Decimal, annual_rate: Decimal, payment: Decimal, max_months: int = MAX_MONTHS
) -> PayoffResult:
    """Pay ``payment`` every month until a revolving balance is gone.

    Each month: interest = round(balance × APR/12) is added, then the payment (the last one is
    whatever is left). A payment at or below the first month's interest never repays: the run
    stops with ``repaid=False`` and ``NotRepaidReason.PAYMENT_BELOW_INTEREST``.

    >>> r = payoff_fixed(Decimal("1000"), Decimal("0.18"), Decimal("15"))
    >>> r.repaid, r.reason.value, r.months
    (False, 'payment_below_interest', None)
    """
    check_amount(payment, "payment")
    return _payoff(balance, annual_rate, MinimumPayment.fixed(payment), max_months)


def payoff_minimum(
    balance: Decimal, annual_rate: Decimal, rule: MinimumPayment, max_months: int = MAX_MONTHS
) -> PayoffResult:
    """Pay only the minimum every month (Reg Z Appendix M2 order; see the module docstring).

    A percentage with no floor never finishes: at 0.01 owed, 10 % rounds to a zero payment.

    >>> rule = MinimumPayment(Decimal("0.02"), Decimal("20"))  # the Reg Z Appendix M2 example rule
    >>> r = payoff_minimum(Decimal("1000"), Decimal("0.18"), rule)
    >>> r.months, r.total_interest, r.total_paid
    (94, Decimal('862.18'), Decimal('1862.18'))
    >>> payoff_minimum(Decimal("1000"), Decimal("0.18"), MinimumPayment(Decimal("0.1"))).repaid
    False
    """
    return _payoff(balance, annual_rate, rule, max_months)


@dataclass(frozen=True)
class BalanceSegment:
    """A balance held for a number of days within a billing cycle."""

    balance: Decimal
    days: int


@dataclass(frozen=True)
class AverageDailyBalance:
    """Average-daily-balance interest for one billing cycle.

    Attributes:
        average_daily_balance: Σ(balance × days) / Σ days, rounded to the cent for display.
        days: days in the cycle (Σ days).
        daily_rate: APR / 365 (or / 360).
        interest: round(Σ(balance × days) × daily_rate), i.e. ADB × DPR × days unrounded.
    """

    average_daily_balance: Decimal
    days: int
    daily_rate: Decimal
    interest: Decimal


def average_daily_balance(
    segments: Iterable[BalanceSegment],
    annual_rate: Decimal,
    day_count: DayCount = DayCount.ACTUAL_365,
) -> AverageDailyBalance:
    """Interest by the average-daily-balance method (credit-rules §5.1, Reg Z §1026.60(g)).

    DPR = APR / 365 (or /360); interest = ADB × DPR × days in the cycle. This is the variant
    without daily compounding: the segments are the balances the statement shows.

    >>> segs = [BalanceSegment(Decimal("200"), 3), BalanceSegment(Decimal("300"), 17)]
    >>> adb = average_daily_balance(segs, Decimal("0.18"))
    >>> adb.average_daily_balance, adb.days, adb.interest
    (Decimal('285.00'), 20, Decimal('2.81'))
    """
    check_rate(annual_rate, "annual_rate")
    weighted = ZERO
    days = 0
    for index, segment in enumerate(segments, start=1):
        check_amount(segment.balance, f"balances[{index}]", allow_zero=True)
        check_count(segment.days, f"balances[{index}].days", maximum=3660)
        weighted += segment.balance * segment.days
        days += segment.days
    if days == 0:
        raise MoneyError("missing", param="balances")
    daily = annual_rate / day_count.days
    return AverageDailyBalance(
        average_daily_balance=charge(weighted, ONE, per=days),
        days=days,
        daily_rate=daily,
        interest=charge(weighted, annual_rate, per=day_count.days),
    )
