"""Future-borrowing cost: what a credit record might do to the next loan (ILLUSTRATIVE model).

Given the record on an application date and a loan the learner may want (mortgage, car, card,
personal; amount, term, rate on a clean record), :func:`assess` gives an illustrative outcome —
approve, approve at a higher rate, likely refused — with reason codes, the rate premium and the
extra interest over the loan's life. The rules and every number live in ``assets/borrowing.toml``,
each marked ``illustrative = true`` with its source and date; no lender publishes such figures.
A source names the original a reader can find (``finance.citations``), or the file is refused.
Beside each English ``source`` an optional ``source_zh`` says the same in Chinese;
:meth:`Assessment.sources_in` picks the language and falls back to English where none is written.

Rules, in order:

1. currently overdue (当前逾期) → likely refused;
2. 连三累六 in the 24-month look-back (an industry heuristic, not a regulation) → likely refused;
3. a visible US charge-off → likely refused;
4. nothing visible any more → approve (China: 5 years after the delinquency ended; US: 7 years);
5. PBOC: a single ``1`` in the look-back → approve (usually tolerated);
6. otherwise → approve at a higher rate: premium by the months since the last delinquency ended
   × severity of the worst code × a factor for the loan's kind.

Extra cost = total interest at (clean + premium) − total interest at the clean rate, both
等额本息 schedules from ``schedules.amortize`` (every loan kind, a card balance included, is
modelled as repaid in equal monthly payments over the term).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType

from duewise import paths
from duewise.finance import citations, record, schedules
from duewise.finance.money import ZERO, MoneyError, check_amount, check_count, check_rate

US_MARK_SEVERITY = {"30": 1, "60": 2, "90": 3, "120": 4, "150": 5, "180": 6, "CO": 7}


class BorrowingError(MoneyError):
    """``borrowing_rules_invalid`` (file, key, detail) for a bad ``borrowing.toml``."""


class LoanKind(StrEnum):
    """The kind of the next loan."""

    MORTGAGE = "mortgage"
    CAR = "car"
    CARD = "card"
    PERSONAL = "personal"


class Outcome(StrEnum):
    """The illustrative lender decision."""

    APPROVE = "approve"
    APPROVE_HIGHER_RATE = "approve_higher_rate"
    LIKELY_REFUSED = "likely_refused"


class Reason(StrEnum):
    """Why (the UI words these and links the rule's source)."""

    CLEAN = "clean"
    RECORD_EXPIRED = "record_expired"
    CURRENT_OVERDUE = "current_overdue"
    LIAN_SAN_LEI_LIU = "lian_san_lei_liu"
    CHARGED_OFF = "charged_off"
    SINGLE_MINOR_TOLERATED = "single_minor_tolerated"
    VISIBLE_DELINQUENCY = "visible_delinquency"


@dataclass(frozen=True)
class FutureLoan:
    """The loan applied for; ``clean_annual_rate`` is the rate offered on a clean record."""

    kind: LoanKind
    amount: Decimal
    months: int
    clean_annual_rate: Decimal


@dataclass(frozen=True)
class PremiumStep:
    """Annual premium while the record is at most ``max_months_since`` months old."""

    max_months_since: int
    annual_premium: Decimal
    source: str
    source_zh: str | None = None


@dataclass(frozen=True)
class ScoreRow:
    """FICO's published example for one starting score (its 2011 Banking Analytics Blog table)."""

    score_before: int
    after_30_days: tuple[int, int]
    after_90_days: tuple[int, int]
    recovery_months_after_30: int
    source: str
    source_zh: str | None = None


@dataclass(frozen=True)
class BorrowingRules:
    """The contents of ``assets/borrowing.toml``."""

    look_back_months: int
    outcome_sources: Mapping[str, str]
    #: The Chinese text of each outcome rule's source, for the rules that have one.
    outcome_sources_zh: Mapping[str, str]
    single_minor_max_months: int
    premiums: tuple[PremiumStep, ...]
    severity: Mapping[int, Decimal]
    kind_factor: Mapping[LoanKind, Decimal]
    us_scores: tuple[ScoreRow, ...]


@dataclass(frozen=True)
class Assessment:
    """The illustrative outcome of applying for ``loan`` on ``application_date``."""

    application_date: date
    loan: FutureLoan
    outcome: Outcome
    reasons: tuple[Reason, ...]
    annual_premium: Decimal
    annual_rate: Decimal | None  # None when likely refused
    clean_total_interest: Decimal
    total_interest: Decimal | None
    extra_cost: Decimal | None  # None when likely refused
    months_since_delinquency: int | None
    score_range: tuple[int, int] | None  # US, when a starting score from the table is given
    sources: tuple[str, ...]  # in English, as borrowing.toml writes them
    illustrative: bool = True
    #: The Chinese text of each of :attr:`sources` (same order; None where none is written).
    sources_zh: tuple[str | None, ...] = ()

    def sources_in(self, language: str) -> tuple[str, ...]:
        """The sources in ``language``: ``"zh"`` or ``"en"``, as lesson packs name languages
        (``duewise.content.language.Language``); English where no Chinese text is written."""
        chinese = self.sources_zh + (None,) * (len(self.sources) - len(self.sources_zh))
        return tuple(
            citations.in_language(en, zh, language)
            for en, zh in zip(self.sources, chinese, strict=True)
        )


def _require(table: Mapping[str, object], key: str, file: str) -> None:
    if table.get("illustrative") is not True or not table.get("source") or "as_of" not in table:
        raise BorrowingError(
            "borrowing_rules_invalid",
            file=file,
            key=key,
            detail="needs illustrative = true, source and as_of",
        )
    as_of = table["as_of"]
    if not isinstance(as_of, date) or isinstance(as_of, datetime):
        raise BorrowingError(
            "borrowing_rules_invalid", file=file, key=key, detail="as_of must be a date YYYY-MM-DD"
        )
    source = table["source"]
    for finding in citations.findings(source if isinstance(source, str) else ""):
        raise BorrowingError(
            "borrowing_rules_invalid",
            file=file,
            key=key,
            detail=f"the source {citations.describe(finding)}",
        )
    if "source_zh" not in table:  # optional: the English source is shown instead
        return
    source_zh = table["source_zh"]
    if not isinstance(source_zh, str):
        raise BorrowingError(
            "borrowing_rules_invalid", file=file, key=key, detail="source_zh must be text"
        )
    for finding in citations.findings(source_zh):
        raise BorrowingError(
            "borrowing_rules_invalid",
            file=file,
            key=key,
            detail=f"source_zh {citations.describe(finding)}",
        )


def _source_zh(table: Mapping[str, object]) -> str | None:
    """The entry's Chinese source (checked by :func:`_require`), or None when it has none."""
    value = table.get("source_zh")
    return value if isinstance(value, str) else None


def load_rules(path: Path | None = None) -> BorrowingRules:
    """Read and validate ``assets/borrowing.toml`` (every entry illustrative with a source)."""
    file = path if path is not None else paths.assets_dir() / "borrowing.toml"
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"), parse_float=Decimal)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise BorrowingError(
            "borrowing_rules_invalid", file=str(file), key="", detail=str(exc)
        ) from None
    name = str(file)
    try:
        rules = data["rules"]
        for key, table in rules.items():
            _require(table, f"rules.{key}", name)
        premiums = []
        for i, step in enumerate(data["premium"]):
            _require(step, f"premium[{i}]", name)
            premiums.append(
                PremiumStep(
                    int(step["max_months_since"]),
                    Decimal(step["annual_premium"]),
                    str(step["source"]),
                    _source_zh(step),
                )
            )
        _require(data["severity"], "severity", name)
        _require(data["kind_factor"], "kind_factor", name)
        scores = []
        for i, row in enumerate(data["us_score"]):
            _require(row, f"us_score[{i}]", name)
            scores.append(
                ScoreRow(
                    int(row["score_before"]),
                    (int(row["after_30_days"][0]), int(row["after_30_days"][1])),
                    (int(row["after_90_days"][0]), int(row["after_90_days"][1])),
                    int(row["recovery_months_after_30"]),
                    str(row["source"]),
                    _source_zh(row),
                )
            )
        return BorrowingRules(
            look_back_months=int(data["look_back_months"]),
            outcome_sources=MappingProxyType({k: str(v["source"]) for k, v in rules.items()}),
            outcome_sources_zh=MappingProxyType(
                {k: zh for k, v in rules.items() if (zh := _source_zh(v)) is not None}
            ),
            single_minor_max_months=int(rules["single_minor"]["max_months"]),
            premiums=tuple(sorted(premiums, key=lambda p: p.max_months_since)),
            severity=MappingProxyType(
                {int(k): Decimal(v) for k, v in data["severity"]["value"].items()}
            ),
            kind_factor=MappingProxyType(
                {LoanKind(k): Decimal(v) for k, v in data["kind_factor"]["value"].items()}
            ),
            us_scores=tuple(scores),
        )
    except BorrowingError:
        raise
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise BorrowingError(
            "borrowing_rules_invalid", file=name, key=str(exc), detail="missing or malformed"
        ) from None


def _months_between(a: date, b: date) -> int:
    return max(0, (b.year - a.year) * 12 + b.month - a.month)


def _episode_visible(system: record.RecordSystem, e: record.Episode, on: date) -> bool:
    until = record.visible_until(system, [e])
    return until is None or until > on


def _severity(system: record.RecordSystem, episode: record.Episode) -> int:
    """1–7: the PBOC code of the episode's worst month, or the US mark mapped to 1–7."""
    if episode.charged_off:
        return US_MARK_SEVERITY["CO"]
    if system is record.RecordSystem.US:
        return US_MARK_SEVERITY.get(record.us_mark(episode.max_days_past_due), 0)
    return int(record.pboc_code(episode.max_days_past_due).replace("N", "0"))


@functools.lru_cache(maxsize=512)
def total_interest(amount: Decimal, annual_rate: Decimal, months: int) -> Decimal:
    """Total interest of an equal-payment (等额本息) loan (``schedules.amortize``).

    Cached: :func:`cost_by_application_month` asks for the same few (amount, rate, term) triples
    for every month, and a 30-year schedule costs milliseconds in ``Decimal``.
    """
    # Not strict: the page prices whatever loan was typed; a form validates it first
    # (forms.validate_next_loan refuses a loan too small for its term).
    return schedules.amortize(amount, annual_rate, months, strict=False).total_interest


def assess(
    rec: record.CreditRecord,
    application_date: date,
    loan: FutureLoan,
    rules: BorrowingRules | None = None,
    score_before: int | None = None,
) -> Assessment:
    """The illustrative outcome of applying for ``loan`` on ``application_date`` (see module doc).

    Args:
        rec: the full simulated record (:func:`record.build_record`); it is read as of
            ``application_date`` (later months ignored).
        application_date: when the learner applies.
        loan: the loan applied for.
        rules: ``load_rules()`` by default.
        score_before: US only: a starting FICO score from the table (680, 720, 780) to give the
            published score range after the delinquency.
    """
    check_amount(loan.amount, "amount")
    check_count(loan.months, "months", maximum=600)
    check_rate(loan.clean_annual_rate, "annual_rate", maximum=Decimal("1"))
    rules = rules or load_rules()
    now = record.at(rec, application_date)
    clean = total_interest(loan.amount, loan.clean_annual_rate, loan.months)
    visible = [e for e in now.episodes if _episode_visible(now.system, e, application_date)]
    reasons: list[Reason] = []
    sources: list[str] = []
    sources_zh: list[str | None] = []

    def cite(rule: str) -> None:
        sources.append(rules.outcome_sources.get(rule, ""))
        sources_zh.append(rules.outcome_sources_zh.get(rule))

    since: int | None = None
    if visible:
        last = max(visible, key=lambda e: e.end or application_date)
        since = _months_between(last.end or last.start, application_date)
    worst = max((_severity(now.system, e) for e in visible), default=0)
    score_range = _score_range(rules, now, visible, score_before)

    def result(outcome: Outcome, premium: Decimal = ZERO) -> Assessment:
        if outcome is Outcome.LIKELY_REFUSED:
            rate = total = extra = None
        else:
            premium = premium.quantize(Decimal("0.0001"))
            rate = loan.clean_annual_rate + premium
            total = total_interest(loan.amount, rate, loan.months) if premium else clean
            extra = total - clean
        return Assessment(
            application_date=application_date,
            loan=loan,
            outcome=outcome,
            reasons=tuple(reasons),
            annual_premium=premium,
            annual_rate=rate,
            clean_total_interest=clean,
            total_interest=total,
            extra_cost=extra,
            months_since_delinquency=since,
            score_range=score_range,
            sources=tuple(sources),
            sources_zh=tuple(sources_zh),
        )

    if record.Flag.CURRENTLY_OVERDUE in now.flags:
        reasons.append(Reason.CURRENT_OVERDUE)
        cite("current_overdue")
    if {record.Flag.LIAN_SAN, record.Flag.LEI_LIU} & now.flags:
        reasons.append(Reason.LIAN_SAN_LEI_LIU)
        cite("lian_san_lei_liu")
    if any(e.charged_off for e in visible):
        reasons.append(Reason.CHARGED_OFF)
        cite("charged_off")
    if reasons:
        return result(Outcome.LIKELY_REFUSED)
    if not visible:
        reasons.append(Reason.RECORD_EXPIRED if now.episodes else Reason.CLEAN)
        return result(Outcome.APPROVE)
    window_start = record.add_months(application_date.replace(day=1), -(rules.look_back_months - 1))
    overdue_months = [
        m for m in now.months if window_start <= m.month and m.code in record.PBOC_OVERDUE_CODES
    ]
    if (
        now.system is record.RecordSystem.PBOC
        and len(overdue_months) <= rules.single_minor_max_months
        and worst <= 1
    ):
        reasons.append(Reason.SINGLE_MINOR_TOLERATED)
        cite("single_minor")
        return result(Outcome.APPROVE)
    reasons.append(Reason.VISIBLE_DELINQUENCY)
    step = next(
        (p for p in rules.premiums if (since or 0) <= p.max_months_since), rules.premiums[-1]
    )
    sources.append(step.source)
    sources_zh.append(step.source_zh)
    factor = rules.severity.get(max(worst, 1), Decimal(1)) * rules.kind_factor.get(
        loan.kind, Decimal(1)
    )
    return result(Outcome.APPROVE_HIGHER_RATE, step.annual_premium * factor)


def _score_range(
    rules: BorrowingRules,
    now: record.CreditRecord,
    visible: list[record.Episode],
    score_before: int | None,
) -> tuple[int, int] | None:
    if now.system is not record.RecordSystem.US or score_before is None or not visible:
        return None
    row = next((r for r in rules.us_scores if r.score_before == score_before), None)
    if row is None:
        raise MoneyError("score_not_in_table", param="score_before", value=score_before)
    worst_days = max(e.max_days_past_due for e in visible)
    return row.after_90_days if worst_days >= 90 else row.after_30_days


def cost_by_application_month(
    rec: record.CreditRecord,
    first: date,
    months: int,
    loan: FutureLoan,
    rules: BorrowingRules | None = None,
) -> tuple[Assessment, ...]:
    """:func:`assess` for each month from ``first`` on (the cost shrinking as the record ages)."""
    check_count(months, "months", maximum=240)
    rules = rules or load_rules()
    return tuple(assess(rec, record.add_months(first, i), loan, rules) for i in range(months))
