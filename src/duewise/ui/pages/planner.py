"""Repayment planner (还款计划): your debts, a budget, strategies side by side, a plan to keep.

The page presents; :mod:`duewise.finance.planner` and :mod:`duewise.finance.planner_tools`
compute. Every edit re-runs the comparison of all strategies and redraws the chart; bad input is
shown at its cell or field and the last valid plan stays on screen.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
from decimal import Decimal
from pathlib import Path

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duewise import formatting
from duewise.finance import disclosure, planner, planner_tools, products
from duewise.finance.money import MAX_AMOUNT, ZERO, MoneyError, from_cents, to_decimal
from duewise.finance.planner import RecommendationReason, Strategy
from duewise.reports import csv_writer, pdf, planner_ics
from duewise.storage import debt_import, files
from duewise.ui import jobs
from duewise.ui.context import AppContext
from duewise.ui.pages.base import Page
from duewise.ui.widgets import common, planner_dialogs
from duewise.ui.widgets.flow import FlowLayout
from duewise.ui.widgets.planner_models import (
    COL_NAME,
    CUSTOM,
    DebtRow,
    DebtsModel,
    ProductDelegate,
    ScheduleModel,
    error_message,
)

PLAN_KIND = "plan"
STRATEGY_ORDER = (Strategy.AVALANCHE, Strategy.SNOWBALL, Strategy.CUSTOM, Strategy.MINIMUM_ONLY)
NEGOTIATE_MONTHS = 36
#: From this text size (percent) form rows stack one field per row.
LARGE_TEXT_SCALE = 150
#: The example shown when the page opens: a 白条 bill, a bank card and a personal loan.
EXAMPLE_ROWS = (
    DebtRow("白条", "cn_jd_baitiao", "3000", "10.9", "10", "1", "10"),
    DebtRow("银行信用卡", "cn_bank_card", "8000", "18.25", "10", "1", "26"),
    DebtRow("个人贷款", "cn_personal_loan", "20000", "10.9", "0", "931.23", "21"),
)
EXAMPLE_BUDGET = "2500"


def _label_button(button: QPushButton, text: str, name: str) -> None:
    """Set a button's text; ``name`` is both its tooltip and its accessible name."""
    button.setText(text)
    button.setToolTip(name)
    button.setAccessibleName(name)


class PlannerPage(Page):
    """The learner's own debts and a month-by-month plan out of them.

    Signals:
        plan_changed(): the plan was recomputed from valid inputs.
        export_finished(str, str): an export ("csv", "pdf", "ics") was written to this path.
        export_failed(str, str): an export failed, with the message shown.
    """

    page_id = "planner"
    plan_changed = Signal()
    export_finished = Signal(str, str)
    export_failed = Signal(str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.presets = products.load_presets()
        self.debts_model = DebtsModel(self.presets, self)
        self.schedule_model = ScheduleModel(self)
        self.comparison: planner.Comparison | None = None
        self._computed_key: tuple[object, ...] | None = None
        self._formatted: dict[tuple[object, ...], str] = {}  # money and month texts
        self._strategy_styles: dict[Strategy, tuple[object, ...]] = {}
        self.shown: Strategy = Strategy.AVALANCHE
        self.chosen: Strategy | None = None
        self.lumps: dict[int, Decimal] = {}
        self.feasible_need: Decimal | None = None
        self.negotiation: planner_tools.NegotiatedPlan | None = None
        self._valid_debts: list[planner.Debt] = []
        self._disclosures: dict[planner.Debt, disclosure.MinimumPaymentDisclosure | None] = {}
        self._tasks: list[jobs.WriteJob] = []
        self._budget: Decimal | None = None
        self._extra = ZERO
        self._overdue_params: dict[str, object] = {}
        self._pdf_path = Path()

        self._build_example_note()
        self._build_debts()
        self._build_money()
        self._build_shortfall()
        self._build_strategies()
        self._build_plan()
        self._build_warnings()
        self._build_take_away()
        self.body.addStretch(1)
        self._build_actions()
        self._set_tab_order()
        self._load_example()
        self._connect_signals()
        self.finish_init()
        self.refresh_saved_names()

    # --- building ---------------------------------------------------------------------------

    def _build_example_note(self) -> None:
        self.example_frame = QFrame(self)
        self.example_frame.setObjectName("plannerExample")
        self.example_frame.setStyleSheet(
            "QFrame#plannerExample { background: #e8f1fb; border: 1px solid #9cc3e6;"
            " border-radius: 6px; } QFrame#plannerExample QLabel { color: #1b3a57; }"
        )
        row = QHBoxLayout(self.example_frame)
        self.example_label = QLabel(self.example_frame)
        self.example_label.setWordWrap(True)
        self.clear_example_button = QPushButton(self.example_frame)
        row.addWidget(self.example_label, 1)
        row.addWidget(self.clear_example_button)
        self.body.addWidget(self.example_frame)

    def _build_debts(self) -> None:
        frame, layout = common.card(self)
        self.debts_heading = common.heading(2, frame)
        layout.addWidget(self.debts_heading)
        buttons = FlowLayout()
        self.add_button = QPushButton(frame)
        self.delete_button = QPushButton(frame)
        self.up_button = QPushButton(frame)
        self.down_button = QPushButton(frame)
        self.paste_button = QPushButton(frame)
        self.import_button = QPushButton(frame)
        self.undo_button = QPushButton(frame)
        for button in (
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.paste_button,
            self.import_button,
            self.undo_button,
        ):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.debts_view = QTableView(frame)
        self.debts_view.setModel(self.debts_model)
        self.debts_view.setItemDelegateForColumn(1, ProductDelegate(self.debts_model, self))
        self.debts_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.debts_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.debts_view.setDragEnabled(True)
        self.debts_view.setAcceptDrops(True)
        self.debts_view.setDropIndicatorShown(True)
        self.debts_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.debts_view.setDragDropOverwriteMode(False)
        self.debts_view.setTabKeyNavigation(False)
        header = self.debts_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.debts_view.setMinimumHeight(170)
        layout.addWidget(self.debts_view)
        self.debts_hint = common.paragraph(frame, muted=True)
        self.debts_errors = QLabel(frame)
        self.debts_errors.setWordWrap(True)
        self.debts_errors.setProperty("role", "error")
        layout.addWidget(self.debts_errors)
        layout.addWidget(self.debts_hint)
        self.body.addWidget(frame)

    def _build_money(self) -> None:
        frame, layout = common.card(self)
        self.money_heading = common.heading(2, frame)
        layout.addWidget(self.money_heading)
        grid = QGridLayout()
        layout.addLayout(grid)
        self.budget_label = QLabel(frame)
        self.budget_edit = QLineEdit(frame)
        self.budget_error = QLabel(frame)
        self.extra_label = QLabel(frame)
        self.extra_edit = QLineEdit("0", frame)
        self.extra_error = QLabel(frame)
        self.start_label = QLabel(frame)
        self.start_edit = QDateEdit(frame)
        self.start_edit.setDisplayFormat("yyyy-MM")
        today = QDate.currentDate()
        self.start_edit.setDate(QDate(today.year(), today.month(), 1).addMonths(1))
        self.currency_label = QLabel(frame)
        self.currency_box = QComboBox(frame)
        self.currency_box.addItem("¥ CNY", "CNY")
        self.currency_box.addItem("$ USD", "USD")
        for label, field in (
            (self.budget_label, self.budget_edit),
            (self.extra_label, self.extra_edit),
            (self.start_label, self.start_edit),
            (self.currency_label, self.currency_box),
        ):
            label.setBuddy(field)
        for error in (self.budget_error, self.extra_error):
            error.setProperty("role", "error")
            error.setWordWrap(True)
            error.hide()
        self.money_grid = grid
        self._place_money_fields(wide=not self._large_text())
        self.lump_heading = QLabel(frame)
        self.lump_heading.setWordWrap(True)
        layout.addWidget(self.lump_heading)
        lump_row = FlowLayout()
        self.lump_month_label = QLabel(frame)
        self.lump_month_edit = QDateEdit(frame)
        self.lump_month_edit.setDisplayFormat("yyyy-MM")
        self.lump_month_edit.setDate(self.start_edit.date().addMonths(11))
        self.lump_amount_label = QLabel(frame)
        self.lump_amount_edit = QLineEdit(frame)
        self.lump_add_button = QPushButton(frame)
        self.lump_remove_button = QPushButton(frame)
        self.lump_month_label.setBuddy(self.lump_month_edit)
        self.lump_amount_label.setBuddy(self.lump_amount_edit)
        for widget in (
            self.lump_month_label,
            self.lump_month_edit,
            self.lump_amount_label,
            self.lump_amount_edit,
            self.lump_add_button,
            self.lump_remove_button,
        ):
            lump_row.addWidget(widget)
        layout.addLayout(lump_row)
        self.lump_error = QLabel(frame)
        self.lump_error.setProperty("role", "error")
        self.lump_error.hide()
        layout.addWidget(self.lump_error)
        self.lump_list = QListWidget(frame)
        self.lump_list.setMaximumHeight(80)
        layout.addWidget(self.lump_list)
        self.body.addWidget(frame)

    def _place_money_fields(self, *, wide: bool) -> None:
        """Two label-field pairs per row, or one per row when the text is large."""
        grid = self.money_grid
        pairs = (
            (self.budget_label, self.budget_edit, self.budget_error),
            (self.extra_label, self.extra_edit, self.extra_error),
            (self.start_label, self.start_edit, None),
            (self.currency_label, self.currency_box, None),
        )
        for label, field, error in pairs:
            for widget in (label, field, error):
                if widget is not None:
                    grid.removeWidget(widget)
        per_row = 2 if wide else 1
        row = 0
        for start in range(0, len(pairs), per_row):
            chunk = pairs[start : start + per_row]
            for i, (label, field, error) in enumerate(chunk):
                grid.addWidget(label, row, 2 * i)
                grid.addWidget(field, row, 2 * i + 1)
                if error is not None:
                    grid.addWidget(error, row + 1, 2 * i + 1)
            row += 1 + any(error is not None for _, _, error in chunk)
        for column in range(4):
            grid.setColumnStretch(column, 1 if column % 2 and (wide or column < 2) else 0)

    def _build_shortfall(self) -> None:
        self.shortfall_frame = QFrame(self)
        self.shortfall_frame.setObjectName("plannerShortfall")
        self.shortfall_frame.setStyleSheet(
            "QFrame#plannerShortfall { background: #fdecea; border: 2px solid #b42318;"
            " border-radius: 8px; } QFrame#plannerShortfall QLabel { color: #5c1a12; }"
        )
        layout = QVBoxLayout(self.shortfall_frame)
        self.shortfall_heading = common.heading(2, self.shortfall_frame)
        self.shortfall_text = common.paragraph(self.shortfall_frame)
        self.overdue_text = common.paragraph(self.shortfall_frame)
        self.calculator_button = QPushButton(self.shortfall_frame)
        self.remedy_heading = QLabel(self.shortfall_frame)
        self.remedy_heading.setWordWrap(True)
        bold = self.remedy_heading.font()
        bold.setBold(True)
        self.remedy_heading.setFont(bold)
        self.feasible_text = common.paragraph(self.shortfall_frame)
        self.use_budget_button = QPushButton(self.shortfall_frame)
        negotiate_row = FlowLayout()
        self.negotiate_label = QLabel(self.shortfall_frame)
        self.negotiate_box = QComboBox(self.shortfall_frame)
        self.negotiate_months_label = QLabel(self.shortfall_frame)
        self.negotiate_months = QSpinBox(self.shortfall_frame)
        self.negotiate_months.setRange(3, 120)
        self.negotiate_months.setValue(NEGOTIATE_MONTHS)
        self.negotiate_label.setBuddy(self.negotiate_box)
        self.negotiate_months_label.setBuddy(self.negotiate_months)
        for widget in (
            self.negotiate_label,
            self.negotiate_box,
            self.negotiate_months_label,
            self.negotiate_months,
        ):
            negotiate_row.addWidget(widget)
        self.negotiate_text = common.paragraph(self.shortfall_frame)
        layout.addWidget(self.shortfall_heading)
        layout.addWidget(self.shortfall_text)
        layout.addWidget(self.overdue_text)
        layout.addWidget(self.calculator_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.remedy_heading)
        layout.addWidget(self.feasible_text)
        layout.addWidget(self.use_budget_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(negotiate_row)
        layout.addWidget(self.negotiate_text)
        self.shortfall_frame.hide()
        self.body.addWidget(self.shortfall_frame)

    def _build_strategies(self) -> None:
        from duewise.ui.charts.planner_charts import PlannerChart

        frame, layout = common.card(self)
        self.strategies_heading = common.heading(2, frame)
        layout.addWidget(self.strategies_heading)
        self.strategy_table = QTableWidget(len(STRATEGY_ORDER), 4, frame)
        self.strategy_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.strategy_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.strategy_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.strategy_table.verticalHeader().hide()
        self.strategy_table.setTabKeyNavigation(False)
        header = self.strategy_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for r in range(len(STRATEGY_ORDER)):
            for c in range(4):
                self.strategy_table.setItem(r, c, QTableWidgetItem())
        self.strategy_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.strategy_table)
        self.recommendation = common.paragraph(frame)
        self.strategy_help = common.paragraph(frame, muted=True)
        layout.addWidget(self.recommendation)
        layout.addWidget(self.strategy_help)
        self.chart = PlannerChart(frame)
        self.chart.set_text_scale(self.context.text_scale)
        layout.addWidget(self.chart)
        self.body.addWidget(frame)
        # Rows wrap their text: when the table gets wider or narrower they need another height.
        self.strategy_table.installEventFilter(self)
        self._fit_strategy_table()

    def _build_plan(self) -> None:
        frame, layout = common.card(self)
        self.plan_heading = common.heading(2, frame)
        self.plan_summary = common.paragraph(frame)
        self.payoff_text = common.paragraph(frame)
        layout.addWidget(self.plan_heading)
        layout.addWidget(self.plan_summary)
        layout.addWidget(self.payoff_text)
        self.schedule_view = QTableView(frame)
        self.schedule_view.setModel(self.schedule_model)
        self.schedule_view.setAlternatingRowColors(True)
        self.schedule_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.schedule_view.verticalHeader().hide()
        self.schedule_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.schedule_view.setTabKeyNavigation(False)
        self.schedule_view.setMinimumHeight(300)
        self.schedule_view.horizontalHeader().setDefaultSectionSize(120)
        layout.addWidget(self.schedule_view)
        self.body.addWidget(frame)

    def _build_warnings(self) -> None:
        frame, layout = common.card(self)
        self.warnings_heading = common.heading(2, frame)
        self.warnings_intro = common.paragraph(frame, muted=True)
        layout.addWidget(self.warnings_heading)
        layout.addWidget(self.warnings_intro)
        self.warning_boxes = QGridLayout()
        layout.addLayout(self.warning_boxes)
        self.warning_labels: list[QLabel] = []
        self.warnings_frame = frame
        self.body.addWidget(frame)

    def _build_take_away(self) -> None:
        frame, layout = common.card(self)
        self.take_heading = common.heading(2, frame)
        layout.addWidget(self.take_heading)
        save_row = FlowLayout()
        self.plan_name_label = QLabel(frame)
        self.plan_name_box = QComboBox(frame)
        self.plan_name_box.setEditable(True)
        self.plan_name_box.setMinimumWidth(220)
        self.plan_name_label.setBuddy(self.plan_name_box)
        self.save_button = QPushButton(frame)
        self.open_button = QPushButton(frame)
        self.delete_plan_button = QPushButton(frame)
        for widget in (
            self.plan_name_label,
            self.plan_name_box,
            self.save_button,
            self.open_button,
            self.delete_plan_button,
        ):
            save_row.addWidget(widget)
        layout.addLayout(save_row)
        export_row = FlowLayout()
        self.csv_button = QPushButton(frame)
        self.pdf_button = QPushButton(frame)
        self.ics_button = QPushButton(frame)
        self.record_button = QPushButton(frame)
        for widget in (self.csv_button, self.pdf_button, self.ics_button, self.record_button):
            export_row.addWidget(widget)
        layout.addLayout(export_row)
        self.progress = QProgressBar(frame)
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = common.paragraph(frame)
        layout.addWidget(self.status)
        self.body.addWidget(frame)

    def _build_actions(self) -> None:
        def action(keys: list[QKeySequence | str], slot, widget: QWidget, context) -> QAction:  # type: ignore[no-untyped-def]
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            widget.addAction(act)
            return act

        page_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.add_action = action(["Ctrl+N"], self._on_add_triggered, self, page_wide)
        self.insert_action = action(
            ["Insert"], self._on_add_triggered, self.debts_view, Qt.ShortcutContext.WidgetShortcut
        )
        self.delete_action = action(
            [QKeySequence.StandardKey.Delete],
            self._on_delete_triggered,
            self.debts_view,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.paste_action = action(
            [QKeySequence.StandardKey.Paste],
            self._on_paste_triggered,
            self.debts_view,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.up_action = action(
            ["Alt+Up"], self._on_up_triggered, self.debts_view, Qt.ShortcutContext.WidgetShortcut
        )
        self.down_action = action(
            ["Alt+Down"],
            self._on_down_triggered,
            self.debts_view,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.undo_action = self.debts_model.undo_stack.createUndoAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.setShortcutContext(page_wide)
        self.addAction(self.undo_action)
        self.redo_action = self.debts_model.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.redo_action.setShortcutContext(page_wide)
        self.addAction(self.redo_action)
        self.save_action = action(["Ctrl+S"], self._on_save_clicked, self, page_wide)
        self.help_action = action(
            ["F1"], self._on_help_triggered, self.strategy_table, Qt.ShortcutContext.WidgetShortcut
        )

    def _set_tab_order(self) -> None:
        chain = [
            self.clear_example_button,
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.paste_button,
            self.import_button,
            self.undo_button,
            self.debts_view,
            self.budget_edit,
            self.extra_edit,
            self.start_edit,
            self.currency_box,
            self.lump_month_edit,
            self.lump_amount_edit,
            self.lump_add_button,
            self.lump_remove_button,
            self.lump_list,
            self.calculator_button,
            self.use_budget_button,
            self.negotiate_box,
            self.negotiate_months,
            self.strategy_table,
            self.schedule_view,
            self.plan_name_box,
            self.save_button,
            self.open_button,
            self.delete_plan_button,
            self.csv_button,
            self.pdf_button,
            self.ics_button,
            self.record_button,
        ]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _connect_signals(self) -> None:
        self.clear_example_button.clicked.connect(self._on_clear_example_clicked)
        self.add_button.clicked.connect(self._on_add_triggered)
        self.delete_button.clicked.connect(self._on_delete_triggered)
        self.up_button.clicked.connect(self._on_up_triggered)
        self.down_button.clicked.connect(self._on_down_triggered)
        self.paste_button.clicked.connect(self._on_paste_triggered)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.undo_button.clicked.connect(self.debts_model.undo_stack.undo)
        self.debts_model.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.debts_model.dataChanged.connect(self._on_debts_changed)
        self.debts_model.modelReset.connect(self._on_debts_changed)
        self.budget_edit.textChanged.connect(self.recompute)
        self.extra_edit.textChanged.connect(self.recompute)
        self.start_edit.dateChanged.connect(self.recompute)
        self.currency_box.currentIndexChanged.connect(self._on_currency_changed)
        self.lump_add_button.clicked.connect(self._on_lump_add_clicked)
        self.lump_amount_edit.returnPressed.connect(self._on_lump_add_clicked)
        self.lump_remove_button.clicked.connect(self._on_lump_remove_clicked)
        self.calculator_button.clicked.connect(self._on_calculator_clicked)
        self.use_budget_button.clicked.connect(self._on_use_budget_clicked)
        self.negotiate_box.activated.connect(self._on_negotiate_changed)
        self.negotiate_months.valueChanged.connect(self._on_negotiate_changed)
        self.strategy_table.currentCellChanged.connect(self._on_strategy_current_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.delete_plan_button.clicked.connect(self._on_delete_plan_clicked)
        self.csv_button.clicked.connect(self._on_csv_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.ics_button.clicked.connect(self._on_ics_clicked)
        self.record_button.clicked.connect(self._on_record_clicked)
        self.context.appearance_changed.connect(self._on_appearance_changed)
        self.context.data_deleted.connect(self.refresh_saved_names)
        # Another learner's data: re-read it as after a deletion.
        self.context.profile_changed.connect(lambda _profile: self.refresh_saved_names())

    def _load_example(self) -> None:
        self.debts_model.set_rows(EXAMPLE_ROWS)
        self.budget_edit.setText(EXAMPLE_BUDGET)

    # --- texts ------------------------------------------------------------------------------

    def strategy_names(self) -> dict[Strategy, str]:
        """Each strategy's name in the current language."""
        return {
            Strategy.AVALANCHE: self.tr("Avalanche (highest rate first)"),
            Strategy.SNOWBALL: self.tr("Snowball (smallest balance first)"),
            Strategy.CUSTOM: self.tr("Your order (the table's order)"),
            Strategy.MINIMUM_ONLY: self.tr("Minimum payments only"),
        }

    def strategy_explanations(self) -> dict[Strategy, str]:
        """One line per strategy (tooltip and F1)."""
        return {
            Strategy.AVALANCHE: self.tr(
                "Pay every minimum, then put all the money left on the debt with the highest "
                "interest rate: the least interest in total."
            ),
            Strategy.SNOWBALL: self.tr(
                "Pay every minimum, then clear the smallest balance first: a quick first win "
                "that keeps you going, usually at a little more interest."
            ),
            Strategy.CUSTOM: self.tr(
                "Pay every minimum, then follow the order of your table (move rows with "
                "Alt+Up/Alt+Down or drag them)."
            ),
            Strategy.MINIMUM_ONLY: self.tr(
                "Pay only the minimums and nothing more: the baseline that shows what the "
                "other plans save."
            ),
        }

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.debts_model.language = self.context.language
        self.schedule_model.language = self.context.language
        self.title.setText(self.tr("Repayment planner"))
        self.intro.setText(
            self.tr(
                "List your debts and the money you can put towards them each month. The planner "
                "compares ways to pay them off and gives you a month-by-month plan to follow."
            )
        )
        self.example_label.setText(
            self.tr(
                "This is an example (a 白条 bill, a bank card and a personal loan with a budget "
                "of ¥2,500). Change it to your own debts, or clear it to start empty."
            )
        )
        self.clear_example_button.setText(self.tr("Clear the example"))
        self.clear_example_button.setAccessibleName(self.tr("Clear the example"))
        self.debts_heading.setText(self.tr("Your debts"))
        for button, text, name in (
            (self.add_button, self.tr("&Add debt"), self.tr("Add a debt (Ctrl+N or Insert)")),
            (self.delete_button, self.tr("De&lete"), self.tr("Delete the selected debts (Delete)")),
            (self.up_button, self.tr("Move &up"), self.tr("Move the debt up (Alt+Up)")),
            (self.down_button, self.tr("Move do&wn"), self.tr("Move the debt down (Alt+Down)")),
            (
                self.paste_button,
                self.tr("&Paste rows"),
                self.tr("Paste debts copied from a spreadsheet (Ctrl+V)"),
            ),
            (self.import_button, self.tr("&Import CSV…"), self.tr("Import debts from a CSV file")),
            (self.undo_button, self.tr("U&ndo"), self.tr("Undo the last change (Ctrl+Z)")),
        ):
            _label_button(button, text, name)
        self.undo_button.setEnabled(self.debts_model.undo_stack.canUndo())
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.debts_view.setAccessibleName(self.tr("Debts"))
        self.debts_view.setAccessibleDescription(
            self.tr("Type to edit a cell. Delete removes rows, Ctrl+Z undoes.")
        )
        self.debts_hint.setText(
            self.tr(
                "Rates: the APR, or the daily rate Chinese lenders quote (0.05 % a day = 18.25 % "
                "a year); type either. Minimum: a percent of the balance, at least an amount "
                "(a loan's instalment is an amount with 0 %). The table's order is the order "
                "of “Your order”."
            )
        )
        self.money_heading.setText(self.tr("Money for your debts"))
        symbol = "¥" if self.currency() == "CNY" else "$"
        self.budget_label.setText(self.tr("Monthly &budget (%1)").replace("%1", symbol))
        self.extra_label.setText(self.tr("Recurring &extra (%1)").replace("%1", symbol))
        self.start_label.setText(self.tr("First payment &month"))
        self.currency_label.setText(self.tr("&Currency"))
        self.budget_edit.setAccessibleName(self.tr("Monthly budget"))
        self.extra_edit.setAccessibleName(self.tr("Recurring extra payment"))
        self.start_edit.setAccessibleName(self.tr("First payment month"))
        self.currency_box.setAccessibleName(self.tr("Currency"))
        self.budget_edit.setToolTip(self.tr("What you can pay towards all debts each month."))
        self.extra_edit.setToolTip(self.tr("An extra amount you add every month on top."))
        self.lump_heading.setText(
            self.tr("One-off payments (a bonus, a 年终奖) on the month you choose:")
        )
        self.lump_month_label.setText(self.tr("M&onth"))
        self.lump_amount_label.setText(self.tr("Amoun&t"))
        self.lump_add_button.setText(self.tr("Add one-off"))
        self.lump_remove_button.setText(self.tr("Remove one-off"))
        self.lump_month_edit.setAccessibleName(self.tr("Month of the one-off payment"))
        self.lump_amount_edit.setAccessibleName(self.tr("Amount of the one-off payment"))
        self.lump_add_button.setAccessibleName(self.tr("Add one-off payment"))
        self.lump_remove_button.setAccessibleName(self.tr("Remove the selected one-off payment"))
        self.lump_list.setAccessibleName(self.tr("One-off payments"))
        self.shortfall_heading.setText(self.tr("Your budget does not cover the minimum payments"))
        self.remedy_heading.setText(self.tr("What you can do"))
        self.calculator_button.setAccessibleName(
            self.tr("Open the missed-payment calculator for this debt")
        )
        self.negotiate_label.setText(self.tr("Ask the lender for an instalment plan on"))
        self.negotiate_months_label.setText(self.tr("over (months)"))
        self.negotiate_box.setAccessibleName(self.tr("Debt to negotiate"))
        self.negotiate_months.setAccessibleName(self.tr("Months of the negotiated plan"))
        self.strategies_heading.setText(self.tr("Strategies side by side"))
        self.strategy_table.setHorizontalHeaderLabels(
            [
                self.tr("Strategy"),
                self.tr("Debt-free"),
                self.tr("Total interest"),
                self.tr("Total paid"),
            ]
        )
        self.strategy_table.setAccessibleName(self.tr("Strategies"))
        self.strategy_table.setAccessibleDescription(
            self.tr("Choose a row to see its plan below. F1 explains the strategy.")
        )
        self.plan_heading.setText(self.tr("Your plan month by month"))
        self.schedule_view.setAccessibleName(self.tr("Month-by-month schedule"))
        self.warnings_heading.setText(self.tr("Minimum payment warning"))
        self.warnings_intro.setText(
            self.tr(
                "As a US card statement must show it: what paying only the minimum costs, next to "
                "paying the balance off in 3 years."
            )
        )
        self.take_heading.setText(self.tr("Keep and take away"))
        self.plan_name_label.setText(self.tr("Plan &name"))
        self.plan_name_box.setAccessibleName(self.tr("Plan name"))
        for button, text, name in (
            (self.save_button, self.tr("&Save"), self.tr("Save the plan under this name (Ctrl+S)")),
            (self.open_button, self.tr("&Open"), self.tr("Open the saved plan with this name")),
            (self.delete_plan_button, self.tr("Delete saved"), self.tr("Delete the saved plan")),
            (self.csv_button, self.tr("Schedule as CSV…"), self.tr("Export the schedule as CSV")),
            (self.pdf_button, self.tr("Printable PDF…"), self.tr("Export a printable PDF plan")),
            (
                self.ics_button,
                self.tr("Calendar (.ics)…"),
                self.tr("Export every due date with a reminder two days before"),
            ),
            (
                self.record_button,
                self.tr("Record this month's payments…"),
                self.tr("Record what you actually paid and re-plan from the real balances"),
            ),
        ):
            _label_button(button, text, name)
        self.debts_model.retranslate()
        self._refresh_lump_list()
        self._render()

    def currency(self) -> str:
        """The plan's currency code."""
        return str(self.currency_box.currentData())

    def money(self, amount: Decimal) -> str:
        """An amount in the plan's currency and the current language."""
        key = (str(amount), self.currency(), self.context.language)
        text = self._formatted.get(key)
        if text is None:
            # babel takes a fraction of a millisecond per amount; an edit shows dozens of them
            text = formatting.money(amount, key[1], key[2])
            self._remember(key, text)
        return text

    def month_date(self, month: int) -> dt.date:
        """The date of plan month ``month`` (1 = the first payment month), on the 1st."""
        start = self.start_edit.date()
        first = dt.date(start.year(), start.month(), 1)
        return first + relativedelta(months=month - 1)

    def month_text(self, month: int) -> str:
        """Plan month ``month`` as ``2026年11月`` / ``Nov 2026``."""
        key = (month, self.start_edit.date().toString("yyyy-MM"), self.context.language)
        text = self._formatted.get(key)
        if text is None:
            text = formatting.month(self.month_date(month), self.context.language)
            self._remember(key, text)
        return text

    def _remember(self, key: tuple[object, ...], text: str) -> None:
        if len(self._formatted) > 20_000:
            self._formatted.clear()
        self._formatted[key] = text

    # --- inputs -----------------------------------------------------------------------------

    @staticmethod
    def _show_error(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _amount(self, edit: QLineEdit, error: QLabel, *, required: bool) -> Decimal | None:
        text = edit.text().strip()
        if not text:
            if required:
                self._show_error(error, self.tr("Enter the amount you can pay each month."))
                return None
            self._show_error(error, "")
            return ZERO
        try:
            value = to_decimal(text)
        except MoneyError:
            self._show_error(error, self.tr("Enter a number, such as 2500."))
            return None
        if value < 0:
            self._show_error(error, self.tr("Must not be negative."))
            return None
        if value > MAX_AMOUNT:
            self._show_error(error, self.tr("Too large."))
            return None
        self._show_error(error, "")
        return value

    def _debt_problems(self) -> list[str]:
        errors = self.debts_model.errors()
        lines = []
        for (row, column), code in sorted(errors.items()):
            name = self.debts_model.rows[row].name or self.tr("row %1").replace("%1", str(row + 1))
            title = str(self.debts_model.headerData(column, Qt.Orientation.Horizontal))
            lines.append(
                self.tr("Row %1 (%2), %3: %4")
                .replace("%1", str(row + 1))
                .replace("%2", name)
                .replace("%3", title)
                .replace("%4", error_message(code))
            )
        return lines

    def order(self) -> list[str]:
        """Debt names in the table's order (the custom order)."""
        return [row.name.strip() for row in self.debts_model.rows]

    # --- computing --------------------------------------------------------------------------

    def recompute(self) -> None:
        """Gather the inputs, run every strategy, and show the result (the last valid stays)."""
        budget = self._amount(self.budget_edit, self.budget_error, required=True)
        extra = self._amount(self.extra_edit, self.extra_error, required=False)
        problems = self._debt_problems()
        if not self.debts_model.rows:
            problems = [self.tr("Add at least one debt to see a plan.")]
        self.debts_errors.setText("\n".join(problems))
        self.debts_errors.setVisible(bool(problems))
        if budget is None or extra is None or problems:
            return
        debts = self.debts_model.debts()
        lumps = {m: a for m, a in self.lumps.items() if m <= planner.HORIZON_MONTHS}
        order = self.order()
        # Everything the result and its rendering depend on: an edit that changes none of it
        # (e.g. "3000" → "3000.0") needs no new run and no redraw.
        key = (
            tuple(debts),
            budget,
            extra,
            tuple(sorted(lumps.items())),
            tuple(order),
            self.negotiate_box.currentData(),
            self.negotiate_months.value(),
            self.start_edit.date(),
            self.context.language,
            self.currency(),
            self.chosen,
        )
        if self.comparison is not None and key == self._computed_key:
            return
        try:
            comparison = planner.compare(debts, budget, extra=extra, lump_sums=lumps, order=order)
            need = None
            negotiation = None
            if comparison.reason is RecommendationReason.BUDGET_BELOW_MINIMUMS:
                need = planner_tools.feasible_budget(
                    debts, extra=extra, lump_sums=lumps, order=order
                )
                negotiation = self._negotiate(
                    debts=debts,
                    budget=budget,
                    extra=extra,
                    lumps=lumps,
                    order=order,
                    comparison=comparison,
                )
        except MoneyError as exc:
            self.debts_errors.setText(error_message(exc.code))
            self.debts_errors.show()
            return
        self.comparison = comparison
        self._computed_key = key
        self.feasible_need = need
        self.negotiation = negotiation
        self._valid_debts = debts
        self._budget, self._extra = budget, extra
        self._render()
        self.plan_changed.emit()

    def _first_shortfall(self) -> planner.Shortfall | None:
        if self.comparison is None:
            return None
        found = [
            self.comparison.results[s].shortfall
            for s in STRATEGY_ORDER[:3]
            if self.comparison.results[s].shortfall is not None
        ]
        return min(found, key=lambda f: f.month) if found else None  # type: ignore[union-attr]

    def _negotiate(
        self,
        *,
        debts: list[planner.Debt],
        budget: Decimal,
        extra: Decimal,
        lumps: dict[int, Decimal],
        order: list[str],
        comparison: planner.Comparison,
    ) -> planner_tools.NegotiatedPlan:
        names = [d.name for d in debts]
        chosen = self.negotiate_box.currentData()
        if chosen not in names:
            shortfalls = [
                comparison.results[s].shortfall
                for s in STRATEGY_ORDER[:3]
                if comparison.results[s].shortfall is not None
            ]
            overdue = [n for f in shortfalls if f is not None for n in f.overdue]
            # The debt with the largest minimum frees the most money when spread out.
            chosen = overdue[0] if overdue else names[0]
        return planner_tools.negotiated_plan(
            debts,
            budget,
            str(chosen),
            self.negotiate_months.value(),
            extra=extra,
            lump_sums=lumps,
            order=order,
        )

    # --- rendering --------------------------------------------------------------------------

    def _render(self) -> None:
        if self.comparison is None:
            return
        comparison = self.comparison
        if self.chosen is not None:
            self.shown = self.chosen
        else:
            self.shown = comparison.recommended or Strategy.AVALANCHE
        # The chart first: its blit paints at once, before the tables and texts below are
        # changed (their repaints would otherwise be flushed with it, and delay it).
        self._render_chart()
        self._render_strategies()
        self._render_plan()
        self._render_shortfall()
        self._render_warnings()
        self.example_frame.setVisible(tuple(self.debts_model.rows) == EXAMPLE_ROWS)

    def debt_free_text(self, result: planner.PlanResult) -> str:
        """When a strategy ends: a month and the count, or why it does not."""
        if not result.feasible and result.shortfall is not None:
            return self.tr("Short in %1").replace("%1", self.month_text(result.shortfall.month))
        if not result.repaid or result.months is None:
            return self.tr("Not within 50 years")
        return (
            self.tr("%1 (%2 months)")
            .replace("%1", self.month_text(result.months))
            .replace("%2", str(result.months))
        )

    def _render_strategies(self) -> None:
        assert self.comparison is not None
        names = self.strategy_names()
        explanations = self.strategy_explanations()
        recommended = self.comparison.recommended
        table = self.strategy_table
        table.blockSignals(True)
        for r, strategy in enumerate(STRATEGY_ORDER):
            result = self.comparison.results[strategy]
            name = names[strategy]
            if strategy is recommended:
                name = "★ " + name + "  " + self.tr("(recommended)")
            values = (
                name,
                self.debt_free_text(result),
                self.money(result.total_interest) if result.feasible else "—",
                self.money(result.total_paid) if result.feasible else "—",
            )
            # Only what changed: every item change makes the table lay out and repaint.
            style = (explanations[strategy], strategy is recommended, table.font().key())
            restyle = self._strategy_styles.get(strategy) != style
            self._strategy_styles[strategy] = style
            for c, text in enumerate(values):
                item = table.item(r, c)
                if item.text() != text:
                    item.setText(text)
                if not restyle:
                    continue
                item.setToolTip(explanations[strategy])
                item.setWhatsThis(explanations[strategy])
                font = QFont(table.font())
                font.setBold(strategy is recommended)
                item.setFont(font)
                item.setBackground(
                    QBrush(QColor("#dff3e4")) if strategy is recommended else QBrush()
                )
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
        table.setCurrentCell(STRATEGY_ORDER.index(self.shown), 0)
        table.blockSignals(False)
        self._fit_strategy_table()
        self.recommendation.setText(self.recommendation_text())
        self.strategy_help.setText(
            explanations[self.shown] + "  " + self.tr("(F1 or hover for each strategy)")
        )

    def screenshot_focus(self) -> QWidget:
        """What the README's picture of this page shows: the strategies and their chart."""
        return self.strategies_heading.parentWidget() or self.strategies_heading

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the strategy table's rows again when its width changes."""
        if (
            watched is self.strategy_table
            and event.type() == QEvent.Type.Resize
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            self._fit_strategy_table()
        return super().eventFilter(watched, event)

    def _fit_strategy_table(self) -> None:
        table = self.strategy_table
        # Large text: the name and the debt-free date share the width and wrap (as one line each
        # they would push the amounts out of view).
        header = table.horizontalHeader()
        large = self._large_text()
        if large:
            # The date column as wide as its longest word, so the names get the rest.
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
            words = [table.horizontalHeaderItem(1).text() if table.horizontalHeaderItem(1) else ""]
            bold = QFont(table.font())
            bold.setBold(True)
            metrics = QFontMetrics(bold)
            for row in range(table.rowCount()):
                item = table.item(row, 1)
                if item is not None:
                    words.extend(item.text().split())
            widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
            header.resizeSection(1, widest + 2 * metrics.averageCharWidth())
        else:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setTextElideMode(Qt.TextElideMode.ElideNone if large else Qt.TextElideMode.ElideRight)
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height + 2)

    def recommendation_text(self) -> str:
        """Why the highlighted strategy is recommended, in plain words."""
        assert self.comparison is not None
        comparison = self.comparison
        names = self.strategy_names()
        if comparison.reason is RecommendationReason.BUDGET_BELOW_MINIMUMS:
            return self.tr(
                "No strategy works yet: the budget does not cover the minimum payments (see the "
                "warning above)."
            )
        if comparison.reason is RecommendationReason.NOT_REPAID_WITHIN_HORIZON:
            return self.tr(
                "No strategy repays these debts within 50 years with this budget: the payments "
                "barely cover the interest. A larger budget is needed."
            )
        assert comparison.recommended is not None
        best = comparison.results[comparison.recommended]
        baseline = comparison.results[Strategy.MINIMUM_ONLY]
        if comparison.reason is RecommendationReason.SAME_INTEREST_EARLIER_FIRST_PAYOFF:
            text = self.tr(
                "Recommended: %1. It costs the same interest as the avalanche but clears a first "
                "debt sooner, which helps you keep going."
            ).replace("%1", names[comparison.recommended])
        else:
            text = (
                self.tr(
                    "Recommended: %1, because it costs the least interest: %2, debt-free by %3."
                )
                .replace("%1", names[comparison.recommended])
                .replace("%2", self.money(best.total_interest))
                .replace("%3", self.month_text(best.months or 0))
            )
        if baseline.feasible and baseline.repaid:
            saved = baseline.total_interest - best.total_interest
            if saved > 0:
                text += " " + self.tr(
                    "That is %1 less interest than paying only the minimums."
                ).replace("%1", self.money(saved))
        elif baseline.feasible:
            text += " " + self.tr(
                "Paying only the minimums would not clear these debts in 50 years."
            )
        return text

    def _render_chart(self) -> None:
        assert self.comparison is not None
        keys = {s: s.value for s in STRATEGY_ORDER}
        names = self.strategy_names()
        series = {
            keys[s]: [sum(raw[3]) / 100 for raw in self.comparison.results[s].raw_months]
            for s in STRATEGY_ORDER
        }
        start = [float(d.balance) for d in self._valid_debts]
        self.chart.set_texts(
            strategy_title=self.tr("Total balance by strategy"),
            plan_title=self.tr("Your plan: balance of each debt"),
            x_label=self.tr("Month"),
            y_label=self.currency(),
            strategy_names={keys[s]: names[s] for s in STRATEGY_ORDER},
        )
        self.chart.update_strategies(series, sum(start))
        result = self.comparison.results[self.shown]
        balances = [
            [raw[3][i] / 100 for raw in result.raw_months] for i in range(len(result.names))
        ]
        self.chart.update_plan(list(result.names), balances, start)
        self.chart.redraw()

    def _render_plan(self) -> None:
        assert self.comparison is not None
        result = self.comparison.results[self.shown]
        names = self.strategy_names()
        self.plan_heading.setText(
            self.tr("Your plan month by month: %1").replace("%1", names[self.shown])
        )
        self.schedule_model.currency = self.currency()
        self.schedule_model.set_plan(result, self.month_text)
        # Wide enough for a six-figure amount at the current text size (no per-cell measuring).
        metrics = self.schedule_view.fontMetrics()
        widest = metrics.horizontalAdvance(self.money(Decimal("888888.88")))
        header = self.schedule_view.horizontalHeader()
        if header.defaultSectionSize() != widest + 2 * metrics.height():
            header.setDefaultSectionSize(widest + 2 * metrics.height())
        if result.repaid and result.months is not None:
            summary = (
                self.tr("Debt-free by %1 (%2 months). Total interest %3, total paid %4.")
                .replace("%1", self.month_text(result.months))
                .replace("%2", str(result.months))
                .replace("%3", self.money(result.total_interest))
                .replace("%4", self.money(result.total_paid))
            )
        elif not result.feasible:
            summary = self.tr(
                "This plan stops in the month the budget falls short of the minimums."
            )
        else:
            summary = self.tr("This plan does not repay the debts within 50 years.")
        self.plan_summary.setText(summary)
        parts = []
        for name in result.names:
            month = result.payoff_months.get(name)
            if month is None:
                parts.append(self.tr("%1: not repaid").replace("%1", name))
            else:
                parts.append(
                    self.tr("%1: paid off in %2 (month %3)")
                    .replace("%1", name)
                    .replace("%2", self.month_text(month))
                    .replace("%3", str(month))
                )
        self.payoff_text.setText(self.tr("Each debt: ") + "; ".join(parts))

    def _render_shortfall(self) -> None:
        shortfall = self._first_shortfall()
        if shortfall is None or self.comparison is None:
            self.shortfall_frame.hide()
            return
        self.shortfall_frame.show()
        self.shortfall_text.setText(
            self.tr("In %1 the minimum payments come to %2, but only %3 is available: %4 short.")
            .replace("%1", self.month_text(shortfall.month))
            .replace("%2", self.money(shortfall.minimums_due))
            .replace("%3", self.money(shortfall.available))
            .replace("%4", self.money(shortfall.amount))
        )
        first = shortfall.overdue[0] if shortfall.overdue else self._valid_debts[0].name
        row = next(r for r in self.debts_model.rows if r.name.strip() == first)
        debt = next(d for d in self._valid_debts if d.name == first)
        product = self._product_for(row)
        cost_text = ""
        try:
            start = self.month_date(shortfall.month)
            simulation = planner_tools.overdue_cost(
                product, debt.balance, (start.year, start.month)
            )
            cost_text = " " + self.tr(
                "Missing one payment on it and catching up the month after costs about %1 more "
                "(late charges and interest), and the late payment is reported to your credit "
                "record (征信)."
            ).replace("%1", self.money(simulation.extra_cost))
        except MoneyError:
            cost_text = ""
        overdue_names = (
            "、".join(shortfall.overdue)
            if self.context.language == "zh_CN"
            else ", ".join(shortfall.overdue)
        )
        self.overdue_text.setText(
            self.tr("%1 would go overdue first (not paid: %2).")
            .replace("%1", first)
            .replace("%2", overdue_names or first)
            + cost_text
        )
        self._overdue_params = {
            "product": product.id,
            "amount": format(debt.balance, "f"),
            "scenario": "miss:1",
            "then": "catch-up",
        }
        self.calculator_button.setText(
            self.tr("See what missing a payment on %1 costs").replace("%1", first)
        )
        if self.feasible_need is not None and self._budget is not None:
            more = self.feasible_need - self._budget
            self.feasible_text.setText(
                self.tr("• A budget of %1 a month covers every minimum (%2 more than now).")
                .replace("%1", self.money(self.feasible_need))
                .replace("%2", self.money(max(more, ZERO)))
            )
            self.use_budget_button.setText(
                self.tr("Use %1 as my budget").replace("%1", self.money(self.feasible_need))
            )
            self.use_budget_button.setAccessibleName(self.use_budget_button.text())
        # The negotiation choices follow the debts.
        current = self.negotiation.name if self.negotiation else None
        self.negotiate_box.blockSignals(True)
        self.negotiate_box.clear()
        for d in self._valid_debts:
            self.negotiate_box.addItem(d.name, d.name)
        if current is not None:
            self.negotiate_box.setCurrentIndex(max(0, self.negotiate_box.findData(current)))
        self.negotiate_box.blockSignals(False)
        self.negotiate_text.setText(self.negotiation_text())

    def negotiation_text(self) -> str:
        """What the negotiated instalment plan would do, in plain words."""
        outcome = self.negotiation
        if outcome is None:
            return ""
        text = (
            self.tr(
                "• An instalment plan (个性化分期) on %1 over %2 months with no further interest: "
                "its payment falls from %3 to %4 a month."
            )
            .replace("%1", outcome.name)
            .replace("%2", str(outcome.months))
            .replace("%3", self.money(outcome.minimum_before))
            .replace("%4", self.money(outcome.payment))
        )
        if outcome.feasible and outcome.comparison.recommended is not None:
            best = outcome.comparison.results[outcome.comparison.recommended]
            if best.repaid and best.months is not None:
                return (
                    text
                    + " "
                    + self.tr(
                        "Your budget would then cover every minimum, and you would be debt-free by "
                        "%1."
                    ).replace("%1", self.month_text(best.months))
                )
        if outcome.feasible:
            return text + " " + self.tr("Your budget would then cover every minimum.")
        return (
            text
            + " "
            + self.tr("Even then the budget is short: you would need %1 a month.").replace(
                "%1", self.money(outcome.feasible_budget)
            )
        )

    def _product_for(self, row: DebtRow) -> products.Product:
        preset = self.presets.get(row.product)
        if preset is not None:
            return preset
        return self.presets["us_card" if self.currency() == "USD" else "cn_bank_card"]

    def _render_warnings(self) -> None:
        card_like = [d for d in self._valid_debts if d.minimum.rate > 0]
        self.warnings_frame.setVisible(bool(card_like))
        # Labels are kept and re-used: rebuilding them on every edit would cost a relayout.
        while len(self.warning_labels) < len(card_like):
            label = QLabel(self.warnings_frame)
            label.setObjectName("plannerMinBox")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setStyleSheet(
                "QLabel#plannerMinBox { border: 2px solid #333; padding: 8px;"
                " background: #fffdf5; color: #1f1f1f; }"
            )
            self.warning_labels.append(label)
            self._place_warning_boxes()
        for i, label in enumerate(self.warning_labels):
            if i >= len(card_like):
                label.hide()
                continue
            debt = card_like[i]
            if debt not in self._disclosures:
                try:
                    self._disclosures[debt] = disclosure.minimum_payment_disclosure(
                        debt.balance, debt.annual_rate, debt.minimum.rate, debt.minimum.floor
                    )
                except MoneyError:
                    self._disclosures[debt] = None
            label.setText(self.warning_html(debt, self._disclosures[debt]))
            label.setAccessibleName(
                self.tr("Minimum payment warning for %1").replace("%1", debt.name)
            )
            label.show()

    def warning_html(
        self, debt: planner.Debt, info: disclosure.MinimumPaymentDisclosure | None
    ) -> str:
        """The statement-style box for one debt (rich text, names escaped)."""
        name = html.escape(debt.name)
        head = "<b>" + self.tr("Minimum payment warning: %1").replace("%1", name) + "</b><br>"
        if info is None:
            return head + html.escape(self.tr("Not available for these terms."))
        if not info.repaid or info.months is None or info.total_minimum is None:
            body = self.tr(
                "If you make only the minimum payment each month, you will never pay off this "
                "balance: the minimum does not cover the interest."
            )
        else:
            body = (
                self.tr(
                    "If you make only the minimum payment each month, you will pay off this "
                    "balance in about %1 years (%2 months) and pay an estimated total of %3."
                )
                .replace("%1", str(info.years_shown))
                .replace("%2", str(info.months))
                .replace("%3", self.money(info.total_minimum))
            )
        body36 = (
            self.tr(
                "If you pay %1 each month, you will pay it off in 3 years and pay an estimated "
                "total of %2."
            )
            .replace("%1", self.money(info.payment_36))
            .replace("%2", self.money(info.total_36))
        )
        if info.savings is not None and info.savings > 0:
            body36 += " " + self.tr("Savings: %1.").replace("%1", self.money(info.savings))
        return head + html.escape(body) + "<br>" + html.escape(body36)

    # --- slots: debts ---------------------------------------------------------------------------

    def _on_debts_changed(self, *args: object) -> None:
        del args
        self.recompute()

    def _selected_rows(self) -> list[int]:
        rows = {i.row() for i in self.debts_view.selectionModel().selectedRows()}
        current = self.debts_view.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return sorted(rows)

    def _on_add_triggered(self) -> None:
        rows = list(self.debts_model.rows)
        names = {r.name for r in rows}
        number = len(rows) + 1
        while self.tr("Debt %1").replace("%1", str(number)) in names:
            number += 1
        name = self.tr("Debt %1").replace("%1", str(number))
        rows.append(DebtRow(name, CUSTOM, "", "", "10", "0", "10"))
        self.debts_model.apply(rows, self.tr("Add debt"))
        index = self.debts_model.index(len(rows) - 1, COL_NAME)
        self.debts_view.setFocus()
        self.debts_view.setCurrentIndex(index)
        self.debts_view.edit(index)

    def _on_delete_triggered(self) -> None:
        selected = self._selected_rows()
        if not selected:
            return
        rows = [r for i, r in enumerate(self.debts_model.rows) if i not in selected]
        self.debts_model.apply(rows, self.tr("Delete debts"))
        self.status.setText(
            self.tr("Deleted %1 debt(s). Ctrl+Z brings them back.").replace(
                "%1", str(len(selected))
            )
        )
        if rows:
            self.debts_view.setCurrentIndex(
                self.debts_model.index(min(selected[0], len(rows) - 1), COL_NAME)
            )

    def _move(self, step: int) -> None:
        selected = self._selected_rows()
        if not selected:
            return
        current = self.debts_view.currentIndex()
        column = current.column() if current.isValid() else COL_NAME
        if step < 0 and selected[0] == 0:
            return
        if step > 0 and selected[-1] >= len(self.debts_model.rows) - 1:
            return
        target = selected[0] - 1 if step < 0 else selected[-1] + 2
        self.debts_model.move_rows(selected, target)
        first = selected[0] + step
        self.debts_view.setCurrentIndex(self.debts_model.index(first, column))

    def _on_up_triggered(self) -> None:
        self._move(-1)

    def _on_down_triggered(self) -> None:
        self._move(1)

    def _on_paste_triggered(self) -> None:
        text = QGuiApplication.clipboard().text()
        self.import_text(text)

    def _on_import_clicked(self) -> None:
        path = self.ask_open_path(
            self, self.tr("Import debts"), self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path is None:
            return
        try:  # a regular file within the size limit only (a pipe or 50 MB file: refused)
            raw = files.read_regular_file(path, debt_import.MAX_BYTES)
            text = raw.decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            self.status.setText(
                self.tr("Could not read %1 (it must be a UTF-8 text file).").replace(
                    "%1", str(path)
                )
            )
            return
        self.import_text(text)

    def import_text(self, text: str) -> int:
        """Read debts from pasted or imported text, show the preview, add the good rows."""
        if not text.strip():
            self.status.setText(self.tr("Nothing to paste: copy rows from a spreadsheet first."))
            return 0
        known = [r.name.strip() for r in self.debts_model.rows]
        try:
            parsed = debt_import.parse_debt_text(text, tuple(self.presets))
        except debt_import.DebtImportError:  # too many rows, or a cell too long
            self.status.setText(self.tr("Nothing was added."))
            return 0
        # A row whose name is already in the table is a duplicate too.
        rows = []
        for parsed_row in parsed:
            if parsed_row.debt is not None and parsed_row.debt.name in known:
                rows.append(
                    planner_tools.ImportRow(
                        parsed_row.line, parsed_row.cells, None, (("name", "duplicate_name"),)
                    )
                )
            else:
                rows.append(parsed_row)
        if not self.confirm_import(self, rows):
            self.status.setText(self.tr("Nothing was added."))
            return 0
        new_rows = list(self.debts_model.rows)
        added = 0
        for row in rows:
            debt = row.debt
            if debt is None:
                continue
            new_rows.append(
                DebtRow(
                    debt.name,
                    debt.product_id or CUSTOM,
                    format(debt.balance, "f"),
                    format((debt.annual_rate * 100).normalize(), "f"),
                    format((debt.min_rate * 100).normalize(), "f"),
                    format(debt.min_floor, "f"),
                    str(debt.due_day),
                )
            )
            added += 1
        self.debts_model.apply(new_rows, self.tr("Add pasted debts"))
        self.status.setText(self.tr("Added %1 debt(s).").replace("%1", str(added)))
        return added

    def _on_clear_example_clicked(self) -> None:
        self.debts_model.apply([], self.tr("Clear the example"))
        self.status.setText(self.tr("The example was cleared. Ctrl+Z brings it back."))
        self.example_frame.hide()
        self.add_button.setFocus()

    # --- slots: money -----------------------------------------------------------------------

    def _on_currency_changed(self, index: int) -> None:
        del index
        self.debts_model.currency = self.currency()
        self.debts_model.retranslate()
        self.retranslate_ui()
        self.recompute()

    def _lump_month_number(self) -> int:
        start = self.start_edit.date()
        chosen = self.lump_month_edit.date()
        return (chosen.year() - start.year()) * 12 + chosen.month() - start.month() + 1

    def _on_lump_add_clicked(self) -> None:
        month = self._lump_month_number()
        if not 1 <= month <= planner.HORIZON_MONTHS:
            self._show_error(
                self.lump_error, self.tr("Choose a month from the first payment month on.")
            )
            return
        try:
            amount = to_decimal(self.lump_amount_edit.text())
        except MoneyError:
            self._show_error(self.lump_error, self.tr("Enter a number, such as 5000."))
            return
        if amount <= 0 or amount > MAX_AMOUNT:
            self._show_error(self.lump_error, self.tr("Must be more than 0."))
            return
        self._show_error(self.lump_error, "")
        self.lumps[month] = self.lumps.get(month, ZERO) + amount
        self.lump_amount_edit.clear()
        self._refresh_lump_list()
        self.recompute()

    def _on_lump_remove_clicked(self) -> None:
        item = self.lump_list.currentItem()
        if item is None:
            return
        self.lumps.pop(int(item.data(Qt.ItemDataRole.UserRole)), None)
        self._refresh_lump_list()
        self.recompute()

    def _refresh_lump_list(self) -> None:
        self.lump_list.clear()
        for month, amount in sorted(self.lumps.items()):
            item = QListWidgetItem(
                self.tr("%1 (month %2): %3")
                .replace("%1", self.month_text(month))
                .replace("%2", str(month))
                .replace("%3", self.money(amount))
            )
            item.setData(Qt.ItemDataRole.UserRole, month)
            self.lump_list.addItem(item)
        self.lump_list.setVisible(bool(self.lumps))

    # --- slots: shortfall and strategies ----------------------------------------------------

    def _on_calculator_clicked(self) -> None:
        self.context.navigate("calculator", dict(self._overdue_params))

    def _on_use_budget_clicked(self) -> None:
        if self.feasible_need is not None:
            self.budget_edit.setText(format(self.feasible_need, "f"))
            self.budget_edit.setFocus()

    def _on_negotiate_changed(self, *args: object) -> None:
        del args
        self.recompute()

    def _on_strategy_current_changed(self, row: int, *args: object) -> None:
        del args
        if 0 <= row < len(STRATEGY_ORDER) and self.comparison is not None:
            self.chosen = STRATEGY_ORDER[row]
            self._render()

    def _on_help_triggered(self) -> None:
        row = max(self.strategy_table.currentRow(), 0)
        text = self.strategy_explanations()[STRATEGY_ORDER[row]]
        # Shown in the page (not a What's This popup): it stays readable and screen readers
        # announce the label's change.
        self.strategy_help.setText(text)

    # --- saving -----------------------------------------------------------------------------

    def plan_payload(self) -> dict[str, object]:
        """Everything needed to reopen the plan (as typed)."""
        start = self.start_edit.date()
        return {
            "version": 1,
            "currency": self.currency(),
            "debts": [row.to_json() for row in self.debts_model.rows],
            "budget": self.budget_edit.text(),
            "extra": self.extra_edit.text(),
            "start": f"{start.year():04d}-{start.month():02d}",
            "lump_sums": [[m, format(a, "f")] for m, a in sorted(self.lumps.items())],
            "strategy": self.chosen.value if self.chosen else None,
        }

    def apply_payload(self, payload: dict[str, object]) -> None:
        """Show a saved plan (raises ValueError/KeyError/TypeError when it is damaged)."""
        debts = payload["debts"]
        if not isinstance(debts, list):
            raise ValueError("debts")
        rows = [DebtRow.from_json(d) for d in debts]
        year, month = (int(x) for x in str(payload["start"]).split("-"))
        lumps_raw = payload.get("lump_sums") or []
        if not isinstance(lumps_raw, list):
            raise ValueError("lump_sums")
        lumps = {int(m): to_decimal(a) for m, a in lumps_raw}
        strategy = payload.get("strategy")
        self.currency_box.setCurrentIndex(max(0, self.currency_box.findData(payload["currency"])))
        self.lumps = lumps
        self.chosen = Strategy(strategy) if strategy else None
        self.start_edit.setDate(QDate(year, month, 1))
        self.budget_edit.setText(str(payload.get("budget", "")))
        self.extra_edit.setText(str(payload.get("extra", "0")))
        self.debts_model.undo_stack.clear()
        self.debts_model.set_rows(rows)
        self._refresh_lump_list()
        self.recompute()

    def refresh_saved_names(self) -> None:
        """The saved plans' names in the name box."""
        current = self.plan_name_box.currentText()
        self.plan_name_box.clear()
        self.plan_name_box.addItems(
            self.context.database.item_names(self.context.profile_id, PLAN_KIND)
        )
        self.plan_name_box.setEditText(current)

    def _on_save_clicked(self) -> None:
        name = self.plan_name_box.currentText().strip()
        if not name:
            self.status.setText(self.tr("Type a name for the plan first."))
            self.plan_name_box.setFocus()
            return
        self.context.database.save_item(
            self.context.profile_id, PLAN_KIND, name, json.dumps(self.plan_payload())
        )
        self.refresh_saved_names()
        self.plan_name_box.setEditText(name)
        self.status.setText(self.tr("Saved the plan “%1”.").replace("%1", name))

    def _on_open_clicked(self) -> None:
        name = self.plan_name_box.currentText().strip()
        text = self.context.database.load_item(self.context.profile_id, PLAN_KIND, name)
        if text is None:
            self.status.setText(self.tr("There is no saved plan called “%1”.").replace("%1", name))
            return
        try:
            payload = json.loads(text)
            if not isinstance(payload, dict):
                raise ValueError("not an object")
            self.apply_payload(payload)
        except (ValueError, KeyError, TypeError, MoneyError):
            self.status.setText(
                self.tr("The saved plan “%1” could not be read.").replace("%1", name)
            )
            return
        self.status.setText(self.tr("Opened the plan “%1”.").replace("%1", name))

    def _on_delete_plan_clicked(self) -> None:
        name = self.plan_name_box.currentText().strip()
        if not name or name not in self.context.database.item_names(
            self.context.profile_id, PLAN_KIND
        ):
            self.status.setText(self.tr("There is no saved plan called “%1”.").replace("%1", name))
            return
        self.context.database.delete_item(self.context.profile_id, PLAN_KIND, name)
        self.refresh_saved_names()
        self.plan_name_box.setEditText("")
        self.status.setText(self.tr("Deleted the saved plan “%1”.").replace("%1", name))

    # --- exports ----------------------------------------------------------------------------

    def _shown_result(self) -> planner.PlanResult | None:
        if self.comparison is None:
            return None
        return self.comparison.results[self.shown]

    def _due_date(self, month: int, name: str) -> dt.date:
        row = next((r for r in self.debts_model.rows if r.name.strip() == name), None)
        day = int(row.due_day) if row is not None and row.due_day.isdigit() else 10
        return self.month_date(month).replace(day=max(1, min(day, 28)))

    def schedule_rows(self) -> list[list[object]]:
        """The chosen plan as rows: month, due date, debt, payment, interest, principal, balance."""
        result = self._shown_result()
        if result is None:
            return []
        rows: list[list[object]] = []
        for month, (active, paid, interest, balance) in enumerate(result.raw_months, start=1):
            for i in active:
                name = result.names[i]
                rows.append(
                    [
                        month,
                        self._due_date(month, name).isoformat(),
                        name,
                        from_cents(paid[i]),
                        from_cents(interest[i]),
                        from_cents(paid[i] - interest[i]),
                        from_cents(balance[i]),
                    ]
                )
        return rows

    def _schedule_header(self) -> list[str]:
        return [
            self.tr("Month"),
            self.tr("Due date"),
            self.tr("Debt"),
            self.tr("Payment"),
            self.tr("Interest"),
            self.tr("Principal"),
            self.tr("Balance after"),
        ]

    def _export_path(self, suffix: str, filter_text: str) -> Path | None:
        name = self.plan_name_box.currentText().strip() or self.tr("repayment-plan")
        return self.ask_save_path(self, self.tr("Export"), f"{name}.{suffix}", filter_text)

    def _on_csv_clicked(self) -> None:
        path = self._export_path("csv", self.tr("CSV files (*.csv)"))
        if path is not None:
            self.export_csv(path)

    def export_csv(self, path: Path) -> None:
        """Write the chosen plan's schedule as CSV."""
        try:
            csv_writer.write_csv(path, self._schedule_header(), self.schedule_rows())
        except OSError as exc:
            self._export_failed("csv", path, exc)
            return
        self._export_done("csv", path)

    def _on_ics_clicked(self) -> None:
        path = self._export_path("ics", self.tr("Calendar files (*.ics)"))
        if path is not None:
            self.export_ics(path)

    def export_ics(self, path: Path) -> None:
        """Write every due date of the chosen plan, each with a reminder two days before."""
        events = [
            planner_ics.DueEvent(
                due=dt.date.fromisoformat(str(due)),
                summary=self.tr("Pay %1: %2")
                .replace("%1", str(name))
                .replace(
                    "%2",
                    self.money(payment),  # type: ignore[arg-type]
                ),
                description=self.tr("Month %1 of your repayment plan (DueWise).").replace(
                    "%1", str(month)
                ),
                key=f"{month}-{index}",
            )
            for index, (month, due, name, payment, *_rest) in enumerate(self.schedule_rows())
        ]
        try:
            planner_ics.write_calendar(
                path,
                events,
                calendar_name=self.plan_name_box.currentText().strip() or self.tr("Repayment plan"),
                reminder_text=self.tr("A debt payment is due in two days."),
            )
        except OSError as exc:
            self._export_failed("ics", path, exc)
            return
        self._export_done("ics", path)

    def _on_pdf_clicked(self) -> None:
        path = self._export_path("pdf", self.tr("PDF files (*.pdf)"))
        if path is not None:
            self.export_pdf(path)

    def pdf_body(self) -> str:
        """The printable plan as HTML, in the current language (every value escaped)."""
        result = self._shown_result()
        assert result is not None and self.comparison is not None
        esc = pdf.escape
        names = self.strategy_names()
        parts = [
            f"<h1>{esc(self.tr('Repayment plan'))}</h1>",
            f"<p>{esc(self.plan_summary.text())}</p>",
            f"<p>{esc(self.recommendation.text())}</p>",
            f"<h2>{esc(self.tr('Your debts'))}</h2><table><tr>",
        ]
        columns = [self.tr("Debt"), self.tr("Balance"), self.tr("APR %"), self.tr("Paid off")]
        parts.append("".join(f"<th>{esc(c)}</th>" for c in columns) + "</tr>")
        for debt in self._valid_debts:
            month = result.payoff_months.get(debt.name)
            cells = [
                debt.name,
                self.money(debt.balance),
                formatting.pct(debt.annual_rate * 100, self.context.language),
                self.month_text(month) if month else "—",
            ]
            parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
        parts.append(f"<h2>{esc(self.tr('Strategies side by side'))}</h2><table><tr>")
        headers = [
            self.tr("Strategy"),
            self.tr("Debt-free"),
            self.tr("Total interest"),
            self.tr("Total paid"),
        ]
        parts.append("".join(f"<th>{esc(c)}</th>" for c in headers) + "</tr>")
        for strategy in STRATEGY_ORDER:
            r = self.comparison.results[strategy]
            cells = [
                names[strategy],
                self.debt_free_text(r),
                self.money(r.total_interest) if r.feasible else "—",
                self.money(r.total_paid) if r.feasible else "—",
            ]
            parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
        parts.append("</table><p><img src='chart' width='640'></p>")
        parts.append(
            "<h2>"
            + esc(self.tr("Your plan month by month: %1").replace("%1", names[self.shown]))
            + "</h2>"
        )
        parts.append(
            "<table><tr>" + "".join(f"<th>{esc(h)}</th>" for h in self._schedule_header()) + "</tr>"
        )
        for row in self.schedule_rows():
            cells = [str(row[0]), str(row[1]), str(row[2])] + [
                self.money(v)
                for v in row[3:]  # type: ignore[arg-type]
            ]
            parts.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
        parts.append("</table>")
        parts.append(
            "<p class='muted'>"
            + esc(
                self.tr(
                    "Made with DueWise (明白账). Figures are estimates from the terms you entered."
                )
            )
            + "</p>"
        )
        return "".join(parts)

    def export_pdf(self, path: Path) -> None:
        """Write the printable plan after the progress bar shows; ``export_finished`` says when."""
        if self._shown_result() is None:
            return
        body = self.pdf_body()
        images = jobs.decode_images({"chart": self.chart.png_bytes(dpi=120)})
        title = self.tr("Repayment plan")
        self.progress.show()
        self.pdf_button.setEnabled(False)
        self.status.setText(self.tr("Writing the PDF…"))
        self._pdf_path = path
        task = jobs.start(
            path,
            lambda target: pdf.write_pdf(target, body, title=title, images=images),
            self._on_pdf_finished,
            self._on_pdf_failed,
        )
        self._tasks.append(task)

    def _on_pdf_finished(self, path: object) -> None:
        self._tasks.clear()
        self.progress.hide()
        self.pdf_button.setEnabled(True)
        self._export_done("pdf", Path(str(path)))

    def _on_pdf_failed(self, message: str) -> None:
        self._tasks.clear()
        self.progress.hide()
        self.pdf_button.setEnabled(True)
        self._export_failed("pdf", self._pdf_path, OSError(message))

    def _export_done(self, kind: str, path: Path) -> None:
        self.status.setText(self.tr("Saved %1").replace("%1", str(path)))
        self.export_finished.emit(kind, str(path))

    def _export_failed(self, kind: str, path: Path, exc: Exception) -> None:
        message = self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc))
        self.status.setText(message)
        self.export_failed.emit(kind, message)

    # --- tracking progress --------------------------------------------------------------------

    def _on_record_clicked(self) -> None:
        result = self._shown_result()
        if result is None or not result.raw_months:
            return
        active, paid, _interest, _balance = result.raw_months[0]
        planned = [(result.names[i], from_cents(paid[i])) for i in active]
        amounts = self.ask_payments(self, planned, self.currency(), self.context.language)
        if amounts is not None:
            self.record_payments(amounts)

    def record_payments(self, amounts: dict[str, Decimal]) -> None:
        """Apply this month's real payments and re-plan from next month."""
        recorded = planner_tools.record_month(self._valid_debts, amounts)
        left = {d.name: d.balance for d in recorded.debts}
        rows = [
            DebtRow(**{**r.to_json(), "balance": format(left[r.name.strip()], "f")})
            for r in self.debts_model.rows
            if r.name.strip() in left
        ]
        self.start_edit.blockSignals(True)
        self.start_edit.setDate(self.start_edit.date().addMonths(1))
        self.start_edit.blockSignals(False)
        self.lumps = {m - 1: a for m, a in self.lumps.items() if m > 1}
        self._refresh_lump_list()
        self.debts_model.apply(rows, self.tr("Record payments"))
        message = self.tr("Recorded. The plan now starts in %1.").replace("%1", self.month_text(1))
        if recorded.repaid:
            message += " " + self.tr("Paid off: %1.").replace("%1", ", ".join(recorded.repaid))
        if recorded.below_minimum:
            message += " " + self.tr(
                "Below the minimum (overdue): %1. Pay the rest as soon as you can."
            ).replace("%1", ", ".join(recorded.below_minimum))
        self.status.setText(message)

    # --- appearance ---------------------------------------------------------------------------

    def _large_text(self) -> bool:
        return self.context.text_scale >= LARGE_TEXT_SCALE

    def _place_warning_boxes(self) -> None:
        """The minimum-payment boxes, two side by side (one per row when the text is large)."""
        columns = 1 if self._large_text() else 2
        for label in self.warning_labels:
            self.warning_boxes.removeWidget(label)
        for i, label in enumerate(self.warning_labels):
            self.warning_boxes.addWidget(label, i // columns, i % columns)

    def _on_appearance_changed(self) -> None:
        self._place_money_fields(wide=not self._large_text())
        self._place_warning_boxes()
        self.chart.set_text_scale(self.context.text_scale)
        self._fit_strategy_table()
        self.chart.redraw()

    # --- dialogs (tests replace these) --------------------------------------------------------

    @classmethod
    def ask_save_path(
        cls, parent: QWidget, title: str, suggested: str, filter_text: str
    ) -> Path | None:
        """Ask where to save an export."""
        path, _ = QFileDialog.getSaveFileName(
            parent, title, str(Path.home() / suggested), filter_text
        )
        return Path(path) if path else None

    @classmethod
    def ask_open_path(cls, parent: QWidget, title: str, filter_text: str) -> Path | None:
        """Ask for a CSV file to import."""
        path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filter_text)
        return Path(path) if path else None

    @classmethod
    def confirm_import(cls, parent: QWidget, rows: list[planner_tools.ImportRow]) -> bool:
        """Show the import preview; ``True`` when the user adds the good rows."""
        dialog = planner_dialogs.ImportPreviewDialog(rows, parent)
        return dialog.exec() == planner_dialogs.ImportPreviewDialog.DialogCode.Accepted

    @classmethod
    def ask_payments(
        cls,
        parent: QWidget,
        planned: list[tuple[str, Decimal]],
        currency: str,
        language: str,
    ) -> dict[str, Decimal] | None:
        """Ask what was paid this month (``None`` if cancelled)."""
        dialog = planner_dialogs.RecordPaymentsDialog(planned, currency, language, parent)
        if dialog.exec() != planner_dialogs.RecordPaymentsDialog.DialogCode.Accepted:
            return None
        return dialog.amounts()
