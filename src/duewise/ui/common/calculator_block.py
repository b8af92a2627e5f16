"""A lesson's calculator block: one or two sliders over the lesson's scenario and its live cost.

The widget only presents: every figure comes from :func:`duewise.finance.what_if.evaluate`, the
same engine as the missed-payment calculator, which "Open in calculator" opens with these inputs.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from duewise import formatting
from duewise.content.model import CalculatorBlock, ScenarioKind, Slider
from duewise.finance import products, what_if
from duewise.finance.money import MoneyError
from duewise.ui.common import basics, errors
from duewise.ui.common.basics import RetranslatingWidget
from duewise.ui.common.record_block import RecordGrid

APR_STEP = Decimal("0.0025")  # a quarter of a percentage point per slider step


@dataclass
class _Control:
    """One slider with its label and value read-out."""

    kind: Slider
    slider: QSlider
    label: QLabel
    value: QLabel
    to_value: Callable[[int], object]


def _amount_step(amount: Decimal) -> Decimal:
    """A round slider step about a tenth of the amount's order of magnitude (1,000 → 100)."""
    return Decimal(10) ** max(amount.adjusted() - 1, 0)


class LessonCalculator(RetranslatingWidget):
    """Sliders, the cost they lead to, and a way into the full calculator.

    Signals:
        result_changed(object): a new :class:`~duewise.finance.what_if.WhatIf` is shown.
        open_in_calculator_requested(object): the calculator page's ``open_with`` params
            (``what_if.calculator_params``: ``product``, ``amount``, ``scenario``, and ``then``,
            ``days_late``, ``annual_rate``, ``months`` as the block has them).
    """

    result_changed = Signal(object)
    open_in_calculator_requested = Signal(object)

    def __init__(
        self, block: CalculatorBlock, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.block = block
        self._language = language
        self.result: what_if.WhatIf | None = None
        self.error_code: str | None = None
        self.error_params: dict[str, object] = {}
        self.product: products.Product | None = None
        try:
            self.product = products.load_preset(block.product)
        except MoneyError as exc:  # the checker refuses unknown presets; a damaged one lands here
            self.error_code = exc.code
            self.error_params = dict(exc.params)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.frame, layout = basics.card(self)
        outer.addWidget(self.frame)
        self.kicker = basics.paragraph(self.frame)
        self.kicker.setProperty("role", "muted")
        self.setup = basics.paragraph(self.frame)
        layout.addWidget(self.kicker)
        layout.addWidget(self.setup)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.controls: list[_Control] = []
        for row, kind in enumerate(block.sliders):
            control = self._make_control(kind)
            grid.addWidget(control.label, row, 0)
            grid.addWidget(control.slider, row, 1)
            grid.addWidget(control.value, row, 2)
            self.controls.append(control)
        layout.addLayout(grid)
        self.headline = basics.heading(2, self.frame)
        self.detail = basics.paragraph(self.frame)
        self.record_title = basics.paragraph(self.frame)
        self.record_title.setProperty("role", "muted")
        self.record = RecordGrid(self.frame)
        self.flags = basics.paragraph(self.frame)
        self.error = basics.paragraph(self.frame)
        self.error.setProperty("role", "error")
        self.note = basics.paragraph(self.frame, muted=True)
        for widget in (
            self.headline,
            self.detail,
            self.record_title,
            self.record,
            self.flags,
            self.error,
            self.note,
        ):
            layout.addWidget(widget)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.frame)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error.hide()
        widgets = [c.slider for c in self.controls] + [self.open_button]
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)
        self._connect_signals()
        self.recompute()

    # --- building ---------------------------------------------------------------------------

    def _make_control(self, kind: Slider) -> _Control:
        slider = QSlider(Qt.Orientation.Horizontal, self.frame)
        block = self.block
        scenario = block.scenario
        to_value: Callable[[int], object]
        if kind is Slider.DAYS_LATE:
            cycles = (
                scenario.cycles if scenario.kind is ScenarioKind.MISS and scenario.cycles else 1
            )
            slider.setRange(1, 180)
            slider.setPageStep(10)
            slider.setValue(min(30 * cycles, 180))
            to_value = int
        elif kind is Slider.MISSED_CYCLES:
            cycles = scenario.cycles or 1
            slider.setRange(1, max(12, cycles))
            slider.setPageStep(3)
            slider.setValue(cycles)
            to_value = int
        elif kind is Slider.MONTHS:
            negotiate = block.then is not None and block.then.value == "negotiate"
            slider.setRange(1, 60) if negotiate else slider.setRange(6, 360)
            slider.setPageStep(12)
            slider.setValue(12 if negotiate else what_if.MINIMUM_HORIZON_MONTHS)
            to_value = int
        elif kind is Slider.AMOUNT:
            step = _amount_step(block.amount)
            top = max(int(block.amount * 5 / step), 10)
            slider.setRange(1, top)
            slider.setPageStep(max(top // 10, 1))
            slider.setValue(max(int((block.amount / step).to_integral_value()), 1))

            def to_value(index: int, step: Decimal = step) -> object:
                return step * index

        else:  # APR
            rate = self.product.annual_rate if self.product is not None else Decimal("0.18")
            slider.setRange(0, 160)
            slider.setPageStep(8)
            slider.setValue(int((rate / APR_STEP).to_integral_value()))

            def to_value(index: int) -> object:
                return APR_STEP * index

        label = QLabel(self.frame)
        label.setBuddy(slider)
        value = QLabel(self.frame)
        value.setMinimumWidth(value.fontMetrics().horizontalAdvance("¥000,000.00"))
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return _Control(kind, slider, label, value, to_value)

    def _connect_signals(self) -> None:
        for control in self.controls:
            control.slider.valueChanged.connect(self._on_slider_value_changed)
        self.open_button.clicked.connect(self._on_open_button_clicked)

    # --- inputs and result ------------------------------------------------------------------

    def value(self, kind: Slider) -> object | None:
        """The current value of the ``kind`` slider, if the block has one."""
        for control in self.controls:
            if control.kind is kind:
                return control.to_value(control.slider.value())
        return None

    def inputs(self) -> dict[str, object]:
        """The arguments of :func:`duewise.finance.what_if.evaluate` for the sliders' values."""
        block = self.block
        amount = self.value(Slider.AMOUNT)
        args: dict[str, object] = {
            "product_id": block.product,
            "amount": amount if amount is not None else block.amount,
            "scenario": str(block.scenario),
            "then": block.then.value if block.then is not None else None,
        }
        for kind, name in (
            (Slider.DAYS_LATE, "days_late"),
            (Slider.MISSED_CYCLES, "missed_cycles"),
            (Slider.APR, "annual_rate"),
            (Slider.MONTHS, "months"),
        ):
            value = self.value(kind)
            if value is not None:
                args[name] = value
        return args

    def recompute(self) -> None:
        """Ask the engine for the figures of the current slider values and show them."""
        if self.product is None:
            self._show_error()
            return
        try:
            result = what_if.evaluate(**self.inputs())  # type: ignore[arg-type]
        except MoneyError as exc:
            self.error_code = exc.code
            self.error_params = dict(exc.params)
            self._show_error()  # the last valid result stays on screen
            return
        self.error_code = None
        self.result = result
        self.error.hide()
        self.retranslate_ui()
        self.result_changed.emit(result)

    def _on_slider_value_changed(self, _value: int) -> None:
        self.recompute()

    def calculator_params(self) -> dict[str, object]:
        """What "Open in calculator" passes to the calculator page: exactly the scenario the
        block shows, every slider included (``what_if.calculator_params``: days late, APR,
        months, missed payments), so the page leads with the block's figure."""
        return what_if.calculator_params(**self.inputs())  # type: ignore[arg-type]

    def _on_open_button_clicked(self) -> None:
        self.open_in_calculator_requested.emit(self.calculator_params())

    # --- texts ------------------------------------------------------------------------------

    def _money(self, amount: Decimal) -> str:
        currency = self.product.currency.value if self.product is not None else "CNY"
        return formatting.money(amount, currency, self._language())

    def _show_error(self) -> None:
        self.error.setText(
            self.tr(
                "This example cannot be computed: %1 The figures shown are the last valid ones."
            ).replace("%1", errors.message(self.error_code or "", self.error_params))
        )
        self.error.show()

    def _scenario_text(self) -> str:
        scenario = self.block.scenario
        cycles = self.value(Slider.MISSED_CYCLES)
        if scenario.kind is ScenarioKind.ON_TIME:
            text = self.tr("pay on time")
        elif scenario.kind is ScenarioKind.MINIMUM:
            text = self.tr("pay only the minimum each month")
        elif scenario.kind is ScenarioKind.PARTIAL:
            text = self.tr("pay only %1").replace("%1", self._money(scenario.amount or Decimal(0)))
        else:
            n = int(cycles) if isinstance(cycles, int) else (scenario.cycles or 1)
            text = (
                self.tr("miss one payment")
                if n == 1
                else self.tr("miss %1 payments in a row").replace("%1", str(n))
            )
        then = self.block.then.value if self.block.then is not None else None
        if scenario.kind is ScenarioKind.MISS or then is not None:
            if then == "keep-missing":
                text += self.tr(", then keep missing")
            elif then == "negotiate":
                text += self.tr(", then agree an instalment plan with the lender")
            else:
                text += self.tr(", then pay everything owed")
        return text

    def _value_text(self, control: _Control) -> str:
        value = control.to_value(control.slider.value())
        language = self._language()
        if control.kind is Slider.DAYS_LATE:
            return self.tr("%1 days").replace("%1", str(value))
        if control.kind is Slider.MISSED_CYCLES:
            return str(value)
        if control.kind is Slider.MONTHS:
            return self.tr("%1 months").replace("%1", str(value))
        if control.kind is Slider.AMOUNT:
            assert isinstance(value, Decimal)
            return self._money(value)
        assert isinstance(value, Decimal)
        return formatting.pct(value * 100, language)

    def _slider_name(self, kind: Slider) -> str:
        negotiate = self.block.then is not None and self.block.then.value == "negotiate"
        names = {
            Slider.DAYS_LATE: self.tr("&Days late"),
            Slider.MISSED_CYCLES: self.tr("&Missed payments"),
            Slider.AMOUNT: self.tr("&Amount"),
            Slider.APR: self.tr("Annual &rate (APR)"),
            Slider.MONTHS: self.tr("Plan &length (months)")
            if negotiate
            else self.tr("Months &shown"),
        }
        return names[kind]

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        language = self._language()
        self.kicker.setText(self.tr("Try it: move the slider and watch the cost"))
        self.open_button.setText(self.tr("Open in &calculator"))
        self.open_button.setAccessibleName(self.tr("Open this example in the calculator"))
        self.note.setText(
            self.tr(
                "Computed by DueWise's finance engine with the product's sourced rules, the same "
                "as the missed-payment calculator. An illustration, not your lender's statement."
            )
        )
        if self.product is not None:
            name = self.product.name_zh if language == "zh_CN" else self.product.name_en
            amount = self.value(Slider.AMOUNT)
            shown = amount if isinstance(amount, Decimal) else self.block.amount
            self.setup.setText(f"{name} · {self._money(shown)} · {self._scenario_text()}")
        for control in self.controls:
            name = self._slider_name(control.kind)
            control.label.setText(name)
            control.slider.setAccessibleName(name.replace("&", ""))
            control.value.setText(self._value_text(control))
            control.slider.setAccessibleDescription(control.value.text())
        self.setAccessibleName(self.tr("Calculator example"))
        self._show_result()

    def _show_result(self) -> None:
        result = self.result
        show_record = False
        if result is None:
            self.headline.setText("")
            self.detail.setText("")
        elif result.kind is what_if.WhatIfKind.LATE:
            late = (
                self.tr("Paying one day late costs %2")
                if result.days_late == 1
                else self.tr("Paying %1 days late costs %2")
            )
            self.headline.setText(
                late.replace("%1", str(result.days_late)).replace("%2", self._money(result.cost))
            )
            self.detail.setText(
                self.tr("Penalty or late fee: %1 · Interest: %2")
                .replace("%1", self._money(result.penalty))
                .replace("%2", self._money(result.interest))
            )
        elif result.kind is what_if.WhatIfKind.MINIMUM:
            if result.repaid_after is not None:
                self.headline.setText(
                    self.tr("Repaid after %1 months; interest paid: %2")
                    .replace("%1", str(result.repaid_after))
                    .replace("%2", self._money(result.cost))
                )
            else:
                self.headline.setText(
                    self.tr("After %1 months: still owed %2, interest so far %3")
                    .replace("%1", str(result.months))
                    .replace("%2", self._money(result.owed_at_end))
                    .replace("%3", self._money(result.cost))
                )
            self.detail.setText(
                self.tr("Annual rate: %1 · Amount: %2")
                .replace("%1", formatting.pct(result.annual_rate * 100, self._language()))
                .replace("%2", self._money(result.amount))
            )
        elif result.kind is what_if.WhatIfKind.ON_TIME:
            self.headline.setText(
                self.tr("Interest and fees: %1").replace("%1", self._money(result.cost))
            )
            self.detail.setText("")
        else:
            self.headline.setText(
                self.tr("Extra cost compared with paying on time: %1").replace(
                    "%1", self._money(result.cost)
                )
            )
            self.detail.setText(
                self.tr("On time: %1 · This scenario: %2 (penalties %3, interest %4)")
                .replace("%1", self._money(result.on_time_total or Decimal(0)))
                .replace("%2", self._money(result.scenario_total or Decimal(0)))
                .replace("%3", self._money(result.penalty))
                .replace("%4", self._money(result.interest))
            )
            show_record = any(code not in ("N", "OK", "C", "*") for code in result.record_codes)
        self.record_title.setVisible(show_record)
        self.record.setVisible(show_record)
        self.flags.setVisible(False)
        if show_record and result is not None:
            self.record_title.setText(self.tr("What the credit report shows, month by month:"))
            self.record.set_record(
                result.record_system,
                result.record_start,
                result.record_codes[:24],
                self._language(),
            )
            notes = [self._flag_text(flag) for flag in result.flags]
            notes = [n for n in notes if n]
            self.flags.setText("\n".join(notes))
            self.flags.setVisible(bool(notes))
        self.headline.setAccessibleName(self.headline.text())

    def _flag_text(self, flag: str) -> str:
        texts = {
            "lian_san": self.tr(
                "Three overdue months in a row: many lenders refuse new credit on this "
                "(a rule of thumb, not a regulation)."
            ),
            "lei_liu": self.tr(
                "Six overdue months within two years: another lender rule of thumb."
            ),
            "currently_overdue": self.tr("Still overdue at the end: a current overdue."),
            "never_settled": self.tr("Never settled: the record stays until the debt is paid."),
            "charged_off": self.tr("Charged off (CO) after 180 days late."),
        }
        return texts.get(flag, "")
