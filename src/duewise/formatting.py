"""Numbers, money, percents and dates formatted for the chosen language, straight from ``Decimal``.

babel formats ``Decimal`` without going through float; ``QLocale`` would. Languages are the app's
codes: ``"zh_CN"`` and ``"en"``.

>>> money(Decimal("1234.5"), "CNY", "zh_CN")
'¥1,234.50'
>>> money(Decimal("1234.5"), "USD", "en")
'$1,234.50'
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
    # zh_Hans_CN writes the yuan sign as "¥" already; US dollars in Chinese read "US$", keep "$".
    return text.replace("US$", "$")


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
