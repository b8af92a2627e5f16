"""The way out, side by side: after missed payments, what each remedy costs and leaves behind.

One call, :func:`compare`, plays the same missed-payment history (``miss:N`` on a product, from a
start month) into four futures **over the same horizon** and reports, for each, everything the
calculator's remedies view and ``duewise calc remedies`` show (issue #18):

``repay-now``
    pay everything owed at the next due date (``miss:N then catch-up``).
``negotiate``
    turn everything owed into an ``M``-month plan at that date, with the fee the user's agreement
    says (a flat monthly fee on the converted amount; 0 by default). For bank cards this is the
    **个性化分期还款协议** of 《商业银行信用卡业务监督管理办法》 (银监会令2011年第2号) **Art. 70**:
    where the debt exceeds what the cardholder can repay and they still want to repay, the bank
    may agree an individual instalment plan of at most **5 years**, which states whether annual
    fees, interest and other charges continue, and collection stops while it is kept (text
    reproduced at m.yktchina.com/xyk/xyk/2022/0913/46444.html and m.biyor.com/ask/102643.html).
    Other lenders' 协商还款 follows their own terms; DueWise applies the same 60-month limit to
    every product (the only published one) and, as the simulation does, charges no further
    interest or penalty while the plan is paid.
``minimum``
    pay the minimum every cycle from then on (for 白条/花呗 the simulation treats the whole
    statement as the minimum, so this equals ``repay-now`` there).
``keep-missing``
    pay nothing more.

For each: total cost (everything paid plus everything still owed at the horizon), extra cost over
paying on time, the cost split (penalties, interest, interest on interest, fees), the credit
record month by month, when it stops getting worse and when it disappears (China: 5 years after
the delinquency ends, never while unpaid — 《征信业管理条例》 Art. 16; US: 7 years, FCRA
§605(a)(5)), the flags a lender sees in the month the user plans to apply (连三累六 — an industry
heuristic, not a regulation; currently overdue; never settled; US charge-off; and the US penalty
APR once a minimum is 60 days late, Reg Z §1026.55(b)(4)), how the debt ends
(:func:`settlement`: paid on a day, in a negotiated plan until a month, or still unpaid), and the
illustrative cost of the next loan at the
month the user plans to apply (:mod:`duewise.finance.borrowing`).

Then a recommendation with a reason code: the cheapest remedy the user can afford (given a
monthly budget) — and of equal cost, the one that is debt-free sooner. ``also_missed`` adds a second
account on the same credit report ("and I also miss my 花呗 next month"): its own extra cost and
record, and the combined report's flags and next-loan outcome.

>>> from decimal import Decimal
>>> from duewise.finance import products
>>> jd = products.load_preset("cn_jd_baitiao")
>>> c = compare(jd, Decimal("3000"), 3, (2025, 1))
>>> [(r.remedy.value, str(r.extra_cost)) for r in c.outcomes]  # doctest: +NORMALIZE_WHITESPACE
[('repay-now', '189.00'), ('negotiate', '189.00'), ('minimum', '189.00'),
 ('keep-missing', '3769.50')]
>>> c.recommended.value, c.reason.value
('repay-now', 'same_cost_debt_free_sooner')
>>> "".join(m.code for m in c.outcome(Remedy.NEGOTIATE).record.months[:6])
'123NNN'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from duewise.finance import borrowing, comparison, missed, products, record
from duewise.finance.money import (
    ZERO,
    MoneyError,
    check_amount,
    check_count,
    check_rate,
    read_amount,
    read_count,
)
from duewise.finance.record import CreditRecord

#: 《商业银行信用卡业务监督管理办法》 Art. 70: an individual instalment plan lasts at most 5 years.
MAX_NEGOTIATE_MONTHS = 60
DEFAULT_NEGOTIATE_MONTHS = 12
MAX_HORIZON = missed.MAX_CYCLES
#: The next loan priced when none is given: the car loan of the calculator's examples.
DEFAULT_NEXT_LOAN = {
    "CNY": borrowing.FutureLoan(borrowing.LoanKind.CAR, Decimal("150000"), 36, Decimal("0.05")),
    "USD": borrowing.FutureLoan(borrowing.LoanKind.CAR, Decimal("30000"), 60, Decimal("0.07")),
}
#: When the user plans to apply, if not given: this many months after the first statement.
DEFAULT_APPLY_AFTER_MONTHS = 12


class Remedy(StrEnum):
    """The four futures compared (the names are ``duewise calc remedies``'s public JSON)."""

    REPAY_NOW = "repay-now"
    NEGOTIATE = "negotiate"
    MINIMUM = "minimum"
    KEEP_MISSING = "keep-missing"


class Reason(StrEnum):
    """Why :func:`compare` recommends what it does."""

    LOWEST_TOTAL_COST = "lowest_total_cost"
    SAME_COST_DEBT_FREE_SOONER = "same_cost_debt_free_sooner"
    REPAY_NOW_UNAFFORDABLE = "repay_now_unaffordable"  # the budget cannot pay it all at once
    NOTHING_AFFORDABLE = "nothing_affordable"  # not even the plan: talk to the lender


class SettlementKind(StrEnum):
    """How the debt stands at the end of the horizon."""

    PAID = "paid"  # nothing owed any more, from ``paid_on``
    IN_PLAN = "in_plan"  # repaying a negotiated plan, which runs until ``plan_until``
    UNPAID = "unpaid"  # still owing (overdue or repaying minimums) at the horizon


@dataclass(frozen=True)
class Settlement:
    """How a simulated history ends (what the record and the results must say).

    A negotiated plan is **not** "paid on" the day it is agreed: the delinquency ends then (the
    record stops getting worse), but the debt is repaid only with the plan's last instalment.

    Attributes:
        kind: paid, in a plan, or unpaid — at the horizon (a plan that has run to its end by
            then is ``PAID``).
        delinquency_ended: the due date the overdue spell ended (caught up or plan agreed).
        plan_from, plan_until: the negotiated plan's first and last due dates (``None``
            without a plan).
        paid_on: the due date of the payment that left nothing owed (``None`` if not repaid).
    """

    kind: SettlementKind
    delinquency_ended: date | None
    plan_from: date | None
    plan_until: date | None
    paid_on: date | None

    @property
    def in_plan(self) -> bool:
        """Whether a negotiated plan is (or was) part of the story."""
        return self.plan_from is not None


def settlement(sim: missed.Simulation) -> Settlement:
    """How ``sim`` ends: paid on a day, in a negotiated plan until a month, or unpaid.

    >>> from decimal import Decimal
    >>> from duewise.finance import products
    >>> jd = products.load_preset("cn_jd_baitiao")
    >>> plan = missed.simulate(jd, Decimal("3000"), (2025, 1), missed.parse_scenario(
    ...     "miss:3 then negotiate:12"), cycles=12)
    >>> s = settlement(plan)
    >>> s.kind.value, s.delinquency_ended, s.plan_until, s.paid_on
    ('in_plan', datetime.date(2025, 4, 10), datetime.date(2026, 3, 10), None)
    """
    rows = sim.rows
    ended: date | None = None
    was_missed = False
    for row in rows:
        if row.missed:
            was_missed, ended = True, None
        elif was_missed and ended is None:
            ended = row.due_date
    first_plan = next((i for i, row in enumerate(rows) if row.in_plan), None)
    plan_from = plan_until = None
    if first_plan is not None:
        plan_from = rows[first_plan].due_date
        last_index = first_plan + sim.scenario.negotiate_months - 1
        plan_until = record.add_months(plan_from, sim.scenario.negotiate_months - 1)
        if last_index < len(rows):
            plan_until = rows[last_index].due_date
    repaid_row = next((row for row in rows if row.closing <= 0), None)
    paid_on = repaid_row.due_date if repaid_row is not None else None
    if paid_on is not None and (plan_until is None or paid_on >= plan_until):
        kind = SettlementKind.PAID
    elif plan_from is not None:
        kind, paid_on = SettlementKind.IN_PLAN, None
    else:
        kind, paid_on = SettlementKind.UNPAID, None
    return Settlement(kind, ended if was_missed else None, plan_from, plan_until, paid_on)


@dataclass(frozen=True)
class SecondAccount:
    """ "And I also miss my 花呗 / card next month": another account on the same report.

    Attributes:
        product: its product.
        balance: its statement or loan amount.
        missed_cycles: how many of its cycles are missed (then caught up).
        months_later: its first missed cycle, in months after the first account's start.
    """

    product: products.Product
    balance: Decimal
    missed_cycles: int = 1
    months_later: int = 1


@dataclass(frozen=True)
class CostSplit:
    """Money by kind over the horizon (each the scenario's figure, not the extra)."""

    penalties: Decimal
    interest: Decimal
    interest_on_interest: Decimal
    fees: Decimal


@dataclass(frozen=True)
class SecondAccountOutcome:
    """What the second account adds (the same for every remedy of the first)."""

    simulation: missed.Simulation
    record: CreditRecord
    extra_cost: Decimal


@dataclass(frozen=True)
class RemedyOutcome:
    """One future.

    Attributes:
        remedy: which.
        simulation: the missed-payment simulation behind it (rows, totals, on-time baseline).
        total_cost: everything paid plus everything still owed at the horizon.
        extra_cost: ``total_cost`` − paying on time over the same horizon.
        split: the scenario's penalties, interest, interest on interest and fees.
        extra_split: the same split, over paying on time.
        record: the credit record month by month.
        worse_until: the last month the record gets worse (a new overdue month), or ``None``
            when it never does; ``still_worsening`` when the horizon ends while overdue.
        still_worsening: overdue at the horizon: the record never stops getting worse.
        months_until_stable: months from the first statement to the month after
            ``worse_until`` (0 when nothing is overdue; ``None`` while still worsening).
        visible_until: the last day a negative mark can be reported (``None``: nothing
            negative, or never while unpaid — see ``flags``).
        months_until_clear: months from the first statement to ``visible_until``.
        flags: the flags a lender sees at the end of the application month (``lian_san``,
            ``lei_liu``, ``currently_overdue``, ``never_settled``, ``charged_off``), plus
            ``penalty_apr`` when a US penalty APR was charged by then; sorted.
        settlement: how the debt ends (:func:`settlement`).
        next_loan: the illustrative next loan at the application month (alone, or with the
            second account on the same report when there is one).
        combined_record: with a second account: both accounts' records merged (worst code per
            month), from which ``flags`` and ``next_loan`` are judged.
    """

    remedy: Remedy
    simulation: missed.Simulation
    total_cost: Decimal
    extra_cost: Decimal
    split: CostSplit
    extra_split: comparison.ExtraSplit
    record: CreditRecord
    worse_until: date | None
    still_worsening: bool
    months_until_stable: int | None
    visible_until: date | None
    months_until_clear: int | None
    flags: tuple[str, ...]
    settlement: Settlement
    next_loan: borrowing.Assessment
    combined_record: CreditRecord | None = None

    @property
    def first_payment(self) -> Decimal:
        """What the remedy asks on the first due date after the missed cycles."""
        rows = self.simulation.rows
        index = next((i for i, r in enumerate(rows) if not r.missed), None)
        return rows[index].minimum_due if index is not None else ZERO


@dataclass(frozen=True)
class RemedyComparison:
    """Every remedy over the same horizon, and the one recommended."""

    product_id: str
    currency: str
    balance: Decimal
    missed_cycles: int
    start: date
    horizon: int
    apply_on: date
    outcomes: tuple[RemedyOutcome, ...]
    recommended: Remedy
    reason: Reason
    second_account: SecondAccountOutcome | None = None

    def outcome(self, remedy: Remedy) -> RemedyOutcome:
        """The outcome of ``remedy``."""
        return next(o for o in self.outcomes if o.remedy is remedy)


def _scenario(
    remedy: Remedy, missed_cycles: int, months: int, fee_rate: Decimal
) -> missed.Scenario:
    misses = (missed.CycleAction(missed.Action.PAY_NOTHING),) * missed_cycles
    if remedy is Remedy.REPAY_NOW:
        return missed.Scenario(actions=misses, then=missed.After.CATCH_UP)
    if remedy is Remedy.NEGOTIATE:
        return missed.Scenario(
            actions=misses,
            then=missed.After.NEGOTIATE,
            negotiate_months=months,
            negotiate_monthly_fee_rate=fee_rate,
        )
    if remedy is Remedy.MINIMUM:
        return missed.Scenario(actions=misses, repeat=missed.CycleAction(missed.Action.PAY_MINIMUM))
    return missed.Scenario(actions=misses, then=missed.After.KEEP_MISSING)


def default_horizon(product: products.Product, missed_cycles: int, negotiate_months: int) -> int:
    """Cycles long enough for every remedy to play out: the missed cycles, the plan and a year
    after it; at least the simulation's own default (60 cycles, or a loan's term + 24)."""
    loan = product.kind in (products.ProductKind.LOAN, products.ProductKind.MORTGAGE)
    base = (product.term_months or 12) + 24 if loan else missed.DEFAULT_CYCLES
    return min(MAX_HORIZON, max(base, missed_cycles + negotiate_months + 12))


def _end_of_month(day: date) -> date:
    return record.add_months(day.replace(day=1), 1) - timedelta(days=1)


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


_SEVERITY = {"N": 0, "C": 0, "*": 0, "/": 0, "OK": 0, "CO": 8}


def _severity(code: str) -> int:
    if code in _SEVERITY:
        return _SEVERITY[code]
    return int(code) if len(code) == 1 else int(code) // 30  # PBOC 1–7; US 30…180 → 1…6


def _worst(a: str, b: str) -> str:
    return a if _severity(a) >= _severity(b) else b


def merge_records(first: record.CreditRecord, second: record.CreditRecord) -> record.CreditRecord:
    """Two accounts on one report: per month the worse code, every episode, flags re-judged.

    连三 counts consecutive overdue months on the merged months; 累六 counts overdue months on the
    merged months (a month overdue on both accounts counts once — the cautious reading).
    """
    by_month: dict[tuple[int, int], record.MonthRecord] = {}
    for rec in (first, second):
        for m in rec.months:
            key = (m.month.year, m.month.month)
            have = by_month.get(key)
            if have is None or _severity(m.code) > _severity(have.code):
                by_month[key] = m
    months = tuple(by_month[k] for k in sorted(by_month))
    episodes = tuple(sorted((*first.episodes, *second.episodes), key=lambda e: e.start))
    as_of = max(first.as_of, second.as_of)
    flags = record.flags_at(first.system, months, episodes, as_of)
    return record.CreditRecord(
        system=first.system,
        months=months,
        episodes=episodes,
        flags=frozenset(flags),
        visible_until=record.visible_until(first.system, episodes),
        as_of=as_of,
        settled=first.settled and second.settled,
    )


def _flags_on(rec: CreditRecord, sim: missed.Simulation, on: date) -> tuple[str, ...]:
    """The flags a lender sees on ``on`` (the application month), and the US penalty APR if it
    was ever charged before then."""
    flags = {f.value for f in record.at(rec, on).flags}
    if any(row.penalty_apr_active and row.due_date <= on for row in sim.rows):
        flags.add("penalty_apr")
    return tuple(sorted(flags))


def _worsening(
    rec: record.CreditRecord, sim: missed.Simulation
) -> tuple[date | None, bool, int | None]:
    overdue = [m for m in rec.months if _severity(m.code) > 0]
    still = bool(sim.rows) and sim.rows[-1].days_past_due > 0
    if not overdue:
        return None, False, 0
    last = overdue[-1].month
    if still:
        return last, True, None
    return last, False, _months_between(sim.start.replace(day=1), last) + 1


def compare(
    product: products.Product,
    balance: Decimal,
    missed_cycles: int,
    start: tuple[int, int],
    *,
    negotiate_months: int = DEFAULT_NEGOTIATE_MONTHS,
    negotiate_monthly_fee_rate: Decimal = ZERO,
    horizon: int | None = None,
    apply_on: date | None = None,
    next_loan: borrowing.FutureLoan | None = None,
    monthly_budget: Decimal | None = None,
    also_missed: SecondAccount | None = None,
    rules: borrowing.BorrowingRules | None = None,
) -> RemedyComparison:
    """Compare repay-now, negotiate, minimum and keep-missing after ``missed_cycles`` misses.

    Args:
        product: the product (a preset or the user's copy).
        balance: the statement (BNPL, card) or the loan amount, > 0, whole cents.
        missed_cycles: cycles missed in a row before the remedy, 1 … 600.
        start: (year, month) of the first statement.
        negotiate_months: the plan's length, 1 … 60 (Art. 70's five years).
        negotiate_monthly_fee_rate: the plan's flat monthly fee on the converted amount, as the
            user's agreement says (0 … 10 % a month).
        horizon: cycles simulated for every remedy (default :func:`default_horizon`).
        apply_on: the month the user plans to apply for the next loan (default: 12 months
            after the first statement).
        next_loan: the loan applied for (default :data:`DEFAULT_NEXT_LOAN` of the currency).
        monthly_budget: money the user has each month; when given, a remedy whose first
            payment exceeds it is not recommended.
        also_missed: a second account missed on the same report.
        rules: the next-loan rules (default ``borrowing.load_rules()``).

    Raises:
        MoneyError: with ``param`` naming the input (``missed``, ``negotiate_months``,
            ``horizon`` …), or a simulation error.
    """
    check_amount(balance, "balance")
    check_count(missed_cycles, "missed", maximum=missed.MAX_CYCLES)
    check_count(negotiate_months, "negotiate_months", maximum=MAX_NEGOTIATE_MONTHS)
    check_rate(negotiate_monthly_fee_rate, "negotiate_monthly_fee_rate", maximum=Decimal("0.1"))
    if monthly_budget is not None:
        check_amount(monthly_budget, "budget", allow_zero=True)
    cycles = horizon or default_horizon(product, missed_cycles, negotiate_months)
    check_count(cycles, "horizon", maximum=MAX_HORIZON)
    if cycles <= missed_cycles:
        raise MoneyError("too_small", param="horizon", value=cycles, minimum=missed_cycles + 1)
    rules = rules or borrowing.load_rules()
    loan = next_loan or DEFAULT_NEXT_LOAN[product.currency.value]
    first = (
        date(start[0], start[1], 1) if 1900 <= start[0] <= 2200 and 1 <= start[1] <= 12 else None
    )
    if first is None:
        raise MoneyError("bad_month", param="start", value=f"{start[0]}-{start[1]}")
    apply = (apply_on or record.add_months(first, DEFAULT_APPLY_AFTER_MONTHS)).replace(day=1)

    second: SecondAccountOutcome | None = None
    if also_missed is not None:
        later = record.add_months(first, also_missed.months_later)
        sim2 = missed.simulate(
            also_missed.product,
            also_missed.balance,
            (later.year, later.month),
            missed.missed_scenario(also_missed.missed_cycles),
        )
        rec2 = record.build_record(sim2, also_missed.product)
        second = SecondAccountOutcome(sim2, rec2, sim2.extra_cost)

    outcomes: list[RemedyOutcome] = []
    for remedy in Remedy:
        scenario = _scenario(remedy, missed_cycles, negotiate_months, negotiate_monthly_fee_rate)
        sim = missed.simulate(product, balance, start, scenario, cycles)
        rec = record.build_record(sim, product, as_of=sim.rows[-1].report_date)
        combined = merge_records(rec, second.record) if second is not None else None
        judged = combined or rec
        worse_until, still, stable = _worsening(rec, sim)
        until = rec.visible_until
        totals = sim.totals
        outcomes.append(
            RemedyOutcome(
                remedy=remedy,
                simulation=sim,
                total_cost=sim.scenario_total,
                extra_cost=sim.extra_cost,
                split=CostSplit(
                    totals.penalties, totals.interest, totals.interest_on_interest, totals.fees
                ),
                extra_split=comparison.extra_split(sim),
                record=rec,
                worse_until=worse_until,
                still_worsening=still,
                months_until_stable=stable,
                visible_until=until,
                months_until_clear=_months_between(first, until) if until else None,
                flags=_flags_on(judged, sim, _end_of_month(apply)),
                settlement=settlement(sim),
                next_loan=borrowing.assess(judged, apply, loan, rules),
                combined_record=combined,
            )
        )
    recommended, reason = _recommend(outcomes, monthly_budget)
    return RemedyComparison(
        product_id=product.id,
        currency=product.currency.value,
        balance=balance,
        missed_cycles=missed_cycles,
        start=sim.start,
        horizon=cycles,
        apply_on=apply,
        outcomes=tuple(outcomes),
        recommended=recommended,
        reason=reason,
        second_account=second,
    )


def _debt_free_month(outcome: RemedyOutcome) -> int:
    paid = outcome.settlement.paid_on or outcome.settlement.plan_until
    if paid is None or outcome.settlement.kind is SettlementKind.UNPAID:
        return 10**6
    return _months_between(outcome.simulation.start, paid)


def _recommend(outcomes: Sequence[RemedyOutcome], budget: Decimal | None) -> tuple[Remedy, Reason]:
    """The cheapest remedy that ends the delinquency and fits the budget; equal cost: the one
    debt-free sooner (then the order repay-now, negotiate, minimum). Keeping on missing is never
    recommended."""
    candidates = [o for o in outcomes if o.remedy is not Remedy.KEEP_MISSING]
    affordable = [o for o in candidates if budget is None or o.first_payment <= budget]
    reason_if_cut: Reason | None = None
    if budget is not None:
        repay = next(o for o in candidates if o.remedy is Remedy.REPAY_NOW)
        if repay not in affordable:
            reason_if_cut = Reason.REPAY_NOW_UNAFFORDABLE
        if not affordable:
            return Remedy.NEGOTIATE, Reason.NOTHING_AFFORDABLE
    order = [Remedy.REPAY_NOW, Remedy.NEGOTIATE, Remedy.MINIMUM]

    def key(o: RemedyOutcome) -> tuple[Decimal, int, int]:
        return o.total_cost, _debt_free_month(o), order.index(o.remedy)

    ranked = sorted(affordable, key=key)
    best = ranked[0]
    if reason_if_cut is not None:
        return best.remedy, reason_if_cut
    tied = len(ranked) > 1 and ranked[1].total_cost == best.total_cost
    return best.remedy, Reason.SAME_COST_DEBT_FREE_SOONER if tied else Reason.LOWEST_TOTAL_COST


# --- duewise calc remedies ------------------------------------------------------------------------

_REASON_TEXT = {
    Reason.LOWEST_TOTAL_COST: "it costs the least over the same months",
    Reason.SAME_COST_DEBT_FREE_SOONER: "it costs no more than the others and is done soonest",
    Reason.REPAY_NOW_UNAFFORDABLE: "repaying everything at once is beyond the budget",
    Reason.NOTHING_AFFORDABLE: "no remedy fits the budget: ask the lender for a plan",
}


def _month_text(day: date | None) -> str | None:
    return None if day is None else f"{day:%Y-%m}"


def _day_text(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def to_json(result: RemedyComparison) -> dict[str, object]:
    """The JSON ``duewise calc remedies --json`` prints (money as decimal strings)."""

    def money(amount: Decimal | None) -> str | None:
        return None if amount is None else format(amount, "f")

    def outcome(o: RemedyOutcome) -> dict[str, object]:
        s, loan = o.settlement, o.next_loan
        return {
            "name": o.remedy.value,
            "total_cost": money(o.total_cost),
            "extra_cost": money(o.extra_cost),
            "record": [{"month": f"{m.month:%Y-%m}", "code": m.code} for m in o.record.months],
            "visible_until": _day_text(o.visible_until),
            "flags": list(o.flags),
            "first_payment": money(o.first_payment),
            "cost_split": {
                "penalties": money(o.split.penalties),
                "interest": money(o.split.interest),
                "interest_on_interest": money(o.split.interest_on_interest),
                "fees": money(o.split.fees),
            },
            "extra_split": {
                "penalties": money(o.extra_split.penalties),
                "interest": money(o.extra_split.interest),
                "interest_on_interest": money(o.extra_split.interest_on_interest),
                "fees": money(o.extra_split.fees),
            },
            "worse_until": _month_text(o.worse_until),
            "still_worsening": o.still_worsening,
            "months_until_stable": o.months_until_stable,
            "months_until_clear": o.months_until_clear,
            "settlement": {
                "kind": s.kind.value,
                "delinquency_ended": _day_text(s.delinquency_ended),
                "plan_from": _day_text(s.plan_from),
                "plan_until": _day_text(s.plan_until),
                "paid_on": _day_text(s.paid_on),
            },
            "next_loan": {
                "apply_on": _month_text(loan.application_date),
                "outcome": loan.outcome.value,
                "annual_rate": None if loan.annual_rate is None else format(loan.annual_rate, "f"),
                "extra_cost": money(loan.extra_cost),
                "reasons": [r.value for r in loan.reasons],
                "illustrative": True,
            },
        }

    return {
        "product": result.product_id,
        "currency": result.currency,
        "balance": money(result.balance),
        "missed": result.missed_cycles,
        "start": _month_text(result.start),
        "horizon": result.horizon,
        "remedies": [outcome(o) for o in result.outcomes],
        "recommended": result.recommended.value,
        "reason": result.reason.value,
        "reason_text": _REASON_TEXT[result.reason],
    }


def handle_remedies(params: Mapping[str, object]) -> dict[str, object]:
    """``duewise calc remedies``: product, balance, missed, start[, negotiate_months, horizon].

    Prints, with ``--json``, ``{"remedies": [{"name", "total_cost", "extra_cost", "record",
    "visible_until", "flags", …}], "recommended", "reason"}`` (see :func:`to_json`).
    """
    known = ("product", "balance", "missed", "start", "negotiate_months", "horizon")
    for name in params:
        if name not in known:
            raise MoneyError("unknown_param", param=name)
    product_id = params.get("product")
    if not isinstance(product_id, str) or not product_id.strip():
        raise MoneyError("missing", param="product")
    product = products.load_preset(product_id.strip())
    balance = read_amount(params.get("balance"), "balance")
    count = read_count(params.get("missed"), "missed", maximum=missed.MAX_CYCLES)
    if params.get("start") is None:
        raise MoneyError("missing", param="start")
    start = missed.parse_month(params.get("start"), "start")
    months = (
        read_count(params["negotiate_months"], "negotiate_months", maximum=MAX_NEGOTIATE_MONTHS)
        if params.get("negotiate_months") is not None
        else DEFAULT_NEGOTIATE_MONTHS
    )
    horizon = (
        read_count(params["horizon"], "horizon", minimum=count + 1, maximum=MAX_HORIZON)
        if params.get("horizon") is not None
        else None
    )
    return to_json(
        compare(product, balance, count, start, negotiate_months=months, horizon=horizon)
    )
