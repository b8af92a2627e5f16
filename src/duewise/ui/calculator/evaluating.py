"""Asking the domain: the calculator's inputs read through ``finance.forms``, one
``calculator.evaluate`` call, and the panels that show its answer.

A mixin of :class:`~duewise.ui.calculator.page.CalculatorPage` (texts in that context). Every
field is checked by :func:`duewise.finance.forms.validate_calculator` (amount, scenario, first
month), :func:`~duewise.finance.forms.validate_next_loan` (the next loan) and the remedies panel's
``validate_*`` calls before the engine runs; a field that fails is worded by the one error
catalogue (``ui.common.errors``) at the field, and the last valid result stays on screen.

The chart, the table, the record and the checklist are drawn at once; the next loan and the
remedies side by side follow once the keys pause (they price loans and play four futures).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QTimer, SignalInstance

from duewise.finance import borrowing, calculator, forms, missed, products
from duewise.finance.money import MoneyError
from duewise.ui.calculator import parts
from duewise.ui.common import errors

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from duewise.ui.calculator.consequences_panel import ConsequencesPanel
    from duewise.ui.calculator.cost_panel import CostPanel
    from duewise.ui.calculator.next_loan_panel import NextLoanPanel
    from duewise.ui.calculator.record_panel import RecordPanel
    from duewise.ui.calculator.remedies_panel import RemediesPanel
    from duewise.ui.calculator.scenario_editor import ScenarioEditor
    from duewise.ui.calculator.terms_form import TermsForm
    from duewise.ui.common.context import AppContext

#: Which field of the page a ``forms.validate_calculator`` field is shown at.
_FORM_FIELDS = {"amount": "amount", "scenario": "scenario", "start": "amount"}
#: The next-loan panel's field of each ``forms.validate_next_loan`` field.
_LOAN_FIELDS = {"amount": "loan_amount", "annual_rate": "loan_rate", "months": "loan_months"}


class ResultPanel(Protocol):
    """A panel that shows each new evaluation."""

    def show_evaluation(self, evaluation: calculator.Evaluation) -> None: ...


class Evaluating:
    """Read, validate, evaluate, show (see the module docstring)."""

    context: AppContext
    status: QLabel
    terms_form: TermsForm
    scenario_editor: ScenarioEditor
    cost_panel: CostPanel
    record_panel: RecordPanel
    consequences_panel: ConsequencesPanel
    next_loan_panel: NextLoanPanel
    remedies_panel: RemediesPanel
    result_panels: list[ResultPanel]
    result_changed: SignalInstance
    input_rejected: SignalInstance
    next_loan_changed: SignalInstance
    remedies_changed: SignalInstance
    _deferred_timer: QTimer
    _borrowing_rules: borrowing.BorrowingRules
    _result: calculator.Evaluation | None
    _errors: dict[str, tuple[str, dict[str, object]]]
    _loading: bool
    _rate_fields: dict[str, object]
    _loan: calculator.NextLoan | None
    _remedies_request: calculator.RemediesRequest

    # --- errors -----------------------------------------------------------------------------

    def _set_error(self, field: str, code: str, params: dict[str, object]) -> None:
        self._errors[field] = (code, dict(params))

    def _show_errors(self) -> None:
        messages = {
            field: errors.message(code, params) for field, (code, params) in self._errors.items()
        }
        self.terms_form.show_errors(messages)
        self.scenario_editor.show_error(messages.get("scenario") or messages.get("terms", ""))
        self.scenario_editor.mark_amounts("scenario" in messages)
        if self._errors and self._result is not None:
            self.status.setText(self.last_valid_sentence())
        elif not self._errors:
            self.status.setText("")

    def last_valid_sentence(self) -> str:
        """What the page shows while an input is invalid: the last valid values, named."""
        result = self._result
        if result is None:
            return ""
        sim = result.sim
        return (
            QCoreApplication.translate(
                "CalculatorPage", "Showing the last valid result (%1, %2) until the input is fixed."
            )
            .replace("%1", parts.money(sim.amount, sim.currency, self.context.language))
            .replace("%2", self.scenario_editor.describe(sim.scenario))
        )

    # --- reading ----------------------------------------------------------------------------

    def _gather(self) -> tuple[missed.Scenario, calculator.Terms] | None:
        """The inputs as typed values (None: some are invalid; errors set at the fields)."""
        start = self.terms_form.start()
        checked = forms.validate_calculator(
            amount=self.terms_form.amount_edit.text(),
            scenario=self.scenario_editor.scenario_text(),
            start=f"{start.year:04d}-{start.month:02d}",
        )
        for problem in checked.errors:
            self._set_error(
                _FORM_FIELDS.get(problem.field, "amount"), problem.code, dict(problem.params)
            )
        for key, (code, params) in self.terms_form.term_errors().items():
            self._set_error(key, code, params)
        if self._errors:
            return None
        terms = calculator.Terms(
            product=self.terms_form.product_base,
            amount=checked.values["amount"],  # type: ignore[arg-type]
            start=start,
            edits=self.terms_form.edits(),
            as_of=dt.date.today(),
            months=self.scenario_editor.months(),
        )
        return checked.values["scenario"], terms  # type: ignore[return-value]

    def recompute(self) -> bool:
        """Read the inputs, ask the engine, show the result (False: an input is invalid)."""
        if self._loading:
            return False
        self._errors.clear()
        gathered = self._gather()
        evaluation: calculator.Evaluation | None = None
        if gathered is not None:
            scenario, terms = gathered
            try:
                evaluation = calculator.evaluate(
                    scenario,
                    terms,
                    self._loan,
                    remedies_request=self._remedies_request,
                    days_late=self.scenario_editor.days_late(),
                )
            except products.ProductError as exc:
                key = str(exc.params.get("key", ""))
                self._set_error(key if key in self._rate_fields else "terms", exc.code, exc.params)
            except MoneyError as exc:
                field = str(exc.params.get("param", "amount"))
                known = field in self._rate_fields or field in ("amount", "scenario")
                self._set_error(field if known else "amount", exc.code, exc.params)
        if evaluation is None:
            self._show_errors()
            for name in self._errors:
                self.input_rejected.emit(name)
            return False
        self._result = evaluation
        self._show_errors()
        self._render()
        if not self.next_loan_panel.month_touched:
            self.next_loan_panel.set_application_month(evaluation.rec.as_of)
        if self.remedies_panel.comparison is None or self.next_loan_panel.assessment is None:
            self._on_deferred_timer_timeout()  # the first result: nothing to keep showing
        else:
            self._schedule_deferred()
        self.result_changed.emit()
        return True

    @property
    def result(self) -> calculator.Evaluation | None:
        """The result shown (the last valid one)."""
        return self._result

    def _render(self) -> None:
        evaluation = self._result
        if evaluation is None:
            return
        for panel in self.result_panels:
            panel.show_evaluation(evaluation)
        self.record_panel.show_record(evaluation.rec, evaluation.settlement)
        self.consequences_panel.show_consequences(evaluation.consequences)

    # --- the next loan and the remedies, once the keys pause --------------------------------

    def _schedule_deferred(self, *_args: object) -> None:
        if not self._loading:
            self._deferred_timer.start()

    def _on_deferred_timer_timeout(self) -> None:
        self.update_next_loan()
        self.update_remedies()

    def _schedule_next_loan(self, *_args: object) -> None:
        self._schedule_deferred()

    def read_next_loan(self) -> tuple[calculator.NextLoan | None, dict[str, str]]:
        """The next loan as typed, through ``forms.validate_next_loan`` (None and the messages
        by the panel's field when a field is invalid)."""
        panel = self.next_loan_panel
        checked = forms.validate_next_loan(
            amount=panel.amount_edit.text(),
            annual_rate=panel.rate_edit.text(),
            months=panel.months_spin.value(),
        )
        if not checked.ok:
            return None, {
                _LOAN_FIELDS.get(e.field, "loan_amount"): errors.message(e.code, e.params)
                for e in checked.errors
            }
        values = checked.values
        return (
            calculator.NextLoan(
                kind=borrowing.LoanKind(str(panel.kind_box.currentData())),
                amount=values["amount"],  # type: ignore[arg-type]
                months=values["months"],  # type: ignore[arg-type]
                clean_annual_rate=values["annual_rate"],  # type: ignore[arg-type]
                rules=self._borrowing_rules,
                application=panel.application_month(),
            ),
            {},
        )

    def update_next_loan(self) -> bool:
        """Assess the next loan on the current record (False: invalid input or no result)."""
        evaluation = self._result
        if evaluation is None:
            return False
        panel = self.next_loan_panel
        loan, messages = self.read_next_loan()
        panel.show_errors(messages)
        if loan is None:
            return False
        if evaluation.loan != loan:
            evaluation = dataclasses.replace(evaluation, loan=loan)
        try:
            outlook = evaluation.next_loan
        except MoneyError as exc:
            field = _LOAN_FIELDS.get(str(exc.params.get("param", "")), "loan_amount")
            panel.show_errors({field: errors.message(exc.code, exc.params)})
            return False
        if outlook is None:
            return False
        self._loan = loan
        self._result = evaluation
        panel.show_outlook(outlook, evaluation.sim.currency)
        self.next_loan_changed.emit()
        return True

    def update_remedies(self) -> bool:
        """Compare the remedies of the current scenario (False: an input is invalid)."""
        evaluation = self._result
        if evaluation is None:
            return False
        panel = self.remedies_panel
        sim = evaluation.sim
        request, problems = panel.request(sim.amount, evaluation.remedies_missed, sim.start)
        panel.show_errors(problems)
        if request is None:
            return False
        if evaluation.remedies_request != request:
            evaluation = dataclasses.replace(evaluation, remedies_request=request)
        try:
            comparison = evaluation.remedies
        except (MoneyError, products.ProductError) as exc:
            panel.show_errors({"budget": (exc.code, dict(exc.params))})
            return False
        if comparison is None:
            return False
        self._remedies_request = request
        self._result = evaluation
        scenario = sim.scenario
        in_scenario = bool(scenario.actions) and (
            scenario.actions[0].action is missed.Action.PAY_NOTHING
        )
        panel.show_comparison(comparison, evaluation.product, missed_in_scenario=in_scenario)
        self.remedies_changed.emit()
        return True

    def _on_remedies_panel_changed(self) -> None:
        self.update_remedies()
