"""Small building blocks shared by pages: headings, muted notes, cards, live retranslation."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from duewise.storage import names


class RetranslatingWidget(QWidget):
    """A widget that sets its texts again (``retranslate_ui``) when the app's language changes."""

    def changeEvent(self, event: QEvent) -> None:
        """Re-set the texts when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        raise NotImplementedError


def heading(level: int = 1, parent: QWidget | None = None) -> QLabel:
    """A page (``level=1``) or section (``level=2``) heading; its size follows the text size."""
    label = QLabel(parent)
    label.setProperty("role", f"h{level}")
    label.setWordWrap(True)
    return label


def paragraph(parent: QWidget | None = None, *, muted: bool = False) -> QLabel:
    """A wrapping paragraph of text."""
    label = QLabel(parent)
    label.setWordWrap(True)
    if muted:
        label.setProperty("role", "muted")
    return label


def card(parent: QWidget | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A bordered panel and its layout."""
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(8)
    return frame, layout


def keep_single_line(edit: QLineEdit) -> QLineEdit:
    """Make a name field one line: a pasted line break or tab becomes a space at once (a
    ``QLineEdit`` keeps them otherwise). The name is tidied (:func:`storage.names.single_line`)
    where it is saved."""

    def tidy(text: str) -> None:
        cleaned = names.without_breaks(text)
        if cleaned != text:
            cursor = edit.cursorPosition()
            edit.setText(cleaned)
            edit.setCursorPosition(cursor)

    edit.textChanged.connect(tidy)
    return edit
