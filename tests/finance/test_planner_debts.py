"""The domain halves of the planner-page bugs of issue #14 (a)–(c): each fails before its fix."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duewise.finance import disclosure, planner, planner_debts, planner_tools, products
from duewise.finance.money import charge
from duewise.finance.schedules import MinimumPayment
from strategies import annual_rates, money

D = Decimal


# --- (a) a custom-terms instalment debt is simulated as an instalment loan ------------------------


def test_custom_car_loan_is_simulated_as_an_instalment_loan() -> None:
    """¥80,000 at 4.5 % paying ¥2,400: one missed instalment costs its 罚息, not ¥2,640."""
    car = planner.Debt("car", D("80000"), D("0.045"), MinimumPayment.fixed(D("2400")))
    setup = planner_debts.missed_payment_setup(car, None, "CNY")
    assert setup.is_instalment_loan and setup.base_id == "cn_personal_loan"
    assert setup.product.annual_rate == D("0.045") and setup.product.term_months == 36
    assert setup.product.penalty_rate_multiplier == D("1.5")
    sim = setup.simulate((2025, 1))
    missed_row, catch_up = sim.rows[0], sim.rows[1]
    instalment = sim.baseline_rows[0].minimum_due
    assert instalment <= D("2400") and missed_row.minimum_due == instalment
    days = (catch_up.due_date - missed_row.due_date).days
    assert sim.extra_cost == charge(instalment, D("0.045"), per=365, times=D("1.5") * days)
    assert sim.extra_cost < 20  # the old card simulation said about 2,640
    assert setup.calculator_params == {
        "product": "cn_personal_loan",
        "amount": "80000",
        "scenario": "miss:1",
        "then": "catch-up",
        "terms": {"annual_rate": "4.5", "term_months": "36"},
    }


def test_custom_percentage_minimum_is_a_card_with_its_own_terms() -> None:
    card = planner.Debt("c", D("8000"), D("0.20"), MinimumPayment(D("0.05"), D("100")))
    setup = planner_debts.missed_payment_setup(card, None, "CNY")
    assert setup.product.kind is products.ProductKind.CARD and not setup.is_instalment_loan
    assert setup.product.annual_rate == D("0.20")
    assert setup.product.daily_rate == D("0.20") / 365
    assert setup.product.minimum_payment_rate == D("0.05")
    us = planner_debts.missed_payment_setup(card, None, "USD")
    assert us.base_id == "us_card" and us.product.currency is products.Currency.USD


def test_a_preset_debt_is_simulated_on_its_preset() -> None:
    preset = products.load_preset("cn_jd_baitiao")
    debt = planner_tools.preset_terms(preset, D("3000")).debt("jd", D("3000"))
    setup = planner_debts.missed_payment_setup(debt, preset, "CNY")
    assert setup.product is preset and setup.terms == {}
    assert "terms" not in setup.calculator_params


def test_a_payment_below_the_interest_is_refused() -> None:
    debt = planner.Debt("x", D("100000"), D("0.24"), MinimumPayment.fixed(D("1000")))
    with pytest.raises(planner_debts.MoneyError) as info:
        planner_debts.missed_payment_setup(debt, None, "CNY")
    assert (info.value.code, info.value.params["param"]) == ("payment_below_interest", "min_floor")


@settings(max_examples=60, deadline=None)
@given(money(1_000_00, 500_000_00), annual_rates(2400), st.integers(6, 120))
def test_term_for_payment_is_the_fewest_months(balance: Decimal, apr: Decimal, n: int) -> None:
    from duewise.finance import schedules

    payment = schedules.annuity_payment(balance, apr / 12, n)
    months = planner_debts.term_for_payment(balance, apr, payment)
    assert months is not None and months <= n
    assert schedules.annuity_payment(balance, apr / 12, months) <= payment
    if months > 1:
        assert schedules.annuity_payment(balance, apr / 12, months - 1) > payment


# --- (b) 花呗: no interest in a month paid in full; a warning box only where it is true -----------


def test_huabei_paid_in_full_costs_no_interest() -> None:
    huabei = products.load_preset("cn_huabei")
    terms = planner_tools.preset_terms(huabei, D("3000"))
    assert terms.minimum.rate == 1 and terms.annual_rate > D("0.13")  # 100 % minimum, 13.57 %
    assert terms.interest_free_if_paid
    debt = terms.debt("huabei", D("3000"))
    for strategy in planner.Strategy:
        result = planner.plan([debt], D("3000"), strategy)
        assert result.repaid and result.months == 1
        assert result.total_interest == 0 and result.total_paid == D("3000")


def test_a_bnpl_balance_carried_on_is_still_priced() -> None:
    jd = products.load_preset("cn_jd_baitiao")
    debt = planner_tools.preset_terms(jd, D("3000")).debt("jd", D("3000"))
    carried = planner.plan([debt], D("300"), planner.Strategy.AVALANCHE)
    assert carried.schedule[0].interest > 0  # 10 % paid: the rest is carried at the 分期 rate
    full = planner.plan([debt], D("3000"), planner.Strategy.AVALANCHE)
    assert full.total_interest == 0  # the extra money pays the statement in full: no interest
    # The same debt without the flag would have paid a month's interest.
    plain = planner.Debt("jd", D("3000"), debt.annual_rate, debt.minimum)
    assert planner.plan([plain], D("3000"), planner.Strategy.AVALANCHE).total_interest > 0


def test_no_warning_box_for_huabei_or_a_minimum_that_is_faster_and_cheaper() -> None:
    huabei = products.load_preset("cn_huabei")
    debt = planner_tools.preset_terms(huabei, D("3000")).debt("huabei", D("3000"))
    assert planner_debts.minimum_payment_warning(debt) is None
    # 3 months on minimums at ¥1,517 vs a 36-month plan at ¥1,834: no box recommending the plan.
    quick = planner.Debt("q", D("1500"), D("0.1357"), MinimumPayment(D("0.34"), D("10")))
    info = disclosure.minimum_payment_disclosure(D("1500"), D("0.1357"), D("0.34"), D("10"))
    assert info.months is not None and info.months <= 36
    assert planner_debts.minimum_payment_warning(quick) is None
    loan = planner.Debt("l", D("20000"), D("0.10"), MinimumPayment.fixed(D("931.23")))
    assert planner_debts.minimum_payment_warning(loan) is None


def test_warning_box_with_whole_years_and_months() -> None:
    card = planner.Debt("c", D("1000"), D("0.18"), MinimumPayment(D("0.02"), D("20")))
    w = planner_debts.minimum_payment_warning(card)
    assert w is not None and not w.never_repaid
    assert (w.months, w.years, w.extra_months, w.years_rounded) == (94, 7, 10, 8)
    assert not w.in_months and w.months_longer == 58
    assert w.extra_cost == D("1862.18") - D("1301.40")
    never = planner.Debt("n", D("1000"), D("0.30"), MinimumPayment(D("0.02"), D("0")))
    w = planner_debts.minimum_payment_warning(never)
    assert w is not None and w.never_repaid and w.months is None


@settings(max_examples=60, deadline=None)
@given(
    money(100_00, 50_000_00),
    annual_rates(3600),
    st.sampled_from(["0.01", "0.02", "0.03", "0.05", "0.1", "0.3"]).map(D),
    st.sampled_from(["0", "20", "50"]).map(D),
)
def test_a_box_is_shown_only_where_minimums_take_longer_and_cost_more(
    balance: Decimal, apr: Decimal, rate: Decimal, floor: Decimal
) -> None:
    w = planner_debts.minimum_payment_warning(
        planner.Debt("d", balance, apr, MinimumPayment(rate, floor))
    )
    info = disclosure.minimum_payment_disclosure(balance, apr, rate, floor)
    if not info.repaid:
        assert w is not None and w.never_repaid
        return
    assert info.months is not None and info.total_minimum is not None
    shown = info.months > 36 and info.total_minimum > info.total_36
    assert (w is not None) == shown
    if w is not None:
        assert w.years is not None and w.extra_months is not None
        assert w.years * 12 + w.extra_months == w.months
        assert w.years_rounded == info.years_shown >= 3


# --- (c) a card payment below the minimum adds the product's 违约金 ------------------------------


def test_recording_a_card_payment_below_the_minimum_adds_the_late_fee() -> None:
    card = products.load_preset("cn_bank_card")
    debt = planner_tools.preset_terms(card, D("10000")).debt("card", D("10000"))
    recorded = planner_tools.record_month([debt], {"card": D("500")}, {"card": card})
    assert recorded.below_minimum == ("card",)
    interest = charge(D("10000"), card.annual_rate, per=12)
    minimum = max(charge(D("10000"), D("0.10")), D("1"))  # 10 % of the balance carried in
    fee = max(charge(minimum - D("500"), D("0.05")), D("30"))  # CGB: 5 % of the unpaid minimum
    assert recorded.late_charges == {"card": fee}
    assert recorded.debts[0].balance == D("10000") + interest - D("500") + fee


@pytest.mark.parametrize(
    ("preset_id", "expected"),
    [
        ("us_card", D("32")),  # the safe-harbor first late fee
        ("cn_jd_baitiao", None),  # daily 违约金 on the unpaid amount for 30 days
        ("cn_car_loan", None),  # 罚息 on the unpaid instalment for 30 days
    ],
)
def test_every_product_kind_charges_its_own_late_rule(
    preset_id: str, expected: Decimal | None
) -> None:
    product = products.load_preset(preset_id)
    debt = planner_tools.preset_terms(product, D("5000")).debt("d", D("5000"))
    recorded = planner_tools.record_month([debt], {"d": D("0")}, {"d": product})
    fee = recorded.late_charges["d"]
    assert fee > 0
    if expected is not None:
        assert fee == expected
    # Without the product the rules are unknown: the month is overdue but no fee is invented.
    assert planner_tools.record_month([debt], {"d": D("0")}).late_charges == {}
