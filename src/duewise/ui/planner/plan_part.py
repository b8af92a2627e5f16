"""The chosen plan month by month, its balance chart, and the minimum-payment warning boxes.

Part of :class:`~duewise.ui.planner.page.PlannerPage` (a mixin: the page holds the widgets and
the plan); texts are translated in the page's context.
"""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
)

from duewise.finance import planner, planner_debts
from duewise.ui.common import basics
from duewise.ui.planner.parts import STRATEGY_ORDER


class PlanPart:
    """The chosen plan month by month, its balance chart, and the minimum-payment warning boxes."""

    def _build_plan(self) -> None:
        frame, layout = basics.card(self)
        self.plan_heading = basics.heading(2, frame)
        self.plan_summary = basics.paragraph(frame)
        self.payoff_text = basics.paragraph(frame)
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
        frame, layout = basics.card(self)
        self.warnings_heading = basics.heading(2, frame)
        self.warnings_intro = basics.paragraph(frame, muted=True)
        layout.addWidget(self.warnings_heading)
        layout.addWidget(self.warnings_intro)
        self.warning_boxes = QGridLayout()
        layout.addLayout(self.warning_boxes)
        self.warning_labels: list[QLabel] = []
        self.warnings_frame = frame
        self.body.addWidget(frame)

    def _render_chart(self) -> None:
        assert self.comparison is not None
        keys = {s: s.value for s in STRATEGY_ORDER}
        names = self.strategy_names()
        series = {
            keys[s]: [cents / 100 for cents in self.comparison.results[s].balance_cents()]
            for s in STRATEGY_ORDER
        }
        start = [float(d.balance) for d in self._valid_debts]
        self.chart.set_texts(
            strategy_title=QCoreApplication.translate("PlannerPage", "Total balance by strategy"),
            plan_title=QCoreApplication.translate("PlannerPage", "Your plan: balance of each debt"),
            x_label=QCoreApplication.translate("PlannerPage", "Month"),
            y_label=self.currency(),
            strategy_names={keys[s]: names[s] for s in STRATEGY_ORDER},
        )
        self.chart.update_strategies(series, sum(start))
        result = self.comparison.results[self.shown]
        balances = [
            [cents / 100 for cents in result.debt_balance_cents(i)]
            for i in range(len(result.names))
        ]
        self.chart.update_plan(list(result.names), balances, start)
        self.chart.redraw()

    def _render_plan(self) -> None:
        assert self.comparison is not None
        result = self.comparison.results[self.shown]
        names = self.strategy_names()
        self.plan_heading.setText(
            QCoreApplication.translate("PlannerPage", "Your plan month by month: %1").replace(
                "%1", names[self.shown]
            )
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
                QCoreApplication.translate(
                    "PlannerPage", "Debt-free by %1 (%2 months). Total interest %3, total paid %4."
                )
                .replace("%1", self.month_text(result.months))
                .replace("%2", str(result.months))
                .replace("%3", self.money(result.total_interest))
                .replace("%4", self.money(result.total_paid))
            )
        elif not result.feasible:
            summary = QCoreApplication.translate(
                "PlannerPage",
                "This plan stops in the month the budget falls short of the minimums.",
            )
        else:
            summary = QCoreApplication.translate(
                "PlannerPage", "This plan does not repay the debts within 50 years."
            )
        self.plan_summary.setText(summary)
        parts = []
        for name in result.names:
            month = result.payoff_months.get(name)
            if month is None:
                parts.append(
                    QCoreApplication.translate("PlannerPage", "%1: not repaid").replace("%1", name)
                )
            else:
                parts.append(
                    QCoreApplication.translate("PlannerPage", "%1: paid off in %2 (month %3)")
                    .replace("%1", name)
                    .replace("%2", self.month_text(month))
                    .replace("%3", str(month))
                )
        self.payoff_text.setText(
            QCoreApplication.translate("PlannerPage", "Each debt: ") + "; ".join(parts)
        )

    def _render_warnings(self) -> None:
        # A box only where paying just the minimum really takes longer and costs more than the
        # 36-month plan (planner_debts decides; a 花呗 statement paid in full has none).
        boxes = []
        for debt in self._valid_debts:
            if debt not in self._warnings:
                self._warnings[debt] = planner_debts.minimum_payment_warning(debt)
            warning = self._warnings[debt]
            if warning is not None:
                boxes.append((debt, warning))
        self.warnings_frame.setVisible(bool(boxes))
        # Labels are kept and re-used: rebuilding them on every edit would cost a relayout.
        while len(self.warning_labels) < len(boxes):
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
            if i >= len(boxes):
                label.hide()
                continue
            debt, warning = boxes[i]
            label.setText(self.warning_html(debt, warning))
            label.setAccessibleName(
                QCoreApplication.translate("PlannerPage", "Minimum payment warning for %1").replace(
                    "%1", debt.name
                )
            )
            label.show()

    def repayment_time(self, warning: planner_debts.MinimumPaymentWarning) -> str:
        """How long paying only the minimum takes, in whole years and months (in months under
        two years): never "0 years (3 months)"."""

        months = warning.months or 0
        years, rest = warning.years or 0, warning.extra_months or 0
        if warning.in_months or years == 0:
            if months == 1:
                return QCoreApplication.translate("PlannerPage", "about 1 month")
            return QCoreApplication.translate("PlannerPage", "about %1 months").replace(
                "%1", str(months)
            )
        if years == 1:
            text = QCoreApplication.translate("PlannerPage", "about 1 year")
        else:
            text = QCoreApplication.translate("PlannerPage", "about %1 years").replace(
                "%1", str(years)
            )
        if rest == 1:
            return QCoreApplication.translate("PlannerPage", "%1 and 1 month").replace("%1", text)
        if rest:
            return (
                QCoreApplication.translate("PlannerPage", "%1 and %2 months")
                .replace("%1", text)
                .replace("%2", str(rest))
            )
        return text

    def warning_html(self, debt: planner.Debt, warning: planner_debts.MinimumPaymentWarning) -> str:
        """The statement-style box for one debt (rich text, names escaped)."""
        name = html.escape(debt.name)
        head = (
            "<b>"
            + QCoreApplication.translate("PlannerPage", "Minimum payment warning: %1").replace(
                "%1", name
            )
            + "</b><br>"
        )
        info = warning.disclosure
        if warning.never_repaid or warning.months is None or info.total_minimum is None:
            body = QCoreApplication.translate(
                "PlannerPage",
                "If you make only the minimum payment each month, you will never pay off this "
                "balance: the minimum does not cover the interest.",
            )
        else:
            body = (
                QCoreApplication.translate(
                    "PlannerPage",
                    "If you make only the minimum payment each month, you will pay off this "
                    "balance in %1 (%2 months) and pay an estimated total of %3.",
                )
                .replace("%1", self.repayment_time(warning))
                .replace("%2", str(warning.months))
                .replace("%3", self.money(info.total_minimum))
            )
        body36 = (
            QCoreApplication.translate(
                "PlannerPage",
                "If you pay %1 each month, you will pay it off in 3 years and pay an estimated "
                "total of %2.",
            )
            .replace("%1", self.money(info.payment_36))
            .replace("%2", self.money(info.total_36))
        )
        if info.savings is not None and info.savings > 0:
            body36 += " " + QCoreApplication.translate("PlannerPage", "Savings: %1.").replace(
                "%1", self.money(info.savings)
            )
        return head + html.escape(body) + "<br>" + html.escape(body36)

    # --- slots: debts ---------------------------------------------------------------------------

    def _place_warning_boxes(self) -> None:
        """The minimum-payment boxes, two side by side (one per row when the text is large)."""
        columns = 1 if self._large_text() else 2
        for label in self.warning_labels:
            self.warning_boxes.removeWidget(label)
        for i, label in enumerate(self.warning_labels):
            self.warning_boxes.addWidget(label, i // columns, i % columns)

    def _retranslate_plan(self) -> None:
        self.plan_heading.setText(
            QCoreApplication.translate("PlannerPage", "Your plan month by month")
        )
        self.schedule_view.setAccessibleName(
            QCoreApplication.translate("PlannerPage", "Month-by-month schedule")
        )
        self.warnings_heading.setText(
            QCoreApplication.translate("PlannerPage", "Minimum payment warning")
        )
        self.warnings_intro.setText(
            QCoreApplication.translate(
                "PlannerPage",
                "As a US card statement must show it: what paying only the minimum costs, next to "
                "paying the balance off in 3 years.",
            )
        )
