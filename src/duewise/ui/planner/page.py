"""Repayment planner (还款计划): your debts, a budget, strategies side by side, a plan to keep.

The page presents; :mod:`duewise.finance.planner` and :mod:`duewise.finance.planner_tools`
compute. Every edit re-runs the comparison of all strategies and redraws the chart; bad input is
shown at its cell or field and the last valid plan stays on screen.
"""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from pathlib import Path

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QWidget,
)

from duewise import formatting
from duewise.finance import planner, planner_debts, planner_tools, products
from duewise.finance.money import (
    ZERO,
    MoneyError,
)
from duewise.finance.planner import RecommendationReason, Strategy
from duewise.ui.common import errors, jobs
from duewise.ui.common.context import AppContext
from duewise.ui.common.page import Page
from duewise.ui.planner import dialogs
from duewise.ui.planner.debts_part import DebtsPart
from duewise.ui.planner.models import (
    DebtsModel,
)
from duewise.ui.planner.money_part import MoneyPart
from duewise.ui.planner.parts import EXAMPLE_BUDGET, EXAMPLE_ROWS, LARGE_TEXT_SCALE, STRATEGY_ORDER
from duewise.ui.planner.plan_exports import ExportsPart
from duewise.ui.planner.plan_part import PlanPart
from duewise.ui.planner.saved_plans import SavedPlansPart
from duewise.ui.planner.schedule_model import ScheduleModel
from duewise.ui.planner.shortfall_part import ShortfallPart
from duewise.ui.planner.strategies_part import StrategiesPart

__all__ = ["EXAMPLE_ROWS", "STRATEGY_ORDER", "PlannerPage"]


class PlannerPage(
    DebtsPart,
    MoneyPart,
    ShortfallPart,
    StrategiesPart,
    PlanPart,
    SavedPlansPart,
    ExportsPart,
    Page,
):
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
        self._warnings: dict[planner.Debt, planner_debts.MinimumPaymentWarning | None] = {}
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
        self._retranslate_debts()
        self._retranslate_money()
        self._retranslate_shortfall()
        self._retranslate_strategies()
        self._retranslate_plan()
        self._retranslate_take_away()
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
            self.debts_errors.setText(errors.cell_message(exc.code, exc.params))
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

    def screenshot_focus(self) -> QWidget:
        """What the README's picture of this page shows: the strategies and their chart."""
        return self.strategies_heading.parentWidget() or self.strategies_heading

    def _large_text(self) -> bool:
        return self.context.text_scale >= LARGE_TEXT_SCALE

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
        from duewise.ui.common import save_dialog

        return save_dialog.ask_save_path(parent, title, Path.home() / suggested, filter_text)

    @classmethod
    def ask_open_path(cls, parent: QWidget, title: str, filter_text: str) -> Path | None:
        """Ask for a CSV file to import."""
        path, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filter_text)
        return Path(path) if path else None

    @classmethod
    def confirm_import(cls, parent: QWidget, rows: list[planner_tools.ImportRow]) -> bool:
        """Show the import preview; ``True`` when the user adds the good rows."""
        dialog = dialogs.ImportPreviewDialog(rows, parent)
        return dialog.exec() == dialogs.ImportPreviewDialog.DialogCode.Accepted

    @classmethod
    def ask_payments(
        cls,
        parent: QWidget,
        planned: list[tuple[str, Decimal]],
        currency: str,
        language: str,
    ) -> dict[str, Decimal] | None:
        """Ask what was paid this month (``None`` if cancelled)."""
        dialog = dialogs.RecordPaymentsDialog(planned, currency, language, parent)
        if dialog.exec() != dialogs.RecordPaymentsDialog.DialogCode.Accepted:
            return None
        return dialog.amounts()
