"""The statement, month by month: a table of what each month owed, charged and paid, with its
record code (rows of missed months highlighted)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from duewise.finance import calculator
from duewise.ui.calculator import parts
from duewise.ui.calculator.widgets import StatementModel, TableRow
from duewise.ui.common import basics
from duewise.ui.common.basics import RetranslatingWidget

#: The columns that hold amounts (from "Owed at start" to "Owed after").
MONEY_COLUMNS = range(2, 10)
DUE_DATE_COLUMN = 1


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
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self._widest = "¥8,888.88"
        self._sized_for: tuple[str, str, str, int] | None = None
        self.table.verticalHeader().hide()
        self.model.tip_columns = {0: DUE_DATE_COLUMN}
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
        top = max((max(r.opening, r.closing + r.payment) for r in evaluation.sim.rows), default=0)
        widest = parts.money(Decimal(top), self._currency, self._language())
        sized_for = (self._language(), self._currency, self.table.font().key(), len(widest))
        if self._sized_for != sized_for:
            self._sized_for = sized_for
            self._widest = widest
            self.fit_columns()

    def fit_columns(self) -> None:
        """Columns as wide as their contents and their headers' longest word, the headers
        wrapping onto more lines; when that fits the card (100 % text), the money columns share
        the rest of the width, so there is no sideways scroll bar (#18).

        Measured when the language, the currency, the text size or the widest amount's length
        changes (formatting every cell costs a fraction of a millisecond each), from the widest
        amount and the first rows' texts."""
        table, model = self.table, self.model
        if not model.headers():
            return
        # The due date is the month's due date: in the month's tooltip and the CSV, not a
        # column of its own (twelve columns do not fit the card at 100 % text).
        table.setColumnHidden(DUE_DATE_COLUMN, True)
        metrics = table.fontMetrics()
        header = table.horizontalHeader()
        pad = metrics.averageCharWidth() + 8
        money = metrics.horizontalAdvance(self._widest)
        bold = QFont(header.font())
        bold.setBold(True)
        header_metrics = QFontMetrics(bold)
        widths = []
        for column, title in enumerate(model.headers()):
            if table.isColumnHidden(column):
                widths.append(0)
                continue
            word = max(
                (header_metrics.horizontalAdvance(w) for w in parts.break_pieces(title)), default=0
            )
            if column in MONEY_COLUMNS:
                cells = money
            else:
                shown = min(model.rowCount(), 3)
                cells = max(
                    (metrics.horizontalAdvance(model.text(r, column)) for r in range(shown)),
                    default=0,
                )
            widths.append(max(word, cells) + pad)
        room = table.viewport().width()
        fits = sum(widths) <= room
        for column, width in enumerate(widths):
            if table.isColumnHidden(column):
                continue
            stretch = fits and column in MONEY_COLUMNS
            mode = QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(column, mode)
            if not stretch:
                header.resizeSection(column, width)
        lines = max(
            (
                len(self._wrapped(title, header.sectionSize(c) - pad, header_metrics))
                for c, title in enumerate(model.headers())
                if not table.isColumnHidden(c)
            ),
            default=1,
        )
        header.setFixedHeight(lines * header_metrics.lineSpacing() + 10)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Another width: the columns are fitted again."""
        super().resizeEvent(event)
        self.fit_columns()

    @staticmethod
    def _wrapped(title: str, width: int, metrics: QFontMetrics) -> list[str]:
        lines: list[str] = []
        for word in parts.break_pieces(title):
            joined = (
                f"{lines[-1]}{'' if parts.CJK.fullmatch(word) else ' '}{word}" if lines else word
            )
            if lines and metrics.horizontalAdvance(joined) <= width:
                lines[-1] = joined
            else:
                lines.append(word)
        return lines or [""]

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
