"""Gradebook (成绩册): learners × (each lesson's best quiz, diagnostic, final, growth) at a
glance, sortable, with a class average, CSV and PDF, and a click (or Enter) through to one
learner's answers.

The learners are the class results (:func:`duewise.storage.class_results.combined`): everyone who
answered on this computer and everyone imported, merged by one rule. They are read again whenever
the panel is shown. The numbers are :func:`duewise.learning.gradebook.build`'s; this panel only
shows them (:mod:`~duewise.ui.classroom.gradebook_model`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duewise import formatting
from duewise.content.model import Language, Pack
from duewise.learning import gradebook
from duewise.reports import csv_writer
from duewise.reports.pdf import write_pdf
from duewise.storage import class_results, results_files
from duewise.storage.db import Database
from duewise.ui.classroom.dialogs import ClassroomDialogs
from duewise.ui.classroom.gradebook_model import (
    SYMBOLS,
    UID_ROLE,
    GradebookModel,
    GradebookSortProxy,
    GradebookTexts,
    csv_table,
    legend,
    pdf_html,
)
from duewise.ui.common import basics, learner_name, wrap_label
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.basics import RetranslatingWidget
from duewise.ui.common.export_runner import ExportRunner

#: Rows shown before the table scrolls.
MAX_ROWS_SHOWN = 16


class GradebookPanel(RetranslatingWidget):
    """The gradebook table, its exports and one learner's answers.

    Signals:
        learner_opened(str): the answers of this learner id are shown.
        pdf_written(object): the PDF was written (its path).
        pdf_failed(str): writing the PDF failed.
    """

    learner_opened = Signal(str)
    pdf_written = Signal(object)
    pdf_failed = Signal(str)

    def __init__(
        self,
        pack: Pack,
        language: Callable[[], str],
        database: Database,
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self._language = language
        self.database = database
        self.folder = folder or Path.home()
        self.learners: tuple[results_files.LearnerResults, ...] = ()
        self.book = gradebook.build([])
        self.shown_uid: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        card, card_layout = basics.card(self)
        self.heading = basics.heading(2, card)
        self.explanation = wrap_label.paragraph(card, muted=True)
        self.legend = wrap_label.paragraph(card)
        self.legend.setObjectName("gradebookLegend")
        self.empty = wrap_label.paragraph(card, muted=True)
        for widget in (self.heading, self.explanation, self.legend, self.empty):
            card_layout.addWidget(widget)
        layout.addWidget(card)

        self.model = GradebookModel(self)
        self.proxy = GradebookSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("gradebookTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)

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
        self.export_status.setObjectName("gradebookExportStatus")
        self.export_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.export_status)
        self.export_runner = ExportRunner(
            self, buttons=(self.pdf_button,), progress=self.progress, reword=self.retranslate_ui
        )

        self.details, details_layout = basics.card(self)
        self.details_heading = basics.heading(2, self.details)
        self.details_table = QTableWidget(self.details)
        self.details_table.setObjectName("learnerAnswers")
        self.details_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.details_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.details_table.verticalHeader().hide()
        self.details_table.setMinimumHeight(200)
        self.details_table.setTabKeyNavigation(False)
        self.close_details_button = QPushButton(self.details)
        details_layout.addWidget(self.details_heading)
        details_layout.addWidget(self.details_table)
        details_layout.addWidget(self.close_details_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.details.hide()
        layout.addWidget(self.details)
        layout.addStretch(1)

        self.setTabOrder(self.table, self.csv_button)
        self.setTabOrder(self.csv_button, self.pdf_button)
        self.setTabOrder(self.pdf_button, self.details_table)
        self.setTabOrder(self.details_table, self.close_details_button)
        # Esc closes the answers, as it would a dialog (only while they are open).
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._escape.setEnabled(False)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.table.activated.connect(self._on_table_activated)
        self.table.clicked.connect(self._on_table_activated)
        self.csv_button.clicked.connect(self._on_csv_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.export_runner.written.connect(self.pdf_written)
        self.export_runner.failed.connect(self.pdf_failed)
        self.close_details_button.clicked.connect(self._on_close_details_button_clicked)
        self._escape.activated.connect(self._on_close_details_button_clicked)

    @property
    def language(self) -> Language:
        """The lesson language for the interface language."""
        return lesson_language(self._language())

    # --- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the class results again (this computer's learners and the imported ones)."""
        now = dt.datetime.now().astimezone()
        self.learners = class_results.combined(self.database, now=now).learners
        order = [lesson.id for lesson in self.pack.lessons]
        self.book = gradebook.build(self.learners, lesson_order=order)
        if self.shown_uid is not None and self.book.row(self.shown_uid) is None:
            self.close_details()
        self.retranslate_ui()

    def _fit_table(self) -> None:
        """As tall as its rows (up to :data:`MAX_ROWS_SHOWN`, then it scrolls), so the class
        average is in sight without scrolling inside a scrolling page."""
        table = self.table
        rows = self.proxy.rowCount()
        row_height = max(
            table.rowHeight(0) if rows else 0,
            table.sizeHintForRow(0) if rows else 0,
            table.verticalHeader().defaultSectionSize(),
        )
        shown = max(min(rows, MAX_ROWS_SHOWN), 3)
        height = (
            table.horizontalHeader().sizeHint().height()
            + row_height * shown
            + table.horizontalScrollBar().sizeHint().height()
            + 2 * table.frameWidth()
        )
        table.setFixedHeight(height)

    def showEvent(self, event: QShowEvent) -> None:
        """Learners may have answered meanwhile: read them again."""
        self.reload()
        super().showEvent(event)

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        """Sort as a click on the column's header does."""
        self.table.sortByColumn(column, order)

    def shown_rows(self) -> list[list[str]]:
        """The table as shown (sorted), row by row: what a sighted user reads."""
        proxy = self.proxy
        return [
            [str(proxy.index(r, c).data() or "") for c in range(proxy.columnCount())]
            for r in range(proxy.rowCount())
        ]

    # --- one learner's answers --------------------------------------------------------------

    def _on_table_activated(self, index: QModelIndex) -> None:
        uid = index.data(UID_ROLE)
        if isinstance(uid, str):
            self.open_learner(uid)

    def open_learner(self, uid: str) -> None:
        """Show every answer of one learner, newest first."""
        learner = next((item for item in self.learners if item.uid == uid), None)
        if learner is None:
            return
        self.shown_uid = uid
        self._fill_details(learner)
        self.details.show()
        self._escape.setEnabled(True)
        self.learner_opened.emit(uid)

    def close_details(self) -> None:
        """Hide the answers of the learner shown."""
        self.shown_uid = None
        self.details.hide()
        self._escape.setEnabled(False)
        self.table.setFocus()

    def _on_close_details_button_clicked(self) -> None:
        self.close_details()

    def _fill_details(self, learner: results_files.LearnerResults) -> None:
        lang = self._language()
        language = self.language
        questions = {q.id: q for q in self.pack.questions}
        kinds = {
            "lesson": self.tr("Lesson quiz"),
            "diagnostic": self.tr("Diagnostic"),
            "final": self.tr("Final"),
            "review": self.tr("Review"),
        }
        rows = []
        for answer in gradebook.answers(learner):
            question = questions.get(answer.question_id)
            objective = self.pack.objectives.get(answer.objective)
            if answer.correct:
                result = f"{SYMBOLS[gradebook.Band.MASTERED]} " + self.tr("right")
            elif answer.score_pct > 0:
                result = f"{SYMBOLS[gradebook.Band.PARTLY]} " + self.tr(
                    "partly right (%1)"
                ).replace("%1", formatting.pct(answer.score_pct, lang, 0))
            else:
                result = f"{SYMBOLS[gradebook.Band.NOT_YET]} " + self.tr("wrong")
            rows.append(
                [
                    self._when(answer.answered_at),
                    GradebookTexts(self.pack, language).lesson_title(answer.lesson_id),
                    kinds.get(answer.kind, self.tr("Quiz")),
                    question.prompt.get(language) if question else self.tr("(not in this pack)"),
                    objective.text.get(language) if objective else "",
                    result,
                ]
            )
        table = self.details_table
        table.clear()
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Lesson"),
                self.tr("Quiz"),
                self.tr("Question"),
                self.tr("Objective"),
                self.tr("Result"),
            ]
        )
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        name = learner_name.shown(learner.name)
        self.details_heading.setText(
            self.tr("Answers of %1 (%2)").replace("%1", name).replace("%2", str(len(rows)))
        )
        table.setAccessibleName(self.tr("Every answer of %1, newest first").replace("%1", name))

    def _when(self, stamp: str) -> str:
        try:
            moment = dt.datetime.fromisoformat(stamp).astimezone()
        except ValueError:
            return stamp
        return f"{formatting.day(moment.date(), self._language())} {moment:%H:%M}"

    # --- exports ----------------------------------------------------------------------------

    def texts(self) -> GradebookTexts:
        """The column titles in the interface language."""
        return GradebookTexts(self.pack, self.language)

    def export_csv(self, path: Path) -> None:
        """Write the gradebook as CSV (through the project's CSV writer)."""
        header, rows = csv_table(self.book, self.texts())
        csv_writer.write_csv(path, header, rows)

    def _on_csv_button_clicked(self) -> None:
        path = ClassroomDialogs.save_path(
            self,
            self.tr("Export the gradebook as CSV"),
            self.folder / f"gradebook-{dt.date.today().isoformat()}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path is None:
            return
        self.export_runner.write_now(path, self.export_csv)

    def _on_pdf_button_clicked(self) -> None:
        path = ClassroomDialogs.save_path(
            self,
            self.tr("Export the gradebook as PDF"),
            self.folder / f"gradebook-{dt.date.today().isoformat()}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return
        body = pdf_html(self.book, self.texts(), self._language())
        title = self.tr("Gradebook")
        self.export_runner.start(
            path, lambda target: write_pdf(target, body, title=title, landscape=True)
        )

    # --- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Gradebook"))
        self.explanation.setText(
            self.tr(
                "Every learner of the class results (this computer's and the imported ones) "
                "with each lesson's best quiz score, the latest diagnostic and final tests and "
                "the growth between them. Click a column title to sort; click a learner, or "
                "press Enter on one, to see all their answers."
            )
        )
        self.legend.setText(legend())
        has_rows = bool(self.book.rows)
        self.empty.setText(
            self.tr(
                "No results yet: learners' quizzes on this computer appear here by themselves, "
                "and results files can be imported under Class results."
            )
        )
        self.empty.setVisible(not has_rows)
        column = self.table.horizontalHeader().sortIndicatorSection()
        order = self.table.horizontalHeader().sortIndicatorOrder()
        self.model.set_book(self.book, self.texts(), self._language())
        if 0 <= column < self.proxy.columnCount():
            self.proxy.sort(column, order)
        self._fit_table()
        self.table.setAccessibleName(self.tr("Gradebook: learners and their scores"))
        self.table.setAccessibleDescription(legend())
        self.csv_button.setText(self.tr("Export as &CSV…"))
        self.csv_button.setAccessibleName(self.tr("Export the gradebook as CSV"))
        self.pdf_button.setText(self.tr("Export as &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Export the gradebook as PDF"))
        self.csv_button.setEnabled(has_rows)
        self.pdf_button.setEnabled(has_rows and not self.progress.isVisible())
        self.progress.setAccessibleName(self.tr("Writing the PDF"))
        self.close_details_button.setText(self.tr("&Close the answers"))
        self.close_details_button.setAccessibleName(self.tr("Close the learner's answers"))
        if self.shown_uid is not None:
            learner = next((item for item in self.learners if item.uid == self.shown_uid), None)
            if learner is not None:
                self._fill_details(learner)
        self.export_status.setText(
            self.export_runner.text(
                {
                    "writing": self.tr("Writing %1 …"),
                    "written": self.tr("Saved as %1"),
                    "failed": self.tr("Could not write the file: %1"),
                }
            )
        )
