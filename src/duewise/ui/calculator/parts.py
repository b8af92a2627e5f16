"""Small pieces every panel of the calculator uses: lesson links, escaping, cached month names,
money in the product's currency, error and link labels, and re-gridding buttons."""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

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

_INVALID_STYLE = "border: 2px solid #b42318;"


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


def money(amount: Decimal, currency: str, language: str) -> str:
    """An amount in ``currency`` (babel writes yuan as "CN¥" in English; the app shows ¥)."""
    return formatting.money(amount, currency, language).replace("CN¥", "¥")


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """A red border on a field with an error (restyled only on change: it is slow)."""
    style = _INVALID_STYLE if invalid else ""
    if widget.styleSheet() != style:
        widget.setStyleSheet(style)


def error_label(parent: QWidget) -> QLabel:
    """A hidden, wrapping error line for a field."""
    label = QLabel(parent)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


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
