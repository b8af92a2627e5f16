"""Reading a number someone typed: ONE set of rules for the command line, JSON files and forms.

:func:`parse_number` is the only place text becomes a ``Decimal`` (``money.to_decimal`` and every
``duewise calc`` option call it; JSON numbers are read as text and go through it too), so a value
means the same everywhere and every refusal has a code the UI and the command line word.

What is accepted:

- the digits 0–9, and full-width digits and signs (``１０００``, ``－５``, ``．５``) as typed by
  Chinese input methods; any other digit (``²``, ``٣``, ``Ⅻ``) is refused (``not_ascii_digits``)
  rather than silently read as something else;
- a sign, then an optional currency mark ``¥``/``$`` (``¥1,000``, ``-$25``), an optional ``元`` at
  the end, and ``%`` at the end where a percentage is asked for;
- grouping: a comma or a space (also the no-break and thin spaces) **only between groups of three
  digits** in the whole part — ``1,000``, ``12 345 678.9``; one kind of separator per number. A
  single comma followed by other than three digits (``2,5``) is refused as ``ambiguous_comma``:
  a decimal comma in some countries, a typo in others; other grouping (``1,0,0,0``, ``10,00``) is
  ``bad_grouping``;
- a decimal point ``.`` and an exponent (``1e3``, ``2.5E-4``).

Limits, so that no input can make the engine slow or overflow: at most :data:`MAX_CHARS`
characters, :data:`MAX_INTEGER_DIGITS` digits before the point and :data:`MAX_PLACES` decimal
places once written out (``1e-25`` has 25 places). Whatever passes fits the 28-digit ``Decimal``
context of every computation with room to spare; ranges per input (amounts up to ten billion,
rates up to 1000 %, months up to 1200) are checked by ``money``.

>>> parse_number("¥1,000.50"), parse_number("１２ ３４５"), parse_number("-2.5e3")
(Decimal('1000.50'), Decimal('12345'), Decimal('-2.5E+3'))
>>> parse_number("2,5")
Traceback (most recent call last):
...
duewise.finance.errors.MoneyError: ambiguous_comma(value='2,5')
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from duewise.finance.errors import MoneyError

MAX_CHARS = 64
"""Longest number text read (longer text is refused before it is looked at)."""
MAX_INTEGER_DIGITS = 30
"""Most digits before the decimal point (ten billion has 11)."""
MAX_PLACES = 30
"""Most decimal places, trailing zeros not counted (``1e-25`` has 25)."""
DECIMAL_DIGITS = 28
"""Significant digits of the ``Decimal`` context every computation runs in."""

_FULL_WIDTH = {chr(0xFF10 + i): str(i) for i in range(10)} | {
    "．": ".",
    "，": ",",
    "－": "-",
    "＋": "+",
    "\u2212": "-",  # minus sign
    "ｅ": "e",
    "Ｅ": "E",
    "％": "%",
    "￥": "¥",
    "＄": "$",
    "\u3000": " ",  # ideographic space
}
_TRANSLATION = str.maketrans(_FULL_WIDTH)
_SEPARATORS = frozenset(", \u00a0\u202f\u2009")
_ALLOWED = frozenset("0123456789.eE") | _SEPARATORS
_DIGITS = re.compile(r"[0-9]*", re.ASCII)
_EXPONENT = re.compile(r"[+-]?[0-9]{1,9}", re.ASCII)


def shown(text: object, limit: int = 24) -> str:
    """``text`` for a one-line error message: at most ``limit`` characters (a 5,000-digit input
    is one line, not a screenful), control characters escaped (a newline cannot split it)."""
    value = str(text)
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    if not value.isprintable():
        value = "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)
    return value


def _refuse(code: str, text: str, **params: object) -> MoneyError:
    return MoneyError(code, value=shown(text), **params)


def parse_number(text: str, *, percent: bool = False) -> Decimal:
    """The number ``text`` writes, exactly, by the rules in the module docstring.

    Args:
        text: what was typed or read from a file.
        percent: accept a trailing ``%`` (the value is still returned as written: ``"18%"`` → 18).

    Raises:
        MoneyError: ``missing`` (empty), ``number_too_long`` (``maximum``), ``not_ascii_digits``
            (``char``), ``ambiguous_comma``, ``bad_grouping``, ``not_a_number``,
            ``too_many_digits`` / ``too_many_places`` (``maximum``); each with ``value``.
    """
    if len(text) > MAX_CHARS:
        raise _refuse("number_too_long", text, maximum=MAX_CHARS)
    body = text.translate(_TRANSLATION).strip()
    if not body:
        raise MoneyError("missing", value="")
    sign = ""
    if body[0] in "+-":
        sign, body = body[0], body[1:].lstrip()
    if body[:1] in ("¥", "$"):
        body = body[1:].lstrip()
        if not sign and body[:1] in ("+", "-"):  # ¥-5
            sign, body = body[0], body[1:].lstrip()
    if body.endswith("元"):
        body = body[:-1].rstrip()
    if percent and body.endswith("%"):
        body = body[:-1].rstrip()
    for char in body:
        if char not in _ALLOWED and char not in "+-":
            if unicodedata.category(char) in ("Nd", "No", "Nl"):
                raise _refuse("not_ascii_digits", text, char=char)
            raise _refuse("not_a_number", text)
    mantissa, marker, exponent = body.replace("E", "e").partition("e")
    if marker and not _EXPONENT.fullmatch(exponent):
        raise _refuse("not_a_number", text)
    whole, point, fraction = mantissa.partition(".")
    if any(char in _SEPARATORS for char in fraction):
        raise _refuse("bad_grouping", text)
    separators = {char for char in whole if char in _SEPARATORS}
    if separators:
        groups = whole.split(next(iter(separators))) if len(separators) == 1 else []
        grouped = (
            bool(groups)
            and 1 <= len(groups[0]) <= 3
            and all(len(group) == 3 for group in groups[1:])
            and all(_DIGITS.fullmatch(group) for group in groups)
        )
        if not grouped:
            looks_decimal = (
                separators == {","}
                and len(groups) == 2
                and not point
                and not marker
                and all(group and _DIGITS.fullmatch(group) for group in groups)
            )
            raise _refuse("ambiguous_comma" if looks_decimal else "bad_grouping", text)
        whole = "".join(groups)
    if not (whole or fraction) or not _DIGITS.fullmatch(whole) or not _DIGITS.fullmatch(fraction):
        raise _refuse("not_a_number", text)
    canonical = f"{sign}{whole or '0'}{'.' + fraction if fraction else ''}"
    value = Decimal(canonical + (f"e{exponent}" if marker else ""))
    check_size(value, text)
    return value if value else Decimal(0)  # 0E+99999999 is 0: no exponent travels further


def decimal_places(value: Decimal) -> int:
    """Decimal places of a finite ``value``, trailing zeros not counted (``1.50`` → 1)."""
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    if not any(digits):
        return 0
    trailing = len(digits) - len("".join(map(str, digits)).rstrip("0"))
    return max(0, -(exponent + trailing))


def integer_digits(value: Decimal) -> int:
    """Digits before the decimal point of a finite ``value`` (0 for ``0.5``)."""
    return max(0, value.adjusted() + 1) if value else 0


def check_size(value: Decimal, text: object = None) -> Decimal:
    """Refuse a finite ``value`` beyond :data:`MAX_INTEGER_DIGITS` or :data:`MAX_PLACES`.

    Raises:
        MoneyError: ``not_a_number`` (infinite, NaN), ``too_many_digits`` or ``too_many_places``
            (with ``maximum``).
    """
    original = value if text is None else text
    if not value.is_finite():
        raise _refuse("not_a_number", str(original))
    if integer_digits(value) > MAX_INTEGER_DIGITS:
        raise _refuse("too_many_digits", str(original), maximum=MAX_INTEGER_DIGITS)
    if len(value.as_tuple().digits) > 4 * MAX_CHARS or decimal_places(value) > MAX_PLACES:
        raise _refuse("too_many_places", str(original), maximum=MAX_PLACES)
    return value
