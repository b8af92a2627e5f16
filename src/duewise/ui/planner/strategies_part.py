"""The strategies side by side (avalanche, snowball, your order, minimum) and the recommendation.

Part of :class:`~duewise.ui.planner.page.PlannerPage` (a mixin: the page holds the widgets and
the plan); texts are translated in the page's context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from duewise.finance import planner
from duewise.finance.planner import RecommendationReason, Strategy
from duewise.ui.common import basics, marks
from duewise.ui.planner.parts import STRATEGY_ORDER


class StrategiesPart:
    """A part of the planner page (see the module docstring)."""

    def _build_strategies(self) -> None:
        from duewise.ui.planner.charts import PlannerChart

        frame, layout = basics.card(self)
        self.strategies_heading = basics.heading(2, frame)
        layout.addWidget(self.strategies_heading)
        self.strategy_table = QTableWidget(len(STRATEGY_ORDER), 4, frame)
        self.strategy_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.strategy_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.strategy_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.strategy_table.verticalHeader().hide()
        self.strategy_table.setTabKeyNavigation(False)
        header = self.strategy_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for r in range(len(STRATEGY_ORDER)):
            for c in range(4):
                self.strategy_table.setItem(r, c, QTableWidgetItem())
        self.strategy_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strategy_table.setItemDelegate(marks.MarkDelegate(self.strategy_table))
        layout.addWidget(self.strategy_table)
        self.recommendation = basics.paragraph(frame)
        self.strategy_help = basics.paragraph(frame, muted=True)
        layout.addWidget(self.recommendation)
        layout.addWidget(self.strategy_help)
        self.chart = PlannerChart(frame)
        self.chart.set_text_scale(self.context.text_scale)
        layout.addWidget(self.chart)
        self.body.addWidget(frame)
        # Rows wrap their text: when the table gets wider or narrower they need another height,
        # and so when the names' column takes another width (it stretches to the viewport,
        # which is laid out after the table's own resize: a wider scroll bar, a theme).
        self.strategy_table.installEventFilter(self)
        header.sectionResized.connect(self._on_strategy_header_section_resized)
        self._fitting_strategies = False
        self._strategies_refit = False
        self._fit_strategy_table()

    def strategy_names(self) -> dict[Strategy, str]:
        """Each strategy's name in the current language."""
        return {
            Strategy.AVALANCHE: QCoreApplication.translate(
                "PlannerPage", "Avalanche (highest rate first)"
            ),
            Strategy.SNOWBALL: QCoreApplication.translate(
                "PlannerPage", "Snowball (smallest balance first)"
            ),
            Strategy.CUSTOM: QCoreApplication.translate(
                "PlannerPage", "Your order (the table's order)"
            ),
            Strategy.MINIMUM_ONLY: QCoreApplication.translate(
                "PlannerPage", "Minimum payments only"
            ),
        }

    def strategy_explanations(self) -> dict[Strategy, str]:
        """One line per strategy (tooltip and F1)."""
        return {
            Strategy.AVALANCHE: QCoreApplication.translate(
                "PlannerPage",
                "Pay every minimum, then put all the money left on the debt with the highest "
                "interest rate: the least interest in total.",
            ),
            Strategy.SNOWBALL: QCoreApplication.translate(
                "PlannerPage",
                "Pay every minimum, then clear the smallest balance first: a quick first win "
                "that keeps you going, usually at a little more interest.",
            ),
            Strategy.CUSTOM: QCoreApplication.translate(
                "PlannerPage",
                "Pay every minimum, then follow the order of your table (move rows with "
                "Alt+Up/Alt+Down or drag them).",
            ),
            Strategy.MINIMUM_ONLY: QCoreApplication.translate(
                "PlannerPage",
                "Pay only the minimums and nothing more: the baseline that shows what the "
                "other plans save.",
            ),
        }

    def debt_free_text(self, result: planner.PlanResult) -> str:
        """When a strategy ends: a month and the count, or why it does not."""
        if not result.feasible and result.shortfall is not None:
            return QCoreApplication.translate("PlannerPage", "Short in %1").replace(
                "%1", self.month_text(result.shortfall.month)
            )
        if not result.repaid or result.months is None:
            return QCoreApplication.translate("PlannerPage", "Not within 50 years")
        return (
            QCoreApplication.translate("PlannerPage", "%1 (%2 months)")
            .replace("%1", self.month_text(result.months))
            .replace("%2", str(result.months))
        )

    def _render_strategies(self) -> None:
        assert self.comparison is not None
        names = self.strategy_names()
        explanations = self.strategy_explanations()
        recommended = self.comparison.recommended
        table = self.strategy_table
        table.blockSignals(True)
        for r, strategy in enumerate(STRATEGY_ORDER):
            result = self.comparison.results[strategy]
            name = names[strategy]
            if strategy is recommended:
                name = (
                    "★ " + name + "  " + QCoreApplication.translate("PlannerPage", "(recommended)")
                )
            values = (
                name,
                self.debt_free_text(result),
                self.money(result.total_interest) if result.feasible else "—",
                self.money(result.total_paid) if result.feasible else "—",
            )
            # Only what changed: every item change makes the table lay out and repaint.
            style = (explanations[strategy], strategy is recommended, table.font().key())
            restyle = self._strategy_styles.get(strategy) != style
            self._strategy_styles[strategy] = style
            for c, text in enumerate(values):
                item = table.item(r, c)
                if item.text() != text:
                    item.setText(text)
                if not restyle:
                    continue
                item.setToolTip(explanations[strategy])
                item.setWhatsThis(explanations[strategy])
                font = QFont(table.font())
                font.setBold(strategy is recommended)
                item.setFont(font)
                item.setData(marks.MARK_ROLE, "positive" if strategy is recommended else None)
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
        table.setCurrentCell(STRATEGY_ORDER.index(self.shown), 0)
        table.blockSignals(False)
        self._fit_strategy_table()
        self.recommendation.setText(self.recommendation_text())
        self.strategy_help.setText(
            explanations[self.shown]
            + "  "
            + QCoreApplication.translate("PlannerPage", "(F1 or hover for each strategy)")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit the strategy table's rows again when its width changes."""
        if (
            watched is self.strategy_table
            and event.type() == QEvent.Type.Resize
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            self._fit_strategy_table()
        return super().eventFilter(watched, event)

    def _on_strategy_header_section_resized(self, logical: int, old: int, new: int) -> None:
        del old, new
        if logical != 0:
            return
        if self._fitting_strategies:  # the table's new height moved the page's scroll bar
            self._strategies_refit = True
        else:
            self._fit_strategy_table()

    def _fit_strategy_table(self) -> None:
        self._fitting_strategies = True
        try:
            for _ in range(3):  # a new height may narrow the names' column once, then it holds
                self._strategies_refit = False
                self._fit_strategy_rows()
                if not self._strategies_refit:
                    break
        finally:
            self._fitting_strategies = False

    def _fit_strategy_rows(self) -> None:
        table = self.strategy_table
        # Large text: the name and the debt-free date share the width and wrap (as one line each
        # they would push the amounts out of view).
        header = table.horizontalHeader()
        large = self._large_text()
        if large:
            # The date column as wide as its longest word, so the names get the rest.
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
            words = [table.horizontalHeaderItem(1).text() if table.horizontalHeaderItem(1) else ""]
            bold = QFont(table.font())
            bold.setBold(True)
            metrics = QFontMetrics(bold)
            for row in range(table.rowCount()):
                item = table.item(row, 1)
                if item is not None:
                    words.extend(item.text().split())
            widest = max((metrics.horizontalAdvance(word) for word in words), default=0)
            header.resizeSection(1, widest + 2 * metrics.averageCharWidth())
        else:
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setTextElideMode(Qt.TextElideMode.ElideNone if large else Qt.TextElideMode.ElideRight)
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(height + 2)

    def recommendation_text(self) -> str:
        """Why the highlighted strategy is recommended, in plain words."""
        assert self.comparison is not None
        comparison = self.comparison
        names = self.strategy_names()
        if comparison.reason is RecommendationReason.BUDGET_BELOW_MINIMUMS:
            return QCoreApplication.translate(
                "PlannerPage",
                "No strategy works yet: the budget does not cover the minimum payments (see the "
                "warning above).",
            )
        if comparison.reason is RecommendationReason.NOT_REPAID_WITHIN_HORIZON:
            return QCoreApplication.translate(
                "PlannerPage",
                "No strategy repays these debts within 50 years with this budget: the payments "
                "barely cover the interest. A larger budget is needed.",
            )
        assert comparison.recommended is not None
        best = comparison.results[comparison.recommended]
        baseline = comparison.results[Strategy.MINIMUM_ONLY]
        if comparison.reason is RecommendationReason.SAME_INTEREST_EARLIER_FIRST_PAYOFF:
            text = QCoreApplication.translate(
                "PlannerPage",
                "Recommended: %1. It costs the same interest as the avalanche but clears a first "
                "debt sooner, which helps you keep going.",
            ).replace("%1", names[comparison.recommended])
        else:
            text = (
                QCoreApplication.translate(
                    "PlannerPage",
                    "Recommended: %1, because it costs the least interest: %2, debt-free by %3.",
                )
                .replace("%1", names[comparison.recommended])
                .replace("%2", self.money(best.total_interest))
                .replace("%3", self.month_text(best.months or 0))
            )
        if baseline.feasible and baseline.repaid:
            saved = baseline.total_interest - best.total_interest
            if saved > 0:
                text += " " + QCoreApplication.translate(
                    "PlannerPage", "That is %1 less interest than paying only the minimums."
                ).replace("%1", self.money(saved))
        elif baseline.feasible:
            text += " " + QCoreApplication.translate(
                "PlannerPage", "Paying only the minimums would not clear these debts in 50 years."
            )
        return text

    def _on_strategy_current_changed(self, row: int, *args: object) -> None:
        del args
        if 0 <= row < len(STRATEGY_ORDER) and self.comparison is not None:
            self.chosen = STRATEGY_ORDER[row]
            self._render()

    def _on_help_triggered(self) -> None:
        row = max(self.strategy_table.currentRow(), 0)
        text = self.strategy_explanations()[STRATEGY_ORDER[row]]
        # Shown in the page (not a What's This popup): it stays readable and screen readers
        # announce the label's change.
        self.strategy_help.setText(text)

    # --- saving -----------------------------------------------------------------------------

    def _retranslate_strategies(self) -> None:
        self.strategies_heading.setText(
            QCoreApplication.translate("PlannerPage", "Strategies side by side")
        )
        self.strategy_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PlannerPage", "Strategy"),
                QCoreApplication.translate("PlannerPage", "Debt-free"),
                QCoreApplication.translate("PlannerPage", "Total interest"),
                QCoreApplication.translate("PlannerPage", "Total paid"),
            ]
        )
        self.strategy_table.setAccessibleName(
            QCoreApplication.translate("PlannerPage", "Strategies")
        )
        self.strategy_table.setAccessibleDescription(
            QCoreApplication.translate(
                "PlannerPage", "Choose a row to see its plan below. F1 explains the strategy."
            )
        )
