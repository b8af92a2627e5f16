"""An honest "not available yet" panel for places a later version fills."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from duewise.ui.common import basics


class NotYetAvailable(QWidget):
    """A page body that says plainly what is missing and what the place will do.

    The owning page sets the texts (so they are translated in the page's own context).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.frame, inner = basics.card(self)
        self.status = basics.heading(2, self.frame)
        self.explanation = basics.paragraph(self.frame)
        self.plans = basics.paragraph(self.frame, muted=True)
        for label in (self.status, self.explanation, self.plans):
            inner.addWidget(label)
        layout.addWidget(self.frame)
        layout.addStretch(1)

    def set_texts(self, status: str, explanation: str, plans: list[str]) -> None:
        """Set the status line, the explanation and the list of what is coming."""
        self.status.setText(status)
        self.explanation.setText(explanation)
        self.plans.setText("\n".join(f"•  {item}" for item in plans))

    def labels(self) -> list[QLabel]:
        """The labels, for tests and accessibility checks."""
        return [self.status, self.explanation, self.plans]
