"""The planner's month-by-month schedule as a table model (read lazily from the plan's public
results: ``PlanResult.month_in_cents``, formatted only for the rows on screen)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from duewise import formatting
from duewise.finance import planner
from duewise.finance.money import from_cents

ModelIndex = QModelIndex | QPersistentModelIndex

_SCHEDULE_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
    }
)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ScheduleModel(QAbstractTableModel):
    """The chosen plan month by month, read lazily from the engine's integer run.

    Only the cells on screen are formatted, so 600 months × 20 debts scroll smoothly.
    Columns: month, date, total payment, total interest, balance after, then per debt:
    payment, interest, principal.
    """

    FIXED = 5

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.result: planner.PlanResult | None = None
        self.month_label: Callable[[int], str] = str
        self._labels: dict[int, str] = {}
        self.currency = "CNY"
        self.language = "en"
        # Formatted amounts by (currency, language, cents): a repaint after an edit shows mostly
        # the same amounts, and babel takes a fraction of a millisecond for each.
        self._money: dict[tuple[str, str, int], str] = {}

    def set_plan(
        self, result: planner.PlanResult | None, month_label: Callable[[int], str]
    ) -> None:
        """Show ``result`` (``None`` clears); ``month_label(n)`` names plan month ``n``."""
        old = self.result
        if result is None or old is None or tuple(result.names) != tuple(old.names):
            self.beginResetModel()
            self.result = result
            self.month_label = month_label
            self._labels = {}  # formatted lazily: only the rows on screen
            self.endResetModel()
            return
        # Same debts (an edit of the budget, say): change the rows in place, so the view keeps
        # its scroll position and repaints only what it shows (a reset relays it all out).
        before, after = old.month_count, result.month_count
        if after > before:
            self.beginInsertRows(QModelIndex(), before, after - 1)
            self.result = result
            self.endInsertRows()
        elif after < before:
            self.beginRemoveRows(QModelIndex(), after, before - 1)
            self.result = result
            self.endRemoveRows()
        self.result = result
        self.month_label = month_label
        self._labels = {}
        columns = self.columnCount()
        if after:
            self.dataChanged.emit(self.index(0, 0), self.index(after - 1, columns - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Months."""
        if parent.isValid() or self.result is None:
            return 0
        return self.result.month_count

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Fixed columns plus three per debt."""
        if parent.isValid() or self.result is None:
            return 0
        return self.FIXED + 3 * len(self.result.names)

    def cents(self, row: int, column: int) -> int | None:
        """The amount in a money cell, in cents (``None`` for a debt already repaid)."""
        assert self.result is not None
        active, paid, interest, balance = self.result.month_in_cents(row)
        if column == 2:
            return sum(paid)
        if column == 3:
            return sum(interest)
        if column == 4:
            return sum(balance)
        debt, part = divmod(column - self.FIXED, 3)
        if debt not in active:
            return None
        if part == 0:
            return paid[debt]
        if part == 1:
            return interest[debt]
        return paid[debt] - interest[debt]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Formatted amounts."""
        # The view asks for a dozen roles per cell on every paint: answer the unused ones first.
        if role not in _SCHEDULE_ROLES or self.result is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column >= 2:
                return _RIGHT
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == 2:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if column == 0:
            return str(row + 1)
        if column == 1:
            if row not in self._labels:
                self._labels[row] = self.month_label(row + 1)
            return self._labels[row]
        cents = self.cents(row, column)
        if cents is None:
            return "—"
        key = (self.currency, self.language, cents)
        text = self._money.get(key)
        if text is None:
            if len(self._money) > 50_000:
                self._money.clear()
            text = self._money[key] = formatting.money(
                from_cents(cents), self.currency, self.language
            )
        return text

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles name the debt and the part."""
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        translate = QCoreApplication.translate
        fixed = (
            translate("ScheduleModel", "Month"),
            translate("ScheduleModel", "Date"),
            translate("ScheduleModel", "Payment"),
            translate("ScheduleModel", "Interest"),
            translate("ScheduleModel", "Balance after"),
        )
        if section < self.FIXED:
            return fixed[section]
        if self.result is None:
            return None
        debt, part = divmod(section - self.FIXED, 3)
        parts = (
            translate("ScheduleModel", "%1: payment"),
            translate("ScheduleModel", "%1: interest"),
            translate("ScheduleModel", "%1: principal"),
        )
        return parts[part].replace("%1", self.result.names[debt])
