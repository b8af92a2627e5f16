"""The report after a quiz in Check yourself: the score, what to study next, the learner's
mistakes to review (:mod:`~duewise.ui.check.report_mistakes`), per lesson and per objective, and
for the final test the change since the diagnostic.

A panel of :class:`~duewise.ui.check.page.CheckPage`: the page hands it a finished attempt
(:meth:`ReportPanel.show_report`); it reads the reports through the page's
:class:`~duewise.ui.check.progress.Progress` and says with signals what the learner asks for.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duewise.learning import quiz
from duewise.learning.quiz import QuizKind
from duewise.storage.quiz_store import Attempt
from duewise.ui.check.parts import fit_table, table
from duewise.ui.check.progress import Progress
from duewise.ui.check.report_mistakes import MistakesList
from duewise.ui.common import basics
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.basics import RetranslatingWidget


class ReportPanel(RetranslatingWidget):
    """What a finished quiz showed.

    Args:
        progress: the learner's quizzes over the pack in use (the page's).

    Signals:
        overview_requested(): "Back to the overview".
        certificate_requested(): save the certificate (the final test was passed).
        lesson_requested(str): open this lesson to study it.
        section_requested(str, str): read the lesson section (lesson id, section id) that
            teaches a question the learner got wrong.
    """

    overview_requested = Signal()
    certificate_requested = Signal()
    lesson_requested = Signal(str)
    section_requested = Signal(str, str)

    def __init__(self, progress: Progress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = progress
        #: The attempt reported on (``None``: nothing yet).
        self.attempt: Attempt | None = None
        self.time_ran_out = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.report_title = basics.heading(2, self)
        self.report_total = QLabel(self)
        self.report_total.setObjectName("reportTotal")
        self.report_total.setProperty("role", "h2")
        self.report_total.setWordWrap(True)
        self.report_note = basics.paragraph(self, muted=True)
        self.study_heading = basics.paragraph(self)
        self.study_row = QHBoxLayout()
        self.study_buttons = [QPushButton(self) for _ in range(3)]
        for button in self.study_buttons:
            self.study_row.addWidget(button)
        self.study_row.addStretch(1)
        self.study_none = basics.paragraph(self, muted=True)
        self.mistakes = MistakesList(progress, self)
        self.lesson_table_heading = basics.paragraph(self)
        self.lesson_table = table(self, 2)
        self.objective_table_heading = basics.paragraph(self)
        self.objective_table = table(self, 4)
        actions = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.report_certificate_button = QPushButton(self)
        actions.addWidget(self.back_button)
        actions.addWidget(self.report_certificate_button)
        actions.addStretch(1)
        for widget in (self.report_title, self.report_total, self.report_note):
            layout.addWidget(widget)
        layout.addLayout(actions)
        layout.addWidget(self.study_heading)
        layout.addLayout(self.study_row)
        layout.addWidget(self.study_none)
        layout.addWidget(self.mistakes)
        for widget in (
            self.lesson_table_heading,
            self.lesson_table,
            self.objective_table_heading,
            self.objective_table,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.overview_requested)
        self.report_certificate_button.clicked.connect(self.certificate_requested)
        for button in self.study_buttons:
            button.clicked.connect(self._on_study_button_clicked)
        self.mistakes.section_requested.connect(self.section_requested)

    def _on_study_button_clicked(self) -> None:
        lesson_id = self.sender().property("lessonId")
        if isinstance(lesson_id, str):
            self.lesson_requested.emit(lesson_id)

    def show_report(self, attempt: Attempt | None, *, time_ran_out: bool = False) -> None:
        """Report on ``attempt`` (``time_ran_out``: say that unanswered questions count 0)."""
        self.attempt = attempt
        self.time_ran_out = time_ran_out
        self.retranslate_ui()
        self.refresh()
        self.mistakes.show_attempt(attempt)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes down the report: the actions, what to study, each mistake, the tables."""
        chain = [
            self.back_button,
            self.report_certificate_button,
            *self.study_buttons,
            *self.mistakes.buttons,
            self.lesson_table,
            self.objective_table,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def show_note(self, text: str) -> None:
        """A line under the score (the certificate's outcome)."""
        self.report_note.setText(text)
        self.report_note.show()

    def retranslate_ui(self) -> None:
        """Set every fixed text in the current language (the figures: :meth:`refresh`)."""
        self.back_button.setText(self.tr("Back to the overview"))
        self.report_certificate_button.setText(self.tr("Save certificate (PDF)…"))
        self.lesson_table_heading.setText(self.tr("Score per lesson"))
        self.objective_table_heading.setText(self.tr("Score per objective"))
        self.study_heading.setText(self.tr("What to study next"))
        self.lesson_table.setAccessibleName(self.tr("Score per lesson"))
        self.objective_table.setAccessibleName(self.tr("Score per objective"))
        self.mistakes.retranslate_ui()

    def refresh(self) -> None:
        """The report's figures and tables (read from the learner's data)."""
        attempt = self.attempt
        if attempt is None:
            return
        p = self.progress
        lang = lesson_language(p.language)
        report = p.report(attempt)
        self.report_title.setText(self.tr("Results: %1").replace("%1", p.kind_name(attempt)))
        notes: list[str] = []
        if not attempt.scored:
            self.report_total.setText(self.tr("Practice round: not scored."))
        else:
            self.report_total.setText(
                self.tr("Score: %1 of %2 points (%3)")
                .replace("%1", p.points(report.total.earned))
                .replace("%2", str(report.total.possible))
                .replace("%3", p.pct(report.total.fraction))
            )
        if self.time_ran_out:
            notes.append(self.tr("Time ran out: questions not answered count as 0."))
        before: quiz.Report | None = None
        is_final = attempt.kind is QuizKind.FINAL and attempt.scored
        if is_final:
            notes.append(
                self.tr("Passed: you earned the certificate.")
                if quiz.passed(report)
                else self.tr(
                    "Not passed yet: %1 is needed. Study the lessons below and try again."
                ).replace("%1", p.pct(quiz.PASS_MARK))
            )
            diagnostic = p.store.latest_finished(p.profile_id, QuizKind.DIAGNOSTIC)
            if diagnostic is not None:
                before = p.report(diagnostic)
                notes.append(
                    self.tr("Diagnostic: %1 → final: %2.")
                    .replace("%1", p.pct(before.total.fraction))
                    .replace("%2", p.pct(report.total.fraction))
                )
            else:
                notes.append(self.tr("No diagnostic test to compare with."))
        self.report_note.setText(p.sentence_gap().join(notes))
        self.report_note.setVisible(bool(notes))
        self.report_certificate_button.setVisible(is_final and quiz.passed(report))

        study = quiz.study_next(report, p.pack)
        for button, lesson_id in zip(self.study_buttons, [*study, None, None, None], strict=False):
            button.setVisible(lesson_id is not None)
            if lesson_id is not None:
                button.setText(p.lesson_title(lesson_id))
                button.setProperty("lessonId", lesson_id)
                button.setAccessibleName(
                    self.tr("Open lesson %1").replace("%1", p.lesson_title(lesson_id))
                )
        self.study_none.setText(
            self.tr("Nothing below %1: well done.").replace("%1", p.pct(quiz.STUDY_MARK))
            if not study
            else self.tr("These lessons hold your weakest objectives.")
        )

        self.lesson_table.setHorizontalHeaderLabels([self.tr("Lesson"), self.tr("Score")])
        self.lesson_table.setRowCount(len(report.by_lesson))
        for row, tally in enumerate(report.by_lesson):
            self.lesson_table.setItem(row, 0, QTableWidgetItem(p.lesson_title(tally.key)))
            self.lesson_table.setItem(
                row,
                1,
                QTableWidgetItem(
                    f"{p.points(tally.earned)}/{tally.possible} · {p.pct(tally.fraction)}"
                ),
            )
        headers = [self.tr("Objective"), self.tr("Score")]
        headers += [self.tr("Diagnostic"), self.tr("Change")] if before is not None else ["", ""]
        self.objective_table.setHorizontalHeaderLabels(headers)
        self.objective_table.setColumnHidden(2, before is None)
        self.objective_table.setColumnHidden(3, before is None)
        changes = {c.key: c for c in quiz.growth(before, report)} if before is not None else {}
        self.objective_table.setRowCount(len(report.by_objective))
        for row, tally in enumerate(report.by_objective):
            objective = p.pack.objectives.get(tally.key)
            text = objective.text.get(lang) if objective is not None else tally.key
            cells = [text, p.pct(tally.fraction), "", ""]
            change = changes.get(tally.key)
            if change is not None:
                cells[2] = "" if change.before is None else p.pct(change.before)
                delta = change.delta
                if delta is not None:
                    sign = "+" if delta > 0 else "−" if delta < 0 else "±"
                    cells[3] = sign + p.pct(abs(delta))
            for column, cell in enumerate(cells):
                self.objective_table.setItem(row, column, QTableWidgetItem(cell))
        fit_table(self.lesson_table)
        fit_table(self.objective_table)
