"""What happens each month: quick scenarios, one choice per month, and what follows them.

The editor hands the page a typed ``missed.Scenario`` (:meth:`ScenarioEditor.scenario`); the
scenario grammar (``miss,miss then catch-up``) is only used to save a scenario and to name it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duewise.finance import calculator, missed, record
from duewise.finance.money import MoneyError, check_amount, round_money, to_decimal
from duewise.ui.calculator import parts
from duewise.ui.common import basics
from duewise.ui.common.basics import RetranslatingWidget

MAX_LISTED_CYCLES = 36
MAX_PLAN_MONTHS = 60
#: The quick scenarios of the three buttons.
PRESETS = {
    "miss-one": missed.Scenario(actions=(missed.CycleAction(missed.Action.PAY_NOTHING),)),
    "miss-three": missed.missed_scenario(3),
    "minimum-only": missed.Scenario(
        actions=(), repeat=missed.CycleAction(missed.Action.PAY_MINIMUM)
    ),
}
_THEN = ("catch-up", "keep-missing", "negotiate", "repeat")


@dataclass(frozen=True)
class CycleChoice:
    """One row of the per-cycle scenario: ``action`` is a ``missed.Action`` value, ``amount``
    the text typed for a part payment."""

    action: str
    amount: str = ""


class ScenarioEditor(RetranslatingWidget):
    """Quick scenarios, a choice per month, and what happens after them.

    Signals:
        changed(): the scenario shown changed (by the learner).
    """

    changed = Signal()

    #: The controls the page shows under its own name (``page.miss_one_button`` …).
    SHARED = (
        "miss_one_button miss_three_button minimum_only_button cycles_spin then_box negotiate_spin"
    )

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._loading = False
        self._start = dt.date.today().replace(day=1)
        self.cycle_rows: list[tuple[QLabel, QComboBox, QLineEdit]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = basics.heading(2, self)
        layout.addWidget(self.heading)
        self.presets_grid = QGridLayout()
        self.miss_one_button = QPushButton(self)
        self.miss_three_button = QPushButton(self)
        self.minimum_only_button = QPushButton(self)
        layout.addLayout(self.presets_grid)
        count_row = QHBoxLayout()
        self.cycles_label = QLabel(self)
        self.cycles_spin = QSpinBox(self)
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
        self.then_label = QLabel(self)
        self.then_box = QComboBox(self)
        self.then_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value in _THEN:
            self.then_box.addItem("", value)
        self.then_label.setBuddy(self.then_box)
        then_form.addRow(self.then_label, self.then_box)
        self.negotiate_label = QLabel(self)
        self.negotiate_spin = QSpinBox(self)
        self.negotiate_spin.setRange(1, MAX_PLAN_MONTHS)
        self.negotiate_spin.setValue(12)
        self.negotiate_label.setBuddy(self.negotiate_spin)
        then_form.addRow(self.negotiate_label, self.negotiate_spin)
        self.months_label = QLabel(self)
        self.months_spin = QSpinBox(self)
        self.months_spin.setRange(0, missed.MAX_CYCLES)
        self.months_label.setBuddy(self.months_spin)
        then_form.addRow(self.months_label, self.months_spin)
        self.days_late_label = QLabel(self)
        self.days_late_spin = QSpinBox(self)
        self.days_late_spin.setRange(0, calculator.MAX_DAYS_LATE)
        self.days_late_label.setBuddy(self.days_late_spin)
        then_form.addRow(self.days_late_label, self.days_late_spin)
        layout.addLayout(then_form)
        self.error = parts.error_label(self)
        layout.addWidget(self.error)
        self.set_scenario(PRESETS["miss-three"])
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.miss_one_button.clicked.connect(lambda: self.apply_preset("miss-one"))
        self.miss_three_button.clicked.connect(lambda: self.apply_preset("miss-three"))
        self.minimum_only_button.clicked.connect(lambda: self.apply_preset("minimum-only"))
        self.cycles_spin.valueChanged.connect(self._on_cycles_spin_value_changed)
        self.then_box.currentIndexChanged.connect(self._on_input_changed)
        self.negotiate_spin.valueChanged.connect(self._on_input_changed)
        self.months_spin.valueChanged.connect(self._on_input_changed)
        self.days_late_spin.valueChanged.connect(self._on_input_changed)

    def preset_buttons(self) -> tuple[QPushButton, QPushButton, QPushButton]:
        """The quick-scenario buttons, in order."""
        return (self.miss_one_button, self.miss_three_button, self.minimum_only_button)

    def focus_chain(self) -> list[QWidget]:
        """The editor's fields in tab order, after the quick-scenario buttons."""
        chain: list[QWidget] = [self.cycles_spin]
        for _, combo, edit in self.cycle_rows:
            chain += [combo, edit]
        return [
            *chain,
            self.then_box,
            self.negotiate_spin,
            self.months_spin,
            self.days_late_spin,
        ]

    # --- the scenario -----------------------------------------------------------------------

    def scenario(self) -> missed.Scenario:
        """The scenario shown.

        Raises:
            MoneyError: ``bad_scenario`` (``param="scenario"``) for a part payment that is not
                an amount, with the offending ``token``.
        """
        steps: list[missed.CycleAction] = []
        for choice in self.cycle_choices():
            action = missed.Action(choice.action)
            amount: Decimal | None = None
            if action is missed.Action.PAY_AMOUNT:
                try:
                    amount = round_money(check_amount(to_decimal(choice.amount), "scenario"))
                except MoneyError:
                    token = f"partial:{choice.amount or '?'}"
                    raise MoneyError("bad_scenario", param="scenario", token=token) from None
            steps.append(missed.CycleAction(action, amount))
        then = str(self.then_box.currentData())
        if then == "repeat":
            return missed.Scenario(actions=tuple(steps[:-1]), repeat=steps[-1])
        return missed.Scenario(
            actions=tuple(steps),
            then=missed.After(then),
            negotiate_months=self.negotiate_spin.value(),
        )

    def scenario_text(self) -> str:
        """The scenario shown, in the engine's grammar (``miss,partial:300 then catch-up``), as
        typed: a part payment that is not an amount stays in it, for the form's validation
        (:func:`duewise.finance.forms.validate_calculator`) to refuse with its token."""
        steps: list[str] = []
        for choice in self.cycle_choices():
            if choice.action == missed.Action.PAY_AMOUNT.value:
                try:
                    amount = format(to_decimal(choice.amount), "f")
                except MoneyError:
                    amount = "".join(choice.amount.split()).replace(",", "") or "?"
                steps.append(f"partial:{amount}")
            else:
                steps.append(choice.action)
        then = str(self.then_box.currentData())
        if then == "repeat":
            return ",".join([*steps[:-1], steps[-1] + ":*"])
        if then == missed.After.NEGOTIATE.value:
            then += f":{self.negotiate_spin.value()}"
        return ",".join(steps) + " then " + then

    def months(self) -> int | None:
        """The months to simulate (``None``: automatic)."""
        return self.months_spin.value() or None

    def days_late(self) -> int | None:
        """A lesson's "paid N days late" (``None``: not used)."""
        return self.days_late_spin.value() or None

    def set_months(self, months: int | None) -> None:
        """Show ``months`` as the months to simulate (``None``: automatic)."""
        self.months_spin.setValue(months or 0)

    def set_days_late(self, days: int | None) -> None:
        """Show ``days`` as the days late (``None``: not used)."""
        self.days_late_spin.setValue(days or 0)

    def set_scenario(self, scenario: missed.Scenario) -> None:
        """Show ``scenario`` (its first months, as many as the editor lists)."""
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
        blocked = self._loading
        self._loading = True
        self.set_cycle_choices(choices[:MAX_LISTED_CYCLES])
        self.then_box.setCurrentIndex(max(0, self.then_box.findData(then)))
        self.negotiate_spin.setValue(min(max(scenario.negotiate_months, 1), MAX_PLAN_MONTHS))
        self.negotiate_spin.setEnabled(then == "negotiate")
        self._loading = blocked

    def apply_preset(self, name: str) -> None:
        """A quick scenario: ``miss-one``, ``miss-three`` or ``minimum-only``."""
        self.set_scenario(PRESETS[name])
        self.changed.emit()

    def set_cycle_choices(self, choices: list[CycleChoice]) -> None:
        """Show these per-cycle choices (one row per cycle)."""
        blocked = self._loading
        self._loading = True
        self.cycles_spin.setValue(len(choices))
        self._resize_cycle_rows(len(choices))
        for (_, combo, edit), choice in zip(self.cycle_rows, choices, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(choice.action)))
            edit.setText(choice.amount)
            edit.setEnabled(choice.action == "partial")
        self._loading = blocked
        self._retranslate_cycle_rows()

    def cycle_choices(self) -> list[CycleChoice]:
        """The per-cycle choices shown."""
        return [
            CycleChoice(str(combo.currentData()), edit.text().strip())
            for _, combo, edit in self.cycle_rows
        ]

    def set_start(self, start: dt.date) -> None:
        """The first statement's month (names the rows)."""
        self._start = start.replace(day=1)
        self._retranslate_cycle_rows()

    def show_error(self, message: str) -> None:
        """Show ``message`` under the scenario (empty: hide it); part payments are marked."""
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def mark_amounts(self, invalid: bool) -> None:
        """Mark the part-payment fields as invalid (or not)."""
        for _, _, edit in self.cycle_rows:
            parts.mark_invalid(edit, invalid and edit.isEnabled())

    def description(self) -> str:
        """The scenario shown in words, e.g. "Pay nothing (miss) ×3; after that: Catch up …"."""
        try:
            return self.describe(self.scenario())
        except MoneyError:
            return ""

    def describe(self, scenario: missed.Scenario) -> str:
        """Any scenario in words (the page words the one it computed, not the one being typed)."""
        names = self._action_names()
        groups: list[tuple[str, int]] = []
        steps_of = list(scenario.actions)
        if scenario.repeat is not None:
            steps_of.append(scenario.repeat)
        for step in steps_of:
            label = names.get(step.action.value, step.action.value)
            if step.action is missed.Action.PAY_AMOUNT and step.amount is not None:
                label += f" {format(step.amount, 'f')}"
            if groups and groups[-1][0] == label:
                groups[-1] = (label, groups[-1][1] + 1)
            else:
                groups.append((label, 1))
        steps = ", ".join(f"{label} ×{n}" if n > 1 else label for label, n in groups)
        if scenario.repeat is not None:
            then = self._then_names()["repeat"]
        elif scenario.then is missed.After.NEGOTIATE:
            then = self.tr("Negotiate a %1-month instalment plan").replace(
                "%1", str(scenario.negotiate_months)
            )
        else:
            then = self._then_names()[scenario.then.value]
        return self.tr("%1; after that: %2").replace("%1", steps).replace("%2", then)

    # --- rows -------------------------------------------------------------------------------

    def _resize_cycle_rows(self, count: int) -> None:
        while len(self.cycle_rows) < count:
            label = QLabel(self)
            combo = QComboBox(self)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            for action in missed.Action:
                combo.addItem("", action.value)
            edit = QLineEdit(self)
            edit.setEnabled(False)
            edit.setMaximumWidth(110)
            label.setBuddy(combo)
            label.setWordWrap(True)
            i = len(self.cycle_rows)
            self.cycles_grid.addWidget(label, i, 0)
            self.cycles_grid.addWidget(combo, i, 1)
            self.cycles_grid.addWidget(edit, i, 2)
            combo.currentIndexChanged.connect(self._on_cycle_combo_changed)
            edit.textChanged.connect(self._on_input_changed)
            self.cycle_rows.append((label, combo, edit))
        while len(self.cycle_rows) > count:
            for widget in self.cycle_rows.pop():
                self.cycles_grid.removeWidget(widget)
                widget.deleteLater()
        self._retranslate_cycle_rows()

    # --- slots ------------------------------------------------------------------------------

    def _on_input_changed(self, *_args: object) -> None:
        self.negotiate_spin.setEnabled(self.then_box.currentData() == "negotiate")
        if not self._loading:
            self.changed.emit()

    def _on_cycles_spin_value_changed(self, value: int) -> None:
        if self._loading:
            return
        choices = self.cycle_choices()
        choices = choices[:value] + [CycleChoice("on-time")] * (value - len(choices))
        self.set_cycle_choices(choices)
        self.changed.emit()

    def _on_cycle_combo_changed(self, _index: int) -> None:
        for _, combo, edit in self.cycle_rows:
            edit.setEnabled(combo.currentData() == "partial")
        if not self._loading:
            self.changed.emit()

    # --- texts ------------------------------------------------------------------------------

    def _action_names(self) -> dict[str, str]:
        return {
            "on-time": self.tr("Pay in full"),
            "minimum": self.tr("Pay the minimum"),
            "partial": self.tr("Pay part"),
            "miss": self.tr("Pay nothing (miss)"),
        }

    def _then_names(self) -> dict[str, str]:
        return {
            "catch-up": self.tr("Catch up: pay everything owed"),
            "keep-missing": self.tr("Keep missing"),
            "negotiate": self.tr("Negotiate an instalment plan"),
            "repeat": self.tr("Keep doing the last month's choice"),
        }

    def _retranslate_cycle_rows(self) -> None:
        names = self._action_names()
        language = self._language()
        for i, (label, combo, edit) in enumerate(self.cycle_rows):
            month = parts.month_text(record.add_months(self._start, i), language)
            label.setText(month)
            label.setToolTip(
                self.tr("Month %1 (%2)").replace("%1", str(i + 1)).replace("%2", month)
            )
            for j in range(combo.count()):
                combo.setItemText(j, names.get(str(combo.itemData(j)), ""))
            combo.setAccessibleName(self.tr("What you pay in month %1").replace("%1", str(i + 1)))
            edit.setAccessibleName(self.tr("Amount paid in month %1").replace("%1", str(i + 1)))
            edit.setPlaceholderText(self.tr("amount"))

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("What happens"))
        self.miss_one_button.setText(self.tr("Miss one"))
        self.miss_three_button.setText(self.tr("Miss three in a row"))
        self.minimum_only_button.setText(self.tr("Minimum only"))
        for button in self.preset_buttons():
            button.setAccessibleName(self.tr("Quick scenario: %1").replace("%1", button.text()))
        self.cycles_label.setText(self.tr("Months to choose"))
        self.cycles_spin.setAccessibleName(self.tr("Number of months to choose"))
        self.then_label.setText(self.tr("After these months"))
        self.then_box.setAccessibleName(self.tr("After these months"))
        then_names = self._then_names()
        for i in range(self.then_box.count()):
            self.then_box.setItemText(i, then_names[str(self.then_box.itemData(i))])
        self.negotiate_label.setText(self.tr("Plan length (months)"))
        self.negotiate_spin.setAccessibleName(self.tr("Length of the negotiated plan in months"))
        self.months_label.setText(self.tr("Months shown"))
        self.months_spin.setSpecialValueText(self.tr("Automatic"))
        self.months_spin.setAccessibleName(self.tr("Months simulated"))
        self.months_spin.setToolTip(
            self.tr(
                "How many months the chart, the record and the table show (Automatic: 5 years, "
                "or a loan's term and 2 years)."
            )
        )
        self.days_late_label.setText(self.tr("Or: paid this many days late"))
        self.days_late_spin.setSpecialValueText(self.tr("not used"))
        self.days_late_spin.setAccessibleName(self.tr("Days the first payment is late"))
        self.days_late_spin.setToolTip(
            self.tr(
                "What paying the amount this many days after its due date costs (as a "
                "lesson's slider shows it). The chart, the record and the table still play the "
                "months of the scenario."
            )
        )
        self._retranslate_cycle_rows()
