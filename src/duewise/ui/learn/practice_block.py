"""A lesson's practice item: one ungraded question inside a section, answered and checked on the
spot (teach, practise, then test). Nothing is stored and nothing counts towards mastery."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from duewise.content.model import Question
from duewise.learning import grading, shuffle
from duewise.learning.quiz import QuizItem
from duewise.ui.common import announce, basics, errors
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.basics import RetranslatingWidget


class LessonPractice(RetranslatingWidget):
    """ "Try it": the question, a Check button, then whether it was right, the answer and why.

    Args:
        question: the practice question (its pool is ``practice``).
        language: the interface language (``zh_CN`` or ``en``), asked each time texts are set.
    """

    def __init__(
        self, question: Question, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from duewise.ui.common.question_panel import QuestionPanel

        self.question = question
        self._language = language
        self.result: grading.Grade | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, layout = basics.card(self)
        frame.setObjectName("practiceBlock")
        outer.addWidget(frame)
        self.kicker = basics.paragraph(frame)
        self.kicker.setStyleSheet("font-weight: 600;")
        self.panel = QuestionPanel(frame)
        item = QuizItem(question.id, shuffle.choice_order(question, f"practice:{question.id}"))
        self.panel.set_question(question, item, language())
        row = QHBoxLayout()
        self.check_button = QPushButton(frame)
        self.again_button = QPushButton(frame)
        self.again_button.hide()
        row.addWidget(self.check_button)
        row.addWidget(self.again_button)
        row.addStretch(1)
        self.feedback = basics.paragraph(frame)
        self.feedback.setObjectName("practiceFeedback")
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.feedback.hide()
        layout.addWidget(self.kicker)
        layout.addWidget(self.panel)
        layout.addLayout(row)
        layout.addWidget(self.feedback)
        self.check_button.clicked.connect(self.check)
        self.again_button.clicked.connect(self.try_again)
        self.panel.enter_pressed.connect(self.check)
        self.panel.answer_changed.connect(lambda: self.panel.show_error(""))
        QWidget.setTabOrder(self.panel, self.check_button)
        self.retranslate_ui()

    def check(self) -> None:
        """Grade the answer given and show the verdict, the right answer and the explanation."""
        if self.result is not None:
            return
        try:
            response = self.panel.response()
        except grading.NumberFormatError as error:
            self.panel.show_error(errors.describe(error))
            return
        if grading.is_empty(self.question, response):
            self.panel.show_error(self.tr("Choose or type an answer first."))
            return
        self.result = grading.grade(self.question, response)
        self.panel.set_enabled(False)
        self.panel.show_marks(response)
        self.again_button.show()
        self.again_button.setFocus()  # the Check button goes; the focus must not vanish with it
        self.check_button.hide()
        self.feedback.show()
        self.retranslate_ui()
        announce.announce(self.feedback, self.feedback.text())

    def try_again(self) -> None:
        """Clear the answer and the feedback."""
        self.result = None
        item = self.panel.item
        assert item is not None
        self.panel.set_question(self.question, item, self._language())
        self.feedback.hide()
        self.check_button.show()
        self.panel.focus_answer()  # before Try again goes, so the focus stays in the block
        self.again_button.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.kicker.setText(self.tr("Try it (not marked)"))
        self.setAccessibleName(self.tr("Practice question"))
        self.check_button.setText(self.tr("Check"))
        self.check_button.setAccessibleName(self.tr("Check the practice answer"))
        self.again_button.setText(self.tr("Try again"))
        language = self._language()
        self.panel.app_language = language
        self.panel.language = lesson_language(language)
        self.panel.retranslate_ui()
        if self.result is not None:
            explanation = self.question.explanation.get(self.panel.language)
            answer = self.tr("The right answer: %1").replace("%1", self.panel.answer_text())
            self.feedback.setText(f"{self.panel.verdict_text(self.result)} {answer}\n{explanation}")
