"""The way out, side by side (issue #18): golden figures from the story, CLI shape, properties."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duewise import cli
from duewise.finance import missed, products, remedies
from duewise.finance.money import MoneyError, charge
from duewise.finance.remedies import Reason, Remedy, SettlementKind

D = Decimal
JD = products.load_preset("cn_jd_baitiao")


def _calc(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        status = cli.main(["calc", *args])
    return status, out.getvalue(), err.getvalue()


# --- the story: ¥3,000 of Baitiao, three cycles missed ------------------------------------------

STORY = ["remedies", "--product", "cn_jd_baitiao", "--balance", "3000", "--missed", "3",
         "--start", "2025-01", "--json"]  # fmt: skip


@pytest.fixture(scope="module")
def story() -> dict[str, object]:
    status, out, err = _calc(STORY)
    assert (status, err) == (0, "")
    result = json.loads(out)
    assert isinstance(result, dict)
    return result


def _remedy(result: dict[str, object], name: str) -> dict[str, object]:
    items = result["remedies"]
    assert isinstance(items, list)
    return next(item for item in items if item["name"] == name)


def test_story_json_has_the_public_shape(story: dict[str, object]) -> None:
    assert [r["name"] for r in story["remedies"]] == [  # type: ignore[union-attr]
        "repay-now", "negotiate", "minimum", "keep-missing"
    ]  # fmt: skip
    for item in story["remedies"]:  # type: ignore[union-attr]
        assert {"name", "total_cost", "extra_cost", "record", "visible_until", "flags"} <= set(item)
        assert isinstance(item["total_cost"], str) and isinstance(item["extra_cost"], str)
        assert all(set(m) == {"month", "code"} for m in item["record"])
        assert isinstance(item["flags"], list)
    assert story["recommended"] == "repay-now"
    assert story["reason"] == "same_cost_debt_free_sooner"


def test_story_repay_now(story: dict[str, object]) -> None:
    """Penalty: 3,000 × 0.07 % × 90 days (10 Jan → 10 Apr) = 189.00; record 1 2 3 C."""
    item = _remedy(story, "repay-now")
    assert charge(D("3000"), D("0.0007"), times=31 + 28 + 31) == D("189.00")
    assert (item["total_cost"], item["extra_cost"]) == ("3189.00", "189.00")
    assert "".join(m["code"] for m in item["record"]) == "123C"
    assert item["record"][0] == {"month": "2025-01", "code": "1"}
    assert item["visible_until"] == "2030-04-10"  # 5 years after it was repaid (Art. 16)
    assert item["flags"] == ["lian_san"]  # three months in a row: still in the 24-month window
    assert item["settlement"]["kind"] == "paid" and item["settlement"]["paid_on"] == "2025-04-10"
    assert item["next_loan"]["outcome"] == "likely_refused"


def test_story_negotiate_is_in_a_plan_not_paid_when_agreed(story: dict[str, object]) -> None:
    item = _remedy(story, "negotiate")
    assert item["extra_cost"] == "189.00"  # no fee in the agreement: penalties stop at the plan
    assert "".join(m["code"] for m in item["record"]) == "123" + "N" * 11 + "C"
    assert item["first_payment"] == "265.75"  # 3,189 / 12
    s = item["settlement"]
    assert (s["delinquency_ended"], s["plan_from"], s["plan_until"]) == (
        "2025-04-10", "2025-04-10", "2026-03-10"
    )  # fmt: skip
    assert item["visible_until"] == "2030-04-10"


def test_story_keep_missing(story: dict[str, object]) -> None:
    item = _remedy(story, "keep-missing")
    days = (date(2029, 12, 10) - date(2025, 1, 10)).days  # to the 60th due date
    assert item["extra_cost"] == str(charge(D("3000"), D("0.0007"), times=days)) == "3769.50"
    codes = [m["code"] for m in item["record"]]
    assert codes[:7] == ["1", "2", "3", "4", "5", "6", "7"] and set(codes[7:]) == {"7"}
    assert item["visible_until"] is None and item["still_worsening"] is True
    assert {"currently_overdue", "lian_san", "lei_liu", "never_settled"} <= set(item["flags"])
    assert item["settlement"]["kind"] == "unpaid"


def test_story_readable_table() -> None:
    status, out, _ = _calc(STORY[:-1])
    assert status == 0
    assert "repay-now     3189.00  189.00   1 2 3 C" in out
    assert out.strip().endswith("(it costs no more than the others and is done soonest)")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--negotiate-months", "61"], "--negotiate-months must be at most 60"),
        (["--negotiate-months", "0"], "--negotiate-months must be a whole number ≥ 1"),
        (["--horizon", "3"], "--horizon must be a whole number ≥ 4"),
        (["--horizon", "601"], "--horizon must be at most 600"),
    ],
)
def test_bad_remedy_options(args: list[str], needle: str) -> None:
    status, out, err = _calc([*STORY, *args])
    assert (status, out) == (2, "")
    assert err.strip().splitlines() == [f"duewise calc remedies: {needle}"]


def test_start_is_required() -> None:
    status, _, err = _calc([*STORY[:7], "--json"])
    assert status == 2 and err.strip() == "duewise calc remedies: --start is required"


# --- the engine ----------------------------------------------------------------------------------


def test_a_negotiation_fee_is_charged_as_the_agreement_says() -> None:
    c = remedies.compare(JD, D("3000"), 3, (2025, 1), negotiate_monthly_fee_rate=D("0.005"))
    plan = c.outcome(Remedy.NEGOTIATE)
    assert plan.split.fees == charge(D("3189"), D("0.005")) * 12
    assert plan.extra_cost == D("189.00") + plan.split.fees
    # 白条's minimum is the whole statement, so "minimum" ties with repaying now.
    assert c.recommended is Remedy.REPAY_NOW and c.reason is Reason.SAME_COST_DEBT_FREE_SOONER
    card = products.load_preset("cn_bank_card")
    c = remedies.compare(card, D("3000"), 3, (2025, 1), negotiate_monthly_fee_rate=D("0.005"))
    assert (c.recommended, c.reason) == (Remedy.REPAY_NOW, Reason.LOWEST_TOTAL_COST)


def test_a_budget_below_the_lump_sum_recommends_the_plan() -> None:
    c = remedies.compare(JD, D("3000"), 3, (2025, 1), monthly_budget=D("300"))
    assert (c.recommended, c.reason) == (Remedy.NEGOTIATE, Reason.REPAY_NOW_UNAFFORDABLE)
    c = remedies.compare(JD, D("3000"), 3, (2025, 1), monthly_budget=D("100"))
    assert (c.recommended, c.reason) == (Remedy.NEGOTIATE, Reason.NOTHING_AFFORDABLE)


def test_a_plan_still_running_at_the_horizon_is_in_a_plan_until_its_last_month() -> None:
    scenario = missed.parse_scenario("miss:3 then negotiate:12")
    sim = missed.simulate(JD, D("3000"), (2025, 1), scenario, cycles=12)
    s = remedies.settlement(sim)
    assert s.kind is SettlementKind.IN_PLAN and s.paid_on is None
    assert s.plan_until == date(2026, 3, 10) and s.delinquency_ended == date(2025, 4, 10)
    loan = products.load_preset("cn_car_loan")
    sim = missed.simulate(
        loan, D("80000"), (2025, 1), missed.parse_scenario("miss:2 then negotiate:6")
    )
    s = remedies.settlement(sim)
    # The loan goes on after the plan: paid with its last instalment, the plan ended months before.
    assert s.kind is SettlementKind.PAID and s.plan_until is not None and s.paid_on is not None
    assert s.plan_until < s.paid_on


def test_also_missing_huabei_next_month_adds_a_second_record() -> None:
    huabei = products.load_preset("cn_huabei")
    alone = remedies.compare(JD, D("3000"), 1, (2025, 1))
    both = remedies.compare(
        JD, D("3000"), 1, (2025, 1), also_missed=remedies.SecondAccount(huabei, D("2000"))
    )
    second = both.second_account
    assert second is not None and second.extra_cost > 0
    assert [m.code for m in second.record.months][:2] == ["1", "C"]
    repay_alone, repay_both = alone.outcome(Remedy.REPAY_NOW), both.outcome(Remedy.REPAY_NOW)
    assert repay_both.combined_record is not None
    combined = [m.code for m in repay_both.combined_record.months]
    assert combined[:2] == ["1", "1"]  # January on Baitiao, February on Huabei
    assert "".join(m.code for m in repay_alone.record.months[:2]) == "1C"
    # One late month is usually tolerated; two on the report are a visible delinquency.
    assert repay_alone.next_loan.outcome.value == "approve"
    assert repay_both.next_loan.outcome.value != "approve"


def test_bad_engine_inputs_name_the_parameter() -> None:
    with pytest.raises(MoneyError) as info:
        remedies.compare(JD, D("3000"), 3, (2025, 1), negotiate_months=61)
    assert info.value.params["param"] == "negotiate_months"
    with pytest.raises(MoneyError) as info:
        remedies.compare(JD, D("3000"), 3, (2025, 1), horizon=3)
    assert info.value.params["param"] == "horizon"


PRESETS = [products.load_preset(pid) for pid in products.PRESET_IDS]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(PRESETS),
    st.integers(100_00, 50_000_00).map(lambda c: Decimal(c).scaleb(-2)),
    st.integers(1, 6),
    st.integers(1, 36),
)
def test_remedy_properties(
    product: products.Product, balance: Decimal, missed_cycles: int, months: int
) -> None:
    try:
        c = remedies.compare(product, balance, missed_cycles, (2025, 3), negotiate_months=months)
    except MoneyError as error:  # a loan too small for its term
        assert error.code == "instalment_repays_nothing"
        return
    by = {o.remedy: o for o in c.outcomes}
    repay, plan, minimum, keep = (by[r] for r in Remedy)
    # Same horizon, same on-time baseline for every remedy.
    assert {len(o.simulation.baseline_rows) for o in c.outcomes} == {
        len(repay.simulation.baseline_rows)
    }
    assert len({o.total_cost - o.extra_cost for o in c.outcomes}) == 1
    # Repaying now never costs more than keeping on missing, and never more than the minimum.
    assert repay.total_cost <= keep.total_cost
    assert repay.total_cost <= minimum.total_cost
    # Without a fee, a negotiated plan stops every charge: it costs what repaying now costs.
    assert plan.extra_cost == repay.extra_cost
    # Nobody pays less than on time, and the split adds up to the extra cost.
    for o in c.outcomes:
        assert o.extra_cost >= 0
        s = o.extra_split
        assert s.penalties + s.interest + s.interest_on_interest + s.fees == o.extra_cost
    # The record of keeping on missing is never shorter or better.
    assert keep.months_until_stable is None or keep.months_until_stable >= (
        repay.months_until_stable or 0
    )
    if not product.is_us:
        assert keep.visible_until is None  # still unpaid: never expires
    assert c.recommended is not Remedy.KEEP_MISSING
