"""Lesson calculator blocks: each figure is the engine's own (calc late / missed / simulate)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duewise.finance import calc, missed, products, what_if
from duewise.finance.money import MoneyError


def test_days_late_is_the_late_command() -> None:
    r = what_if.evaluate("cn_jd_baitiao", Decimal("1000"), "miss:1", "catch-up", days_late=5)
    assert r.kind is what_if.WhatIfKind.LATE
    late = calc.run("late", {"product": "cn_jd_baitiao", "amount": "1000", "days_late": 5})
    assert (str(r.cost), str(r.penalty)) == (late["total"], late["penalty"]) == ("3.50", "3.50")


def test_us_card_late_has_fee_and_lost_grace_interest() -> None:
    r = what_if.evaluate("us_card", Decimal("1000"), "miss:1", days_late=30)
    late = calc.run("late", {"product": "us_card", "amount": "1000", "days_late": 30})
    assert str(r.penalty) == late["penalty"] and str(r.interest) == late["interest"]
    assert r.cost == r.penalty + r.interest


def test_missed_cycles_is_the_missed_command_and_its_record() -> None:
    r = what_if.evaluate("cn_jd_baitiao", Decimal("1000"), "miss:1", "catch-up", missed_cycles=3)
    m = calc.run("missed", {"product": "cn_jd_baitiao", "balance": "1000", "missed": 3})
    assert str(r.cost) == m["extra_cost"] == "63.00"
    assert r.record_codes == tuple(e["code"] for e in m["record"])  # type: ignore[union-attr]
    assert r.record_codes[:3] == ("1", "2", "3") and "lian_san" in r.flags
    assert r.cycles_missed == 3 and r.record_start.isoformat() == "2025-01-01"


def test_minimum_on_a_us_card_repays_within_the_horizon() -> None:
    r = what_if.evaluate("us_card", Decimal("1000"), "minimum")
    sim = missed.simulate(
        products.load_preset("us_card"),
        Decimal("1000"),
        what_if.START,
        missed.parse_scenario("minimum"),
        what_if.MINIMUM_HORIZON_MONTHS,
    )
    assert r.repaid_after == len(sim.rows) and r.owed_at_end == 0
    assert r.cost == sim.scenario_total - Decimal("1000")


def test_minimum_with_no_floor_is_still_owing_after_the_horizon() -> None:
    r = what_if.evaluate("cn_bank_card", Decimal("10000"), "minimum")
    assert r.repaid_after is None and r.owed_at_end > 0
    assert r.months == what_if.MINIMUM_HORIZON_MONTHS
    longer = what_if.evaluate("cn_bank_card", Decimal("10000"), "minimum", months=240)
    assert longer.owed_at_end < r.owed_at_end and longer.cost >= r.cost


def test_apr_replaces_the_rate_daily_rate_products_too() -> None:
    card = products.load_preset("cn_bank_card")
    copy = what_if.with_annual_rate(card, Decimal("0.073"))
    assert copy.daily_rate == Decimal("0.0002") and copy.annual_rate == Decimal("0.073")
    cheap = what_if.evaluate(
        "cn_bank_card", Decimal("10000"), "minimum", annual_rate=Decimal("0.073")
    )
    dear = what_if.evaluate("cn_bank_card", Decimal("10000"), "minimum")
    assert cheap.cost < dear.cost and cheap.annual_rate == Decimal("0.073")


def test_negotiate_months_is_the_plan_length() -> None:
    short = what_if.evaluate("cn_jd_baitiao", Decimal("3000"), "miss:2", "negotiate", months=3)
    long = what_if.evaluate("cn_jd_baitiao", Decimal("3000"), "miss:2", "negotiate", months=24)
    assert short.repaid_after is not None and long.repaid_after is not None
    assert long.repaid_after > short.repaid_after


def test_bad_inputs_name_the_input() -> None:
    with pytest.raises(MoneyError) as exc:
        what_if.evaluate("cn_jd_baitiao", Decimal("0"), "miss:1")
    assert exc.value.params["param"] == "amount"
    with pytest.raises(MoneyError) as exc:
        what_if.evaluate("us_card", Decimal("1000"), "minimum", missed_cycles=2)
    assert exc.value.params["param"] == "missed_cycles"
    with pytest.raises(MoneyError):
        what_if.evaluate("no_such_card", Decimal("1000"), "minimum")


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=11))
def test_missing_one_more_payment_never_costs_less(n: int) -> None:
    fewer = what_if.evaluate("cn_jd_baitiao", Decimal("1000"), "miss:1", missed_cycles=n)
    more = what_if.evaluate("cn_jd_baitiao", Decimal("1000"), "miss:1", missed_cycles=n + 1)
    assert more.cost >= fewer.cost >= 0
