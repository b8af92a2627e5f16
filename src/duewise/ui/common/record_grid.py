"""The one credit-record grid: a month cell per code (PBOC N/1…7/C or US OK/30…180/CO).

Rows are calendar years, columns the twelve months. The code is always written in its cell, so
the colours (light for on time, warm to dark for longer delinquencies) only repeat what the text
says: nothing depends on telling colours apart. Used by the calculator's record panel and by the
lessons' record blocks.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from duewise import formatting

#: Cell colours by code: light tints of the Okabe-Ito palette, growing warmer and darker with the
#: delinquency, readable with dark text in both themes (the darkest take white text).
CODE_COLOURS = {
    "N": "#cfe8d8",
    "OK": "#cfe8d8",
    "C": "#cde3f2",
    "*": "#e8e8e8",
    "/": "#f2f2f2",
    "1": "#fbe7b5",
    "30": "#fbe7b5",
    "2": "#f7cf8a",
    "60": "#f7cf8a",
    "3": "#f0a868",
    "90": "#f0a868",
    "4": "#e58a5c",
    "120": "#e58a5c",
    "5": "#dd7352",
    "150": "#dd7352",
    "6": "#da6a52",  # 4.6:1 with the dark text (WCAG AA)
    "180": "#da6a52",
    "7": "#7a2530",
    "CO": "#7a2530",
    "B": "#7a2530",
    "D": "#7a2530",
    "Z": "#7a2530",
}
#: The visibility timeline's colours (on screen and in the PDF): nothing reported, overdue,
#: visible after it ended. On screen each part is outlined in the text colour, so its extent
#: keeps 3:1 on every theme (WCAG 2.2 SC 1.4.11); the sentence under it says the dates.
TIMELINE_COLOURS = {"clean": "#cfe8d8", "overdue": "#d45f4b", "visible": "#f0c36b"}
_WHITE_TEXT = frozenset({"7", "CO", "B", "D", "Z"})
_NEUTRAL = "#e8e8e8"


def code_colour(code: str) -> str:
    """The cell colour for a record code."""
    return CODE_COLOURS.get(code, _NEUTRAL)


def cell_style(code: str) -> str:
    """The style sheet of a cell (or legend chip) showing ``code``."""
    text = "#ffffff" if code in _WHITE_TEXT else "#1f2328"
    return (
        f"background: {code_colour(code)}; color: {text}; border-radius: 4px; "
        "padding: 2px 1px; font-weight: 600;"
    )


def code_meaning(system: str, code: str) -> str:
    """What a code means, in the current language (``system``: ``pboc`` or ``us``)."""
    if system == "us":
        meanings = {
            "OK": QCoreApplication.translate("RecordCodes", "paid as agreed"),
            "30": QCoreApplication.translate("RecordCodes", "30–59 days late"),
            "60": QCoreApplication.translate("RecordCodes", "60–89 days late"),
            "90": QCoreApplication.translate("RecordCodes", "90–119 days late"),
            "120": QCoreApplication.translate("RecordCodes", "120–149 days late"),
            "150": QCoreApplication.translate("RecordCodes", "150–179 days late"),
            "180": QCoreApplication.translate("RecordCodes", "180 days or more late"),
            "CO": QCoreApplication.translate("RecordCodes", "charged off"),
        }
    else:
        meanings = {
            "N": QCoreApplication.translate("RecordCodes", "normal: paid on time"),
            "1": QCoreApplication.translate("RecordCodes", "1–30 days overdue"),
            "2": QCoreApplication.translate("RecordCodes", "31–60 days overdue"),
            "3": QCoreApplication.translate("RecordCodes", "61–90 days overdue"),
            "4": QCoreApplication.translate("RecordCodes", "91–120 days overdue"),
            "5": QCoreApplication.translate("RecordCodes", "121–150 days overdue"),
            "6": QCoreApplication.translate("RecordCodes", "151–180 days overdue"),
            "7": QCoreApplication.translate("RecordCodes", "more than 180 days overdue"),
            "C": QCoreApplication.translate("RecordCodes", "closed or settled"),
            "G": QCoreApplication.translate("RecordCodes", "ended other than by settlement"),
            "D": QCoreApplication.translate("RecordCodes", "repaid by a guarantor"),
            "Z": QCoreApplication.translate("RecordCodes", "settled with assets"),
            "*": QCoreApplication.translate("RecordCodes", "nothing due this month"),
            "#": QCoreApplication.translate("RecordCodes", "open, status unknown"),
            "/": QCoreApplication.translate("RecordCodes", "not yet opened"),
            "M": QCoreApplication.translate(
                "RecordCodes", "overdue amount paid off after the due date"
            ),
            "B": QCoreApplication.translate("RecordCodes", "bad debt"),
            "A": QCoreApplication.translate("RecordCodes", "no statement: statement date changed"),
        }
    return meanings.get(code, code)


@functools.lru_cache(maxsize=1024)
def _month_name(month: date, language: str) -> str:
    # babel takes ~0.2 ms per date, and the calculator redraws the grid on every keystroke
    return formatting.month(month, language)


def _add_months(start: date, months: int) -> date:
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


class RecordGrid(QWidget):
    """Month cells laid out by calendar year (rows) and month (columns).

    The cells are kept and only re-placed or restyled when what they show changes, so the
    calculator can redraw the grid on every input change.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(2)
        self.grid.setVerticalSpacing(4)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.system = "pboc"
        self.start = date(2025, 1, 1)
        self.language = "en"
        self._codes: tuple[str, ...] = ()
        self._details: tuple[str, ...] = ()
        #: The cells in use, oldest month first (``text()`` is the code).
        self.cells: list[QLabel] = []
        self._pool: list[QLabel] = []
        self._years: list[QLabel] = []
        self._places: dict[QLabel, tuple[int, int]] = {}
        # Month numbers keep the twelve columns narrow enough for large type; the full month is
        # in each cell's tooltip and accessible name.
        self.corner = self._muted("")
        self.grid.addWidget(self.corner, 0, 0)
        self._headers: list[QLabel] = [self.corner]
        for month in range(1, 13):
            header = self._muted(str(month))
            self._headers.append(header)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(header, 0, month)
            self.grid.setColumnStretch(month, 1)
        for header in self._headers:
            header.hide()

    def _muted(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setProperty("role", "muted")
        return label

    def set_record(
        self,
        system: str,
        start: date,
        codes: Sequence[str],
        language: str,
        details: Sequence[str] = (),
    ) -> None:
        """Show ``codes`` from month ``start`` on (``details``: an extra tooltip line per cell)."""
        self.system, self.start, self.language = system, start.replace(day=1), language
        self._codes, self._details = tuple(codes), tuple(details)
        self._show()

    def codes(self) -> list[str]:
        """The codes shown, oldest first."""
        return list(self._codes)

    def retranslate(self, language: str) -> None:
        """Re-set the month names and tooltips in ``language``."""
        self.language = language
        self._show()

    def _place(self, label: QLabel, row: int, column: int) -> None:
        if self._places.get(label) != (row, column):
            self.grid.removeWidget(label)
            self.grid.addWidget(label, row, column)
            self._places[label] = (row, column)

    def _show(self) -> None:
        self.corner.setText(QCoreApplication.translate("RecordGrid", "Month"))
        for header in self._headers:
            header.setVisible(bool(self._codes))
        while len(self._pool) < len(self._codes):
            cell = QLabel(self)
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setTextFormat(Qt.TextFormat.PlainText)
            cell.setMinimumWidth(10)
            cell.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self._pool.append(cell)
        self.cells = self._pool[: len(self._codes)]
        for cell in self._pool[len(self._codes) :]:
            cell.hide()
        first_year = self.start.year
        rows = 0
        for i, code in enumerate(self._codes):
            month = _add_months(self.start, i)
            row = month.year - first_year + 1
            rows = max(rows, row)
            cell = self.cells[i]
            self._place(cell, row, month.month)
            if cell.text() != code:
                cell.setText(code)
            style = cell_style(code)
            if cell.styleSheet() != style:  # restyling is slow: only when the code changes
                cell.setStyleSheet(style)
            meaning = code_meaning(self.system, code)
            when = _month_name(month, self.language)
            tip = f"{when}: {code} ({meaning})"
            if i < len(self._details) and self._details[i]:
                tip += f"\n{self._details[i]}"
            cell.setToolTip(tip)
            cell.setAccessibleName(f"{when}: {code}, {meaning}")
            cell.show()
        while len(self._years) < rows:
            self._years.append(self._muted(""))
        for i, year in enumerate(self._years):
            if i < rows:
                self._place(year, i + 1, 0)
                year.setText(str(first_year + i))
                year.show()
            else:
                year.hide()
