"""What the record does to the next loan: the loan the learner means to apply for, whether a
lender would likely approve it and at what price, and the extra cost by the month of applying.

The panel keeps typed values (the amount as a ``Decimal``, the clean-record rate as a fraction)
and hands the page a :class:`duewise.finance.calculator.NextLoan`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duewise import formatting
from duewise.content.language import Language
from duewise.finance import borrowing, calculator, record
from duewise.ui.calculator import parts
from duewise.ui.calculator.charts import NextLoanChart
from duewise.ui.common import app_language, basics
from duewise.ui.common.basics import RetranslatingWidget

#: Example loans (the learner edits them): amount, months, clean rate in percent a year.
LOAN_EXAMPLES = {
    ("CNY", borrowing.LoanKind.MORTGAGE): ("1000000", 360, "3.5"),
    ("CNY", borrowing.LoanKind.CAR): ("150000", 36, "5"),
    ("CNY", borrowing.LoanKind.CARD): ("20000", 12, "18"),
    ("CNY", borrowing.LoanKind.PERSONAL): ("50000", 36, "8"),
    ("USD", borrowing.LoanKind.MORTGAGE): ("300000", 360, "6.5"),
    ("USD", borrowing.LoanKind.CAR): ("30000", 60, "7"),
    ("USD", borrowing.LoanKind.CARD): ("5000", 12, "22"),
    ("USD", borrowing.LoanKind.PERSONAL): ("10000", 36, "12"),
}
#: The loan's form beside the outcome (at large text sizes it takes the card's width).
FORM_WIDTH = 460
#: The theme's colour of each outcome (its ``QLabel[role=…]`` style, WCAG AA in every theme).
OUTCOME_ROLES = {
    borrowing.Outcome.APPROVE: "good",
    borrowing.Outcome.APPROVE_HIGHER_RATE: "caution",
    borrowing.Outcome.LIKELY_REFUSED: "error",
}


class NextLoanPanel(RetranslatingWidget):
    """The next-loan card.

    Signals:
        changed(): a loan input was changed by the learner.
        link_activated(str): a lesson link was clicked.
    """

    changed = Signal()
    link_activated = Signal(str)

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._currency = "CNY"
        self._loading = False
        #: The learner chose the application month (else it follows the record's month).
        self.month_touched = False
        self.assessment: borrowing.Assessment | None = None
        self.first_month: dt.date | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, layout = basics.card(self)
        outer.addWidget(frame)
        self.heading = basics.heading(2, frame)
        layout.addWidget(self.heading)
        self.illustrative = parts.link_label(frame)
        self.illustrative.setProperty("role", "muted")
        layout.addWidget(self.illustrative)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.row.setSpacing(16)
        layout.addLayout(self.row)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind_label = QLabel(frame)
        self.kind_box = QComboBox(frame)
        for kind in borrowing.LoanKind:
            self.kind_box.addItem("", kind.value)
        self.amount_label = QLabel(frame)
        self.amount_edit = QLineEdit(frame)
        self.amount_error = parts.error_label(frame)
        self.months_label = QLabel(frame)
        self.months_spin = QSpinBox(frame)
        self.months_spin.setRange(1, calculator.MAX_LOAN_MONTHS)
        self.rate_label = QLabel(frame)
        self.rate_edit = QLineEdit(frame)
        self.rate_error = parts.error_label(frame)
        self.month_label = QLabel(frame)
        self.month_edit = QDateEdit(frame)
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setDateRange(QDate(1990, 1, 1), QDate(2120, 12, 1))
        for label, field, error in (
            (self.kind_label, self.kind_box, None),
            (self.amount_label, self.amount_edit, self.amount_error),
            (self.months_label, self.months_spin, None),
            (self.rate_label, self.rate_edit, self.rate_error),
            (self.month_label, self.month_edit, None),
        ):
            label.setBuddy(field)
            if error is None:
                form.addRow(label, field)
            else:
                box = QVBoxLayout()
                box.setSpacing(2)
                box.addWidget(field)
                box.addWidget(error)
                form.addRow(label, box)
        self.form_widget = QWidget(frame)
        self.form_widget.setLayout(form)
        self.form_widget.setMaximumWidth(FORM_WIDTH)
        self.row.addWidget(self.form_widget, 0, Qt.AlignmentFlag.AlignTop)
        outcome_box = QVBoxLayout()
        self.outcome = QLabel(frame)
        self.outcome.setWordWrap(True)
        self.outcome.setObjectName("loanOutcome")
        self.outcome.setStyleSheet("font-weight: 600;")
        self.reasons = parts.link_label(frame)
        self.money_label = basics.paragraph(frame)
        outcome_box.addWidget(self.outcome)
        outcome_box.addWidget(self.money_label)
        outcome_box.addWidget(self.reasons)
        outcome_box.addStretch(1)
        self.row.addLayout(outcome_box, 1)
        self.chart_heading = QLabel(frame)
        self.chart_heading.setWordWrap(True)
        layout.addWidget(self.chart_heading)
        self.chart = NextLoanChart(frame)
        layout.addWidget(self.chart)
        self.sources = basics.paragraph(frame, muted=True)
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.sources)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.kind_box.currentIndexChanged.connect(self._on_kind_box_current_index_changed)
        self.amount_edit.textChanged.connect(self._on_input_changed)
        self.months_spin.valueChanged.connect(self._on_input_changed)
        self.rate_edit.textChanged.connect(self._on_input_changed)
        self.month_edit.dateChanged.connect(self._on_month_edit_date_changed)
        for label in (self.illustrative, self.reasons):
            label.linkActivated.connect(self.link_activated)

    def set_stacked(self, stacked: bool) -> None:
        """The form above the outcome, as wide as the card (large text), or beside it.

        A form narrower than the card would wrap its labels, and a layout asks a widget's
        height for the card's width, not for its own narrower one: the fields were squashed."""
        direction = (
            QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        )
        self.row.setDirection(direction)
        self.form_widget.setMaximumWidth(16777215 if stacked else FORM_WIDTH)

    def focus_chain(self) -> list[QWidget]:
        """The card's controls in tab order, top to bottom: the note, the loan's fields, the
        reasons, the chart's table."""
        fields = [
            self.kind_box,
            self.amount_edit,
            self.months_spin,
            self.rate_edit,
            self.month_edit,
        ]
        return [self.illustrative, *fields, self.reasons, *self.chart.focus_chain()]

    # --- inputs -----------------------------------------------------------------------------

    def reset_inputs(self, currency: str) -> None:
        """The example loan of the kind chosen, in ``currency``."""
        self._currency = currency
        kind = borrowing.LoanKind(str(self.kind_box.currentData()))
        amount, months, rate = LOAN_EXAMPLES[(currency, kind)]
        blocked = self._loading
        self._loading = True
        self.amount_edit.setText(amount)
        self.months_spin.setValue(months)
        self.rate_edit.setText(rate)
        self._loading = blocked

    def set_application_month(self, day: dt.date) -> None:
        """Show ``day``'s month as the application month (not counted as the learner's)."""
        self.month_edit.blockSignals(True)
        self.month_edit.setDate(QDate(day.year, day.month, 1))
        self.month_edit.blockSignals(False)

    def application_month(self) -> dt.date:
        """The month the learner applies in (its first day)."""
        date = self.month_edit.date()
        return dt.date(date.year(), date.month(), 1)

    def show_errors(self, messages: dict[str, str]) -> None:
        """``loan_amount`` / ``loan_rate`` / ``loan_months`` → message (empty: valid; the term's
        message goes under the amount, the spin box has no line of its own)."""
        messages = dict(messages)
        if "loan_months" in messages:
            months = messages.pop("loan_months")
            messages["loan_amount"] = " ".join(filter(None, (messages.get("loan_amount"), months)))
        for param, edit, label in (
            ("loan_amount", self.amount_edit, self.amount_error),
            ("loan_rate", self.rate_edit, self.rate_error),
        ):
            message = messages.get(param, "")
            label.setText(message)
            label.setVisible(bool(message))
            parts.mark_invalid(edit, bool(message))
            edit.setAccessibleDescription(message)

    # --- outcome ----------------------------------------------------------------------------

    def show_outlook(self, outlook: calculator.NextLoanOutlook, currency: str) -> None:
        """Draw the chart and say what a lender would likely do."""
        self._currency = currency
        self.first_month = outlook.first_month
        self.assessment = outlook.assessment
        self.chart.set_data(
            [None if a.extra_cost is None else float(a.extra_cost) for a in outlook.by_month],
            outlook.chosen,
        )
        self._show_assessment()

    def _money(self, amount: Decimal, currency: str) -> str:
        return parts.money(amount, currency, self._language())

    def tick(self, index: int) -> str:
        """The chart's label for month ``index`` from the record's month."""
        if self.first_month is None:
            return str(index)
        return formatting.month(record.add_months(self.first_month, index), self._language())

    def _outcome_text(self, outcome: borrowing.Outcome) -> str:
        if outcome is borrowing.Outcome.APPROVE:
            return self.tr("Approved at the clean-record rate")
        if outcome is borrowing.Outcome.APPROVE_HIGHER_RATE:
            return self.tr("Approved, but at a higher rate")
        return self.tr("Likely refused")

    def _reason_text(self, reason: borrowing.Reason) -> tuple[str, str]:
        r = borrowing.Reason
        texts = {
            r.CLEAN: (self.tr("The record shows no overdue payment."), "underwriting"),
            r.RECORD_EXPIRED: (
                self.tr("The overdue record is no longer visible on this date."),
                "visible_pboc",
            ),
            r.CURRENT_OVERDUE: (
                self.tr("Money is overdue right now (当前逾期): most lenders refuse."),
                "currently_overdue",
            ),
            r.LIAN_SAN_LEI_LIU: (
                self.tr("连三累六 within the last 2 years: many lenders refuse (a rule of thumb)."),
                "lian_san",
            ),
            r.CHARGED_OFF: (
                self.tr("A charge-off is still visible: treated like a current default."),
                "charged_off",
            ),
            r.SINGLE_MINOR_TOLERATED: (
                self.tr("A single month under 30 days late is usually tolerated."),
                "underwriting",
            ),
            r.VISIBLE_DELINQUENCY: (
                self.tr("An overdue record is still visible: the lender prices in the risk."),
                "next_loan",
            ),
        }
        return texts[reason]

    def _show_assessment(self) -> None:
        a = self.assessment
        if a is None:
            return
        self.outcome.setText(self.outcome_sentence(a))
        role = OUTCOME_ROLES[a.outcome]
        if self.outcome.property("role") != role:
            self.outcome.setProperty("role", role)
            self.outcome.style().unpolish(self.outcome)
            self.outcome.style().polish(self.outcome)
        self.money_label.setText(self.price_sentence(a))
        reasons = []
        learn_why = self.tr("Learn why")
        for reason in a.reasons:
            text, key = self._reason_text(reason)
            reasons.append(f"• {parts.esc(text)}" + parts.link(key, learn_why))
        self.reasons.setText("<br>".join(reasons))
        self.sources.setText(self.sources_text(a))

    def reason_lines(self, a: borrowing.Assessment) -> list[str]:
        """Why, as plain sentences (the PDF)."""
        return [self._reason_text(reason)[0] for reason in a.reasons]

    def sources_text(self, a: borrowing.Assessment) -> str:
        """The assessment's sources in the interface language, as ``assets/borrowing.toml``
        writes them (``source_zh`` in Chinese, the English ``source`` where it has none)."""
        language = app_language.lesson_language(self._language())
        sources = [s for s in a.sources_in(language) if s]
        separator = "；" if language is Language.ZH else "; "
        return self.tr("Sources: %1").replace("%1", separator.join(sources) or "—")

    def outcome_sentence(self, a: borrowing.Assessment) -> str:
        """What a lender would likely do, e.g. "A mortgage in May 2027: Likely refused"."""
        return (
            self.tr("%1 in %2: %3")
            .replace("%1", self.kind_names()[a.loan.kind])
            .replace("%2", parts.month_text(a.application_date, self._language()))
            .replace("%3", self._outcome_text(a.outcome))
        )

    def price_sentence(self, a: borrowing.Assessment) -> str:
        """The loan's price against a clean record (or why there is none)."""
        currency = self._currency
        lang = self._language()
        if a.outcome is borrowing.Outcome.LIKELY_REFUSED:
            money = self.tr(
                "No loan on this date, so no price: waiting until the record ages is the cost."
            )
        else:
            money = (
                self.tr(
                    "Rate %1 a year instead of %2. Extra interest over the loan's life: %3 "
                    "(total interest %4 instead of %5)."
                )
                .replace("%1", formatting.pct((a.annual_rate or Decimal(0)) * 100, lang))
                .replace("%2", formatting.pct(a.loan.clean_annual_rate * 100, lang))
                .replace("%3", self._money(a.extra_cost or Decimal(0), currency))
                .replace("%4", self._money(a.total_interest or Decimal(0), currency))
                .replace("%5", self._money(a.clean_total_interest, currency))
            )
        return money

    def kind_names(self) -> dict[borrowing.LoanKind, str]:
        return {
            borrowing.LoanKind.MORTGAGE: self.tr("A mortgage"),
            borrowing.LoanKind.CAR: self.tr("A car loan"),
            borrowing.LoanKind.CARD: self.tr("A credit card"),
            borrowing.LoanKind.PERSONAL: self.tr("A personal loan"),
        }

    def set_chart_texts(self, currency_sign: str, text_scale: int) -> None:
        """The chart's titles in the current language."""
        self.chart.set_texts(
            x_label=self.tr("Application month"),
            y_label=self.tr("Extra interest (%1)").replace("%1", currency_sign),
            extra=self.tr("Extra cost if approved"),
            refused=self.tr("Likely refused"),
            chosen=self.tr("Your month"),
            tick_label=self.tick,
            text_scale=text_scale,
        )

    # --- slots ------------------------------------------------------------------------------

    def _on_input_changed(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def _on_kind_box_current_index_changed(self, _index: int) -> None:
        self.reset_inputs(self._currency)
        self._on_input_changed()

    def _on_month_edit_date_changed(self, _date: QDate) -> None:
        self.month_touched = True
        self._on_input_changed()

    # --- texts ------------------------------------------------------------------------------

    def illustrative_sentence(self) -> str:
        """What the next-loan figures assume, as plain text."""
        return self.tr(
            "Illustration only: lenders publish no such figures. Assumptions: a record "
            "is read with 连三累六 and current-overdue rules; the rate premium shrinks as "
            "the record ages and ends when it stops being visible; equal monthly "
            "payments (等额本息) over the term. Change the loan to see its price."
        )

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("What it does to your next loan"))
        self.illustrative.setText(
            parts.esc(self.illustrative_sentence())
            + f" <a href='{parts.lesson_href('next_loan')}'>"
            + parts.esc(self.tr("How the next loan costs more"))
            + "</a>"
        )
        self.kind_label.setText(self.tr("You apply for"))
        self.kind_box.setAccessibleName(self.tr("Kind of the next loan"))
        names = self.kind_names()
        for i in range(self.kind_box.count()):
            self.kind_box.setItemText(i, names[borrowing.LoanKind(str(self.kind_box.itemData(i)))])
        self.amount_label.setText(self.tr("Loan amount"))
        self.amount_edit.setAccessibleName(self.tr("Loan amount"))
        self.months_label.setText(self.tr("Term (months)"))
        self.months_spin.setAccessibleName(self.tr("Term of the loan in months"))
        self.rate_label.setText(self.tr("Rate on a clean record (% a year)"))
        self.rate_edit.setAccessibleName(self.tr("Rate on a clean record, percent a year"))
        self.month_label.setText(self.tr("Application month"))
        self.month_edit.setAccessibleName(self.tr("Month you apply"))
        self.chart_heading.setText(
            self.tr("Extra cost of the loan by the month you apply: it shrinks as the record ages")
        )
        self.chart.setAccessibleName(
            self.tr("Chart: extra cost of the next loan by application month")
        )
        self._show_assessment()
