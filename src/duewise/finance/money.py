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

import re
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from duewise.finance import numbers
from duewise.finance.errors import MoneyError as MoneyError  # noqa: PLC0414 (re-export, mypy)

CENT = Decimal("0.01")
ZERO = Decimal("0")
ONE = Decimal("1")
HUNDRED = Decimal("100")


def round_money(amount: Decimal) -> Decimal:
    """Round to 0.01, halves away from zero (the charging rule above)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def charge(amount: Decimal, rate: Decimal, *, per: int = 1, times: int | Decimal = 1) -> Decimal:
    """``amount × rate × times / per`` computed exactly, then rounded to 0.01 half-up.

    This is the one way DueWise turns a rate into money (interest, 违约金, 罚息): the product is
    never rounded before the cent. ``3000 × 19.99 % / 12`` is exactly 49.975, so it is 49.98;
    writing ``round_money(3000 × (0.1999 / 12))`` would first round 0.1999 / 12 to 28 digits and
    give 49.97. The arithmetic is on exact integer ratios, so it does not depend on the
    ``Decimal`` context either.

    Args:
        amount: the money the rate applies to.
        rate: a fraction per period (``Decimal("0.1999")`` a year, ``Decimal("0.0005")`` a day).
        per: divides the rate (12 for a month of an annual rate, 365 for a day).
        times: multiplies it (days late, a multiplier such as 1.5 × for 罚息).

    >>> charge(Decimal("3000"), Decimal("0.1999"), per=12)
    Decimal('49.98')
    >>> charge(Decimal("1000"), Decimal("0.0007"), times=5)
    Decimal('3.50')
    """
    if per <= 0:
        raise MoneyError("division_by_zero", param="per")
    a_num, a_den = amount.as_integer_ratio()
    r_num, r_den = rate.as_integer_ratio()
    t_num, t_den = times.as_integer_ratio()
    return from_cents(div_half_up(100 * a_num * r_num * t_num, a_den * r_den * t_den * per))


def floor_money(amount: Decimal) -> Decimal:
    """Round towards zero to 0.01 (Huabei floors each period's principal and fee)."""
    return amount.quantize(CENT, rounding=ROUND_DOWN)


def to_decimal(value: object, *, percent_sign: bool = False) -> Decimal:
    """Turn user or file input into a finite ``Decimal`` without ever passing through a float.

    Strings are read by :func:`duewise.finance.numbers.parse_number` (``"1000"``,
    ``"1,000.50"``, ``"¥1 000"``, ``"$25"``, full-width digits; refused with a reason: ``2,5``,
    ``1,0,0,0``, ``²``, more than 64 characters …). ``int`` and ``Decimal`` get the same size
    limits. Floats are refused: they cannot hold most cent amounts exactly.

    Args:
        value: the input.
        percent_sign: accept a trailing ``%`` in text.

    Raises:
        MoneyError: ``not_a_number`` or the reading rule broken (see ``numbers``), with ``value``.
    """
    if isinstance(value, bool):
        raise MoneyError("not_a_number", value=value)
    if isinstance(value, Decimal):
        return numbers.check_size(value)
    if isinstance(value, int):
        if abs(value) >= 10**numbers.MAX_INTEGER_DIGITS:
            raise MoneyError("too_many_digits", value="…", maximum=numbers.MAX_INTEGER_DIGITS)
        return Decimal(value)
    if isinstance(value, str):
        return numbers.parse_number(value, percent=percent_sign)
    raise MoneyError("not_a_number", value=numbers.shown(value))


def percent(value: object) -> Decimal:
    """A rate written in percent (``"18"`` or ``"18%"`` → ``Decimal('0.18')``)."""
    return to_decimal(value, percent_sign=True) / HUNDRED


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


# --- reading inputs: the rules every command-line option, file field and form field follows ---

MONEY_PLACES = 2  # amounts are whole cents (fen)
_PLAIN_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]{1,9})?", re.ASCII)


def _named(error: MoneyError, param: str) -> MoneyError:
    """``error`` naming the input ``param`` (the value as typed kept for the message)."""
    return MoneyError(error.code, **{**error.params, "param": param})


def read_number(value: object, param: str, *, percent_sign: bool = False) -> Decimal:
    """:func:`to_decimal` with errors naming ``param``; ``None`` or ``""`` is ``missing``."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise MoneyError("missing", param=param)
    try:
        return to_decimal(value, percent_sign=percent_sign)
    except MoneyError as error:
        raise _named(error, param) from None


def _read_bounded(
    value: object, param: str, code: str, *, percent_sign: bool = False, **limit: object
) -> Decimal:
    """:func:`read_number`, a number too big to read reported as ``code`` with its ``limit``
    (``--principal must be at most 10000000000`` says more than "at most 30 digits")."""
    try:
        return read_number(value, param, percent_sign=percent_sign)
    except MoneyError as error:
        if error.code in ("too_many_digits", "number_too_long") and _looks_big(value):
            raise MoneyError(code, param=param, value=numbers.shown(value), **limit) from None
        raise


def _looks_big(value: object) -> bool:
    """Whether text refused for its length or digits is a plain number of at least 10^30
    (``9999…``, ``1e30``), not something long and small or not a number at all."""
    text = str(value).strip().lstrip("+").replace(",", "").replace(" ", "")
    try:
        number = Decimal(text) if _PLAIN_NUMBER.fullmatch(text) else None
    except ArithmeticError:
        return False
    return number is not None and number.is_finite() and abs(number) >= 10**30


def read_amount(value: object, param: str, *, allow_zero: bool = False) -> Decimal:
    """An amount of money: a number in whole cents, > 0 (≥ 0 with ``allow_zero``), ≤ ten billion.

    Raises:
        MoneyError: a reading error, ``not_whole_cents`` (``0.001``: an amount has at most two
            decimal places), or a :func:`check_amount` code; ``param`` names the input.
    """
    amount = _read_bounded(value, param, "too_large", maximum=MAX_AMOUNT)
    if numbers.decimal_places(amount) > MONEY_PLACES:
        raise MoneyError(
            "not_whole_cents", param=param, value=numbers.shown(value), maximum=MONEY_PLACES
        )
    return check_amount(amount, param, allow_zero=allow_zero)


def read_percent(value: object, param: str, *, maximum: Decimal = MAX_ANNUAL_RATE) -> Decimal:
    """A rate written in percent (``"18"``, ``"18%"``), returned as a fraction in [0, maximum]."""
    number = _read_bounded(
        value, param, "rate_too_high", percent_sign=True, maximum_percent=maximum * HUNDRED
    )
    return check_rate(number / HUNDRED, param, maximum=maximum)


def read_count(value: object, param: str, *, minimum: int = 1, maximum: int = MAX_MONTHS) -> int:
    """A whole number in [minimum, maximum]: ``12``, ``"12"``, ``"1,200"``, ``"1e3"``.

    Raises:
        MoneyError: ``not_a_whole_number`` (with ``minimum``), ``too_large`` (with ``maximum``),
            or a reading error; ``param`` names the input.
    """
    if isinstance(value, int) and not isinstance(value, bool):
        if value.bit_length() > 100:  # never put a 5,000-digit int into a message
            raise MoneyError("too_large", param=param, value="…", maximum=maximum)
        number = value
    else:
        try:
            decimal = _read_bounded(value, param, "too_large", maximum=maximum)
        except MoneyError as error:
            if error.code != "not_a_number":
                raise
            raise MoneyError(
                "not_a_whole_number", param=param, value=numbers.shown(value), minimum=minimum
            ) from None
        if numbers.decimal_places(decimal):
            raise MoneyError(
                "not_a_whole_number", param=param, value=numbers.shown(value), minimum=minimum
            )
        number = int(decimal)
    return check_count(number, param, minimum=minimum, maximum=maximum)
