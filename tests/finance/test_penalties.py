"""Late charges against the published examples (credit-rules.md §1, §3, §5.3), to the cent."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from duewise.finance import penalties, products
from duewise.finance.money import MoneyError
from strategies import money

D = Decimal


def test_jd_example_a_350() -> None:
    # 1,000 yuan, 5 days late, 0.07 %/day (credit-rules §1 (a), §7 #11)
    assert penalties.daily_simple_penalty(D("1000"), 5, D("0.0007"), D("0.01")) == D("3.50")


def test_jd_example_b_355_base_is_whole_order_plus_fees() -> None:
    # (1000 + 1000 × 0.5 % × 3) × 0.07 % × 5 = 3.55 (credit-rules §1 (b))
    jd = products.load_preset("cn_jd_baitiao")
    charge = penalties.late_charge(jd, D("1000"), 5, instalment_fees=D("15"))
    assert charge.penalty == D("3.55")
    assert charge.base == D("1015")


def test_jd_daily_minimum_is_one_fen() -> None:
    assert penalties.daily_simple_penalty(D("1"), 3, D("0.0007"), D("0.01")) == D("0.03")


def test_jd_older_rate_as_a_parameter() -> None:
    jd = products.load_preset("cn_jd_baitiao")
    assert penalties.late_charge(jd, D("1000"), 5, daily_rate=D("0.0005")).penalty == D("2.50")


def test_huabei_simple() -> None:
    hb = products.load_preset("cn_huabei")
    assert penalties.late_charge(hb, D("2000"), 10).penalty == D("10.00")


@pytest.mark.parametrize(
    ("unpaid_minimum", "consecutive", "expected"),
    [
        (D("100"), 1, D("30.00")),  # 5 % = 5 → minimum ¥30
        (D("1000"), 1, D("50.00")),  # 5 %
        (D("1000"), 2, D("60.00")),  # 6 % from the 2nd consecutive miss
        (D("0"), 1, D("0.00")),
    ],
)
def test_card_weiyuejin(unpaid_minimum: Decimal, consecutive: int, expected: Decimal) -> None:
    assert penalties.card_late_fee(unpaid_minimum, consecutive) == expected


def test_card_late_charge_and_interest() -> None:
    card = products.load_preset("cn_bank_card")
    c = penalties.late_charge(card, D("1000"), 5)
    assert c.penalty == D("30.00")  # 5 % of the 100 minimum is 5 → ¥30
    # nothing repaid: 1000 × 0.05 % × (25 days to the due date + 5 late)
    assert c.interest == D("15.00")


def test_full_vs_unpaid_part_grace_loss() -> None:
    full = penalties.grace_loss_interest(
        D("1000"), D("900"), 25, D("0.0005"), products.InterestMethod.FULL
    )
    part = penalties.grace_loss_interest(
        D("1000"), D("900"), 25, D("0.0005"), products.InterestMethod.UNPAID_PART
    )
    assert (full, part) == (D("12.50"), D("1.25"))
    none = penalties.grace_loss_interest(
        D("1000"), D("1000"), 25, D("0.0005"), products.InterestMethod.FULL
    )
    assert none == D("0.00")


def test_us_late_fee_first_repeat_and_cap() -> None:
    assert penalties.us_late_fee(D("100"), repeat=False) == D("32.00")
    assert penalties.us_late_fee(D("100"), repeat=True) == D("43.00")
    assert penalties.us_late_fee(D("20"), repeat=False) == D("20.00")


def test_penalty_apr_trigger_and_cure() -> None:
    state = penalties.PenaltyAprState()
    state = state.step(days_past_due=45, paid_on_time=False)
    assert not state.active
    state = state.step(days_past_due=61, paid_on_time=False)
    assert state.active
    for _ in range(5):
        state = state.step(days_past_due=0, paid_on_time=True)
        assert state.active
    state = state.step(days_past_due=0, paid_on_time=True)
    assert not state.active


def test_loan_penalty_interest() -> None:
    # 10,000 overdue, 10 days, 10 % × 1.5 / 365
    assert penalties.loan_penalty_interest(D("10000"), 10, D("0.10"), D("1.5")) == D("41.10")


def test_within_grace_nothing_is_charged() -> None:
    us_mortgage = products.load_preset("us_mortgage")
    assert penalties.late_charge(us_mortgage, D("1854.02"), 10).total == D("0.00")
    assert penalties.late_charge(us_mortgage, D("1854.02"), 16).penalty == D("92.70")


def test_bad_input_names_the_parameter() -> None:
    jd = products.load_preset("cn_jd_baitiao")
    with pytest.raises(MoneyError) as info:
        penalties.late_charge(jd, D("-1"), 5)
    assert info.value.params["param"] == "amount"
    with pytest.raises(MoneyError) as info:
        penalties.late_charge(jd, D("100"), -1)
    assert info.value.params["param"] == "days_late"


@given(base=money(max_cents=100_000_000), days=st.integers(0, 400), more=st.integers(1, 30))
def test_daily_penalty_is_simple_and_monotonic(base: Decimal, days: int, more: int) -> None:
    rate = D("0.0007")
    p1 = penalties.daily_simple_penalty(base, days, rate, D("0.01"))
    p2 = penalties.daily_simple_penalty(base, days + more, rate, D("0.01"))
    assert D(0) <= p1 <= p2
    # simple: never more than base × rate × days (+ the 0.01 floor and half a cent)
    assert p1 <= max(base * rate, D("0.01")) * days + D("0.005")


def test_handle_late_strings() -> None:
    out = penalties.handle_late({"product": "cn_jd_baitiao", "amount": "1000", "days_late": "5"})
    assert out["penalty"] == "3.50"
    out = penalties.handle_late(
        {"product": "cn_jd_baitiao", "amount": "1000", "days_late": 5, "instalment_fees": "15"}
    )
    assert out["penalty"] == "3.55"
    with pytest.raises(MoneyError) as info:
        penalties.handle_late({"product": "cn_jd_baitiao", "amount": "1000", "days": 5})
    assert info.value.params["param"] == "days"
