"""The remedies view's own inputs (issue #18): the negotiated plan's length and monthly fee as
the agreement says, a monthly budget, and "and I also miss my 花呗 / card next month".

Every field is read through ``finance.forms`` (:func:`~duewise.finance.forms.validate_remedies`,
:func:`~duewise.finance.forms.validate_calculator`) into a
:class:`~duewise.finance.calculator.RemediesRequest`; the engine is never asked with a field
that failed, and the failures are worded by the one error catalogue in one line whose room is
kept (the table below never jumps).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duewise.finance import calculator, forms, products, remedies
from duewise.ui.calculator import parts
from duewise.ui.common import errors
from duewise.ui.common.basics import RetranslatingWidget
from duewise.ui.common.flow import FlowLayout

#: Products the second account can be ("and I also miss my …"), by currency.
SECOND_PRODUCTS = {
    "CNY": ("cn_huabei", "cn_jd_baitiao", "cn_bank_card"),
    "USD": ("us_card",),
}
SECOND_AMOUNT = {"CNY": "2000", "USD": "500"}


class RemediesInputs(RetranslatingWidget):
    """The plan, the budget and the second account.

    Signals:
        changed(): an input was changed by the learner.
    """

    changed = Signal()

    #: The controls the panel shows under its own name (``panel.fee_edit`` …).
    SHARED = "months_spin fee_edit budget_edit second_check second_box second_amount_edit error"

    def __init__(
        self,
        language: Callable[[], str],
        presets: Mapping[str, products.Product],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._presets = presets
        self._currency = "CNY"
        self._loading = False
        self.asked_budget: Decimal | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._build_inputs(self, layout)
        self._connect_signals()
        self._fill_second_products()
        self.retranslate_ui()

    def _build_inputs(self, frame: QWidget, layout: QVBoxLayout) -> None:
        row = FlowLayout()
        self.months_label = QLabel(frame)
        self.months_spin = QSpinBox(frame)
        self.months_spin.setRange(1, remedies.MAX_NEGOTIATE_MONTHS)
        self.months_spin.setValue(remedies.DEFAULT_NEGOTIATE_MONTHS)
        self.months_label.setBuddy(self.months_spin)
        self.fee_label = QLabel(frame)
        self.fee_edit = QLineEdit("0", frame)
        self.fee_edit.setMaximumWidth(90)
        self.fee_label.setBuddy(self.fee_edit)
        self.budget_label = QLabel(frame)
        self.budget_edit = QLineEdit(frame)
        self.budget_edit.setMaximumWidth(130)
        self.budget_label.setBuddy(self.budget_edit)
        for widget in (
            self.months_label,
            self.months_spin,
            self.fee_label,
            self.fee_edit,
            self.budget_label,
            self.budget_edit,
        ):
            row.addWidget(widget)
        layout.addLayout(row)
        second = FlowLayout()
        self.second_check = QCheckBox(frame)
        self.second_box = QComboBox(frame)
        self.second_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.second_amount_label = QLabel(frame)
        self.second_amount_edit = QLineEdit(SECOND_AMOUNT["CNY"], frame)
        self.second_amount_edit.setMaximumWidth(130)
        self.second_amount_label.setBuddy(self.second_amount_edit)
        self.second_when = QLabel(frame)
        for widget in (
            self.second_check,
            self.second_box,
            self.second_amount_label,
            self.second_amount_edit,
            self.second_when,
        ):
            second.addWidget(widget)
        layout.addLayout(second)
        #: One line for the panel's field errors, its room kept (the table never jumps).
        self.error = parts.error_label(frame)
        layout.addWidget(self.error)
        self._set_second_enabled(False)

    def _connect_signals(self) -> None:
        self.months_spin.valueChanged.connect(self._on_input_changed)
        self.fee_edit.textChanged.connect(self._on_input_changed)
        self.budget_edit.textChanged.connect(self._on_input_changed)
        self.second_check.toggled.connect(self._on_second_check_toggled)
        self.second_box.currentIndexChanged.connect(self._on_input_changed)
        self.second_amount_edit.textChanged.connect(self._on_input_changed)

    def focus_chain(self) -> list[QWidget]:
        """The panel's fields in tab order."""
        return [
            self.months_spin,
            self.fee_edit,
            self.budget_edit,
            self.second_check,
            self.second_box,
            self.second_amount_edit,
        ]

    # --- inputs -----------------------------------------------------------------------------

    def set_currency(self, currency: str) -> None:
        """The products a second account can be, in ``currency``."""
        if currency == self._currency:
            return
        self._currency = currency
        self._loading = True
        self.second_amount_edit.setText(SECOND_AMOUNT.get(currency, "1000"))
        self._fill_second_products()
        self._loading = False

    def _fill_second_products(self) -> None:
        blocked = self.second_box.blockSignals(True)
        self.second_box.clear()
        for pid in SECOND_PRODUCTS.get(self._currency, ()):
            if pid in self._presets:
                self.second_box.addItem(self._product_name(self._presets[pid]), pid)
        self.second_box.blockSignals(blocked)

    def _product_name(self, product: products.Product) -> str:
        return product.name_zh if self._language() == "zh_CN" else product.name_en

    def _set_second_enabled(self, enabled: bool) -> None:
        for widget in (self.second_box, self.second_amount_edit):
            widget.setEnabled(enabled)

    def request(
        self, balance: Decimal, missed_cycles: int, start: dt.date
    ) -> tuple[calculator.RemediesRequest | None, dict[str, tuple[str, dict[str, object]]]]:
        """The remedies to compare, read from the panel's fields (``None`` and the field errors
        when one is invalid: the engine is not asked)."""
        month = f"{start.year:04d}-{start.month:02d}"
        checked = forms.validate_remedies(
            balance=format(balance, "f"),
            missed_cycles=missed_cycles,
            start=month,
            negotiate_months=self.months_spin.value(),
            budget=self.budget_edit.text(),
        )
        fee = forms.validate_calculator(
            amount=format(balance, "f"),
            scenario="miss:1",
            negotiate_fee_percent=self.fee_edit.text() or "0",
        )
        found: dict[str, tuple[str, dict[str, object]]] = {}
        for name, result in (("budget", checked), ("negotiate_fee_rate", fee)):
            error = result.error(name)
            if error is not None:
                found[name] = (error.code, dict(error.params))
        second: calculator.SecondMiss | None = None
        if self.second_check.isChecked():
            amount = forms.validate_remedies(
                balance=self.second_amount_edit.text(),
                missed_cycles=1,
                start=month,
            )
            error = amount.error("balance")
            pid = self.second_box.currentData()
            if error is not None:
                found["second_amount"] = (error.code, dict(error.params))
            elif isinstance(pid, str) and pid in self._presets:
                second = calculator.SecondMiss(
                    self._presets[pid],
                    amount.values["balance"],  # type: ignore[arg-type]
                )
        if found:
            return None, found
        budget = checked.values.get("budget")
        #: The budget of the last valid request (as read, for the recommendation's words).
        self.asked_budget = budget if isinstance(budget, Decimal) else None
        return (
            calculator.RemediesRequest(
                negotiate_months=int(checked.values.get("negotiate_months") or 12),  # type: ignore[call-overload]
                negotiate_monthly_fee_rate=fee.values.get("negotiate_fee_rate", Decimal(0)),  # type: ignore[arg-type]
                monthly_budget=budget if isinstance(budget, Decimal) else None,
                also_missed=second,
            ),
            {},
        )

    def show_errors(self, found: Mapping[str, tuple[str, Mapping[str, object]]]) -> None:
        """Field → (code, params) of the panel's invalid fields (empty: all valid)."""
        lines = []
        for name, edit in (
            ("negotiate_fee_rate", self.fee_edit),
            ("budget", self.budget_edit),
            ("second_amount", self.second_amount_edit),
        ):
            problem = found.get(name)
            message = errors.message(problem[0], problem[1]) if problem else ""
            if message:
                message = f"{self._field_name(name)}: {message}"
                lines.append(message)
            parts.mark_invalid(edit, bool(message))
            edit.setAccessibleDescription(message)
        self.error.setText(" · ".join(lines))
        self.error.setVisible(bool(lines))

    def _field_name(self, name: str) -> str:
        return {
            "negotiate_fee_rate": self.tr("Plan fee"),
            "budget": self.tr("Budget"),
            "second_amount": self.tr("Second account"),
        }[name]

    # --- slots ------------------------------------------------------------------------------

    def _on_input_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_second_check_toggled(self, checked: bool) -> None:
        self._set_second_enabled(checked)
        self._on_input_changed()

    # --- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.months_label.setText(self.tr("Negotiated plan (months)"))
        self.months_spin.setAccessibleName(self.tr("Length of the negotiated plan in months"))
        self.fee_label.setText(self.tr("Plan fee (% a month)"))
        self.fee_edit.setAccessibleName(self.tr("Monthly fee of the plan, percent"))
        self.fee_edit.setToolTip(self.tr("As your agreement with the lender says (0 if none)."))
        self.budget_label.setText(self.tr("Your budget a month"))
        self.budget_edit.setAccessibleName(self.tr("Money you have each month for this debt"))
        self.budget_edit.setPlaceholderText(self.tr("optional"))
        self.second_check.setText(self.tr("And I also miss my"))
        self.second_check.setAccessibleName(
            self.tr("Add a second account missed on the same report")
        )
        self.second_box.setAccessibleName(self.tr("The second account's product"))
        for i in range(self.second_box.count()):
            pid = str(self.second_box.itemData(i))
            if pid in self._presets:
                self.second_box.setItemText(i, self._product_name(self._presets[pid]))
        self.second_amount_label.setText(self.tr("of"))
        self.second_amount_edit.setAccessibleName(self.tr("The second account's amount"))
        self.second_when.setText(self.tr("next month"))
