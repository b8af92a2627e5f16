"""Money as ``Decimal``: parsing, and the one rounding rule every charge and payment uses.

Rounding rule: amounts are rounded to 0.01 (one fen / one cent) **half-up** whenever they are charged
or paid. Half-up is what statements and the published worked examples use (e.g. JD's
``1000 × 0.07% × 5 = 3.50``; Reg Z Appendix M2 rounds each month's balance with SAS ``round(x, 0.01)``,
which rounds halves away from zero). Python's ``Decimal`` default is half-even, so never rely on it.

>>> round_money(Decimal("2.345"))
Decimal('2.35')
>>> round_money(Decimal("-2.345"))
Decimal('-2.35')
>>> to_decimal("1,000.50")
Decimal('1000.50')
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

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
