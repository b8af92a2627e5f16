"""The cost of the scenario: the big number, what the extra is made of, and the chart of the
amount owed on time and in the scenario (with the month under the pointer in words)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from duewise.finance import calculator, products
from duewise.ui.calculator import parts
from duewise.ui.calculator.charts import CompoundingChart
from duewise.ui.common import basics
from duewise.ui.common.basics import RetranslatingWidget


def penalty_link(product: products.Product) -> str:
    """The lesson key that explains the product's late charges."""
    if product.kind in (products.ProductKind.LOAN, products.ProductKind.MORTGAGE):
        return "penalty_loan"
    if product.is_us:
        return "penalty_us"
    if product.kind is products.ProductKind.BNPL:
        return "penalty_bnpl"
    return "penalty_card"


class CostPanel(RetranslatingWidget):
    """The summary card and the chart card (the page places both).

    Signals:
        link_activated(str): a lesson link was clicked.
    """

    link_activated = Signal(str)

    #: The controls the page shows under its own name (``page.summary`` …).
    SHARED = "summary breakdown unfinished chart hover_label assumptions"

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.evaluation: calculator.Evaluation | None = None
        self.hover_index = -1
        self.hide()  # a holder: its two cards live in the page
        self.summary_card, layout = basics.card(parent)
        self.summary = QLabel(self.summary_card)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("calculatorSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.breakdown = parts.link_label(self.summary_card)
        self.unfinished = basics.paragraph(self.summary_card, muted=True)
        for widget in (self.summary, self.breakdown, self.unfinished):
            layout.addWidget(widget)
        self.chart_card, chart_layout = basics.card(parent)
        self.chart_heading = basics.heading(2, self.chart_card)
        chart_layout.addWidget(self.chart_heading)
        self.chart = CompoundingChart(self.chart_card)
        chart_layout.addWidget(self.chart)
        self.hover_label = basics.paragraph(self.chart_card)
        self.hover_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        chart_layout.addWidget(self.hover_label)
        self.assumptions = parts.link_label(self.chart_card)
        self.assumptions.setProperty("role", "muted")
        chart_layout.addWidget(self.assumptions)
        chart_layout.addStretch(1)  # a card taller than its content keeps it at the top
        for label in (self.breakdown, self.assumptions):
            label.linkActivated.connect(self.link_activated)

    def _money(self, amount: Decimal) -> str:
        currency = self.evaluation.sim.currency if self.evaluation else "CNY"
        return parts.money(amount, currency, self._language())

    def _month(self, day: object) -> str:
        return parts.month_text(day, self._language())  # type: ignore[arg-type]

    # --- what it shows ----------------------------------------------------------------------

    def extra_labels(self, product: products.Product) -> dict[str, str]:
        """The names of the parts of the extra cost, for this product."""
        if product.kind in (products.ProductKind.LOAN, products.ProductKind.MORTGAGE):
            penalties = (
                self.tr("Late charges") if product.is_us else self.tr("Penalty interest (罚息)")
            )
        else:
            penalties = self.tr("Late fees") if product.is_us else self.tr("Penalty fees (违约金)")
        return {
            "interest": self.tr("Interest"),
            "penalties": penalties,
            "fees": self.tr("Fees"),
            "interest_on_interest": self.tr("Interest on interest"),
        }

    def summary_text(self) -> str:
        """The big-number sentence (with days late: what paying that late costs)."""
        if self.evaluation is None:
            return ""
        late = self.evaluation.late
        if late is not None:
            days = self.evaluation.days_late
            text = (
                self.tr("Paying %1 one day late costs %3.")
                if days == 1
                else self.tr("Paying %1 %2 days late costs %3.")
            )
            return (
                text.replace("%1", self._money(self.evaluation.sim.amount))
                .replace("%2", str(days))
                .replace("%3", self._money(late.total))
            )
        if self.evaluation.pays_every_cycle:  # the price of the credit itself leads
            return (
                self.tr("In interest and fees this credit costs %1.").replace(
                    "%1", self._money(self.evaluation.cost_of_credit)
                )
                + " "
                + self.scenario_sentence()
            )
        return self.scenario_sentence()

    def scenario_sentence(self) -> str:
        """What the scenario costs more than paying on time, in one sentence."""
        if self.evaluation is None:
            return ""
        extra = self.evaluation.extra_cost
        if extra <= 0:
            return self.tr("This scenario costs nothing more than paying on time.")
        return self.tr("This scenario costs %1 more than paying on time.").replace(
            "%1", self._money(extra)
        )

    def show_evaluation(self, evaluation: calculator.Evaluation) -> None:
        """Draw the chart (first: its blit paints at once) and set the texts."""
        self.evaluation = evaluation
        sim, split, series = evaluation.sim, evaluation.split, evaluation.series
        self.chart.set_data(
            [float(v) for v in series.on_time],
            [float(v) for v in series.scenario],
            {
                "interest": float(split.interest),
                "penalties": float(split.penalties),
                "fees": float(split.fees),
                "interest_on_interest": float(split.interest_on_interest),
            },
        )
        self.summary.setText(self.summary_text())
        labels = self.extra_labels(evaluation.product)
        pieces = [
            f"{labels['penalties']} {self._money(split.penalties)}",
            f"{labels['interest']} {self._money(split.interest)}",
            f"{labels['interest_on_interest']} {self._money(split.interest_on_interest)}",
            f"{labels['fees']} {self._money(split.fees)}",
        ]
        late_line = ""
        if evaluation.late is not None:
            late_line = (
                parts.esc(
                    self.tr("Penalty or late fee: %1 · Interest: %2.")
                    .replace("%1", self._money(evaluation.late.penalty))
                    .replace("%2", self._money(evaluation.late.interest))
                    + " "
                    + self.tr("The chart and the record below play the months of the scenario:")
                    + " "
                    + self.scenario_sentence()
                )
                + "<br>"
            )
        self.breakdown.setText(
            late_line
            + parts.esc(
                self.tr("On time: %1 in all. This scenario: %2 in all.")
                .replace("%1", self._money(sim.on_time_total))
                .replace("%2", self._money(sim.scenario_total))
            )
            + "<br>"
            + parts.esc(self.tr("The extra is made of: %1.").replace("%1", " · ".join(pieces)))
            + parts.link(penalty_link(evaluation.product), self.tr("Why these charges?"))
        )
        if sim.finished:
            self.unfinished.setText("")
            self.unfinished.hide()
        else:
            self.unfinished.setText(
                self.tr("After %1 months %2 is still owed; it is counted in the cost.")
                .replace("%1", str(len(sim.rows)))
                .replace("%2", self._money(sim.totals.owed_at_end))
            )
            self.unfinished.show()
        self.show_hover(self.hover_index)

    def statement_line(self, index: int) -> str:
        """One month of the statement in words (what hovering the chart shows)."""
        evaluation = self.evaluation
        if evaluation is None:
            return ""
        rows, series = evaluation.sim.rows, evaluation.series
        if not 0 <= index < len(rows):
            if 0 <= index < len(series.months):
                return (
                    self.tr("%1: nothing more is owed in this scenario.").replace(
                        "%1", self._month(series.months[index])
                    )
                    if series.scenario[index] <= 0
                    else self.tr("%1: %2 still owed; the simulation stops here.")
                    .replace("%1", self._month(series.months[index]))
                    .replace("%2", self._money(series.scenario[index]))
                )
            return ""
        r = rows[index]
        months = evaluation.rec.months
        code = months[index].code if index < len(months) else ""
        charges = r.interest + r.interest_on_interest + r.penalty + r.fees
        text = (
            self.tr("%1 · due %2 · owed %3 · new charges %4 · paid %5 · left %6 · %7 days past due")
            .replace("%1", self._month(r.month))
            .replace("%2", parts.day_text(r.due_date, self._language()))
            .replace("%3", self._money(r.opening))
            .replace("%4", self._money(charges))
            .replace("%5", self._money(r.payment))
            .replace("%6", self._money(r.closing))
            .replace("%7", str(r.days_past_due))
        )
        if code:
            text += " · " + self.tr("record code %1").replace("%1", code)
        return text

    def show_hover(self, index: int) -> None:
        """Say what month ``index`` (−1: none) of the statement holds."""
        self.hover_index = index
        if index < 0:
            self.hover_label.setText(
                self.tr(
                    "Point at a month in the chart (or pick a row in the table) to see its "
                    "statement."
                )
            )
        else:
            self.hover_label.setText(self.statement_line(index))

    def set_chart_texts(self, product: products.Product, text_scale: int) -> None:
        """The chart's titles and legend for ``product``'s currency and charges."""
        currency = "$" if product.is_us else "¥"
        self.chart.set_texts(
            x_label=self.tr("Months from the first statement"),
            y_label=self.tr("Owed (%1)").replace("%1", currency),
            on_time=self.tr("Paying on time"),
            scenario=self.tr("This scenario"),
            gap=self.tr("The difference"),
            # Two lines: the bar's axes are narrow, and "Extra cost (¥)" was cut to "Extra cost (".
            extra_title=self.tr("Extra cost") + "\n(" + currency + ")",
            extra_labels=self.extra_labels(product),
            text_scale=text_scale,
        )

    def assumptions_sentence(self) -> str:
        """What the model assumes."""
        return self.tr(
            "Model: every payment is made on a due date; no new purchases; a "
            "negotiated plan charges no further interest. Costs still owed at the end "
            "are counted."
        )

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.summary.setAccessibleName(self.tr("Summary"))
        self.chart_heading.setText(self.tr("How the debt grows"))
        self.chart.setAccessibleName(
            self.tr(
                "Chart: amount owed each month, paying on time (solid line) and in this "
                "scenario (dashed line)"
            )
        )
        self.assumptions.setText(
            parts.esc(self.assumptions_sentence())
            + parts.link("interest_on_interest", self.tr("Which charges grow"))
        )
        if self.evaluation is not None:
            self.show_evaluation(self.evaluation)
