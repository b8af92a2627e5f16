"""The calculator's exports: the chart as PNG or SVG, the statement as CSV, and the PDF summary
built from the evaluation (never from the labels on screen) in the current language
(``summary``: what it holds; ``reports.calculator_summary``: how it is laid out and written).

Texts are translated in the ``CalculatorPage`` context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, SignalInstance
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QWidget

from duewise.finance import calculator
from duewise.reports import calculator_summary, csv_writer
from duewise.storage import files
from duewise.ui.calculator import summary
from duewise.ui.calculator.charts import CompoundingChart
from duewise.ui.calculator.widgets import StatementModel
from duewise.ui.common import errors, jobs

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from duewise.ui.calculator.cost_panel import CostPanel
    from duewise.ui.calculator.statement_panel import StatementPanel


def write_png(path: Path, chart: CompoundingChart) -> None:
    """The compounding chart as PNG."""
    files.write_bytes_atomic(path, chart.png_bytes(dpi=150))


def write_svg(path: Path, chart: CompoundingChart) -> None:
    """The compounding chart as SVG."""
    files.write_bytes_atomic(path, chart.svg_bytes())


def write_csv(path: Path, model: StatementModel) -> None:
    """The statement table (amounts as plain numbers, UTF-8 with BOM)."""
    csv_writer.write_csv(path, model.headers(), model.raw_rows())


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
    printed: SignalInstance

    if TYPE_CHECKING:  # the page's

        @classmethod
        def ask_save_path(
            cls, parent: QWidget, caption: str, suggested: str, name_filter: str
        ) -> Path | None: ...
        @classmethod
        def ask_printer(cls, parent: QWidget) -> QPrinter | None: ...

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

    def export_pdf(self, path: Path) -> None:
        """Write the summary once the busy label shows; ``pdf_finished``/``pdf_failed``.

        The document is built from the evaluation and worded by the panels in the current
        language (``summary.build``); the charts are drawn at print size without the pointer's
        line; a worker thread writes the file.
        """
        evaluation = self._result
        if evaluation is None or self._pdf_jobs:
            return
        document, pngs = summary.build(self, evaluation)
        images = jobs.decode_images(pngs)
        self.busy.show()
        self.pdf_button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("CalculatorPage", "Writing the PDF…"))
        job = jobs.start(
            Path(path),
            lambda target: calculator_summary.write_summary(target, document, images),
            self._on_pdf_job_finished,
            self._on_pdf_job_failed,
        )
        self._pdf_jobs.append(job)

    def _on_print_clicked(self) -> None:
        """Print the summary on a printer the learner picks (laid out as the PDF)."""
        evaluation = self._result
        if evaluation is None:
            return
        printer = self.ask_printer(self)
        if printer is None:
            return
        document, pngs = summary.build(self, evaluation)
        calculator_summary.print_summary(printer, document, jobs.decode_images(pngs))
        self.status.setText(QCoreApplication.translate("CalculatorPage", "Sent to the printer."))
        self.printed.emit()

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
