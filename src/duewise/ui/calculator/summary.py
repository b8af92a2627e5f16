"""What the calculator's PDF summary holds (issue #18), worded by the page's panels in the
current language and handed to ``reports.calculator_summary`` to lay out and write.

It is built from the evaluation (never from half-typed fields): the inputs and the scenario, the
cost and its split, the owed chart, the remedies side by side with their chart and records, the
24-month record as a grid of months, how long it stays visible, the consequences beyond money,
the next loan with its chart, the statement month by month, the assumptions and the sources. The
charts are drawn at print size and text size, without the pointer's line (``print_png``).

Texts are translated in the ``CalculatorPage`` context.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QLocale

from duewise.finance import calculator, record
from duewise.reports import calculator_summary as doc
from duewise.ui.calculator import parts
from duewise.ui.calculator.remedies_chart import REMEDY_ORDER
from duewise.ui.common import app_language
from duewise.ui.common.charts.blit import BlitChart
from duewise.ui.common.record_grid import TIMELINE_COLOURS, code_colour

if TYPE_CHECKING:
    from duewise.ui.calculator.consequences_panel import ConsequencesPanel
    from duewise.ui.calculator.cost_panel import CostPanel
    from duewise.ui.calculator.next_loan_panel import NextLoanPanel
    from duewise.ui.calculator.record_panel import RecordPanel
    from duewise.ui.calculator.remedies_panel import RemediesPanel
    from duewise.ui.calculator.scenario_editor import ScenarioEditor
    from duewise.ui.calculator.statement_panel import StatementPanel
    from duewise.ui.calculator.terms_form import TermsForm
    from duewise.ui.common.context import AppContext


class CalculatorPage(Protocol):
    """What the summary reads of the calculator page (its panels and two methods)."""

    context: AppContext
    terms_form: TermsForm
    scenario_editor: ScenarioEditor
    cost_panel: CostPanel
    remedies_panel: RemediesPanel
    record_panel: RecordPanel
    consequences_panel: ConsequencesPanel
    next_loan_panel: NextLoanPanel
    statement_panel: StatementPanel

    def set_chart_texts(self, scale: int) -> None: ...
    def pdf_title(self) -> str: ...


#: Print sizes of the charts, inches (the page's text column is about 7 inches wide).
OWED_SIZE = (7.0, 3.3)
REMEDIES_SIZE = (7.0, 3.0)
LOAN_SIZE = (7.0, 2.1)


def print_png(chart: BlitChart, size: tuple[float, float]) -> bytes:
    """``chart`` drawn at ``size`` inches, without the pointer's line, then back as it was on
    screen (the caller sets the chart's texts for paper first: ``set_chart_texts(100)``)."""
    figure = chart.figure
    before = tuple(figure.get_size_inches())
    hover = getattr(chart, "hover_line", None)
    hover_visible = bool(hover is not None and hover.get_visible())
    if hover is not None:
        hover.set_visible(False)
    figure.set_size_inches(*size, forward=False)
    figure.set_layout_engine("constrained")
    try:
        return chart.png_bytes(dpi=150)
    finally:
        figure.set_size_inches(*before, forward=False)
        if hover is not None:
            hover.set_visible(hover_visible)
        chart.relayout()


def _short_months() -> list[str]:
    locale = QLocale()
    return [locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]


def _cells(months: tuple[record.MonthRecord, ...]) -> list[doc.Cell]:
    return [doc.Cell(m.code, code_colour(m.code)) for m in months]


def record_grid(rec: record.CreditRecord) -> doc.RecordGrid:
    """The 24 months a report shows, by calendar year and month."""
    months = record.grid(rec, rec.as_of)
    first, last = months[0].month.year, months[-1].month.year
    rows: list[list[doc.Cell | None]] = [[None] * 12 for _ in range(first, last + 1)]
    for m in months:
        rows[m.month.year - first][m.month.month - 1] = doc.Cell(m.code, code_colour(m.code))
    return doc.RecordGrid(
        corner=QCoreApplication.translate("RecordGrid", "Month"),
        month_labels=_short_months(),
        years=[str(y) for y in range(first, last + 1)],
        cells=rows,
    )


def _timeline(page: CalculatorPage, rec: record.CreditRecord) -> doc.Timeline:
    if not rec.episodes:
        return doc.Timeline(
            [
                (
                    1.0,
                    QCoreApplication.translate("CalculatorPage", "Nothing negative is reported"),
                    TIMELINE_COLOURS["clean"],
                )
            ]
        )
    first = min(e.start for e in rec.episodes)
    if any(e.end is None for e in rec.episodes) and rec.system is record.RecordSystem.PBOC:
        return doc.Timeline(
            [
                (
                    1.0,
                    QCoreApplication.translate(
                        "CalculatorPage", "Overdue and unpaid: visible while unpaid"
                    ),
                    TIMELINE_COLOURS["overdue"],
                )
            ]
        )
    until = rec.visible_until or first
    end = max((e.end or rec.as_of) for e in rec.episodes)
    span = max((until - first).days, 1)
    overdue = min(0.95, max((end - first).days / span, 0.05))
    language = page.context.language

    def label(text: str, share: float) -> str:
        return text if share >= 0.3 else ""

    return doc.Timeline(
        [
            (
                overdue,
                label(QCoreApplication.translate("CalculatorPage", "Overdue"), overdue),
                TIMELINE_COLOURS["overdue"],
            ),
            (
                1 - overdue,
                label(
                    QCoreApplication.translate("CalculatorPage", "Visible until %1").replace(
                        "%1", parts.day_text(until, language)
                    ),
                    1 - overdue,
                ),
                TIMELINE_COLOURS["visible"],
            ),
        ]
    )


def _statement(page: CalculatorPage, evaluation: calculator.Evaluation) -> doc.Table:
    """The statement, one line a month: the due date left out (the month names the row) and
    the currency in the headers, so eleven columns fit the page."""
    model = page.statement_panel.model
    headers = model.headers()
    keep = [i for i in range(len(headers)) if i != 1]
    sign = "$" if evaluation.sim.currency == "USD" else "¥"
    money_columns = range(2, 10)
    rows = []
    highlight = set()
    for r in range(len(model.raw_rows())):
        rows.append([model.text(r, c).replace(sign, "") for c in keep])
        if evaluation.sim.rows[r].missed:
            highlight.add(r)
    return doc.Table(
        headers=[f"{headers[i]} ({sign})" if i in money_columns else headers[i] for i in keep],
        rows=rows,
        numeric_from=1,
        highlight=frozenset(highlight),
        small=True,
        nowrap=True,
    )


def _remedies(page: CalculatorPage, evaluation: calculator.Evaluation) -> doc.Section | None:
    panel = page.remedies_panel
    comparison = panel.comparison
    if comparison is None:
        return None
    names = panel.remedy_names()
    rows = panel.row_names()
    columns = panel.column_texts()
    from duewise.ui.calculator.remedies_panel import ROWS

    recommended = REMEDY_ORDER.index(comparison.recommended.value) + 1
    table = doc.Table(
        headers=[
            "",
            *[("★ " if n == comparison.recommended.value else "") + names[n] for n in REMEDY_ORDER],
        ],
        rows=[[rows[key], *[columns[n][key] for n in REMEDY_ORDER]] for key in ROWS],
        numeric_from=1,
        highlight=frozenset({recommended}),
        highlight_columns=True,
        small=True,
    )
    strips, labels = panel.strip_rows()
    parts_: list[object] = [
        panel.intro.text(),
        table,
        panel.recommendation_text(),
        doc.Image("remedies.png"),
        panel.strips_heading.text(),
        doc.Strips(
            labels,
            [(s.label, [doc.Cell(c, code_colour(c)) for c in s.codes]) for s in strips],
        ),
    ]
    if panel.second_sentence():
        parts_.append(panel.second_sentence())
    parts_.append(doc.Note(panel.notes_text()))
    return doc.Section(panel.heading.text(), parts_, new_page=True)


def _facts(page: CalculatorPage, evaluation: calculator.Evaluation) -> list[tuple[str, str]]:
    language = page.context.language
    sim = evaluation.sim
    form = page.terms_form
    facts = [
        (
            QCoreApplication.translate("CalculatorPage", "Product"),
            form.product_name(evaluation.product),
        ),
        (
            QCoreApplication.translate("CalculatorPage", "Amount"),
            parts.money(sim.amount, sim.currency, language),
        ),
        (
            QCoreApplication.translate("CalculatorPage", "First statement"),
            parts.month_text(sim.start, language),
        ),
        (
            QCoreApplication.translate("CalculatorPage", "Scenario"),
            page.scenario_editor.describe(sim.scenario),
        ),
        (QCoreApplication.translate("CalculatorPage", "Months simulated"), str(len(sim.rows))),
    ]
    if evaluation.days_late is not None:
        days = evaluation.days_late
        facts.append(
            (
                QCoreApplication.translate("CalculatorPage", "Paid late by"),
                QCoreApplication.translate("CalculatorPage", "1 day")
                if days == 1
                else QCoreApplication.translate("CalculatorPage", "%1 days").replace(
                    "%1", str(days)
                ),
            )
        )
    edited = [
        f"{form.term_label(key)}: {text}"
        for key, text in form.edited_terms().items()
        if key in evaluation.product.rules and evaluation.product.rules[key].user_edited
    ]
    if edited:
        facts.append(
            (QCoreApplication.translate("CalculatorPage", "Your terms"), "; ".join(edited))
        )
    facts.append(
        (
            QCoreApplication.translate("CalculatorPage", "Made on"),
            parts.day_text(dt.date.today(), language),
        )
    )
    return facts


def _sources(evaluation: calculator.Evaluation, page: CalculatorPage) -> list[str]:
    language = page.context.language
    texts = app_language.lesson_language(language)  # source_zh in Chinese, else the English
    lines = []
    form = page.terms_form
    for key, rule in evaluation.product.rules.items():
        if key not in form.rate_fields:
            continue
        lines.append(
            f"{form.term_label(key)}: {rule.source_in(texts)} "
            f"({parts.day_text(rule.as_of, language)})"
        )
    return lines


def build(
    page: CalculatorPage, evaluation: calculator.Evaluation
) -> tuple[doc.Summary, dict[str, bytes]]:
    """The summary of ``evaluation`` as the page shows it, and its chart images (PNG)."""
    scale = page.context.text_scale
    cost = page.cost_panel
    sim, rec = evaluation.sim, evaluation.rec
    labels = cost.extra_labels(evaluation.product)
    language = page.context.language

    def money(amount: Decimal) -> str:
        return parts.money(amount, sim.currency, language)

    table = doc.Table(
        headers=[
            "",
            QCoreApplication.translate("CalculatorPage", "On time"),
            QCoreApplication.translate("CalculatorPage", "This scenario"),
        ],
        rows=[
            [labels["interest"], money(sim.baseline_totals.interest), money(sim.totals.interest)],
            [
                labels["interest_on_interest"],
                money(sim.baseline_totals.interest_on_interest),
                money(sim.totals.interest_on_interest),
            ],
            [
                labels["penalties"],
                money(sim.baseline_totals.penalties),
                money(sim.totals.penalties),
            ],
            [labels["fees"], money(sim.baseline_totals.fees), money(sim.totals.fees)],
            [
                QCoreApplication.translate("CalculatorPage", "Total"),
                money(sim.on_time_total),
                money(sim.scenario_total),
            ],
        ],
        highlight=frozenset({4}),
        nowrap=True,
    )
    cost_parts: list[object] = []
    if evaluation.late is not None:
        cost_parts.append(cost.scenario_sentence())
    cost_parts += [table, doc.Image("owed.png"), doc.Note(cost.assumptions_sentence())]
    sections = [doc.Section(cost.summary_text(), cost_parts)]
    page.set_chart_texts(100)  # paper: the legends and fonts of 100 % text
    try:
        images = {"owed.png": print_png(cost.chart, OWED_SIZE)}
        if page.remedies_panel.comparison is not None:
            images["remedies.png"] = print_png(page.remedies_panel.chart, REMEDIES_SIZE)
        if page.next_loan_panel.assessment is not None:
            images["loan.png"] = print_png(page.next_loan_panel.chart, LOAN_SIZE)
    finally:
        page.set_chart_texts(scale)
    remedies = _remedies(page, evaluation)
    if remedies is not None:
        sections.append(remedies)
    record_panel = page.record_panel
    sections.append(
        doc.Section(
            record_panel.heading_text(rec),
            [
                record_panel.caption.text(),
                record_grid(rec),
                record_panel.legend_sentence(rec),
                record_panel.flag_lines(rec),
                record_panel.timeline_heading.text(),
                _timeline(page, rec),
                record_panel.timeline_sentence(rec),
            ],
            new_page=True,
        )
    )
    sections.append(
        doc.Section(
            page.consequences_panel.heading.text(), [page.consequences_panel.checklist_lines()]
        )
    )
    loan = page.next_loan_panel
    if loan.assessment is not None:
        a = loan.assessment
        sections.append(
            doc.Section(
                loan.heading.text(),
                [
                    loan.outcome_sentence(a),
                    loan.price_sentence(a),
                    loan.reason_lines(a),
                    loan.chart_heading.text(),
                    doc.Image("loan.png"),
                    doc.Note(loan.illustrative_sentence()),
                    doc.Note(loan.sources_text(a)),
                ],
            )
        )
    sections.append(
        doc.Section(page.statement_panel.heading.text(), [_statement(page, evaluation)])
    )
    sections.append(
        doc.Section(
            QCoreApplication.translate("CalculatorPage", "Assumptions and sources"),
            [
                doc.Note(cost.assumptions_sentence()),
                doc.Note(
                    QCoreApplication.translate(
                        "CalculatorPage",
                        "The rates and fees in force, with their sources (as of the date given):",
                    )
                ),
                _sources(evaluation, page),
            ],
        )
    )
    summary = doc.Summary(
        title=page.pdf_title(),
        facts=_facts(page, evaluation),
        sections=sections,
        footer=QCoreApplication.translate("CalculatorPage", "Page %1 of %2"),
    )
    return summary, images
