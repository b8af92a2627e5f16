"""Taking a quiz in Check yourself: one question at a time, checking the answer, feedback, and
the time limit when one is set.

A panel of :class:`~duewise.ui.check.page.CheckPage`: the page hands it an attempt to show
(:meth:`QuizPanel.show_attempt`); every answer is committed the moment it is checked (through the
page's :class:`~duewise.ui.check.progress.Progress`), and the panel says with signals when the
quiz is done, when the learner stops for now and which lesson section to read.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from duewise.content.model import Question
from duewise.learning import grading
from duewise.learning.quiz import QuizKind
from duewise.storage.quiz_store import Attempt
from duewise.ui.check.progress import Progress
from duewise.ui.common import announce, basics, errors
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.basics import RetranslatingWidget
from duewise.ui.common.question_panel import QuestionPanel


class QuizPanel(RetranslatingWidget):
    """The question on screen, its feedback once checked, and the quiz's progress and time.

    Args:
        progress: the learner's quizzes over the pack in use (the page's).

    Signals:
        quiz_finished(int, bool): every question of the attempt (its id) was answered, or the
            time ran out (``True``); the page closes the attempt and shows the report.
        overview_requested(): "Quit for now" (the answers and the time so far are saved).
        section_requested(str, str): read the lesson section (lesson id, section id) that
            teaches the question on screen.
    """

    quiz_finished = Signal(int, bool)
    overview_requested = Signal()
    section_requested = Signal(str, str)

    def __init__(self, progress: Progress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = progress
        #: The attempt on screen (``None`` when no quiz is shown).
        self.attempt: Attempt | None = None
        self.position = 0
        self.shown_grade: grading.Grade | None = None
        self.elapsed_s = 0
        self.time_ran_out = False
        self.timer = QTimer(self)
        self.timer.setInterval(1000)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.quiz_title = basics.heading(2, self)
        status_row = QHBoxLayout()
        self.position_label = QLabel(self)
        self.position_label.setObjectName("positionLabel")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setTextVisible(False)
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("timerLabel")
        self.practice_label = QLabel(self)
        self.practice_label.setProperty("role", "muted")
        status_row.addWidget(self.position_label)
        status_row.addWidget(self.progress_bar, 1)
        status_row.addWidget(self.timer_label)
        status_row.addWidget(self.practice_label)
        layout.addWidget(self.quiz_title)
        layout.addLayout(status_row)

        question_card, question_layout = basics.card(self)
        self.panel = QuestionPanel(question_card)
        question_layout.addWidget(self.panel)
        layout.addWidget(question_card)

        self.feedback_card, feedback_layout = basics.card(self)
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
        self.check_button = QPushButton(self)
        self.check_button.setObjectName("checkButton")
        self.quit_button = QPushButton(self)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        QWidget.setTabOrder(self.panel, self.check_button)
        QWidget.setTabOrder(self.check_button, self.section_button)
        QWidget.setTabOrder(self.section_button, self.quit_button)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.check_button.clicked.connect(self._on_check_button_clicked)
        self.quit_button.clicked.connect(self._on_quit_button_clicked)
        self.section_button.clicked.connect(self._on_section_button_clicked)
        self.panel.enter_pressed.connect(self._on_check_button_clicked)
        self.timer.timeout.connect(self._on_timer_timeout)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter, digits and arrows anywhere in the quiz go to the question."""
        if not self.panel.handle_key(event):
            super().keyPressEvent(event)

    # --- the attempt ---------------------------------------------------------------------------

    def show_attempt(self, attempt: Attempt) -> bool:
        """Show ``attempt`` at its first unanswered question (``False``: none is left, the
        page finishes it)."""
        self.attempt = attempt
        self.time_ran_out = False
        self.elapsed_s = attempt.elapsed_s
        position = self.progress.open_position(attempt)
        if position >= len(attempt.items):
            return False
        self._show_question(position)
        if attempt.time_limit_s:
            self.timer.start()
        else:
            self.timer.stop()
        self._update_timer_label()
        return True

    def clear(self) -> None:
        """No quiz on screen (the overview or the report is shown)."""
        self.timer.stop()
        self.attempt = None

    def pause(self) -> None:
        """Stop a timed quiz's clock while the page is hidden (the time is saved)."""
        if self.timer.isActive() and self.attempt is not None:
            self.timer.stop()
            self.progress.store.save_elapsed(self.attempt.id, self.elapsed_s)

    def resume(self) -> None:
        """Start a timed quiz's clock again."""
        if self.attempt is not None and self.attempt.time_limit_s:
            self.timer.start()

    def _show_question(self, position: int) -> None:
        assert self.attempt is not None
        self.position = position
        self.shown_grade = None
        item = self.attempt.items[position]
        question = self.progress.questions[item.question_id]
        self.panel.set_question(question, item, self.progress.language)
        self.feedback_card.hide()
        self.retranslate_ui()
        self.panel.focus_answer()

    def current_question(self) -> Question | None:
        """The question shown."""
        if self.attempt is None or self.position >= len(self.attempt.items):
            return None
        return self.progress.questions.get(self.attempt.items[self.position].question_id)

    # --- answering -----------------------------------------------------------------------------

    def _on_check_button_clicked(self) -> None:
        if self.attempt is None or self.isHidden():  # another view of the page is shown
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
            self.panel.show_error(errors.describe(error))
            return
        if response is None or grading.is_empty(question, response):
            self.panel.show_error(self.tr("Choose an answer first."))
            return
        result = grading.grade(question, response)
        store = self.progress.store
        store.record_answer(
            self.attempt.id,
            self.position,
            question_id=question.id,
            objective=question.objective,
            lesson_id=question.lesson_id,
            response=response,
            score=result.score,
            now=self.progress.now(),
            elapsed_s=self.elapsed_s,
        )
        self.attempt = store.attempt(self.attempt.id)
        self.shown_grade = result
        self.panel.set_enabled(False)
        self.panel.show_marks(response)
        self.retranslate_ui()
        self.feedback_card.show()
        self.check_button.setFocus()
        # The feedback appears below the question, away from the focus: say it.
        announce.announce(self.verdict_label, self.feedback_words())

    def feedback_words(self) -> str:
        """The verdict, the right answer (when it was missed) and the explanation, as shown."""
        labels = (self.verdict_label, self.right_answer_label, self.explanation_label)
        return " ".join(label.text() for label in labels if label.text() and not label.isHidden())

    def _go_next(self) -> None:
        assert self.attempt is not None
        position = self.progress.open_position(self.attempt)
        if position >= len(self.attempt.items):
            self.timer.stop()
            self.quiz_finished.emit(self.attempt.id, self.time_ran_out)
        else:
            self._show_question(position)

    def _on_quit_button_clicked(self) -> None:
        if self.attempt is not None:
            self.progress.store.save_elapsed(self.attempt.id, self.elapsed_s)
        self.timer.stop()
        self.overview_requested.emit()

    def _on_section_button_clicked(self) -> None:
        question = self.current_question()
        if question is not None:
            self.section_requested.emit(question.lesson_id, question.section)

    def _on_timer_timeout(self) -> None:
        if self.attempt is None or not self.attempt.time_limit_s:
            self.timer.stop()
            return
        self.elapsed_s += 1
        store = self.progress.store
        if self.elapsed_s % 15 == 0:
            store.save_elapsed(self.attempt.id, self.elapsed_s)
        if self.elapsed_s >= self.attempt.time_limit_s:
            self.time_ran_out = True
            store.save_elapsed(self.attempt.id, self.elapsed_s)
            self.timer.stop()
            self.quiz_finished.emit(self.attempt.id, True)
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

    # --- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language (the question too)."""
        p = self.progress
        attempt = self.attempt
        self.check_button.setText(self.tr("Check answer"))
        self.quit_button.setText(self.tr("Quit for now"))
        self.quit_button.setToolTip(self.tr("Your answers are saved; continue later."))
        self.section_button.setAccessibleName(self.tr("Read the lesson section that teaches this"))
        if attempt is None:
            return
        self.quiz_title.setText(p.kind_name(attempt))
        total = len(attempt.items)
        self.position_label.setText(
            self.tr("Question %1 of %2")
            .replace("%1", str(self.position + 1))
            .replace("%2", str(total))
        )
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(len(attempt.answers))
        self.progress_bar.setAccessibleName(
            self.tr("%1 of %2 answered")
            .replace("%1", str(len(attempt.answers)))
            .replace("%2", str(total))
        )
        self.practice_label.setText("" if attempt.scored else self.tr("Practice: not scored"))
        self._update_timer_label()
        question = self.current_question()
        if question is None:
            return
        self.panel.app_language = p.language
        self.panel.language = lesson_language(p.language)
        self.panel.retranslate_ui()
        if attempt.kind in (QuizKind.DIAGNOSTIC, QuizKind.FINAL):
            # The objective would give the answer away; the report shows it afterwards.
            self.panel.meta.setText("")
        else:
            objective = p.pack.objectives.get(question.objective)
            self.panel.meta.setText(
                self.tr("Lesson %1 · objective: %2")
                .replace("%1", p.lesson_title(question.lesson_id))
                .replace(
                    "%2",
                    objective.text.get(self.panel.language) if objective else question.objective,
                )
            )
        self.panel.meta.setVisible(bool(self.panel.meta.text()))
        result = self.shown_grade
        if result is None:
            return
        self.check_button.setText(
            self.tr("See my results")
            if p.open_position(attempt) >= total
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
        lesson = p.pack.lesson(question.lesson_id)
        section = lesson.body(self.panel.language).section(question.section) if lesson else None
        title = section.title if section is not None else question.section
        self.section_button.setText(self.tr("Read about it: %1").replace("%1", title))
