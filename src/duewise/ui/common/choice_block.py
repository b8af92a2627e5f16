"""A lesson's scenario choice: "what do you do?", one button per option, and what follows.

Once the reader has chosen, every option says whether it was a wise choice and why (the
content's ``verdict`` and ``why``), with a symbol and words, not colour alone; the chosen one
also says "Your choice". A pack without verdicts shows the outcome only.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from duewise.content.model import ChoiceBlock, ChoiceOption, ChoiceVerdict
from duewise.ui.common import announce, basics, theme, wrap_label
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
        self.toggled.connect(self._follow_button_colours)

    def _follow_button_colours(self) -> None:
        # The high-contrast theme fills a checked button with the highlight colour; the label
        # (a child the button's style rule does not reach) must switch to the text drawn on it.
        checked_hc = self.isChecked() and theme.current().high_contrast
        self.label.setStyleSheet("color: palette(highlighted-text);" if checked_hc else "")

    def changeEvent(self, event: QEvent) -> None:
        """Another theme: the label follows the button's colours again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._follow_button_colours()

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
        #: Under each option: whether it is wise and why (shown once the reader has chosen).
        self.verdicts: list[QLabel] = []
        for i, option in enumerate(block.options):
            button = WrappingButton(plain(option.label), frame)
            self.group.addButton(button, i)
            layout.addWidget(button)
            self.buttons.append(button)
            verdict = wrap_label.paragraph(frame)
            verdict.setObjectName("choiceVerdict")
            verdict.setContentsMargins(verdict.fontMetrics().height(), 0, 0, 0)
            verdict.hide()
            layout.addWidget(verdict)
            self.verdicts.append(verdict)
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
        option = self.block.options[index]
        self.outcome.set_lesson_markdown(option.outcome)
        self.outcome_title.show()
        self.outcome.show()
        self.retranslate_ui()
        # The outcome appears below the buttons, away from the focus: say it.
        said = f"{self.outcome_title.text()}: {plain(option.outcome)}"
        if self.has_verdicts:
            said += " " + self.verdict_text(option)
        announce.announce(self.outcome, said)
        self.option_chosen.emit(index)

    @property
    def has_verdicts(self) -> bool:
        """Whether the content says how wise its options are (older packs do not)."""
        return any(o.verdict is not None or o.why.strip() for o in self.block.options)

    def verdict_words(self, verdict: ChoiceVerdict | None) -> str:
        """``✓ A wise choice``, ``◐ Can work, with a catch`` or ``✗ Not a wise choice``."""
        if verdict is ChoiceVerdict.WISE:
            return self.tr("✓ A wise choice")
        if verdict is ChoiceVerdict.MIXED:
            return self.tr("◐ Can work, with a catch")
        if verdict is ChoiceVerdict.UNWISE:
            return self.tr("✗ Not a wise choice")
        return ""

    def verdict_text(self, option: ChoiceOption) -> str:
        """The verdict and why of one option, as shown under it."""
        words = self.verdict_words(option.verdict)
        why = plain(option.why)
        if words and why:
            return self.tr("%1: %2").replace("%1", words).replace("%2", why)
        return words or why

    def _show_verdicts(self) -> None:
        shown = self.chosen is not None and self.has_verdicts
        for k, (option, label, button) in enumerate(
            zip(self.block.options, self.verdicts, self.buttons, strict=True)
        ):
            text = self.verdict_text(option) if shown else ""
            if text and k == self.chosen:
                text = self.tr("Your choice. %1").replace("%1", text)
            label.setText(text)
            label.setProperty("role", "error" if option.verdict is ChoiceVerdict.UNWISE else "")
            wise = option.verdict is ChoiceVerdict.WISE
            label.setStyleSheet("font-weight: 600;" if wise else "")
            label.style().polish(label)
            label.setVisible(bool(text))
            button.setAccessibleDescription(text or self.tr("Choose this option"))

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.kicker.setText(self.tr("What would you do? Choose an option to see what follows."))
        self.setAccessibleName(self.tr("Scenario: %1").replace("%1", plain(self.block.prompt)))
        self.outcome_title.setText(self.tr("What happens"))
        self._show_verdicts()
