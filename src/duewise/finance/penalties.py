"""Late charges: 白条/花呗 违约金, card 违约金 and interest, US late fee and penalty APR, loan 罚息.

Every formula names its source in credit-rules.md (shared/reference). Amounts are ``Decimal`` and
rounded half-up to 0.01 when charged (``money.round_money``).

JD Baitiao (credit-rules §1, hpgipv.com reproduction of JD's help text [R]): simple, never charged
on earlier penalty; a daily penalty below 0.01 yuan is charged as 0.01 yuan.

>>> daily_simple_penalty(Decimal("1000"), 5, Decimal("0.0007"), Decimal("0.01"))
Decimal('3.50')
>>> daily_simple_penalty(Decimal("1000") + Decimal("15"), 5, Decimal("0.0007"), Decimal("0.01"))
Decimal('3.55')
>>> card_late_fee(Decimal("100"), consecutive_missed=1)
Decimal('30.00')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from decimal import Decimal

from duewise.finance import products
from duewise.finance.money import (
    CENT,
    MAX_DAILY_RATE,
    ONE,
    ZERO,
    MoneyError,
    charge,
    check_amount,
    check_count,
    check_rate,
    read_amount,
    read_count,
    read_percent,
    round_money,
)

DAYS_PER_YEAR = 365
MAX_DAYS_LATE = 36500  # a hundred years


def daily_simple_penalty(
    base: Decimal, days: int, daily_rate: Decimal, daily_minimum: Decimal = ZERO
) -> Decimal:
    """Simple daily 违约金: ``base × daily_rate × days``, each day at least ``daily_minimum``.

    JD 账单制: base = 应付未付总金额; 订单制: base = all unpaid principal + all unpaid instalment
    fees of the order (credit-rules §1). Huabei: base = the overdue amount, 0.05 %/day (credit-rules
    §2, weak source, UNCERTAIN). Never compounded: the base never includes earlier penalty.

    Args:
        base: the amount the penalty is charged on (≥ 0).
        days: days late (≥ 0).
        daily_rate: fraction per day (0.0007 = 0.07 %).
        daily_minimum: the smallest charge per day while ``base > 0`` (JD: 0.01 yuan).

    Returns:
        The total penalty, rounded half-up to the cent. Zero rate or base gives zero.
    """
    if base <= 0 or days <= 0 or daily_rate <= 0:
        return ZERO.quantize(CENT)
    if base * daily_rate >= daily_minimum:
        return charge(base, daily_rate, times=days)
    return charge(daily_minimum, ONE, times=days)


def card_late_fee(
    unpaid_minimum: Decimal,
    consecutive_missed: int,
    *,
    rate: Decimal = Decimal("0.05"),
    rate_repeat: Decimal = Decimal("0.06"),
    repeat_after: int = 2,
    minimum: Decimal = Decimal("30"),
) -> Decimal:
    """Chinese card 违约金 for one statement (CGB 《广发卡领用合约》, credit-rules §3).

    5 % of the unpaid part of the minimum payment, 6 % once ``repeat_after`` (2) or more
    consecutive minimums are missed, at least ¥30. A one-off charge per statement; 银发〔2016〕111号
    forbids interest on it.

    Args:
        unpaid_minimum: the part of the minimum payment not paid by the due date.
        consecutive_missed: consecutive missed minimums including this one (1 = first).
    """
    if unpaid_minimum <= 0:
        return ZERO.quantize(CENT)
    pct = rate_repeat if consecutive_missed >= repeat_after else rate
    return max(charge(unpaid_minimum, pct), round_money(minimum))


def us_late_fee(
    minimum_due: Decimal | None,
    repeat: bool,
    *,
    first: Decimal = Decimal("32"),
    repeat_fee: Decimal = Decimal("43"),
) -> Decimal:
    """US card late fee under the Reg Z §1026.52(b)(1)(ii) safe harbor (credit-rules §5.3).

    $32 for a first late payment, $43 for another within the next 6 billing cycles (2024 level;
    whether a newer CPI adjustment applies is UNCERTAIN, so both are parameters). The fee is capped
    at the minimum payment due: §1026.52(b)(2)(i)(A) limits a fee to the dollar amount associated
    with the violation (from memory, not in credit-rules.md).
    """
    fee = repeat_fee if repeat else first
    if minimum_due is not None:
        fee = min(fee, minimum_due)
    return round_money(fee)


def card_interest(balance: Decimal, days: int, daily_rate: Decimal) -> Decimal:
    """Card interest on ``balance`` for ``days`` at ``daily_rate``, simple within the period.

    Chinese cards: 0.05 %/day, compounded monthly (CGB: 按月计收复利) — the caller adds the posted
    interest to the next period's base but never 违约金 or fees (银发〔2016〕111号).
    """
    if balance <= 0 or days <= 0:
        return ZERO.quantize(CENT)
    return charge(balance, daily_rate, times=days)


def grace_loss_interest(
    statement_balance: Decimal,
    paid_by_due: Decimal,
    days_posting_to_due: int,
    daily_rate: Decimal,
    method: products.InterestMethod,
) -> Decimal:
    """Interest for the interest-free period lost when a card statement is not repaid in full.

    全额罚息 (CGB, credit-rules §3): the whole statement balance bears interest from the posting
    date, even the part repaid. 按未还部分: only the unpaid part. Nothing if paid in full.
    """
    if paid_by_due >= statement_balance or method is products.InterestMethod.NONE:
        return ZERO.quantize(CENT)
    base = (
        statement_balance
        if method is products.InterestMethod.FULL
        else statement_balance - paid_by_due
    )
    return card_interest(base, days_posting_to_due, daily_rate)


def loan_penalty_interest(
    overdue: Decimal, days: int, annual_rate: Decimal, multiplier: Decimal
) -> Decimal:
    """Loan 罚息 on an overdue amount: ``overdue × annual_rate × multiplier / 365 × days``, simple.

    《中国人民银行关于人民币贷款利率有关问题的通知》 (银发〔2003〕251号, in force 2004-01-01)
    point 3: the penalty rate is the contract rate plus 30 %–50 % (multiplier 1.3–1.5, the contract
    picks it), charged from the day the loan is overdue until it is repaid, and unpaid interest
    bears 复利 at the same penalty rate. Applied to a whole overdue instalment (principal and its
    interest) this is exactly 罚息 + 复利 at the penalty rate, simple within each period.
    """
    if overdue <= 0 or days <= 0:
        return ZERO.quantize(CENT)
    return charge(overdue, annual_rate, per=DAYS_PER_YEAR, times=multiplier * days)


@dataclass(frozen=True)
class PenaltyAprState:
    """Penalty APR under Reg Z §1026.55(b)(4) (credit-rules §5.3).

    Triggered once a required minimum is not received within ``trigger_days`` (60) of its due date;
    removed after ``cure_payments`` (6) consecutive on-time minimum payments.
    """

    active: bool = False
    on_time_streak: int = 0

    def step(
        self, *, days_past_due: int, paid_on_time: bool, trigger_days: int = 60, cure: int = 6
    ) -> PenaltyAprState:
        """The state after one billing cycle."""
        if not self.active:
            if days_past_due > trigger_days:
                return PenaltyAprState(active=True, on_time_streak=0)
            return self
        if not paid_on_time:
            return replace(self, on_time_streak=0)
        streak = self.on_time_streak + 1
        if streak >= cure:
            return PenaltyAprState(active=False, on_time_streak=0)
        return replace(self, on_time_streak=streak)


@dataclass(frozen=True)
class LateCharge:
    """What paying ``days_late`` days late costs, split by kind.

    Attributes:
        penalty: 违约金 / late fee / penalty interest (罚息).
        interest: card interest the lateness brings (lost interest-free period), else 0.
        total: penalty + interest.
        formula: which formula applied (a ``LateChargeKind`` value).
        base: the amount the charge was computed on.
    """

    penalty: Decimal
    interest: Decimal
    total: Decimal
    formula: str
    base: Decimal


def minimum_payment(product: products.Product, owed: Decimal) -> Decimal:
    """The minimum due on ``owed``: ``max(rate × owed, floor)`` capped at ``owed`` (BNPL: all)."""
    if product.kind is products.ProductKind.BNPL:
        return owed
    return min(owed, max(charge(owed, product.minimum_payment_rate), product.minimum_payment_floor))


def late_charge(
    product: products.Product,
    amount: Decimal,
    days_late: int,
    *,
    daily_rate: Decimal | None = None,
    instalment_fees: Decimal = ZERO,
    consecutive_missed: int = 1,
    repeat_within_window: bool = False,
) -> LateCharge:
    """The cost of paying ``amount`` ``days_late`` days after its due date, by the product's rule.

    Args:
        product: the preset (or the user's copy).
        amount: the unpaid amount due (白条: the order or statement; card: the statement balance,
            nothing of it paid; loan: the overdue instalment).
        days_late: days after the due date (within ``product.grace_days`` nothing is charged).
        daily_rate: overrides the product's daily penalty rate (白条 0.05 % vs 0.07 %).
        instalment_fees: unpaid instalment fees of the order (JD 订单制 base, credit-rules §1 (b)).
        consecutive_missed: card 违约金: consecutive missed minimums including this one.
        repeat_within_window: US: another late payment in the previous 6 cycles ($43 not $32).

    Raises:
        MoneyError: with ``param`` naming the bad input.
    """
    check_amount(amount, "amount")
    check_amount(instalment_fees, "instalment_fees", allow_zero=True)
    check_count(days_late, "days_late", minimum=0, maximum=MAX_DAYS_LATE)
    if daily_rate is not None:
        check_rate(daily_rate, "daily_rate", maximum=MAX_DAILY_RATE)
    kind = product.late_charge_kind
    zero = ZERO.quantize(CENT)
    if days_late <= product.grace_days:
        return LateCharge(zero, zero, zero, kind.value, amount)
    if kind is products.LateChargeKind.DAILY_SIMPLE:
        rate = daily_rate if daily_rate is not None else product.penalty_daily_rate
        base = amount + instalment_fees
        pen = daily_simple_penalty(base, days_late, rate, product.penalty_daily_minimum)
        return LateCharge(pen, zero, pen, kind.value, base)
    if kind is products.LateChargeKind.CARD_FEE:
        unpaid_min = minimum_payment(product, amount)
        pen = card_late_fee(
            unpaid_min,
            consecutive_missed,
            rate=product.late_fee_rate,
            rate_repeat=product.late_fee_rate_repeat,
            repeat_after=product.late_fee_repeat_after_cycles,
            minimum=product.late_fee_minimum,
        )
        rate = daily_rate if daily_rate is not None else product.daily_rate
        # Nothing repaid: the whole statement bears interest from posting (taken as the statement
        # date) to the day it is paid, under both 全额 and 按未还部分.
        interest = card_interest(amount, product.due_days_after_statement + days_late, rate)
        return LateCharge(pen, interest, pen + interest, kind.value, unpaid_min)
    if kind is products.LateChargeKind.FLAT_FEE:
        fee = us_late_fee(
            minimum_payment(product, amount),
            repeat_within_window,
            first=product.late_fee_first,
            repeat_fee=product.late_fee_repeat,
        )
        rate = daily_rate if daily_rate is not None else product.daily_rate
        interest = card_interest(amount, product.due_days_after_statement + days_late, rate)
        return LateCharge(fee, interest, fee + interest, kind.value, amount)
    if kind is products.LateChargeKind.PENALTY_RATE:
        annual = daily_rate * DAYS_PER_YEAR if daily_rate is not None else product.annual_rate
        pen = loan_penalty_interest(amount, days_late, annual, product.penalty_rate_multiplier)
        return LateCharge(pen, zero, pen, kind.value, amount)
    if kind is products.LateChargeKind.PAYMENT_PERCENT:
        pen = charge(amount, product.late_fee_rate)
        return LateCharge(pen, zero, pen, kind.value, amount)
    raise MoneyError("unsupported_product", param="product", value=product.id)


def handle_late(params: Mapping[str, object]) -> dict[str, object]:
    """``duewise calc late``: ``product, amount, days_late[, daily_rate][, instalment_fees]``.

    Money and rates are strings; ``daily_rate`` is in percent per day (``0.05`` = 0.05 %/day).
    Returns ``{"penalty": "3.50", …}`` with decimal strings.
    """
    refuse_unknown(params, ("product", "amount", "days_late", "daily_rate", "instalment_fees"))
    product_id = params.get("product")
    if not isinstance(product_id, str) or not product_id.strip():
        raise MoneyError("missing", param="product")
    product = products.load_preset(product_id.strip())
    amount = read_amount(params.get("amount"), "amount")
    days = read_count(params.get("days_late"), "days_late", minimum=0, maximum=MAX_DAYS_LATE)
    rate = params.get("daily_rate")
    fees = params.get("instalment_fees")
    result = late_charge(
        product,
        amount,
        days,
        daily_rate=read_percent(rate, "daily_rate", maximum=MAX_DAILY_RATE)
        if rate is not None
        else None,
        instalment_fees=read_amount(fees, "instalment_fees", allow_zero=True)
        if fees is not None
        else ZERO,
    )
    return {
        "product": product.id,
        "currency": product.currency.value,
        "penalty": str(result.penalty),
        "interest": str(result.interest),
        "total": str(result.total),
        "formula": result.formula,
        "base": str(round_money(result.base)),
    }


def refuse_unknown(params: Mapping[str, object], known: tuple[str, ...]) -> None:
    """``unknown_param`` for a key the command does not take (a misspelt quiz input)."""
    for name in params:
        if name not in known:
            raise MoneyError("unknown_param", param=name)
