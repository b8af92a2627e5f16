"""finance.calculator.evaluate: the one question the calculator page asks."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from duewise.finance import (
    borrowing,
    calculator,
    missed,
    planner,
    planner_debts,
    products,
    remedies,
    what_if,
)
from duewise.finance.money import MoneyError
from duewise.finance.schedules import MinimumPayment

START = dt.date(2025, 1, 1)


def _terms(**edits: Decimal | int) -> calculator.Terms:
    return calculator.Terms(
        products.load_preset("cn_jd_baitiao"), Decimal("1000"), START, edits, as_of=START
    )


def test_evaluation_holds_what_the_page_shows() -> None:
    result = calculator.evaluate(missed.missed_scenario(3), _terms())
    assert result.product.penalty_daily_rate == Decimal("0.0007")
    assert [m.code for m in result.rec.months[:3]] == ["1", "2", "3"]
    assert result.extra_cost == result.sim.extra_cost > 0
    assert result.series.scenario[0] == Decimal("1000")
    assert result.consequences and result.next_loan is None


def test_an_edit_back_to_the_published_value_is_no_edit() -> None:
    same = calculator.evaluate(
        missed.missed_scenario(1), _terms(penalty_daily_rate=Decimal("0.0007"))
    )
    assert not same.product.rules["penalty_daily_rate"].user_edited
    edited = calculator.evaluate(
        missed.missed_scenario(1), _terms(penalty_daily_rate=Decimal("0.0005"))
    )
    rule = edited.product.rules["penalty_daily_rate"]
    assert rule.user_edited and rule.value == edited.product.penalty_daily_rate == Decimal("0.0005")
    assert edited.extra_cost < same.extra_cost


def test_errors_name_the_field() -> None:
    with pytest.raises(MoneyError) as amount:
        calculator.evaluate(
            missed.missed_scenario(1),
            calculator.Terms(products.load_preset("cn_jd_baitiao"), Decimal("-1"), START),
        )
    assert amount.value.params["param"] == "amount"
    with pytest.raises(MoneyError) as days:
        calculator.evaluate(missed.missed_scenario(1), _terms(grace_days=Decimal("1.5")))
    assert days.value.params["param"] == "grace_days"


def test_next_loan_outlook_is_computed_when_read() -> None:
    loan = calculator.NextLoan(
        borrowing.LoanKind.MORTGAGE,
        Decimal("1000000"),
        360,
        Decimal("0.035"),
        borrowing.load_rules(),
    )
    result = calculator.evaluate(missed.missed_scenario(3), _terms(), loan)
    outlook = result.next_loan
    assert outlook is not None and outlook.assessment.outcome is borrowing.Outcome.LIKELY_REFUSED
    assert len(outlook.by_month) == calculator.NEXT_LOAN_MONTHS[result.rec.system]
    bad = calculator.evaluate(
        missed.missed_scenario(3),
        _terms(),
        calculator.NextLoan(
            borrowing.LoanKind.CAR, Decimal("1000"), 12, Decimal("2"), borrowing.load_rules()
        ),
    )
    with pytest.raises(MoneyError) as rate:
        _ = bad.next_loan
    assert rate.value.code == "rate_too_high" and rate.value.params["param"] == "loan_rate"


# --- issue #18: the remedies side by side, from the same one call -------------------------------


def test_remedies_come_from_the_same_evaluation() -> None:
    """The learner of the story: ¥3,000 白条, three cycles missed."""
    terms = calculator.Terms(products.load_preset("cn_jd_baitiao"), Decimal("3000"), START)
    result = calculator.evaluate(
        missed.missed_scenario(3), terms, remedies_request=calculator.RemediesRequest()
    )
    assert result.remedies_missed == 3
    comparison = result.remedies
    assert comparison is not None
    expected = remedies.compare(terms.product, Decimal("3000"), 3, (2025, 1))
    assert [o.total_cost for o in comparison.outcomes] == [o.total_cost for o in expected.outcomes]
    assert comparison.recommended is remedies.Remedy.REPAY_NOW
    assert [str(o.extra_cost) for o in comparison.outcomes] == ["189.00"] * 3 + ["3769.50"]
    # Without a request there is nothing to compare (and nothing is computed).
    assert calculator.evaluate(missed.missed_scenario(3), terms).remedies is None


def test_remedies_take_the_next_loan_its_month_and_a_second_account() -> None:
    jd = products.load_preset("cn_jd_baitiao")
    huabei = products.load_preset("cn_huabei")
    loan = calculator.NextLoan(
        borrowing.LoanKind.CAR,
        Decimal("150000"),
        36,
        Decimal("0.05"),
        borrowing.load_rules(),
        application=dt.date(2027, 6, 1),
    )
    request = calculator.RemediesRequest(
        negotiate_months=6,
        negotiate_monthly_fee_rate=Decimal("0.005"),
        also_missed=calculator.SecondMiss(huabei, Decimal("2000")),
    )
    result = calculator.evaluate(
        missed.missed_scenario(3),
        calculator.Terms(jd, Decimal("3000"), START),
        loan,
        remedies_request=request,
    )
    c = result.remedies
    assert c is not None and c.apply_on == dt.date(2027, 6, 1)
    plan = c.outcome(remedies.Remedy.NEGOTIATE)
    assert plan.simulation.scenario.negotiate_months == 6
    assert plan.split.fees > 0  # the agreement's monthly fee
    assert c.second_account is not None and c.second_account.extra_cost > 0
    # The second account's miss falls in the month the remedy starts (after the three misses).
    second_start = c.second_account.simulation.start
    assert (second_start.year, second_start.month) == (2025, 4)
    assert all(o.combined_record is not None for o in c.outcomes)


def test_missed_before_remedy_counts_the_leading_misses() -> None:
    assert calculator.missed_before_remedy(missed.parse_scenario("miss:2 then negotiate")) == 2
    assert calculator.missed_before_remedy(missed.parse_scenario("miss,on-time,miss")) == 1
    assert calculator.missed_before_remedy(missed.parse_scenario("minimum")) == 1


def test_days_late_gives_the_lesson_blocks_figure() -> None:
    """Lesson 01/05: ¥1,000 of 白条 paid one day late costs ¥0.70 (1,000 × 0.07 % × 1)."""
    result = calculator.evaluate(missed.missed_scenario(1), _terms(), days_late=1)
    assert result.late is not None and result.late.total == Decimal("0.70")
    assert result.headline_cost == Decimal("0.70")
    assert calculator.evaluate(missed.missed_scenario(1), _terms()).headline_cost == Decimal(
        "21.70"
    )


def test_months_shown() -> None:
    result = calculator.evaluate(missed.parse_scenario("minimum"), _terms_months(120))
    assert len(result.sim.rows) <= 120
    with pytest.raises(MoneyError) as too_many:
        calculator.evaluate(missed.parse_scenario("minimum"), _terms_months(601))
    assert too_many.value.params["param"] == "months"


def _terms_months(months: int) -> calculator.Terms:
    return calculator.Terms(
        products.load_preset("cn_bank_card"), Decimal("1000"), START, months=months
    )


# --- issue #14: the calculator opens on another page's scenario ----------------------------------


@pytest.mark.parametrize(
    "inputs",
    [
        {"product_id": "cn_jd_baitiao", "amount": Decimal("1000"), "scenario": "miss:1",
         "then": "catch-up", "days_late": 1},
        {"product_id": "cn_bank_card", "amount": Decimal("10000"), "scenario": "minimum",
         "annual_rate": Decimal("0.185")},
        {"product_id": "us_card", "amount": Decimal("1200"), "scenario": "minimum",
         "annual_rate": Decimal("0.2")},
        {"product_id": "cn_jd_baitiao", "amount": Decimal("1000"), "scenario": "miss:3",
         "then": "catch-up", "missed_cycles": 5},
        {"product_id": "cn_jd_baitiao", "amount": Decimal("1000"), "scenario": "miss:2",
         "then": "negotiate", "months": 6},
        {"product_id": "cn_bank_card", "amount": Decimal("6000"), "scenario": "minimum",
         "months": 200},
    ],
)  # fmt: skip
def test_open_request_evaluates_to_the_blocks_figure(inputs: dict[str, object]) -> None:
    params = what_if.calculator_params(**inputs)  # type: ignore[arg-type]
    block = what_if.evaluate_params(params)
    request = calculator.open_request(params, products.load_presets())
    assert not request.errors and request.product is not None
    scenario = missed.parse_scenario(str(params["scenario"]), params.get("then"))  # type: ignore[arg-type]
    if request.negotiate_months is not None:
        scenario = dataclasses.replace(scenario, negotiate_months=request.negotiate_months)
    terms = calculator.Terms(
        request.product,
        Decimal(str(params["amount"])),
        dt.date(*request.start, 1),
        request.edits,
        months=request.months,
    )
    result = calculator.evaluate(scenario, terms, days_late=request.days_late)
    assert result.headline_cost == block.cost


def test_open_request_with_a_debts_own_terms() -> None:
    """The planner's ¥80,000 car loan at 4.5 % paying ¥2,400: an instalment loan on its terms."""
    car = planner.Debt(
        "car", Decimal("80000"), Decimal("0.045"), MinimumPayment.fixed(Decimal("2400"))
    )
    setup = planner_debts.missed_payment_setup(car, None, "CNY")
    params = {**setup.calculator_params, "start": "2025-01"}
    request = calculator.open_request(params, products.load_presets())
    assert request.custom and request.product is not None
    assert request.product.annual_rate == Decimal("0.045") and request.product.term_months == 36
    result = calculator.evaluate(
        missed.missed_scenario(1),
        calculator.Terms(request.product, Decimal("80000"), dt.date(2025, 1, 1)),
    )
    assert result.extra_cost == setup.simulate((2025, 1)).extra_cost < 20


def test_open_request_never_raises_on_bad_values() -> None:
    presets = products.load_presets()
    request = calculator.open_request(
        {"product": "nope", "days_late": "²", "annual_rate": "99999999999999999999",
         "months": "-3", "start": "2025-13", "terms": {"annual_rate": "x"}},
        presets,
    )  # fmt: skip
    assert set(request.errors) == {"product", "days_late", "months", "start"}
    request = calculator.open_request(
        {"product": "cn_bank_card", "annual_rate": "99999999999999999999",
         "terms": {"bogus": "1"}},
        presets,
    )  # fmt: skip
    assert request.errors["annual_rate"].code == "rate_too_high"
    assert request.errors["terms"].code == "unknown_param"


@pytest.mark.parametrize("scenario", ["on-time", "minimum"])
def test_a_scenario_that_pays_every_due_date_leads_with_the_price_of_the_credit(
    scenario: str,
) -> None:
    """Lesson 03's car loan paid on time: the block shows its interest (¥12,403.68 on ¥120,000
    at 6.5 % over 36 months); the calculator opened on it led with "nothing more than on time"
    (¥0.00). A scenario that pays every due date leads with interest and fees, as what_if does."""
    terms = calculator.Terms(
        products.load_preset("cn_car_loan"), Decimal("120000"), START, {}, as_of=START
    )
    result = calculator.evaluate(missed.parse_scenario(scenario), terms)
    assert result.pays_every_cycle
    totals = result.sim.totals
    assert result.headline_cost == result.cost_of_credit == totals.total - totals.principal > 0
    shown = what_if.evaluate("cn_car_loan", Decimal("120000"), scenario)
    assert result.headline_cost == shown.cost
    assert not calculator.evaluate(missed.missed_scenario(1), terms).pays_every_cycle
