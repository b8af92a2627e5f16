"""Controls of the missed-payment calculator: the statement table model, the visibility timeline
and the ⓘ source button."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolButton, QToolTip, QWidget

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TableRow:
    """One statement row: raw values (``Decimal`` amounts, dates) for CSV and for display."""

    raw: tuple[object, ...]
    highlight: bool = False


class StatementModel(QAbstractTableModel):
    """The scenario's statement, month by month (read-only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[TableRow] = []
        self._numeric_from = 1
        self._format: Callable[[int, object], str] = lambda _column, value: str(value)
        self._texts: dict[tuple[int, int], str] = {}
        #: column → another column whose text the tooltip adds (the month names its due date,
        #: when the due-date column is hidden to keep the table narrow).
        self.tip_columns: dict[int, int] = {}

    def set_headers(self, headers: Sequence[str], numeric_from: int = 1) -> None:
        """Column titles (translated by the page); from ``numeric_from`` on they align right."""
        self._headers = list(headers)
        self._numeric_from = numeric_from
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(headers) - 1))

    def set_rows(
        self, rows: Sequence[TableRow], format_cell: Callable[[int, object], str] | None = None
    ) -> None:
        """Replace every row; ``format_cell(column, value)`` words a value for the view.

        Cells are formatted when the view first asks for them (only the visible ones), since
        formatting money for a language costs a fraction of a millisecond per value.
        """
        self.beginResetModel()
        self._rows = list(rows)
        if format_cell is not None:
            self._format = format_cell
        self._texts.clear()
        self.endResetModel()

    def text(self, row: int, column: int) -> str:
        """The displayed text of one cell."""
        key = (row, column)
        if key not in self._texts:
            raw = self._rows[row].raw
            self._texts[key] = self._format(column, raw[column]) if column < len(raw) else ""
        return self._texts[key]

    def headers(self) -> list[str]:
        """The column titles."""
        return list(self._headers)

    def raw_rows(self) -> list[tuple[object, ...]]:
        """Unformatted values (``Decimal`` amounts) for CSV export."""
        return [r.raw for r in self._rows]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Rows shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Columns shown."""
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text, alignment and the missed-row tint."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tip_columns.get(index.column())
            text = self.text(index.row(), index.column())
            return f"{text} · {self.text(index.row(), tip)}" if tip is not None else text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() >= self._numeric_from:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.highlight:
            return QColor("#fde8d7")
        if role == Qt.ItemDataRole.ForegroundRole and row.highlight:
            return QColor("#1f1f1f")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles; row numbers are not shown (the month column names the row)."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


class TimelineBar(QWidget):
    """A bar from the first overdue day to the day the record stops being visible.

    Segments are ``(start, end, colour)`` in fractions of the width; markers are fractions where a
    tick is drawn. An open end (never while unpaid) is drawn as an arrow.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._segments: list[tuple[float, float, str]] = []
        self._markers: list[float] = []
        self._open_end = False
        self.setMinimumHeight(22)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        """A thin bar."""
        return QSize(300, 22)

    def set_timeline(
        self, segments: Sequence[tuple[float, float, str]], markers: Sequence[float], open_end: bool
    ) -> None:
        """Show segments and markers (see the class docstring)."""
        self._segments = list(segments)
        self._markers = list(markers)
        self._open_end = open_end
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the bar."""
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width() - 14.0
        top, height = 5.0, self.height() - 10.0
        fg = self.palette().color(QPalette.ColorRole.WindowText)
        for start, end, colour in self._segments:
            painter.fillRect(
                QRectF(2 + start * width, top, max(2.0, (end - start) * width), height),
                QColor(colour),
            )
        painter.setPen(fg)
        for m in self._markers:
            x = 2 + m * width
            painter.drawLine(QPoint(int(x), 1), QPoint(int(x), self.height() - 1))
        if self._open_end:
            x = 2 + width
            mid = top + height / 2
            painter.drawLine(QPoint(int(x), int(mid)), QPoint(int(x + 10), int(mid)))
            painter.drawLine(QPoint(int(x + 10), int(mid)), QPoint(int(x + 5), int(top)))
            painter.drawLine(QPoint(int(x + 10), int(mid)), QPoint(int(x + 5), int(top + height)))
        painter.end()


class InfoButton(QToolButton):
    """ⓘ: shows where a number comes from (tooltip on hover, and on click or Space)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText("ⓘ")
        self.setAutoRaise(True)
        self.setCursor(Qt.CursorShape.WhatsThisCursor)
        self.clicked.connect(self._on_clicked)

    def _on_clicked(self) -> None:
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), self.toolTip(), self)
