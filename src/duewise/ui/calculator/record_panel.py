"""The credit record as a lender sees it: the 24-month grid, the lender rules it trips, and how
long it stays visible."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from duewise.finance import record, remedies
from duewise.ui.calculator import parts
from duewise.ui.calculator.widgets import TimelineBar
from duewise.ui.common import basics
from duewise.ui.common.basics import RetranslatingWidget
from duewise.ui.common.record_grid import RecordGrid

#: The lender rules in the order the panel lists them.
FLAG_ORDER = (
    record.Flag.LIAN_SAN,
    record.Flag.LEI_LIU,
    record.Flag.CURRENTLY_OVERDUE,
    record.Flag.NEVER_SETTLED,
    record.Flag.CHARGED_OFF,
)


class RecordPanel(RetranslatingWidget):
    """The record card.

    Signals:
        link_activated(str): a lesson link was clicked.
    """

    link_activated = Signal(str)

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.rec: record.CreditRecord | None = None
        self.settlement: remedies.Settlement | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, layout = basics.card(self)
        outer.addWidget(frame)
        self.heading = basics.heading(2, frame)
        layout.addWidget(self.heading)
        self.caption = basics.paragraph(frame, muted=True)
        layout.addWidget(self.caption)
        self.grid = RecordGrid(frame)
        layout.addWidget(self.grid)
        self.legend = parts.link_label(frame)
        layout.addWidget(self.legend)
        self.flags_heading = QLabel(frame)
        self.flags_heading.setProperty("role", "h3")
        self.flags_heading.setWordWrap(True)
        layout.addWidget(self.flags_heading)
        self.flags_label = parts.link_label(frame)
        layout.addWidget(self.flags_label)
        self.timeline_heading = QLabel(frame)
        self.timeline_heading.setWordWrap(True)
        layout.addWidget(self.timeline_heading)
        self.timeline = TimelineBar(frame)
        layout.addWidget(self.timeline)
        self.timeline_label = parts.link_label(frame)
        layout.addWidget(self.timeline_label)
        layout.addStretch(1)
        for label in (self.legend, self.flags_label, self.timeline_label):
            label.linkActivated.connect(self.link_activated)

    def _day(self, day: object) -> str:
        return parts.day_text(day, self._language())  # type: ignore[arg-type]

    def flag_texts(self) -> dict[record.Flag, tuple[str, str]]:
        """Each lender rule in words, with the lesson key that explains it."""
        return {
            record.Flag.LIAN_SAN: (
                self.tr(
                    "连三: 3 overdue months in a row within 2 years — a lenders' rule of thumb, "
                    "not a regulation."
                ),
                "lian_san",
            ),
            record.Flag.LEI_LIU: (
                self.tr(
                    "累六: 6 overdue months in total within 2 years — a lenders' rule of thumb, "
                    "not a regulation."
                ),
                "lei_liu",
            ),
            record.Flag.CURRENTLY_OVERDUE: (
                self.tr("Currently overdue (当前逾期): money is owed past its due date right now."),
                "currently_overdue",
            ),
            record.Flag.NEVER_SETTLED: (
                self.tr(
                    "Never settled: the record cannot start to expire while the debt is unpaid."
                ),
                "never_settled",
            ),
            record.Flag.CHARGED_OFF: (
                self.tr(
                    "Charged off (CO): the lender wrote the debt off; it may go to collections."
                ),
                "charged_off",
            ),
        }

    def flag_lines(self, rec: record.CreditRecord) -> list[str]:
        """The tripped lender rules as plain sentences (for the PDF)."""
        texts = self.flag_texts()
        lines = [texts[flag][0] for flag in FLAG_ORDER if flag in rec.flags]
        return lines or [self.tr("No lender rule is tripped.")]

    def heading_text(self, rec: record.CreditRecord) -> str:
        """The card's heading for the record's system."""
        if rec.system is record.RecordSystem.US:
            return self.tr("Your record as a US lender sees it")
        return self.tr("Your credit report (征信) as a lender sees it")

    def show_record(
        self, rec: record.CreditRecord, settlement: remedies.Settlement | None = None
    ) -> None:
        """Show ``rec`` as it would be read on its ``as_of`` day; ``settlement`` says how the
        debt ended (a negotiated plan is not "paid" the day it is agreed)."""
        self.rec = rec
        self.settlement = settlement
        language = self._language()
        self.heading.setText(self.heading_text(rec))
        self.caption.setText(
            self.tr("The last 24 months as the report would show them on %1.").replace(
                "%1", self._day(rec.as_of)
            )
        )
        months = record.grid(rec, rec.as_of)
        self.grid.set_record(
            rec.system.value,
            months[0].month,
            [m.code for m in months],
            language,
            [
                self.tr("%1 days past due").replace("%1", str(m.days_past_due))
                if m.days_past_due
                else ""
                for m in months
            ],
        )
        self.legend.setText(self.legend_text(rec))
        flag_lines = []
        learn_why = self.tr("Learn why")
        flag_texts = self.flag_texts()
        for flag in FLAG_ORDER:
            if flag in rec.flags:
                text, key = flag_texts[flag]
                flag_lines.append(f"⚑ {parts.esc(text)}" + parts.link(key, learn_why))
        if not flag_lines:
            flag_lines.append(parts.esc(self.tr("No lender rule is tripped.")))
        self.flags_label.setText("<br>".join(flag_lines))
        self._show_timeline(rec)

    def legend_sentence(self, rec: record.CreditRecord) -> str:
        """What the codes mean, as plain text."""
        if rec.system is record.RecordSystem.US:
            return self.tr(
                "OK: paid, or less than 30 days late (not reported). 30, 60, 90 … 180: days late "
                "when reported. CO: charged off."
            )
        return self.tr(
            "N: paid on time. 1–7: overdue (1 = 1–30 days, 2 = 31–60 … 7 = more than 180). "
            "C: settled and closed. *: nothing due. /: not opened yet."
        )

    def legend_text(self, rec: record.CreditRecord) -> str:
        """What the codes mean (rich text, with the lesson's link)."""
        link = "us_marks" if rec.system is record.RecordSystem.US else "pboc_codes"
        return parts.esc(self.legend_sentence(rec)) + parts.link(
            link, self.tr("What the codes mean")
        )

    def timeline_sentence(self, rec: record.CreditRecord) -> str:
        """How long the record stays visible, in one sentence."""
        if not rec.episodes:
            return self.tr("Nothing negative is reported, so nothing has to expire.")
        first = min(e.start for e in rec.episodes)
        if rec.system is not record.RecordSystem.US and any(e.end is None for e in rec.episodes):
            return self.tr(
                "Overdue since %1 and still unpaid: the record never stops being visible "
                "while the debt is unpaid. The 5 years start only on the day it is paid."
            ).replace("%1", self._day(first))
        until = rec.visible_until or first
        end = max((e.end or rec.as_of) for e in rec.episodes)
        plan = self.plan_sentence()
        if rec.system is record.RecordSystem.US:
            text = self.tr(
                "Late from %1. Reported for 7 years from when it started (7 years and 180 days "
                "after a charge-off), paid or not: visible until %2."
            )
        elif plan:
            text = self.tr(
                "Overdue from %1 until %3, when the plan was agreed. Visible for 5 years after "
                "the day the delinquency ended: until %2."
            )
        else:
            text = self.tr(
                "Overdue from %1 until it was paid on %3. Visible for 5 years after the day it "
                "ended: until %2."
            )
        sentence = (
            text.replace("%1", self._day(first))
            .replace("%2", self._day(until))
            .replace("%3", self._day(end))
        )
        return f"{sentence} {plan}" if plan else sentence

    def plan_sentence(self) -> str:
        """How a negotiated plan stands (empty without one): running until its last month, or
        paid off with its last instalment — never "paid" on the day it was agreed (#14)."""
        s = self.settlement
        if s is None or not s.in_plan or s.plan_until is None:
            return ""
        if s.kind is remedies.SettlementKind.PAID and s.paid_on is not None:
            return self.tr("The debt was paid off with the plan's last instalment on %1.").replace(
                "%1", self._day(s.paid_on)
            )
        return self.tr(
            "The debt is in a negotiated plan until %1: it is repaid only with the last instalment."
        ).replace("%1", self._day(s.plan_until))

    def _show_timeline(self, rec: record.CreditRecord) -> None:
        us = rec.system is record.RecordSystem.US
        sentence = parts.esc(self.timeline_sentence(rec))
        more = parts.link("visible_us" if us else "visible_pboc", self.tr("How long it stays"))
        if not rec.episodes:
            self.timeline.set_timeline([], [], open_end=False)
            self.timeline_label.setText(sentence + more)
            return
        first = min(e.start for e in rec.episodes)
        if not us and any(e.end is None for e in rec.episodes):
            self.timeline.set_timeline([(0.0, 1.0, "#d45f4b")], [0.0], open_end=True)
            self.timeline_label.setText(
                sentence + parts.link("never_settled", self.tr("Never paid, never gone"))
            )
            return
        until = rec.visible_until or first
        end = max((e.end or rec.as_of) for e in rec.episodes)
        span = max((until - first).days, 1)
        overdue_to = min(1.0, max((end - first).days / span, 0.01))
        self.timeline.set_timeline(
            [(0.0, overdue_to, "#d45f4b"), (overdue_to, 1.0, "#f0c36b")],
            [0.0, overdue_to, 1.0],
            open_end=False,
        )
        self.timeline_label.setText(sentence + more)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.flags_heading.setText(self.tr("Lender rules"))
        self.timeline_heading.setText(self.tr("How long it stays visible"))
        self.timeline.setAccessibleName(self.tr("Timeline of how long the record stays visible"))
        self.grid.setAccessibleName(self.tr("24-month record grid"))
        if self.rec is not None:
            self.show_record(self.rec, self.settlement)
