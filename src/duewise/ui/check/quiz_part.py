"""Taking a quiz: one question at a time, checking the answer, the timer, and feedback.

Part of :class:`~duewise.ui.check.page.CheckPage` (a mixin: the page holds the widgets and
the state); texts are translated in the page's context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duewise.learning import grading
from duewise.learning.quiz import QuizKind
from duewise.ui.check.parts import QuizView
from duewise.ui.common import basics, errors
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.question_panel import QuestionPanel


class QuizPart:
    """A part of the Check yourself page (see the module docstring)."""

    def _build_quiz(self) -> None:
        view = QuizView(self.views)
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
            self.panel.show_error(
                QCoreApplication.translate("CheckPage", "Choose an answer first.")
            )
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
            self.timer_label.setText(QCoreApplication.translate("CheckPage", "No time limit"))
            return
        left = max(0, attempt.time_limit_s - self.elapsed_s)
        self.timer_label.setText(
            QCoreApplication.translate("CheckPage", "Time left: %1").replace(
                "%1", f"{left // 60}:{left % 60:02d}"
            )
        )

    def retranslate_quiz(self) -> None:
        """The quiz view's texts (the question in the current language)."""
        attempt = self.attempt
        self.check_button.setText(QCoreApplication.translate("CheckPage", "Check answer"))
        self.quit_button.setText(QCoreApplication.translate("CheckPage", "Quit for now"))
        self.quit_button.setToolTip(
            QCoreApplication.translate("CheckPage", "Your answers are saved; continue later.")
        )
        self.section_button.setAccessibleName(
            QCoreApplication.translate("CheckPage", "Read the lesson section that teaches this")
        )
        if attempt is None:
            return
        self.quiz_title.setText(self._kind_name(attempt))
        total = len(attempt.items)
        self.position_label.setText(
            QCoreApplication.translate("CheckPage", "Question %1 of %2")
            .replace("%1", str(self.position + 1))
            .replace("%2", str(total))
        )
        self.progress.setRange(0, total)
        self.progress.setValue(len(attempt.answers))
        self.progress.setAccessibleName(
            QCoreApplication.translate("CheckPage", "%1 of %2 answered")
            .replace("%1", str(len(attempt.answers)))
            .replace("%2", str(total))
        )
        self.practice_label.setText(
            ""
            if attempt.scored
            else QCoreApplication.translate("CheckPage", "Practice: not scored")
        )
        self._update_timer_label()
        question = self.current_question()
        if question is None:
            return
        self.panel.app_language = self._lang()
        self.panel.language = lesson_language(self._lang())
        self.panel.retranslate_ui()
        if attempt.kind in (QuizKind.DIAGNOSTIC, QuizKind.FINAL):
            # The objective would give the answer away; the report shows it afterwards.
            self.panel.meta.setText("")
        else:
            self.panel.meta.setText(
                QCoreApplication.translate("CheckPage", "Lesson %1 · objective: %2")
                .replace("%1", self._lesson_title(question.lesson_id))
                .replace(
                    "%2",
                    self.pack.objectives[question.objective].text.get(self.panel.language)
                    if question.objective in self.pack.objectives
                    else question.objective,
                )
            )
        self.panel.meta.setVisible(bool(self.panel.meta.text()))
        result = self.shown_grade
        if result is None:
            return
        self.check_button.setText(
            QCoreApplication.translate("CheckPage", "See my results")
            if self._open_position(attempt) >= total
            else QCoreApplication.translate("CheckPage", "Next question")
        )
        self.verdict_label.setText(self.panel.verdict_text(result))
        self.right_answer_label.setText(
            ""
            if result.correct
            else QCoreApplication.translate("CheckPage", "The right answer: %1").replace(
                "%1", self.panel.answer_text()
            )
        )
        self.right_answer_label.setVisible(not result.correct)
        self.explanation_label.setText(question.explanation.get(self.panel.language))
        lesson = self.pack.lesson(question.lesson_id)
        section = lesson.body(self.panel.language).section(question.section) if lesson else None
        title = section.title if section is not None else question.section
        self.section_button.setText(
            QCoreApplication.translate("CheckPage", "Read about it: %1").replace("%1", title)
        )
