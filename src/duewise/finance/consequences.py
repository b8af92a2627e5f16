"""Consequences beyond money: what a missed payment can set off, and from which cycle.

Each :class:`Consequence` says the first cycle of a simulated history at which it becomes
*possible* (lenders publish no fixed timetable, so this is never a promise that it happens), the
date, whether our sources cover it for this product, and the source a reader can look up. The
collection ladder follows the usual order taught in the Collections lesson: reminder → warning
(charges start; a linked card may be debited) → credit-bureau report → legal action.

Rules (each with its source in :data:`SOURCES`):

* reminder and warning: at the first missed due date / the day after it, for every product
  (usual order, no fixed days; JD's help text on when a Baitiao account counts as overdue);
* lost promotions: JD Baitiao only, from the first day overdue (JD's help text via miaodongku);
  no source for other products;
* credit-line cut: possible once overdue, but no source gives a general rule or figure
  (uncertain for every product);
* US penalty APR: once a minimum is more than 60 days late (Reg Z §1026.55(b)(4));
* credit-bureau report, and every later lender seeing it: the first month the record shows a
  reported delinquency (PBOC code 1–7 from the product's reporting threshold; US from 30 days);
* legal action: when the product's ``legal_collection_after_days`` rule is passed (Baitiao: more
  than 90 days); no source for other products;
* US charge-off: from 180 days past due (the FFIEC retail credit policy for open-end credit).

>>> from decimal import Decimal
>>> from duewise.finance import missed, products
>>> p = products.load_preset("cn_jd_baitiao")
>>> sim = missed.simulate(p, Decimal("1000"), (2025, 1), missed.parse_scenario("miss:4"))
>>> [(c.kind.value, c.cycle) for c in consequences(sim, p) if c.cycle is not None][-1]
('legal_action', 3)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from duewise.finance import record

if TYPE_CHECKING:
    from duewise.finance import products
    from duewise.finance.missed import Simulation

LEGAL_RULE = "legal_collection_after_days"
PROMOTIONS_PRODUCTS = frozenset({"cn_jd_baitiao"})

SOURCES = {
    "reminder": (
        "the usual order of collection; lenders publish no fixed timetable (JD Baitiao help text, "
        "as reproduced at miaodongku.com/cjjr/83m59p.html: an account is overdue once the amount "
        "due is not paid by the due date)"
    ),
    "warning": (
        "overdue once the amount due is not paid by the due date; charges start the next day "
        "(JD Baitiao help text, as reproduced at hpgipv.com/laws-1161270.html and "
        "miaodongku.com/cjjr/83m59p.html); a linked autopay card may be debited under your "
        "agreement"
    ),
    "lost_promotions": (
        "JD Baitiao help text, as reproduced at miaodongku.com/cjjr/83m59p.html: an overdue user "
        "can no longer take part in Baitiao promotions"
    ),
    "credit_line_cut": (
        "no general rule or figure was found: whether and when a lender lowers a limit is set by "
        "its own agreement"
    ),
    "penalty_apr": (
        "12 CFR §1026.55(b)(4) (Regulation Z): a penalty APR on the existing balance once a "
        "minimum is not received within 60 days; removed after 6 consecutive on-time minimums "
        "(as summarised in NCLC, Consumer Credit Regulation §8.3.2.2.3)"
    ),
    "credit_bureau_report": (
        "PBOC credit report, 24-month codes 1–7 (the report's legend as reproduced at "
        "southmoney.com and csai.cn); US: reported at 30 days past due (common practice; "
        "thebalancemoneyac.pages.dev, mortgagecreditproblems.com, weak sources)"
    ),
    "linked_products": (
        "one credit report for every lender: lenders supply credit information to the national "
        "financial credit database, which a bank you later ask for a card or loan may consult "
        "with your written consent (《征信业管理条例》, State Council Decree No. 631, 2013, "
        "Arts. 29 and 18)"
    ),
    "legal_action": (
        "JD Baitiao help text, as reproduced at miaodongku.com/cjjr/83m59p.html (also "
        "m.sboyo.com, a weak source): more than 90 days overdue may be sent to legal collection"
    ),
    "charged_off": (
        "open-end credit such as a card is charged off at 180 days past due under the FFIEC's "
        "Uniform Retail Credit Classification and Account Management Policy (65 FR 36903, "
        "2000-06-12); FCRA §605(c)(1), 15 U.S.C. §1681c(c)(1), for how long it is reported"
    ),
}


class ConsequenceKind(StrEnum):
    """What can happen beyond the money."""

    REMINDER = "reminder"  # collection stage 1
    WARNING = "warning"  # stage 2: overdue notice, charges start, auto-debit of a linked card
    LOST_PROMOTIONS = "lost_promotions"
    CREDIT_LINE_CUT = "credit_line_cut"
    PENALTY_APR = "penalty_apr"  # US cards
    CREDIT_BUREAU_REPORT = "credit_bureau_report"  # stage 3
    LINKED_PRODUCTS = "linked_products"  # every later lender sees the record
    LEGAL_ACTION = "legal_action"  # stage 4
    CHARGED_OFF = "charged_off"  # US


#: The collection ladder's stage of each kind (1 reminder … 4 legal action).
COLLECTION_STAGE = {
    ConsequenceKind.REMINDER: 1,
    ConsequenceKind.WARNING: 2,
    ConsequenceKind.CREDIT_BUREAU_REPORT: 3,
    ConsequenceKind.LEGAL_ACTION: 4,
}


@dataclass(frozen=True)
class Consequence:
    """One consequence and the first cycle at which it becomes possible.

    Attributes:
        kind: what it is.
        cycle: 0-based cycle of the simulation (None: not reached in this history, or not
            covered by a source for this product).
        on: the day it becomes possible (None with ``cycle``).
        applies: our sources cover it for this product (False: shown as "no source").
        uncertain: the source gives no rule or figure, or is weak.
        source: where the rule comes from.
        stage: the collection-ladder stage (1–4), or None.
    """

    kind: ConsequenceKind
    cycle: int | None
    on: date | None
    applies: bool
    uncertain: bool
    source: str
    stage: int | None = None

    @property
    def reached(self) -> bool:
        """It becomes possible somewhere in the simulated history."""
        return self.cycle is not None


def consequences(sim: Simulation, product: products.Product) -> tuple[Consequence, ...]:
    """The checklist for ``sim`` on ``product``, in the order a learner meets them.

    Args:
        sim: a :func:`duewise.finance.missed.simulate` result.
        product: the product simulated (a preset or a user's copy, which keeps the preset's id).
    """
    rows = sim.rows
    first_missed = next((r for r in rows if r.missed), None)
    rec = record.build_record(sim, product)
    out: list[Consequence] = []

    def add(
        kind: ConsequenceKind,
        cycle: int | None,
        on: date | None,
        *,
        applies: bool = True,
        uncertain: bool = False,
        source: str | None = None,
    ) -> None:
        out.append(
            Consequence(
                kind=kind,
                cycle=cycle if applies else None,
                on=on if applies and cycle is not None else None,
                applies=applies,
                uncertain=uncertain,
                source=source if source is not None else SOURCES[kind.value],
                stage=COLLECTION_STAGE.get(kind),
            )
        )

    miss_cycle = first_missed.cycle if first_missed else None
    miss_due = first_missed.due_date if first_missed else None
    add(ConsequenceKind.REMINDER, miss_cycle, miss_due, uncertain=True)
    add(
        ConsequenceKind.WARNING,
        miss_cycle,
        miss_due + timedelta(days=1) if miss_due else None,
    )
    add(
        ConsequenceKind.LOST_PROMOTIONS,
        miss_cycle,
        miss_due + timedelta(days=1) if miss_due else None,
        applies=product.id in PROMOTIONS_PRODUCTS,
    )
    add(
        ConsequenceKind.CREDIT_LINE_CUT,
        miss_cycle,
        miss_due + timedelta(days=1) if miss_due else None,
        uncertain=True,
    )
    if product.penalty_apr is not None:
        apr_row = next((r for r in rows if r.penalty_apr_active), None)
        add(
            ConsequenceKind.PENALTY_APR,
            apr_row.cycle if apr_row else None,
            apr_row.report_date if apr_row else None,
        )
    reported = next(
        (
            (i, m)
            for i, m in enumerate(rec.months)
            if m.code in record.PBOC_OVERDUE_CODES or m.code not in ("N", "C", "*", "/", "OK")
        ),
        None,
    )
    report_cycle = reported[0] if reported else None
    report_day = rows[reported[0]].report_date if reported else None
    threshold_rule = product.rules.get("reporting_threshold_days")
    add(
        ConsequenceKind.CREDIT_BUREAU_REPORT,
        report_cycle,
        report_day,
        uncertain=bool(threshold_rule and threshold_rule.uncertain),
        source=SOURCES["credit_bureau_report"]
        + (f"; this product: {threshold_rule.source}" if threshold_rule else ""),
    )
    add(ConsequenceKind.LINKED_PRODUCTS, report_cycle, report_day)
    legal = product.rules.get(LEGAL_RULE)
    if legal is not None and isinstance(legal.value, int):
        limit = legal.value
        legal_row = next((r for r in rows if r.days_past_due > limit), None)
        add(
            ConsequenceKind.LEGAL_ACTION,
            legal_row.cycle if legal_row else None,
            legal_row.report_date if legal_row else None,
            uncertain=legal.uncertain,
            source=legal.source,
        )
    else:
        add(ConsequenceKind.LEGAL_ACTION, None, None, applies=False)
    if product.is_us:
        co_row = next((r for r in rows if r.days_past_due >= record.US_CHARGE_OFF_AFTER_DAYS), None)
        add(
            ConsequenceKind.CHARGED_OFF,
            co_row.cycle if co_row else None,
            co_row.report_date if co_row else None,
            uncertain=True,
        )
    return tuple(out)
