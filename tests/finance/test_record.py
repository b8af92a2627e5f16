"""Credit record: PBOC codes, US marks, 连三累六 (heuristic), visibility windows."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duewise.finance import missed, products, record
from duewise.finance.record import Flag

D = Decimal
PRESETS = {pid: products.load_preset(pid) for pid in products.PRESET_IDS}
PBOC_PRESETS = ["cn_jd_baitiao", "cn_huabei", "cn_bank_card", "cn_personal_loan", "cn_mortgage"]


def rec(pid: str, scenario: str, amount: str = "1000", start: tuple[int, int] = (2025, 1)):
    product = PRESETS[pid]
    run = missed.simulate(product, D(amount), start, missed.parse_scenario(scenario))
    return run, record.build_record(run, product)


@pytest.mark.parametrize(
    ("dpd", "code"),
    [
        (0, "N"),
        (1, "1"),
        (30, "1"),
        (31, "2"),
        (60, "2"),
        (61, "3"),
        (90, "3"),
        (91, "4"),
        (120, "4"),
        (150, "5"),
        (151, "6"),
        (180, "6"),
        (181, "7"),
        (999, "7"),
    ],
)
def test_pboc_buckets(dpd: int, code: str) -> None:
    assert record.pboc_code(dpd) == code


@pytest.mark.parametrize(
    ("dpd", "mark"),
    [(0, "OK"), (29, "OK"), (30, "30"), (59, "30"), (60, "60"), (95, "90"), (200, "180")],
)
def test_us_marks(dpd: int, mark: str) -> None:
    assert record.us_mark(dpd) == mark


def test_on_time_is_clean() -> None:
    _, r = rec("cn_bank_card", "on-time")
    assert [m.code for m in r.months] == ["N"]
    assert r.visible_until is None and not r.flags and not r.has_negative


def test_three_in_a_row_is_lian_san_and_visible_five_years_after_payoff() -> None:
    run, r = rec("cn_jd_baitiao", "miss:3 then catch-up")
    assert [m.code for m in r.months] == ["1", "2", "3", "C"]
    assert r.flags == {Flag.LIAN_SAN}
    end = run.rows[3].due_date  # the catch-up payment ends the delinquency
    assert r.episodes[0].end == end
    assert r.visible_until == date(end.year + 5, end.month, end.day)


def test_single_miss_is_not_lian_san() -> None:
    _, r = rec("cn_bank_card", "miss:1")
    assert [m.code for m in r.months] == ["1", "N"]
    assert not r.flags


def test_lei_liu_six_separate_misses() -> None:
    _, r = rec("cn_bank_card", " ".join(["miss", "minimum"] * 5 + ["miss"]), amount="50000")
    codes = [m.code for m in r.months]
    assert codes.count("1") == 6
    assert Flag.LEI_LIU in r.flags and Flag.LIAN_SAN not in r.flags


def test_never_paid_is_visible_while_unpaid() -> None:
    _, r = rec("cn_huabei", "miss:2 then keep-missing")
    assert r.visible_until is None
    assert {Flag.CURRENTLY_OVERDUE, Flag.NEVER_SETTLED} <= r.flags
    assert r.months[-1].code == "7"


def test_us_reported_from_30_days_and_seven_years() -> None:
    run, r = rec("us_card", "miss:1")
    assert [m.code for m in r.months] == ["OK", "OK"]  # paid before 30 days: not reported
    assert r.visible_until is None
    run, r = rec("us_card", "miss:2 then catch-up")
    assert [m.code for m in r.months] == ["OK", "30", "OK"]
    start = run.rows[0].due_date
    assert r.visible_until == date(start.year + 7, start.month, start.day)


def test_us_charge_off_adds_180_days() -> None:
    run, r = rec("us_card", "miss:1 then keep-missing")
    assert "CO" in [m.code for m in r.months]
    assert Flag.CHARGED_OFF in r.flags
    start = run.rows[0].due_date
    assert r.visible_until == date(start.year + 7, start.month, start.day) + timedelta(days=180)


def test_reading_the_record_later_drops_the_flags() -> None:
    _, r = rec("cn_jd_baitiao", "miss:3 then catch-up")
    later = record.at(r, date(2027, 6, 1))
    assert Flag.LIAN_SAN not in later.flags  # outside the 24-month look-back
    assert later.visible_until == r.visible_until
    during = record.at(r, date(2025, 3, 15))
    assert Flag.CURRENTLY_OVERDUE in during.flags


def test_grid_has_24_months() -> None:
    _, r = rec("cn_jd_baitiao", "miss:3 then catch-up")
    cells = record.grid(r, date(2025, 12, 1))
    assert len(cells) == 24
    assert [c.code for c in cells[:12]] == ["/"] * 12
    assert [c.code for c in cells[12:17]] == ["1", "2", "3", "C", "C"]


def test_add_years_leap_day() -> None:
    assert record.add_years(date(2024, 2, 29), 5) == date(2029, 2, 28)
    assert record.add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)


@settings(max_examples=40, deadline=None)
@given(
    pid=st.sampled_from(PBOC_PRESETS),
    n=st.integers(1, 9),
    year=st.integers(2000, 2040),
    month=st.integers(1, 12),
)
def test_consecutive_misses_progress_one_code_a_month(
    pid: str, n: int, year: int, month: int
) -> None:
    run, r = rec(pid, f"miss:{n} then catch-up", amount="20000", start=(year, month))
    codes = [m.code for m in r.months[:n]]
    assert codes == [str(min(i, 7)) for i in range(1, n + 1)]
    end = run.rows[n].due_date
    # 《征信业管理条例》 Art. 16: 5 years from the day the delinquency ends
    assert r.visible_until == record.add_years(end, 5)
    assert (Flag.LIAN_SAN in r.flags) == (n >= 3)
