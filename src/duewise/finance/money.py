"""Money as ``Decimal``: parsing, and the one rounding rule every charge and payment uses.

Rounding rule: amounts are rounded to 0.01 (one fen / one cent) **half-up** whenever they are
charged or paid. Half-up is what statements and the published worked examples use (e.g. JD's
``1000 × 0.07% × 5 = 3.50``; Reg Z Appendix M2 rounds each month's balance with SAS
``round(x, 0.01)``, which rounds halves away from zero). Python's ``Decimal`` default is half-even,
so never rely on it.

>>> round_money(Decimal("2.345"))
Decimal('2.35')
>>> round_money(Decimal("-2.345"))
Decimal('-2.35')
>>> to_decimal("1,000.50")
Decimal('1000.50')
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
ZERO = Decimal("0")
ONE = Decimal("1")
HUNDRED = Decimal("100")


class MoneyError(ValueError):
    """A value that cannot be used as an amount of money or a rate.

    Attributes:
        code: a stable machine-readable code the UI turns into words (e.g. ``"not_a_number"``).
        params: the values the message names.
    """

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        detail = ", ".join(f"{k}={v!r}" for k, v in params.items())
        super().__init__(f"{code}({detail})" if detail else code)


def round_money(amount: Decimal) -> Decimal:
    """Round to 0.01, halves away from zero (the charging rule above)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def floor_money(amount: Decimal) -> Decimal:
    """Round towards zero to 0.01 (Huabei floors each period's principal and fee)."""
    return amount.quantize(CENT, rounding=ROUND_DOWN)


def to_decimal(value: object) -> Decimal:
    """Turn user or file input into a finite ``Decimal`` without ever passing through a float.

    Accepts ``Decimal``, ``int`` and strings such as ``"1000"``, ``"1,000.50"``, ``"¥1 000"``,
    ``"$25"``. Floats are refused: they cannot hold most cent amounts exactly.

    Raises:
        MoneyError: ``not_a_number`` for anything else.
    """
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool):
        raise MoneyError("not_a_number", value=value)
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.strip()
        for ch in ("¥", "￥", "$", "元", ",", "，", " ", "\u00a0", "\u202f", "_"):
            text = text.replace(ch, "")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise MoneyError("not_a_number", value=value) from None
    else:
        raise MoneyError("not_a_number", value=value)
    if not result.is_finite():
        raise MoneyError("not_a_number", value=value)
    return result


def percent(value: object) -> Decimal:
    """A rate written in percent (``"18"`` → ``Decimal('0.18')``)."""
    return to_decimal(value) / HUNDRED


def round_money_half_even(amount: Decimal) -> Decimal:
    """Round to 0.01, halves to the even cent (banker's rounding).

    Only for rules that publish it: Huabei's total instalment fee is
    ``round_half_even(total × rate)`` (credit-rules §2, Alipay open-platform doc reproduction).

    >>> round_money_half_even(Decimal("0.125")), round_money_half_even(Decimal("0.135"))
    (Decimal('0.12'), Decimal('0.14'))
    """
    return amount.quantize(CENT, rounding=ROUND_HALF_EVEN)


def round_whole(amount: Decimal) -> Decimal:
    """Round to a whole unit (yuan, dollar), halves away from zero.

    Reg Z Appendix M2 rounds the minimum-payment and 36-month totals to the dollar before taking
    the savings (credit-rules §5.2, step 6).

    >>> round_whole(Decimal("1234.50")), round_whole(Decimal("1234.49"))
    (Decimal('1235'), Decimal('1234'))
    """
    return amount.quantize(ONE, rounding=ROUND_HALF_UP)


def to_cents(amount: Decimal) -> int:
    """An amount as a whole number of cents, rounded half-up first (for integer fast paths).

    >>> to_cents(Decimal("338.33")), to_cents(Decimal("0.005"))
    (33833, 1)
    """
    return int(round_money(amount) * 100)


def from_cents(cents: int) -> Decimal:
    """Whole cents back to a ``Decimal`` amount with two places.

    >>> from_cents(33833), from_cents(-5)
    (Decimal('338.33'), Decimal('-0.05'))
    """
    return Decimal(cents).scaleb(-2)


def div_half_up(numerator: int, denominator: int) -> int:
    """``numerator / denominator`` rounded to the nearest integer, halves away from zero.

    Exact integer arithmetic: the same result as ``round_money`` on cents, without ``Decimal``.

    >>> div_half_up(5, 2), div_half_up(-5, 2), div_half_up(7, 3)
    (3, -3, 2)
    """
    if denominator == 0:
        raise MoneyError("division_by_zero")
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    if numerator >= 0:
        return (2 * numerator + denominator) // (2 * denominator)
    return -((-2 * numerator + denominator) // (2 * denominator))


# Inputs beyond these are treated as typing mistakes, not as finance (DESIGN.md, Reliability rules).
MAX_AMOUNT = Decimal("10000000000")  # ten billion yuan or dollars
MAX_ANNUAL_RATE = Decimal("10")  # 1000 % a year
#: 1 % a day: above any real product's daily rate; catches 0.05 typed where 0.0005 was meant.
MAX_DAILY_RATE = Decimal("0.01")
MAX_MONTHS = 1200  # 100 years


def check_amount(value: Decimal, param: str, *, allow_zero: bool = False) -> Decimal:
    """Return ``value`` if it is a usable amount of money, else raise ``MoneyError``.

    Raises:
        MoneyError: ``not_a_number``, ``must_be_positive`` (or ``must_not_be_negative`` when zero
            is allowed), ``too_large`` (with ``maximum``).
    """
    if not isinstance(value, Decimal) or not value.is_finite():
        raise MoneyError("not_a_number", param=param, value=value)
    if allow_zero and value < 0:
        raise MoneyError("must_not_be_negative", param=param, value=value)
    if not allow_zero and value <= 0:
        raise MoneyError("must_be_positive", param=param, value=value)
    if value > MAX_AMOUNT:
        raise MoneyError("too_large", param=param, value=value, maximum=MAX_AMOUNT)
    return value


def check_rate(value: Decimal, param: str, *, maximum: Decimal = MAX_ANNUAL_RATE) -> Decimal:
    """Return ``value`` if it is a rate fraction in ``[0, maximum]``, else raise ``MoneyError``.

    Raises:
        MoneyError: ``not_a_number``, ``must_not_be_negative``, ``rate_too_high`` (with
            ``maximum_percent``).
    """
    if not isinstance(value, Decimal) or not value.is_finite():
        raise MoneyError("not_a_number", param=param, value=value)
    if value < 0:
        raise MoneyError("must_not_be_negative", param=param, value=value)
    if value > maximum:
        raise MoneyError(
            "rate_too_high", param=param, value=value, maximum_percent=maximum * HUNDRED
        )
    return value


def check_count(value: int, param: str, *, minimum: int = 1, maximum: int = MAX_MONTHS) -> int:
    """Return ``value`` if it is a whole number in ``[minimum, maximum]``, else raise an error.

    Raises:
        MoneyError: ``not_a_whole_number`` (with ``minimum``) or ``too_large`` (with ``maximum``).
    """
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise MoneyError("not_a_whole_number", param=param, value=value, minimum=minimum)
    if value > maximum:
        raise MoneyError("too_large", param=param, value=value, maximum=maximum)
    return value
