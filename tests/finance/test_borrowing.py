"""Future-borrowing model (illustrative): outcomes, reasons, premiums, money over a loan's life."""

from __future__ import annotations

import itertools
import tomllib
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
