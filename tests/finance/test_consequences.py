"""Consequences beyond money (calculator checklist) and the on-time comparison series."""

from __future__ import annotations

import doctest
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duewise.finance import comparison, consequences, missed, products
from duewise.finance.consequences import ConsequenceKind as K

D = Decimal
PRESETS = {pid: products.load_preset(pid) for pid in products.PRESET_IDS}


def run(pid: str, scenario: str, amount: str = "1000") -> tuple[missed.Simulation, dict]:
    product = PRESETS[pid]
    sim = missed.simulate(product, D(amount), (2025, 1), missed.parse_scenario(scenario))
    return sim, {c.kind: c for c in consequences.consequences(sim, product)}


@pytest.mark.parametrize("module", [consequences, comparison])
def test_docstring_examples(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted > 0 and result.failed == 0


def test_on_time_reaches_nothing() -> None:
    _, c = run("cn_bank_card", "on-time")
    assert not any(x.reached for x in c.values())


def test_baitiao_three_misses_ladder() -> None:
    sim, c = run("cn_jd_baitiao", "miss:3 then catch-up")
    assert c[K.REMINDER].cycle == 0 and c[K.REMINDER].on == sim.rows[0].due_date
    assert c[K.WARNING].cycle == 0
    assert c[K.LOST_PROMOTIONS].applies and c[K.LOST_PROMOTIONS].cycle == 0
    # JD reports from the first day overdue in the model (uncertain threshold)
    assert c[K.CREDIT_BUREAU_REPORT].cycle == 0 and c[K.CREDIT_BUREAU_REPORT].uncertain
    # 81 days at most: legal collection (more than 90 days) is not reached
    assert c[K.LEGAL_ACTION].applies and not c[K.LEGAL_ACTION].reached
    assert [c[k].stage for k in (K.REMINDER, K.WARNING, K.CREDIT_BUREAU_REPORT)] == [1, 2, 3]


def test_baitiao_legal_action_after_90_days() -> None:
    sim, c = run("cn_jd_baitiao", "miss:5 then catch-up")
    legal = c[K.LEGAL_ACTION]
    assert legal.reached and sim.rows[legal.cycle].days_past_due > 90
    assert sim.rows[legal.cycle - 1].days_past_due <= 90


def test_promotions_and_legal_action_have_no_source_for_cards() -> None:
    _, c = run("cn_bank_card", "miss:6 then keep-missing")
    assert not c[K.LOST_PROMOTIONS].applies and not c[K.LOST_PROMOTIONS].reached
    assert not c[K.LEGAL_ACTION].applies
    assert c[K.CREDIT_LINE_CUT].uncertain


def test_us_card_reports_at_30_days_and_penalty_apr_after_60() -> None:
    sim, c = run("us_card", "miss:8 then keep-missing")
    report = c[K.CREDIT_BUREAU_REPORT]
    assert sim.rows[report.cycle].days_past_due >= 30
    assert all(r.days_past_due < 30 for r in sim.rows[: report.cycle])
    assert sim.rows[c[K.PENALTY_APR].cycle].days_past_due > 60
    assert sim.rows[c[K.CHARGED_OFF].cycle].days_past_due >= 180
    assert c[K.LINKED_PRODUCTS].cycle == report.cycle


@settings(max_examples=30, deadline=None)
@given(
    pid=st.sampled_from(["cn_jd_baitiao", "cn_huabei", "cn_bank_card", "us_card"]),
    misses=st.integers(min_value=0, max_value=8),
)
def test_ladder_is_in_order(pid: str, misses: int) -> None:
    scenario = f"miss:{misses} then keep-missing" if misses else "on-time"
    _, c = run(pid, scenario)
    cycles = [
        c[k].cycle
        for k in (K.REMINDER, K.WARNING, K.CREDIT_BUREAU_REPORT, K.LEGAL_ACTION)
        if c[k].cycle is not None
    ]
    assert cycles == sorted(cycles)
    assert all(x.source for x in c.values())


@settings(max_examples=30, deadline=None)
@given(
    pid=st.sampled_from(list(products.PRESET_IDS)),
    scenario=st.sampled_from(["on-time", "miss:1", "miss:3", "minimum", "miss:2 then negotiate"]),
)
def test_extra_split_adds_up_and_series_align(pid: str, scenario: str) -> None:
    sim, _ = run(pid, scenario, amount="5000")
    split = comparison.extra_split(sim)
    assert split.total == sim.extra_cost
    series = comparison.owed_series(sim)
    assert len(series.months) == len(series.on_time) == len(series.scenario) >= 7
    assert (
        series.scenario[0]
        >= series.on_time[0]
        == sim.baseline_rows[0].closing + sim.baseline_rows[0].payment
    )
    assert all(v >= 0 for v in series.scenario + series.on_time)


def test_sources_in_chinese_where_written_else_english() -> None:
    product = PRESETS["cn_jd_baitiao"]
    _, c = run("cn_jd_baitiao", "miss:4")
    reminder = c[K.REMINDER]
    assert reminder.source == consequences.SOURCES["reminder"]  # what any reader sees: unchanged
    assert reminder.source_in("en") == reminder.source
    assert reminder.source_in("zh") == consequences.SOURCES_ZH["reminder"]
    # The product's own rules give their Chinese source in Chinese.
    threshold = product.rules["reporting_threshold_days"]
    report = c[K.CREDIT_BUREAU_REPORT]
    assert report.source.endswith(f"; this product: {threshold.source}")
    assert report.source_in("zh") == (
        f"{consequences.SOURCES_ZH['credit_bureau_report']}；本产品：{threshold.source_zh}"
    )
    legal = product.rules[consequences.LEGAL_RULE]
    assert c[K.LEGAL_ACTION].source_in("zh") == legal.source_zh
    assert c[K.LEGAL_ACTION].source_in("en") == legal.source
    # A Consequence without a Chinese text shows the English one.
    bare = consequences.Consequence(K.REMINDER, None, None, True, False, "English only")
    assert bare.source_in("zh") == "English only"
