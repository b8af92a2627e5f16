"""The learner's situation: the product (a preset or a saved copy), the amount, the first
statement month, and the product's rates and fees as in force.

The form keeps typed values — a ``Decimal`` fraction for a rate, whole days for days — parsed
once from what is typed; the text is only their display. A rate is shown in percent (the one
conversion, at the field's edge), and a term counts as edited when its typed value differs from
the published one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duewise.finance import products
from duewise.finance.money import HUNDRED, MoneyError, to_decimal
from duewise.storage.db import Database
from duewise.ui.calculator import parts
from duewise.ui.calculator.widgets import InfoButton
from duewise.ui.common import app_language, basics, errors
from duewise.ui.common.basics import RetranslatingWidget

PRODUCT_KIND = "product"  # saved_items.kind of a learner's copy
DEFAULT_PRODUCT = "cn_jd_baitiao"
DEFAULT_AMOUNT = "1000"

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
PERCENT_UNITS = frozenset({"fraction/day", "fraction/year", "fraction", "fraction/month"})
WHOLE_UNITS = frozenset({"days", "months", "cycles", "payments", "day-of-month"})

TermValue = Decimal | int


def display_value(value: TermValue, unit: str) -> str:
    """A term's value as typed in its field (a rate fraction in percent: 0.0007 → ``0.07``)."""
    shown = Decimal(value) * HUNDRED if unit in PERCENT_UNITS else Decimal(value)
    return format(shown.normalize(), "f")


def parse_value(text: str, unit: str) -> TermValue:
    """What the learner typed in a term's field, in the rule's unit.

    Raises:
        MoneyError: ``not_a_number`` or ``not_a_whole_number``.
    """
    value = to_decimal(text)
    if unit in PERCENT_UNITS:
        return value / HUNDRED
    if unit in WHOLE_UNITS:
        if value != value.to_integral_value():
            raise MoneyError("not_a_whole_number", minimum=0)
        return int(value)
    return value


class TermsForm(RetranslatingWidget):
    """Product, amount, start month and the editable terms.

    Two parts go into the page's input card around the scenario editor: :attr:`situation`
    (product, amount, first statement) above it and :attr:`rates` (the terms) below it.

    Signals:
        changed(): an amount, month or term was typed or chosen.
        product_changed(): another product (with its terms) is shown.
        product_unreadable(): the chosen saved copy could not be read (the shown one stays).
    """

    changed = Signal()
    product_changed = Signal()
    product_unreadable = Signal()

    #: The controls the page shows under its own name (``page.product_box`` …).
    SHARED = (
        "product_box copy_button delete_copy_button amount_edit amount_error start_edit "
        "reset_terms_button"
    )

    def __init__(
        self,
        database: Database,
        profile_id: Callable[[], int],
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._profile_id = profile_id
        self._language = language
        self.presets = products.load_presets()
        self.product_base: products.Product = self.presets[DEFAULT_PRODUCT]
        self.rate_fields: dict[str, tuple[QLabel, QLineEdit, InfoButton, QLabel]] = {}
        self._values: dict[str, TermValue] = {}
        self._term_errors: dict[str, tuple[str, dict[str, object]]] = {}
        self._amount: Decimal | None = None
        self._amount_error: tuple[str, dict[str, object]] | None = None
        self._loading = False
        #: A debt's own terms another page opened the calculator with (the product box lists
        #: it as "custom:"), and those terms as the open parameters wrote them.
        self.custom: products.Product | None = None
        self.custom_terms: dict[str, str] = {}
        self.hide()  # a holder: its two parts live in the page's card
        self.situation = QWidget(parent)
        self.rates = QWidget(parent)
        self._build_situation()
        self._build_rates()
        self._connect_signals()
        self._loading = True
        self.fill_product_box()
        self.select_product(("preset", DEFAULT_PRODUCT))
        self.amount_edit.setText(DEFAULT_AMOUNT)
        today = dt.date.today()
        self.start_edit.setDate(QDate(today.year, today.month, 1))
        self._loading = False
        self.retranslate_ui()

    def _build_situation(self) -> None:
        parent = self.situation
        layout = QVBoxLayout(parent)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = basics.heading(2, parent)
        layout.addWidget(self.heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)
        self.product_label = QLabel(parent)
        self.product_box = QComboBox(parent)
        self.product_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.product_label.setBuddy(self.product_box)
        form.addRow(self.product_label, self.product_box)
        self.copy_grid = QGridLayout()
        self.copy_button = QPushButton(parent)
        self.delete_copy_button = QPushButton(parent)
        form.addRow(self.copy_grid)
        self.amount_label = QLabel(parent)
        self.amount_edit = QLineEdit(parent)
        self.amount_label.setBuddy(self.amount_edit)
        self.amount_error = parts.error_label(parent)
        amount_box = QVBoxLayout()
        amount_box.setSpacing(2)
        amount_box.addWidget(self.amount_edit)
        amount_box.addWidget(self.amount_error)
        form.addRow(self.amount_label, amount_box)
        self.start_label = QLabel(parent)
        self.start_edit = QDateEdit(parent)
        self.start_edit.setDisplayFormat("yyyy-MM")
        self.start_edit.setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 1))
        self.start_label.setBuddy(self.start_edit)
        form.addRow(self.start_label, self.start_edit)

    def _build_rates(self) -> None:
        parent = self.rates
        layout = QVBoxLayout(parent)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rates_heading = basics.heading(2, parent)
        layout.addWidget(self.rates_heading)
        self.rates_note = basics.paragraph(parent, muted=True)
        layout.addWidget(self.rates_note)
        self.rates_form = QGridLayout()
        self.rates_form.setHorizontalSpacing(6)
        self.rates_form.setVerticalSpacing(2)
        self.rates_form.setColumnStretch(1, 1)
        layout.addLayout(self.rates_form)
        self.reset_terms_button = QPushButton(parent)
        layout.addWidget(self.reset_terms_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _connect_signals(self) -> None:
        self.product_box.currentIndexChanged.connect(self._on_product_box_current_index_changed)
        self.amount_edit.textChanged.connect(self._on_amount_edit_text_changed)
        self.start_edit.dateChanged.connect(self._on_input_changed)
        self.reset_terms_button.clicked.connect(self._on_reset_terms_button_clicked)

    def focus_chain(self) -> list[QWidget]:
        """The terms' fields in tab order."""
        chain: list[QWidget] = []
        for _, edit, info, _ in self.rate_fields.values():
            chain += [edit, info]
        return [*chain, self.reset_terms_button]

    # --- typed values -----------------------------------------------------------------------

    def amount(self) -> Decimal:
        """The amount typed.

        Raises:
            MoneyError: ``param="amount"``: it is not a number.
        """
        if self._amount is None:
            code, params = self._amount_error or ("not_a_number", {})
            raise MoneyError(code, **{**params, "param": "amount"})
        return self._amount

    def start(self) -> dt.date:
        """The first statement's month (its first day)."""
        date = self.start_edit.date()
        return dt.date(date.year(), date.month(), 1)

    def term_errors(self) -> dict[str, tuple[str, dict[str, object]]]:
        """Terms whose text is not a value of their unit: key → (code, params)."""
        return dict(self._term_errors)

    def edits(self) -> dict[str, TermValue]:
        """The learner's edits: rule key → typed value (in the rule's unit), where it differs
        from the published value."""
        rules = self.product_base.rules
        return {k: v for k, v in self._values.items() if v != rules[k].value}

    def edited_terms(self) -> dict[str, str]:
        """The edited terms as shown in their fields (percent for rates), for saving."""
        edited = set(self.edits()) | set(self._term_errors)
        return {k: self.rate_fields[k][1].text().strip() for k in self.rate_fields if k in edited}

    def set_term_texts(self, texts: dict[str, object]) -> None:
        """Type saved terms into their fields (unknown keys are ignored)."""
        for key, text in texts.items():
            if key in self.rate_fields:
                self.rate_fields[key][1].setText(str(text))

    def set_term_values(self, values: Mapping[str, TermValue]) -> None:
        """Type these values (rule key → value in the rule's unit) into their fields."""
        for key, value in values.items():
            if key in self.rate_fields:
                rule = self.product_base.rules[key]
                self.rate_fields[key][1].setText(display_value(value, rule.unit))

    def set_start(self, year: int, month: int) -> None:
        """Show ``year``-``month`` as the first statement."""
        self.start_edit.setDate(QDate(year, month, 1))

    def _parse_term(self, key: str) -> None:
        rule = self.product_base.rules[key]
        try:
            self._values[key] = parse_value(self.rate_fields[key][1].text().strip(), rule.unit)
        except MoneyError as exc:
            self._values.pop(key, None)
            self._term_errors[key] = (exc.code, dict(exc.params))
        else:
            self._term_errors.pop(key, None)

    # --- products ---------------------------------------------------------------------------

    def product_name(self, product: products.Product) -> str:
        """A product's name in the interface language."""
        return product.name_zh if self._language() == "zh_CN" else product.name_en

    def fill_product_box(self) -> None:
        """List the presets and the learner's saved copies (the choice kept if still there)."""
        current = self.product_box.currentData()
        self.product_box.blockSignals(True)
        self.product_box.clear()
        for pid in products.PRESET_IDS:
            if pid in self.presets:
                self.product_box.addItem(self.product_name(self.presets[pid]), f"preset:{pid}")
        names = self._database.item_names(self._profile_id(), PRODUCT_KIND)
        for name in names:
            self.product_box.addItem(self.tr("My copy: %1").replace("%1", name), f"copy:{name}")
        if self.custom is not None:
            self.product_box.addItem(self._custom_name(), "custom:")
        if current is not None:
            index = self.product_box.findData(current)
            if index >= 0:
                self.product_box.setCurrentIndex(index)
        self.product_box.blockSignals(False)

    def _load_copy(self, name: str) -> products.Product | None:
        payload = self._database.load_item(self._profile_id(), PRODUCT_KIND, name)
        if payload is None:
            return None
        try:
            return products.parse_preset(json.loads(payload)["toml"], file=name)
        except (ValueError, KeyError, TypeError):
            return None

    def _custom_name(self) -> str:
        base = self.presets.get(self.custom.id) if self.custom is not None else None
        name = self.product_name(base) if base is not None else ""
        return self.tr("Your debt's own terms (%1)").replace("%1", name)

    def select_custom(
        self, product: products.Product, terms: Mapping[str, str] | None = None
    ) -> None:
        """Show ``product``: a preset on a debt's own terms (another page's), listed as such."""
        self.custom = product
        self.custom_terms = dict(terms or {})
        self.fill_product_box()
        self.select_product(("custom", ""))

    def select_product(self, key: tuple[str, str]) -> bool:
        """Show a preset or a saved copy with its terms (False if it cannot be loaded)."""
        kind, name = key
        if kind == "custom":
            product = self.custom
        elif kind == "preset":
            product = self.presets.get(name)
        else:
            product = self._load_copy(name)
        if product is None:
            return False
        self.product_base = product
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

    def save_copy(self, name: str, product: products.Product) -> None:
        """Store a learner's copy of ``product`` (its edited terms) under ``name`` and show it."""
        copy = products.with_terms(product, names={"zh": name, "en": name})
        payload = json.dumps({"toml": products.to_toml(copy), "based_on": product.id})
        self._database.save_item(self._profile_id(), PRODUCT_KIND, name, payload)
        self.fill_product_box()
        self.select_product(("copy", name))

    def delete_copy(self) -> None:
        """Delete the saved copy shown and show the default preset."""
        kind, name = self.current_product_key()
        if kind != "copy":
            return
        self._database.delete_item(self._profile_id(), PRODUCT_KIND, name)
        self.fill_product_box()
        self.select_product(("preset", DEFAULT_PRODUCT))

    def _build_rate_fields(self) -> None:
        while self.rates_form.count():
            item = self.rates_form.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.rate_fields.clear()
        self._values.clear()
        self._term_errors.clear()
        parent = self.rates
        row = 0
        for key in EDITABLE_KEYS:
            rule = self.product_base.rules.get(key)
            if (
                rule is None
                or isinstance(rule.value, bool)
                or not isinstance(rule.value, int | Decimal)
            ):
                continue
            label = QLabel(parent)
            label.setWordWrap(True)
            edit = QLineEdit(parent)
            edit.setText(display_value(rule.value, rule.unit))
            edit.setMaximumWidth(130)
            label.setBuddy(edit)
            info = InfoButton(parent)
            error = parts.error_label(parent)
            self.rates_form.addWidget(label, row, 0)
            self.rates_form.addWidget(edit, row, 1)
            self.rates_form.addWidget(info, row, 2)
            self.rates_form.addWidget(error, row + 1, 0, 1, 3)
            row += 2
            self._values[key] = rule.value
            edit.textChanged.connect(lambda _text, key=key: self._on_term_text_changed(key))
            self.rate_fields[key] = (label, edit, info, error)
        self._retranslate_rates()

    # --- errors -----------------------------------------------------------------------------

    def show_errors(self, messages: dict[str, str]) -> None:
        """Show field → message under the amount and the terms (others are not the form's)."""
        fields: dict[str, tuple[QWidget, QLabel]] = {
            "amount": (self.amount_edit, self.amount_error)
        }
        for key, (_, edit, _, error) in self.rate_fields.items():
            fields[key] = (edit, error)
        for name, (edit, label) in fields.items():
            message = messages.get(name, "")
            label.setText(message)
            label.setVisible(bool(message))
            parts.mark_invalid(edit, bool(message))
            edit.setAccessibleDescription(message)

    # --- slots ------------------------------------------------------------------------------

    def _on_amount_edit_text_changed(self, text: str) -> None:
        try:
            self._amount, self._amount_error = to_decimal(text), None
        except MoneyError as exc:
            self._amount, self._amount_error = None, (exc.code, dict(exc.params))
        self._on_input_changed()

    def _on_term_text_changed(self, key: str) -> None:
        self._parse_term(key)
        self._on_input_changed()

    def _on_input_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_product_box_current_index_changed(self, _index: int) -> None:
        if not self.select_product(self.current_product_key()):
            self.product_unreadable.emit()
            return
        self.product_changed.emit()

    def _on_reset_terms_button_clicked(self) -> None:
        self._loading = True
        for key, (_, edit, _, _) in self.rate_fields.items():
            rule = self.product_base.rules[key]
            edit.setText(display_value(rule.value, rule.unit))
        self._loading = False
        self.changed.emit()

    # --- texts ------------------------------------------------------------------------------

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

    def term_label(self, key: str) -> str:
        """A term's name and unit in the current language (e.g. "Penalty fee rate (% a day)")."""
        rule = self.product_base.rules.get(key)
        return self._term_label(key, rule.unit if rule is not None else "")

    def _retranslate_rates(self) -> None:
        language = self._language()
        # The preset's texts in the interface language (source_zh, note_zh; English where none).
        texts = app_language.lesson_language(language)
        for key, (label, edit, info, _) in self.rate_fields.items():
            rule = self.product_base.rules[key]
            text = self._term_label(key, rule.unit)
            label.setText(text)
            edit.setAccessibleName(text)
            info.setAccessibleName(self.tr("Source of: %1").replace("%1", text))
            tip = [
                self.tr("Source: %1").replace("%1", rule.source_in(texts)),
                self.tr("As of: %1").replace("%1", parts.day_text(rule.as_of, language)),
            ]
            if rule.user_edited:
                tip.append(self.tr("Edited by you."))
            if rule.uncertain:
                tip.append(self.tr("Uncertain: sources disagree or are weak."))
            if rule.note:
                tip.append(rule.note_in(texts))
            for alt in rule.alternatives:
                tip.append(
                    self.tr("Other value: %1 (%2, %3)")
                    .replace("%1", display_value(alt.value, rule.unit))  # type: ignore[arg-type]
                    .replace("%2", alt.source_in(texts))
                    .replace("%3", parts.day_text(alt.as_of, language))
                )
            info.setToolTip("\n".join(tip))

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Your situation"))
        self.product_label.setText(self.tr("Product"))
        self.product_box.setAccessibleName(self.tr("Product"))
        for i in range(self.product_box.count()):
            kind, _, name = str(self.product_box.itemData(i)).partition(":")
            if kind == "preset":
                self.product_box.setItemText(i, self.product_name(self.presets[name]))
            elif kind == "custom":
                self.product_box.setItemText(i, self._custom_name())
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


def message_for(code: str, params: dict[str, object]) -> str:
    """A term or amount error in words."""
    return errors.message(code, params)
