"""Consequences beyond money: what a missed payment can set off, and from which cycle.

Each :class:`Consequence` says the first cycle of a simulated history at which it becomes
*possible* (lenders publish no fixed timetable, so this is never a promise that it happens), the
date, whether our sources cover it for this product, and the source a reader can look up (in
English, and in Chinese for a Chinese interface: :data:`SOURCES_ZH`, :meth:`Consequence.source_in`;
a product rule's source in Chinese is its ``source_zh``, English where none is written). The
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

from duewise.finance import citations, record

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

# The same in Chinese, for a Chinese interface (the ``zh`` of ``duewise.content.language``).
SOURCES_ZH = {
    "reminder": (
        "催收的通常顺序；贷款机构不公布固定的时间表（京东白条帮助中心的说明，转载于 "
        "miaodongku.com/cjjr/83m59p.html：到还款日未还清应还金额即算逾期）"
    ),
    "warning": (
        "到还款日未还清应还金额即算逾期；次日开始收费（京东白条帮助中心的说明，转载于 "
        "hpgipv.com/laws-1161270.html 和 miaodongku.com/cjjr/83m59p.html）；根据你的协议，"
        "绑定的自动还款卡可能被扣款"
    ),
    "lost_promotions": (
        "京东白条帮助中心的说明，转载于 miaodongku.com/cjjr/83m59p.html：逾期用户不能再参加"
        "白条的优惠活动"
    ),
    "credit_line_cut": (
        "没有找到通用的规则或数字：贷款机构是否以及何时降低额度，由它自己的协议规定"
    ),
    "penalty_apr": (
        "12 CFR §1026.55(b)(4)（Regulation Z）：最低还款额在 60 天内未收到时，已有余额可适用"
        "惩罚性利率；连续 6 次按时还最低还款额后取消（据 NCLC 的 Consumer Credit Regulation "
        "§8.3.2.2.3 的概述）"
    ),
    "credit_bureau_report": (
        "人民银行征信报告，24 个月代码 1–7（报告图例，转载于 southmoney.com 和 csai.cn）；"
        "美国：逾期满 30 天上报（常见做法；thebalancemoneyac.pages.dev、"
        "mortgagecreditproblems.com，来源较弱）"
    ),
    "linked_products": (
        "所有贷款机构看的是同一份征信报告：贷款机构向国家金融信用信息基础数据库报送信用信息，"
        "你日后申请信用卡或贷款的银行经你书面同意可以查询（《征信业管理条例》，国务院令第631号，"
        "2013 年，第29条和第18条）"
    ),
    "legal_action": (
        "京东白条帮助中心的说明，转载于 miaodongku.com/cjjr/83m59p.html（另见 m.sboyo.com，"
        "来源较弱）：逾期超过 90 天可能被转交法律催收"
    ),
    "charged_off": (
        "根据 FFIEC 的 Uniform Retail Credit Classification and Account Management Policy"
        "（65 FR 36903，2000-06-12），信用卡等循环信用在逾期 180 天时核销；上报多长时间见 "
        "FCRA §605(c)(1)、15 U.S.C. §1681c(c)(1)"
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
        source: where the rule comes from, in English.
        stage: the collection-ladder stage (1–4), or None.
        source_zh: the same in Chinese (None: only the English text is written).
    """

    kind: ConsequenceKind
    cycle: int | None
    on: date | None
    applies: bool
    uncertain: bool
    source: str
    stage: int | None = None
    source_zh: str | None = None

    def source_in(self, language: str) -> str:
        """The source in ``language`` (``citations.in_language``)."""
        return citations.in_language(self.source, self.source_zh, language)

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
        source_zh: str | None = None,
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
                source_zh=source_zh if source is not None else SOURCES_ZH.get(kind.value),
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
        source_zh=SOURCES_ZH["credit_bureau_report"]
        + (f"；本产品：{threshold_rule.source_in('zh')}" if threshold_rule else ""),
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
            source_zh=legal.source_zh,
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
