"""Check yourself (自测): lesson quizzes, diagnostic and final tests, spaced review, progress.

The page presents; :mod:`duewise.learning` draws, grades and reports, and
:mod:`duewise.storage.quiz_store` commits every answer the moment it is given, so a quiz resumes at
the same question after the app is closed or killed. Only this page asks the clock (``_now``).

Views (a stack): the overview (start or continue a quiz, accommodations, scoring rules, progress
with charts, streaks and the certificate), the quiz (one question at a time) and the report (per
objective and per lesson, what to study next, and for the final test the change since the
diagnostic).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duewise import formatting
from duewise.content.model import Question
from duewise.learning import bank, grading, quiz, review
from duewise.learning.quiz import QuizKind, ScoredAnswer
from duewise.reports import pdf
from duewise.storage import quiz_store
from duewise.storage.quiz_store import Attempt, QuizStore
from duewise.ui.check.charts import MasteryChart, ScoreChart
from duewise.ui.check.question import QuestionPanel
from duewise.ui.common import basics, errors
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.context import AppContext
from duewise.ui.common.page import Page

EXTRA_TIME_CHOICES = (0, 25, 50, 100)  # percent of extra time when a timer is on
LARGE_TEXT_SCALE = 150


def _percent_value(value: Fraction) -> Decimal:
    return (Decimal(value.numerator) * 100 / Decimal(value.denominator)).quantize(
        Decimal(1), ROUND_HALF_UP
    )


class _QuizView(QWidget):
    """The quiz view; forwards quiz keys that reach it to the question panel."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.panel: QuestionPanel | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter, digits and arrows anywhere in the quiz go to the question."""
        if self.panel is None or not self.panel.handle_key(event):
            super().keyPressEvent(event)


class CheckPage(Page):
    """Quizzes and self-assessment.

    Signals: none of its own; it navigates with ``context.navigate("learn", …)``.
    """

    page_id = "check"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.store = QuizStore(context.database)
        self.pack = bank.load_bank()
        self.questions: dict[str, Question] = {q.id: q for q in self.pack.questions}
        self.attempt: Attempt | None = None
        self.position = 0
        self.shown_grade: grading.Grade | None = None
        self.report_attempt: Attempt | None = None
        self.time_ran_out = False
        self.elapsed_s = 0
        self.status_text = ""
        self._stale = False
        self.timer = QTimer(self)
        self.timer.setInterval(1000)

        self.views = QStackedWidget(self)
        self.body.addWidget(self.views, 1)
        self._build_overview()
        self._build_quiz()
        self._build_report()
        self._load_settings()
        self._size_charts()
        self._connect_signals()
        self.finish_init()
        unfinished = self._resumable()
        if unfinished:
            self._show_attempt(unfinished[0])
        else:
            self._show_overview()

    # --- the clock (only the UI asks it) -------------------------------------------------------

    def _now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)

    @classmethod
    def ask_certificate_path(cls, parent: QWidget, suggested: Path, caption: str) -> Path | None:
        """Ask where to save the certificate (tests replace this)."""
        from duewise.ui.common import save_dialog

        return save_dialog.ask_save_path(parent, caption, suggested, "PDF (*.pdf)")

    # --- building ------------------------------------------------------------------------------

    def _build_overview(self) -> None:
        view = QWidget(self.views)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        self.continue_card, continue_layout = basics.card(view)
        self.continue_label = basics.paragraph(self.continue_card)
        continue_row = QHBoxLayout()
        self.continue_button = QPushButton(self.continue_card)
        self.discard_button = QPushButton(self.continue_card)
        continue_row.addWidget(self.continue_button)
        continue_row.addWidget(self.discard_button)
        continue_row.addStretch(1)
        continue_layout.addWidget(self.continue_label)
        continue_layout.addLayout(continue_row)
        layout.addWidget(self.continue_card)

        start_card, start_layout = basics.card(view)
        self.start_heading = basics.heading(2, start_card)
        start_layout.addWidget(self.start_heading)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.lesson_label = QLabel(start_card)
        self.lesson_combo = QComboBox(start_card)
        self.lesson_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.lesson_combo.setMinimumContentsLength(12)
        self.lesson_label.setBuddy(self.lesson_combo)
        self.lesson_button = QPushButton(start_card)
        self.diagnostic_button = QPushButton(start_card)
        self.diagnostic_note = basics.paragraph(start_card, muted=True)
        self.final_button = QPushButton(start_card)
        self.final_note = basics.paragraph(start_card, muted=True)
        self.review_button = QPushButton(start_card)
        self.review_note = basics.paragraph(start_card, muted=True)
        lesson_row = QHBoxLayout()
        lesson_row.addWidget(self.lesson_label)
        lesson_row.addWidget(self.lesson_combo, 1)
        grid.addWidget(self.lesson_button, 0, 0)
        grid.addLayout(lesson_row, 0, 1)
        grid.addWidget(self.diagnostic_button, 1, 0)
        grid.addWidget(self.diagnostic_note, 1, 1)
        grid.addWidget(self.final_button, 2, 0)
        grid.addWidget(self.final_note, 2, 1)
        grid.addWidget(self.review_button, 3, 0)
        grid.addWidget(self.review_note, 3, 1)
        start_layout.addLayout(grid)
        layout.addWidget(start_card)

        rules_card, rules_layout = basics.card(view)
        self.rules_heading = basics.heading(2, rules_card)
        self.rules_text = basics.paragraph(rules_card)
        rules_layout.addWidget(self.rules_heading)
        rules_layout.addWidget(self.rules_text)
        layout.addWidget(rules_card)

        access_card, access_layout = basics.card(view)
        self.access_heading = basics.heading(2, access_card)
        access_layout.addWidget(self.access_heading)
        self.timer_check = QCheckBox(access_card)
        form = QFormLayout()
        self.minutes_label = QLabel(access_card)
        self.minutes_spin = QSpinBox(access_card)
        self.minutes_spin.setRange(1, 180)
        self.minutes_spin.setMaximumWidth(240)
        self.minutes_label.setBuddy(self.minutes_spin)
        self.extra_label = QLabel(access_card)
        self.extra_combo = QComboBox(access_card)
        self.extra_label.setBuddy(self.extra_combo)
        self.extra_combo.setMaximumWidth(240)
        for _ in EXTRA_TIME_CHOICES:
            self.extra_combo.addItem("")
        form.addRow(self.minutes_label, self.minutes_spin)
        form.addRow(self.extra_label, self.extra_combo)
        self.larger_check = QCheckBox(access_card)
        self.practice_check = QCheckBox(access_card)
        self.access_note = basics.paragraph(access_card, muted=True)
        access_layout.addWidget(self.timer_check)
        access_layout.addLayout(form)
        access_layout.addWidget(self.larger_check)
        access_layout.addWidget(self.practice_check)
        access_layout.addWidget(self.access_note)
        layout.addWidget(access_card)

        progress_card, progress_layout = basics.card(view)
        self.progress_heading = basics.heading(2, progress_card)
        self.streak_label = basics.paragraph(progress_card)
        self.streak_label.setObjectName("streakLabel")
        self.score_heading = basics.paragraph(progress_card)
        self.score_chart = ScoreChart(progress_card)
        self.mastery_heading = basics.paragraph(progress_card)
        objective_lessons = [
            i for i, lesson in enumerate(self.pack.lessons) for _ in lesson.objectives
        ]
        self.mastery_chart = MasteryChart(objective_lessons, progress_card)
        self.history_heading = basics.paragraph(progress_card)
        self.history_table = self._table(progress_card, 3)
        certificate_row = QHBoxLayout()
        self.certificate_button = QPushButton(progress_card)
        self.certificate_note = basics.paragraph(progress_card, muted=True)
        certificate_row.addWidget(self.certificate_button)
        certificate_row.addWidget(self.certificate_note, 1)
        for widget in (
            self.progress_heading,
            self.streak_label,
            self.score_heading,
            self.score_chart,
            self.mastery_heading,
            self.mastery_chart,
            self.history_heading,
            self.history_table,
        ):
            progress_layout.addWidget(widget)
        progress_layout.addLayout(certificate_row)
        layout.addWidget(progress_card)
        layout.addStretch(1)
        self.overview = view
        self.views.addWidget(view)

    def _table(self, parent: QWidget, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns, parent)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, columns):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _build_quiz(self) -> None:
        view = _QuizView(self.views)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.quiz_title = basics.heading(2, view)
        status_row = QHBoxLayout()
        self.position_label = QLabel(view)
        self.position_label.setObjectName("positionLabel")
        self.progress = QProgressBar(view)
        self.progress.setTextVisible(False)
        self.timer_label = QLabel(view)
        self.timer_label.setObjectName("timerLabel")
        self.practice_label = QLabel(view)
        self.practice_label.setProperty("role", "muted")
        status_row.addWidget(self.position_label)
        status_row.addWidget(self.progress, 1)
        status_row.addWidget(self.timer_label)
        status_row.addWidget(self.practice_label)
        layout.addWidget(self.quiz_title)
        layout.addLayout(status_row)

        question_card, question_layout = basics.card(view)
        self.panel = QuestionPanel(question_card)
        question_layout.addWidget(self.panel)
        layout.addWidget(question_card)
        view.panel = self.panel

        self.feedback_card, feedback_layout = basics.card(view)
        self.verdict_label = basics.heading(2, self.feedback_card)
        self.verdict_label.setObjectName("verdictLabel")
        self.right_answer_label = basics.paragraph(self.feedback_card)
        self.right_answer_label.setObjectName("rightAnswerLabel")
        self.explanation_label = basics.paragraph(self.feedback_card)
        self.explanation_label.setObjectName("explanationLabel")
        self.section_button = QPushButton(self.feedback_card)
        section_row = QHBoxLayout()
        section_row.addWidget(self.section_button)
        section_row.addStretch(1)
        feedback_layout.addWidget(self.verdict_label)
        feedback_layout.addWidget(self.right_answer_label)
        feedback_layout.addWidget(self.explanation_label)
        feedback_layout.addLayout(section_row)
        layout.addWidget(self.feedback_card)

        buttons = QHBoxLayout()
        self.check_button = QPushButton(view)
        self.check_button.setObjectName("checkButton")
        self.quit_button = QPushButton(view)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.quiz_view = view
        self.views.addWidget(view)
        QWidget.setTabOrder(self.panel, self.check_button)
        QWidget.setTabOrder(self.check_button, self.section_button)
        QWidget.setTabOrder(self.section_button, self.quit_button)

    def _build_report(self) -> None:
        view = QWidget(self.views)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.report_title = basics.heading(2, view)
        self.report_total = QLabel(view)
        self.report_total.setObjectName("reportTotal")
        self.report_total.setProperty("role", "h2")
        self.report_total.setWordWrap(True)
        self.report_note = basics.paragraph(view, muted=True)
        self.study_heading = basics.paragraph(view)
        self.study_row = QHBoxLayout()
        self.study_buttons = [QPushButton(view) for _ in range(3)]
        for button in self.study_buttons:
            self.study_row.addWidget(button)
        self.study_row.addStretch(1)
        self.study_none = basics.paragraph(view, muted=True)
        self.lesson_table_heading = basics.paragraph(view)
        self.lesson_table = self._table(view, 2)
        self.objective_table_heading = basics.paragraph(view)
        self.objective_table = self._table(view, 4)
        actions = QHBoxLayout()
        self.back_button = QPushButton(view)
        self.report_certificate_button = QPushButton(view)
        actions.addWidget(self.back_button)
        actions.addWidget(self.report_certificate_button)
        actions.addStretch(1)
        for widget in (self.report_title, self.report_total, self.report_note):
            layout.addWidget(widget)
        layout.addLayout(actions)
        layout.addWidget(self.study_heading)
        layout.addLayout(self.study_row)
        layout.addWidget(self.study_none)
        for widget in (
            self.lesson_table_heading,
            self.lesson_table,
            self.objective_table_heading,
            self.objective_table,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.report_view = view
        self.views.addWidget(view)

    def _connect_signals(self) -> None:
        self.lesson_button.clicked.connect(self._on_lesson_button_clicked)
        self.diagnostic_button.clicked.connect(lambda: self.start_or_resume(QuizKind.DIAGNOSTIC))
        self.final_button.clicked.connect(lambda: self.start_or_resume(QuizKind.FINAL))
        self.review_button.clicked.connect(lambda: self.start_or_resume(QuizKind.REVIEW))
        self.continue_button.clicked.connect(self._on_continue_button_clicked)
        self.discard_button.clicked.connect(self._on_discard_button_clicked)
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.quit_button.clicked.connect(self._on_quit_button_clicked)
        self.section_button.clicked.connect(self._on_section_button_clicked)
        self.panel.enter_pressed.connect(self._on_check_button_clicked)
        self.back_button.clicked.connect(self._show_overview)
        self.certificate_button.clicked.connect(self._on_certificate_button_clicked)
        self.report_certificate_button.clicked.connect(self._on_certificate_button_clicked)
        for button in self.study_buttons:
            button.clicked.connect(self._on_study_button_clicked)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer_check.toggled.connect(self._on_accommodation_changed)
        self.minutes_spin.valueChanged.connect(self._on_accommodation_changed)
        self.extra_combo.currentIndexChanged.connect(self._on_accommodation_changed)
        self.practice_check.toggled.connect(self._on_accommodation_changed)
        self.larger_check.toggled.connect(self._on_larger_check_toggled)
        self.context.language_changed.connect(self._on_context_language_changed)
        self.context.appearance_changed.connect(self._on_context_appearance_changed)
        self.context.data_deleted.connect(self._on_context_data_deleted)
        self.context.lessons_changed.connect(self._on_context_lessons_changed)
        # Another learner's data: re-read it as after a deletion.
        self.context.profile_changed.connect(lambda _profile: self._on_context_data_deleted())

    # --- settings (accommodations) -------------------------------------------------------------

    def _load_settings(self) -> None:
        database = self.context.database
        for widget in (self.timer_check, self.minutes_spin, self.extra_combo, self.practice_check):
            widget.blockSignals(True)
        self.timer_check.setChecked(database.get_setting("check.timer") == "1")
        minutes = database.get_setting("check.minutes", "20") or "20"
        self.minutes_spin.setValue(int(minutes) if minutes.isdigit() else 20)
        extra = database.get_setting("check.extra_percent", "0") or "0"
        index = (
            EXTRA_TIME_CHOICES.index(int(extra))
            if extra.isdigit() and int(extra) in EXTRA_TIME_CHOICES
            else 0
        )
        self.extra_combo.setCurrentIndex(index)
        self.practice_check.setChecked(database.get_setting("check.practice") == "1")
        for widget in (self.timer_check, self.minutes_spin, self.extra_combo, self.practice_check):
            widget.blockSignals(False)
        self._sync_larger_check()
        self._update_timer_controls()

    def _sync_larger_check(self) -> None:
        self.larger_check.blockSignals(True)
        self.larger_check.setChecked(self.context.text_scale >= LARGE_TEXT_SCALE)
        self.larger_check.blockSignals(False)

    def _update_timer_controls(self) -> None:
        on = self.timer_check.isChecked()
        self.minutes_spin.setEnabled(on)
        self.extra_combo.setEnabled(on)

    def _on_accommodation_changed(self, *_args: object) -> None:
        database = self.context.database
        database.set_setting("check.timer", "1" if self.timer_check.isChecked() else "0")
        database.set_setting("check.minutes", str(self.minutes_spin.value()))
        database.set_setting(
            "check.extra_percent", str(EXTRA_TIME_CHOICES[self.extra_combo.currentIndex()])
        )
        database.set_setting("check.practice", "1" if self.practice_check.isChecked() else "0")
        self._update_timer_controls()

    def _on_larger_check_toggled(self, checked: bool) -> None:
        self.context.set_appearance(text_scale=LARGE_TEXT_SCALE if checked else 100)

    def _on_context_appearance_changed(self) -> None:
        self._sync_larger_check()
        self._size_charts()
        for chart in (self.score_chart, self.mastery_chart):
            chart.scale_fonts(self.context.text_scale)
            chart.apply_palette()
            chart.redraw()

    def _size_charts(self) -> None:
        # Larger text needs taller charts, or the axis labels are cut off.
        height = 200 + 120 * self.context.text_scale // 100
        for chart in (self.score_chart, self.mastery_chart):
            chart.setMinimumHeight(height)

    @staticmethod
    def _fit_table(table: QTableWidget) -> None:
        """Make a table as tall as its rows (the page scrolls, not the table)."""
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth() + 4
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(max(height, table.horizontalHeader().height() + 40))

    def _time_limit_s(self) -> int | None:
        if not self.timer_check.isChecked():
            return None
        extra = EXTRA_TIME_CHOICES[self.extra_combo.currentIndex()]
        return self.minutes_spin.value() * 60 * (100 + extra) // 100

    # --- starting and resuming -----------------------------------------------------------------

    def open_with(self, params: dict[str, object]) -> None:
        """``{"lesson": id}`` starts (or resumes) that lesson's quiz; ``{"review": True}`` the
        review; ``{"kind": "diagnostic" | "final"}`` a test."""
        lesson_id = params.get("lesson")
        if isinstance(lesson_id, str) and self.pack.lesson(lesson_id) is not None:
            index = self.lesson_combo.findData(lesson_id)
            if index >= 0:
                self.lesson_combo.setCurrentIndex(index)
            self.start_or_resume(QuizKind.LESSON, lesson_id)
        elif params.get("review"):
            self.start_or_resume(QuizKind.REVIEW)
        elif params.get("kind") in ("diagnostic", "final"):
            self.start_or_resume(QuizKind(str(params["kind"])))

    def _on_lesson_button_clicked(self) -> None:
        lesson_id = self.lesson_combo.currentData()
        if isinstance(lesson_id, str):
            self.start_or_resume(QuizKind.LESSON, lesson_id)

    def start_or_resume(self, kind: QuizKind, lesson_id: str | None = None) -> None:
        """Resume the unfinished attempt of this kind (and lesson), or start a new one."""
        for attempt in self._resumable():
            if attempt.kind is kind and attempt.lesson_id == lesson_id:
                self._show_attempt(attempt)
                return
        seed = random.SystemRandom().randrange(2**31)
        if kind is QuizKind.LESSON:
            lesson = self.pack.lesson(lesson_id or "")
            if lesson is None:
                return
            items = quiz.draw_lesson_quiz(lesson, seed)
        elif kind is QuizKind.REVIEW:
            due = review.due_cards(
                self.store.review_cards(self.context.profile_id), self._now().date()
            )
            items = quiz.draw_review(self.pack, [c.question_id for c in due], seed)
        else:
            items = quiz.draw_assessment(self.pack, kind, seed)
        if not items:
            self._show_overview()
            return
        attempt = self.store.start_attempt(
            self.context.profile_id,
            kind,
            items,
            seed=seed,
            now=self._now(),
            lesson_id=lesson_id,
            scored=not self.practice_check.isChecked(),
            time_limit_s=self._time_limit_s(),
        )
        self._show_attempt(attempt)

    def _open_position(self, attempt: Attempt) -> int:
        done = {a.position for a in attempt.answers}
        for i, item in enumerate(attempt.items):
            if i not in done and item.question_id in self.questions:
                return i
        return len(attempt.items)

    def _show_attempt(self, attempt: Attempt) -> None:
        self.attempt = attempt
        self.time_ran_out = False
        self.elapsed_s = attempt.elapsed_s
        position = self._open_position(attempt)
        if position >= len(attempt.items):
            self._finish()
            return
        self.views.setCurrentWidget(self.quiz_view)
        self.intro.hide()
        self._show_question(position)
        if attempt.time_limit_s:
            self.timer.start()
        else:
            self.timer.stop()
        self._update_timer_label()

    def _show_question(self, position: int) -> None:
        assert self.attempt is not None
        self.position = position
        self.shown_grade = None
        item = self.attempt.items[position]
        question = self.questions[item.question_id]
        self.panel.set_question(question, item, self.context.language)
        self.feedback_card.hide()
        self.retranslate_quiz()
        self.panel.focus_answer()

    def current_question(self) -> Question | None:
        """The question shown in the quiz view."""
        if self.attempt is None or self.position >= len(self.attempt.items):
            return None
        return self.questions.get(self.attempt.items[self.position].question_id)

    # --- answering -----------------------------------------------------------------------------

    def _on_check_button_clicked(self) -> None:
        if self.attempt is None or self.views.currentWidget() is not self.quiz_view:
            return
        if self.shown_grade is not None:
            self._go_next()
            return
        question = self.current_question()
        if question is None:
            return
        try:
            response = self.panel.response()
        except grading.NumberFormatError as error:
            self.panel.show_error(errors.answer_message(error.code))
            return
        if response is None or grading.is_empty(question, response):
            self.panel.show_error(self.tr("Choose an answer first."))
            return
        result = grading.grade(question, response)
        self.store.record_answer(
            self.attempt.id,
            self.position,
            question_id=question.id,
            objective=question.objective,
            lesson_id=question.lesson_id,
            response=response,
            score=result.score,
            now=self._now(),
            elapsed_s=self.elapsed_s,
        )
        self.attempt = self.store.attempt(self.attempt.id)
        self.shown_grade = result
        self.panel.set_enabled(False)
        self.retranslate_quiz()
        self.feedback_card.show()
        self.check_button.setFocus()

    def _go_next(self) -> None:
        assert self.attempt is not None
        position = self._open_position(self.attempt)
        if position >= len(self.attempt.items):
            self._finish()
        else:
            self._show_question(position)

    def _on_quit_button_clicked(self) -> None:
        if self.attempt is not None:
            self.store.save_elapsed(self.attempt.id, self.elapsed_s)
        self.timer.stop()
        self._show_overview()

    def _on_section_button_clicked(self) -> None:
        question = self.current_question()
        if question is not None:
            self.context.navigate(
                "learn", {"lesson": question.lesson_id, "section": question.section}
            )

    def _on_timer_timeout(self) -> None:
        if self.attempt is None or not self.attempt.time_limit_s:
            self.timer.stop()
            return
        self.elapsed_s += 1
        if self.elapsed_s % 15 == 0:
            self.store.save_elapsed(self.attempt.id, self.elapsed_s)
        if self.elapsed_s >= self.attempt.time_limit_s:
            self.time_ran_out = True
            self.store.save_elapsed(self.attempt.id, self.elapsed_s)
            self._finish()
            return
        self._update_timer_label()

    def _update_timer_label(self) -> None:
        attempt = self.attempt
        if attempt is None or not attempt.time_limit_s:
            self.timer_label.setText(self.tr("No time limit"))
            return
        left = max(0, attempt.time_limit_s - self.elapsed_s)
        self.timer_label.setText(
            self.tr("Time left: %1").replace("%1", f"{left // 60}:{left % 60:02d}")
        )

    def _finish(self) -> None:
        assert self.attempt is not None
        self.timer.stop()
        self.store.finish_attempt(self.attempt.id, self._now())
        self.report_attempt = self.store.attempt(self.attempt.id)
        self.attempt = None
        self.intro.show()
        self.views.setCurrentWidget(self.report_view)
        self.retranslate_report()
        self.back_button.setFocus()

    def _on_continue_button_clicked(self) -> None:
        unfinished = self._resumable()
        if unfinished:
            self._show_attempt(unfinished[0])

    def _on_discard_button_clicked(self) -> None:
        unfinished = self._resumable()
        if unfinished:
            self.store.discard_attempt(unfinished[0].id)
        self._show_overview()

    def _on_study_button_clicked(self) -> None:
        lesson_id = self.sender().property("lessonId")
        if isinstance(lesson_id, str):
            self.context.navigate("learn", {"lesson": lesson_id})

    def _resumable(self) -> list[Attempt]:
        """Unfinished attempts whose questions are all in the lesson pack in use."""
        return [
            attempt
            for attempt in self.store.unfinished(self.context.profile_id)
            if all(item.question_id in self.questions for item in attempt.items)
        ]

    def _on_context_lessons_changed(self) -> None:
        # Another lesson pack: its own questions. An unfinished quiz from the other pack stays
        # stored and resumes when that pack is in use again.
        self.pack = bank.load_bank()
        self.questions = {q.id: q for q in self.pack.questions}
        self._on_context_data_deleted()

    def _on_context_data_deleted(self) -> None:
        self.timer.stop()
        self.attempt = None
        self.report_attempt = None
        self.store = QuizStore(self.context.database)
        self._load_settings()
        self._show_overview()

    def _on_context_language_changed(self, _language: str) -> None:
        self.retranslate_ui()

    # --- reports -------------------------------------------------------------------------------

    def _attempt_answers(self, attempt: Attempt) -> list[ScoredAnswer]:
        """Every asked question: unanswered ones (time ran out) count as 0."""
        answers = list(attempt.scored_answers())
        done = {a.position for a in attempt.answers}
        for position, item in enumerate(attempt.items):
            question = self.questions.get(item.question_id)
            if position not in done and question is not None:
                answers.append(
                    ScoredAnswer(question.id, question.objective, question.lesson_id, Fraction(0))
                )
        return answers

    def _report(self, attempt: Attempt) -> quiz.Report:
        return quiz.build_report(self._attempt_answers(attempt), self.pack)

    def _passed_final(self) -> tuple[Attempt, quiz.Report] | None:
        finals = self.store.attempts(self.context.profile_id, finished=True, kinds=[QuizKind.FINAL])
        for attempt in reversed(finals):
            if attempt.scored:
                report = self._report(attempt)
                if quiz.passed(report):
                    return attempt, report
        return None

    # --- views ---------------------------------------------------------------------------------

    def _show_overview(self) -> None:
        self.timer.stop()
        self.attempt = None
        self.intro.show()
        self.views.setCurrentWidget(self.overview)
        self.retranslate_overview()

    # --- texts ---------------------------------------------------------------------------------

    def _lang(self) -> str:
        return self.context.language

    def _sentence_gap(self) -> str:
        """Sentences are joined with a space in English and with nothing in Chinese."""
        return "" if self._lang().startswith("zh") else " "

    def _pct(self, value: Fraction) -> str:
        return formatting.pct(_percent_value(value), self._lang(), 0)

    def _points(self, value: Fraction) -> str:
        number = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
            Decimal("0.01"), ROUND_HALF_UP
        )
        return formatting.number(
            number.normalize() if number == number.to_integral() else number, self._lang()
        )

    def _kind_name(self, attempt: Attempt) -> str:
        if attempt.kind is QuizKind.LESSON:
            lesson = self.pack.lesson(attempt.lesson_id or "")
            title = lesson.title.get(lesson_language(self._lang())) if lesson else "?"
            return self.tr("Lesson quiz: %1").replace("%1", title)
        if attempt.kind is QuizKind.DIAGNOSTIC:
            return self.tr("Diagnostic test")
        if attempt.kind is QuizKind.FINAL:
            return self.tr("Final test")
        return self.tr("Review")

    def _lesson_title(self, lesson_id: str) -> str:
        lesson = self.pack.lesson(lesson_id)
        if lesson is None:
            return lesson_id
        return f"{lesson.order}. {lesson.title.get(lesson_language(self._lang()))}"

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.title.setText(self.tr("Check yourself"))
        self.intro.setText(
            self.tr(
                "Find out what you already know and what to study next. Answers are saved as "
                "you go: you can stop at any time and carry on later."
            )
        )
        self.retranslate_overview()
        self.retranslate_quiz()
        self.retranslate_report()

    def retranslate_overview(self) -> None:
        """The overview's texts (and its figures when shown)."""
        self.start_heading.setText(self.tr("Start a quiz"))
        self.lesson_label.setText(self.tr("&Lesson:"))
        self.lesson_combo.setAccessibleName(self.tr("Lesson for the quiz"))
        self.lesson_button.setText(self.tr("Lesson quiz"))
        self.lesson_button.setAccessibleName(self.tr("Start or continue the lesson quiz"))
        self.rules_heading.setText(self.tr("How answers are scored"))
        self.rules_text.setText(
            self.tr(
                "One choice, true/false and number questions: 1 point if right.\n"
                "Several right choices: each right tick earns its share of the point, each wrong "
                "tick takes a share away, and the score never goes below zero (ticking "
                "everything scores 0).\n"
                "Putting things in order: 1 point for the right order, else 0.\n"
                "Numbers: any answer within the tolerance shown after answering is right, and "
                "how you write the number never counts: ¥1,000, 1000, 1 000 and 1000,00 are all "
                "read. If a number cannot be read you are asked again, not marked wrong."
            )
        )

        self.access_heading.setText(self.tr("Accommodations"))
        self.timer_check.setText(self.tr("Use a time limit (off by default)"))
        self.minutes_label.setText(self.tr("&Minutes per quiz:"))
        self.minutes_spin.setAccessibleName(self.tr("Minutes per quiz"))
        self.extra_label.setText(self.tr("E&xtra time:"))
        self.extra_combo.setAccessibleName(self.tr("Extra time"))
        for i, extra in enumerate(EXTRA_TIME_CHOICES):
            self.extra_combo.setItemText(
                i, self.tr("None") if extra == 0 else self.tr("+%1 %").replace("%1", str(extra))
            )
        self.larger_check.setText(self.tr("Larger text"))
        self.practice_check.setText(self.tr("Practice without scoring"))
        self.access_note.setText(
            self.tr(
                "Practice rounds show right or wrong and the explanation but keep no score; "
                "missed questions still come back for review. Settings apply to new quizzes."
            )
        )

        self.progress_heading.setText(self.tr("Your progress"))
        self.continue_button.setText(self.tr("Continue where I left off"))
        self.discard_button.setText(self.tr("Discard it"))
        self.discard_button.setAccessibleName(self.tr("Discard the unfinished quiz"))
        if self._data_ready():
            self._refresh_overview_data()

    def _data_ready(self) -> bool:
        """Whether figures from the database should be refreshed now.

        A hidden page refreshes when it is shown again (``showEvent``): this saves work, and a
        closed window never reads a closed database.
        """
        if self.isVisible():
            return True
        self._stale = True
        return False

    def _refresh_overview_data(self) -> None:
        """The overview's figures: mastery, review queue, unfinished quiz, progress."""
        lang = self._lang()
        profile = self.context.profile_id
        mastery = quiz_store.lesson_mastery(self.context.database, profile, pack=self.pack)
        current = self.lesson_combo.currentData()
        self.lesson_combo.blockSignals(True)
        self.lesson_combo.clear()
        for lesson in self.pack.lessons:
            self.lesson_combo.addItem(
                self.tr("%1 — mastery %2")
                .replace("%1", self._lesson_title(lesson.id))
                .replace(
                    "%2", self._pct(Fraction(mastery.get(lesson.id, 0.0)).limit_denominator(1000))
                ),
                lesson.id,
            )
        index = self.lesson_combo.findData(current)
        self.lesson_combo.setCurrentIndex(max(0, index))
        self.lesson_combo.blockSignals(False)
        objectives = len(self.pack.objectives)
        self.diagnostic_button.setText(self.tr("Diagnostic test"))
        self.diagnostic_note.setText(
            self.tr(
                "Before you start the lessons: %1 questions, one per learning objective. "
                "It shows what you know already and what to study."
            ).replace("%1", str(objectives))
        )
        diagnostic = self.store.latest_finished(profile, QuizKind.DIAGNOSTIC)
        self.final_button.setText(self.tr("Final test"))
        final_note = (
            self.tr(
                "After the lessons: the same %1 objectives with different questions. "
                "Pass with %2 to earn a certificate."
            )
            .replace("%1", str(objectives))
            .replace("%2", self._pct(quiz.PASS_MARK))
        )
        if diagnostic is None:
            final_note += self._sentence_gap() + self.tr(
                "Take the diagnostic first to see how much you grew."
            )
        self.final_note.setText(final_note)
        cards = self.store.review_cards(profile)
        today = self._now().date()
        due = review.due_cards(cards, today)
        self.review_button.setText(self.tr("Review (%1 due)").replace("%1", str(len(due))))
        self.review_button.setEnabled(
            bool(due) or any(a.kind is QuizKind.REVIEW for a in self.store.unfinished(profile))
        )
        if cards:
            upcoming = review.next_due(cards, today)
            note = self.tr(
                "%1 missed questions in your review queue (Leitner boxes: each right answer "
                "waits longer before the next review: 1, 2, 4, 8, 16 days)."
            ).replace("%1", str(len(cards)))
            if upcoming is not None and not due:
                note += self._sentence_gap() + self.tr("Next review: %1.").replace(
                    "%1", formatting.day(upcoming, lang)
                )
            self.review_note.setText(note)
        else:
            self.review_note.setText(
                self.tr("Questions you miss come back here for review, spaced over days.")
            )

        unfinished = self.store.unfinished(profile)
        self.continue_card.setVisible(bool(unfinished))
        if unfinished:
            attempt = unfinished[0]
            position = self._open_position(attempt)
            self.continue_label.setText(
                self.tr("Unfinished: %1, question %2 of %3.")
                .replace("%1", self._kind_name(attempt))
                .replace("%2", str(position + 1))
                .replace("%3", str(len(attempt.items)))
            )

        self._fill_progress()

    def _fill_progress(self) -> None:
        lang = self._lang()
        profile = self.context.profile_id
        today = self._now().date()
        streak = quiz.streaks(self.store.activity_days(profile), today)
        self.streak_label.setText(
            self.tr("Streak: %1 days in a row (longest: %2).")
            .replace("%1", str(streak.current))
            .replace("%2", str(streak.longest))
        )
        finished = [a for a in self.store.attempts(profile, finished=True) if a.scored]
        reports = [(a, self._report(a)) for a in finished]
        self.score_heading.setText(self.tr("Score over time"))
        self.score_chart.update_data(
            [float(_percent_value(r.total.fraction)) for _, r in reports],
            x_label=self.tr("Quiz number"),
            y_label=self.tr("Score (%)"),
            empty=self.tr("No finished quizzes yet"),
            pass_label=self.tr("Pass mark"),
        )
        mastery = quiz_store.objective_mastery(self.context.database, profile)
        self.mastery_heading.setText(
            self.tr("Mastery per objective (bars), grouped by lesson number")
        )
        self.mastery_chart.update_data(
            [
                round(100 * mastery.get(o.id, 0.0), 1)
                for lesson in self.pack.lessons
                for o in lesson.objectives
            ],
            x_label=self.tr("Lesson"),
            y_label=self.tr("Mastery (%)"),
        )
        for chart in (self.score_chart, self.mastery_chart):
            chart.scale_fonts(self.context.text_scale)
            chart.redraw()
        self.score_chart.setAccessibleName(self.tr("Score over time"))
        self.mastery_chart.setAccessibleName(self.tr("Mastery per objective"))
        self.history_heading.setText(self.tr("History"))
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("Quiz"), self.tr("Finished"), self.tr("Score")]
        )
        self.history_table.setRowCount(len(reports))
        for row, (attempt, report) in enumerate(reversed(reports)):
            finished_at = attempt.finished_at or attempt.started_at
            cells = [
                self._kind_name(attempt),
                formatting.day(finished_at.date(), lang),
                self._pct(report.total.fraction),
            ]
            for column, text in enumerate(cells):
                self.history_table.setItem(row, column, QTableWidgetItem(text))
        self.history_table.setAccessibleName(self.tr("History of finished quizzes"))
        self._fit_table(self.history_table)
        passed = self._passed_final()
        self.certificate_button.setText(self.tr("Save certificate (PDF)…"))
        self.certificate_button.setEnabled(passed is not None)
        note = (
            self.tr("You passed the final test. The certificate is in Chinese and English.")
            if passed is not None
            else self.tr("Pass the final test to earn a certificate.")
        )
        if self.status_text:
            note += self._sentence_gap() + self.status_text
        self.certificate_note.setText(note)

    def retranslate_quiz(self) -> None:
        """The quiz view's texts (the question in the current language)."""
        attempt = self.attempt
        self.check_button.setText(self.tr("Check answer"))
        self.quit_button.setText(self.tr("Quit for now"))
        self.quit_button.setToolTip(self.tr("Your answers are saved; continue later."))
        self.section_button.setAccessibleName(self.tr("Read the lesson section that teaches this"))
        if attempt is None:
            return
        self.quiz_title.setText(self._kind_name(attempt))
        total = len(attempt.items)
        self.position_label.setText(
            self.tr("Question %1 of %2")
            .replace("%1", str(self.position + 1))
            .replace("%2", str(total))
        )
        self.progress.setRange(0, total)
        self.progress.setValue(len(attempt.answers))
        self.progress.setAccessibleName(
            self.tr("%1 of %2 answered")
            .replace("%1", str(len(attempt.answers)))
            .replace("%2", str(total))
        )
        self.practice_label.setText("" if attempt.scored else self.tr("Practice: not scored"))
        self._update_timer_label()
        question = self.current_question()
        if question is None:
            return
        self.panel.app_language = self._lang()
        self.panel.language = lesson_language(self._lang())
        self.panel.retranslate_ui()
        self.panel.meta.setText(
            self.tr("Lesson %1 · objective: %2")
            .replace("%1", self._lesson_title(question.lesson_id))
            .replace(
                "%2",
                self.pack.objectives[question.objective].text.get(self.panel.language)
                if question.objective in self.pack.objectives
                else question.objective,
            )
        )
        result = self.shown_grade
        if result is None:
            return
        self.check_button.setText(
            self.tr("See my results")
            if self._open_position(attempt) >= total
            else self.tr("Next question")
        )
        self.verdict_label.setText(self.panel.verdict_text(result))
        self.right_answer_label.setText(
            ""
            if result.correct
            else self.tr("The right answer: %1").replace("%1", self.panel.answer_text())
        )
        self.right_answer_label.setVisible(not result.correct)
        self.explanation_label.setText(question.explanation.get(self.panel.language))
        lesson = self.pack.lesson(question.lesson_id)
        section = lesson.body(self.panel.language).section(question.section) if lesson else None
        title = section.title if section is not None else question.section
        self.section_button.setText(self.tr("Read about it: %1").replace("%1", title))

    def retranslate_report(self) -> None:
        """The report view's texts and tables."""
        attempt = self.report_attempt
        self.back_button.setText(self.tr("Back to the overview"))
        self.report_certificate_button.setText(self.tr("Save certificate (PDF)…"))
        self.lesson_table_heading.setText(self.tr("Score per lesson"))
        self.objective_table_heading.setText(self.tr("Score per objective"))
        self.study_heading.setText(self.tr("What to study next"))
        self.lesson_table.setAccessibleName(self.tr("Score per lesson"))
        self.objective_table.setAccessibleName(self.tr("Score per objective"))
        if attempt is None or not self._data_ready():
            return
        lang = lesson_language(self._lang())
        report = self._report(attempt)
        self.report_title.setText(self.tr("Results: %1").replace("%1", self._kind_name(attempt)))
        notes: list[str] = []
        if not attempt.scored:
            self.report_total.setText(self.tr("Practice round: not scored."))
        else:
            self.report_total.setText(
                self.tr("Score: %1 of %2 points (%3)")
                .replace("%1", self._points(report.total.earned))
                .replace("%2", str(report.total.possible))
                .replace("%3", self._pct(report.total.fraction))
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
                ).replace("%1", self._pct(quiz.PASS_MARK))
            )
            diagnostic = self.store.latest_finished(self.context.profile_id, QuizKind.DIAGNOSTIC)
            if diagnostic is not None:
                before = self._report(diagnostic)
                notes.append(
                    self.tr("Diagnostic: %1 → final: %2.")
                    .replace("%1", self._pct(before.total.fraction))
                    .replace("%2", self._pct(report.total.fraction))
                )
            else:
                notes.append(self.tr("No diagnostic test to compare with."))
        self.report_note.setText(self._sentence_gap().join(notes))
        self.report_note.setVisible(bool(notes))
        self.report_certificate_button.setVisible(is_final and quiz.passed(report))

        study = quiz.study_next(report, self.pack)
        for button, lesson_id in zip(self.study_buttons, [*study, None, None, None], strict=False):
            button.setVisible(lesson_id is not None)
            if lesson_id is not None:
                button.setText(self._lesson_title(lesson_id))
                button.setProperty("lessonId", lesson_id)
                button.setAccessibleName(
                    self.tr("Open lesson %1").replace("%1", self._lesson_title(lesson_id))
                )
        self.study_none.setText(
            self.tr("Nothing below %1: well done.").replace("%1", self._pct(quiz.STUDY_MARK))
            if not study
            else self.tr("These lessons hold your weakest objectives.")
        )

        self.lesson_table.setHorizontalHeaderLabels([self.tr("Lesson"), self.tr("Score")])
        self.lesson_table.setRowCount(len(report.by_lesson))
        for row, tally in enumerate(report.by_lesson):
            self.lesson_table.setItem(row, 0, QTableWidgetItem(self._lesson_title(tally.key)))
            self.lesson_table.setItem(
                row,
                1,
                QTableWidgetItem(
                    f"{self._points(tally.earned)}/{tally.possible} · {self._pct(tally.fraction)}"
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
            objective = self.pack.objectives.get(tally.key)
            text = objective.text.get(lang) if objective is not None else tally.key
            cells = [text, self._pct(tally.fraction), "", ""]
            change = changes.get(tally.key)
            if change is not None:
                cells[2] = "" if change.before is None else self._pct(change.before)
                delta = change.delta
                if delta is not None:
                    sign = "+" if delta > 0 else "−" if delta < 0 else "±"
                    cells[3] = sign + self._pct(abs(delta))
            for column, cell in enumerate(cells):
                self.objective_table.setItem(row, column, QTableWidgetItem(cell))
        self._fit_table(self.lesson_table)
        self._fit_table(self.objective_table)

    # --- certificate ---------------------------------------------------------------------------

    def _on_certificate_button_clicked(self) -> None:
        passed = self._passed_final()
        if passed is None:
            return
        attempt, report = passed
        suggested = Path.home() / "DueWise-certificate.pdf"
        path = self.ask_certificate_path(self, suggested, self.tr("Save certificate"))
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        names = dict(self.context.database.profiles())
        name = names.get(self.context.profile_id, "")
        finished = (attempt.finished_at or attempt.started_at).date()
        html = certificate_html(
            name=name,
            score_zh=formatting.pct(_percent_value(report.total.fraction), "zh_CN", 0),
            score_en=formatting.pct(_percent_value(report.total.fraction), "en", 0),
            objectives=len(report.by_objective),
            lessons=len(report.by_lesson),
            date_zh=formatting.day(finished, "zh_CN"),
            date_en=formatting.day(finished, "en"),
        )
        try:
            pdf.write_pdf(path, html, title="明白账 DueWise — 结业证书 Certificate")
        except OSError as error:
            self.status_text = self.tr("Could not save the certificate: %1").replace(
                "%1", error.strerror or str(error)
            )
        else:
            self.status_text = self.tr("Saved: %1").replace("%1", str(path))
        self._fill_progress()
        self.report_note.setText(self.status_text)
        self.report_note.show()

    # --- events --------------------------------------------------------------------------------

    def hideEvent(self, event: QHideEvent) -> None:
        """Pause a timed quiz while another page is shown (the time is saved)."""
        if self.timer.isActive() and self.attempt is not None:
            self.timer.stop()
            self.store.save_elapsed(self.attempt.id, self.elapsed_s)
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Resume a paused timer; refresh what changed while hidden."""
        super().showEvent(event)
        if self.attempt is not None and self.attempt.time_limit_s:
            self.timer.start()
        if self._stale or self.views.currentWidget() is self.overview:
            self._stale = False
            self.retranslate_ui()


def certificate_html(
    *,
    name: str,
    score_zh: str,
    score_en: str,
    objectives: int,
    lessons: int,
    date_zh: str,
    date_en: str,
) -> str:
    """The certificate's HTML, in Chinese and English together (every value escaped)."""
    e = pdf.escape
    return (
        "<div style='text-align:center'>"
        "<p style='font-size:12pt'>明白账 · DueWise</p>"
        "<h1 style='font-size:28pt'>结业证书</h1>"
        "<h1 style='font-size:22pt'>Certificate of achievement</h1>"
        "<p style='font-size:13pt'>兹证明 / This certifies that</p>"
        f"<p style='font-size:24pt'><b>{e(name)}</b></p>"
        f"<p style='font-size:13pt'>已通过明白账期末测试，得分 {e(score_zh)}，"
        f"覆盖 {e(lessons)} 课的 {e(objectives)} 个学习目标。</p>"
        f"<p style='font-size:13pt'>has passed the DueWise final test with a score of "
        f"{e(score_en)}, covering {e(objectives)} learning objectives in {e(lessons)} lessons, "
        "on the responsible use of consumer credit.</p>"
        f"<p style='font-size:12pt'>日期 / Date: {e(date_zh)} · {e(date_en)}</p>"
        "<p class='muted' style='font-size:9pt'>本证书由明白账在本机生成，不代表任何机构的认证。"
        " / Generated by DueWise on this computer; not an accreditation by any institution.</p>"
        "</div>"
    )
