"""The statement, month by month: a table of what each month owed, charged and paid, with its
record code (rows of missed months highlighted)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from duewise.finance import calculator
from duewise.ui.calculator import parts
from duewise.ui.calculator.widgets import StatementModel, TableRow
from duewise.ui.common import basics
from duewise.ui.common.basics import RetranslatingWidget


class StatementPanel(RetranslatingWidget):
    """The statement table in a card."""

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._currency = "CNY"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, layout = basics.card(self)
        outer.addWidget(frame)
        self.heading = basics.heading(2, frame)
        layout.addWidget(self.heading)
        self.model = StatementModel(frame)
        self.table = QTableView(frame)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        # Columns are sized when the texts change (language, product), not on every input: sizing
        # to contents formats every cell, and the table is usually scrolled out of sight.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(24)
        self._sized_for: tuple[str, str] | None = None
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(260)
        layout.addWidget(self.table)

    def show_evaluation(self, evaluation: calculator.Evaluation) -> None:
        """One row per simulated month."""
        months = evaluation.rec.months
        self._currency = evaluation.sim.currency
        rows = []
        for i, r in enumerate(evaluation.sim.rows):
            code = months[i].code if i < len(months) else ""
            raw: tuple[object, ...] = (
                f"{r.month:%Y-%m}",
                r.due_date.isoformat(),
                r.opening,
                r.interest,
                r.interest_on_interest,
                r.penalty,
                r.fees,
                r.minimum_due,
                r.payment,
                r.closing,
                r.days_past_due,
                code,
            )
            rows.append(TableRow(raw=raw, highlight=r.missed))
        self.model.set_rows(rows, self._format_cell)
        sized_for = (self._language(), self._currency)
        if self._sized_for != sized_for:
            self._sized_for = sized_for
            self.table.resizeColumnsToContents()

    def _format_cell(self, column: int, value: object) -> str:
        language = self._language()
        if column in (0, 1) and isinstance(value, str):
            day = dt.date.fromisoformat(value + ("-01" if column == 0 else ""))
            return parts.month_text(day, language) if column == 0 else parts.day_text(day, language)
        if isinstance(value, Decimal):
            return parts.money(value, self._currency, language)
        return str(value)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Statement, month by month"))
        self.table.setAccessibleName(self.tr("Statement, month by month"))
        self.model.set_headers(
            [
                self.tr("Month"),
                self.tr("Due date"),
                self.tr("Owed at start"),
                self.tr("Interest"),
                self.tr("Interest on interest"),
                self.tr("Penalties and late fees"),
                self.tr("Fees"),
                self.tr("Due"),
                self.tr("Paid"),
                self.tr("Owed after"),
                self.tr("Days past due"),
                self.tr("Record code"),
            ],
            numeric_from=2,
        )
        self._sized_for = None
