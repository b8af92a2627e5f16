"""The one wrapping label: never cut at large text sizes, optionally the text of a button."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


class WrapLabel(QLabel):
    """A word-wrapped label that asks for the height its text needs at its current width.

    Height-for-width does not travel through tab widgets and scroll areas, so a long wrapped
    line (a quiz option at 200 % text) would be cut; a minimum height set on resize is honoured
    everywhere. Given a ``button`` (a choice's radio or check box), the label is its buddy and
    clicking the text clicks the button.
    """

    def __init__(
        self, parent: QWidget | None = None, *, button: QAbstractButton | None = None
    ) -> None:
        super().__init__(parent)
        self._button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if button is not None:
            self.setBuddy(button)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Clicking the text clicks its button (a quiz choice's long text wraps beside it)."""
        if self._button is not None and self._button.isEnabled():
            self._button.click()
            self._button.setFocus()
        super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the minimum height in step with the width."""
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        """Fit when shown (hidden labels are not fitted)."""
        super().showEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        """As wide as QLabel wants, as tall as the text needs at the current width."""
        hint = super().sizeHint()
        return QSize(hint.width(), max(self.minimumHeight(), 1))

    def setText(self, text: str) -> None:
        """Set the text and re-fit the height."""
        super().setText(text)
        self._fit()

    def _fit(self) -> None:
        # A label on a hidden tab page is squeezed to a few pixels wide: fitting it then set a
        # minimum height of thousands of pixels, which made every tab of the page that tall.
        if not self.isVisible():
            return
        # From the font metrics: QLabel.heightForWidth() never drops below the minimum height.
        margins = self.contentsMargins()
        width = max(self.width() - margins.left() - margins.right(), 1)
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        box = self.fontMetrics().boundingRect(QRect(0, 0, width, 0), flags, self.text())
        needed = box.height() + margins.top() + margins.bottom()
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def paragraph(parent: QWidget | None = None, *, muted: bool = False, rich: bool = False) -> QLabel:
    """Like ``basics.paragraph``, but a :class:`WrapLabel` (never cut at large text sizes)."""
    label = WrapLabel(parent)
    if rich:
        label.setTextFormat(Qt.TextFormat.RichText)
    if muted:
        label.setProperty("role", "muted")
    return label
