"""The teacher PIN's recovery code, shown once in the open teacher area right after it is made."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from duewise.ui.common import basics, wrap_label
from duewise.ui.common.basics import RetranslatingWidget


class RecoveryCodeCard(RetranslatingWidget):
    """The code in large monospaced type, what it is for, and "I have written it down".

    The code is kept only in this widget while it shows; :meth:`dismiss` forgets it.

    Signals:
        dismissed(): the teacher closed the card.
    """

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        card, card_layout = basics.card(self)
        layout.addWidget(card)
        self.heading = basics.heading(2, card)
        self.code_label = QLabel(card)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.code_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(QFont(self.font()).pointSizeF() * 1.8)
        font.setBold(True)
        self.code_label.setFont(font)
        self.text = wrap_label.paragraph(card)
        self.done_button = QPushButton(card)
        card_layout.addWidget(self.heading)
        card_layout.addWidget(self.code_label)
        card_layout.addWidget(self.text)
        card_layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setTabOrder(self.code_label, self.done_button)
        self.done_button.clicked.connect(self.dismiss)
        self.code = ""
        self.hide()
        self.retranslate_ui()

    def show_code(self, code: str) -> None:
        """Show a freshly made code."""
        self.code = code
        self.code_label.setText(code)
        self.retranslate_ui()
        self.show()
        self.code_label.setFocus()

    def dismiss(self) -> None:
        """Hide the card and forget the code."""
        self.code = ""
        self.code_label.clear()
        self.hide()
        self.dismissed.emit()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Your recovery code for the teacher PIN"))
        self.text.setText(
            self.tr(
                "Write this code down now and keep it where learners cannot find it: it is shown "
                "only this once, and DueWise keeps only a hash of it. If you forget the PIN, "
                "“Forgot the PIN?” on the teacher area's door takes this code and lets you choose "
                "a new PIN, without deleting anything."
            )
        )
        self.code_label.setAccessibleName(
            self.tr("Recovery code: %1").replace("%1", " ".join(self.code))
        )
        self.done_button.setText(self.tr("I have &written it down"))
        self.done_button.setAccessibleName(self.tr("I have written the recovery code down"))
