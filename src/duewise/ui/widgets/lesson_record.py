"""A credit-report history as a lender sees it: month cells with PBOC codes or US marks, a legend.

The code is always written in its cell, so the colours (light for on time, warm to dark for longer
delinquencies) only repeat what the text says: nothing depends on telling colours apart.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from duewise import formatting
from duewise.content.model import RecordBlock
from duewise.ui.widgets import common
from duewise.ui.widgets.common import RetranslatingWidget
from duewise.ui.widgets.lesson_text import plain

# Severity 0 (fine) … 4 (written off); one fill per level, dark text except the last.
_FILLS = ("#e3eee4", "#fbe7a6", "#f6c28b", "#e9907a", "#7a2530")
_PBOC_SEVERITY = {"1": 1, "2": 2, "3": 2, "4": 3, "5": 3, "6": 3, "7": 3, "B": 4, "D": 4, "Z": 4}
_US_SEVERITY = {"30": 1, "60": 2, "90": 2, "120": 3, "150": 3, "180": 3, "CO": 4}


def severity(system: str, code: str) -> int:
    """0 for fine or neutral codes, up to 4 for bad debt / charge-off."""
    table = _US_SEVERITY if system == "us" else _PBOC_SEVERITY
    return table.get(code, 0)


def code_meaning(system: str, code: str) -> str:
    """What a code means, in the current language."""

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


def _cell_style(system: str, code: str) -> str:
    level = severity(system, code)
    text = "#ffffff" if level == 4 else "#1f2328"
    return (
        f"background: {_FILLS[level]}; color: {text}; border-radius: 4px; "
        "padding: 2px 1px; font-weight: 600;"
    )


def _add_months(start: date, months: int) -> date:
    index = start.year * 12 + start.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


class RecordGrid(QWidget):
    """Month cells laid out by calendar year (rows) and month (columns)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(2)
        self.grid.setVerticalSpacing(4)
        self.system = "pboc"
        self.start = date(2025, 1, 1)
        self.codes: tuple[str, ...] = ()
        self.language = "en"
        self.cells: list[QLabel] = []

    def set_record(self, system: str, start: date, codes: tuple[str, ...], language: str) -> None:
        """Show ``codes`` from month ``start`` on."""
        self.system, self.start, self.codes, self.language = system, start, codes, language
        self._rebuild()

    def _rebuild(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.cells = []
        if not self.codes:
            return
        # Month numbers keep the twelve columns narrow enough for large type; the full month
        # is in each cell's tooltip and accessible name.
        corner = QLabel(QCoreApplication.translate("RecordGrid", "Month"), self)
        corner.setProperty("role", "muted")
        self.grid.addWidget(corner, 0, 0)
        for month in range(1, 13):
            header = QLabel(str(month), self)
            header.setProperty("role", "muted")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(header, 0, month)
        first_year = self.start.year
        for i, code in enumerate(self.codes):
            month = _add_months(self.start, i)
            row = month.year - first_year + 1
            if self.grid.itemAtPosition(row, 0) is None:
                year = QLabel(str(month.year), self)
                year.setProperty("role", "muted")
                self.grid.addWidget(year, row, 0)
            cell = QLabel(code, self)
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setStyleSheet(_cell_style(self.system, code))
            meaning = code_meaning(self.system, code)
            when = formatting.month(month, self.language)
            cell.setToolTip(f"{when}: {code} ({meaning})")
            cell.setAccessibleName(f"{when}: {code}, {meaning}")
            self.grid.addWidget(cell, row, month.month)
            self.cells.append(cell)
        for column in range(1, 13):
            self.grid.setColumnStretch(column, 1)

    def retranslate(self, language: str) -> None:
        """Re-create the month names and tooltips in ``language``."""
        self.language = language
        self._rebuild()


class RecordLegend(QWidget):
    """One chip per code shown, with its meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.rows: list[QLabel] = []

    def set_codes(self, system: str, codes: tuple[str, ...]) -> None:
        """Explain each distinct code in ``codes`` (in order of first appearance)."""
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            holder = item.widget() if item is not None else None
            if holder is not None:
                holder.deleteLater()
        self.rows = []
        for code in dict.fromkeys(codes):
            holder = QWidget(self)
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            chip = QLabel(code, holder)
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            chip.setStyleSheet(_cell_style(system, code))
            chip.setMinimumWidth(chip.fontMetrics().horizontalAdvance("CO") * 2)
            text = QLabel(code_meaning(system, code), holder)
            text.setWordWrap(True)
            row.addWidget(chip)
            row.addWidget(text, 1)
            self.layout_.addWidget(holder)
            self.rows.append(text)


class LessonRecord(RetranslatingWidget):
    """A lesson's record block: caption, grid and legend in a card."""

    def __init__(self, block: RecordBlock, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        system, start, codes = block.system.value, block.start, block.codes
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        frame, layout = common.card(self)
        outer.addWidget(frame)
        self.system, self.start, self.codes = system, start, codes
        self.heading = common.paragraph(frame)
        self.heading.setProperty("role", "muted")
        self.caption = common.paragraph(frame)
        self.caption.setText(plain(block.caption))
        self.caption.setVisible(bool(block.caption))
        self.grid = RecordGrid(frame)
        self.legend_title = common.paragraph(frame)
        self.legend_title.setProperty("role", "muted")
        self.legend = RecordLegend(frame)
        for widget in (self.heading, self.caption, self.grid, self.legend_title, self.legend):
            layout.addWidget(widget)
        self.grid.set_record(system, start, codes, language)
        self.legend.set_codes(system, codes)
        self.retranslate_ui()

    def retranslate_ui(self, language: str | None = None) -> None:
        """Set every visible text in the current language (month names too, given ``language``)."""
        if self.system == "us":
            self.heading.setText(self.tr("US credit report: payment history"))
        else:
            self.heading.setText(self.tr("Credit report (PBOC): monthly repayment record"))
        self.legend_title.setText(self.tr("What the codes mean"))
        self.setAccessibleName(self.tr("Credit record: %1").replace("%1", self.caption.text()))
        if language is not None:
            self.grid.retranslate(language)
            self.legend.set_codes(self.system, self.codes)
