"""Class results: the learners on this computer and imported results files, the class report,
CSV and PDF.

The learners who answered quizzes on this computer are in the report at once, with no export and
import; files imported from other computers are added to them. Both go through one merge
(:mod:`duewise.storage.class_results`): a learner counted once by learner id, an answer counted
once. Files are read by :mod:`duewise.storage.results_files` (validated, size-capped, never
executed); bad files are listed by name with the reason and skipped. The report comes from
:func:`duewise.learning.class_report.build_report`.

Imported results are kept in the database (teacher scope of :mod:`duewise.storage.classroom_store`,
kind ``class_results``), so the report is still there after a restart; later imports merge into
them, and "Clear imported results" (asked first) forgets them. This computer's learners are read
afresh each time the panel is shown, so they are never out of date and never cleared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from duewise import formatting
from duewise.content.model import Language, Pack
from duewise.learning import class_report
from duewise.reports.pdf import write_pdf
from duewise.storage import class_results, results_files
from duewise.storage.db import Database
from duewise.ui.classroom.charts import BarsChart
from duewise.ui.classroom.dialogs import ClassroomDialogs
from duewise.ui.classroom.results_tables import ReportTables
from duewise.ui.common import basics, jobs, wrap_label
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.basics import RetranslatingWidget
from duewise.ui.common.export_runner import ExportRunner


class ClassResultsPanel(ReportTables, RetranslatingWidget):
    """Import results files and show the class report.

    Signals:
        imported(object): an import finished (the :class:`results_files.ImportResult`).
        pdf_written(object): the report PDF was written (its path).
        pdf_failed(str): writing the PDF failed.
    """

    imported = Signal(object)
    pdf_written = Signal(object)
    pdf_failed = Signal(str)

    def __init__(
        self,
        pack: Pack,
        language: Callable[[], str],
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
        database: Database | None = None,
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self._language = language
        self.database = database
        self.folder = folder or Path.home()
        self.learners: tuple[results_files.LearnerResults, ...] = ()
        self.kept_at: str | None = None  # when the kept results last changed
        self.kept_count = 0  # learners in the kept (imported) results
        self.local_count = 0  # learners who answered on this computer
        self._kept_problem = False  # the kept results could not be read
        self.report: class_report.ClassReport | None = None
        self.last_import: results_files.ImportResult | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        card, card_layout = basics.card(self)
        self.heading = basics.heading(2, card)
        self.explanation = wrap_label.paragraph(card, muted=True)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(card)
        self.clear_button = QPushButton(card)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        self.status = wrap_label.paragraph(card)
        self.status.setObjectName("importStatus")
        self.problems = wrap_label.paragraph(card)
        self.problems.setObjectName("importProblems")
        self.problems.setProperty("role", "error")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        card_layout.addWidget(self.heading)
        card_layout.addWidget(self.explanation)
        card_layout.addLayout(buttons)
        card_layout.addWidget(self.status)
        card_layout.addWidget(self.problems)
        layout.addWidget(card)

        self.report_tabs = QTabWidget(self)
        self.students_table = self._table()
        self.lessons_table = self._table()
        self.objectives_table = self._table()
        self.hardest_table = self._table()
        for table in (
            self.students_table,
            self.lessons_table,
            self.objectives_table,
            self.hardest_table,
        ):
            self.report_tabs.addTab(table, "")
        layout.addWidget(self.report_tabs)
        self.chart = BarsChart(self, height_in=2.8)
        self.chart.font_scale = 130
        self.chart.setMinimumHeight(240)
        layout.addWidget(self.chart)
        export_row = QHBoxLayout()
        self.csv_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        export_row.addWidget(self.csv_button)
        export_row.addWidget(self.pdf_button)
        export_row.addWidget(self.progress)
        export_row.addStretch(1)
        layout.addLayout(export_row)
        self.export_status = wrap_label.paragraph(self)
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.export_status)
        self.export_runner = ExportRunner(
            self, buttons=(self.pdf_button,), progress=self.progress, reword=self.retranslate_ui
        )
        layout.addStretch(1)
        self.setTabOrder(self.import_button, self.clear_button)
        self.setTabOrder(self.clear_button, self.report_tabs)
        self.setTabOrder(self.report_tabs, self.csv_button)
        self.setTabOrder(self.csv_button, self.pdf_button)
        self._connect_signals()
        self.reload()

    def _table(self) -> QTableWidget:
        table = QTableWidget(self)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setMinimumHeight(200)
        table.setSortingEnabled(False)
        return table

    def _connect_signals(self) -> None:
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.csv_button.clicked.connect(self._on_csv_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.export_runner.written.connect(self.pdf_written)
        self.export_runner.failed.connect(self.pdf_failed)

    # --- importing --------------------------------------------------------------------------

    @property
    def language(self) -> Language:
        """The lesson language for the interface language."""
        return lesson_language(self._language())

    def reload(self) -> None:
        """Show this computer's learners merged with the kept imported results."""
        self.last_import = None
        self.export_runner.status = None
        self._read()

    def _read(self) -> None:
        if self.database is None:
            self.learners, self.kept_at, self.kept_count, self.local_count = (), None, 0, 0
            self._kept_problem = False
        else:
            results = class_results.combined(self.database, now=self._now())
            self.learners = results.learners
            self.kept_at = results.kept.updated_at
            self.kept_count = len(results.kept.learners)
            self.local_count = len(results.local_uids)
            self._kept_problem = results.kept.damaged
        self._rebuild()

    @staticmethod
    def _now() -> dt.datetime:
        return dt.datetime.now().astimezone()

    def showEvent(self, event: QShowEvent) -> None:
        """Learners may have answered on this computer meanwhile: read them again."""
        self._read()
        super().showEvent(event)

    def import_paths(self, paths: Sequence[Path]) -> results_files.ImportResult:
        """Import files (merged with those kept from before), keep them and show the report."""
        if self.database is None:
            result = results_files.import_files(paths)
        else:
            result = class_results.import_files(self.database, paths, now=self._now())
        self.export_runner.status = None
        self._read()
        self.last_import = result
        self.retranslate_ui()
        self.imported.emit(result)
        return result

    def _on_import_button_clicked(self) -> None:
        paths = ClassroomDialogs.open_paths(
            self,
            self.tr("Import results files"),
            self.folder,
            self.tr("DueWise results (*.json);;All files (*)"),
        )
        if paths:
            self.folder = paths[0].parent
            self.import_paths(paths)

    def _on_clear_button_clicked(self) -> None:
        if self.kept_count and not ClassroomDialogs.confirm(
            self,
            self.tr("Clear imported results"),
            self.tr(
                "Forget the imported results of %1 learners? The learners' own files are not "
                "touched; you can import them again. Learners who use this computer stay in the "
                "report."
            ).replace("%1", str(self.kept_count)),
        ):
            return
        self.clear_results()

    def clear_results(self) -> None:
        """Forget every imported result (the learners on this computer stay)."""
        if self.database is not None:
            class_results.clear(self.database)
        self.reload()

    def _rebuild(self) -> None:
        order = [lesson.id for lesson in self.pack.lessons]
        self.report = class_report.build_report(self.learners, lesson_order=order)
        self.retranslate_ui()

    def _fill(self, table: QTableWidget, header: list[str], rows: list[list[str]]) -> None:
        table.clearContents()
        table.setColumnCount(len(header))
        table.setHorizontalHeaderLabels(header)
        table.setRowCount(len(rows))
        numeric_from = 2 if table in (self.objectives_table, self.hardest_table) else 1
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if c >= numeric_from:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)
        head = table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _update_chart(self) -> None:
        report = self.report
        groups = report.lessons if report else ()
        lang = self._language()
        number = {lesson.id: i for i, lesson in enumerate(self.pack.lessons, start=1)}
        self.chart.show_bars(
            [str(number.get(g.id, g.id)) for g in groups],
            [float(g.score_pct) for g in groups],  # type: ignore[misc]
            [True] * len(groups),
            [formatting.pct(g.score_pct, lang, 0) for g in groups],
            ylabel=self.tr("Mean score (%)"),
        )
        self.chart.axes.set_xlabel(self.tr("Lesson"))
        self.chart.axes.set_ylim(0, 110)
        self.chart.apply_palette()
        self.chart.redraw()

    def _on_csv_button_clicked(self) -> None:
        path = ClassroomDialogs.save_path(
            self,
            self.tr("Export the class report as CSV"),
            self.folder / f"class-report-{dt.date.today().isoformat()}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path is None:
            return
        self.export_runner.write_now(path, self.export_csv)

    def _on_pdf_button_clicked(self) -> None:
        path = ClassroomDialogs.save_path(
            self,
            self.tr("Export the class report as PDF"),
            self.folder / f"class-report-{dt.date.today().isoformat()}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return
        body = self.report_html()
        images = jobs.decode_images({"lessons.png": self.chart.png_bytes()})
        title = self.tr("Class report")
        self.export_runner.start(
            path, lambda target: write_pdf(target, body, title=title, images=images)
        )

    # --- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Class results"))
        self.explanation.setText(
            self.tr(
                "Learners who answer quizzes on this computer are in the report at once. From "
                "other computers, each learner exports a results file (Classroom → Learners → "
                "Export my results) and brings it on a USB stick or puts it in a shared folder. "
                "Import all the files at once: files are checked, a learner counted twice (also "
                "one who uses this computer) is counted once, and damaged files are listed and "
                "skipped. Imported results are kept until you clear them; later imports are "
                "added to them."
            )
        )
        if self.kept_count:
            self.import_button.setText(self.tr("&Import more…"))
            self.import_button.setAccessibleName(
                self.tr("Import more results files and add them to the kept results")
            )
        else:
            self.import_button.setText(self.tr("&Import results files…"))
            self.import_button.setAccessibleName(self.tr("Import learners' results files"))
        self.clear_button.setText(self.tr("C&lear imported results…"))
        self.clear_button.setAccessibleName(self.tr("Clear the imported results"))
        self.clear_button.setEnabled(bool(self.kept_count) or self._kept_problem)
        result = self.last_import
        local = (
            self.tr("On this computer: %1 learners with answers.").replace(
                "%1", str(self.local_count)
            )
            if self.local_count
            else ""
        )
        if result is None and self._kept_problem:
            self.status.setText(
                self.tr(
                    "The class results kept on this computer could not be read. Clear them and "
                    "import the files again."
                )
            )
        elif result is None and self.kept_count and self.kept_at:
            self.status.setText(
                self.tr(
                    "Kept from earlier imports (last changed %1): %2 learners. In the report: "
                    "%3 learners, %4 answers. Import more files to add to them."
                )
                .replace("%1", self._when(self.kept_at))
                .replace("%2", str(self.kept_count))
                .replace("%3", str(len(self.learners)))
                .replace("%4", str(self.report.answered if self.report else 0))
            )
        elif result is None:
            self.status.setText(
                " ".join(t for t in (local, self.tr("No results imported yet.")) if t)
            )
        else:
            self.status.setText(
                self.tr("Read %1 files: %2 learners, %3 answers. Duplicate answers merged: %4.")
                .replace("%1", str(result.files_read))
                .replace("%2", str(len(self.learners)))
                .replace("%3", str(self.report.answered if self.report else 0))
                .replace("%4", str(result.duplicates))
            )
        problems = [self.problem_text(p) for p in (result.problems if result else ())]
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        names = (
            self.tr("Learners"),
            self.tr("Lessons"),
            self.tr("Objectives"),
            self.tr("Hardest questions"),
        )
        for i, name in enumerate(names):
            self.report_tabs.setTabText(i, name)
        self.report_tabs.setAccessibleName(self.tr("Class report"))
        headers = self.headers()
        self._fill(self.students_table, headers["students"], self.student_rows())
        self._fill(self.lessons_table, headers["lessons"], self.lesson_rows())
        self._fill(self.objectives_table, headers["objectives"], self.objective_rows())
        self._fill(self.hardest_table, headers["hardest"], self.hardest_rows())
        self.students_table.setAccessibleName(self.tr("Results per learner"))
        self.lessons_table.setAccessibleName(self.tr("Results per lesson"))
        self.objectives_table.setAccessibleName(self.tr("Results per objective"))
        self.hardest_table.setAccessibleName(self.tr("Hardest questions"))
        self._update_chart()
        self.chart.setAccessibleName(self.tr("Mean score per lesson"))
        has_report = bool(self.learners)
        self.csv_button.setText(self.tr("Export as &CSV…"))
        self.csv_button.setAccessibleName(self.tr("Export the class report as CSV"))
        self.pdf_button.setText(self.tr("Export as &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Export the class report as PDF"))
        self.csv_button.setEnabled(has_report)
        self.pdf_button.setEnabled(has_report and not self.progress.isVisible())
        self.progress.setAccessibleName(self.tr("Writing the PDF"))
        self.export_status.setText(
            self.export_runner.text(
                {
                    "writing": self.tr("Writing %1 …"),
                    "written": self.tr("Saved as %1"),
                    "failed": self.tr("Could not write the file: %1"),
                }
            )
        )
