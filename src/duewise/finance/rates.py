"""Interest-rate conversions: APR ↔ monthly and daily periodic rates, simple vs compound rates.

Rates are fractions (``Decimal("0.18")`` is 18 %), named by their period (``annual_rate``,
``monthly_rate``, ``daily_rate``). Nothing here rounds except :func:`as_percent`, which is only for
showing a rate.

Sources (credit-rules.md):
- §5.1 and Reg Z Appendix M2: the monthly periodic rate is APR / 12 (M2 writes it as
  ``(APR/365) × (365/12)``); the daily periodic rate is APR / 365, or APR / 360 for some issuers.
- §3: a Chinese card's 日利率 0.05 % is 18.25 % a year simple (× 365) and, compounded monthly in
  months of 365/12 days as the CGB contract's 按月计收复利 implies, 19.86 % (worked example #22);
  compounded daily it is 20.02 %.
- §5.1: 18 % APR compounded monthly is an EAR of 19.56 %; compounded daily 19.72 %.

>>> as_percent(simple_annual_rate_from_daily(Decimal("0.0005")))
Decimal('18.25')
>>> as_percent(ear_from_daily_monthly_compounding(Decimal("0.0005")))
Decimal('19.86')
>>> as_percent(ear_from_daily(Decimal("0.0005")))
Decimal('20.02')
>>> as_percent(ear_from_monthly(monthly_rate(Decimal("0.18"))))
Decimal('19.56')
"""

from __future__ import annotations

import enum
from decimal import ROUND_HALF_UP, Decimal

from duewise.finance.money import HUNDRED, ONE, MoneyError

MONTHS_PER_YEAR = 12


class DayCount(enum.Enum):
    """How many days a year has when an APR is turned into a daily rate (Reg Z M1(b)(4)(vii))."""

    ACTUAL_365 = 365  # APR / 365: most issuers, and Chinese 日利率 × 365
    BANKERS_360 = 360  # APR / 360: some issuers; M1 then uses 30-day months

    @property
    def days(self) -> int:
        """Days in the year."""
        return int(self.value)


def _check_rate(rate: Decimal, param: str) -> None:
    if not isinstance(rate, Decimal) or not rate.is_finite():
        raise MoneyError("not_a_number", param=param, value=rate)
    if rate < 0:
        raise MoneyError("must_not_be_negative", param=param, value=rate)


def monthly_rate(annual_rate: Decimal) -> Decimal:
    """The monthly periodic rate of a nominal APR: ``APR / 12`` (Reg Z Appendix M2).

    >>> monthly_rate(Decimal("0.18"))
    Decimal('0.015')
    """
    _check_rate(annual_rate, "annual_rate")
    return annual_rate / MONTHS_PER_YEAR


def daily_rate(annual_rate: Decimal, day_count: DayCount = DayCount.ACTUAL_365) -> Decimal:
    """The daily periodic rate (DPR) of an APR: ``APR / 365`` or ``APR / 360`` (credit-rules §5.1).

    >>> daily_rate(Decimal("0.18"), DayCount.BANKERS_360)
    Decimal('0.0005')
    """
    _check_rate(annual_rate, "annual_rate")
    return annual_rate / day_count.days


def annual_rate_from_monthly(monthly: Decimal) -> Decimal:
    """The nominal APR of a monthly rate: ``12 × r`` (the PBOC's 单利 annualisation, 〔2021〕第3号).

    >>> annual_rate_from_monthly(Decimal("0.015"))
    Decimal('0.180')
    """
    _check_rate(monthly, "monthly_rate")
    return monthly * MONTHS_PER_YEAR


def simple_annual_rate_from_daily(
    daily: Decimal, day_count: DayCount = DayCount.ACTUAL_365
) -> Decimal:
    """The simple annual rate of a daily rate: ``d × 365`` (0.05 %/day → 18.25 %, credit-rules #22).

    >>> simple_annual_rate_from_daily(Decimal("0.0005"))
    Decimal('0.1825')
    """
    _check_rate(daily, "daily_rate")
    return daily * day_count.days


def ear_from_monthly(monthly: Decimal) -> Decimal:
    """Effective annual rate of a monthly rate compounded monthly: ``(1 + r)^12 − 1``.

    This is the PBOC's 复利 annualisation of a monthly IRR (〔2021〕第3号).

    >>> ear_from_monthly(Decimal("0"))
    Decimal('0')
    """
    _check_rate(monthly, "monthly_rate")
    return (ONE + monthly) ** MONTHS_PER_YEAR - ONE


def ear_from_annual(annual_rate: Decimal, periods_per_year: int = MONTHS_PER_YEAR) -> Decimal:
    """Effective annual rate of a nominal rate compounded ``periods_per_year`` times a year.

    >>> as_percent(ear_from_annual(Decimal("0.18"), 365))
    Decimal('19.72')
    """
    _check_rate(annual_rate, "annual_rate")
    if periods_per_year < 1:
        raise MoneyError("not_a_whole_number", param="periods_per_year", minimum=1)
    return (ONE + annual_rate / periods_per_year) ** periods_per_year - ONE


def ear_from_daily_monthly_compounding(
    daily: Decimal, day_count: DayCount = DayCount.ACTUAL_365
) -> Decimal:
    """EAR of a daily rate charged daily but compounded monthly (按月计收复利).

    Months are ``days / 12`` long (365/12 = 30.41667 days, Reg Z M1(b)(4)(vii)):
    ``(1 + d × days/12)^12 − 1``. 0.05 %/day → 19.86 % (credit-rules §3, #22).
    """
    _check_rate(daily, "daily_rate")
    month = daily * day_count.days / MONTHS_PER_YEAR
    return (ONE + month) ** MONTHS_PER_YEAR - ONE


def ear_from_daily(daily: Decimal, day_count: DayCount = DayCount.ACTUAL_365) -> Decimal:
    """EAR of a daily rate compounded daily: ``(1 + d)^days − 1`` (0.05 %/day → 20.02 %)."""
    _check_rate(daily, "daily_rate")
    return (ONE + daily) ** day_count.days - ONE


def as_percent(rate: Decimal, places: int = 2) -> Decimal:
    """A rate fraction shown in percent, rounded half-up to ``places`` decimals (display only).

    >>> as_percent(Decimal("0.130342")), as_percent(Decimal("0.005"), 1)
    (Decimal('13.03'), Decimal('0.5'))
    """
    return (rate * HUNDRED).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
