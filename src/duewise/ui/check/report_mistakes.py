"""Review my mistakes: under a quiz's results, every question the learner got wrong (or partly,
or left unanswered when the time ran out) with their answer, the right one, the explanation and
a button that opens the lesson section that teaches it.

A part of :class:`~duewise.ui.check.report_panel.ReportPanel`. Each mistake's button is a tab
stop whose accessible description holds the whole mistake, so a screen-reader user who tabs
from button to button hears every mistake; the marks are symbols and words, not colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from duewise.storage.quiz_store import Attempt
from duewise.ui.check.progress import Mistake, Progress
from duewise.ui.common import answer_words, basics
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.basics import RetranslatingWidget
from duewise.ui.common.wrap_label import paragraph


class MistakeCard(QFrame):
    """One mistake: the question, the learner's answer, the right answer, why, and a button to
    the lesson section."""

    def __init__(self, mistake: Mistake, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mistake = mistake
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        self.question_label = paragraph(self)
        self.question_label.setStyleSheet("font-weight: 600;")
        self.yours_label = paragraph(self)
        self.yours_label.setProperty("role", "error")
        self.right_label = paragraph(self)
        self.why_label = paragraph(self)
        self.section_button = QPushButton(self)
        row = QHBoxLayout()
        row.addWidget(self.section_button)
        row.addStretch(1)
        for label in (self.question_label, self.yours_label, self.right_label, self.why_label):
            layout.addWidget(label)
        layout.addLayout(row)

    @property
    def labels(self) -> list[QLabel]:
        """The card's texts, top to bottom."""
        return [self.question_label, self.yours_label, self.right_label, self.why_label]


class MistakesList(RetranslatingWidget):
    """The list of mistakes of one attempt.

    Args:
        progress: the learner's quizzes over the pack in use (the page's).

    Signals:
        section_requested(str, str): read this lesson section (lesson id, section id).
    """

    section_requested = Signal(str, str)

    def __init__(self, progress: Progress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = progress
        self.attempt: Attempt | None = None
        self.cards: list[MistakeCard] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.heading = basics.heading(2, self)
        self.summary = paragraph(self, muted=True)
        self.cards_layout = QVBoxLayout()
        self.cards_layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(self.cards_layout)
        self.retranslate_ui()

    @property
    def buttons(self) -> list[QPushButton]:
        """The "Read about it" buttons, one per mistake, in order."""
        return [card.section_button for card in self.cards]

    def show_attempt(self, attempt: Attempt | None) -> None:
        """List the mistakes of ``attempt`` (``None``: nothing)."""
        self.attempt = attempt
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []
        if attempt is not None:
            for mistake in self.progress.mistakes(attempt):
                card = MistakeCard(mistake, self)
                card.section_button.clicked.connect(self._on_card_section_button_clicked)
                self.cards_layout.addWidget(card)
                card.show()
                self.cards.append(card)
        self.retranslate_ui()

    def _on_card_section_button_clicked(self) -> None:
        for card in self.cards:
            if card.section_button is self.sender():
                question = card.mistake.question
                self.section_requested.emit(question.lesson_id, question.section)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Review my mistakes"))
        if self.attempt is None:
            self.summary.setText("")
            return
        count = len(self.cards)
        self.summary.setText(
            self.tr("No mistakes to review: every answer earned its full point.")
            if not count
            else self.tr("1 question to look at again.")
            if count == 1
            else self.tr("%1 questions to look at again.").replace("%1", str(count))
        )
        for card in self.cards:
            self._word(card)

    def _word(self, card: MistakeCard) -> None:
        p = self.progress
        app_language = p.language
        language = lesson_language(app_language)
        mistake = card.mistake
        question = mistake.question
        card.question_label.setText(
            self.tr("Question %1: %2")
            .replace("%1", str(mistake.position + 1))
            .replace("%2", question.prompt.get(language))
        )
        if mistake.response is None:
            yours = self.tr("✗ Not answered (the time ran out).")
        else:
            words = answer_words.response_text(question, mistake.response, app_language)
            if mistake.score > 0:
                yours = (
                    self.tr("◐ Your answer: %1 — partly right, %2 of a point.")
                    .replace("%1", words)
                    .replace("%2", f"{mistake.score.numerator}/{mistake.score.denominator}")
                )
            else:
                yours = self.tr("✗ Your answer: %1 — wrong.").replace("%1", words)
        card.yours_label.setText(yours)
        card.right_label.setText(
            self.tr("✓ The right answer: %1").replace(
                "%1", answer_words.answer_text(question, app_language)
            )
        )
        card.why_label.setText(self.tr("Why: %1").replace("%1", question.explanation.get(language)))
        lesson = p.pack.lesson(question.lesson_id)
        section = lesson.body(language).section(question.section) if lesson else None
        title = section.title if section is not None else question.section
        card.section_button.setText(self.tr("Read about it: %1").replace("%1", title))
        card.section_button.setAccessibleName(
            self.tr("Read about it: %1, in lesson %2")
            .replace("%1", title)
            .replace("%2", p.lesson_title(question.lesson_id))
        )
        card.section_button.setAccessibleDescription(
            " ".join(label.text() for label in card.labels)
        )
