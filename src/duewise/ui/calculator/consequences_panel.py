"""Beyond the money: the collection steps and other consequences the scenario reaches."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from duewise.finance import consequences
from duewise.ui.calculator import parts
from duewise.ui.common import app_language, basics
from duewise.ui.common.basics import RetranslatingWidget


class ConsequencesPanel(RetranslatingWidget):
    """The checklist card.

    Signals:
        link_activated(str): a lesson link was clicked.
    """

    link_activated = Signal(str)

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._items: tuple[consequences.Consequence, ...] = ()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, layout = basics.card(self)
        outer.addWidget(frame)
        self.heading = basics.heading(2, frame)
        layout.addWidget(self.heading)
        self.label = parts.link_label(frame)
        self.label.linkActivated.connect(self.link_activated)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def focus_chain(self) -> list[QWidget]:
        """The checklist's links."""
        return [self.label]

    def _day(self, day: object) -> str:
        return parts.day_text(day, self._language())  # type: ignore[arg-type]

    def consequence_text(self, kind: consequences.ConsequenceKind) -> str:
        k = consequences.ConsequenceKind
        texts = {
            k.REMINDER: self.tr("Collection step 1: a reminder (app, text message or call)"),
            k.WARNING: self.tr(
                "Collection step 2: an overdue warning, charges start; a linked card may be debited"
            ),
            k.LOST_PROMOTIONS: self.tr("Promotions of the product are no longer open to you"),
            k.CREDIT_LINE_CUT: self.tr("The lender may cut your credit line"),
            k.PENALTY_APR: self.tr("A penalty APR on the balance you already owe"),
            k.CREDIT_BUREAU_REPORT: self.tr("Collection step 3: reported to the credit bureau"),
            k.LINKED_PRODUCTS: self.tr(
                "Every other lender you ask for a card or loan sees the same record"
            ),
            k.LEGAL_ACTION: self.tr("Collection step 4: legal collection or a court case"),
            k.CHARGED_OFF: self.tr("Charged off and passed to collections"),
        }
        return texts[kind]

    def show_consequences(self, items: Sequence[consequences.Consequence]) -> None:
        """The checklist: reached (☑), not reached (☐) or not known for this product (–)."""
        self._items = tuple(items)
        lines = []
        for c in items:
            text = self.consequence_text(c.kind)
            if not c.applies:
                mark, when = "–", self.tr("our sources give no rule for this product")
            elif c.reached and c.on is not None and c.cycle is not None:
                mark = "☑"
                when = (
                    self.tr("possible from %1 (month %2)")
                    .replace("%1", self._day(c.on))
                    .replace("%2", str(c.cycle + 1))
                )
            else:
                mark, when = "☐", self.tr("not reached in this scenario")
            note = (
                " " + self.tr("(no rule or figure published)") if c.uncertain and c.applies else ""
            )
            source = c.source_in(app_language.lesson_language(self._language()))
            tip = parts.esc(self.tr("Source: %1").replace("%1", source))
            lines.append(
                f'<span title="{tip}">{mark} <b>{parts.esc(text)}</b> — '
                f"{parts.esc(when)}{parts.esc(note)}</span>"
            )
        stages = self.tr("The stages of collection")
        knock_on = self.tr("Knock-on effects")
        links = (
            f"<a href='{parts.lesson_href('collections')}'>"
            f"{parts.esc(stages)}</a>"
            f" · <a href='{parts.lesson_href('knock_on')}'>{parts.esc(knock_on)}</a>"
        )
        self.label.setText("<br>".join(lines) + "<br>" + links)

    def lines(self) -> list[str]:
        """The checklist as plain text lines (tests), with the lessons' links line."""
        return [parts.plain(t) for t in self.label.text().split("<br>")]

    def checklist_lines(self) -> list[str]:
        """The checklist only, as plain text lines (the PDF: no link text on paper)."""
        return self.lines()[: len(self._items)]

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Beyond the money"))
        self.show_consequences(self._items)
