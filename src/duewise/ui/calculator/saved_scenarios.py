"""Opening the calculator on a scenario: one saved by name (``saved_items`` kind ``scenario``:
the product, its edited terms, the amount, the start month, the scenario in the engine's
grammar and the next loan), or one a lesson hands over (:meth:`ScenarioFiles.open_with`).

A mixin of :class:`~duewise.ui.calculator.page.CalculatorPage` (its texts are translated in that
context).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from duewise.finance import calculator, missed
from duewise.finance.money import MoneyError
from duewise.storage import names
from duewise.ui.common import errors

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QWidget

    from duewise.ui.calculator.next_loan_panel import NextLoanPanel
    from duewise.ui.calculator.scenario_editor import ScenarioEditor
    from duewise.ui.calculator.terms_form import TermsForm
    from duewise.ui.common.context import AppContext

SCENARIO_KIND = "scenario"


class ScenarioFiles:
    """Save and open scenarios (the page provides the panels, the dialogs and ``recompute``)."""

    context: AppContext
    status: QLabel
    terms_form: TermsForm
    scenario_editor: ScenarioEditor
    next_loan_panel: NextLoanPanel
    _loading: bool
    _currency: str

    _errors: dict[str, tuple[str, dict[str, object]]]

    if TYPE_CHECKING:  # the page's

        def recompute(self) -> bool: ...
        def scenario_text(self) -> str: ...
        def edited_terms(self) -> dict[str, str]: ...
        def _set_tab_order(self) -> None: ...
        def _show_errors(self) -> None: ...
        def _on_terms_form_product_changed(self) -> None: ...
        @classmethod
        def ask_text(cls, parent: QWidget, title: str, label: str, text: str) -> str | None: ...
        @classmethod
        def ask_choice(
            cls, parent: QWidget, title: str, label: str, items: list[str]
        ) -> str | None: ...

    def scenario_payload(self) -> dict[str, object]:
        """Everything needed to show this scenario again."""
        kind, name = self.terms_form.current_product_key()
        custom_terms: dict[str, str] = {}
        if kind == "custom" and self.terms_form.custom is not None:
            # a debt's own terms: saved as its preset and those terms, opened the same way
            kind, name = "preset", self.terms_form.custom.id
            custom_terms = dict(self.terms_form.custom_terms)
        start = self.terms_form.start()
        loan = self.next_loan_panel
        month = loan.application_month()
        return {
            "version": 1,
            "product": {"kind": kind, "name": name},
            "terms": self.edited_terms(),
            "amount": self.terms_form.amount_edit.text(),
            "start": f"{start.year:04d}-{start.month:02d}",
            "scenario": self.scenario_text(),
            "custom_terms": custom_terms,
            "months": self.scenario_editor.months_spin.value(),
            "days_late": self.scenario_editor.days_late_spin.value(),
            "loan": {
                "kind": str(loan.kind_box.currentData()),
                "amount": loan.amount_edit.text(),
                "months": loan.months_spin.value(),
                "rate": loan.rate_edit.text(),
                "month": f"{month.year:04d}-{month.month:02d}",
            },
        }

    def save_scenario(self, name: str) -> None:
        """Store the scenario under ``name`` (saved_items kind "scenario"), made one line."""
        name = names.single_line(name)
        self.context.database.save_item(
            self.context.profile_id, SCENARIO_KIND, name, json.dumps(self.scenario_payload())
        )
        self.status.setText(
            QCoreApplication.translate("CalculatorPage", "Saved the scenario “%1”.").replace(
                "%1", name
            )
        )

    def open_scenario(self, name: str) -> bool:
        """Show a saved scenario (False if it is missing or cannot be read)."""
        text = self.context.database.load_item(self.context.profile_id, SCENARIO_KIND, name)
        try:
            data = json.loads(text) if text else None
            self._apply_payload(data)
        except (ValueError, KeyError, TypeError, MoneyError):
            self.status.setText(
                QCoreApplication.translate(
                    "CalculatorPage", "The scenario “%1” could not be read."
                ).replace("%1", name)
            )
            return False
        self.status.setText(
            QCoreApplication.translate("CalculatorPage", "Opened the scenario “%1”.").replace(
                "%1", name
            )
        )
        return True

    def _apply_payload(self, data: object) -> None:
        if not isinstance(data, dict):
            raise ValueError("not a scenario")
        product = data["product"]
        key = (str(product["kind"]), str(product["name"]))
        scenario = missed.parse_scenario(str(data["scenario"]))
        form, loan_panel = self.terms_form, self.next_loan_panel
        custom = data.get("custom_terms")
        self._loading = True
        try:
            if isinstance(custom, dict) and custom and key[0] == "preset":
                request = calculator.open_request(
                    {"product": key[1], "terms": custom}, form.presets
                )
                if request.product is None or not request.custom:
                    raise ValueError("terms")
                form.select_custom(request.product, {str(k): str(v) for k, v in custom.items()})
            elif not form.select_product(key):
                raise ValueError("product")
            form.set_term_texts(dict(data.get("terms", {})))
            form.amount_edit.setText(str(data["amount"]))
            year, month = (int(x) for x in str(data["start"]).split("-"))
            form.set_start(year, month)
            self.scenario_editor.set_scenario(scenario)
            self.scenario_editor.set_months(int(data.get("months", 0)) or None)
            self.scenario_editor.set_days_late(int(data.get("days_late", 0)) or None)
            loan = data.get("loan")
            if isinstance(loan, dict):
                index = loan_panel.kind_box.findData(str(loan.get("kind")))
                if index >= 0:
                    loan_panel.kind_box.setCurrentIndex(index)
                loan_panel.amount_edit.setText(str(loan.get("amount", "")))
                loan_panel.months_spin.setValue(int(loan.get("months", 12)))
                loan_panel.rate_edit.setText(str(loan.get("rate", "")))
                ly, lm = (int(x) for x in str(loan.get("month", "2025-01")).split("-"))
                loan_panel.set_application_month(dt.date(ly, lm, 1))
                loan_panel.month_touched = True
        finally:
            self._loading = False
        self._currency = form.product_base.currency.value
        self._set_tab_order()
        self.recompute()

    def _on_save_clicked(self) -> None:
        name = self.ask_text(
            self,
            QCoreApplication.translate("CalculatorPage", "Save scenario"),
            QCoreApplication.translate("CalculatorPage", "Name of this scenario:"),
            self._default_name(),
        )
        if name is not None:
            self.save_scenario(name)

    def _default_name(self) -> str:
        name = self.terms_form.product_name(self.terms_form.product_base)
        return f"{name} {self.terms_form.amount_edit.text()} {self.scenario_text()}"

    def _on_open_clicked(self) -> None:
        names = self.context.database.item_names(self.context.profile_id, SCENARIO_KIND)
        if not names:
            self.status.setText(
                QCoreApplication.translate("CalculatorPage", "No saved scenarios yet.")
            )
            return
        name = self.ask_choice(
            self,
            QCoreApplication.translate("CalculatorPage", "Open scenario"),
            QCoreApplication.translate("CalculatorPage", "Saved scenarios:"),
            names,
        )
        if name is not None:
            self.open_scenario(name)

    # --- lessons open the page pre-filled -----------------------------------------------------

    def open_with(self, params: dict[str, object]) -> None:
        """Pre-fill from another page: ``product``, ``amount``, ``scenario`` (``finance.missed``
        grammar: on-time | minimum | miss:N | partial:AMOUNT …), ``then`` (catch-up |
        keep-missing | negotiate), optionally ``start`` ("YYYY-MM") and, as a lesson's block or
        the planner passes them (:func:`duewise.finance.calculator.open_request`), ``days_late``,
        ``annual_rate`` (percent a year), ``months`` and a debt's own ``terms``.

        The page then shows exactly that scenario. Unknown or invalid values are reported at the
        field; the rest is still applied.
        """
        rejected: dict[str, tuple[str, dict[str, object]]] = {}
        form = self.terms_form
        request = calculator.open_request(params, form.presets)
        self._loading = True
        try:
            if request.product is not None:
                if request.custom:
                    terms = params.get("terms")
                    form.select_custom(
                        request.product,
                        {str(k): str(v) for k, v in terms.items()}
                        if isinstance(terms, dict)
                        else {},
                    )
                else:
                    form.select_product(("preset", request.product.id))
                form.set_term_values(request.edits)
            elif "product" in request.errors:
                self.status.setText(errors.message("preset_not_found", {"id": params["product"]}))
            if "amount" in params:
                form.amount_edit.setText(str(params["amount"]))
            form.set_start(*request.start)
            if "start" in request.errors:
                self.status.setText(
                    QCoreApplication.translate(
                        "CalculatorPage", "The start month “%1” is not a month."
                    ).replace("%1", str(params.get("start")))
                )
            scenario_text = params.get("scenario")
            then = params.get("then")
            editor = self.scenario_editor
            if isinstance(scenario_text, str) and scenario_text:
                try:
                    editor.set_scenario(
                        missed.parse_scenario(
                            scenario_text, then=str(then) if isinstance(then, str) else None
                        )
                    )
                except MoneyError as exc:
                    rejected["scenario"] = (exc.code, dict(exc.params))
            if request.negotiate_months is not None:
                editor.negotiate_spin.setValue(request.negotiate_months)
            editor.set_months(request.months)
            editor.set_days_late(request.days_late)
            for name, exc in request.errors.items():
                if name not in ("product", "start"):
                    rejected["scenario" if name != "terms" else "terms"] = (
                        exc.code,
                        dict(exc.params),
                    )
            self.next_loan_panel.month_touched = False
        finally:
            self._loading = False
        self.scenario_editor.set_start(form.start())
        self._on_terms_form_product_changed()
        if rejected:
            # the value was not applied: say so at the field, over the shown result
            self._errors.update(rejected)
            self._show_errors()
