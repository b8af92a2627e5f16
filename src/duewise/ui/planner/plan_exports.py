"""The plan as a CSV schedule, a calendar of due dates (.ics) and a printable PDF.

Part of :class:`~duewise.ui.planner.page.PlannerPage` (a mixin: the page holds the widgets and
the plan); texts are translated in the page's context.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from duewise import formatting
from duewise.finance import planner
from duewise.reports import csv_writer, pdf, planner_ics
from duewise.ui.common import errors, jobs
from duewise.ui.planner.parts import STRATEGY_ORDER


class ExportsPart:
    """The plan as a CSV schedule, a calendar of due dates (.ics) and a printable PDF."""

    def _shown_result(self) -> planner.PlanResult | None:
        if self.comparison is None:
            return None
        return self.comparison.results[self.shown]

    def _due_date(self, month: int, name: str) -> dt.date:
        row = next((r for r in self.debts_model.rows if r.name.strip() == name), None)
        day = int(row.due_day) if row is not None and row.due_day.isdigit() else 10
        return self.month_date(month).replace(day=max(1, min(day, 28)))

    def schedule_rows(self) -> list[list[object]]:
        """The chosen plan as rows: month, due date, debt, payment, interest, principal, balance."""
        result = self._shown_result()
        if result is None:
            return []
        rows: list[list[object]] = []
        for plan_month in result.schedule:
            month = plan_month.month
            for debt in plan_month.debts:
                rows.append(
                    [
                        month,
                        self._due_date(month, debt.name).isoformat(),
                        debt.name,
                        debt.payment,
                        debt.interest,
                        debt.principal,
                        debt.balance,
                    ]
                )
        return rows

    def _schedule_header(self) -> list[str]:
        return [
            QCoreApplication.translate("PlannerPage", "Month"),
            QCoreApplication.translate("PlannerPage", "Due date"),
            QCoreApplication.translate("PlannerPage", "Debt"),
            QCoreApplication.translate("PlannerPage", "Payment"),
            QCoreApplication.translate("PlannerPage", "Interest"),
            QCoreApplication.translate("PlannerPage", "Principal"),
            QCoreApplication.translate("PlannerPage", "Balance after"),
        ]

    def _export_path(self, suffix: str, filter_text: str) -> Path | None:
        name = self.plan_name_box.currentText().strip() or QCoreApplication.translate(
            "PlannerPage", "repayment-plan"
        )
        return self.ask_save_path(
            self,
            QCoreApplication.translate("PlannerPage", "Export"),
            f"{name}.{suffix}",
            filter_text,
        )

    def _on_csv_clicked(self) -> None:
        path = self._export_path(
            "csv", QCoreApplication.translate("PlannerPage", "CSV files (*.csv)")
        )
        if path is not None:
            self.export_csv(path)

    def export_csv(self, path: Path) -> None:
        """Write the chosen plan's schedule as CSV."""
        try:
            csv_writer.write_csv(path, self._schedule_header(), self.schedule_rows())
        except OSError as exc:
            self._export_failed("csv", path, exc)
            return
        self._export_done("csv", path)

    def _on_ics_clicked(self) -> None:
        path = self._export_path(
            "ics", QCoreApplication.translate("PlannerPage", "Calendar files (*.ics)")
        )
        if path is not None:
            self.export_ics(path)

    def export_ics(self, path: Path) -> None:
        """Write every due date of the chosen plan, each with a reminder two days before."""
        events = [
            planner_ics.DueEvent(
                due=dt.date.fromisoformat(str(due)),
                summary=QCoreApplication.translate("PlannerPage", "Pay %1: %2")
                .replace("%1", str(name))
                .replace(
                    "%2",
                    self.money(payment),  # type: ignore[arg-type]
                ),
                description=QCoreApplication.translate(
                    "PlannerPage", "Month %1 of your repayment plan (DueWise)."
                ).replace("%1", str(month)),
                key=f"{month}-{index}",
            )
            for index, (month, due, name, payment, *_rest) in enumerate(self.schedule_rows())
        ]
        try:
            planner_ics.write_calendar(
                path,
                events,
                calendar_name=self.plan_name_box.currentText().strip()
                or QCoreApplication.translate("PlannerPage", "Repayment plan"),
                reminder_text=QCoreApplication.translate(
                    "PlannerPage", "A debt payment is due in two days."
                ),
            )
        except OSError as exc:
            self._export_failed("ics", path, exc)
            return
        self._export_done("ics", path)

    def _on_pdf_clicked(self) -> None:
        path = self._export_path(
            "pdf", QCoreApplication.translate("PlannerPage", "PDF files (*.pdf)")
        )
        if path is not None:
            self.export_pdf(path)

    def pdf_body(self) -> str:
        """The printable plan as HTML, in the current language (every value escaped)."""
        result = self._shown_result()
        assert result is not None and self.comparison is not None
        esc = pdf.escape
        names = self.strategy_names()
        parts = [
            f"<h1>{esc(QCoreApplication.translate('PlannerPage', 'Repayment plan'))}</h1>",
            f"<p>{esc(self.plan_summary.text())}</p>",
            f"<p>{esc(self.recommendation.text())}</p>",
            f"<h2>{esc(QCoreApplication.translate('PlannerPage', 'Your debts'))}</h2><table><tr>",
        ]
        columns = [
            QCoreApplication.translate("PlannerPage", "Debt"),
            QCoreApplication.translate("PlannerPage", "Balance"),
            QCoreApplication.translate("PlannerPage", "APR %"),
            QCoreApplication.translate("PlannerPage", "Paid off"),
        ]
        parts.append("".join(f"<th>{esc(c)}</th>" for c in columns) + "</tr>")
        for debt in self._valid_debts:
            month = result.payoff_months.get(debt.name)
            cells = [
                debt.name,
                self.money(debt.balance),
                formatting.pct(debt.annual_rate * 100, self.context.language),
                self.month_text(month) if month else "—",
            ]
            parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
        side_by_side = QCoreApplication.translate("PlannerPage", "Strategies side by side")
        parts.append(f"<h2>{esc(side_by_side)}</h2><table><tr>")
        headers = [
            QCoreApplication.translate("PlannerPage", "Strategy"),
            QCoreApplication.translate("PlannerPage", "Debt-free"),
            QCoreApplication.translate("PlannerPage", "Total interest"),
            QCoreApplication.translate("PlannerPage", "Total paid"),
        ]
        parts.append("".join(f"<th>{esc(c)}</th>" for c in headers) + "</tr>")
        for strategy in STRATEGY_ORDER:
            r = self.comparison.results[strategy]
            cells = [
                names[strategy],
                self.debt_free_text(r),
                self.money(r.total_interest) if r.feasible else "—",
                self.money(r.total_paid) if r.feasible else "—",
            ]
            parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
        parts.append("</table><p><img src='chart' width='640'></p>")
        parts.append(
            "<h2>"
            + esc(
                QCoreApplication.translate("PlannerPage", "Your plan month by month: %1").replace(
                    "%1", names[self.shown]
                )
            )
            + "</h2>"
        )
        parts.append(
            "<table><tr>" + "".join(f"<th>{esc(h)}</th>" for h in self._schedule_header()) + "</tr>"
        )
        for row in self.schedule_rows():
            cells = [str(row[0]), str(row[1]), str(row[2])] + [
                self.money(v)
                for v in row[3:]  # type: ignore[arg-type]
            ]
            parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
        parts.append(
            "<p class='muted'>"
            + esc(
                QCoreApplication.translate(
                    "PlannerPage",
                    "Made with DueWise (明白账). Figures are estimates from the terms you entered.",
                )
            )
            + "</p>"
        )
        return "".join(parts)

    def export_pdf(self, path: Path) -> None:
        """Write the printable plan after the progress bar shows; ``export_finished`` says when."""
        if self._shown_result() is None:
            return
        body = self.pdf_body()
        images = jobs.decode_images({"chart": self.chart.png_bytes(dpi=120)})
        title = QCoreApplication.translate("PlannerPage", "Repayment plan")
        self.progress.show()
        self.pdf_button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("PlannerPage", "Writing the PDF…"))
        self._pdf_path = path
        task = jobs.start(
            path,
            lambda target: pdf.write_pdf(target, body, title=title, images=images),
            self._on_pdf_finished,
            self._on_pdf_failed,
        )
        self._tasks.append(task)

    def _on_pdf_finished(self, path: object) -> None:
        self._tasks.clear()
        self.progress.hide()
        self.pdf_button.setEnabled(True)
        self._export_done("pdf", Path(str(path)))

    def _on_pdf_failed(self, message: str) -> None:
        self._tasks.clear()
        self.progress.hide()
        self.pdf_button.setEnabled(True)
        self._export_failed("pdf", self._pdf_path, message)

    def _export_done(self, kind: str, path: Path) -> None:
        self.status.setText(
            QCoreApplication.translate("PlannerPage", "Saved %1").replace("%1", str(path))
        )
        self.export_finished.emit(kind, str(path))

    def _export_failed(self, kind: str, path: Path, exc: Exception | str) -> None:
        reason = exc if isinstance(exc, str) else errors.describe(exc)  # str: worded by the job
        message = (
            QCoreApplication.translate("PlannerPage", "Could not write %1: %2")
            .replace("%1", str(path))
            .replace("%2", reason)
        )
        self.status.setText(message)
        self.export_failed.emit(kind, message)

    # --- tracking progress --------------------------------------------------------------------
