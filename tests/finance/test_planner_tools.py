"""The planner page's domain helpers: preset terms, feasible budget, negotiation, re-planning."""

from __future__ import annotations

import doctest
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from duewise.finance import forms, planner, planner_tools, products
from duewise.finance.money import MoneyError
from duewise.finance.planner import Debt, Strategy
from duewise.finance.schedules import MinimumPayment, annuity_payment

D = Decimal


def _example() -> list[Debt]:
    return [
        Debt("baitiao", D("3000"), D("0.109"), MinimumPayment(D("0.10"), D(1))),
        Debt("card", D("8000"), D("0.1825"), MinimumPayment(D("0.10"), D(1))),
        Debt("loan", D("20000"), D("0.109"), MinimumPayment.fixed(D("931.23"))),
    ]


def test_docstring_examples() -> None:
    result = doctest.testmod(planner_tools)
    assert result.attempted > 0 and result.failed == 0


def test_preset_terms_by_kind() -> None:
    card = planner_tools.preset_terms(products.load_preset("cn_bank_card"), D("8000"))
    assert card.annual_rate == D("0.1825") and card.minimum == MinimumPayment(D("0.10"), D(1))
    assert card.card_like and card.basis is planner_tools.RateBasis.CONTRACT
    us = planner_tools.preset_terms(products.load_preset("us_card"), D("1000"))
    assert us.minimum == MinimumPayment(D("0.02"), D("20"))
    loan = planner_tools.preset_terms(products.load_preset("cn_personal_loan"), D("20000"))
    assert loan.minimum.floor == annuity_payment(D("20000"), D("0.109") / 12, 12)
    assert not loan.card_like
    huabei = planner_tools.preset_terms(products.load_preset("cn_huabei"), D("1111.11"))
    assert huabei.basis is planner_tools.RateBasis.INSTALMENT_FEE
    assert huabei.annual_rate > D("0.10")  # 7.5 % for 12 periods is about 13.5 % a year


def test_feasible_budget_is_the_smallest_that_works() -> None:
    debts = _example()
    need = planner_tools.feasible_budget(debts)
    assert need == D("300.00") + D("800.00") + D("931.23")
    assert planner.compare(debts, need).recommended is not None
    short = planner.compare(debts, need - D("0.01"))
    assert short.reason is planner.RecommendationReason.BUDGET_BELOW_MINIMUMS


def test_feasible_budget_when_minimums_rise_later() -> None:
    # A minimum below the interest: the balance grows, and with it the minimum.
    debt = Debt("card", D("1000"), D("0.60"), MinimumPayment(D("0.01"), D("10")))
    need = planner_tools.feasible_budget([debt])
    assert planner.plan([debt], need, Strategy.AVALANCHE).feasible
    assert not planner.plan([debt], need - D("0.01"), Strategy.AVALANCHE).feasible
    assert need > D("10.00")


@settings(max_examples=30, deadline=None)
@given(
    balance=st.integers(100, 50000),
    apr=st.integers(0, 40),
    extra=st.integers(0, 200),
)
@example(balance=106, apr=4, extra=0)  # a balance of 35.333…: the estimate was a cent high
def test_feasible_budget_property(balance: int, apr: int, extra: int) -> None:
    debts = [
        Debt("a", D(balance), D(apr) / 100, MinimumPayment(D("0.05"), D("20"))),
        Debt("b", D(balance) / 3, D(apr + 5) / 100, MinimumPayment.fixed(D("150"))),
    ]
    need = planner_tools.feasible_budget(debts, extra=D(extra))
    for strategy in (Strategy.AVALANCHE, Strategy.SNOWBALL, Strategy.CUSTOM):
        assert planner.plan(debts, need, strategy, extra=D(extra)).feasible
    if need > 0:
        below = need - D("0.01")
        assert not all(
            planner.plan(debts, below, s, extra=D(extra)).feasible
            for s in (Strategy.AVALANCHE, Strategy.SNOWBALL, Strategy.CUSTOM)
        )


def test_negotiated_plan_lowers_the_minimum() -> None:
    debts = _example()
    budget = D("1800")
    assert planner.compare(debts, budget).recommended is None
    outcome = planner_tools.negotiated_plan(debts, budget, "card", 36)
    assert outcome.minimum_before == D("800.00")
    assert outcome.payment == D("222.22")
    assert outcome.total_fee == 0
    assert outcome.feasible
    assert outcome.feasible_budget == D("300.00") + D("222.22") + D("931.23")
    result = outcome.comparison.results[outcome.comparison.recommended]
    assert result.repaid


def test_negotiated_plan_with_a_fee_and_unknown_debt() -> None:
    debts = _example()
    outcome = planner_tools.negotiated_plan(debts, D("3000"), "card", 12, D("0.005"))
    assert outcome.total_fee == D("480.00")
    with pytest.raises(MoneyError) as caught:
        planner_tools.negotiated_plan(debts, D("3000"), "nope", 12)
    assert caught.value.code == "unknown_debt"


def test_record_month_matches_the_plan_when_paid_as_planned() -> None:
    debts = _example()
    result = planner.plan(debts, D("2500"), Strategy.AVALANCHE)
    first = result.schedule[0]
    recorded = planner_tools.record_month(debts, {row.name: row.payment for row in first.debts})
    assert [d.balance for d in recorded.debts] == [row.balance for row in first.debts]
    assert recorded.below_minimum == () and recorded.repaid == ()
    replanned = planner.plan(list(recorded.debts), D("2500"), Strategy.AVALANCHE)
    assert replanned.months == (result.months or 0) - 1


def test_record_month_underpaid_overpaid_and_repaid() -> None:
    debts = _example()
    recorded = planner_tools.record_month(
        debts, {"baitiao": D("5000"), "card": D("100"), "loan": D("931.23")}
    )
    assert recorded.repaid == ("baitiao",)
    assert recorded.overpaid == D("5000") - D("3027.25")
    assert recorded.below_minimum == ("card",)
    assert [d.name for d in recorded.debts] == ["card", "loan"]


def test_parse_debt_table_tabs_csv_and_errors() -> None:
    text = "名称\t余额\t年化利率\n白条\t3000\t10.9\t10\t0\t9\tcn_jd_baitiao\n卡\t-5\tabc\t\t\t40\n"
    rows = planner_tools.parse_debt_table(text, products.PRESET_IDS)
    assert len(rows) == 2
    assert rows[0].debt is not None and rows[0].debt.product_id == "cn_jd_baitiao"
    assert rows[0].debt.due_day == 9 and rows[0].debt.min_rate == D("0.10")
    assert dict(rows[1].errors) == {
        "balance": "must_be_positive",
        "apr": "not_a_number",
        "min_percent": "no_minimum",
        "due_day": "bad_day",
    }
    csv_rows = planner_tools.parse_debt_table('a,"1,000",18,2,20\na,5,5,0,5\nb,5,5,0,5,3,zz')
    assert csv_rows[0].debt is not None and csv_rows[0].debt.balance == D("1000")
    assert csv_rows[1].errors == (("name", "duplicate_name"),)
    assert planner_tools.parse_debt_table("b,5,5,0,5,3,zz", ["x"])[0].errors == (
        ("product", "unknown_product"),
    )


def test_percent_minimums_finish_with_the_small_balance_floor() -> None:
    terms = planner_tools.preset_terms(products.load_preset("cn_bank_card"), D("8000"))
    debt = Debt("card", D("8000"), terms.annual_rate, terms.minimum)
    assert planner.plan([debt], D("800"), Strategy.MINIMUM_ONLY).repaid


def test_overdue_cost_is_positive_for_a_card() -> None:
    sim = planner_tools.overdue_cost(products.load_preset("cn_bank_card"), D("8000"), (2026, 1))
    assert sim.extra_cost > 0


def test_read_debt_is_the_one_rule_for_typed_and_imported_debts() -> None:
    debt, problems = planner_tools.read_debt(
        {"name": "card", "balance": "8,000", "apr": "18.25", "min_percent": "10"}
    )
    assert problems == () and debt is not None and debt.annual_rate == D("0.1825")
    assert debt.due_day == planner_tools.DEFAULT_DUE_DAY
    _, problems = planner_tools.read_debt(
        {
            "name": "",
            "balance": "1e11",
            "apr": "1001",
            "min_percent": "101",
            "min_floor": "-1",
            "due_day": "29",
        }
    )
    assert dict(problems) == {
        "name": "missing",
        "balance": "too_large",
        "apr": "rate_too_high",
        "min_percent": "min_too_high",
        "min_floor": "must_not_be_negative",
        "due_day": "bad_day",
    }


@pytest.mark.parametrize("day", ["²", "٣", "１２", "9" * 5000, "007", "0", "+3"])
def test_a_due_day_is_one_or_two_ascii_digits_from_1_to_28(day: str) -> None:
    # "²".isdigit() is true but int("²") raised, "٣" read silently as 3, and a 5,000-digit day
    # hit Python's integer-string limit: each is refused with the row's code instead.
    _, problems = planner_tools.read_debt(
        {"name": "card", "balance": "100", "apr": "18", "min_percent": "10", "due_day": day}
    )
    assert dict(problems) == {"due_day": "bad_day"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2,5", "ambiguous_comma"),
        ("1,0,0,0", "bad_grouping"),
        ("10²", "not_ascii_digits"),
        ("1" * 65, "number_too_long"),
        ("abc", "not_a_number"),
    ],
)
def test_a_bad_number_in_a_debt_says_why_as_every_field_does(text: str, code: str) -> None:
    """A balance of ``2,5`` is refused as the calculator refuses it (``ambiguous_comma``), not
    as an anonymous ``not_a_number``: one number rule, one code, everywhere."""
    _, problems = planner_tools.read_debt(
        {"name": "card", "balance": text, "apr": text, "min_percent": "10"}
    )
    assert dict(problems) == {"balance": code, "apr": code}


_CELL = st.one_of(
    st.sampled_from(["", " ", "0", "-1", "10", "28", "29", "101", "1001", "1e11", "2,5", "10²"]),
    st.text(alphabet="0123456789,.-e%²", max_size=8),
)


@settings(max_examples=300, deadline=None)
@given(
    st.fixed_dictionaries(
        {"name": st.sampled_from(["", "card"])}
        | dict.fromkeys(("balance", "apr", "min_percent", "min_floor", "due_day"), _CELL)
    )
)
def test_the_debt_form_and_the_debt_table_are_one_rule(cells: dict[str, str]) -> None:
    """``forms.validate_debt_row`` (a debt as a form) gives the same value or the same code per
    field as ``planner_tools.read_debt`` (a debt typed in the table, pasted or imported)."""
    debt, problems = planner_tools.read_debt(cells)
    form = forms.validate_debt_row(**cells)
    assert {(e.field, e.code) for e in form.errors} == set(problems)
    if debt is not None:
        assert form.ok
        assert form.values == {
            "balance": debt.balance,
            "apr": debt.annual_rate,
            "min_percent": debt.min_rate,
            "min_floor": debt.min_floor,
            "due_day": debt.due_day,
        }
