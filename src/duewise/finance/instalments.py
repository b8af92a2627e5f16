"""Instalment (分期) fee plans and the true annual rate of any fee-based plan.

Three ways a fee is charged (credit-rules.md §1, §2, §6):

- **Flat monthly fee on the original principal** (JD 白条 分期服务费): each period pays
  principal / n plus ``principal × monthly fee rate``, however much has been repaid already.
- **Total fee rate** (花呗分期): one fee for the whole plan, split with Alipay's published rounding.
- **Upfront fee**: deducted from the money the borrower actually receives.

Because the flat fee keeps being charged on money already repaid, the true rate is roughly twice
the headline rate (APR ≈ 12 f × 2n / (n + 1)). The true rate follows PBOC announcement
〔2021〕第3号: the monthly IRR ``r`` of the cash flows on the money actually received, shown as
``apr_simple = 12 r`` (单利, labelled as simple) and ``apr_compound = (1 + r)^12 − 1`` (复利),
both in percent.

>>> plan = flat_fee_plan(Decimal("10000"), 12, Decimal("0.006"))  # credit-rules worked example #8
>>> plan.regular_payment, plan.total_fee, plan.true_rate.apr_simple, plan.true_rate.apr_compound
(Decimal('893.33'), Decimal('720.00'), Decimal('13.03'), Decimal('13.84'))
"""

from __future__ import annotations

import enum
import itertools
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from duewise.finance.money import (
    ONE,
    ZERO,
    MoneyError,
    charge,
    check_amount,
    check_count,
    check_rate,
    floor_money,
    round_money,
    round_money_half_even,
)
from duewise.finance.rates import MONTHS_PER_YEAR, as_percent

# A fee rate above 100 % of the principal is a typing mistake, not a product.
MAX_FEE_RATE = ONE
_IRR_TOLERANCE = Decimal("1e-24")
#: The highest true rate computed: 1000 % a month (12,000 % a year simple). Above it the
#: compound annual figure no longer fits the 28-digit context; no real plan comes near it.
MAX_TRUE_MONTHLY_RATE = Decimal(10)
_IRR_MAX_ITERATIONS = 400


class FeeStyle(enum.Enum):
    """How an instalment plan's fee is set."""

    FLAT_MONTHLY = "flat-monthly"  # 每期手续费 = 本金 × 月费率 (京东白条 分期服务费)
    TOTAL_RATE = "total-rate"  # 总费率 = 本金 × 费率, split per 花呗 rounding


@dataclass(frozen=True)
class InstalmentRow:
    """One period: ``payment = principal + fee``; ``balance`` is principal still to repay."""

    period: int
    payment: Decimal
    principal: Decimal
    fee: Decimal
    balance: Decimal


@dataclass(frozen=True)
class TrueRate:
    """The annualised cost of a plan (PBOC 〔2021〕第3号).

    Attributes:
        periodic_rate: the IRR per period (a fraction, unrounded).
        apr_simple: 12 × periodic_rate, in percent, rounded half-up to 0.01 (单利).
        apr_compound: (1 + periodic_rate)^12 − 1, in percent, rounded half-up to 0.01 (复利).
    """

    periodic_rate: Decimal
    apr_simple: Decimal
    apr_compound: Decimal


@dataclass(frozen=True)
class InstalmentPlan:
    """A fee-based instalment plan.

    Attributes:
        fee_rate: the monthly fee rate (``FLAT_MONTHLY``) or the total fee rate (``TOTAL_RATE``).
        instalment_fee: the fees paid with the instalments.
        total_fee: ``instalment_fee + upfront_fee`` (every borrower-paid cost, as PBOC requires).
        true_rate: the IRR on ``principal − upfront_fee`` received at the start.
    """

    principal: Decimal
    periods: int
    style: FeeStyle
    fee_rate: Decimal
    upfront_fee: Decimal
    rows: tuple[InstalmentRow, ...]
    instalment_fee: Decimal
    total_fee: Decimal
    true_rate: TrueRate

    @property
    def first_payment(self) -> Decimal:
        """Period 1's payment (花呗 puts the rounding remainders here)."""
        return self.rows[0].payment

    @property
    def regular_payment(self) -> Decimal:
        """The payment most periods pay (ties go to the earlier period)."""
        counts = Counter(row.payment for row in self.rows)
        best = max(counts.values())
        return next(row.payment for row in self.rows if counts[row.payment] == best)

    @property
    def total_paid(self) -> Decimal:
        """All instalments plus the upfront fee."""
        return sum((row.payment for row in self.rows), ZERO) + self.upfront_fee


def _check_plan(principal: Decimal, periods: int, upfront_fee: Decimal) -> None:
    check_amount(principal, "principal")
    check_count(periods, "periods")
    check_amount(upfront_fee, "upfront_fee", allow_zero=True)
    if upfront_fee >= principal:
        raise MoneyError("upfront_fee_too_large", param="upfront_fee", principal=principal)


def _finish(
    principal: Decimal,
    style: FeeStyle,
    fee_rate: Decimal,
    upfront_fee: Decimal,
    parts: Sequence[tuple[Decimal, Decimal]],
) -> InstalmentPlan:
    rows: list[InstalmentRow] = []
    balance = principal
    for period, (part, fee) in enumerate(parts, start=1):
        balance -= part
        rows.append(InstalmentRow(period, part + fee, part, fee, balance))
    instalment_fee = sum((fee for _, fee in parts), ZERO)
    flows = [principal - upfront_fee] + [-row.payment for row in rows]
    return InstalmentPlan(
        principal=principal,
        periods=len(rows),
        style=style,
        fee_rate=fee_rate,
        upfront_fee=upfront_fee,
        rows=tuple(rows),
        instalment_fee=instalment_fee,
        total_fee=instalment_fee + upfront_fee,
        true_rate=true_rate(flows),
    )


def flat_fee_plan(
    principal: Decimal, periods: int, monthly_fee_rate: Decimal, upfront_fee: Decimal = ZERO
) -> InstalmentPlan:
    """A plan with a flat monthly fee on the original principal (JD 白条, credit-rules §1, §6).

    Principal per period = round(principal / n); fee per period = round(principal × rate);
    total fee = round(principal × rate × n). The last period absorbs both rounding differences.
    (JD publishes no rounding rule; this one keeps the total fee equal to the published formula.)

    >>> plan = flat_fee_plan(Decimal("1000"), 3, Decimal("0.005"))  # credit-rules §1 example
    >>> [str(row.payment) for row in plan.rows], plan.total_fee, plan.true_rate.apr_simple
    (['338.33', '338.33', '338.34'], Decimal('15.00'), Decimal('8.98'))
    """
    _check_plan(principal, periods, upfront_fee)
    check_rate(monthly_fee_rate, "monthly_fee_rate", maximum=MAX_FEE_RATE)
    part = round_money(principal / periods)
    fee = charge(principal, monthly_fee_rate)
    total_fee = charge(principal, monthly_fee_rate, times=periods)
    parts: list[tuple[Decimal, Decimal]] = []
    paid = ZERO
    fees = ZERO
    for period in range(1, periods + 1):
        if period == periods:
            this_part, this_fee = principal - paid, total_fee - fees
        else:
            this_part, this_fee = min(part, principal - paid), min(fee, total_fee - fees)
        paid += this_part
        fees += this_fee
        parts.append((this_part, this_fee))
    return _finish(principal, FeeStyle.FLAT_MONTHLY, monthly_fee_rate, upfront_fee, parts)


def total_fee_plan(
    principal: Decimal, periods: int, total_fee_rate: Decimal, upfront_fee: Decimal = ZERO
) -> InstalmentPlan:
    """A plan with one total fee rate, split by Huabei's published rule (credit-rules §2, #9).

    In cents: principal per period = floor(total / n); total fee = round_half_even(total × rate);
    fee per period = floor(total fee / n); whatever is left of principal and fee goes into
    **period 1**.

    >>> plan = total_fee_plan(Decimal("1111.11"), 6, Decimal("0.045"))
    >>> plan.first_payment, plan.regular_payment, plan.total_fee, plan.true_rate.apr_simple
    (Decimal('193.56'), Decimal('193.51'), Decimal('50.00'), Decimal('15.27'))
    """
    _check_plan(principal, periods, upfront_fee)
    check_rate(total_fee_rate, "total_fee_rate", maximum=MAX_FEE_RATE)
    principal = round_money(principal)
    part = floor_money(principal / periods)
    total_fee = round_money_half_even(principal * total_fee_rate)
    fee = floor_money(total_fee / periods)
    first = (principal - part * (periods - 1), total_fee - fee * (periods - 1))
    parts = [first] + [(part, fee)] * (periods - 1)
    return _finish(principal, FeeStyle.TOTAL_RATE, total_fee_rate, upfront_fee, parts)


def fee_table_plan(
    principal: Decimal,
    periods: int,
    fee_table: Mapping[int, Decimal],
    upfront_fee: Decimal = ZERO,
) -> InstalmentPlan:
    """A total-fee-rate plan whose rate comes from a product's table (periods → total fee rate).

    Raises:
        MoneyError: ``periods_not_offered`` (with ``offered``) when the table has no such term.

    >>> huabei = {3: Decimal("0.023"), 6: Decimal("0.045"), 12: Decimal("0.075")}
    >>> fee_table_plan(Decimal("1111.11"), 12, huabei).first_payment
    Decimal('99.61')
    """
    check_count(periods, "periods")
    if periods not in fee_table:
        raise MoneyError(
            "periods_not_offered", param="periods", value=periods, offered=sorted(fee_table)
        )
    return total_fee_plan(principal, periods, fee_table[periods], upfront_fee)


def _polynomial(flows: Sequence[Decimal], x: Decimal) -> tuple[Decimal, Decimal]:
    """Σ c_t x^t and its derivative, by Horner's rule."""
    value = ZERO
    slope = ZERO
    for flow in reversed(flows):
        slope = slope * x + value
        value = value * x + flow
    return value, slope


def irr(cash_flows: Sequence[Decimal]) -> Decimal:
    """The internal rate of return per period of cash flows at t = 0, 1, 2, … (all in Decimal).

    Solves Σ c_t / (1 + r)^t = 0 for ``r`` — the same equation as numpy-financial ``irr``
    (credit-rules §7: ``irr([-100, 39, 59, 55, 20]) = 0.2809484211599611``). With one change of
    sign there is exactly one root (Descartes' rule in ``x = 1/(1+r)``); it is found by Newton's
    method kept inside a bisection bracket, so it always converges.

    Raises:
        MoneyError: ``irr_needs_in_and_out`` when the flows do not both receive and pay;
            ``irr_not_unique`` when they change sign more than once.

    >>> round(irr([Decimal(-100), Decimal(39), Decimal(59), Decimal(55), Decimal(20)]), 12)
    Decimal('0.280948421160')
    """
    flows = [Decimal(flow) for flow in cash_flows]
    signs = [flow > 0 for flow in flows if flow != 0]
    if len(signs) < 2 or all(signs) or not any(signs):
        raise MoneyError("irr_needs_in_and_out", param="cash_flows")
    if sum(1 for a, b in itertools.pairwise(signs) if a != b) != 1:
        raise MoneyError("irr_not_unique", param="cash_flows")
    if signs[0]:
        flows = [-flow for flow in flows]
    # Now f(x) = Σ c_t x^t is negative near x = 0 and positive for large x, with one root x > 0.
    low, high = ZERO, ONE
    while _polynomial(flows, high)[0] < 0:
        low, high = high, high * 2
    x = (low + high) / 2
    for _ in range(_IRR_MAX_ITERATIONS):
        value, slope = _polynomial(flows, x)
        if value == 0:
            break
        if value < 0:
            low = x
        else:
            high = x
        step_ok = slope != 0
        candidate = x - value / slope if step_ok else x
        if not step_ok or not low < candidate < high:
            candidate = (low + high) / 2
        if abs(candidate - x) <= _IRR_TOLERANCE * max(ONE, x):
            x = candidate
            break
        x = candidate
    rate = ONE / x - ONE
    # Solver noise around an exact zero (fee-free plans) would show as 8E-25; call it zero.
    return ZERO if abs(rate) < _IRR_TOLERANCE * 1000 else rate


def true_rate(cash_flows: Sequence[Decimal]) -> TrueRate:
    """The PBOC-style annualised rate of monthly cash flows (received positive, paid negative).

    PBOC 〔2021〕第3号 worked example: 100,000 borrowed with a 1,000 fee taken upfront, then 12
    payments of 8,833.3 → 12.80 % simple, 13.58 % compound (credit-rules §6).

    Raises:
        MoneyError: ``true_rate_too_high`` (``maximum_percent`` a month) above
            :data:`MAX_TRUE_MONTHLY_RATE`, or an :func:`irr` error.

    >>> t = true_rate([Decimal("99000")] + [Decimal("-8833.3")] * 12)
    >>> t.apr_simple, t.apr_compound
    (Decimal('12.80'), Decimal('13.58'))
    """
    rate = irr(cash_flows)
    if rate > MAX_TRUE_MONTHLY_RATE:
        # 1 borrowed and 1,000 repaid a month later is 99,900 % a month; compounded over a
        # year it has 36 digits before the point. No such plan is finance: refuse, don't overflow.
        raise MoneyError(
            "true_rate_too_high",
            param="cash_flows",
            maximum_percent=MAX_TRUE_MONTHLY_RATE * 100,
        )
    return TrueRate(
        periodic_rate=rate,
        apr_simple=as_percent(rate * MONTHS_PER_YEAR),
        apr_compound=as_percent((ONE + rate) ** MONTHS_PER_YEAR - ONE),
    )


def true_rate_of_payments(
    amount: Decimal, upfront_fee: Decimal, payment: Decimal, periods: int
) -> TrueRate:
    """The true rate of borrowing ``amount``, paying ``upfront_fee`` at once, then level payments.

    >>> true_rate_of_payments(Decimal("100000"), Decimal("1000"), Decimal("8833.3"), 12).apr_simple
    Decimal('12.80')
    """
    check_amount(amount, "amount")
    check_amount(upfront_fee, "upfront_fee", allow_zero=True)
    check_amount(payment, "payment")
    check_count(periods, "periods")
    if upfront_fee >= amount:
        raise MoneyError("upfront_fee_too_large", param="upfront_fee", principal=amount)
    return true_rate([amount - upfront_fee] + [-payment] * periods)
