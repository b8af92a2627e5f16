"""Dialogs of the repayment planner: the import preview and recording a month's payments."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duewise import formatting
from duewise.finance import planner_tools
from duewise.finance.money import MoneyError, to_decimal
from duewise.ui.common import errors
from duewise.ui.planner import models

_IMPORT_COLUMNS = {
    "name": models.COL_NAME,
    "balance": models.COL_BALANCE,
    "apr": models.COL_APR,
    "min_percent": models.COL_MIN_PCT,
    "min_floor": models.COL_MIN_FLOOR,
    "due_day": models.COL_DUE,
    "product": models.COL_PRODUCT,
}


class ImportPreviewDialog(QDialog):
    """Shows the rows read from pasted text or a CSV file, each with its problems, before adding."""

    def __init__(self, rows: Sequence[planner_tools.ImportRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.rows = list(rows)
        self.setWindowTitle(self.tr("Check the debts before adding them"))
        layout = QVBoxLayout(self)
        good = sum(1 for r in rows if r.debt is not None)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setText(
            self.tr("%1 of %2 rows can be added. Rows with a problem are left out.")
            .replace("%1", str(good))
            .replace("%2", str(len(rows)))
        )
        layout.addWidget(self.summary)
        self.help = QLabel(
            self.tr(
                "Columns: name, balance, APR %, minimum %, minimum at least, due day (1–28), "
                "product (optional)."
            ),
            self,
        )
        self.help.setWordWrap(True)
        self.help.setProperty("role", "muted")
        layout.addWidget(self.help)
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setAccessibleName(self.tr("Rows to import"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Name"), self.tr("Balance"), self.tr("Problem")]
        )
        for r, row in enumerate(rows):
            problems = "; ".join(
                f"{models.column_title(_IMPORT_COLUMNS[col])}: {errors.cell_message(code)}"
                for col, code in row.errors
            )
            cells = (
                str(row.line),
                row.cells[0] if row.cells else "",
                row.cells[1] if len(row.cells) > 1 else "",
                problems or self.tr("OK"),
            )
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add %1 debts").replace("%1", str(good)))
        ok.setEnabled(good > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(640, 360)


class RecordPaymentsDialog(QDialog):
    """Asks what was actually paid on each debt this month (pre-filled with the plan)."""

    def __init__(
        self,
        planned: Sequence[tuple[str, Decimal]],
        currency: str,
        language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record this month's payments"))
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Enter what you really paid on each debt. The balances are updated with this "
                "month's interest and the plan starts again from next month."
            ),
            self,
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        layout.addLayout(form)
        self.edits: dict[str, QLineEdit] = {}
        for name, amount in planned:
            edit = QLineEdit(format(amount, "f"), self)
            edit.setAccessibleName(self.tr("Paid on %1").replace("%1", name))
            label = QLabel(
                self.tr("%1 (plan: %2)")
                .replace("%1", name)
                .replace("%2", formatting.money(amount, currency, language)),
                self,
            )
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.edits[name] = edit
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def amounts(self) -> dict[str, Decimal] | None:
        """What was typed, or ``None`` (with a message shown) when a field is not a number."""
        paid: dict[str, Decimal] = {}
        for name, edit in self.edits.items():
            try:
                value = to_decimal(edit.text() or "0")
            except MoneyError:
                value = Decimal(-1)
            if value < 0:
                self.error.setText(self.tr("%1: enter an amount of 0 or more.").replace("%1", name))
                edit.setFocus()
                return None
            paid[name] = value
        return paid

    def _on_buttons_accepted(self) -> None:
        if self.amounts() is not None:
            self.accept()
