"""Numbers, money, percents and dates formatted for the chosen language, straight from ``Decimal``.

babel formats ``Decimal`` without going through float; ``QLocale`` would. Languages are the app's
codes: ``"zh_CN"`` and ``"en"``.

>>> money(Decimal("1234.5"), "CNY", "zh_CN")
'¥1,234.50'
>>> money(Decimal("1234.5"), "USD", "en")
'$1,234.50'
>>> money(Decimal("3.5"), "CNY", "en")
'¥3.50'
>>> pct(Decimal("13.0342"), "en")
'13.03%'
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel import dates, numbers

_LOCALES = {"zh_CN": "zh_Hans_CN", "en": "en_US"}


def locale_of(language: str) -> str:
    """The babel locale for an app language code."""
    return _LOCALES.get(language, "en_US")


def money(amount: Decimal, currency: str, language: str) -> str:
    """``¥1,234.50`` / ``$1,234.50``: the currency symbol, grouping, two decimals."""
    text: str = numbers.format_currency(
        amount, currency, locale=locale_of(language), currency_digits=True
    )
    # Inside the app the currency is never ambiguous (one product, one currency), so use the plain
    # signs a reader expects: babel writes yuan as "CN¥" in English and dollars as "US$" in Chinese.
    return text.replace("US$", "$").replace("CN¥", "¥")


def number(value: Decimal | int, language: str, places: int | None = None) -> str:
    """A plain grouped number, optionally with a fixed number of decimal places."""
    if places is None:
        return str(numbers.format_decimal(value, locale=locale_of(language)))
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return str(numbers.format_decimal(value, format=pattern, locale=locale_of(language)))


def pct(value_in_percent: Decimal, language: str, places: int = 2) -> str:
    """``13.03%`` from a value already in percent (``Decimal("13.0342")``)."""
    return number(value_in_percent, language, places) + "%"


def month(value: dt.date, language: str) -> str:
    """``2026年11月`` / ``Nov 2026``."""
    skeleton = "yMMM"
    return str(dates.format_skeleton(skeleton, value, locale=locale_of(language)))


def day(value: dt.date, language: str) -> str:
    """``2026年11月29日`` / ``Nov 29, 2026``."""
    return str(dates.format_date(value, format="medium", locale=locale_of(language)))
