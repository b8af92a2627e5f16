"""Small pieces every panel of the calculator uses: lesson links, escaping, cached month names,
money in the product's currency, error and link labels, and re-gridding buttons."""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from duewise import formatting
from duewise.reports import pdf

#: Which lesson section explains each rule the page shows: (lesson id, section id).
LESSON_LINKS = {
    "pboc_codes": ("credit-report", "codes"),
    "us_marks": ("credit-report", "us-reports"),
    "lian_san": ("how-long", "lian-san-lei-liu"),
    "lei_liu": ("how-long", "lian-san-lei-liu"),
    "currently_overdue": ("how-long", "current-overdue"),
    "never_settled": ("how-long", "never-settled"),
    "charged_off": ("how-long", "us-seven-years"),
    "visible_pboc": ("how-long", "five-years"),
    "visible_us": ("how-long", "us-seven-years"),
    "penalty_bnpl": ("missed-payment", "baitiao-penalty"),
    "penalty_card": ("missed-payment", "card-charges"),
    "penalty_us": ("missed-payment", "us-late"),
    "penalty_loan": ("missed-payment", "overdue"),
    "interest_on_interest": ("missed-payment", "interest-on-interest"),
    "next_loan": ("future-borrowing", "next-loan-cost"),
    "underwriting": ("future-borrowing", "underwriting"),
    "knock_on": ("future-borrowing", "knock-on"),
    "collections": ("collections", "stages"),
}

#: A Chinese character (or full-width sign): a line may break before any of them.
CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def break_pieces(title: str) -> list[str]:
    """The pieces a header's line may break between: words, and each Chinese character."""
    return re.findall(r"[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+", title)


def lesson_href(key: str) -> str:
    """The ``lesson:ID#SECTION`` link of a rule the page explains."""
    lesson, section = LESSON_LINKS[key]
    return f"lesson:{lesson}#{section}"


def link(key: str, text: str) -> str:
    """An HTML link to the lesson that explains ``key``."""
    return f" <a href='{lesson_href(key)}'>{esc(text)}</a>"


def esc(text: object) -> str:
    """HTML-escaped text."""
    return pdf.escape(text)


@functools.lru_cache(maxsize=4096)
def month_text(day: dt.date, language: str) -> str:
    """A month's name (cached: babel takes ~0.2 ms a date, and a redraw names many months)."""
    return formatting.month(day, language)


@functools.lru_cache(maxsize=4096)
def day_text(day: dt.date, language: str) -> str:
    """A day's date (cached like :func:`month_text`)."""
    return formatting.day(day, language)


@functools.lru_cache(maxsize=4096)
def money(amount: Decimal, currency: str, language: str) -> str:
    """An amount in ``currency`` (babel writes yuan as "CN¥" in English; the app shows ¥).

    Cached like the dates: babel takes ~0.2 ms an amount, and the remedies table alone shows
    forty of them on every edit."""
    return formatting.money(amount, currency, language).replace("CN¥", "¥")


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """A border in the theme's error colour on a field with an error (restyled only on change).

    The theme's style sheet draws it (``[invalid="true"]``): two pixels of border where a valid
    field has one pixel and one more of padding, so the field keeps its size and the form does
    not move under the pointer (#18), in every theme's own contrast-checked colour."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


class ErrorLine(QLabel):
    """A field's error message in one line whose room is kept while there is no error, so that
    an error appearing or going never moves the form under the pointer (#18).

    A message wider than the line is elided; the whole message is the tooltip, the accessible
    name and :meth:`message`.
    """

    def __init__(self, parent: QWidget | None = None, *, role: str = "error") -> None:
        super().__init__(parent)
        self._message = ""
        self.setProperty("role", role)
        self.setWordWrap(False)
        self.setTextFormat(Qt.TextFormat.PlainText)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)
        self.ensurePolished()  # the role's font, so the room kept is the shown line's
        self._fit_height()
        self.hide()

    def message(self) -> str:
        """The whole message (empty: no error)."""
        return self._message

    def text(self) -> str:  # type: ignore[override]
        """The whole message, as ``QLabel.text`` would give it without eliding."""
        return self._message

    def setText(self, text: str) -> None:  # type: ignore[override]
        """Show ``text`` (elided to the line), or nothing."""
        self._message = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 40)
        shown = self.fontMetrics().elidedText(self._message, Qt.TextElideMode.ElideRight, width)
        if super().text() != shown:
            super().setText(shown)

    def _fit_height(self) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide again for the new width."""
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        """A new font (text size): the line's height follows it."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()
            self._elide()


def error_label(parent: QWidget) -> ErrorLine:
    """A field's error line: hidden while there is no error, its room kept (:class:`ErrorLine`)."""
    return ErrorLine(parent)


def link_label(parent: QWidget) -> QLabel:
    """A wrapping rich-text label whose lesson links the page handles (``linkActivated``)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(False)
    return label


def plain(html_text: str) -> str:
    """Plain text of rich text (links and tags removed, entities decoded)."""
    text = re.sub(r"<[^>]+>", "", html_text.replace("<br>", "\n"))
    return html.unescape(text).strip()


def regrid(grid: QGridLayout, widgets: tuple[QWidget, ...], columns: int) -> None:
    """Lay ``widgets`` out in ``columns`` columns (left to right, then down)."""
    for widget in widgets:
        grid.removeWidget(widget)
    for i, widget in enumerate(widgets):
        grid.addWidget(widget, i // columns, i % columns)
    for column in range(6):
        grid.setColumnStretch(column, 0)
    grid.setColumnStretch(columns, 1)
