"""A lesson's record block: a credit-report history as a lender sees it (the shared
:class:`~duewise.ui.common.record_grid.RecordGrid`) with a legend of the codes shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from duewise.content.model import RecordBlock
from duewise.ui.common import basics
from duewise.ui.common.basics import RetranslatingWidget
from duewise.ui.common.lesson_text import plain
from duewise.ui.common.record_grid import RecordGrid, cell_style, code_meaning


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
            chip.setStyleSheet(cell_style(code))
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
        frame, layout = basics.card(self)
        outer.addWidget(frame)
        self.system, self.start, self.codes = system, start, codes
        self.heading = basics.paragraph(frame)
        self.heading.setProperty("role", "muted")
        self.caption = basics.paragraph(frame)
        self.caption.setText(plain(block.caption))
        self.caption.setVisible(bool(block.caption))
        self.grid = RecordGrid(frame)
        self.legend_title = basics.paragraph(frame)
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
