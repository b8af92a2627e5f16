"""Missed-payment calculator (逾期计算器): what a missed payment costs now, and the next loan later.

The page presents the finance engine and computes nothing itself: a slot gathers the inputs, calls
``missed.simulate`` (then ``record.build_record``, ``consequences.consequences``,
``comparison.owed_series`` / ``extra_split`` and, for the next loan, ``borrowing.assess`` /
``cost_by_application_month``) and renders the results. Invalid input is marked at its field and
the last valid result stays on screen.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duewise import formatting
from duewise.finance import borrowing, comparison, consequences, missed, products, record
from duewise.finance.money import MoneyError, check_amount, check_count, to_decimal
from duewise.reports import csv_writer, pdf
from duewise.storage import files
from duewise.ui.calculator.widgets import (
    InfoButton,
    StatementModel,
    TableRow,
    TimelineBar,
)
from duewise.ui.common import basics, errors, jobs
from duewise.ui.common.context import AppContext
from duewise.ui.common.page import Page
from duewise.ui.common.record_grid import RecordGrid

SCENARIO_KIND = "scenario"
PRODUCT_KIND = "product"
MAX_LISTED_CYCLES = 36
DEFAULT_PRODUCT = "cn_jd_baitiao"
DEFAULT_AMOUNT = "1000"
DEFAULT_SCENARIO = "miss:3 then catch-up"
NEXT_LOAN_MONTHS = {record.RecordSystem.PBOC: 72, record.RecordSystem.US: 96}

#: Terms a learner may edit, in the order shown (only those the product has).
EDITABLE_KEYS = (
    "penalty_daily_rate",
    "daily_rate",
    "annual_rate",
    "penalty_apr",
    "minimum_payment_rate",
    "minimum_payment_floor",
    "late_fee_rate",
    "late_fee_rate_repeat",
    "late_fee_minimum",
    "late_fee_first",
    "late_fee_repeat",
    "penalty_rate_multiplier",
    "due_days_after_statement",
    "grace_days",
    "reporting_threshold_days",
    "term_months",
)
_PERCENT_UNITS = frozenset({"fraction/day", "fraction/year", "fraction", "fraction/month"})
_WHOLE_UNITS = frozenset({"days", "months", "cycles", "payments", "day-of-month"})

#: Example loans for the next-loan panel (the learner edits them): amount, months, clean rate.
LOAN_EXAMPLES = {
    ("CNY", borrowing.LoanKind.MORTGAGE): ("1000000", 360, "3.5"),
    ("CNY", borrowing.LoanKind.CAR): ("150000", 36, "5"),
    ("CNY", borrowing.LoanKind.CARD): ("20000", 12, "18"),
    ("CNY", borrowing.LoanKind.PERSONAL): ("50000", 36, "8"),
    ("USD", borrowing.LoanKind.MORTGAGE): ("300000", 360, "6.5"),
    ("USD", borrowing.LoanKind.CAR): ("30000", 60, "7"),
    ("USD", borrowing.LoanKind.CARD): ("5000", 12, "22"),
    ("USD", borrowing.LoanKind.PERSONAL): ("10000", 36, "12"),
}

#: Which lesson section explains each rule the page shows: (lesson id, section id).
LESSON_LINKS = {
    "pboc_codes": ("credit-report", "codes"),
    "us_marks": ("credit-report", "us-reports"),
    "lian_san": ("how-long", "lian-san-lei-liu"),
    "lei_liu": ("how-long", "lian-san-lei-liu"),
    "currently_overdue": ("how-long", "current-overdue"),
    "never_settled": ("how-long", "never-settled"),
    "charged_off": ("how-long", "us-seven-years"),
    "visible_pboc": ("how-long", "five-years"),
    "visible_us": ("how-long", "us-seven-years"),
    "penalty_bnpl": ("missed-payment", "baitiao-penalty"),
    "penalty_card": ("missed-payment", "card-charges"),
    "penalty_us": ("missed-payment", "us-late"),
    "penalty_loan": ("missed-payment", "overdue"),
    "interest_on_interest": ("missed-payment", "interest-on-interest"),
    "next_loan": ("future-borrowing", "next-loan-cost"),
    "underwriting": ("future-borrowing", "underwriting"),
    "knock_on": ("future-borrowing", "knock-on"),
    "collections": ("collections", "stages"),
}


def _lesson_href(key: str) -> str:
    lesson, section = LESSON_LINKS[key]
    return f"lesson:{lesson}#{section}"


def _esc(text: object) -> str:
    return pdf.escape(text)


@functools.lru_cache(maxsize=4096)
def _month_text(day: dt.date, language: str) -> str:
    # babel takes ~0.2 ms per date; the grid, table and checklist name the same months again
    return formatting.month(day, language)


@functools.lru_cache(maxsize=4096)
def _day_text(day: dt.date, language: str) -> str:
    return formatting.day(day, language)


_INVALID_STYLE = "border: 2px solid #b42318;"


def _mark_invalid(widget: QWidget, invalid: bool) -> None:
    """A red border on a field with an error (restyled only on change: it is slow)."""
    style = _INVALID_STYLE if invalid else ""
    if widget.styleSheet() != style:
        widget.setStyleSheet(style)


@dataclass(frozen=True)
class CycleChoice:
    """One row of the per-cycle scenario: ``action`` is a ``missed.Action`` value."""

    action: str
    amount: str = ""


@dataclass(frozen=True)
class Result:
    """Everything one valid set of inputs produced."""

    product: products.Product
    sim: missed.Simulation
    rec: record.CreditRecord
    series: comparison.OwedSeries
    split: comparison.ExtraSplit
    consequences: tuple[consequences.Consequence, ...]


class CalculatorPage(Page):
    """Pick a product, amount and scenario; see the cost, the record, the consequences and the
    price of the next loan.

    Signals:
        result_changed(): a new valid result is shown.
        input_rejected(str): an input field holds an invalid value (its name).
        pdf_finished(str): the PDF summary was written (path).
        pdf_failed(str): writing the PDF failed (reason).
        next_loan_changed(): the next-loan panel shows a new assessment.
    """

    page_id = "calculator"

    result_changed = Signal()
    input_rejected = Signal(str)
    pdf_finished = Signal(str)
    pdf_failed = Signal(str)
    next_loan_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        from duewise.ui.calculator.charts import CompoundingChart, NextLoanChart

        self._presets = products.load_presets()
        self._borrowing_rules = borrowing.load_rules()
        self._product_base: products.Product = self._presets[DEFAULT_PRODUCT]
        self._result: Result | None = None
        self._errors: dict[str, str] = {}
        self._error_codes: dict[str, tuple[str, dict[str, object]]] = {}
        self._cycle_rows: list[tuple[QLabel, QComboBox, QLineEdit]] = []
        self._rate_fields: dict[str, tuple[QLabel, QLineEdit, InfoButton, QLabel]] = {}
        self._loading = False
        self._application_touched = False
        self._assessment: borrowing.Assessment | None = None
        self._hover_index = -1
        self._pdf_jobs: list[jobs.WriteJob] = []

        self._build_toolbar()
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(16)
        self.columns = columns
        self.body.addLayout(columns)
        self._build_inputs(columns)
        right = QVBoxLayout()
        right.setSpacing(12)
        columns.addLayout(right, 1)
        self._build_results(right, CompoundingChart)
        lower = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.lower = lower
        lower.setSpacing(16)
        self.body.addLayout(lower)
        self._build_record(lower)
        self._build_consequences(lower)
        self._build_next_loan(NextLoanChart)
        self._build_table()
        self.body.addStretch(1)

        self._next_loan_timer = QTimer(self)
        self._next_loan_timer.setSingleShot(True)
        self._next_loan_timer.setInterval(120)  # typing: assess once the keys pause
        self._shortcuts = [
            QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_clicked),
            QShortcut(QKeySequence.StandardKey.Open, self, self._on_open_clicked),
            QShortcut(QKeySequence("Ctrl+P"), self, self._on_pdf_clicked),
        ]
        for shortcut in self._shortcuts:
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._loading = True
        self._fill_product_box()
        self._select_product(("preset", DEFAULT_PRODUCT))
        self.amount_edit.setText(DEFAULT_AMOUNT)
        today = dt.date.today()
        self.start_edit.setDate(QDate(today.year, today.month, 1))
        self._set_scenario(missed.parse_scenario(DEFAULT_SCENARIO))
        self._reset_loan_inputs()
        self._loading = False
        self._allow_narrow()
        self._apply_text_scale()
        self._set_tab_order()
        self._connect_signals()
        self.finish_init()
        self.recompute()

    # --- building -----------------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.toolbar_grid = QGridLayout()
        self.toolbar_grid.setSpacing(6)
        bar.addLayout(self.toolbar_grid)
        self.save_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.png_button = QPushButton(self)
        self.svg_button = QPushButton(self)
        self.csv_button = QPushButton(self)
        self.pdf_button = QPushButton(self)
        for button in (
            self.save_button,
            self.open_button,
            self.png_button,
            self.svg_button,
            self.csv_button,
            self.pdf_button,
        ):
            self.toolbar_grid.addWidget(button)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        bar.addWidget(self.busy)
        self.status = QLabel(self)
        self.status.setProperty("role", "muted")
        self.status.setWordWrap(True)
        bar.addWidget(self.status, 1)
        self.body.addLayout(bar)

    def _build_inputs(self, columns: QBoxLayout) -> None:
        frame, layout = basics.card(self)
        frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.inputs_frame = frame
        self.inputs_heading = basics.heading(2, frame)
        layout.addWidget(self.inputs_heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.product_label = QLabel(frame)
        self.product_box = QComboBox(frame)
        self.product_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.product_label.setBuddy(self.product_box)
        form.addRow(self.product_label, self.product_box)
        copy_row = QGridLayout()
        self.copy_grid = copy_row
        self.copy_button = QPushButton(frame)
        self.delete_copy_button = QPushButton(frame)
        form.addRow(copy_row)
        self.amount_label = QLabel(frame)
        self.amount_edit = QLineEdit(frame)
        self.amount_label.setBuddy(self.amount_edit)
        self.amount_error = self._error_label(frame)
        amount_box = QVBoxLayout()
        amount_box.setSpacing(2)
        amount_box.addWidget(self.amount_edit)
        amount_box.addWidget(self.amount_error)
        form.addRow(self.amount_label, amount_box)
        self.start_label = QLabel(frame)
        self.start_edit = QDateEdit(frame)
        self.start_edit.setDisplayFormat("yyyy-MM")
        self.start_edit.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 1))
        self.start_label.setBuddy(self.start_edit)
        form.addRow(self.start_label, self.start_edit)

        self.scenario_heading = basics.heading(2, frame)
        layout.addWidget(self.scenario_heading)
        presets = QGridLayout()
        self.presets_grid = presets
        self.miss_one_button = QPushButton(frame)
        self.miss_three_button = QPushButton(frame)
        self.minimum_only_button = QPushButton(frame)
        layout.addLayout(presets)
        count_row = QHBoxLayout()
        self.cycles_label = QLabel(frame)
        self.cycles_spin = QSpinBox(frame)
        self.cycles_spin.setRange(1, MAX_LISTED_CYCLES)
        self.cycles_label.setBuddy(self.cycles_spin)
        count_row.addWidget(self.cycles_label)
        count_row.addWidget(self.cycles_spin)
        count_row.addStretch(1)
        layout.addLayout(count_row)
        self.cycles_grid = QGridLayout()
        self.cycles_grid.setHorizontalSpacing(6)
        self.cycles_grid.setVerticalSpacing(4)
        layout.addLayout(self.cycles_grid)
        then_form = QFormLayout()
        then_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.then_label = QLabel(frame)
        self.then_box = QComboBox(frame)
        for value in ("catch-up", "keep-missing", "negotiate", "repeat"):
            self.then_box.addItem("", value)
        self.then_label.setBuddy(self.then_box)
        then_form.addRow(self.then_label, self.then_box)
        self.negotiate_label = QLabel(frame)
        self.negotiate_spin = QSpinBox(frame)
        self.negotiate_spin.setRange(1, 60)
        self.negotiate_spin.setValue(12)
        self.negotiate_label.setBuddy(self.negotiate_spin)
        then_form.addRow(self.negotiate_label, self.negotiate_spin)
        layout.addLayout(then_form)
        self.scenario_error = self._error_label(frame)
        layout.addWidget(self.scenario_error)

        self.rates_heading = basics.heading(2, frame)
        layout.addWidget(self.rates_heading)
        self.rates_note = basics.paragraph(frame, muted=True)
        layout.addWidget(self.rates_note)
        self.rates_form = QGridLayout()
        self.rates_form.setHorizontalSpacing(6)
        self.rates_form.setVerticalSpacing(2)
        self.rates_form.setColumnStretch(1, 1)
        layout.addLayout(self.rates_form)
        self.reset_terms_button = QPushButton(frame)
        layout.addWidget(self.reset_terms_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        frame.setMinimumWidth(330)
        frame.setMaximumWidth(460)
        columns.addWidget(frame, 0, Qt.AlignmentFlag.AlignTop)

    def _build_results(self, right: QVBoxLayout, chart_class: type) -> None:
        frame, layout = basics.card(self)
        self.summary = QLabel(frame)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("calculatorSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.breakdown = basics.paragraph(frame)
        self.breakdown.setTextFormat(Qt.TextFormat.RichText)
        self.breakdown.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.breakdown.setOpenExternalLinks(False)
        self.unfinished = basics.paragraph(frame, muted=True)
        layout.addWidget(self.summary)
        layout.addWidget(self.breakdown)
        layout.addWidget(self.unfinished)
        right.addWidget(frame)

        chart_frame, chart_layout = basics.card(self)
        self.chart_heading = basics.heading(2, chart_frame)
        chart_layout.addWidget(self.chart_heading)
        self.chart = chart_class(chart_frame)
        chart_layout.addWidget(self.chart)
        self.hover_label = basics.paragraph(chart_frame)
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        chart_layout.addWidget(self.hover_label)
        self.assumptions = basics.paragraph(chart_frame, muted=True)
        self.assumptions.setTextFormat(Qt.TextFormat.RichText)
        self.assumptions.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        chart_layout.addWidget(self.assumptions)
        right.addWidget(chart_frame, 1)

    def _build_record(self, lower: QHBoxLayout) -> None:
        frame, layout = basics.card(self)
        self.record_heading = basics.heading(2, frame)
        layout.addWidget(self.record_heading)
        self.record_caption = basics.paragraph(frame, muted=True)
        layout.addWidget(self.record_caption)
        self.record_grid = RecordGrid(frame)
        layout.addWidget(self.record_grid)
        self.record_legend = self._link_label(frame)
        layout.addWidget(self.record_legend)
        self.flags_heading = QLabel(frame)
        self.flags_heading.setProperty("role", "h3")
        layout.addWidget(self.flags_heading)
        self.flags_label = self._link_label(frame)
        layout.addWidget(self.flags_label)
        self.timeline_heading = QLabel(frame)
        layout.addWidget(self.timeline_heading)
        self.timeline = TimelineBar(frame)
        layout.addWidget(self.timeline)
        self.timeline_label = self._link_label(frame)
        layout.addWidget(self.timeline_label)
        layout.addStretch(1)
        lower.addWidget(frame, 3)

    def _build_consequences(self, lower: QHBoxLayout) -> None:
        frame, layout = basics.card(self)
        self.consequences_heading = basics.heading(2, frame)
        layout.addWidget(self.consequences_heading)
        self.consequences_label = self._link_label(frame)
        layout.addWidget(self.consequences_label)
        layout.addStretch(1)
        lower.addWidget(frame, 2)

    def _build_next_loan(self, chart_class: type) -> None:
        frame, layout = basics.card(self)
        self.loan_heading = basics.heading(2, frame)
        layout.addWidget(self.loan_heading)
        self.loan_illustrative = self._link_label(frame)
        self.loan_illustrative.setProperty("role", "muted")
        layout.addWidget(self.loan_illustrative)
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.loan_row = row
        row.setSpacing(16)
        layout.addLayout(row)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.loan_kind_label = QLabel(frame)
        self.loan_kind_box = QComboBox(frame)
        for kind in borrowing.LoanKind:
            self.loan_kind_box.addItem("", kind.value)
        self.loan_amount_label = QLabel(frame)
        self.loan_amount_edit = QLineEdit(frame)
        self.loan_amount_error = self._error_label(frame)
        self.loan_months_label = QLabel(frame)
        self.loan_months_spin = QSpinBox(frame)
        self.loan_months_spin.setRange(1, 600)
        self.loan_rate_label = QLabel(frame)
        self.loan_rate_edit = QLineEdit(frame)
        self.loan_rate_error = self._error_label(frame)
        self.loan_month_label = QLabel(frame)
        self.loan_month_edit = QDateEdit(frame)
        self.loan_month_edit.setDisplayFormat("yyyy-MM")
        self.loan_month_edit.setDateRange(QDate(1990, 1, 1), QDate(2120, 12, 1))
        for label, field, error in (
            (self.loan_kind_label, self.loan_kind_box, None),
            (self.loan_amount_label, self.loan_amount_edit, self.loan_amount_error),
            (self.loan_months_label, self.loan_months_spin, None),
            (self.loan_rate_label, self.loan_rate_edit, self.loan_rate_error),
            (self.loan_month_label, self.loan_month_edit, None),
        ):
            label.setBuddy(field)
            if error is None:
                form.addRow(label, field)
            else:
                box = QVBoxLayout()
                box.setSpacing(2)
                box.addWidget(field)
                box.addWidget(error)
                form.addRow(label, box)
        form_widget = QWidget(frame)
        form_widget.setLayout(form)
        form_widget.setMaximumWidth(460)
        row.addWidget(form_widget, 0, Qt.AlignmentFlag.AlignTop)
        outcome_box = QVBoxLayout()
        self.loan_outcome = QLabel(frame)
        self.loan_outcome.setWordWrap(True)
        self.loan_outcome.setObjectName("loanOutcome")
        self.loan_reasons = self._link_label(frame)
        self.loan_money = basics.paragraph(frame)
        outcome_box.addWidget(self.loan_outcome)
        outcome_box.addWidget(self.loan_money)
        outcome_box.addWidget(self.loan_reasons)
        outcome_box.addStretch(1)
        row.addLayout(outcome_box, 1)
        self.loan_chart_heading = QLabel(frame)
        layout.addWidget(self.loan_chart_heading)
        self.loan_chart = chart_class(frame)
        layout.addWidget(self.loan_chart)
        self.loan_sources = basics.paragraph(frame, muted=True)
        self.loan_sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.loan_sources)
        self.body.addWidget(frame)

    def _build_table(self) -> None:
        frame, layout = basics.card(self)
        self.table_heading = basics.heading(2, frame)
        layout.addWidget(self.table_heading)
        self.table_model = StatementModel(frame)
        self.table = QTableView(frame)
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # Columns are sized when the texts change (language, product), not on every input: sizing
        # to contents formats every cell, and the table is usually scrolled out of sight.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(24)
        self._table_sized_for: tuple[str, str] | None = None
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(260)
        layout.addWidget(self.table)
        self.body.addWidget(frame)

    def _error_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setProperty("role", "error")
        label.setWordWrap(True)
        label.hide()
        return label

    def _link_label(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(self._on_link_activated)
        return label

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.save_button,
            self.open_button,
            self.png_button,
            self.svg_button,
            self.csv_button,
            self.pdf_button,
            self.product_box,
            self.copy_button,
            self.delete_copy_button,
            self.amount_edit,
            self.start_edit,
            self.miss_one_button,
            self.miss_three_button,
            self.minimum_only_button,
            self.cycles_spin,
        ]
        for a, b in itertools.pairwise(chain):
            self.setTabOrder(a, b)
        self._chain_cycles_and_rates()

    def _chain_cycles_and_rates(self) -> None:
        chain: list[QWidget] = [self.cycles_spin]
        for _, combo, edit in self._cycle_rows:
            chain += [combo, edit]
        chain += [self.then_box, self.negotiate_spin]
        for _, edit, info, _ in self._rate_fields.values():
            chain += [edit, info]
        chain += [
            self.reset_terms_button,
            self.loan_kind_box,
            self.loan_amount_edit,
            self.loan_months_spin,
            self.loan_rate_edit,
            self.loan_month_edit,
            self.table,
        ]
        for a, b in itertools.pairwise(chain):
            self.setTabOrder(a, b)

    def _connect_signals(self) -> None:
        self.product_box.currentIndexChanged.connect(self._on_product_box_current_index_changed)
        self.amount_edit.textChanged.connect(self._on_input_changed)
        self.start_edit.dateChanged.connect(self._on_start_edit_date_changed)
        self.miss_one_button.clicked.connect(lambda: self.apply_preset("miss-one"))
        self.miss_three_button.clicked.connect(lambda: self.apply_preset("miss-three"))
        self.minimum_only_button.clicked.connect(lambda: self.apply_preset("minimum-only"))
        self.cycles_spin.valueChanged.connect(self._on_cycles_spin_value_changed)
        self.then_box.currentIndexChanged.connect(self._on_input_changed)
        self.negotiate_spin.valueChanged.connect(self._on_input_changed)
        self.reset_terms_button.clicked.connect(self._on_reset_terms_clicked)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.delete_copy_button.clicked.connect(self._on_delete_copy_clicked)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.png_button.clicked.connect(lambda: self._on_export_clicked("png"))
        self.svg_button.clicked.connect(lambda: self._on_export_clicked("svg"))
        self.csv_button.clicked.connect(lambda: self._on_export_clicked("csv"))
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.chart.hovered.connect(self._on_chart_hovered)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.loan_kind_box.currentIndexChanged.connect(self._on_loan_kind_box_changed)
        self.loan_amount_edit.textChanged.connect(self._schedule_next_loan)
        self.loan_months_spin.valueChanged.connect(self._schedule_next_loan)
        self.loan_rate_edit.textChanged.connect(self._schedule_next_loan)
        self.loan_month_edit.dateChanged.connect(self._on_loan_month_edit_date_changed)
        self._next_loan_timer.timeout.connect(self.update_next_loan)
        self.context.appearance_changed.connect(self._on_context_appearance_changed)
        self.context.data_deleted.connect(self._on_context_data_deleted)
        # Another learner's data: re-read it as after a deletion.
        self.context.profile_changed.connect(lambda _profile: self._on_context_data_deleted())

    # --- dialogs (tests replace these classmethods) -------------------------------------------

    @classmethod
    def ask_save_path(
        cls, parent: QWidget, caption: str, suggested: str, name_filter: str
    ) -> Path | None:
        """Ask where to write an export (None: cancelled)."""
        path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter)
        return Path(path) if path else None

    @classmethod
    def ask_text(cls, parent: QWidget, title: str, label: str, text: str) -> str | None:
        """Ask for a name (None: cancelled)."""
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value.strip() if ok and value.strip() else None

    @classmethod
    def ask_choice(cls, parent: QWidget, title: str, label: str, items: list[str]) -> str | None:
        """Ask to pick one of ``items`` (None: cancelled)."""
        value, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
        return value if ok and value else None

    # --- products -----------------------------------------------------------------------------

    def _product_name(self, product: products.Product) -> str:
        return product.name_zh if self.context.language == "zh_CN" else product.name_en

    def _fill_product_box(self) -> None:
        current = self.product_box.currentData()
        self.product_box.blockSignals(True)
        self.product_box.clear()
        for pid in products.PRESET_IDS:
            if pid in self._presets:
                self.product_box.addItem(self._product_name(self._presets[pid]), f"preset:{pid}")
        names = self.context.database.item_names(self.context.profile_id, PRODUCT_KIND)
        for name in names:
            self.product_box.addItem(self.tr("My copy: %1").replace("%1", name), f"copy:{name}")
        if current is not None:
            index = self.product_box.findData(current)
            if index >= 0:
                self.product_box.setCurrentIndex(index)
        self.product_box.blockSignals(False)

    def _load_copy(self, name: str) -> products.Product | None:
        payload = self.context.database.load_item(self.context.profile_id, PRODUCT_KIND, name)
        if payload is None:
            return None
        try:
            return products.parse_preset(json.loads(payload)["toml"], file=name)
        except (ValueError, KeyError, TypeError):
            return None

    def _select_product(self, key: tuple[str, str]) -> bool:
        """Show a preset or a saved copy with its terms (False if it cannot be loaded)."""
        kind, name = key
        product = self._presets.get(name) if kind == "preset" else self._load_copy(name)
        if product is None:
            return False
        self._product_base = product
        index = self.product_box.findData(f"{kind}:{name}")
        if index >= 0:
            self.product_box.blockSignals(True)
            self.product_box.setCurrentIndex(index)
            self.product_box.blockSignals(False)
        self.delete_copy_button.setEnabled(kind == "copy")
        self._build_rate_fields()
        return True

    def current_product_key(self) -> tuple[str, str]:
        """``("preset", id)`` or ``("copy", name)``."""
        data = self.product_box.currentData()
        if not isinstance(data, str):
            return ("preset", DEFAULT_PRODUCT)
        kind, _, name = data.partition(":")
        return (kind, name)

    def _build_rate_fields(self) -> None:
        while self.rates_form.count():
            item = self.rates_form.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self._rate_fields.clear()
        product = self._product_base
        parent = self.inputs_frame
        row = 0
        for key in EDITABLE_KEYS:
            rule = product.rules.get(key)
            if (
                rule is None
                or isinstance(rule.value, bool)
                or not isinstance(rule.value, int | Decimal)
            ):
                continue
            label = QLabel(parent)
            label.setWordWrap(True)
            edit = QLineEdit(parent)
            edit.setText(self._rule_display_value(rule))
            edit.setMaximumWidth(130)
            label.setBuddy(edit)
            info = InfoButton(parent)
            error = self._error_label(parent)
            self.rates_form.addWidget(label, row, 0)
            self.rates_form.addWidget(edit, row, 1)
            self.rates_form.addWidget(info, row, 2)
            self.rates_form.addWidget(error, row + 1, 0, 1, 3)
            row += 2
            edit.textChanged.connect(self._on_input_changed)
            self._rate_fields[key] = (label, edit, info, error)
        self._retranslate_rates()
        self._chain_cycles_and_rates()

    @staticmethod
    def _rule_display_value(rule: products.Rule) -> str:
        value = Decimal(rule.value)  # type: ignore[arg-type]
        if rule.unit in _PERCENT_UNITS:
            value = value * 100
        text = format(value.normalize(), "f")
        return text

    def edited_terms(self) -> dict[str, str]:
        """The learner's edits: rule key → the typed text (as shown, percent for rates)."""
        out: dict[str, str] = {}
        for key, (_, edit, _, _) in self._rate_fields.items():
            rule = self._product_base.rules[key]
            if edit.text().strip() != self._rule_display_value(rule):
                out[key] = edit.text().strip()
        return out

    def _edited_product(self) -> products.Product | None:
        """The product with the typed terms, or None (errors set at the fields)."""
        changes: dict[str, object] = {}
        for key, (_, edit, _, _) in self._rate_fields.items():
            rule = self._product_base.rules[key]
            text = edit.text().strip()
            if text == self._rule_display_value(rule):
                continue
            try:
                value = to_decimal(text)
            except MoneyError as exc:
                self._set_error(key, exc.code, exc.params)
                continue
            if rule.unit in _PERCENT_UNITS:
                value = value / 100
            elif rule.unit in _WHOLE_UNITS:
                if value != value.to_integral_value():
                    self._set_error(key, "not_a_whole_number", {"minimum": 0})
                    continue
                changes[key] = int(value)
                continue
            changes[key] = value
        if any(k in self._errors for k in self._rate_fields):
            return None
        if not changes:
            return self._product_base
        try:
            return products.with_terms(self._product_base, as_of=dt.date.today(), **changes)
        except products.ProductError as exc:
            key = str(exc.params.get("key", ""))
            self._set_error(key if key in self._rate_fields else "terms", exc.code, exc.params)
            return None

    # --- scenario -----------------------------------------------------------------------------

    def _set_scenario(self, scenario: missed.Scenario) -> None:
        choices = [
            CycleChoice(a.action.value, format(a.amount, "f") if a.amount is not None else "")
            for a in scenario.actions
        ]
        then = scenario.then.value
        if scenario.repeat is not None:
            choices.append(
                CycleChoice(
                    scenario.repeat.action.value,
                    format(scenario.repeat.amount, "f") if scenario.repeat.amount else "",
                )
            )
            then = "repeat"
        if not choices:
            choices = [CycleChoice("on-time")]
        self.set_cycle_choices(choices[:MAX_LISTED_CYCLES])
        self.then_box.setCurrentIndex(max(0, self.then_box.findData(then)))
        self.negotiate_spin.setValue(min(max(scenario.negotiate_months, 1), 60))
        self.negotiate_spin.setEnabled(then == "negotiate")

    def set_cycle_choices(self, choices: list[CycleChoice]) -> None:
        """Show these per-cycle choices (one row per cycle)."""
        blocked = self._loading
        self._loading = True
        self.cycles_spin.setValue(len(choices))
        self._resize_cycle_rows(len(choices))
        for (_, combo, edit), choice in zip(self._cycle_rows, choices, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(choice.action)))
            edit.setText(choice.amount)
            edit.setEnabled(choice.action == "partial")
        self._loading = blocked
        self._retranslate_cycle_rows()

    def cycle_choices(self) -> list[CycleChoice]:
        """The per-cycle choices shown."""
        return [
            CycleChoice(str(combo.currentData()), edit.text().strip())
            for _, combo, edit in self._cycle_rows
        ]

    def _resize_cycle_rows(self, count: int) -> None:
        parent = self.inputs_frame
        while len(self._cycle_rows) < count:
            label = QLabel(parent)
            combo = QComboBox(parent)
            for action in missed.Action:
                combo.addItem("", action.value)
            edit = QLineEdit(parent)
            edit.setEnabled(False)
            edit.setMaximumWidth(110)
            label.setBuddy(combo)
            i = len(self._cycle_rows)
            self.cycles_grid.addWidget(label, i, 0)
            self.cycles_grid.addWidget(combo, i, 1)
            self.cycles_grid.addWidget(edit, i, 2)
            combo.currentIndexChanged.connect(self._on_cycle_combo_changed)
            edit.textChanged.connect(self._on_input_changed)
            self._cycle_rows.append((label, combo, edit))
        while len(self._cycle_rows) > count:
            for widget in self._cycle_rows.pop():
                self.cycles_grid.removeWidget(widget)
                widget.deleteLater()
        self._retranslate_cycle_rows()
        self._chain_cycles_and_rates()

    def scenario_text(self) -> str:
        """The scenario in the engine's grammar (``finance.missed``), e.g. ``miss,miss then
        catch-up``."""
        steps = []
        for choice in self.cycle_choices():
            step = choice.action
            if choice.action == "partial":
                step = f"partial:{choice.amount or '?'}"
            steps.append(step)
        then = str(self.then_box.currentData())
        if then == "repeat":
            steps[-1] = steps[-1] + ":*"
            return ",".join(steps)
        after = then
        if then == "negotiate":
            after = f"negotiate:{self.negotiate_spin.value()}"
        return ",".join(steps) + " then " + after

    def apply_preset(self, name: str) -> None:
        """A quick preset: ``miss-one``, ``miss-three`` or ``minimum-only``."""
        texts = {
            "miss-one": "miss:1 then catch-up",
            "miss-three": "miss:3 then catch-up",
            "minimum-only": "minimum",
        }
        self._loading = True
        self._set_scenario(missed.parse_scenario(texts[name]))
        self._loading = False
        self.recompute()

    # --- computing ----------------------------------------------------------------------------

    def _set_error(self, field: str, code: str, params: dict[str, object]) -> None:
        self._error_codes[field] = (code, dict(params))
        self._errors[field] = errors.message(code, params)

    def _show_errors(self) -> None:
        fields: dict[str, QLabel] = {
            "amount": self.amount_error,
            "scenario": self.scenario_error,
        }
        for key, (_, _, _, error) in self._rate_fields.items():
            fields[key] = error
        for name, label in fields.items():
            message = self._errors.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))
        if "terms" in self._errors:
            self.scenario_error.setText(self._errors["terms"])
            self.scenario_error.show()
        edits: dict[str, QWidget] = {"amount": self.amount_edit}
        for key, (_, edit, _, _) in self._rate_fields.items():
            edits[key] = edit
        for name, edit in edits.items():
            _mark_invalid(edit, name in self._errors)
            edit.setAccessibleDescription(self._errors.get(name, ""))
        for _, _, edit in self._cycle_rows:
            _mark_invalid(edit, "scenario" in self._errors and edit.isEnabled())
        if self._errors and self._result is not None:
            self.status.setText(self.tr("Showing the last valid result until the input is fixed."))
        elif not self._errors:
            self.status.setText("")

    def recompute(self) -> bool:
        """Read the inputs, run the engine, show the result (False: an input is invalid)."""
        if self._loading:
            return False
        self._errors.clear()
        self._error_codes.clear()
        amount: Decimal | None = None
        try:
            amount = check_amount(to_decimal(self.amount_edit.text()), "amount")
        except MoneyError as exc:
            self._set_error("amount", exc.code, exc.params)
        scenario: missed.Scenario | None = None
        try:
            scenario = missed.parse_scenario(self.scenario_text())
        except MoneyError as exc:
            self._set_error("scenario", exc.code, exc.params)
        product = self._edited_product()
        if amount is None or scenario is None or product is None:
            self._show_errors()
            for name in self._errors:
                self.input_rejected.emit(name)
            return False
        start = self.start_edit.date()
        try:
            sim = missed.simulate(product, amount, (start.year(), start.month()), scenario)
        except MoneyError as exc:
            field = str(exc.params.get("param", "amount"))
            self._set_error(
                field if field in ("amount", "scenario") else "amount", exc.code, exc.params
            )
            self._show_errors()
            self.input_rejected.emit(field)
            return False
        rec = record.build_record(sim, product)
        self._result = Result(
            product=product,
            sim=sim,
            rec=rec,
            series=comparison.owed_series(sim),
            split=comparison.extra_split(sim),
            consequences=consequences.consequences(sim, product),
        )
        self._show_errors()
        self._render()
        if not self._application_touched:
            self._set_application_month(rec.as_of)
        self._schedule_next_loan()
        self.result_changed.emit()
        return True

    @property
    def result(self) -> Result | None:
        """The result shown (the last valid one)."""
        return self._result

    # --- rendering ----------------------------------------------------------------------------

    def _money(self, amount: Decimal, currency: str | None = None) -> str:
        cur = currency or (self._result.sim.currency if self._result else "CNY")
        # babel writes yuan as "CN¥" in English; the app shows ¥ or $ by the product's currency.
        return formatting.money(amount, cur, self.context.language).replace("CN¥", "¥")

    def _month(self, day: dt.date) -> str:
        return _month_text(day, self.context.language)

    def _day(self, day: dt.date) -> str:
        return _day_text(day, self.context.language)

    def _penalty_label(self, product: products.Product) -> str:
        if product.kind in (products.ProductKind.LOAN, products.ProductKind.MORTGAGE):
            if product.is_us:
                return self.tr("Late charges")
            return self.tr("Penalty interest (罚息)")
        if product.is_us:
            return self.tr("Late fees")
        return self.tr("Penalty fees (违约金)")

    def _extra_labels(self, product: products.Product) -> dict[str, str]:
        return {
            "interest": self.tr("Interest"),
            "penalties": self._penalty_label(product),
            "fees": self.tr("Fees"),
            "interest_on_interest": self.tr("Interest on interest"),
        }

    def summary_text(self) -> str:
        """The big-number sentence."""
        if self._result is None:
            return ""
        extra = self._result.sim.extra_cost
        if extra <= 0:
            return self.tr("This scenario costs nothing more than paying on time.")
        return self.tr("This scenario costs %1 more than paying on time.").replace(
            "%1", self._money(extra)
        )

    def _render(self) -> None:
        result = self._result
        if result is None:
            return
        sim, product = result.sim, result.product
        split = result.split
        # The chart first: its blit paints at once, before the texts and tables below change
        # (their repaints would otherwise be flushed with it, and delay it).
        series = result.series
        self.chart.set_data(
            [float(v) for v in series.on_time],
            [float(v) for v in series.scenario],
            {
                "interest": float(split.interest),
                "penalties": float(split.penalties),
                "fees": float(split.fees),
                "interest_on_interest": float(split.interest_on_interest),
            },
        )
        self.summary.setText(self.summary_text())
        labels = self._extra_labels(product)
        parts = [
            f"{labels['penalties']} {self._money(split.penalties)}",
            f"{labels['interest']} {self._money(split.interest)}",
            f"{labels['interest_on_interest']} {self._money(split.interest_on_interest)}",
            f"{labels['fees']} {self._money(split.fees)}",
        ]
        penalty_link = self._penalty_link(product)
        self.breakdown.setText(
            _esc(
                self.tr("On time: %1 in all. This scenario: %2 in all.")
                .replace("%1", self._money(sim.on_time_total))
                .replace("%2", self._money(sim.scenario_total))
            )
            + "<br>"
            + _esc(self.tr("The extra is made of: %1.").replace("%1", " · ".join(parts)))
            + f" <a href='{_lesson_href(penalty_link)}'>"
            + _esc(self.tr("Why these charges?"))
            + "</a>"
        )
        if sim.finished:
            self.unfinished.setText("")
            self.unfinished.hide()
        else:
            self.unfinished.setText(
                self.tr("After %1 months %2 is still owed; it is counted in the cost.")
                .replace("%1", str(len(sim.rows)))
                .replace("%2", self._money(sim.totals.owed_at_end))
            )
            self.unfinished.show()
        self._render_hover(self._hover_index)
        self._render_table()
        self._render_record()
        self._render_consequences()

    def _penalty_link(self, product: products.Product) -> str:
        if product.kind in (products.ProductKind.LOAN, products.ProductKind.MORTGAGE):
            return "penalty_loan"
        if product.is_us:
            return "penalty_us"
        if product.kind is products.ProductKind.BNPL:
            return "penalty_bnpl"
        return "penalty_card"

    def statement_line(self, index: int) -> str:
        """One month of the statement in words (what hovering the chart shows)."""
        result = self._result
        if result is None:
            return ""
        rows = result.sim.rows
        if not 0 <= index < len(rows):
            if 0 <= index < len(result.series.months):
                return (
                    self.tr("%1: nothing more is owed in this scenario.").replace(
                        "%1", self._month(result.series.months[index])
                    )
                    if result.series.scenario[index] <= 0
                    else self.tr("%1: %2 still owed; the simulation stops here.")
                    .replace("%1", self._month(result.series.months[index]))
                    .replace("%2", self._money(result.series.scenario[index]))
                )
            return ""
        r = rows[index]
        code = result.rec.months[index].code if index < len(result.rec.months) else ""
        charges = r.interest + r.interest_on_interest + r.penalty + r.fees
        text = (
            self.tr("%1 · due %2 · owed %3 · new charges %4 · paid %5 · left %6 · %7 days past due")
            .replace("%1", self._month(r.month))
            .replace("%2", self._day(r.due_date))
            .replace("%3", self._money(r.opening))
            .replace("%4", self._money(charges))
            .replace("%5", self._money(r.payment))
            .replace("%6", self._money(r.closing))
            .replace("%7", str(r.days_past_due))
        )
        if code:
            text += " · " + self.tr("record code %1").replace("%1", code)
        return text

    def _render_hover(self, index: int) -> None:
        if index < 0:
            self.hover_label.setText(
                self.tr(
                    "Point at a month in the chart (or pick a row in the table) to see its "
                    "statement."
                )
            )
        else:
            self.hover_label.setText(self.statement_line(index))

    def _on_chart_hovered(self, index: int) -> None:
        self._hover_index = index
        self._render_hover(index)

    def _on_table_current_row_changed(self, current: object, _previous: object) -> None:
        row = current.row() if hasattr(current, "row") else -1
        self._hover_index = row
        self.chart.set_hover(row)
        self._render_hover(row)

    def _table_headers(self) -> list[str]:
        return [
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
        ]

    def _render_table(self) -> None:
        result = self._result
        if result is None:
            return
        rows = []
        for i, r in enumerate(result.sim.rows):
            code = result.rec.months[i].code if i < len(result.rec.months) else ""
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
        self.table_model.set_rows(rows, self._format_cell)
        sized_for = (self.context.language, result.sim.currency)
        if self._table_sized_for != sized_for:
            self._table_sized_for = sized_for
            self.table.resizeColumnsToContents()

    def _format_cell(self, column: int, value: object) -> str:
        if column in (0, 1) and isinstance(value, str):
            day = dt.date.fromisoformat(value + ("-01" if column == 0 else ""))
            return self._month(day) if column == 0 else self._day(day)
        if isinstance(value, Decimal):
            return self._money(value)
        return str(value)

    def _render_record(self) -> None:
        result = self._result
        if result is None:
            return
        rec = result.rec
        us = rec.system is record.RecordSystem.US
        if us:
            self.record_heading.setText(self.tr("Your record as a US lender sees it"))
        else:
            self.record_heading.setText(self.tr("Your credit report (征信) as a lender sees it"))
        self.record_caption.setText(
            self.tr("The last 24 months as the report would show them on %1.").replace(
                "%1", self._day(rec.as_of)
            )
        )
        months = record.grid(rec, rec.as_of)
        self.record_grid.set_record(
            rec.system.value,
            months[0].month,
            [m.code for m in months],
            self.context.language,
            [
                self.tr("%1 days past due").replace("%1", str(m.days_past_due))
                if m.days_past_due
                else ""
                for m in months
            ],
        )
        if us:
            legend = self.tr(
                "OK: paid, or less than 30 days late (not reported). 30, 60, 90 … 180: days late "
                "when reported. CO: charged off."
            )
            link = _lesson_href("us_marks")
        else:
            legend = self.tr(
                "N: paid on time. 1–7: overdue (1 = 1–30 days, 2 = 31–60 … 7 = more than 180). "
                "C: settled and closed. *: nothing due. /: not opened yet."
            )
            link = _lesson_href("pboc_codes")
        self.record_legend.setText(
            _esc(legend) + f" <a href='{link}'>" + _esc(self.tr("What the codes mean")) + "</a>"
        )
        flag_lines = []
        learn_why = self.tr("Learn why")
        flag_texts = {
            record.Flag.LIAN_SAN: (
                self.tr(
                    "连三: 3 overdue months in a row within 2 years — a lenders' rule of thumb, "
                    "not a regulation."
                ),
                "lian_san",
            ),
            record.Flag.LEI_LIU: (
                self.tr(
                    "累六: 6 overdue months in total within 2 years — a lenders' rule of thumb, "
                    "not a regulation."
                ),
                "lei_liu",
            ),
            record.Flag.CURRENTLY_OVERDUE: (
                self.tr("Currently overdue (当前逾期): money is owed past its due date right now."),
                "currently_overdue",
            ),
            record.Flag.NEVER_SETTLED: (
                self.tr(
                    "Never settled: the record cannot start to expire while the debt is unpaid."
                ),
                "never_settled",
            ),
            record.Flag.CHARGED_OFF: (
                self.tr(
                    "Charged off (CO): the lender wrote the debt off; it may go to collections."
                ),
                "charged_off",
            ),
        }
        for flag in (
            record.Flag.LIAN_SAN,
            record.Flag.LEI_LIU,
            record.Flag.CURRENTLY_OVERDUE,
            record.Flag.NEVER_SETTLED,
            record.Flag.CHARGED_OFF,
        ):
            if flag in rec.flags:
                text, key = flag_texts[flag]
                flag_lines.append(
                    f"⚑ {_esc(text)} <a href='{_lesson_href(key)}'>{_esc(learn_why)}</a>"
                )
        if not flag_lines:
            flag_lines.append(_esc(self.tr("No lender rule is tripped.")))
        self.flags_label.setText("<br>".join(flag_lines))
        self._render_timeline(rec)

    def _render_timeline(self, rec: record.CreditRecord) -> None:
        us = rec.system is record.RecordSystem.US
        visible_key = "visible_us" if us else "visible_pboc"
        more = (
            f" <a href='{_lesson_href(visible_key)}'>" + _esc(self.tr("How long it stays")) + "</a>"
        )
        if not rec.episodes:
            self.timeline.set_timeline([], [], open_end=False)
            self.timeline_label.setText(
                _esc(self.tr("Nothing negative is reported, so nothing has to expire.")) + more
            )
            return
        first = min(e.start for e in rec.episodes)
        unpaid = [e for e in rec.episodes if e.end is None]
        if not us and unpaid:
            self.timeline.set_timeline([(0.0, 1.0, "#d45f4b")], [0.0], open_end=True)
            self.timeline_label.setText(
                _esc(
                    self.tr(
                        "Overdue since %1 and still unpaid: the record never stops being visible "
                        "while the debt is unpaid. The 5 years start only on the day it is paid."
                    ).replace("%1", self._day(first))
                )
                + f" <a href='{_lesson_href('never_settled')}'>"
                + _esc(self.tr("Never paid, never gone"))
                + "</a>"
            )
            return
        until = rec.visible_until or first
        end = max((e.end or rec.as_of) for e in rec.episodes)
        span = max((until - first).days, 1)
        overdue_to = min(1.0, max((end - first).days / span, 0.01))
        self.timeline.set_timeline(
            [(0.0, overdue_to, "#d45f4b"), (overdue_to, 1.0, "#f0c36b")],
            [0.0, overdue_to, 1.0],
            open_end=False,
        )
        if us:
            text = self.tr(
                "Late from %1. Reported for 7 years from when it started (7 years and 180 days "
                "after a charge-off), paid or not: visible until %2."
            )
        else:
            text = self.tr(
                "Overdue from %1 until it was paid on %3. Visible for 5 years after the day it "
                "ended: until %2."
            )
        self.timeline_label.setText(
            _esc(
                text.replace("%1", self._day(first))
                .replace("%2", self._day(until))
                .replace("%3", self._day(end))
            )
            + more
        )

    def _consequence_text(self, kind: consequences.ConsequenceKind) -> str:
        k = consequences.ConsequenceKind
        texts = {
            k.REMINDER: self.tr("Collection step 1: a reminder (app, text message or call)"),
            k.WARNING: self.tr(
                "Collection step 2: an overdue warning, charges start; a linked card may be debited"
            ),
            k.LOST_PROMOTIONS: self.tr("Promotions of the product are no longer open to you"),
            k.CREDIT_LINE_CUT: self.tr("The lender may cut your credit line"),
            k.PENALTY_APR: self.tr("A penalty APR on the balance you already owe"),
            k.CREDIT_BUREAU_REPORT: self.tr("Collection step 3: reported to the credit bureau"),
            k.LINKED_PRODUCTS: self.tr(
                "Every other lender you ask for a card or loan sees the same record"
            ),
            k.LEGAL_ACTION: self.tr("Collection step 4: legal collection or a court case"),
            k.CHARGED_OFF: self.tr("Charged off and passed to collections"),
        }
        return texts[kind]

    def _render_consequences(self) -> None:
        result = self._result
        if result is None:
            return
        lines = []
        for c in result.consequences:
            text = self._consequence_text(c.kind)
            if not c.applies:
                mark, when = "–", self.tr("our sources give no rule for this product")
            elif c.reached and c.on is not None and c.cycle is not None:
                mark = "☑"
                when = (
                    self.tr("possible from %1 (month %2)")
                    .replace("%1", self._day(c.on))
                    .replace("%2", str(c.cycle + 1))
                )
            else:
                mark, when = "☐", self.tr("not reached in this scenario")
            note = (
                " " + self.tr("(no rule or figure published)") if c.uncertain and c.applies else ""
            )
            tip = _esc(self.tr("Source: %1").replace("%1", c.source))
            lines.append(
                f'<span title="{tip}">{mark} <b>{_esc(text)}</b> — {_esc(when)}{_esc(note)}</span>'
            )
        stages = self.tr("The stages of collection")
        knock_on = self.tr("Knock-on effects")
        links = (
            f"<a href='{_lesson_href('collections')}'>"
            f"{_esc(stages)}</a>"
            f" · <a href='{_lesson_href('knock_on')}'>{_esc(knock_on)}</a>"
        )
        self.consequences_label.setText("<br>".join(lines) + "<br>" + links)

    def consequence_lines(self) -> list[str]:
        """The checklist as plain text lines (tests, PDF)."""
        return [re_strip(t) for t in self.consequences_label.text().split("<br>")]

    # --- next loan ----------------------------------------------------------------------------

    def _reset_loan_inputs(self) -> None:
        currency = self._product_base.currency.value
        kind = borrowing.LoanKind(str(self.loan_kind_box.currentData()))
        amount, months, rate = LOAN_EXAMPLES[(currency, kind)]
        blocked = self._loading
        self._loading = True
        self.loan_amount_edit.setText(amount)
        self.loan_months_spin.setValue(months)
        self.loan_rate_edit.setText(rate)
        self._loading = blocked

    def _set_application_month(self, day: dt.date) -> None:
        self.loan_month_edit.blockSignals(True)
        self.loan_month_edit.setDate(QDate(day.year, day.month, 1))
        self.loan_month_edit.blockSignals(False)

    def _on_loan_kind_box_changed(self, _index: int) -> None:
        self._reset_loan_inputs()
        self._schedule_next_loan()

    def _on_loan_month_edit_date_changed(self, _date: QDate) -> None:
        self._application_touched = True
        self._schedule_next_loan()

    def _schedule_next_loan(self, *_args: object) -> None:
        if not self._loading:
            self._next_loan_timer.start()

    def update_next_loan(self) -> bool:
        """Assess the next loan on the current record (False: invalid input or no result)."""
        result = self._result
        if result is None:
            return False
        error_labels: dict[str, QLabel] = {
            "amount": self.loan_amount_error,
            "rate": self.loan_rate_error,
        }
        messages: dict[str, str] = {}
        amount = rate = None
        try:
            amount = check_amount(to_decimal(self.loan_amount_edit.text()), "amount")
        except MoneyError as exc:
            messages["amount"] = errors.message(exc.code, exc.params)
        try:
            rate = to_decimal(self.loan_rate_edit.text()) / 100
            if rate < 0:
                raise MoneyError("must_not_be_negative")
            if rate > 1:
                raise MoneyError("rate_too_high", maximum_percent=100)
        except MoneyError as exc:
            messages["rate"] = errors.message(exc.code, exc.params)
        for key, label in error_labels.items():
            label.setText(messages.get(key, ""))
            label.setVisible(key in messages)
        for key, edit in (("amount", self.loan_amount_edit), ("rate", self.loan_rate_edit)):
            _mark_invalid(edit, key in messages)
        if amount is None or rate is None:
            return False
        months = check_count(self.loan_months_spin.value(), "months", maximum=600)
        loan = borrowing.FutureLoan(
            kind=borrowing.LoanKind(str(self.loan_kind_box.currentData())),
            amount=amount,
            months=months,
            clean_annual_rate=rate,
        )
        qd = self.loan_month_edit.date()
        application = dt.date(qd.year(), qd.month(), 1)
        rec = result.rec
        self._assessment = borrowing.assess(rec, application, loan, self._borrowing_rules)
        first = rec.as_of.replace(day=1)
        count = NEXT_LOAN_MONTHS[rec.system]
        by_month = borrowing.cost_by_application_month(
            rec, first, count, loan, self._borrowing_rules
        )
        self._loan_first = first
        self._loan_series = by_month
        chosen = (application.year - first.year) * 12 + application.month - first.month
        self.loan_chart.set_data(
            [None if a.extra_cost is None else float(a.extra_cost) for a in by_month],
            chosen,
        )
        self._render_next_loan()
        self.next_loan_changed.emit()
        return True

    def _outcome_text(self, outcome: borrowing.Outcome) -> str:
        if outcome is borrowing.Outcome.APPROVE:
            return self.tr("Approved at the clean-record rate")
        if outcome is borrowing.Outcome.APPROVE_HIGHER_RATE:
            return self.tr("Approved, but at a higher rate")
        return self.tr("Likely refused")

    def _reason_text(self, reason: borrowing.Reason) -> tuple[str, str]:
        r = borrowing.Reason
        texts = {
            r.CLEAN: (self.tr("The record shows no overdue payment."), "underwriting"),
            r.RECORD_EXPIRED: (
                self.tr("The overdue record is no longer visible on this date."),
                "visible_pboc",
            ),
            r.CURRENT_OVERDUE: (
                self.tr("Money is overdue right now (当前逾期): most lenders refuse."),
                "currently_overdue",
            ),
            r.LIAN_SAN_LEI_LIU: (
                self.tr("连三累六 within the last 2 years: many lenders refuse (a rule of thumb)."),
                "lian_san",
            ),
            r.CHARGED_OFF: (
                self.tr("A charge-off is still visible: treated like a current default."),
                "charged_off",
            ),
            r.SINGLE_MINOR_TOLERATED: (
                self.tr("A single month under 30 days late is usually tolerated."),
                "underwriting",
            ),
            r.VISIBLE_DELINQUENCY: (
                self.tr("An overdue record is still visible: the lender prices in the risk."),
                "next_loan",
            ),
        }
        return texts[reason]

    def _render_next_loan(self) -> None:
        a = self._assessment
        result = self._result
        if a is None or result is None:
            return
        currency = result.sim.currency
        kind_names = self._loan_kind_names()
        self.loan_outcome.setText(
            self.tr("%1 in %2: %3")
            .replace("%1", kind_names[a.loan.kind])
            .replace("%2", self._month(a.application_date))
            .replace("%3", self._outcome_text(a.outcome))
        )
        colours = {
            borrowing.Outcome.APPROVE: "#1a7f37",
            borrowing.Outcome.APPROVE_HIGHER_RATE: "#9a6700",
            borrowing.Outcome.LIKELY_REFUSED: "#b42318",
        }
        self.loan_outcome.setStyleSheet(f"font-weight:600; color:{colours[a.outcome]};")
        lang = self.context.language
        if a.outcome is borrowing.Outcome.LIKELY_REFUSED:
            money = self.tr(
                "No loan on this date, so no price: waiting until the record ages is the cost."
            )
        else:
            money = (
                self.tr(
                    "Rate %1 a year instead of %2. Extra interest over the loan's life: %3 "
                    "(total interest %4 instead of %5)."
                )
                .replace("%1", formatting.pct((a.annual_rate or Decimal(0)) * 100, lang))
                .replace("%2", formatting.pct(a.loan.clean_annual_rate * 100, lang))
                .replace("%3", self._money(a.extra_cost or Decimal(0), currency))
                .replace("%4", self._money(a.total_interest or Decimal(0), currency))
                .replace("%5", self._money(a.clean_total_interest, currency))
            )
        self.loan_money.setText(money)
        reasons = []
        learn_why = self.tr("Learn why")
        for reason in a.reasons:
            text, key = self._reason_text(reason)
            reasons.append(f"• {_esc(text)} <a href='{_lesson_href(key)}'>{_esc(learn_why)}</a>")
        self.loan_reasons.setText("<br>".join(reasons))
        self.loan_sources.setText(
            self.tr("Sources: %1").replace("%1", "; ".join(s for s in a.sources if s) or "—")
        )

    def _loan_kind_names(self) -> dict[borrowing.LoanKind, str]:
        return {
            borrowing.LoanKind.MORTGAGE: self.tr("A mortgage"),
            borrowing.LoanKind.CAR: self.tr("A car loan"),
            borrowing.LoanKind.CARD: self.tr("A credit card"),
            borrowing.LoanKind.PERSONAL: self.tr("A personal loan"),
        }

    def _loan_tick(self, index: int) -> str:
        first = getattr(self, "_loan_first", None)
        if first is None:
            return str(index)
        return formatting.month(record.add_months(first, index), self.context.language)

    # --- slots --------------------------------------------------------------------------------

    def _on_input_changed(self, *_args: object) -> None:
        self.negotiate_spin.setEnabled(self.then_box.currentData() == "negotiate")
        self.recompute()

    def _on_start_edit_date_changed(self, _date: QDate) -> None:
        self._retranslate_cycle_rows()
        self.recompute()

    def _on_cycles_spin_value_changed(self, value: int) -> None:
        if self._loading:
            return
        choices = self.cycle_choices()
        choices = choices[:value] + [CycleChoice("on-time")] * (value - len(choices))
        self.set_cycle_choices(choices)
        self.recompute()

    def _on_cycle_combo_changed(self, _index: int) -> None:
        for _, combo, edit in self._cycle_rows:
            edit.setEnabled(combo.currentData() == "partial")
        self.recompute()

    def _on_product_box_current_index_changed(self, _index: int) -> None:
        old_currency = self._product_base.currency
        if not self._select_product(self.current_product_key()):
            self.status.setText(self.tr("This saved copy could not be read."))
            return
        if self._product_base.currency is not old_currency:
            self._reset_loan_inputs()
        self.recompute()

    def _on_reset_terms_clicked(self) -> None:
        self._loading = True
        for key, (_, edit, _, _) in self._rate_fields.items():
            edit.setText(self._rule_display_value(self._product_base.rules[key]))
        self._loading = False
        self.recompute()

    def _on_copy_clicked(self) -> None:
        product = self._edited_product()
        if product is None:
            self._show_errors()
            return
        name = self.ask_text(
            self,
            self.tr("Save my copy"),
            self.tr("Name of your copy of this product, with the terms shown:"),
            self._product_name(self._product_base),
        )
        if name is None:
            return
        self.save_product_copy(name, product)

    def save_product_copy(self, name: str, product: products.Product) -> None:
        """Store a learner's copy of a product (its edited terms) under ``name``."""
        copy = products.with_terms(product, names={"zh": name, "en": name})
        payload = json.dumps({"toml": products.to_toml(copy), "based_on": product.id})
        self.context.database.save_item(self.context.profile_id, PRODUCT_KIND, name, payload)
        self._fill_product_box()
        self._loading = True
        self._select_product(("copy", name))
        self._loading = False
        self.recompute()
        self.status.setText(self.tr("Saved your copy “%1”.").replace("%1", name))

    def _on_delete_copy_clicked(self) -> None:
        kind, name = self.current_product_key()
        if kind != "copy":
            return
        self.context.database.delete_item(self.context.profile_id, PRODUCT_KIND, name)
        self._fill_product_box()
        self._loading = True
        self._select_product(("preset", DEFAULT_PRODUCT))
        self._loading = False
        self.recompute()

    def _on_link_activated(self, href: str) -> None:
        if href.startswith("lesson:"):
            lesson, _, section = href[len("lesson:") :].partition("#")
            self.context.navigate("learn", {"lesson": lesson, "section": section})

    def _on_context_appearance_changed(self) -> None:
        self._apply_text_scale()
        self._retranslate_charts()

    def _allow_narrow(self) -> None:
        # Nothing may force the page wider than the window at 200 % text: wrap labels, and let
        # combo boxes shrink below their longest item.
        for label in self.findChildren(QLabel):
            if label.buddy() is not None or label in (
                self.loan_chart_heading,
                self.timeline_heading,
                self.flags_heading,
            ):
                label.setWordWrap(True)
        for box in self.findChildren(QComboBox):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(8)

    def _apply_text_scale(self) -> None:
        """Large text: inputs above the results, buttons in fewer columns, so nothing is cut."""
        large = self.context.text_scale >= 150
        flow = QBoxLayout.Direction.TopToBottom if large else QBoxLayout.Direction.LeftToRight
        self.columns.setDirection(flow)
        self.lower.setDirection(flow)
        self.loan_row.setDirection(flow)
        self.inputs_frame.setMaximumWidth(16777215 if large else 460)
        toolbar = (
            self.save_button,
            self.open_button,
            self.png_button,
            self.svg_button,
            self.csv_button,
            self.pdf_button,
        )
        _regrid(self.toolbar_grid, toolbar, 2 if large else 6)
        _regrid(self.copy_grid, (self.copy_button, self.delete_copy_button), 1 if large else 2)
        presets = (self.miss_one_button, self.miss_three_button, self.minimum_only_button)
        _regrid(self.presets_grid, presets, 2 if large else 3)

    def _on_context_data_deleted(self) -> None:
        self._fill_product_box()
        if self.current_product_key()[0] == "copy" or self.product_box.currentIndex() < 0:
            self._select_product(("preset", DEFAULT_PRODUCT))
        self.recompute()

    # --- save / open --------------------------------------------------------------------------

    def scenario_payload(self) -> dict[str, object]:
        """Everything needed to show this scenario again."""
        kind, name = self.current_product_key()
        start = self.start_edit.date()
        month = self.loan_month_edit.date()
        return {
            "version": 1,
            "product": {"kind": kind, "name": name},
            "terms": self.edited_terms(),
            "amount": self.amount_edit.text(),
            "start": f"{start.year():04d}-{start.month():02d}",
            "scenario": self.scenario_text(),
            "loan": {
                "kind": str(self.loan_kind_box.currentData()),
                "amount": self.loan_amount_edit.text(),
                "months": self.loan_months_spin.value(),
                "rate": self.loan_rate_edit.text(),
                "month": f"{month.year():04d}-{month.month():02d}",
            },
        }

    def save_scenario(self, name: str) -> None:
        """Store the scenario under ``name`` (saved_items kind "scenario")."""
        self.context.database.save_item(
            self.context.profile_id, SCENARIO_KIND, name, json.dumps(self.scenario_payload())
        )
        self.status.setText(self.tr("Saved the scenario “%1”.").replace("%1", name))

    def open_scenario(self, name: str) -> bool:
        """Show a saved scenario (False if it is missing or cannot be read)."""
        text = self.context.database.load_item(self.context.profile_id, SCENARIO_KIND, name)
        try:
            data = json.loads(text) if text else None
            self._apply_payload(data)
        except (ValueError, KeyError, TypeError, MoneyError):
            self.status.setText(self.tr("The scenario “%1” could not be read.").replace("%1", name))
            return False
        self.status.setText(self.tr("Opened the scenario “%1”.").replace("%1", name))
        return True

    def _apply_payload(self, data: object) -> None:
        if not isinstance(data, dict):
            raise ValueError("not a scenario")
        product = data["product"]
        key = (str(product["kind"]), str(product["name"]))
        scenario = missed.parse_scenario(str(data["scenario"]))
        self._loading = True
        try:
            if not self._select_product(key):
                raise ValueError("product")
            for term, value in dict(data.get("terms", {})).items():
                if term in self._rate_fields:
                    self._rate_fields[term][1].setText(str(value))
            self.amount_edit.setText(str(data["amount"]))
            year, month = (int(x) for x in str(data["start"]).split("-"))
            self.start_edit.setDate(QDate(year, month, 1))
            self._set_scenario(scenario)
            loan = data.get("loan")
            if isinstance(loan, dict):
                index = self.loan_kind_box.findData(str(loan.get("kind")))
                if index >= 0:
                    self.loan_kind_box.setCurrentIndex(index)
                self.loan_amount_edit.setText(str(loan.get("amount", "")))
                self.loan_months_spin.setValue(int(loan.get("months", 12)))
                self.loan_rate_edit.setText(str(loan.get("rate", "")))
                ly, lm = (int(x) for x in str(loan.get("month", "2025-01")).split("-"))
                self._set_application_month(dt.date(ly, lm, 1))
                self._application_touched = True
        finally:
            self._loading = False
        self.recompute()

    def _on_save_clicked(self) -> None:
        name = self.ask_text(
            self, self.tr("Save scenario"), self.tr("Name of this scenario:"), self._default_name()
        )
        if name is not None:
            self.save_scenario(name)

    def _default_name(self) -> str:
        name = self._product_name(self._product_base)
        return f"{name} {self.amount_edit.text()} {self.scenario_text()}"

    def _on_open_clicked(self) -> None:
        names = self.context.database.item_names(self.context.profile_id, SCENARIO_KIND)
        if not names:
            self.status.setText(self.tr("No saved scenarios yet."))
            return
        name = self.ask_choice(self, self.tr("Open scenario"), self.tr("Saved scenarios:"), names)
        if name is not None:
            self.open_scenario(name)

    # --- lessons open the page pre-filled -----------------------------------------------------

    def open_with(self, params: dict[str, object]) -> None:
        """Pre-fill from a lesson: ``product``, ``amount``, ``scenario`` (``finance.missed``
        grammar: on-time | minimum | miss:N | partial:AMOUNT …), ``then`` (catch-up |
        keep-missing | negotiate) and optionally ``start`` ("YYYY-MM").

        Unknown or invalid values are reported at the field; the rest is still applied.
        """
        self._error_codes.clear()
        self._errors.clear()
        self._loading = True
        try:
            pid = params.get("product")
            if isinstance(pid, str) and pid:
                if pid in self._presets:
                    self._select_product(("preset", pid))
                else:
                    self.status.setText(errors.message("preset_not_found", {"id": pid}))
            if "amount" in params:
                self.amount_edit.setText(str(params["amount"]))
            start = params.get("start")
            if isinstance(start, str) and start:
                try:
                    year, month = (int(x) for x in start.split("-"))
                    self.start_edit.setDate(QDate(year, month, 1))
                except ValueError:
                    self.status.setText(
                        self.tr("The start month “%1” is not a month.").replace("%1", start)
                    )
            scenario_text = params.get("scenario")
            then = params.get("then")
            if isinstance(scenario_text, str) and scenario_text:
                try:
                    self._set_scenario(
                        missed.parse_scenario(
                            scenario_text, then=str(then) if isinstance(then, str) else None
                        )
                    )
                except MoneyError as exc:
                    self._set_error("scenario", exc.code, exc.params)
            self._application_touched = False
        finally:
            self._loading = False
        rejected = dict(self._error_codes)
        self.recompute()
        if rejected:
            # the lesson's value was not applied: say so at the field, over the shown result
            for field, (code, error_params) in rejected.items():
                self._set_error(field, code, error_params)
            self._show_errors()

    # --- exports ------------------------------------------------------------------------------

    def _on_export_clicked(self, kind: str) -> None:
        filters = {
            "png": self.tr("PNG image (*.png)"),
            "svg": self.tr("SVG image (*.svg)"),
            "csv": self.tr("CSV table (*.csv)"),
        }
        suggested = {
            "png": "duewise-chart.png",
            "svg": "duewise-chart.svg",
            "csv": "duewise-statement.csv",
        }
        path = self.ask_save_path(self, self.tr("Export"), suggested[kind], filters[kind])
        if path is None:
            return
        writer: Callable[[Path], None] = {
            "png": self.export_png,
            "svg": self.export_svg,
            "csv": self.export_csv,
        }[kind]
        try:
            writer(path)
        except OSError as exc:
            self.status.setText(
                self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc))
            )
            return
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))

    def export_png(self, path: Path) -> None:
        """The compounding chart as PNG."""
        files.write_bytes_atomic(path, self.chart.png_bytes(dpi=150))

    def export_svg(self, path: Path) -> None:
        """The compounding chart as SVG."""
        files.write_bytes_atomic(path, self.chart.svg_bytes())

    def export_csv(self, path: Path) -> None:
        """The statement table (amounts as plain numbers, UTF-8 with BOM)."""
        csv_writer.write_csv(path, self.table_model.headers(), self.table_model.raw_rows())

    def _on_pdf_clicked(self) -> None:
        path = self.ask_save_path(
            self, self.tr("Export"), "duewise-summary.pdf", self.tr("PDF document (*.pdf)")
        )
        if path is not None:
            self.export_pdf(path)

    def pdf_title(self) -> str:
        """The PDF summary's title in the current language."""
        return self.tr("Missed-payment calculator: scenario summary")

    def export_pdf(self, path: Path) -> None:
        """Write the one-page summary once the busy label shows; ``pdf_finished``/``pdf_failed``."""
        result = self._result
        if result is None or self._pdf_jobs:
            return
        body = self._pdf_html(result)
        images = jobs.decode_images({"chart.png": self.chart.png_bytes(dpi=110)})
        title = self.pdf_title()
        self.busy.show()
        self.pdf_button.setEnabled(False)
        self.status.setText(self.tr("Writing the PDF…"))
        job = jobs.start(
            Path(path),
            lambda target: pdf.write_pdf(target, body, title=title, images=images),
            self._on_pdf_job_finished,
            self._on_pdf_job_failed,
        )
        self._pdf_jobs.append(job)

    def _finish_pdf_job(self) -> None:
        self._pdf_jobs.clear()
        self.busy.hide()
        self.pdf_button.setEnabled(True)

    def _on_pdf_job_finished(self, path: object) -> None:
        self._finish_pdf_job()
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))
        self.pdf_finished.emit(str(path))

    def _on_pdf_job_failed(self, reason: str) -> None:
        self._finish_pdf_job()
        self.status.setText(self.tr("Could not write the PDF: %1").replace("%1", reason))
        self.pdf_failed.emit(reason)

    def _pdf_html(self, result: Result) -> str:
        sim, product = result.sim, result.product
        labels = self._extra_labels(product)
        rows = [
            (labels["interest"], sim.baseline_totals.interest, sim.totals.interest),
            (
                labels["interest_on_interest"],
                sim.baseline_totals.interest_on_interest,
                sim.totals.interest_on_interest,
            ),
            (labels["penalties"], sim.baseline_totals.penalties, sim.totals.penalties),
            (labels["fees"], sim.baseline_totals.fees, sim.totals.fees),
            (self.tr("Total"), sim.on_time_total, sim.scenario_total),
        ]
        table = (
            "<table><tr><th></th><th>"
            + _esc(self.tr("On time"))
            + "</th><th>"
            + _esc(self.tr("This scenario"))
            + "</th></tr>"
            + "".join(
                f"<tr><td>{_esc(name)}</td><td align='right'>{_esc(self._money(a))}</td>"
                f"<td align='right'>{_esc(self._money(b))}</td></tr>"
                for name, a, b in rows
            )
            + "</table>"
        )
        codes = " ".join(m.code for m in record.grid(result.rec, result.rec.as_of))
        flags = re_strip(self.flags_label.text())
        loan = ""
        next_loan = self.tr("The next loan (illustration)")
        words = (
            self.tr("Product"),
            self.tr("Amount"),
            self.tr("First statement"),
            self.tr("Scenario"),
        )
        if self._assessment is not None:
            loan = (
                f"<h2>{_esc(next_loan)}</h2>"
                f"<p>{_esc(self.loan_outcome.text())}<br>{_esc(self.loan_money.text())}</p>"
            )
        return (
            f"<h1>{_esc(self.pdf_title())}</h1>"
            f"<p>{_esc(words[0])}: {_esc(self._product_name(product))} · "
            f"{_esc(words[1])}: {_esc(self._money(sim.amount))} · "
            f"{_esc(words[2])}: {_esc(self._month(sim.start))} · "
            f"{_esc(words[3])}: {_esc(self.scenario_description())}</p>"
            f"<h2>{_esc(self.summary_text())}</h2>"
            + table
            + "<p><img src='chart.png' width='620'></p>"
            + f"<h2>{_esc(self.record_heading.text())}</h2>"
            + f"<p>{_esc(codes)}</p><p>{_esc(flags)}</p>"
            + f"<p>{_esc(re_strip(self.timeline_label.text()))}</p>"
            + loan
            + f"<p class='muted'>{_esc(re_strip(self.assumptions.text()))}</p>"
        )

    def scenario_description(self) -> str:
        """The scenario in words, e.g. "miss ×3, then catch up"."""
        names = self._action_names()
        groups: list[tuple[str, int]] = []
        for choice in self.cycle_choices():
            label = names.get(choice.action, choice.action)
            if choice.action == "partial":
                label += f" {choice.amount}"
            if groups and groups[-1][0] == label:
                groups[-1] = (label, groups[-1][1] + 1)
            else:
                groups.append((label, 1))
        steps = ", ".join(f"{label} ×{n}" if n > 1 else label for label, n in groups)
        then = self.then_box.currentText()
        return self.tr("%1; after that: %2").replace("%1", steps).replace("%2", then)

    def _action_names(self) -> dict[str, str]:
        return {
            "on-time": self.tr("Pay in full"),
            "minimum": self.tr("Pay the minimum"),
            "partial": self.tr("Pay part"),
            "miss": self.tr("Pay nothing (miss)"),
        }

    # --- texts --------------------------------------------------------------------------------

    def _retranslate_cycle_rows(self) -> None:
        names = self._action_names()
        start = self.start_edit.date()
        first = dt.date(start.year(), start.month(), 1)
        for i, (label, combo, edit) in enumerate(self._cycle_rows):
            month = self._month(record.add_months(first, i))
            label.setText(month)
            label.setToolTip(
                self.tr("Month %1 (%2)").replace("%1", str(i + 1)).replace("%2", month)
            )
            for j in range(combo.count()):
                combo.setItemText(j, names.get(str(combo.itemData(j)), ""))
            combo.setAccessibleName(self.tr("What you pay in month %1").replace("%1", str(i + 1)))
            edit.setAccessibleName(self.tr("Amount paid in month %1").replace("%1", str(i + 1)))
            edit.setPlaceholderText(self.tr("amount"))

    def _term_label(self, key: str, unit: str) -> str:
        names = {
            "penalty_daily_rate": self.tr("Penalty fee rate"),
            "daily_rate": self.tr("Interest rate"),
            "annual_rate": self.tr("Interest rate"),
            "penalty_apr": self.tr("Penalty APR"),
            "minimum_payment_rate": self.tr("Minimum payment"),
            "minimum_payment_floor": self.tr("Smallest minimum payment"),
            "late_fee_rate": self.tr("Late fee (share of the unpaid minimum)"),
            "late_fee_rate_repeat": self.tr("Late fee after repeated misses"),
            "late_fee_minimum": self.tr("Smallest late fee"),
            "late_fee_first": self.tr("First late fee"),
            "late_fee_repeat": self.tr("Repeat late fee"),
            "penalty_rate_multiplier": self.tr("Penalty interest multiplier"),
            "due_days_after_statement": self.tr("Days from statement to due date"),
            "grace_days": self.tr("Grace days"),
            "reporting_threshold_days": self.tr("Reported after (days late)"),
            "term_months": self.tr("Term"),
        }
        units = {
            "fraction/day": self.tr("% a day"),
            "fraction/year": self.tr("% a year"),
            "fraction/month": self.tr("% a month"),
            "fraction": "%",
            "days": self.tr("days"),
            "months": self.tr("months"),
            "factor": "×",
            "CNY": "¥",
            "USD": "$",
        }
        return f"{names.get(key, key)} ({units.get(unit, unit)})"

    def _retranslate_rates(self) -> None:
        for key, (label, edit, info, _) in self._rate_fields.items():
            rule = self._product_base.rules[key]
            text = self._term_label(key, rule.unit)
            label.setText(text)
            edit.setAccessibleName(text)
            info.setAccessibleName(self.tr("Source of: %1").replace("%1", text))
            tip = [
                self.tr("Source: %1").replace("%1", rule.source),
                self.tr("As of: %1").replace("%1", self._day(rule.as_of)),
            ]
            if rule.user_edited:
                tip.append(self.tr("Edited by you."))
            if rule.uncertain:
                tip.append(self.tr("Uncertain: sources disagree or are weak."))
            if rule.note:
                tip.append(rule.note)
            for alt in rule.alternatives:
                tip.append(
                    self.tr("Other value: %1 (%2, %3)")
                    .replace(
                        "%1",
                        self._rule_display_value(
                            products.Rule(key, alt.value, rule.unit, alt.source, alt.as_of)
                        ),
                    )
                    .replace("%2", alt.source)
                    .replace("%3", self._day(alt.as_of))
                )
            info.setToolTip("\n".join(tip))

    def _retranslate_charts(self) -> None:
        currency = "$" if self._product_base.is_us else "¥"
        product = self._result.product if self._result else self._product_base
        self.chart.set_texts(
            x_label=self.tr("Months from the first statement"),
            y_label=self.tr("Owed (%1)").replace("%1", currency),
            on_time=self.tr("Paying on time"),
            scenario=self.tr("This scenario"),
            gap=self.tr("The difference"),
            extra_title=self.tr("Extra cost (%1)").replace("%1", currency),
            extra_labels=self._extra_labels(product),
            text_scale=self.context.text_scale,
        )
        self.loan_chart.set_texts(
            x_label=self.tr("Application month"),
            y_label=self.tr("Extra interest (%1)").replace("%1", currency),
            extra=self.tr("Extra cost if approved"),
            refused=self.tr("Likely refused"),
            chosen=self.tr("Your month"),
            tick_label=self._loan_tick,
            text_scale=self.context.text_scale,
        )

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.title.setText(self.tr("Missed-payment calculator"))
        self.intro.setText(
            self.tr(
                "See what one missed payment costs now, and what it costs the next loan. "
                "Pick a product, an amount and what happens each month."
            )
        )
        self.save_button.setText(self.tr("Save scenario…"))
        self.save_button.setToolTip(self.tr("Save this scenario by name (Ctrl+S)"))
        self.open_button.setText(self.tr("Open scenario…"))
        self.open_button.setToolTip(self.tr("Open a saved scenario (Ctrl+O)"))
        self.png_button.setText(self.tr("Chart as PNG…"))
        self.svg_button.setText(self.tr("Chart as SVG…"))
        self.csv_button.setText(self.tr("Table as CSV…"))
        self.pdf_button.setText(self.tr("PDF summary…"))
        self.pdf_button.setToolTip(self.tr("A one-page summary in the current language (Ctrl+P)"))
        for button in (
            self.save_button,
            self.open_button,
            self.png_button,
            self.svg_button,
            self.csv_button,
            self.pdf_button,
        ):
            button.setAccessibleName(button.text().rstrip("…"))
        self.busy.setAccessibleName(self.tr("Writing the PDF"))
        self.inputs_heading.setText(self.tr("Your situation"))
        self.product_label.setText(self.tr("Product"))
        self.product_box.setAccessibleName(self.tr("Product"))
        for i in range(self.product_box.count()):
            kind, _, name = str(self.product_box.itemData(i)).partition(":")
            if kind == "preset":
                self.product_box.setItemText(i, self._product_name(self._presets[name]))
            else:
                self.product_box.setItemText(i, self.tr("My copy: %1").replace("%1", name))
        self.copy_button.setText(self.tr("Save as my copy…"))
        self.copy_button.setAccessibleName(self.tr("Save the product with these terms as my copy"))
        self.delete_copy_button.setText(self.tr("Delete my copy"))
        self.delete_copy_button.setAccessibleName(self.tr("Delete my copy"))
        self.amount_label.setText(self.tr("Amount"))
        self.amount_edit.setAccessibleName(self.tr("Amount of the statement or loan"))
        self.amount_edit.setPlaceholderText(self.tr("for example 1000"))
        self.start_label.setText(self.tr("First statement"))
        self.start_edit.setAccessibleName(self.tr("Month of the first statement"))
        self.scenario_heading.setText(self.tr("What happens"))
        self.miss_one_button.setText(self.tr("Miss one"))
        self.miss_three_button.setText(self.tr("Miss three in a row"))
        self.minimum_only_button.setText(self.tr("Minimum only"))
        for button in (self.miss_one_button, self.miss_three_button, self.minimum_only_button):
            button.setAccessibleName(self.tr("Quick scenario: %1").replace("%1", button.text()))
        self.cycles_label.setText(self.tr("Months to choose"))
        self.cycles_spin.setAccessibleName(self.tr("Number of months to choose"))
        self.then_label.setText(self.tr("After these months"))
        self.then_box.setAccessibleName(self.tr("After these months"))
        then_names = {
            "catch-up": self.tr("Catch up: pay everything owed"),
            "keep-missing": self.tr("Keep missing"),
            "negotiate": self.tr("Negotiate an instalment plan"),
            "repeat": self.tr("Keep doing the last month's choice"),
        }
        for i in range(self.then_box.count()):
            self.then_box.setItemText(i, then_names[str(self.then_box.itemData(i))])
        self.negotiate_label.setText(self.tr("Plan length (months)"))
        self.negotiate_spin.setAccessibleName(self.tr("Length of the negotiated plan in months"))
        self._retranslate_cycle_rows()
        self.rates_heading.setText(self.tr("Rates and fees in force"))
        self.rates_note.setText(
            self.tr(
                "From the product's published terms; change them to match your agreement. "
                "ⓘ shows the source and date."
            )
        )
        self.reset_terms_button.setText(self.tr("Back to the published terms"))
        self.reset_terms_button.setAccessibleName(self.tr("Back to the published terms"))
        self._retranslate_rates()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.chart_heading.setText(self.tr("How the debt grows"))
        self.chart.setAccessibleName(
            self.tr(
                "Chart: amount owed each month, paying on time (solid line) and in this "
                "scenario (dashed line)"
            )
        )
        self.assumptions.setText(
            _esc(
                self.tr(
                    "Model: every payment is made on a due date; no new purchases; a "
                    "negotiated plan charges no further interest. Costs still owed at the end "
                    "are counted."
                )
            )
            + f" <a href='{_lesson_href('interest_on_interest')}'>"
            + _esc(self.tr("Which charges grow"))
            + "</a>"
        )
        self.table_heading.setText(self.tr("Statement, month by month"))
        self.table.setAccessibleName(self.tr("Statement, month by month"))
        self.table_model.set_headers(self._table_headers(), numeric_from=2)
        self._table_sized_for = None
        self.flags_heading.setText(self.tr("Lender rules"))
        self.timeline_heading.setText(self.tr("How long it stays visible"))
        self.timeline.setAccessibleName(self.tr("Timeline of how long the record stays visible"))
        self.record_grid.setAccessibleName(self.tr("24-month record grid"))
        self.consequences_heading.setText(self.tr("Beyond the money"))
        self.loan_heading.setText(self.tr("What it does to your next loan"))
        self.loan_illustrative.setText(
            _esc(
                self.tr(
                    "Illustration only: lenders publish no such figures. Assumptions: a record "
                    "is read with 连三累六 and current-overdue rules; the rate premium shrinks as "
                    "the record ages and ends when it stops being visible; equal monthly "
                    "payments (等额本息) over the term. Change the loan to see its price."
                )
            )
            + f" <a href='{_lesson_href('next_loan')}'>"
            + _esc(self.tr("How the next loan costs more"))
            + "</a>"
        )
        self.loan_kind_label.setText(self.tr("You apply for"))
        self.loan_kind_box.setAccessibleName(self.tr("Kind of the next loan"))
        names = self._loan_kind_names()
        for i in range(self.loan_kind_box.count()):
            self.loan_kind_box.setItemText(
                i, names[borrowing.LoanKind(str(self.loan_kind_box.itemData(i)))]
            )
        self.loan_amount_label.setText(self.tr("Loan amount"))
        self.loan_amount_edit.setAccessibleName(self.tr("Loan amount"))
        self.loan_months_label.setText(self.tr("Term (months)"))
        self.loan_months_spin.setAccessibleName(self.tr("Term of the loan in months"))
        self.loan_rate_label.setText(self.tr("Rate on a clean record (% a year)"))
        self.loan_rate_edit.setAccessibleName(self.tr("Rate on a clean record, percent a year"))
        self.loan_month_label.setText(self.tr("Application month"))
        self.loan_month_edit.setAccessibleName(self.tr("Month you apply"))
        self.loan_chart_heading.setText(
            self.tr("Extra cost of the loan by the month you apply: it shrinks as the record ages")
        )
        self.loan_chart.setAccessibleName(
            self.tr("Chart: extra cost of the next loan by application month")
        )
        self._retranslate_charts()
        self._render()
        self._render_next_loan()
        for field, (code, params) in self._error_codes.items():
            self._errors[field] = errors.message(code, params)
        self._show_errors()


def _regrid(grid: QGridLayout, widgets: tuple[QWidget, ...], columns: int) -> None:
    """Lay ``widgets`` out in ``columns`` columns (left to right, then down)."""
    for widget in widgets:
        grid.removeWidget(widget)
    for i, widget in enumerate(widgets):
        grid.addWidget(widget, i // columns, i % columns)
    for column in range(6):
        grid.setColumnStretch(column, 0)
    grid.setColumnStretch(columns, 1)


def re_strip(html_text: str) -> str:
    """Plain text of a label's rich text (links and tags removed, entities decoded)."""
    text = re.sub(r"<[^>]+>", "", html_text.replace("<br>", "\n"))
    return html.unescape(text).strip()
