"""Future-borrowing model (illustrative): outcomes, reasons, premiums, money over a loan's life."""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import numpy_financial as npf
import pytest

from duewise import paths
from duewise.finance import borrowing, missed, products, record
from duewise.finance.borrowing import LoanKind, Outcome, Reason

D = Decimal
MORTGAGE = borrowing.FutureLoan(LoanKind.MORTGAGE, D("1000000"), 360, D("0.035"))


def make_record(pid: str, scenario: str, amount: str = "5000") -> record.CreditRecord:
    product = products.load_preset(pid)
    run = missed.simulate(product, D(amount), (2025, 1), missed.parse_scenario(scenario))
    return record.build_record(run, product)


def test_every_entry_is_illustrative_with_a_source() -> None:
    data = tomllib.loads((paths.assets_dir() / "borrowing.toml").read_text(encoding="utf-8"))
    tables = [
        *data["rules"].values(),
        *data["premium"],
        data["severity"],
        data["kind_factor"],
        *data["us_score"],
    ]
    for table in tables:
        assert table["illustrative"] is True
        assert table["source"].strip()
        assert isinstance(table["as_of"], date)
    rules = borrowing.load_rules()
    assert [s.score_before for s in rules.us_scores] == [680, 720, 780]


def test_broken_rules_file_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "borrowing.toml"
    text = (paths.assets_dir() / "borrowing.toml").read_text(encoding="utf-8")
    head = '[rules.current_overdue]\noutcome = "likely_refused"\n'
    assert head + "illustrative = true" in text
    bad.write_text(
        text.replace(head + "illustrative = true", head + "illustrative = false"), encoding="utf-8"
    )
    with pytest.raises(borrowing.BorrowingError) as info:
        borrowing.load_rules(bad)
    assert info.value.params["key"] == "rules.current_overdue"


def _rules_file(tmp_path: Path, edit: Callable[[str], str]) -> Path:
    path = tmp_path / "borrowing.toml"
    text = (paths.assets_dir() / "borrowing.toml").read_text(encoding="utf-8")
    path.write_text(edit(text), encoding="utf-8")
    return path


@pytest.mark.parametrize("value", ['""', '"  "', "1"])
def test_a_chinese_source_that_is_empty_or_not_text_is_refused(tmp_path: Path, value: str) -> None:
    def edit(text: str) -> str:
        return re.sub(r"^source_zh = .*$", f"source_zh = {value}", text, count=1, flags=re.M)

    with pytest.raises(borrowing.BorrowingError) as info:
        borrowing.load_rules(_rules_file(tmp_path, edit))
    assert info.value.params["key"] == "rules.current_overdue"
    assert "source_zh" in info.value.params["detail"]


def test_shipped_chinese_sources_are_carried_beside_the_english_ones() -> None:
    rules = borrowing.load_rules()
    assert set(rules.outcome_sources_zh) == set(rules.outcome_sources)
    assert all(p.source_zh for p in rules.premiums)
    assert all(s.source_zh for s in rules.us_scores)
    assert "连三累六" in rules.outcome_sources_zh["lian_san_lei_liu"]


def test_sources_in_chinese_where_written_else_english(tmp_path: Path) -> None:
    r = make_record("cn_jd_baitiao", "miss:3 then catch-up")
    rules = borrowing.load_rules()
    refused = borrowing.assess(r, date(2025, 8, 1), MORTGAGE, rules)
    english = rules.outcome_sources["lian_san_lei_liu"]
    assert refused.sources == (english,)  # what reports and the CLI read: unchanged
    assert refused.sources_in("en") == (english,)
    assert refused.sources_in("zh") == (rules.outcome_sources_zh["lian_san_lei_liu"],)
    priced = borrowing.assess(r, date(2027, 8, 1), MORTGAGE, rules)
    step = next(p for p in rules.premiums if p.source == priced.sources[0])
    assert priced.sources_in("zh") == (step.source_zh,)
    # A file without Chinese texts (source_zh is optional) shows the English ones.
    bare = borrowing.load_rules(
        _rules_file(tmp_path, lambda text: re.sub(r"^source_zh = .*\n", "", text, flags=re.M))
    )
    assert not bare.outcome_sources_zh
    assert all(p.source_zh is None for p in bare.premiums)
    assert borrowing.assess(r, date(2025, 8, 1), MORTGAGE, bare).sources_in("zh") == (english,)
    assert borrowing.assess(r, date(2027, 8, 1), MORTGAGE, bare).sources_in("zh") == (
        priced.sources
    )


def test_clean_record_is_approved_at_the_clean_rate() -> None:
    a = borrowing.assess(make_record("cn_bank_card", "on-time"), date(2025, 6, 1), MORTGAGE)
    assert a.outcome is Outcome.APPROVE and a.reasons == (Reason.CLEAN,)
    assert a.extra_cost == 0 and a.illustrative


def test_current_overdue_is_refused() -> None:
    r = make_record("cn_bank_card", "miss:1 then keep-missing")
    a = borrowing.assess(r, date(2025, 3, 1), MORTGAGE)
    assert a.outcome is Outcome.LIKELY_REFUSED
    assert Reason.CURRENT_OVERDUE in a.reasons and a.extra_cost is None


def test_lian_san_refused_within_look_back_then_priced() -> None:
    r = make_record("cn_jd_baitiao", "miss:3 then catch-up")
    early = borrowing.assess(r, date(2025, 8, 1), MORTGAGE)
    assert early.outcome is Outcome.LIKELY_REFUSED
    assert early.reasons == (Reason.LIAN_SAN_LEI_LIU,)
    later = borrowing.assess(r, date(2027, 8, 1), MORTGAGE)
    assert later.outcome is Outcome.APPROVE_HIGHER_RATE
    assert later.extra_cost is not None and later.extra_cost > 0


def test_single_one_is_tolerated() -> None:
    a = borrowing.assess(make_record("cn_bank_card", "miss:1"), date(2025, 6, 1), MORTGAGE)
    assert a.outcome is Outcome.APPROVE
    assert a.reasons == (Reason.SINGLE_MINOR_TOLERATED,)


def test_record_expired_after_five_years() -> None:
    r = make_record("cn_bank_card", "miss:2")
    assert r.visible_until is not None
    a = borrowing.assess(r, r.visible_until, MORTGAGE)
    assert a.outcome is Outcome.APPROVE and a.reasons == (Reason.RECORD_EXPIRED,)


def test_extra_cost_matches_annuity_oracle() -> None:
    r = make_record("cn_bank_card", "miss:2")
    a = borrowing.assess(r, date(2025, 6, 1), MORTGAGE)
    assert a.outcome is Outcome.APPROVE_HIGHER_RATE and a.annual_rate is not None
    pay_clean = -npf.pmt(0.035 / 12, 360, 1_000_000)
    pay_high = -npf.pmt(float(a.annual_rate) / 12, 360, 1_000_000)
    assert float(a.extra_cost or 0) == pytest.approx((pay_high - pay_clean) * 360, abs=5.0)


def test_cost_shrinks_as_the_record_ages() -> None:
    r = make_record("cn_bank_card", "miss:2")
    series = borrowing.cost_by_application_month(r, date(2025, 4, 1), 72, MORTGAGE)
    costs = [a.extra_cost for a in series]
    assert all(c is not None for c in costs)
    assert all(b <= a for a, b in itertools.pairwise(costs))  # type: ignore[operator]
    assert costs[0] > 0 and costs[-1] == 0


def test_unsecured_loans_cost_more() -> None:
    r = make_record("cn_bank_card", "miss:2")
    personal = borrowing.FutureLoan(LoanKind.PERSONAL, D("1000000"), 360, D("0.035"))
    a = borrowing.assess(r, date(2025, 6, 1), MORTGAGE)
    b = borrowing.assess(r, date(2025, 6, 1), personal)
    assert b.annual_premium > a.annual_premium


def test_us_score_range_from_fico_table() -> None:
    r = make_record("us_card", "miss:2")
    a = borrowing.assess(r, date(2025, 6, 1), MORTGAGE, score_before=780)
    assert a.score_range == (670, 690)
    a = borrowing.assess(r, date(2025, 6, 1), MORTGAGE, score_before=680)
    assert a.score_range == (600, 620)
