"""A lesson's scenario choice: "what do you do?", one button per option, and what follows."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from duewise.content.model import ChoiceBlock
from duewise.ui.common import announce, basics
from duewise.ui.common.basics import RetranslatingWidget
from duewise.ui.common.lesson_text import Glossary, LessonText, plain


class WrappingButton(QPushButton):
    """A checkable push button whose (long) label wraps instead of being cut off."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        margin = self.fontMetrics().height() // 2
        layout.setContentsMargins(margin, margin // 2 + 2, margin, margin // 2 + 2)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(text)

    def hasHeightForWidth(self) -> bool:
        """The height depends on how the label wraps."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Label height at this width, plus the margins."""
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        return self.label.heightForWidth(inner) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        """Wide enough for a short line; as tall as the wrapped label."""
        width = max(self.fontMetrics().averageCharWidth() * 40, 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """Can shrink to a narrow column; height follows :meth:`heightForWidth`."""
        width = self.fontMetrics().averageCharWidth() * 12
        return QSize(width, self.heightForWidth(width))


class LessonChoice(RetranslatingWidget):
    """Prompt, option buttons and the chosen option's outcome.

    Signals:
        option_chosen(int): the reader chose an option (its index).
    """

    option_chosen = Signal(int)

    def __init__(self, block: ChoiceBlock, glossary: Glossary, parent: QWidget | None = None):
        super().__init__(parent)
        self.block = block
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, layout = basics.card(self)
        outer.addWidget(frame)
        self.kicker = basics.paragraph(frame)
        self.kicker.setProperty("role", "muted")
        self.prompt = LessonText(glossary, frame)
        self.prompt.set_lesson_markdown(f"**{block.prompt}**")
        layout.addWidget(self.kicker)
        layout.addWidget(self.prompt)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[WrappingButton] = []
        for i, option in enumerate(block.options):
            button = WrappingButton(plain(option.label), frame)
            self.group.addButton(button, i)
            layout.addWidget(button)
            self.buttons.append(button)
        self.outcome_title = basics.paragraph(frame)
        self.outcome_title.setStyleSheet("font-weight: 600;")
        self.outcome = LessonText(glossary, frame)
        self.outcome_title.hide()
        self.outcome.hide()
        layout.addWidget(self.outcome_title)
        layout.addWidget(self.outcome)
        self.chosen: int | None = None
        self.group.idClicked.connect(self._on_group_id_clicked)
        for first, second in itertools.pairwise(self.buttons):
            QWidget.setTabOrder(first, second)
        self.retranslate_ui()

    def choose(self, index: int) -> None:
        """Choose option ``index`` (what clicking its button does)."""
        self.buttons[index].setChecked(True)
        self._on_group_id_clicked(index)

    def _on_group_id_clicked(self, index: int) -> None:
        self.chosen = index
        outcome = self.block.options[index].outcome
        self.outcome.set_lesson_markdown(outcome)
        self.outcome_title.show()
        self.outcome.show()
        self.retranslate_ui()
        # The outcome appears below the buttons, away from the focus: say it.
        announce.announce(self.outcome, f"{self.outcome_title.text()}: {plain(outcome)}")
        self.option_chosen.emit(index)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.kicker.setText(self.tr("What would you do? Choose an option to see what follows."))
        self.setAccessibleName(self.tr("Scenario: %1").replace("%1", plain(self.block.prompt)))
        self.outcome_title.setText(self.tr("What happens"))
        for button in self.buttons:
            button.setAccessibleDescription(self.tr("Choose this option"))
