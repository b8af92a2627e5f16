"""The way out, side by side (issue #18): after the scenario's missed payments, repay now,
negotiate a plan, pay the minimum or keep missing — what each costs, what it leaves on the
record, when the record stops getting worse and when it disappears, the lender flags, the next
loan, and the one recommended with its reason.

The panel presents :attr:`duewise.finance.calculator.Evaluation.remedies` (one call of
:func:`duewise.finance.remedies.compare`); its own inputs — the plan's length and fee, a monthly
budget, "and I also miss my 花呗 / card next month" — are read through
:func:`duewise.finance.forms.validate_remedies` and
:func:`~duewise.finance.forms.validate_calculator` and handed to the page as a
:class:`~duewise.finance.calculator.RemediesRequest`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duewise import formatting
from duewise.finance import borrowing, calculator, products, record, remedies
from duewise.finance.remedies import Reason, Remedy, SettlementKind
from duewise.ui.calculator import parts
from duewise.ui.calculator.remedies_chart import REMEDY_ORDER, RecordStrips, RemediesChart, Strip
from duewise.ui.calculator.remedies_inputs import RemediesInputs
from duewise.ui.common import basics, marks
from duewise.ui.common.basics import RetranslatingWidget
from duewise.ui.common.record_grid import code_meaning

#: The rows of the table, top to bottom.
ROWS = (
    "total",
    "extra",
    "penalties",
    "interest",
    "interest_on_interest",
    "fees",
    "first_payment",
    "worse_until",
    "visible_until",
    "flags",
    "next_loan",
    "ends",
)
#: Months of record shown side by side, from the first statement.
STRIP_MONTHS = 24


class RemediesPanel(RetranslatingWidget):
    """The remedies card: its inputs, the table, the recommendation, the owed chart and the
    records side by side.

    Signals:
        changed(): one of the panel's inputs was changed by the learner.
        link_activated(str): a lesson link was clicked.
    """

    changed = Signal()
    link_activated = Signal(str)

    def __init__(
        self,
        language: Callable[[], str],
        presets: Mapping[str, products.Product],
        extra_labels: Callable[[products.Product], dict[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._language = language
        self._presets = presets
        self._extra_labels = extra_labels
        self.comparison: remedies.RemedyComparison | None = None
        self.product: products.Product | None = None
        self.missed_in_scenario = True
        self.budget: Decimal | None = None  # the budget the comparison shown was made with
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, layout = basics.card(self)
        outer.addWidget(frame)
        self.heading = basics.heading(2, frame)
        self.intro = basics.paragraph(frame)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        self.inputs = RemediesInputs(language, presets, frame)
        layout.addWidget(self.inputs)
        for name in RemediesInputs.SHARED.split():
            setattr(self, name, getattr(self.inputs, name))
        # Column 0 holds the rows' names (a vertical header cannot wrap its text at 200 %).
        self.table = QTableWidget(len(ROWS), 1 + len(REMEDY_ORDER), frame)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move inside)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(marks.MarkDelegate(self.table))  # the recommended column
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        for r in range(len(ROWS)):
            for c in range(1 + len(REMEDY_ORDER)):
                item = QTableWidgetItem()
                if c and r <= ROWS.index("first_payment"):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        layout.addWidget(self.table)
        self.recommendation = basics.paragraph(frame)
        self.recommendation.setObjectName("remediesRecommendation")
        self.recommendation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.recommendation)
        self.chart_heading = QLabel(frame)
        self.chart_heading.setProperty("role", "h3")
        self.chart_heading.setWordWrap(True)
        layout.addWidget(self.chart_heading)
        self.chart = RemediesChart(frame)
        layout.addWidget(self.chart)
        self.strips_heading = QLabel(frame)
        self.strips_heading.setProperty("role", "h3")
        self.strips_heading.setWordWrap(True)
        layout.addWidget(self.strips_heading)
        self.strips = RecordStrips(frame)
        layout.addWidget(self.strips)
        layout.addWidget(self.strips.text_alternative)
        self.second_text = basics.paragraph(frame)
        layout.addWidget(self.second_text)
        self.notes = parts.link_label(frame)
        self.notes.setProperty("role", "muted")
        self.notes.linkActivated.connect(self.link_activated)
        layout.addWidget(self.notes)
        self.inputs.changed.connect(self.changed)

    def focus_chain(self) -> list[QWidget]:
        """The panel's fields in tab order."""
        tables = [*self.chart.focus_chain(), *self.strips.text_alternative.focus_chain()]
        return [*self.inputs.focus_chain(), self.table, *tables, self.notes]

    def set_currency(self, currency: str) -> None:
        """The products a second account can be, in ``currency``."""
        self.inputs.set_currency(currency)

    def request(
        self, balance: Decimal, missed_cycles: int, start: dt.date
    ) -> tuple[calculator.RemediesRequest | None, dict[str, tuple[str, dict[str, object]]]]:
        """The remedies to compare, as the fields say (see ``RemediesInputs.request``)."""
        return self.inputs.request(balance, missed_cycles, start)

    def show_errors(self, found: Mapping[str, tuple[str, Mapping[str, object]]]) -> None:
        """Field → (code, params) of the invalid fields (empty: all valid)."""
        self.inputs.show_errors(found)

    def _product_name(self, product: products.Product) -> str:
        return product.name_zh if self._language() == "zh_CN" else product.name_en

    # --- showing ----------------------------------------------------------------------------

    def show_comparison(
        self,
        comparison: remedies.RemedyComparison,
        product: products.Product,
        *,
        missed_in_scenario: bool,
    ) -> None:
        """Present one comparison (every text in the current language)."""
        self.comparison = comparison
        self.product = product
        self.missed_in_scenario = missed_in_scenario
        self.budget = self.inputs.asked_budget  # never the field's text (¥1, or half typed)
        self._show()

    def _money(self, amount: Decimal) -> str:
        currency = self.comparison.currency if self.comparison else "CNY"
        return parts.money(amount, currency, self._language())

    def _month(self, day: dt.date) -> str:
        return parts.month_text(day.replace(day=1), self._language())

    def _day(self, day: dt.date) -> str:
        return parts.day_text(day, self._language())

    def remedy_names(self) -> dict[str, str]:
        """Each remedy's name in the current language."""
        months = self.months_spin.value()
        if self.comparison is not None:
            months = self.comparison.outcome(Remedy.NEGOTIATE).simulation.scenario.negotiate_months
        return {
            Remedy.REPAY_NOW.value: self.tr("Repay now"),
            Remedy.NEGOTIATE.value: self.tr("Negotiate %1 months").replace("%1", str(months)),
            Remedy.MINIMUM.value: self.tr("Pay the minimum"),
            Remedy.KEEP_MISSING.value: self.tr("Keep missing"),
        }

    def row_names(self) -> dict[str, str]:
        """Each row's title in the current language."""
        product = self.product
        labels = (
            self._extra_labels(product)
            if product is not None
            else {
                "penalties": self.tr("Penalties"),
                "interest": self.tr("Interest"),
                "interest_on_interest": self.tr("Interest on interest"),
                "fees": self.tr("Fees"),
            }
        )
        horizon = self.comparison.horizon if self.comparison else 60
        apply_on = self._month(self.comparison.apply_on) if self.comparison else ""
        return {
            "total": self.tr("Total cost over %1 months").replace("%1", str(horizon)),
            "extra": self.tr("More than paying on time"),
            "penalties": labels["penalties"],
            "interest": labels["interest"],
            "interest_on_interest": labels["interest_on_interest"],
            "fees": labels["fees"],
            "first_payment": self.tr("First payment"),
            "worse_until": self.tr("The record stops getting worse"),
            "visible_until": self.tr("The record disappears"),
            "flags": self.tr("What a lender sees in %1").replace("%1", apply_on),
            "next_loan": self.tr("Next loan in %1").replace("%1", apply_on),
            "ends": self.tr("How the debt ends"),
        }

    def flag_names(self) -> dict[str, str]:
        """The lender flags, short."""
        return {
            "lian_san": self.tr("连三 (rule of thumb)"),
            "lei_liu": self.tr("累六 (rule of thumb)"),
            "currently_overdue": self.tr("Currently overdue (当前逾期)"),
            "never_settled": self.tr("Never settled"),
            "charged_off": self.tr("Charged off"),
            "penalty_apr": self.tr("US penalty APR"),
        }

    def cell_texts(self, outcome: remedies.RemedyOutcome) -> dict[str, str]:
        """The column of one remedy, row by row (what the table and the PDF show)."""
        split = outcome.split
        return {
            "total": self._money(outcome.total_cost),
            "extra": self._money(outcome.extra_cost),
            "penalties": self._money(split.penalties),
            "interest": self._money(split.interest),
            "interest_on_interest": self._money(split.interest_on_interest),
            "fees": self._money(split.fees),
            "first_payment": "—"
            if outcome.remedy is Remedy.KEEP_MISSING
            else self._money(outcome.first_payment),
            "worse_until": self._worse_text(outcome),
            "visible_until": self._visible_text(outcome),
            "flags": self._flags_text(outcome.flags),
            "next_loan": self._loan_text(outcome.next_loan),
            "ends": self._ends_text(outcome),
        }

    def _worse_text(self, o: remedies.RemedyOutcome) -> str:
        if o.still_worsening or o.months_until_stable is None:
            horizon = self.comparison.horizon if self.comparison else 0
            return self.tr("Never within %1 months: still overdue").replace("%1", str(horizon))
        if o.worse_until is None:
            return self.tr("It never gets worse")
        return (
            self.tr("After %1 (%2 months)")
            .replace("%1", self._month(o.worse_until))
            .replace("%2", str(o.months_until_stable))
        )

    def _visible_text(self, o: remedies.RemedyOutcome) -> str:
        if o.visible_until is None:
            if "never_settled" in o.flags or o.settlement.kind is SettlementKind.UNPAID:
                return self.tr("Never, while it is unpaid")
            return self.tr("Nothing negative to disappear")
        return (
            self.tr("%1 (%2 months from the first statement)")
            .replace("%1", self._month(o.visible_until))
            .replace("%2", str(o.months_until_clear))
        )

    def _flags_text(self, flags: tuple[str, ...]) -> str:
        names = self.flag_names()
        shown = [names[f] for f in names if f in flags] + [f for f in flags if f not in names]
        return "; ".join(shown) if shown else self.tr("None")

    def _loan_text(self, a: borrowing.Assessment) -> str:
        if a.outcome is borrowing.Outcome.LIKELY_REFUSED:
            return self.tr("Likely refused")
        rate = formatting.pct((a.annual_rate or Decimal(0)) * 100, self._language())
        if a.outcome is borrowing.Outcome.APPROVE:
            return self.tr("Approved at %1").replace("%1", rate)
        return (
            self.tr("Approved at %1: %2 more interest")
            .replace("%1", rate)
            .replace("%2", self._money(a.extra_cost or Decimal(0)))
        )

    def _ends_text(self, o: remedies.RemedyOutcome) -> str:
        s = o.settlement
        if s.kind is SettlementKind.IN_PLAN and s.plan_until is not None:
            return self.tr("In a negotiated plan until %1").replace("%1", self._day(s.plan_until))
        if s.kind is SettlementKind.PAID and s.paid_on is not None:
            if s.in_plan:
                return self.tr("Paid off with the plan's last instalment on %1").replace(
                    "%1", self._day(s.paid_on)
                )
            return self.tr("Paid on %1").replace("%1", self._day(s.paid_on))
        horizon = self.comparison.horizon if self.comparison else 0
        return self.tr("Still owed after %1 months").replace("%1", str(horizon))

    def recommendation_text(self) -> str:
        """The recommendation and its reason, in plain words."""
        c = self.comparison
        if c is None:
            return ""
        names = self.remedy_names()
        best = c.outcome(c.recommended)
        name = names[c.recommended.value]
        if c.reason is Reason.NOTHING_AFFORDABLE:
            text = self.tr(
                "None of these fits a budget of %1 a month: ask the lender for a longer plan "
                "(个性化分期 / 协商还款) — and do not keep missing."
            ).replace("%1", self._money(self.budget) if self.budget is not None else "—")
        elif c.reason is Reason.REPAY_NOW_UNAFFORDABLE:
            repay = c.outcome(Remedy.REPAY_NOW)
            text = (
                self.tr(
                    "Recommended: %1. Repaying everything at once (%2) is more than your budget; "
                    "of what fits it, this costs the least: %3 in all."
                )
                .replace("%1", name)
                .replace("%2", self._money(repay.first_payment))
                .replace("%3", self._money(best.total_cost))
            )
        elif c.reason is Reason.SAME_COST_DEBT_FREE_SOONER:
            text = (
                self.tr(
                    "Recommended: %1, because it costs no more than the others (%2 in all) and "
                    "the debt is gone soonest."
                )
                .replace("%1", name)
                .replace("%2", self._money(best.total_cost))
            )
        else:
            text = (
                self.tr(
                    "Recommended: %1, because it costs the least over the same %2 months: %3 "
                    "in all."
                )
                .replace("%1", name)
                .replace("%2", str(c.horizon))
                .replace("%3", self._money(best.total_cost))
            )
        worst = c.outcome(Remedy.KEEP_MISSING)
        more = worst.total_cost - best.total_cost
        if more > 0:
            text += " " + self.tr(
                "Keeping on missing costs %1 more, and the record never starts to expire while "
                "the debt is unpaid."
            ).replace("%1", self._money(more))
        return text

    def strip_rows(self) -> tuple[list[Strip], list[str]]:
        """Each remedy's record (and the second account's) by month, and the month labels."""
        c = self.comparison
        if c is None:
            return [], []
        first = c.start.replace(day=1)
        last = record.add_months(first, STRIP_MONTHS - 1)
        names = self.remedy_names()
        system = c.outcomes[0].record.system.value
        language = self._language()
        strips = []

        def tips(months: tuple[record.MonthRecord, ...]) -> tuple[str, ...]:
            return tuple(
                f"{parts.month_text(m.month, language)}: {m.code} ({code_meaning(system, m.code)})"
                for m in months
            )

        for o in c.outcomes:
            months = record.grid(o.record, last, STRIP_MONTHS)
            strips.append(Strip(names[o.remedy.value], tuple(m.code for m in months), tips(months)))
        second = c.second_account
        if second is not None:
            months = record.grid(second.record, last, STRIP_MONTHS)
            label = self.tr("Your %1").replace("%1", self._second_name())
            strips.append(Strip(label, tuple(m.code for m in months), tips(months)))
            best = c.outcome(c.recommended).combined_record
            if best is not None:
                months = record.grid(best, last, STRIP_MONTHS)
                label = self.tr("One report: %1").replace("%1", names[c.recommended.value])
                strips.append(Strip(label, tuple(m.code for m in months), tips(months)))
        labels = []
        for i in range(STRIP_MONTHS):
            month = record.add_months(first, i)
            # Month numbers; each January says its year (the tooltip names every month).
            labels.append(str(month.year) if month.month == 1 else str(month.month))
        return strips, labels

    def _second_name(self) -> str:
        c = self.comparison
        if c is None or c.second_account is None:
            return ""
        pid = c.second_account.simulation.product_id
        preset = self._presets.get(pid)
        return self._product_name(preset) if preset is not None else pid

    def second_sentence(self) -> str:
        """What the second account adds (empty without one)."""
        c = self.comparison
        if c is None or c.second_account is None:
            return ""
        return (
            self.tr(
                "And your %1: missing it once and catching up costs %2 more, and its record is on "
                "the same report — a lender reads the worse code of each month, and the flags and "
                "the next loan above are judged on both accounts."
            )
            .replace("%1", self._second_name())
            .replace("%2", self._money(c.second_account.extra_cost))
        )

    def _show(self) -> None:
        c = self.comparison
        if c is None:
            return
        names = self.remedy_names()
        row_names = self.row_names()
        missed = c.missed_cycles
        if not self.missed_in_scenario:
            intro = self.tr(
                "Your scenario misses no payment; here, after one missed payment: four ways on, "
                "over the same %2 months from %3."
            )
        elif missed == 1:
            intro = self.tr(
                "After the missed payment of your scenario, four ways on, over the same %2 "
                "months from %3."
            )
        else:
            intro = self.tr(
                "After the %1 missed payments of your scenario, four ways on, over the same %2 "
                "months from %3."
            )
        self.intro.setText(
            intro.replace("%1", str(missed))
            .replace("%2", str(c.horizon))
            .replace("%3", self._month(c.start))
        )
        table = self.table
        for r, key in enumerate(ROWS):
            table.item(r, 0).setText(row_names[key])
        headers = [""]
        for name in REMEDY_ORDER:
            title = names[name]
            if c.recommended.value == name:
                title = "★ " + title
            headers.append(title)
        table.setHorizontalHeaderLabels(headers)
        for col, name in enumerate(REMEDY_ORDER):
            outcome = c.outcome(Remedy(name))
            texts = self.cell_texts(outcome)
            recommended = c.recommended.value == name
            for r, key in enumerate(ROWS):
                item = table.item(r, col + 1)
                if item.text() != texts[key]:
                    item.setText(texts[key])
                item.setData(marks.MARK_ROLE, "positive" if recommended else None)
                font = QFont(table.font())
                font.setBold(recommended)
                item.setFont(font)
        self._fit_table()
        self.recommendation.setText(self.recommendation_text())
        texts = self.chart.texts
        if texts is not None and texts[2] != names:  # the plan's length is in its name
            self.chart.set_texts(
                x_label=texts[0], y_label=texts[1], names=names, text_scale=texts[3]
            )
        owed = {}
        for o in c.outcomes:
            owed[o.remedy.value] = [float(r.closing + r.payment) for r in o.simulation.rows]
        self.chart.set_data(owed)
        strips, labels = self.strip_rows()
        self.strips.set_strips(strips, labels)  # and their accessible description and table
        sentence = self.second_sentence()
        self.second_text.setText(sentence)
        self.second_text.setVisible(bool(sentence))

    def _fit_table(self) -> None:
        """Columns that fill the card: each remedy as wide as its amounts at least, the rows'
        names at most a third; the text wraps in the rest. At 200 % text, if even that is wider
        than the card, the table scrolls sideways inside it (the page never gets wider)."""
        table = self.table
        metrics = table.fontMetrics()
        bold = QFont(table.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)  # the recommended column is bold
        pad = metrics.averageCharWidth() + 10
        room = max(table.viewport().width(), 200)
        names = max(
            (
                metrics.horizontalAdvance(piece)
                for r in range(len(ROWS))
                for piece in parts.break_pieces(table.item(r, 0).text())
            ),
            default=40,
        )
        money_rows = range(ROWS.index("first_payment") + 1)
        amounts = max(
            (
                bold_metrics.horizontalAdvance(table.item(r, c).text())
                for r in money_rows
                for c in range(1, table.columnCount())
            ),
            default=40,
        )
        column = amounts + pad
        label = min(max(names + pad, room // 5), room // 3)
        if label + column * len(REMEDY_ORDER) > room:  # large text: the names wrap more
            label = max(room - column * len(REMEDY_ORDER), names + pad)
        column = max(column, (room - label) // len(REMEDY_ORDER))
        header = table.horizontalHeader()
        header.resizeSection(0, label)
        for c in range(1, table.columnCount()):
            header.resizeSection(c, column)
        table.resizeRowsToContents()
        height = max(header.sizeHint().height(), header.minimumHeight()) + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        if label + column * len(REMEDY_ORDER) > room:
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rows wrap their text: another width needs other heights."""
        super().resizeEvent(event)
        self._fit_table()

    def column_texts(self) -> dict[str, dict[str, str]]:
        """Remedy → row → text, as shown (tests and the PDF)."""
        c = self.comparison
        if c is None:
            return {}
        return {o.remedy.value: self.cell_texts(o) for o in c.outcomes}

    # --- texts ------------------------------------------------------------------------------

    def notes_html(self) -> str:
        """Assumptions and sources of the comparison, with lesson links."""
        return parts.esc(self.notes_text()) + parts.link("lian_san", self.tr("连三累六"))

    def notes_text(self) -> str:
        """Assumptions and sources, as plain text (PDF)."""
        return self.tr(
            "Every remedy starts at the next due date after the missed payments and runs over the "
            "same months. A negotiated plan (个性化分期还款) lasts at most 5 years "
            "(《商业银行信用卡业务监督管理办法》, 银监会令2011年第2号, Art. 70); the model charges "
            "no further interest or penalty while it is paid, and the monthly fee your agreement "
            "says. 连三累六 is a lenders' rule of thumb, not a regulation. A US card's penalty APR "
            "may apply once a payment is 60 days late (Regulation Z §1026.55(b)(4)). A negative "
            "record is kept 5 years from the day the delinquency ends (《征信业管理条例》 Art. 16; "
            "US: 7 years, FCRA §605(a)(5)). The next loan is an illustration."
        )

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("The way out, side by side"))
        self.table.setAccessibleName(self.tr("Remedies side by side"))
        self.table.horizontalHeader().setMinimumHeight(
            2 * self.table.fontMetrics().lineSpacing() + 8
        )
        self.chart_heading.setText(self.tr("What is owed, month by month, in each remedy"))
        self.chart.setAccessibleName(
            self.tr(
                "Chart: amount owed each month in each remedy (repay now: solid line; negotiate: "
                "dashed; minimum: dash-dot; keep missing: dotted)"
            )
        )
        self.strips_heading.setText(
            self.tr("The credit record of each remedy, month by month from the first statement")
        )
        self.strips.setAccessibleName(self.tr("Credit records side by side"))
        self.notes.setText(self.notes_html())
        self._show()
