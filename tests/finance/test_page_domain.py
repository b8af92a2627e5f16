"""Domain halves of the calculator-page bugs of issue #14 (d)–(f): each fails before its fix."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duewise.finance import forms, missed, products, remedies, what_if

D = Decimal


# --- (d) a negotiated plan is "in a plan until <month>", not "paid on <date>" ------------------


def test_a_12_month_plan_is_reported_as_in_a_plan_until_its_last_month() -> None:
    card = products.load_preset("cn_bank_card")
    scenario = missed.parse_scenario("miss:3 then negotiate:12")
    sim = missed.simulate(card, D("10000"), (2026, 1), scenario, cycles=15)
    s = remedies.settlement(sim)
    assert s.kind is remedies.SettlementKind.PAID
    # The delinquency ends when the plan is agreed (what the page called "paid on") …
    assert s.delinquency_ended == sim.rows[3].due_date
    # … but the debt is repaid with the plan's 12th instalment, in month 15.
    assert s.plan_from == sim.rows[3].due_date and s.plan_until == sim.rows[14].due_date
    assert s.paid_on == s.plan_until
    shorter = missed.simulate(card, D("10000"), (2026, 1), scenario, cycles=10)
    s = remedies.settlement(shorter)
    assert s.kind is remedies.SettlementKind.IN_PLAN and s.paid_on is None
    assert s.plan_until == date(2027, 3, 26)  # the 12th plan due date, past the months shown


def test_catching_up_is_paid_on_the_day() -> None:
    jd = products.load_preset("cn_jd_baitiao")
    sim = missed.simulate(jd, D("1000"), (2025, 1), missed.parse_scenario("miss:2"))
    s = remedies.settlement(sim)
    assert (s.kind, s.paid_on, s.plan_until) == (
        remedies.SettlementKind.PAID,
        date(2025, 3, 10),
        None,
    )


# --- (e) the lesson block and the calculator compute the same scenario ----------------------------


def test_block_figure_and_calculator_figure_agree() -> None:
    """Lesson 01/05: ¥1,000 of 白条, miss one payment, days-late slider at 1: ¥0.70 both ways."""
    inputs = {"product_id": "cn_jd_baitiao", "amount": D("1000"), "scenario": "miss:1",
              "then": "catch-up", "days_late": 1}  # fmt: skip
    block = what_if.evaluate(**inputs)  # type: ignore[arg-type]
    assert block.cost == D("0.70")
    # What "Open in calculator" used to pass: no days late, so the page repaid a month later.
    old = {"product": "cn_jd_baitiao", "amount": "1000", "scenario": "miss:1", "then": "catch-up"}
    assert what_if.evaluate_params(old).cost == D("21.70")
    params = what_if.calculator_params(**inputs)  # type: ignore[arg-type]
    assert params["days_late"] == "1"
    assert what_if.evaluate_params(params).cost == D("0.70")


def test_a_minimum_only_block_opens_on_minimum_only() -> None:
    """The old parameters added "then catch-up" to every block: "minimum" became one minimum."""
    block = what_if.evaluate("cn_bank_card", D("1000"), "minimum")
    old = {"product": "cn_bank_card", "amount": "1000", "scenario": "minimum", "then": "catch-up"}
    assert what_if.evaluate_params(old).cost != block.cost
    params = what_if.calculator_params("cn_bank_card", D("1000"), "minimum")
    assert "then" not in params and what_if.evaluate_params(params) == block


@settings(max_examples=60, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            "product_id": st.sampled_from(
                ["cn_jd_baitiao", "cn_huabei", "cn_bank_card", "us_card", "cn_car_loan"]
            ),
            "amount": st.sampled_from([D("1000"), D("3000.50")]),
            "scenario": st.sampled_from(["miss:1", "miss:2", "minimum", "on-time", "partial:100"]),
            "then": st.sampled_from([None, "catch-up", "keep-missing", "negotiate"]),
            "days_late": st.one_of(st.none(), st.integers(0, 90)),
            "annual_rate": st.one_of(st.none(), st.integers(1, 24).map(lambda n: D(n) / 100)),
            "months": st.one_of(st.none(), st.integers(1, 36)),
        }
    )
)
def test_every_block_opens_on_the_figure_it_shows(inputs: dict[str, object]) -> None:
    try:
        block = what_if.evaluate(**inputs)  # type: ignore[arg-type]
    except what_if.MoneyError:
        return
    page = what_if.evaluate_params(what_if.calculator_params(**inputs))  # type: ignore[arg-type]
    assert page == block


# --- (f) every form validates before the engine runs ----------------------------------------------


def test_next_loan_rate_of_twenty_nines_is_a_field_error_not_an_exception() -> None:
    v = forms.validate_next_loan(amount="150000", annual_rate="99999999999999999999", months=36)
    assert not v.ok
    error = v.error("annual_rate")
    assert error is not None and error.code == "rate_too_high"
    assert error.params["maximum_percent"] == D("100")
    assert v.values["amount"] == D("150000") and "annual_rate" not in v.values


@pytest.mark.parametrize(
    ("kwargs", "field", "code"),
    [
        ({"amount": "0.001", "annual_rate": "5", "months": 36}, "amount", "not_whole_cents"),
        ({"amount": "1", "annual_rate": "5", "months": 600}, "amount",
         "instalment_repays_nothing"),
        ({"amount": "1000", "annual_rate": "2,5", "months": 36}, "annual_rate", "ambiguous_comma"),
        ({"amount": "1000", "annual_rate": "5", "months": 601}, "months", "too_large"),
        ({"amount": "１,٠٠٠", "annual_rate": "5", "months": 36}, "amount", "not_ascii_digits"),
    ],
)  # fmt: skip
def test_next_loan_errors(kwargs: dict[str, object], field: str, code: str) -> None:
    v = forms.validate_next_loan(**kwargs)
    error = v.error(field)
    assert error is not None and error.code == code


def test_calculator_form() -> None:
    ok = forms.validate_calculator(amount="¥3,000", scenario="miss:3 then negotiate:12",
                                   start="2025-01", negotiate_months="12")  # fmt: skip
    assert ok.ok and ok.values["amount"] == D("3000") and ok.values["start"] == (2025, 1)
    bad = forms.validate_calculator(amount="1e30", scenario="miss:x", start="2025-13",
                                    negotiate_months="61", negotiate_fee_percent="50")  # fmt: skip
    assert {(e.field, e.code) for e in bad.errors} == {
        ("amount", "too_large"),
        ("scenario", "bad_scenario"),
        ("start", "bad_month"),
        ("negotiate_months", "too_large"),
        ("negotiate_fee_rate", "rate_too_high"),
    }


def test_planner_forms() -> None:
    assert forms.validate_planner(budget="3,000", extra="", lump_sum_month="12",
                                  lump_sum_amount="500").ok  # fmt: skip
    v = forms.validate_planner(budget="-1", lump_sum_month="0", lump_sum_amount="x")
    assert {(e.field, e.code) for e in v.errors} == {
        ("budget", "must_not_be_negative"),
        ("lump_sum_month", "not_a_whole_number"),
        ("lump_sum_amount", "not_a_number"),
    }
    row = forms.validate_debt_row(name="car", balance="80,000", apr="4.5", min_percent="0",
                                  min_floor="2400", due_day="10")  # fmt: skip
    assert row.ok and row.values["apr"] == D("0.045")
    bad = forms.validate_debt_row(name=" ", balance="0", apr="99999999999999999999",
                                  min_percent="0", min_floor="0", due_day="31")  # fmt: skip
    assert {(e.field, e.code) for e in bad.errors} == {
        ("name", "missing"),
        ("balance", "must_be_positive"),
        ("apr", "rate_too_high"),
        ("due_day", "bad_day"),  # as the planner's table says it (planner_tools.read_debt)
        ("min_percent", "no_minimum"),
    }


def test_remedies_form() -> None:
    v = forms.validate_remedies(balance="3000", missed_cycles="3", start="2025-01",
                                negotiate_months="12", horizon="60")  # fmt: skip
    assert v.ok and v.values["horizon"] == 60
    v = forms.validate_remedies(balance="3000", missed_cycles="3", start="2025-01", horizon="3")
    error = v.error("horizon")
    assert error is not None and error.params["minimum"] == 4


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30), st.text(max_size=30), st.integers(-5, 10**6) | st.text(max_size=8))
def test_validators_never_raise(amount: str, rate: str, months: object) -> None:
    for v in (
        forms.validate_next_loan(amount=amount, annual_rate=rate, months=months),
        forms.validate_calculator(
            amount=amount, scenario=rate, start=amount, negotiate_months=months
        ),
        forms.validate_planner(
            budget=amount, extra=rate, lump_sum_month=months, lump_sum_amount=amount
        ),
        forms.validate_debt_row(name=amount, balance=amount, apr=rate, due_day=months),
        forms.validate_remedies(balance=amount, missed_cycles=months, start=rate),
    ):
        assert v.ok or v.errors
