"""Missed-payment simulation: golden runs, the scenario grammar, and properties."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duewise.cli import main
from duewise.finance import missed, products
from duewise.finance.missed import Action, After
from duewise.finance.money import MoneyError
from strategies import money

D = Decimal
PRESETS = {pid: products.load_preset(pid) for pid in products.PRESET_IDS}
REVOLVING = ["cn_jd_baitiao", "cn_huabei", "cn_bank_card", "us_card"]
LOANS = ["cn_personal_loan", "us_mortgage"]


def sim(pid: str, scenario: str, amount: str = "1000") -> missed.Simulation:
    return missed.simulate(PRESETS[pid], D(amount), (2025, 1), missed.parse_scenario(scenario))


# --- the grammar ---------------------------------------------------------------------------


def test_parse_steps_and_then() -> None:
    s = missed.parse_scenario("on-time:2, miss:2 partial:300 then negotiate:6")
    assert [a.action for a in s.actions] == [
        Action.PAY_FULL,
        Action.PAY_FULL,
        Action.PAY_NOTHING,
        Action.PAY_NOTHING,
        Action.PAY_AMOUNT,
    ]
    assert s.actions[-1].amount == D("300.00")
    assert (s.then, s.negotiate_months) == (After.NEGOTIATE, 6)


def test_parse_then_given_separately_like_a_lesson_block() -> None:
    s = missed.parse_scenario("miss:1", then="negotiate")
    assert s == missed.parse_scenario("miss:1 then negotiate")


def test_parse_defaults_and_repeat() -> None:
    assert missed.parse_scenario("miss").actions == (missed.CycleAction(Action.PAY_NOTHING),)
    assert missed.parse_scenario("miss").then is After.CATCH_UP
    minimum_only = missed.parse_scenario("minimum")
    assert minimum_only.actions == () and minimum_only.repeat == missed.CycleAction(
        Action.PAY_MINIMUM
    )
    assert missed.parse_scenario("on-time:2 minimum:*").repeat is not None


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "skip",
        "miss:0",
        "miss:x",
        "partial",
        "partial:abc",
        "miss:2 then later",
        "minimum:* miss",
    ],
)
def test_parse_rejects(bad: str) -> None:
    with pytest.raises(MoneyError) as info:
        missed.parse_scenario(bad)
    assert info.value.code == "bad_scenario" and info.value.params["param"] == "scenario"


# --- golden runs ---------------------------------------------------------------------------


def test_baitiao_miss_one_cycle() -> None:
    run = sim("cn_jd_baitiao", "miss:1")
    # due 2025-01-10, paid 2025-02-10: 31 days × 1000 × 0.07 %
    assert [r.due_date.isoformat() for r in run.rows] == ["2025-01-10", "2025-02-10"]
    assert run.rows[1].penalty == D("21.70")
    assert run.extra_cost == D("21.70")
    assert run.on_time_total == D("1000.00")


def test_baitiao_miss_three_never_charges_penalty_on_penalty() -> None:
    run = sim("cn_jd_baitiao", "miss:3 then catch-up")
    days = [(b.due_date - a.due_date).days for a, b in zip(run.rows, run.rows[1:], strict=False)]
    assert days == [31, 28, 31]
    assert [r.penalty for r in run.rows] == [D("0"), D("21.70"), D("19.60"), D("21.70")]
    assert run.totals.penalties == D("63.00")
    assert [r.days_past_due for r in run.rows] == [22, 50, 81, 0]
    assert [r.cycles_missed for r in run.rows] == [1, 2, 3, 0]


def test_card_miss_one_full_interest_and_weiyuejin() -> None:
    run = sim("cn_bank_card", "miss:1")
    first, second = run.rows
    assert first.penalty == D("30.00")  # 违约金: 5 % of the 100 minimum → ¥30
    # 全额罚息: 1000 × 0.05 % × 25 days (posting → due) + 1000 × 0.05 % × 31 days
    assert second.interest == D("28.00")
    assert second.interest_on_interest == D("0.00")
    assert run.extra_cost == D("58.00")


def test_card_interest_on_interest_appears_when_interest_is_unpaid() -> None:
    run = sim("cn_bank_card", "miss:3")
    assert run.rows[2].interest_on_interest > 0
    assert run.totals.interest_on_interest > 0
    # 违约金 is never charged interest: the 6 % after two consecutive misses, never compounded
    assert run.rows[1].penalty == D("30.00") and run.rows[2].penalty == D("30.00")


def test_full_interest_costs_more_than_unpaid_part() -> None:
    card = PRESETS["cn_bank_card"]
    part = products.with_terms(card, interest_method="unpaid_part")
    scen = missed.parse_scenario("partial:900 then catch-up")
    full_run = missed.simulate(card, D("1000"), (2025, 1), scen)
    part_run = missed.simulate(part, D("1000"), (2025, 1), scen)
    assert full_run.totals.interest > part_run.totals.interest
    assert full_run.rows[1].interest - part_run.rows[1].interest == D("11.25")  # 900 × 0.05 % × 25


def test_us_card_late_fees_and_penalty_apr() -> None:
    run = sim("us_card", "miss:3 then keep-missing", amount="5000")
    fees = [r.penalty for r in run.rows[:3]]
    assert fees == [D("32.00"), D("43.00"), D("43.00")]  # $43 for a repeat within 6 cycles
    small = sim("us_card", "miss:1", amount="1000")
    assert small.rows[0].penalty == D("20.00")  # capped at the $20 minimum due
    assert not run.rows[1].penalty_apr_active
    assert run.rows[2].penalty_apr_active  # more than 60 days late


def test_us_penalty_apr_cured_after_six_on_time() -> None:
    run = sim("us_card", "miss:3 minimum:7", amount="5000")
    active = [r.penalty_apr_active for r in run.rows[:10]]
    # on from the 3rd miss (> 60 days late); off after the 6th on-time minimum (rows 3–8)
    assert active == [False, False, True, True, True, True, True, True, False, False]


def test_negotiate_stops_penalties() -> None:
    run = sim("cn_jd_baitiao", "miss:2 then negotiate:6")
    plan_rows = [r for r in run.rows if r.in_plan]
    assert len(plan_rows) == 6
    assert all(r.penalty == 0 and not r.missed for r in plan_rows[1:])
    assert run.finished


def test_keep_missing_runs_to_the_cap_and_counts_what_is_owed() -> None:
    run = sim("cn_huabei", "miss:1 then keep-missing")
    assert len(run.rows) == missed.DEFAULT_CYCLES and not run.finished
    assert run.totals.owed_at_end == run.rows[-1].closing
    assert run.scenario_total == run.totals.paid + run.totals.owed_at_end


def test_loan_missed_instalments() -> None:
    run = sim("cn_personal_loan", "miss:2 then catch-up", amount="100000")
    instalment = run.baseline_rows[0].payment
    assert run.rows[2].payment == 3 * instalment + run.totals.penalties  # catch-up pays all
    assert run.totals.interest == run.baseline_totals.interest
    assert run.extra_cost == run.totals.penalties > 0
    assert [r.missed for r in run.rows[:3]] == [True, True, False]


# --- identities and properties -------------------------------------------------------------


@pytest.mark.parametrize("pid", list(products.PRESET_IDS))
@pytest.mark.parametrize(
    "scenario", ["miss:3 then catch-up", "minimum", "partial:50 miss:1 then negotiate:3"]
)
def test_rows_add_up(pid: str, scenario: str) -> None:
    run = sim(pid, scenario, amount="20000")
    missed._check_sequence(run.rows)
    missed._check_sequence(run.baseline_rows)
    t = run.totals
    assert t.total == t.paid + t.owed_at_end
    assert run.baseline_totals.owed_at_end == 0


steps = st.lists(
    st.one_of(
        st.just("on-time"),
        st.just("minimum"),
        st.integers(1, 4).map(lambda n: f"miss:{n}"),
        st.integers(1, 900).map(lambda n: f"partial:{n}"),
    ),
    min_size=1,
    max_size=5,
)
thens = st.sampled_from(["catch-up", "keep-missing", "negotiate:6"])


@settings(max_examples=40, deadline=None)
@given(
    pid=st.sampled_from(REVOLVING + LOANS),
    amount=money(min_cents=100_00, max_cents=50_000_00),
    parts=steps,
    then=thens,
)
def test_missing_never_costs_less_and_owed_never_negative(
    pid: str, amount: Decimal, parts: list[str], then: str
) -> None:
    run = missed.simulate(
        PRESETS[pid],
        amount,
        (2025, 3),
        missed.parse_scenario(" ".join(parts) + " then " + then),
        cycles=36,
    )
    assert run.extra_cost >= 0
    assert all(r.closing >= 0 and r.opening >= 0 for r in run.rows)
    assert all(r.payment >= 0 for r in run.rows)


@settings(max_examples=30, deadline=None)
@given(
    pid=st.sampled_from(REVOLVING + LOANS),
    amount=money(min_cents=100_00, max_cents=50_000_00),
    n=st.integers(1, 8),
    then=thens,
)
def test_more_missed_cycles_never_cost_less(pid: str, amount: Decimal, n: int, then: str) -> None:
    fewer = missed.simulate(
        PRESETS[pid], amount, (2025, 1), missed.parse_scenario(f"miss:{n} then {then}"), cycles=30
    )
    more = missed.simulate(
        PRESETS[pid],
        amount,
        (2025, 1),
        missed.parse_scenario(f"miss:{n + 1} then {then}"),
        cycles=30,
    )
    assert more.scenario_total >= fewer.scenario_total


def test_bad_start_and_amount() -> None:
    with pytest.raises(MoneyError) as info:
        missed.simulate(PRESETS["cn_huabei"], D("0"), (2025, 1), missed.ON_TIME)
    assert info.value.params["param"] == "amount"
    with pytest.raises(MoneyError) as info:
        missed.simulate(PRESETS["cn_huabei"], D("10"), (2025, 13), missed.ON_TIME)
    assert info.value.params["param"] == "start"


# --- command line --------------------------------------------------------------------------


def test_cli_late_json(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert (
        main(
            [
                "calc",
                "late",
                "--product",
                "cn_jd_baitiao",
                "--amount",
                "1000",
                "--days-late",
                "5",
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["penalty"] == "3.50"
    assert (
        main(
            [
                "calc",
                "late",
                "--product",
                "cn_jd_baitiao",
                "--amount",
                "1000",
                "--days-late",
                "5",
                "--instalment-fees",
                "15",
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["penalty"] == "3.55"


def test_cli_missed_json(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert (
        main(
            [
                "calc",
                "missed",
                "--product",
                "cn_jd_baitiao",
                "--balance",
                "1000",
                "--missed",
                "3",
                "--start",
                "2025-01",
                "--json",
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["on_time_total"] == "1000.00"
    assert out["scenario_total"] == "1063.00"
    assert out["extra_cost"] == "63.00"
    assert [r["code"] for r in out["record"]] == ["1", "2", "3", "C"]
    assert out["record"][0] == {"month": "2025-01", "code": "1"}
    assert out["visible_until"] == "2030-04-10"
    assert out["flags"] == ["lian_san"]


def test_cli_missed_unpaid_has_no_visible_until(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert (
        main(
            [
                "calc",
                "missed",
                "--product",
                "cn_bank_card",
                "--balance",
                "1000",
                "--missed",
                "2",
                "--then",
                "keep-missing",
                "--json",
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["visible_until"] is None
    assert "currently_overdue" in out["flags"] and "never_settled" in out["flags"]


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["late", "--product", "cn_huabei", "--amount", "abc", "--days-late", "3"], "--amount"),
        (["late", "--product", "cn_huabei", "--amount", "10", "--days-late", "-3"], "--days-late"),
        (["late", "--product", "nope", "--amount", "10", "--days-late", "3"], "--product"),
        (["missed", "--product", "us_card", "--balance", "-1", "--missed", "1"], "--balance"),
        (["missed", "--product", "us_card", "--balance", "10", "--missed", "x"], "--missed"),
        (
            [
                "missed",
                "--product",
                "us_card",
                "--balance",
                "10",
                "--missed",
                "1",
                "--start",
                "2025-13",
            ],
            "--start",
        ),
        (
            [
                "missed",
                "--product",
                "us_card",
                "--balance",
                "10",
                "--missed",
                "1",
                "--then",
                "later",
            ],
            "--then",
        ),
    ],
)
def test_cli_bad_input_exits_2_naming_the_option(
    capsys: pytest.CaptureFixture[str], argv: list[str], option: str
) -> None:
    assert main(["calc", *argv]) == 2
    err = capsys.readouterr().err
    assert option in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


@pytest.mark.parametrize("pid", ["cn_jd_baitiao", "cn_bank_card", "us_card", "cn_car_loan"])
def test_negotiation_fees_are_charged_and_add_up(pid: str) -> None:
    """A plan's monthly fee is a fee: counted once, never taken off the penalties (issue #18)."""
    scenario = missed.Scenario(
        actions=(missed.CycleAction(missed.Action.PAY_NOTHING),) * 3,
        then=missed.After.NEGOTIATE,
        negotiate_months=12,
        negotiate_monthly_fee_rate=Decimal("0.005"),
    )
    sim = missed.simulate(PRESETS[pid], Decimal("3000"), (2025, 1), scenario)
    missed._check_sequence(sim.rows)
    totals = sim.totals
    assert totals.fees > 0 and totals.penalties >= 0
    assert all(row.penalty >= 0 and row.fees >= 0 for row in sim.rows)
    assert totals.total == totals.paid + totals.owed_at_end
