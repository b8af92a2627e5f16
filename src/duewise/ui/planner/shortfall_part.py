"""When the budget does not cover the minimums: the debt that goes overdue, its cost, a plan.

Part of :class:`~duewise.ui.planner.page.PlannerPage` (a mixin: the page holds the widgets and
the plan); texts are translated in the page's context.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from duewise.finance import planner, planner_debts, planner_tools, products
from duewise.finance.money import (
    ZERO,
    MoneyError,
)
from duewise.ui.common import basics
from duewise.ui.common.flow import FlowLayout
from duewise.ui.planner.parts import NEGOTIATE_MONTHS, STRATEGY_ORDER


class ShortfallPart:
    """A part of the planner page (see the module docstring)."""

    def _build_shortfall(self) -> None:
        self.shortfall_frame = QFrame(self)
        self.shortfall_frame.setObjectName("plannerShortfall")
        self.shortfall_frame.setStyleSheet(
            "QFrame#plannerShortfall { background: #fdecea; border: 2px solid #b42318;"
            " border-radius: 8px; } QFrame#plannerShortfall QLabel { color: #5c1a12; }"
        )
        layout = QVBoxLayout(self.shortfall_frame)
        self.shortfall_heading = basics.heading(2, self.shortfall_frame)
        self.shortfall_text = basics.paragraph(self.shortfall_frame)
        self.overdue_text = basics.paragraph(self.shortfall_frame)
        self.calculator_button = QPushButton(self.shortfall_frame)
        self.remedy_heading = QLabel(self.shortfall_frame)
        self.remedy_heading.setWordWrap(True)
        bold = self.remedy_heading.font()
        bold.setBold(True)
        self.remedy_heading.setFont(bold)
        self.feasible_text = basics.paragraph(self.shortfall_frame)
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
        self.negotiate_text = basics.paragraph(self.shortfall_frame)
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

    def _render_shortfall(self) -> None:
        shortfall = self._first_shortfall()
        if shortfall is None or self.comparison is None:
            self.shortfall_frame.hide()
            return
        self.shortfall_frame.show()
        self.shortfall_text.setText(
            QCoreApplication.translate(
                "PlannerPage",
                "In %1 the minimum payments come to %2, but only %3 is available: %4 short.",
            )
            .replace("%1", self.month_text(shortfall.month))
            .replace("%2", self.money(shortfall.minimums_due))
            .replace("%3", self.money(shortfall.available))
            .replace("%4", self.money(shortfall.amount))
        )
        first = shortfall.overdue[0] if shortfall.overdue else self._valid_debts[0].name
        row = next(r for r in self.debts_model.rows if r.name.strip() == first)
        debt = next(d for d in self._valid_debts if d.name == first)
        cost_text = ""
        self._overdue_params = {}
        try:
            # A debt is simulated as what it is: its preset, or its own terms (a fixed payment
            # is an instalment loan with 罚息 on the overdue instalment, never a bank card).
            setup = planner_debts.missed_payment_setup(
                debt, self.presets.get(row.product), self.currency(), self.presets
            )
            start = self.month_date(shortfall.month)
            simulation = setup.simulate((start.year, start.month))
            if setup.is_instalment_loan:
                template = QCoreApplication.translate(
                    "PlannerPage",
                    "Missing one instalment on it and catching up the month after costs about %1 "
                    "more (penalty interest on the overdue instalment), and the late payment is "
                    "reported to your credit record (征信).",
                )
            else:
                template = QCoreApplication.translate(
                    "PlannerPage",
                    "Missing one payment on it and catching up the month after costs about %1 "
                    "more (late charges and interest), and the late payment is reported to your "
                    "credit record (征信).",
                )
            cost_text = " " + template.replace("%1", self.money(simulation.extra_cost))
            self._overdue_params = {
                **setup.calculator_params,
                "start": f"{start.year:04d}-{start.month:02d}",
            }
        except (MoneyError, products.ProductError):
            cost_text = ""
        self.calculator_button.setEnabled(bool(self._overdue_params))
        overdue_names = (
            "、".join(shortfall.overdue)
            if self.context.language == "zh_CN"
            else ", ".join(shortfall.overdue)
        )
        self.overdue_text.setText(
            QCoreApplication.translate("PlannerPage", "%1 would go overdue first (not paid: %2).")
            .replace("%1", first)
            .replace("%2", overdue_names or first)
            + cost_text
        )
        self.calculator_button.setText(
            QCoreApplication.translate(
                "PlannerPage", "See what missing a payment on %1 costs"
            ).replace("%1", first)
        )
        if self.feasible_need is not None and self._budget is not None:
            more = self.feasible_need - self._budget
            self.feasible_text.setText(
                QCoreApplication.translate(
                    "PlannerPage",
                    "• A budget of %1 a month covers every minimum (%2 more than now).",
                )
                .replace("%1", self.money(self.feasible_need))
                .replace("%2", self.money(max(more, ZERO)))
            )
            self.use_budget_button.setText(
                QCoreApplication.translate("PlannerPage", "Use %1 as my budget").replace(
                    "%1", self.money(self.feasible_need)
                )
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
            QCoreApplication.translate(
                "PlannerPage",
                "• An instalment plan (个性化分期) on %1 over %2 months with no further interest: "
                "its payment falls from %3 to %4 a month.",
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
                    + QCoreApplication.translate(
                        "PlannerPage",
                        "Your budget would then cover every minimum, and you would be debt-free by "
                        "%1.",
                    ).replace("%1", self.month_text(best.months))
                )
        if outcome.feasible:
            return (
                text
                + " "
                + QCoreApplication.translate(
                    "PlannerPage", "Your budget would then cover every minimum."
                )
            )
        return (
            text
            + " "
            + QCoreApplication.translate(
                "PlannerPage", "Even then the budget is short: you would need %1 a month."
            ).replace("%1", self.money(outcome.feasible_budget))
        )

    def _on_calculator_clicked(self) -> None:
        if self._overdue_params:
            self.context.navigate("calculator", dict(self._overdue_params))

    def _on_use_budget_clicked(self) -> None:
        if self.feasible_need is not None:
            self.budget_edit.setText(format(self.feasible_need, "f"))
            self.budget_edit.setFocus()

    def _on_negotiate_changed(self, *args: object) -> None:
        del args
        self.recompute()

    def _retranslate_shortfall(self) -> None:
        self.shortfall_heading.setText(
            QCoreApplication.translate(
                "PlannerPage", "Your budget does not cover the minimum payments"
            )
        )
        self.remedy_heading.setText(QCoreApplication.translate("PlannerPage", "What you can do"))
        self.calculator_button.setAccessibleName(
            QCoreApplication.translate(
                "PlannerPage", "Open the missed-payment calculator for this debt"
            )
        )
        self.negotiate_label.setText(
            QCoreApplication.translate("PlannerPage", "Ask the lender for an instalment plan on")
        )
        self.negotiate_months_label.setText(
            QCoreApplication.translate("PlannerPage", "over (months)")
        )
        self.negotiate_box.setAccessibleName(
            QCoreApplication.translate("PlannerPage", "Debt to negotiate")
        )
        self.negotiate_months.setAccessibleName(
            QCoreApplication.translate("PlannerPage", "Months of the negotiated plan")
        )
