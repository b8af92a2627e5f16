"""Table cells marked in the theme's colours: recommended, needing care, in error.

A brush stored in a cell keeps the colour of the theme it was made in (a pale green behind the
dark theme's light text is unreadable), so marks are looked up from the current theme when a
cell is painted: a model returns :func:`background` and :func:`foreground` for its marked
cells, and a ``QTableWidget`` stores the mark's name under :data:`MARK_ROLE` and paints through
a :class:`MarkDelegate`. Every pair is checked for WCAG 2.2 AA in the contrast test.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from duewise.ui.common import theme

#: A cell's mark for :class:`MarkDelegate`: one of :data:`MARKS` (or nothing).
MARK_ROLE = Qt.ItemDataRole.UserRole + 0x6D6B
#: recommended · a row that needs care (a missed month) · a cell in error.
MARKS = ("positive", "caution", "alert")


def background(mark: str) -> QBrush:
    """The background of a ``mark`` in the current theme."""
    scheme = theme.current()
    colour = {
        "positive": scheme.positive_bg,
        "caution": scheme.caution_bg,
        "alert": scheme.alert_bg,
    }[mark]
    return QBrush(QColor(colour))


def foreground(mark: str) -> QBrush:
    """The text colour on a ``mark`` in the current theme (an error's text is the error's)."""
    scheme = theme.current()
    if mark == "alert":
        return QBrush(QColor(scheme.error))
    return QBrush(QColor(scheme.colour(QPalette.ColorRole.Text)))


class MarkDelegate(QStyledItemDelegate):
    """Paints a cell's :data:`MARK_ROLE` in the current theme's colours."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The cell's own look, then its mark's background and text colour."""
        super().initStyleOption(option, index)
        mark = index.data(MARK_ROLE)
        if mark in MARKS:
            option.backgroundBrush = background(str(mark))
            option.palette.setBrush(QPalette.ColorRole.Text, foreground(str(mark)))
