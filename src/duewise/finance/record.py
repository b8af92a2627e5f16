"""The credit record a lender would see after a simulated history: PBOC codes, US marks, flags.

China (PBOC 征信): one code per month on the 24-month grid — ``N`` normal,
``1``–``7`` by days past due (1–30, 31–60, 61–90, 91–120, 121–150, 151–180, >180), ``C`` settled
(结清), ``*`` nothing due, ``/`` not yet opened (the report's legend as reproduced at
southmoney.com, csai.cn and 31344.com).
A negative record stays for **5 years from the day the delinquency ends** (《征信业管理条例》
Art. 16, State Council Decree 631, 2013) — so an unsettled debt stays indefinitely ("never
while unpaid").

United States: a late payment is reported from 30 days past due (common practice; weak sources
only), in marks 30,
60, 90, 120, 150, 180 and CO (charge-off). Adverse items are reportable for **7 years** (FCRA
§605(a)(5)); for charge-offs and collections the 7 years start 180 days after the delinquency began
(§605(c)(1)), i.e. 7 years + 180 days. The model charges an account off once it passes 180 days
past due, as the FFIEC's Uniform Retail Credit Classification and Account Management Policy
(65 FR 36903, 2000-06-12) requires of open-end credit such as cards.

连三累六 is an industry underwriting HEURISTIC, not a regulation (qiyebaizhang.com.cn/z/54655.html,
1230539.com/news/9992.html, 10100.com/article/17320473; weak sources): within a 2-year look-back, 3
consecutive overdue months or 6 overdue months in total lead to refusal or worse terms. Some sources
use a 1-year window.

>>> pboc_code(0), pboc_code(1), pboc_code(30), pboc_code(31), pboc_code(181)
('N', '1', '1', '2', '7')
>>> add_years(date(2024, 2, 29), 5)
datetime.date(2029, 2, 28)
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Protocol

from duewise.finance import products

CN_VISIBLE_YEARS = 5  # 《征信业管理条例》 Art. 16
US_VISIBLE_YEARS = 7  # FCRA §605(a)(5)
US_CHARGE_OFF_EXTRA_DAYS = 180  # FCRA §605(c)(1)
US_CHARGE_OFF_AFTER_DAYS = 180  # FFIEC Uniform Retail Credit Classification Policy (2000)
LOOK_BACK_MONTHS = 24  # 连三累六 "两年内" (most sources); one says 一年内
LIAN_SAN = 3
LEI_LIU = 6


class StatementLine(Protocol):
    """What the record reads of one simulated statement (``missed.StatementRow`` has it).

    A structural type, so that ``missed`` (which builds records) and this module do not import
    each other.
    """

    @property
    def month(self) -> date: ...
    @property
    def due_date(self) -> date: ...
    @property
    def report_date(self) -> date: ...
    @property
    def days_past_due(self) -> int: ...
    @property
    def opening(self) -> Decimal: ...
    @property
    def minimum_due(self) -> Decimal: ...
    @property
    def closing(self) -> Decimal: ...
    @property
    def missed(self) -> bool: ...


class History(Protocol):
    """A simulated repayment history (``missed.Simulation`` is one)."""

    @property
    def start(self) -> date: ...
    @property
    def rows(self) -> Sequence[StatementLine]: ...


HEURISTIC_SOURCES = (
    "连三累六 is an industry heuristic, not a regulation: qiyebaizhang.com.cn/z/54655.html, "
    "1230539.com/news/9992.html, 10100.com/article/17320473 (industry websites, weak sources)"
)
VISIBILITY_SOURCES = {
    "pboc": "《征信业管理条例》 (Decree 631, 2013) Art. 16: 5 years from the day it ends",
    "us": "FCRA §605(a)(5): 7 years; §605(c)(1): charge-offs/collections 7 years + 180 days",
}
# The same in Chinese, for a Chinese interface (the ``zh`` of ``duewise.content.language``).
HEURISTIC_SOURCES_ZH = (
    "连三累六是行业经验规则，不是监管规定：qiyebaizhang.com.cn/z/54655.html、"
    "1230539.com/news/9992.html、10100.com/article/17320473（行业网站，来源较弱）"
)
VISIBILITY_SOURCES_ZH = {
    "pboc": "《征信业管理条例》（国务院令第631号，2013 年）第十六条：自逾期结束之日起 5 年",
    "us": "FCRA §605(a)(5)：7 年；§605(c)(1)：核销/催收为 7 年 + 180 天",
}

PBOC_OVERDUE_CODES = frozenset("1234567")


class RecordSystem(StrEnum):
    """Which credit bureau rules apply."""

    PBOC = "pboc"
    US = "us"


class Flag(StrEnum):
    """What a lender's rules would notice."""

    LIAN_SAN = "lian_san"  # 连三: 3 consecutive overdue months in the look-back (heuristic)
    LEI_LIU = "lei_liu"  # 累六: 6 overdue months in total in the look-back (heuristic)
    CURRENTLY_OVERDUE = "currently_overdue"  # 当前逾期
    NEVER_SETTLED = "never_settled"  # the delinquency has not ended: visible indefinitely (CN)
    CHARGED_OFF = "charged_off"  # US: charged off (CO)


def add_months(d: date, months: int) -> date:
    """``d`` plus ``months`` calendar months, clamping to the month's last day."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(d.day, last))


def add_years(d: date, years: int) -> date:
    """``d`` plus ``years`` years; 29 February becomes 28 February in a common year."""
    return add_months(d, 12 * years)


def pboc_code(days_past_due: int) -> str:
    """The PBOC 24-month code for a month ending ``days_past_due`` days late."""
    if days_past_due <= 0:
        return "N"
    return str(min(7, (days_past_due - 1) // 30 + 1))


def us_mark(days_past_due: int) -> str:
    """The US 30/60/90… mark (``OK`` below 30 days; CO is decided by :func:`build_record`)."""
    if days_past_due < 30:
        return "OK"
    return str(min(180, days_past_due // 30 * 30))


@dataclass(frozen=True)
class MonthRecord:
    """One month of the record."""

    month: date  # first day of the month
    code: str
    days_past_due: int


@dataclass(frozen=True)
class Episode:
    """One delinquency: from the first missed due date to the payment that ended it."""

    start: date
    end: date | None  # None while unpaid
    max_days_past_due: int
    charged_off: bool


@dataclass(frozen=True)
class CreditRecord:
    """The record as a lender sees it on ``as_of``."""

    system: RecordSystem
    months: tuple[MonthRecord, ...]
    episodes: tuple[Episode, ...]
    flags: frozenset[Flag]
    visible_until: date | None  # None: nothing negative, or never while unpaid (see flags)
    as_of: date
    settled: bool

    @property
    def has_negative(self) -> bool:
        """Any reported delinquency at all."""
        return bool(self.episodes)

    def code_for(self, month: date) -> str | None:
        """The code of the month containing ``month`` (None outside the record)."""
        for m in self.months:
            if (m.month.year, m.month.month) == (month.year, month.month):
                return m.code
        return None


def _reported(dpd: int, threshold: int) -> bool:
    return dpd > 0 and dpd >= threshold


def build_record(
    sim: History, product: products.Product, as_of: date | None = None
) -> CreditRecord:
    """The record of ``sim``'s scenario history, with flags judged on ``as_of``.

    Args:
        sim: a :func:`duewise.finance.missed.simulate` result.
        product: the product simulated (US or Chinese rules; reporting threshold).
        as_of: the day the record is read (default: the last simulated month's report date).
    """
    system = RecordSystem.US if product.is_us else RecordSystem.PBOC
    threshold = max(1, product.reporting_threshold_days)
    closes = product.kind is not products.ProductKind.CARD
    months: list[MonthRecord] = []
    episodes: list[Episode] = []
    ep_start: date | None = None
    ep_max = 0
    ep_co = False
    for row in sim.rows:
        dpd = row.days_past_due
        month = row.month.replace(day=1)
        if system is RecordSystem.US:
            if dpd >= US_CHARGE_OFF_AFTER_DAYS and ep_co:
                code = "CO"
            elif _reported(dpd, threshold):
                code = us_mark(dpd)
                if dpd >= US_CHARGE_OFF_AFTER_DAYS:
                    ep_co = True
            else:
                code = "OK"
        elif _reported(dpd, threshold):
            code = pboc_code(dpd)
        elif row.opening <= 0 and row.minimum_due <= 0:
            code = "*"
        elif row.closing <= 0 and closes:
            code = "C"
        else:
            code = "N"
        months.append(MonthRecord(month, code, dpd))
        if row.missed and ep_start is None:
            ep_start, ep_max, ep_co = row.due_date, 0, False
        if ep_start is not None:
            ep_max = max(ep_max, dpd)
            if not row.missed:
                if _reported(ep_max, threshold):
                    episodes.append(Episode(ep_start, row.due_date, ep_max, ep_co))
                ep_start, ep_co = None, False
    if ep_start is not None and _reported(ep_max, threshold):
        episodes.append(Episode(ep_start, None, ep_max, ep_co))
    settled = bool(sim.rows) and sim.rows[-1].closing <= 0
    return _finish(system, tuple(months), tuple(episodes), as_of or default_as_of(sim), settled)


def default_as_of(sim: History) -> date:
    """When the scenario has played out: the report date of the row after the last missed one
    (the last row if nothing was missed or nothing follows)."""
    if not sim.rows:
        return sim.start
    missed_rows = [i for i, r in enumerate(sim.rows) if r.missed]
    index = min(missed_rows[-1] + 1, len(sim.rows) - 1) if missed_rows else len(sim.rows) - 1
    return sim.rows[index].report_date


def _finish(
    system: RecordSystem,
    months: tuple[MonthRecord, ...],
    episodes: tuple[Episode, ...],
    as_of: date,
    settled: bool,
) -> CreditRecord:
    flags = set(flags_at(system, months, episodes, as_of))
    return CreditRecord(
        system=system,
        months=months,
        episodes=episodes,
        flags=frozenset(flags),
        visible_until=visible_until(system, episodes),
        as_of=as_of,
        settled=settled,
    )


def at(record: CreditRecord, as_of: date) -> CreditRecord:
    """The same record read on another day: months after ``as_of`` dropped, flags re-judged."""
    cutoff = (as_of.year, as_of.month)
    months = tuple(m for m in record.months if (m.month.year, m.month.month) <= cutoff)
    episodes = tuple(e for e in record.episodes if e.start <= as_of)
    episodes = tuple(
        e
        if e.end is None or e.end <= as_of
        else Episode(e.start, None, e.max_days_past_due, e.charged_off)
        for e in episodes
    )
    return _finish(record.system, months, episodes, as_of, record.settled)


def visible_until(system: RecordSystem, episodes: Sequence[Episode]) -> date | None:
    """The last day any negative item can still be reported (None: nothing, or never while unpaid).

    China: 5 years after each delinquency ends; an unpaid one never expires. US: 7 years from the
    delinquency (+180 days for a charge-off), paid or not.
    """
    if not episodes:
        return None
    if system is RecordSystem.PBOC:
        if any(e.end is None for e in episodes):
            return None
        return max(add_years(e.end, CN_VISIBLE_YEARS) for e in episodes if e.end is not None)
    return max(
        add_years(e.start, US_VISIBLE_YEARS)
        + timedelta(days=US_CHARGE_OFF_EXTRA_DAYS if e.charged_off else 0)
        for e in episodes
    )


def flags_at(
    system: RecordSystem,
    months: Sequence[MonthRecord],
    episodes: Sequence[Episode],
    as_of: date,
) -> frozenset[Flag]:
    """Flags on ``as_of``.

    连三 / 累六 in the 24-month look-back (PBOC only; a heuristic), currently overdue, never settled
    (PBOC), charged off (US).
    """
    flags: set[Flag] = set()
    start = add_months(as_of.replace(day=1), -(LOOK_BACK_MONTHS - 1))
    window = [m for m in months if start <= m.month <= as_of]
    if system is RecordSystem.PBOC:
        run = best = total = 0
        for m in window:
            if m.code in PBOC_OVERDUE_CODES:
                run += 1
                total += 1
                best = max(best, run)
            else:
                run = 0
        if best >= LIAN_SAN:
            flags.add(Flag.LIAN_SAN)
        if total >= LEI_LIU:
            flags.add(Flag.LEI_LIU)
        if any(e.end is None for e in episodes):
            flags.add(Flag.NEVER_SETTLED)
    if any(e.charged_off for e in episodes):
        flags.add(Flag.CHARGED_OFF)
    if any(e.end is None for e in episodes):
        flags.add(Flag.CURRENTLY_OVERDUE)
    return frozenset(flags)


def grid(record: CreditRecord, as_of: date, months: int = 24) -> tuple[MonthRecord, ...]:
    """The ``months``-month grid ending at ``as_of``'s month, as a report prints it.

    Months before the record are ``/`` (not yet opened); after it, ``C`` once settled and closed,
    ``*`` for an open card with nothing due, and the last code repeated while still unpaid.
    """
    by_month = {(m.month.year, m.month.month): m for m in record.months}
    last = record.months[-1] if record.months else None
    first_key = (record.months[0].month.year, record.months[0].month.month) if last else None
    out: list[MonthRecord] = []
    for i in range(months - 1, -1, -1):
        mdate = add_months(as_of.replace(day=1), -i)
        key = (mdate.year, mdate.month)
        if key in by_month:
            out.append(by_month[key])
        elif last is None or first_key is None or key < first_key:
            out.append(MonthRecord(mdate, "/", 0))
        elif last.code == "C":
            out.append(MonthRecord(mdate, "C", 0))
        elif record.settled:
            out.append(MonthRecord(mdate, "*" if record.system is RecordSystem.PBOC else "OK", 0))
        else:
            out.append(MonthRecord(mdate, last.code, last.days_past_due))
    return tuple(out)
