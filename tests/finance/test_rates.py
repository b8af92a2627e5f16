"""Rate conversions against the figures in credit-rules.md (§3, §5.1, worked example #22)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given

from duewise.finance import rates
from duewise.finance.money import MoneyError
from strategies import annual_rates

D = Decimal


def test_card_daily_rate_example_22() -> None:
    daily = D("0.0005")  # 日利率万分之五
    assert rates.as_percent(rates.simple_annual_rate_from_daily(daily)) == D("18.25")
    assert rates.as_percent(rates.ear_from_daily_monthly_compounding(daily)) == D("19.86")
    assert rates.as_percent(rates.ear_from_daily(daily)) == D("20.02")


def test_us_card_18_percent() -> None:
    assert rates.as_percent(rates.ear_from_monthly(rates.monthly_rate(D("0.18")))) == D("19.56")
    assert rates.as_percent(rates.ear_from_annual(D("0.18"), 365)) == D("19.72")


def test_day_counts() -> None:
    assert rates.daily_rate(D("0.1825")) == D("0.0005")
    assert rates.daily_rate(D("0.18"), rates.DayCount.BANKERS_360) == D("0.0005")
    assert rates.simple_annual_rate_from_daily(D("0.0005"), rates.DayCount.BANKERS_360) == D("0.18")


@given(annual_rates())
def test_monthly_round_trip(annual: Decimal) -> None:
    assert rates.annual_rate_from_monthly(rates.monthly_rate(annual)) == annual


@given(annual_rates())
def test_compounding_never_below_simple(annual: Decimal) -> None:
    assert rates.ear_from_monthly(rates.monthly_rate(annual)) >= annual
    assert rates.ear_from_annual(annual, 365) >= rates.ear_from_annual(annual, 12)


def test_negative_rate_refused() -> None:
    with pytest.raises(MoneyError) as info:
        rates.monthly_rate(D("-0.01"))
    assert info.value.code == "must_not_be_negative"
    assert info.value.params["param"] == "annual_rate"
