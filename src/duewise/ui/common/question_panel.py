"""One quiz question on screen: prompt, answer controls for every question type, and feedback.

Keyboard: 1–6 pick (or tick) a choice, ↑/↓ move between choices, Enter checks the answer and then
goes on. In an ordering question ↑/↓ select an item and Alt+↑/Alt+↓ (or Ctrl+↑/↓) move it.

Once an answer is checked, :meth:`QuestionPanel.show_marks` marks every choice that was picked
or is right with a symbol and words ("✓ Correct answer", "✗ Your answer — wrong"), wrong ones
also in the error colour, and puts the mark into the choice's accessible name; errors are
announced to screen readers at once.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from duewise import formatting
from duewise.content.model import Language, Question, QuestionType
from duewise.learning import grading
from duewise.learning.grading import Grade, Response
from duewise.learning.quiz import QuizItem
from duewise.ui.common import announce, answer_words, basics
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.wrap_label import WrapLabel

_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{i}"): i - 1 for i in range(1, 10)}


class QuestionPanel(QWidget):
    """Shows one question and reads the learner's answer.

    Signals:
        enter_pressed(): Enter was pressed (the page checks the answer or goes on).
        answer_changed(): the learner changed the answer (clears an error message).
    """

    enter_pressed = Signal()
    answer_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionPanel")
        self.question: Question | None = None
        self.item: QuizItem | None = None
        self.language = Language.EN
        self.app_language = "en"
        self.buttons: list[QAbstractButton] = []
        self.labels: list[QLabel] = []
        #: Under each choice: its mark once the answer is checked (hidden before).
        self.marks: list[QLabel] = []
        self._group: QButtonGroup | None = None
        #: Whether marks are shown, and for which checked answer.
        self._marks_shown = False
        self._marked: Response | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.meta = basics.paragraph(self, muted=True)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("questionPrompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setProperty("role", "h2")
        self.rule = basics.paragraph(self, muted=True)
        layout.addWidget(self.meta)
        layout.addWidget(self.prompt)
        layout.addWidget(self.rule)

        self.choices_box = QWidget(self)
        self.choices_layout = QVBoxLayout(self.choices_box)
        self.choices_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choices_box)

        # numeric
        self.number_box = QWidget(self)
        number_row = QHBoxLayout(self.number_box)
        number_row.setContentsMargins(0, 0, 0, 0)
        self.number_label = QLabel(self.number_box)
        self.number_edit = QLineEdit(self.number_box)
        self.number_edit.setObjectName("numberAnswer")
        self.number_label.setBuddy(self.number_edit)
        self.unit_label = QLabel(self.number_box)
        number_row.addWidget(self.number_label)
        number_row.addWidget(self.number_edit, 1)
        number_row.addWidget(self.unit_label)
        layout.addWidget(self.number_box)
        self.number_mark = self._mark_label(self)
        layout.addWidget(self.number_mark)

        # ordering
        self.order_box = QWidget(self)
        order_row = QHBoxLayout(self.order_box)
        order_row.setContentsMargins(0, 0, 0, 0)
        self.order_list = QListWidget(self.order_box)
        self.order_list.setObjectName("orderingList")
        self.order_list.setWordWrap(True)
        self.order_list.installEventFilter(self)
        order_buttons = QVBoxLayout()
        self.up_button = QPushButton(self.order_box)
        self.down_button = QPushButton(self.order_box)
        order_buttons.addWidget(self.up_button)
        order_buttons.addWidget(self.down_button)
        order_buttons.addStretch(1)
        order_row.addWidget(self.order_list, 1)
        order_row.addLayout(order_buttons)
        layout.addWidget(self.order_box)

        self.error = QLabel(self)
        self.error.setObjectName("answerError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        layout.addWidget(self.error)

        self.number_edit.textEdited.connect(self._on_any_changed)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.setTabOrder(self.number_edit, self.order_list)
        self.setTabOrder(self.order_list, self.up_button)
        self.setTabOrder(self.up_button, self.down_button)
        self.retranslate_ui()

    # --- building ---------------------------------------------------------------------------

    def _clear_choices(self) -> None:
        while self.choices_layout.count():
            child = self.choices_layout.takeAt(0)
            widget = child.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.buttons = []
        self.labels = []
        self.marks = []
        if self._group is not None:
            self._group.deleteLater()
            self._group = None

    def set_question(self, question: Question, item: QuizItem, language: str) -> None:
        """Show ``question`` with its choices in the order of ``item``, answer cleared."""
        self.question = question
        self.item = item
        self.app_language = language
        self.language = lesson_language(language)
        self._clear_choices()
        self.error.hide()
        self._marks_shown = False
        self.number_mark.hide()
        qtype = question.type
        self.choices_box.setVisible(
            qtype in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE)
        )
        self.number_box.setVisible(qtype is QuestionType.NUMERIC)
        self.order_box.setVisible(qtype is QuestionType.ORDERING)
        if qtype in (QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.MULTIPLE):
            count = 2 if qtype is QuestionType.TRUE_FALSE else len(item.order)
            if qtype is not QuestionType.MULTIPLE:
                self._group = QButtonGroup(self)
                self._group.setExclusive(True)
            for k in range(count):
                row = QWidget(self.choices_box)
                row_layout = QHBoxLayout(row)
                row_layout.setContentsMargins(0, 0, 0, 0)
                button: QAbstractButton
                button = QCheckBox(row) if qtype is QuestionType.MULTIPLE else QRadioButton(row)
                button.setText(f"{k + 1}")
                button.setObjectName(f"choice{k + 1}")
                button.installEventFilter(self)
                button.toggled.connect(self._on_any_changed)
                if self._group is not None:
                    self._group.addButton(button, k)
                label = WrapLabel(row, button=button)
                mark = self._mark_label(row)
                words = QVBoxLayout()
                words.setContentsMargins(0, 0, 0, 0)
                words.setSpacing(2)
                words.addWidget(label)
                words.addWidget(mark)
                row_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                row_layout.addLayout(words, 1)
                self.choices_layout.addWidget(row)
                self.buttons.append(button)
                self.labels.append(label)
                self.marks.append(mark)
            for first, second in zip(self.buttons, self.buttons[1:], strict=False):
                QWidget.setTabOrder(first, second)
        elif qtype is QuestionType.NUMERIC:
            self.number_edit.clear()
        else:
            self.order_list.clear()
            for original in item.order:
                entry = QListWidgetItem(self.order_list)
                entry.setData(Qt.ItemDataRole.UserRole, original)
            self.order_list.setCurrentRow(0)
        self.set_enabled(True)
        self.retranslate_ui()

    @staticmethod
    def _mark_label(parent: QWidget) -> QLabel:
        mark = WrapLabel(parent)
        mark.setObjectName("answerMark")
        mark.hide()
        return mark

    def focus_answer(self) -> None:
        """Put the keyboard focus on the answer controls."""
        if self.question is None:
            return
        if self.question.type is QuestionType.NUMERIC:
            self.number_edit.setFocus()
        elif self.question.type is QuestionType.ORDERING:
            self.order_list.setFocus()
        elif self.buttons:
            checked = [b for b in self.buttons if b.isChecked()]
            (checked or self.buttons)[0].setFocus()

    def set_enabled(self, enabled: bool) -> None:
        """Allow or freeze changes (frozen once the answer was checked)."""
        for button in self.buttons:
            button.setEnabled(enabled)
        self.number_edit.setReadOnly(not enabled)
        self.order_list.setEnabled(True)
        self.up_button.setEnabled(enabled)
        self.down_button.setEnabled(enabled)
        self._frozen = not enabled

    # --- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text (the question's in the current language)."""
        self.number_label.setText(self.tr("Your answer:"))
        self.number_edit.setAccessibleName(self.tr("Your answer"))
        self.number_edit.setPlaceholderText(self.tr("e.g. 1,000.50"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.up_button.setToolTip(self.tr("Move the selected item up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move the selected item down (Alt+Down)"))
        self.up_button.setAccessibleName(self.tr("Move the selected item up"))
        self.down_button.setAccessibleName(self.tr("Move the selected item down"))
        self.order_list.setAccessibleName(self.tr("Items to put in order"))
        question = self.question
        if question is None or self.item is None:
            return
        lang = self.language
        self.prompt.setText(question.prompt.get(lang))
        self.prompt.setAccessibleName(question.prompt.get(lang))
        qtype = question.type
        rules = {
            QuestionType.SINGLE: self.tr("Pick one answer (keys 1–%1, Enter to check).").replace(
                "%1", str(len(self.buttons))
            ),
            QuestionType.TRUE_FALSE: self.tr("True or false? (keys 1–2, Enter to check)"),
            QuestionType.MULTIPLE: self.tr(
                "Tick every right answer (keys 1–%1). Partial credit: each right tick earns a "
                "share of the point, each wrong tick takes a share away, never below zero."
            ).replace("%1", str(len(self.buttons))),
            QuestionType.NUMERIC: self.tr(
                "Type a number. ¥1,000, 1000 and 1 000 all count; decimals take a point (2.5)."
            ),
            QuestionType.ORDERING: self.tr(
                "Put the items in the right order: select one and press Alt+Up or Alt+Down. "
                "All or nothing."
            ),
        }
        self.rule.setText(rules[qtype])
        if qtype is QuestionType.TRUE_FALSE:
            texts = [self.tr("True"), self.tr("False")]
        else:
            texts = [question.choices[i].get(lang) for i in self.item.order]
        if qtype is QuestionType.ORDERING:
            for row in range(self.order_list.count()):
                entry = self.order_list.item(row)
                original = int(entry.data(Qt.ItemDataRole.UserRole))
                entry.setText(f"{row + 1}. {question.choices[original].get(lang)}")
            # Tall enough to show every item (up to three wrapped lines each) without scrolling.
            line = self.order_list.fontMetrics().lineSpacing()
            self.order_list.setMinimumHeight(self.order_list.count() * (3 * line + 6) + 8)
        else:
            for k, (button, label) in enumerate(zip(self.buttons, self.labels, strict=True)):
                label.setText(texts[k])
                button.setAccessibleName(f"{k + 1}: {texts[k]}")
        if qtype is QuestionType.NUMERIC and question.unit is not None:
            self.unit_label.setText(question.unit.get(lang))
        else:
            self.unit_label.setText("")
        if self._marks_shown:
            self._word_marks(self._marked)

    # --- reading the answer -----------------------------------------------------------------

    def response(self) -> Response | None:
        """The answer given, as original choice indices; ``None`` when nothing is picked.

        Raises:
            grading.NumberFormatError: a numeric answer that cannot be read.
        """
        question, item = self.question, self.item
        if question is None or item is None:
            return None
        qtype = question.type
        if qtype is QuestionType.NUMERIC:
            return grading.parse_number(self.number_edit.text(), self.app_language, question.unit)
        if qtype is QuestionType.ORDERING:
            return tuple(
                int(self.order_list.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.order_list.count())
            )
        checked = [k for k, b in enumerate(self.buttons) if b.isChecked()]
        if qtype is QuestionType.TRUE_FALSE:
            return None if not checked else checked[0] == 0
        picked = [item.order[k] for k in checked]
        if qtype is QuestionType.SINGLE:
            return picked[0] if picked else None
        return tuple(sorted(picked)) if picked else None

    def set_response(self, response: Response) -> None:
        """Show a stored answer (when returning to an answered question)."""
        question, item = self.question, self.item
        if question is None or item is None:
            return
        if question.type is QuestionType.NUMERIC and isinstance(response, Decimal):
            self.number_edit.setText(formatting.number(response, self.app_language))
        elif question.type is QuestionType.ORDERING and isinstance(response, tuple):
            self.order_list.clear()
            for original in response:
                entry = QListWidgetItem(self.order_list)
                entry.setData(Qt.ItemDataRole.UserRole, original)
            self.retranslate_ui()
        elif question.type is QuestionType.TRUE_FALSE and isinstance(response, bool):
            self.buttons[0 if response else 1].setChecked(True)
        else:
            picked = {response} if isinstance(response, int) else set(response or ())  # type: ignore[arg-type]
            for k, original in enumerate(item.order):
                self.buttons[k].setChecked(original in picked)

    def show_error(self, text: str) -> None:
        """Show why the answer cannot be checked yet (next to the answer), and say it at once."""
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            announce.announce(self.error, text, assertive=True)

    # --- marks once checked -----------------------------------------------------------------

    def show_marks(self, response: Response | None) -> None:
        """Mark the checked ``response``: each choice picked or right gets its symbol and words
        (wrong ones in the error colour too); a number or an order says whether it was right."""
        self._marks_shown = True
        self._marked = response
        self._word_marks(response)

    def _word_marks(self, response: Response | None) -> None:
        question, item = self.question, self.item
        if question is None or item is None:
            return
        qtype = question.type
        marks = answer_words.choice_marks(question, response, item.order)
        for k, (button, label, mark_label) in enumerate(
            zip(self.buttons, self.labels, self.marks, strict=True)
        ):
            mark = marks[k] if k < len(marks) else None
            text = answer_words.mark_text(mark) if mark is not None else ""
            mark_label.setText(text)
            mark_label.setProperty("role", "error" if mark is not None and mark.is_wrong else "")
            mark_label.setStyleSheet("" if mark is None or mark.is_wrong else "font-weight: 600;")
            mark_label.style().polish(mark_label)
            mark_label.setVisible(bool(text))
            name = f"{k + 1}: {label.text()}"
            button.setAccessibleName(f"{name} — {text}" if text else name)
        if qtype is QuestionType.NUMERIC:
            correct = grading.grade(question, response).correct
            self.number_mark.setText(
                answer_words.mark_text(
                    answer_words.Mark.YOURS_RIGHT if correct else answer_words.Mark.YOURS_WRONG
                )
            )
            self.number_mark.setProperty("role", "" if correct else "error")
            self.number_mark.setStyleSheet("font-weight: 600;" if correct else "")
            self.number_mark.style().polish(self.number_mark)
            self.number_mark.show()
        elif qtype is QuestionType.ORDERING:
            placed = answer_words.order_marks(question, response)
            for row in range(min(self.order_list.count(), len(placed))):
                entry = self.order_list.item(row)
                entry.setText(f"{entry.text()} — {placed[row]}")

    # --- answers in words -------------------------------------------------------------------

    def answer_text(self) -> str:
        """The right answer in words, in the current language."""
        if self.question is None:
            return ""
        return answer_words.answer_text(self.question, self.app_language)

    def verdict_text(self, result: Grade) -> str:
        """``✓ Right!``, ``◐ Partly right: 2/3 of a point.`` or ``✗ Not right.``"""
        return answer_words.verdict_text(result)

    # --- keyboard ---------------------------------------------------------------------------

    def move_current(self, step: int) -> None:
        """Move the selected ordering item up (-1) or down (+1)."""
        if getattr(self, "_frozen", False):
            return
        row = self.order_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order_list.count():
            return
        entry = self.order_list.takeItem(row)
        self.order_list.insertItem(target, entry)
        self.order_list.setCurrentRow(target)
        self.retranslate_ui()
        self._on_any_changed()

    def _pick(self, index: int) -> None:
        if self.question is None or getattr(self, "_frozen", False):
            return
        if self.question.type is QuestionType.ORDERING:
            if index < self.order_list.count():
                self.order_list.setCurrentRow(index)
            return
        if index >= len(self.buttons):
            return
        button = self.buttons[index]
        if isinstance(button, QCheckBox):
            button.toggle()
        else:
            button.setChecked(True)
        button.setFocus()

    def _step_focus(self, step: int) -> None:
        focused = [k for k, b in enumerate(self.buttons) if b.hasFocus()]
        if not self.buttons:
            return
        k = (focused[0] + step) % len(self.buttons) if focused else 0
        self.buttons[k].setFocus()
        if isinstance(self.buttons[k], QRadioButton) and not getattr(self, "_frozen", False):
            self.buttons[k].setChecked(True)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Handle a quiz key (digits, arrows, Enter); ``True`` when it was used."""
        key = event.key()
        mods = event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter_pressed.emit()
            return True
        if key in _DIGIT_KEYS and not self.number_edit.hasFocus():
            self._pick(_DIGIT_KEYS[key])
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            if self.question is not None and self.question.type is QuestionType.ORDERING:
                if mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
                    self.move_current(step)
                    return True
                return False
            if self.buttons:
                self._step_focus(step)
                return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Quiz keys on the choice buttons and the ordering list."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.handle_key(event)
        ):
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Quiz keys that reach the panel itself (e.g. Enter in the number field)."""
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def _on_any_changed(self, *_args: object) -> None:
        self.error.hide()
        self.answer_changed.emit()
