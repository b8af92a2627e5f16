"""Models and delegates of the repayment planner's debts table (the schedule: ``schedule_model``).

The debts model keeps what the user typed (text), so a bad entry stays visible with its message
instead of being silently reset; :meth:`DebtsModel.debts` turns valid rows into engine debts.
Every change goes through a ``QUndoStack`` command, so deleting, moving, pasting and editing can
be undone with Ctrl+Z.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from duewise import formatting
from duewise.finance import planner, planner_tools, products, rates
from duewise.finance.money import HUNDRED, MoneyError, to_decimal
from duewise.finance.schedules import MinimumPayment
from duewise.storage import names
from duewise.ui.common import errors

CUSTOM = "custom"
MIME_ROWS = "application/x-duewise-debt-rows"

COL_NAME, COL_PRODUCT, COL_BALANCE, COL_APR, COL_DAILY, COL_MIN_PCT, COL_MIN_FLOOR, COL_DUE = range(
    8
)
COLUMNS = 8

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class DebtRow:
    """One row as typed: texts for numbers (percent for rates), so bad input stays visible."""

    name: str
    product: str = CUSTOM
    balance: str = ""
    apr: str = ""
    min_percent: str = ""
    min_floor: str = "0"
    due_day: str = "10"

    def to_json(self) -> dict[str, str]:
        """A plain dict for saving."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> DebtRow:
        """A row from a saved dict (unknown keys ignored, missing ones default)."""
        if not isinstance(data, dict):
            raise ValueError("a debt must be an object")
        fields = {k: str(v) for k, v in data.items() if k in cls.__dataclass_fields__}
        if "name" not in fields:
            raise ValueError("a debt needs a name")
        return cls(**fields)


def column_title(column: int) -> str:
    """A column's header in the current language."""
    return (
        QCoreApplication.translate("DebtsModel", "Name"),
        QCoreApplication.translate("DebtsModel", "Product"),
        QCoreApplication.translate("DebtsModel", "Balance"),
        QCoreApplication.translate("DebtsModel", "APR %"),
        QCoreApplication.translate("DebtsModel", "Daily rate %"),
        QCoreApplication.translate("DebtsModel", "Minimum %"),
        QCoreApplication.translate("DebtsModel", "Minimum at least"),
        QCoreApplication.translate("DebtsModel", "Due day"),
    )[column]


def _parse_number(text: str) -> Decimal:
    """A typed number (a trailing ``%`` allowed), for showing it formatted."""
    return to_decimal(text.replace("%", "").strip())


#: The planner table's column of each field of ``planner_tools.read_debt``.
_COLUMN_OF = {
    "name": COL_NAME,
    "balance": COL_BALANCE,
    "apr": COL_APR,
    "min_percent": COL_MIN_PCT,
    "min_floor": COL_MIN_FLOOR,
    "due_day": COL_DUE,
    "product": COL_PRODUCT,
}


#: Longer text in a cell is no value of any column (numbers are read up to 64 characters).
MAX_CELL_CHARS = 100


def _due_day_text(text: str) -> str:
    """The due day as ``read_debt`` can take it: ASCII digits only ("²" and a 5,000-digit day
    made ``int()`` raise inside it and crash the table's undo command); anything else is a day
    it refuses (``bad_day``)."""
    stripped = text.strip()
    ok = stripped.isascii() and stripped.isdigit() and len(stripped) <= 4
    return stripped if ok or not stripped else "0"


def _read(row: DebtRow) -> tuple[planner_tools.ImportedDebt | None, tuple[tuple[str, str], ...]]:
    cells = {
        "name": row.name,
        "balance": row.balance,
        "apr": row.apr,
        "min_percent": row.min_percent,
        "min_floor": row.min_floor,
        "due_day": _due_day_text(row.due_day),
    }
    return planner_tools.read_debt(cells)


def row_errors(row: DebtRow) -> dict[int, str]:
    """Column → error code for one row, by the planner's rules (``planner_tools.read_debt``;
    duplicate names are checked by the model)."""
    errors: dict[int, str] = {}
    for field, code in _read(row)[1]:
        errors.setdefault(_COLUMN_OF[field], code)
    return errors


def row_to_debt(
    row: DebtRow, presets: Mapping[str, products.Product] | None = None
) -> planner.Debt:
    """The engine's debt for a valid row.

    A row on a preset is built with the preset's terms (``planner_tools.preset_terms(...).debt``:
    a 白条 or 花呗 month paid in full costs no interest), with the rate and minimum as typed.
    """
    debt, problems = _read(row)
    if debt is None:
        raise ValueError(f"not a valid debt: {problems}")
    minimum = MinimumPayment(debt.min_rate, debt.min_floor)
    preset = (presets or {}).get(row.product)
    if preset is not None:
        terms = planner_tools.preset_terms(preset, debt.balance)
        return replace(
            terms.debt(debt.name, debt.balance), annual_rate=debt.annual_rate, minimum=minimum
        )
    return planner.Debt(debt.name, debt.balance, debt.annual_rate, minimum)


def percent_text(fraction: Decimal, places: int) -> str:
    """A fraction as plain percent text for an editable cell (``0.1825`` → ``18.25``)."""
    text = format((fraction * HUNDRED).quantize(Decimal(1).scaleb(-places)).normalize(), "f")
    return text


class RowsCommand(QUndoCommand):
    """Replace the model's rows (one undoable step)."""

    def __init__(self, model: DebtsModel, before: list[DebtRow], after: list[DebtRow], text: str):
        super().__init__(text)
        self.model = model
        self.before = before
        self.after = after

    def redo(self) -> None:
        """Apply the change."""
        self.model.set_rows(self.after)

    def undo(self) -> None:
        """Go back."""
        self.model.set_rows(self.before)


class DebtsModel(QAbstractTableModel):
    """The debts the user listed, as typed. Edits are undoable through :attr:`undo_stack`."""

    def __init__(self, presets: dict[str, products.Product], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.presets = presets
        self.rows: list[DebtRow] = []
        self.undo_stack = QUndoStack(self)
        self._errors: dict[tuple[int, int], str] = {}
        self.language = "en"
        self.currency = "CNY"

    # --- reading ---------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows (none below the top level)."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Columns."""
        return 0 if parent.isValid() else COLUMNS

    def errors(self) -> dict[tuple[int, int], str]:
        """(row, column) → error code for every problem in the table."""
        return self._errors

    def _find_errors(self) -> dict[tuple[int, int], str]:
        found: dict[tuple[int, int], str] = {}
        seen: dict[str, int] = {}
        for r, row in enumerate(self.rows):
            for column, code in row_errors(row).items():
                found[(r, column)] = code
            key = row.name.strip()
            if key and key in seen:
                found[(r, COL_NAME)] = "duplicate_name"
            seen.setdefault(key, r)
        return found

    def debts(self) -> list[planner.Debt]:
        """The engine debts of every row (only call when :meth:`errors` is empty)."""
        return [row_to_debt(row, self.presets) for row in self.rows]

    def product_name(self, product_id: str) -> str:
        """A product's name in the current language ("Custom terms" when none)."""
        preset = self.presets.get(product_id)
        if preset is None:
            return QCoreApplication.translate("DebtsModel", "Custom terms")
        return preset.name_zh if self.language == "zh_CN" else preset.name_en

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text, editing text, error colours and messages."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        error = self._errors.get((index.row(), column)) if role in _ERROR_ROLES else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return errors.cell_message(error) if error else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#fde7e9")) if error else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#b42318")) if error else None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return errors.cell_message(error) if error else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (COL_NAME, COL_PRODUCT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _edit_text(self, row: DebtRow, column: int) -> str:
        if column == COL_DAILY:
            try:
                daily = rates.daily_rate(_parse_number(row.apr) / HUNDRED)
            except MoneyError:
                return ""
            return percent_text(daily, 4)
        return str(
            (
                row.name,
                row.product,
                row.balance,
                row.apr,
                "",
                row.min_percent,
                row.min_floor,
                row.due_day,
            )[column]
        )

    def _display(self, row: DebtRow, column: int) -> str:
        language = self.language
        try:
            if column == COL_PRODUCT:
                return self.product_name(row.product)
            if column in (COL_BALANCE, COL_MIN_FLOOR):
                text = row.balance if column == COL_BALANCE else row.min_floor or "0"
                return formatting.money(_parse_number(text), self.currency, language)
            if column == COL_APR:
                return formatting.pct(_parse_number(row.apr), language)
            if column == COL_DAILY:
                daily = rates.daily_rate(_parse_number(row.apr) / HUNDRED) * HUNDRED
                return formatting.pct(daily, language, 4)
            if column == COL_MIN_PCT:
                return formatting.pct(_parse_number(row.min_percent or "0"), language, 1)
        except (MoneyError, ArithmeticError):
            return self._edit_text(row, column)
        return self._edit_text(row, column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles; row numbers."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_title(section)
        return str(section + 1)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        """Editable, selectable, draggable (to reorder)."""
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    # --- writing (every change is an undoable command) --------------------------------------

    def set_rows(self, rows: Sequence[DebtRow]) -> None:
        """Show ``rows`` (used by the undo commands; call :meth:`apply` to make a change)."""
        rows = list(rows)
        if len(rows) == len(self.rows):
            self.rows = rows
            self._errors = self._find_errors()
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, COLUMNS - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self._errors = self._find_errors()
        self.endResetModel()

    def apply(self, rows: Sequence[DebtRow], text: str) -> None:
        """Change the rows as one undoable step named ``text``."""
        if list(rows) == self.rows:
            return
        self.undo_stack.push(RowsCommand(self, list(self.rows), list(rows), text))

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        """An edit in a cell (kept as typed; a product choice fills its terms)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        text = "" if value is None else str(value).strip()[:MAX_CELL_CHARS]
        column = index.column()
        if column == COL_NAME:
            new = replace(row, name=names.single_line(text))
        elif column == COL_PRODUCT:
            new = self.with_product(row, text)
        elif column == COL_BALANCE:
            new = replace(row, balance=text)
        elif column == COL_APR:
            new = replace(row, apr=text)
        elif column == COL_DAILY:
            if text == self._edit_text(row, COL_DAILY):
                return True  # shown unchanged: keep the APR as typed
            try:
                daily = _parse_number(text) / HUNDRED
                apr = rates.simple_annual_rate_from_daily(daily)
                new = replace(row, apr=percent_text(apr, 4))
            except MoneyError:
                new = replace(row, apr=text)
        elif column == COL_MIN_PCT:
            new = replace(row, min_percent=text)
        elif column == COL_MIN_FLOOR:
            new = replace(row, min_floor=text)
        else:
            new = replace(row, due_day=text)
        if new == row:
            return True
        rows = list(self.rows)
        rows[index.row()] = new
        self.apply(
            rows,
            QCoreApplication.translate("DebtsModel", "Edit %1").replace("%1", column_title(column)),
        )
        return True

    def with_product(self, row: DebtRow, product_id: str) -> DebtRow:
        """``row`` on another product: a preset fills its rate and minimum rule."""

        preset = self.presets.get(product_id)
        if preset is None:
            return replace(row, product=CUSTOM)
        try:
            balance = _parse_number(row.balance)
            terms = planner_tools.preset_terms(preset, balance)
        except MoneyError:
            terms = planner_tools.preset_terms(preset, Decimal(1000))
        due = (preset.statement_day + preset.due_days_after_statement - 1) % 28 + 1
        return replace(
            row,
            product=product_id,
            apr=percent_text(terms.annual_rate, 4),
            min_percent=percent_text(terms.minimum.rate, 2),
            min_floor=format(terms.minimum.floor, "f"),
            due_day=str(due),
        )

    # --- drag and drop reordering ----------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows are moved."""
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        """Our own row list."""
        return [MIME_ROWS]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The dragged rows."""
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(MIME_ROWS, QByteArray(json.dumps(rows).encode("ascii")))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        """Move the dragged rows before ``row`` (or the row dropped on)."""
        del column
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_ROWS):
            return False
        moved = json.loads(bytes(data.data(MIME_ROWS).data()).decode("ascii"))
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.rows))
        self.move_rows(moved, target)
        return False  # we moved them ourselves: the view must not remove the source rows

    def move_rows(self, moved: Sequence[int], target: int) -> None:
        """Move rows ``moved`` so they sit before the row now at ``target``."""
        keep = [r for i, r in enumerate(self.rows) if i not in moved]
        picked = [self.rows[i] for i in moved if 0 <= i < len(self.rows)]
        before = sum(1 for i in moved if i < target)
        position = max(0, min(len(keep), target - before))
        rows = keep[:position] + picked + keep[position:]
        self.apply(rows, QCoreApplication.translate("DebtsModel", "Move debts"))

    def retranslate(self) -> None:
        """Headers and product names in the new language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COLUMNS - 1))


_ERROR_ROLES = {
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
}


class ProductDelegate(QStyledItemDelegate):
    """A combo box of the presets in the plan's currency, plus "Custom terms"."""

    def __init__(self, model: DebtsModel, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        """The combo box."""
        del option, index
        box = QComboBox(parent)
        box.setAccessibleName(QCoreApplication.translate("DebtsModel", "Product"))
        for pid, preset in self.model.presets.items():
            if preset.currency.value == self.model.currency:
                box.addItem(self.model.product_name(pid), pid)
        box.addItem(self.model.product_name(CUSTOM), CUSTOM)
        return box

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        """Select the row's product."""
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model, index: ModelIndex) -> None:  # type: ignore[no-untyped-def]
        """Store the chosen product id."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
