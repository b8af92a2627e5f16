"""Missed-payment calculator (逾期计算器): what a missed payment costs now, and the next loan later.

The page asks the domain one question and presents the answer: a slot gathers the inputs from the
terms form (typed values), the scenario editor (a ``missed.Scenario``) and the next-loan panel,
calls :func:`duewise.finance.calculator.evaluate`, and hands the :class:`Evaluation` to each
panel. Invalid input is marked at its field and the last valid result stays on screen.

Panels, one module each: ``terms_form`` and ``scenario_editor`` (the inputs), ``cost_panel``
(summary and chart), ``record_panel``, ``consequences_panel``, ``next_loan_panel``,
``statement_panel``; ``export`` writes the files. A future panel (the remedies compared side by
side, issue #18's ``remedies_panel.py``) is built in :meth:`CalculatorPage._build_panels` and
joins :attr:`CalculatorPage.result_panels`, so it receives every new evaluation.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from duewise.finance import borrowing, calculator, missed, products
from duewise.finance.money import MoneyError
from duewise.ui.calculator import parts
from duewise.ui.calculator.consequences_panel import ConsequencesPanel
from duewise.ui.calculator.cost_panel import CostPanel
from duewise.ui.calculator.evaluating import Evaluating, ResultPanel
from duewise.ui.calculator.export import ExportActions
from duewise.ui.calculator.next_loan_panel import NextLoanPanel
from duewise.ui.calculator.record_panel import RecordPanel
from duewise.ui.calculator.remedies_panel import RemediesPanel
from duewise.ui.calculator.saved_scenarios import ScenarioFiles
from duewise.ui.calculator.scenario_editor import CycleChoice, ScenarioEditor
from duewise.ui.calculator.statement_panel import StatementPanel
from duewise.ui.calculator.terms_form import DEFAULT_PRODUCT, TermsForm
from duewise.ui.common import basics, jobs
from duewise.ui.common.context import AppContext
from duewise.ui.common.page import Page

SCENARIO_KIND = "scenario"
DEFAULT_SCENARIO = "miss:3 then catch-up"

__all__ = ["CalculatorPage", "CycleChoice"]


class CalculatorPage(Evaluating, ScenarioFiles, ExportActions, Page):
    """Pick a product, amount and scenario; see the cost, the record, the consequences and the
    price of the next loan.

    Signals:
        result_changed(): a new valid result is shown.
        input_rejected(str): an input field holds an invalid value (its name).
        pdf_finished(str): the PDF summary was written (path).
        pdf_failed(str): writing the PDF failed (reason).
        printed(): the summary was sent to a printer.
        next_loan_changed(): the next-loan panel shows a new assessment.
        remedies_changed(): the remedies view shows a new comparison.
    """

    page_id = "calculator"

    result_changed = Signal()
    input_rejected = Signal(str)
    pdf_finished = Signal(str)
    pdf_failed = Signal(str)
    printed = Signal()
    next_loan_changed = Signal()
    remedies_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._borrowing_rules = borrowing.load_rules()
        self._result: calculator.Evaluation | None = None
        self._errors: dict[str, tuple[str, dict[str, object]]] = {}
        self._loading = False
        self._currency = ""
        self._pdf_jobs: list[jobs.WriteJob] = []
        #: The last valid next loan and remedies inputs (the engine is asked with these).
        self._loan: calculator.NextLoan | None = None
        self._remedies_request = calculator.RemediesRequest()
        self._build_toolbar()
        self._build_panels()
        self.body.addStretch(1)
        self._deferred_timer = QTimer(self)
        self._deferred_timer.setSingleShot(True)
        self._deferred_timer.setInterval(120)  # typing: price and compare once the keys pause
        self._next_loan_timer = self._deferred_timer
        self._shortcuts = [
            QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_clicked),
            QShortcut(QKeySequence.StandardKey.Open, self, self._on_open_clicked),
            QShortcut(QKeySequence("Ctrl+P"), self, self._on_pdf_clicked),
        ]
        for shortcut in self._shortcuts:
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._loading = True
        self.scenario_editor.set_scenario(missed.parse_scenario(DEFAULT_SCENARIO))
        self.scenario_editor.set_start(self.terms_form.start())
        self._currency = self.terms_form.product_base.currency.value
        self.next_loan_panel.reset_inputs(self._currency)
        self.remedies_panel.set_currency(self._currency)
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
        self.print_button = QPushButton(self)
        for button in self._toolbar_buttons():
            self.toolbar_grid.addWidget(button)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        bar.addWidget(self.busy)
        bar.addStretch(1)
        self.body.addLayout(bar)
        # A line of its own whose room is kept: a message appearing never moves the form.
        self.status = parts.ErrorLine(self, role="muted")
        self.status.show()
        self.body.addWidget(self.status)

    def _toolbar_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.save_button,
            self.open_button,
            self.png_button,
            self.svg_button,
            self.csv_button,
            self.pdf_button,
            self.print_button,
        )

    def _build_panels(self) -> None:
        language: Callable[[], str] = lambda: self.context.language  # noqa: E731
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(16)
        self.body.addLayout(self.columns)
        # The input card: the situation, what happens, the terms.
        self.inputs_frame, inputs = basics.card(self)
        self.inputs_frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.terms_form = TermsForm(
            self.context.database, lambda: self.context.profile_id, language, self.inputs_frame
        )
        self.scenario_editor = ScenarioEditor(language, self.inputs_frame)
        inputs.addWidget(self.terms_form.situation)
        inputs.addWidget(self.scenario_editor)
        inputs.addWidget(self.terms_form.rates)
        inputs.addStretch(1)
        self.inputs_frame.setMinimumWidth(330)
        self.inputs_frame.setMaximumWidth(460)
        self.columns.addWidget(self.inputs_frame, 0, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.setSpacing(12)
        self.columns.addLayout(right, 1)
        self.cost_panel = CostPanel(language, self)
        right.addWidget(self.cost_panel.summary_card)
        right.addWidget(self.cost_panel.chart_card, 1)
        self.remedies_panel = RemediesPanel(
            language, self.terms_form.presets, self.cost_panel.extra_labels, self
        )
        self.body.addWidget(self.remedies_panel)
        self.lower = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.lower.setSpacing(16)
        self.body.addLayout(self.lower)
        self.record_panel = RecordPanel(language, self)
        self.consequences_panel = ConsequencesPanel(language, self)
        self.lower.addWidget(self.record_panel, 3)
        self.lower.addWidget(self.consequences_panel, 2)
        self.next_loan_panel = NextLoanPanel(language, self)
        self.body.addWidget(self.next_loan_panel)
        self.statement_panel = StatementPanel(language, self)
        self.body.addWidget(self.statement_panel)
        #: Panels that show every new evaluation, in drawing order (the chart first: its blit
        #: paints at once, before the texts and tables below change).
        self.result_panels: list[ResultPanel] = [self.cost_panel, self.statement_panel]
        self._alias_widgets()

    def _alias_widgets(self) -> None:
        """The panels' controls under the page's own names (tests and the lesson links use them)."""
        form, editor, cost = self.terms_form, self.scenario_editor, self.cost_panel
        self._presets = form.presets
        self._rate_fields = form.rate_fields
        for panel in (form, editor, cost):
            for name in panel.SHARED.split():
                setattr(self, name, getattr(panel, name))
        self._cycle_rows = editor.cycle_rows
        self.scenario_error = editor.error
        self.record_grid = self.record_panel.grid
        self.record_heading = self.record_panel.heading
        self.flags_label = self.record_panel.flags_label
        self.timeline_label = self.record_panel.timeline_label
        self.consequences_label = self.consequences_panel.label
        loan = self.next_loan_panel
        self.loan_outcome, self.loan_chart = loan.outcome, loan.chart
        self.loan_illustrative, self.loan_money = loan.illustrative, loan.money_label
        self.loan_amount_edit, self.loan_amount_error = loan.amount_edit, loan.amount_error
        self.loan_rate_edit, self.loan_rate_error = loan.rate_edit, loan.rate_error
        self.loan_month_edit, self.loan_kind_box = loan.month_edit, loan.kind_box
        self.table, self.table_model = self.statement_panel.table, self.statement_panel.model

    def _set_tab_order(self) -> None:
        form = self.terms_form
        chain: list[QWidget] = [
            *self._toolbar_buttons(),
            form.product_box,
            form.copy_button,
            form.delete_copy_button,
            form.amount_edit,
            form.start_edit,
            *self.scenario_editor.preset_buttons(),
            *self.scenario_editor.focus_chain(),
            *form.focus_chain(),
            *self.remedies_panel.focus_chain(),
            *self.next_loan_panel.focus_chain(),
            self.statement_panel.table,
        ]
        for a, b in itertools.pairwise(chain):
            self.setTabOrder(a, b)

    def _connect_signals(self) -> None:
        self.terms_form.changed.connect(self._on_inputs_changed)
        self.terms_form.product_changed.connect(self._on_terms_form_product_changed)
        self.terms_form.product_unreadable.connect(self._on_terms_form_product_unreadable)
        self.terms_form.start_edit.dateChanged.connect(self._on_start_edit_date_changed)
        self.terms_form.copy_button.clicked.connect(self._on_copy_clicked)
        self.terms_form.delete_copy_button.clicked.connect(self._on_delete_copy_clicked)
        self.scenario_editor.changed.connect(self._on_inputs_changed)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.png_button.clicked.connect(lambda: self._on_export_clicked("png"))
        self.svg_button.clicked.connect(lambda: self._on_export_clicked("svg"))
        self.csv_button.clicked.connect(lambda: self._on_export_clicked("csv"))
        self.pdf_button.clicked.connect(self._on_pdf_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.cost_panel.chart.hovered.connect(self.cost_panel.show_hover)
        self.statement_panel.table.selectionModel().currentRowChanged.connect(
            self._on_table_current_row_changed
        )
        self.next_loan_panel.changed.connect(self._schedule_deferred)
        self._deferred_timer.timeout.connect(self._on_deferred_timer_timeout)
        self.remedies_panel.changed.connect(self._on_remedies_panel_changed)
        for panel in (
            self.cost_panel,
            self.record_panel,
            self.consequences_panel,
            self.next_loan_panel,
            self.remedies_panel,
        ):
            panel.link_activated.connect(self._on_link_activated)
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
        from duewise.ui.common import save_dialog

        return save_dialog.ask_save_path(parent, caption, suggested, name_filter)

    @classmethod
    def ask_printer(cls, parent: QWidget) -> QPrinter | None:
        """Ask which printer to print on (None: cancelled)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

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

    # --- the scenario -------------------------------------------------------------------------

    def cycle_choices(self) -> list[CycleChoice]:
        """The per-cycle choices shown."""
        return self.scenario_editor.cycle_choices()

    def set_cycle_choices(self, choices: list[CycleChoice]) -> None:
        """Show these per-cycle choices (one row per cycle)."""
        self.scenario_editor.set_cycle_choices(choices)

    def scenario_text(self) -> str:
        """The scenario in the engine's grammar (``finance.missed``), as it is saved."""
        try:
            return missed.format_scenario(self.scenario_editor.scenario())
        except MoneyError as exc:
            return str(exc.params.get("token", ""))

    def apply_preset(self, name: str) -> None:
        """A quick preset: ``miss-one``, ``miss-three`` or ``minimum-only``."""
        self.scenario_editor.apply_preset(name)

    def edited_terms(self) -> dict[str, str]:
        """The learner's edits: rule key → the typed text (as shown, percent for rates)."""
        return self.terms_form.edited_terms()

    def screenshot_focus(self) -> QWidget:
        """What ``duewise --screenshot`` shows of this page: the way out, side by side."""
        return self.remedies_panel

    def summary_text(self) -> str:
        """The big-number sentence."""
        return self.cost_panel.summary_text()

    def statement_line(self, index: int) -> str:
        """One month of the statement in words (what hovering the chart shows)."""
        return self.cost_panel.statement_line(index)

    def consequence_lines(self) -> list[str]:
        """The checklist as plain text lines (tests, PDF)."""
        return self.consequences_panel.lines()

    def _on_table_current_row_changed(self, current: object, _previous: object) -> None:
        row = current.row() if hasattr(current, "row") else -1
        self.cost_panel.chart.set_hover(row)
        self.cost_panel.show_hover(row)

    # --- next loan ----------------------------------------------------------------------------

    @property
    def _assessment(self) -> borrowing.Assessment | None:
        return self.next_loan_panel.assessment

    # --- slots --------------------------------------------------------------------------------

    def _on_inputs_changed(self) -> None:
        self.recompute()

    def _on_start_edit_date_changed(self, *_args: object) -> None:
        self.scenario_editor.set_start(self.terms_form.start())

    def _on_terms_form_product_changed(self) -> None:
        currency = self.terms_form.product_base.currency.value
        if currency != self._currency:
            self._currency = currency
            self.next_loan_panel.reset_inputs(currency)
            self.remedies_panel.set_currency(currency)
        self._retranslate_charts()
        self._set_tab_order()
        self.recompute()

    def _on_terms_form_product_unreadable(self) -> None:
        self.status.setText(self.tr("This saved copy could not be read."))

    def _on_copy_clicked(self) -> None:
        self.recompute()
        if self._errors or self._result is None:
            self._show_errors()
            return
        name = self.ask_text(
            self,
            self.tr("Save my copy"),
            self.tr("Name of your copy of this product, with the terms shown:"),
            self.terms_form.product_name(self.terms_form.product_base),
        )
        if name is None:
            return
        self.save_product_copy(name, self._result.product)

    def save_product_copy(self, name: str, product: products.Product) -> None:
        """Store a learner's copy of a product (its edited terms) under ``name``."""
        self._loading = True
        self.terms_form.save_copy(name, product)
        self._loading = False
        self._set_tab_order()
        self.recompute()
        self.status.setText(self.tr("Saved your copy “%1”.").replace("%1", name))

    def _on_delete_copy_clicked(self) -> None:
        self._loading = True
        self.terms_form.delete_copy()
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
        # Nothing may force the page wider than the window at 200 % text: labels wrap. Combo
        # boxes stay as wide as their longest item (a cut "Negotiate an instalment p…" hides the
        # choice, #18); the longest fits the input column at any text size.
        for label in self.findChildren(QLabel):
            if label.buddy() is not None:
                label.setWordWrap(True)
        for box in self.findChildren(QComboBox):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def _apply_text_scale(self) -> None:
        """Large text: inputs above the results, buttons in fewer columns, so nothing is cut."""
        large = self.context.text_scale >= 150
        flow = QBoxLayout.Direction.TopToBottom if large else QBoxLayout.Direction.LeftToRight
        self.columns.setDirection(flow)
        self.lower.setDirection(flow)
        self.next_loan_panel.row.setDirection(flow)
        self.inputs_frame.setMaximumWidth(16777215 if large else 460)
        parts.regrid(self.toolbar_grid, self._toolbar_buttons(), 2 if large else 7)
        form = self.terms_form
        parts.regrid(form.copy_grid, (form.copy_button, form.delete_copy_button), 1 if large else 2)
        parts.regrid(
            self.scenario_editor.presets_grid,
            self.scenario_editor.preset_buttons(),
            2 if large else 3,
        )

    def _on_context_data_deleted(self) -> None:
        form = self.terms_form
        self._loading = True
        form.fill_product_box()
        if form.current_product_key()[0] == "copy" or form.product_box.currentIndex() < 0:
            form.select_product(("preset", DEFAULT_PRODUCT))
        self._loading = False
        self.recompute()

    def scenario_description(self) -> str:
        """The scenario in words, e.g. "miss ×3, then catch up"."""
        return self.scenario_editor.description()

    # --- texts --------------------------------------------------------------------------------

    def _retranslate_charts(self) -> None:
        self.set_chart_texts(self.context.text_scale)

    def set_chart_texts(self, scale: int) -> None:
        """Every chart's texts in the current language, laid out for ``scale`` percent text
        (the PDF draws its charts at 100 %)."""
        product = self._result.product if self._result else self.terms_form.product_base
        self.cost_panel.set_chart_texts(product, scale)
        currency = "$" if self.terms_form.product_base.is_us else "¥"
        self.next_loan_panel.set_chart_texts(currency, scale)
        self.remedies_panel.chart.set_texts(
            x_label=self.tr("Months from the first statement"),
            y_label=self.tr("Owed (%1)").replace("%1", currency),
            names=self.remedies_panel.remedy_names(),
            text_scale=scale,
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
        self.pdf_button.setToolTip(
            self.tr("The summary in the current language, to take home (Ctrl+P)")
        )
        self.print_button.setText(self.tr("Print summary…"))
        self.print_button.setToolTip(self.tr("Print the same summary on paper"))
        for button in self._toolbar_buttons():
            button.setAccessibleName(button.text().rstrip("…"))
        self.busy.setAccessibleName(self.tr("Writing the PDF"))
        # The panels set their own texts on the language change; the shown result is drawn again
        # in the new language (month names, money) once they have.
        for panel in (
            self.terms_form,
            self.scenario_editor,
            self.cost_panel,
            self.record_panel,
            self.consequences_panel,
            self.next_loan_panel,
            self.remedies_panel,
            self.statement_panel,
        ):
            panel.retranslate_ui()
        self._retranslate_charts()
        self._render()
        self._show_errors()
