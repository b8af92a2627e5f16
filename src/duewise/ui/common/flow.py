"""A layout that places widgets left to right and wraps them onto new lines (Qt's flow layout).

Rows of buttons and short fields use it, so a page stays as wide as its window at any text size:
at 200 % text the same row simply takes two or three lines instead of a sideways scroll bar. It
follows the "Flow Layout" example of the Qt documentation; the height for a width is computed
by the same code that places the items, so the two always agree.

The layout keeps the *C++ addresses* of its items, not their Python wrappers: PySide may
invalidate a wrapper of a layout item whose C++ object lives on (found by the GUI fuzz test: the
calculator opened from a lesson lost every row's items once the window's stand-in page was
deleted), and an error raised in a layout's virtual method crashes PySide. Each use wraps the
address afresh (``shiboken6.wrapInstance``); every item leaves through :meth:`takeAt`.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget

#: Pixels between items when the style gives none.
_FALLBACK_GAP = 6


class FlowLayout(QLayout):
    """Items left to right, wrapping to the next line when the width runs out."""

    def __init__(self, parent: QWidget | None = None, *, spacing: int = -1) -> None:
        super().__init__(parent)
        #: The items' C++ addresses, in order (see the module docstring).
        self._addresses: list[int] = []
        self._spacing = spacing
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    @property
    def _items(self) -> list[QLayoutItem]:
        return [shiboken6.wrapInstance(address, QLayoutItem) for address in self._addresses]

    def addItem(self, item: QLayoutItem) -> None:
        self._addresses.append(shiboken6.getCppPointer(item)[0])

    def count(self) -> int:
        return len(self._addresses)

    def itemAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._addresses):
            return shiboken6.wrapInstance(self._addresses[index], QLayoutItem)
        return None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._addresses):
            return shiboken6.wrapInstance(self._addresses.pop(index), QLayoutItem)
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One line of everything (what the row would like)."""
        width, height = 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._gap(item, horizontal=True) if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """As narrow as the widest single item."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self, item: QLayoutItem, *, horizontal: bool) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        if widget is None:
            return _FALLBACK_GAP
        orientation = Qt.Orientation.Horizontal if horizontal else Qt.Orientation.Vertical
        gap = widget.style().layoutSpacing(
            QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton, orientation
        )
        return gap if gap >= 0 else _FALLBACK_GAP

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place (or only measure) the items in ``rect``; the height they need."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y = area.x(), area.y()
        line_height = 0
        line: list[tuple[QLayoutItem, QPoint, QSize]] = []

        def finish_line() -> None:
            # Items of one line share its height and sit centred in it (labels beside fields).
            if move:
                for item, point, size in line:
                    offset = (line_height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(point.x(), point.y() + offset), size))
            line.clear()

        for item in self._visible():
            hint = item.sizeHint()
            gap_x = self._gap(item, horizontal=True)
            gap_y = self._gap(item, horizontal=False)
            if line and x + hint.width() > area.right() + 1:
                finish_line()
                x = area.x()
                y += line_height + gap_y
                line_height = 0
            width = min(hint.width(), max(area.width(), item.minimumSize().width()))
            size = QSize(width, hint.height())
            line.append((item, QPoint(x, y), size))
            x += size.width() + gap_x
            line_height = max(line_height, size.height())
        finish_line()
        return y + line_height - rect.y() + margins.bottom()
