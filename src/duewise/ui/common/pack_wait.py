"""What a page shows while the lesson pack in use is read on the worker thread.

The pack is read once, off the GUI thread, and shared (``AppContext.lessons`` /
``load_lessons`` / ``lessons_loaded``). A page built before it is read shows this in place of
what needs the lessons — the same words and busy bar as the Learn page's list — and the window
stays usable meanwhile.
"""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from duewise.ui.common import basics
from duewise.ui.common.basics import RetranslatingWidget


class PackWait(RetranslatingWidget):
    """ "Loading the lessons…" with an indeterminate busy bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = basics.paragraph(self, muted=True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.retranslate_ui()

    def text(self) -> str:
        """The words shown."""
        return self.label.text()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.label.setText(self.tr("Loading the lessons…"))
        self.bar.setAccessibleName(self.tr("Loading the lessons"))
