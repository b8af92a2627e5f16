"""The Settings card about DueWise itself: "About DueWise…" and "Show the welcome again"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from duewise.ui.common import basics
from duewise.ui.common.context import AppContext
from duewise.ui.settings import about, welcome


class AppPanel(basics.RetranslatingWidget):
    """Opens the About dialog and the first-start welcome."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, layout = basics.card(self)
        outer.addWidget(frame)
        self.heading = basics.heading(2, frame)
        self.note = basics.paragraph(frame, muted=True)
        row = QHBoxLayout()
        self.about_button = QPushButton(frame)
        self.about_button.setObjectName("aboutButton")
        self.welcome_button = QPushButton(frame)
        self.welcome_button.setObjectName("welcomeAgainButton")
        row.addWidget(self.about_button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(self.welcome_button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.setTabOrder(self.about_button, self.welcome_button)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.about_button.clicked.connect(self._on_about_button_clicked)
        self.welcome_button.clicked.connect(self._on_welcome_button_clicked)

    def _on_about_button_clicked(self) -> None:
        about.open_about(self.window())

    def _on_welcome_button_clicked(self) -> None:
        welcome.open_welcome(self.context, self.window())

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("About DueWise"))
        self.note.setText(
            self.tr("The version, the licence and the notices of the software DueWise uses.")
        )
        self.about_button.setText(self.tr("About DueWise…"))
        self.about_button.setAccessibleName(self.tr("About DueWise"))
        self.welcome_button.setText(self.tr("Show the welcome again"))
        self.welcome_button.setAccessibleName(self.tr("Show the welcome again"))
