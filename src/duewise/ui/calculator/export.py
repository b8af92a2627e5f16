"""The calculator's exports: the chart as PNG or SVG, the statement as CSV, and the one-page PDF
summary built from the evaluation (never from the labels on screen), in the current language.

Texts are translated in the ``CalculatorPage`` context.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from duewise.finance import calculator, record
from duewise.reports import csv_writer, pdf
from duewise.storage import files
from duewise.ui.calculator.charts import CompoundingChart
from duewise.ui.calculator.parts import esc, money, month_text
from duewise.ui.calculator.widgets import StatementModel
from duewise.ui.common import errors, jobs

if TYPE_CHECKING:
    from duewise.ui.calculator.cost_panel import CostPanel
    from duewise.ui.calculator.statement_panel import StatementPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalculatorPage", text)


def write_png(path: Path, chart: CompoundingChart) -> None:
    """The compounding chart as PNG."""
    files.write_bytes_atomic(path, chart.png_bytes(dpi=150))


def write_svg(path: Path, chart: CompoundingChart) -> None:
    """The compounding chart as SVG."""
    files.write_bytes_atomic(path, chart.svg_bytes())


def write_csv(path: Path, model: StatementModel) -> None:
    """The statement table (amounts as plain numbers, UTF-8 with BOM)."""
    csv_writer.write_csv(path, model.headers(), model.raw_rows())


@dataclass(frozen=True)
class SummaryTexts:
    """The words of the PDF summary, in the current language (the page's panels give them)."""

    title: str
    product: str
    amount: str
    start: str
    scenario: str
    summary: str
    extra_labels: dict[str, str]
    record_heading: str
    flags: Sequence[str]
    timeline: str
    loan_outcome: str | None
    loan_price: str | None
    assumptions: str


def summary_html(
    evaluation: calculator.Evaluation, texts: SummaryTexts, money: Callable[[Decimal], str]
) -> str:
    """The one-page summary as HTML for ``reports.pdf`` (every value escaped)."""
    sim = evaluation.sim
    labels = texts.extra_labels
    rows = [
        (labels["interest"], sim.baseline_totals.interest, sim.totals.interest),
        (
            labels["interest_on_interest"],
            sim.baseline_totals.interest_on_interest,
            sim.totals.interest_on_interest,
        ),
        (labels["penalties"], sim.baseline_totals.penalties, sim.totals.penalties),
        (labels["fees"], sim.baseline_totals.fees, sim.totals.fees),
        (_tr("Total"), sim.on_time_total, sim.scenario_total),
    ]
    table = (
        "<table><tr><th></th><th>"
        + esc(_tr("On time"))
        + "</th><th>"
        + esc(_tr("This scenario"))
        + "</th></tr>"
        + "".join(
            f"<tr><td>{esc(name)}</td><td align='right'>{esc(money(a))}</td>"
            f"<td align='right'>{esc(money(b))}</td></tr>"
            for name, a, b in rows
        )
        + "</table>"
    )
    codes = " ".join(m.code for m in record.grid(evaluation.rec, evaluation.rec.as_of))
    loan = ""
    if texts.loan_outcome is not None:
        loan = (
            f"<h2>{esc(_tr('The next loan (illustration)'))}</h2>"
            f"<p>{esc(texts.loan_outcome)}<br>{esc(texts.loan_price or '')}</p>"
        )
    return (
        f"<h1>{esc(texts.title)}</h1>"
        f"<p>{esc(_tr('Product'))}: {esc(texts.product)} · "
        f"{esc(_tr('Amount'))}: {esc(texts.amount)} · "
        f"{esc(_tr('First statement'))}: {esc(texts.start)} · "
        f"{esc(_tr('Scenario'))}: {esc(texts.scenario)}</p>"
        f"<h2>{esc(texts.summary)}</h2>"
        + table
        + "<p><img src='chart.png' width='620'></p>"
        + f"<h2>{esc(texts.record_heading)}</h2>"
        + f"<p>{esc(codes)}</p><p>{esc(' '.join(texts.flags))}</p>"
        + f"<p>{esc(texts.timeline)}</p>"
        + loan
        + f"<p class='muted'>{esc(texts.assumptions)}</p>"
    )


class ExportActions:
    """The toolbar's exports (a mixin of the page, which provides the panels and the dialogs)."""

    status: QLabel
    busy: QProgressBar
    pdf_button: QPushButton
    cost_panel: CostPanel
    statement_panel: StatementPanel
    _result: calculator.Evaluation | None
    _pdf_jobs: list[jobs.WriteJob]
    pdf_finished: SignalInstance
    pdf_failed: SignalInstance

    if TYPE_CHECKING:  # the page's

        @classmethod
        def ask_save_path(
            cls, parent: QWidget, caption: str, suggested: str, name_filter: str
        ) -> Path | None: ...

    def _on_export_clicked(self, kind: str) -> None:
        filters = {
            "png": QCoreApplication.translate("CalculatorPage", "PNG image (*.png)"),
            "svg": QCoreApplication.translate("CalculatorPage", "SVG image (*.svg)"),
            "csv": QCoreApplication.translate("CalculatorPage", "CSV table (*.csv)"),
        }
        suggested = {
            "png": "duewise-chart.png",
            "svg": "duewise-chart.svg",
            "csv": "duewise-statement.csv",
        }
        path = self.ask_save_path(
            self,
            QCoreApplication.translate("CalculatorPage", "Export"),
            suggested[kind],
            filters[kind],
        )
        if path is None:
            return
        writer: Callable[[Path], None] = {
            "png": self.export_png,
            "svg": self.export_svg,
            "csv": self.export_csv,
        }[kind]
        try:
            writer(path)
        except OSError as exc:
            self.status.setText(
                QCoreApplication.translate("CalculatorPage", "Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", errors.describe(exc))
            )
            return
        self.status.setText(
            QCoreApplication.translate("CalculatorPage", "Saved %1").replace("%1", str(path))
        )

    def export_png(self, path: Path) -> None:
        """The compounding chart as PNG."""
        write_png(path, self.cost_panel.chart)

    def export_svg(self, path: Path) -> None:
        """The compounding chart as SVG."""
        write_svg(path, self.cost_panel.chart)

    def export_csv(self, path: Path) -> None:
        """The statement table (amounts as plain numbers, UTF-8 with BOM)."""
        write_csv(path, self.statement_panel.model)

    def _on_pdf_clicked(self) -> None:
        path = self.ask_save_path(
            self,
            QCoreApplication.translate("CalculatorPage", "Export"),
            "duewise-summary.pdf",
            QCoreApplication.translate("CalculatorPage", "PDF document (*.pdf)"),
        )
        if path is not None:
            self.export_pdf(path)

    def pdf_title(self) -> str:
        """The PDF summary's title in the current language."""
        return QCoreApplication.translate(
            "CalculatorPage", "Missed-payment calculator: scenario summary"
        )

    def _summary_texts(self, evaluation: calculator.Evaluation) -> SummaryTexts:
        language = self.context.language
        sim, rec = evaluation.sim, evaluation.rec
        loan = self.next_loan_panel
        assessment = loan.assessment
        return SummaryTexts(
            title=self.pdf_title(),
            product=self.terms_form.product_name(evaluation.product),
            amount=money(sim.amount, sim.currency, language),
            start=month_text(sim.start, language),
            scenario=self.scenario_editor.description(),
            summary=self.cost_panel.summary_text(),
            extra_labels=self.cost_panel.extra_labels(evaluation.product),
            record_heading=self.record_panel.heading_text(rec),
            flags=self.record_panel.flag_lines(rec),
            timeline=self.record_panel.timeline_sentence(rec),
            loan_outcome=loan.outcome_sentence(assessment) if assessment else None,
            loan_price=loan.price_sentence(assessment) if assessment else None,
            assumptions=self.cost_panel.assumptions_sentence(),
        )

    def export_pdf(self, path: Path) -> None:
        """Write the one-page summary once the busy label shows; ``pdf_finished``/``pdf_failed``."""
        evaluation = self._result
        if evaluation is None or self._pdf_jobs:
            return
        currency, language = evaluation.sim.currency, self.context.language
        body = summary_html(
            evaluation,
            self._summary_texts(evaluation),
            lambda amount: money(amount, currency, language),
        )
        images = jobs.decode_images({"chart.png": self.cost_panel.chart.png_bytes(dpi=110)})
        title = self.pdf_title()
        self.busy.show()
        self.pdf_button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("CalculatorPage", "Writing the PDF…"))
        job = jobs.start(
            Path(path),
            lambda target: pdf.write_pdf(target, body, title=title, images=images),
            self._on_pdf_job_finished,
            self._on_pdf_job_failed,
        )
        self._pdf_jobs.append(job)

    def _finish_pdf_job(self) -> None:
        self._pdf_jobs.clear()
        self.busy.hide()
        self.pdf_button.setEnabled(True)

    def _on_pdf_job_finished(self, path: object) -> None:
        self._finish_pdf_job()
        self.status.setText(
            QCoreApplication.translate("CalculatorPage", "Saved %1").replace("%1", str(path))
        )
        self.pdf_finished.emit(str(path))

    def _on_pdf_job_failed(self, reason: str) -> None:
        self._finish_pdf_job()
        self.status.setText(
            QCoreApplication.translate("CalculatorPage", "Could not write the PDF: %1").replace(
                "%1", reason
            )
        )
        self.pdf_failed.emit(reason)
