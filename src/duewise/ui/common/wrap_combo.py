"""The one wrapping combo box: a long current choice goes onto more lines instead of being cut.

A ``QComboBox`` draws its current text on one line and elides it: at 200 % text a lesson's
name ("9. Collections: what happens and how to protect yourself — mastery 0%") is wider than
any window. A :class:`WrapComboBox` is as narrow as a plain one may be, draws its current text
wrapped at words (and between Chinese characters) in its field, and grows as tall as that text
needs at its width. Its list shows each choice on one line, as wide as the longest.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

_FLAGS = (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value
_WRAP = Qt.TextFlag.TextWordWrap.value
_TALL = 100_000


class WrapComboBox(QComboBox):
    """A combo box whose current text wraps (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(self._fit)
        self.currentTextChanged.connect(self._fit)

    def field(self) -> QRect:
        """Where the current text is drawn (the field left of the arrow, inside the frame)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )

    def text_size(self, width: int) -> QSize:
        """The size of the current text wrapped into ``width`` pixels."""
        room = QRect(0, 0, max(width, 1), _TALL)
        return self.fontMetrics().boundingRect(room, _FLAGS | _WRAP, self.currentText()).size()

    def _extra_height(self) -> int:
        """How much taller than one line the current text is at the field's width."""
        text = self.text_size(self.field().width()).height()
        return max(0, text - self.text_size(_TALL).height())  # the same layout on one line

    def sizeHint(self) -> QSize:
        """A plain combo box's hint, as tall as the wrapped text needs."""
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:
        """A plain combo box's minimum, as tall as the wrapped text needs."""
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frame and arrow as the style draws them; the text wrapped in the field."""
        del event
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = option.currentText
        option.currentText = ""
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, QPalette.ColorRole.ButtonText))
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        painter.drawText(field, _FLAGS | _WRAP, text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Another width: another height for the text."""
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        """Fit when shown (a hidden box has no width of its own yet)."""
        super().showEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        """Another font or style (the text size, the theme): fit again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def _fit(self, *args: object) -> None:
        # A minimum height, as WrapLabel sets one: height-for-width does not travel through
        # scroll areas and grid layouts.
        del args
        if not self.isVisible():
            return
        needed = super().sizeHint().height() + self._extra_height()
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)
