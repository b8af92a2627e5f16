"""A chart's text alternative: "Show as a table" under the chart, the summary and the data.

WCAG 2.2 SC 1.1.1 asks every chart for a text alternative; a blind learner, a learner who
magnifies the screen and a teacher reading numbers out all need the figures themselves. The
button is in the tab order and carries the chart's summary as its accessible description, so a
screen reader says what the chart shows as soon as the focus reaches it; pressing it shows the
summary sentence and a table of the data (a ``QTableView``, read cell by cell with the arrows).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

#: The table shows at most this many rows before it scrolls (rows stay readable at 200 %).
VISIBLE_ROWS = 12


class ChartTable(QWidget):
    """The toggle, the summary and the table of one chart (``ChartCanvas`` makes it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartTextAlternative")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        self.toggle = QPushButton(self)
        self.toggle.setObjectName("chartTableToggle")
        self.toggle.setCheckable(True)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model = QStandardItemModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table (the arrows move between cells), so it is no trap.
        self.view.setTabKeyNavigation(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.view)
        self.summary_label.hide()
        self.view.hide()
        self._summary = ""
        self._table: Callable[[], tuple[Sequence[str], Sequence[Sequence[str]]]] = lambda: ([], [])
        self.title = ""
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self.toggle.toggled.connect(self._on_toggle_toggled)
        self.retranslate_ui()

    # --- what is shown -----------------------------------------------------------------------

    def set_content(
        self,
        title: str,
        summary: str,
        table: Callable[[], tuple[Sequence[str], Sequence[Sequence[str]]]],
    ) -> None:
        """The chart's name, a new summary, and how to get its data (asked only while the
        table is shown: a long schedule takes a while to put into words)."""
        if title != self.title:
            self.title = title
            self.retranslate_ui()
        self._table = table
        if summary != self._summary:
            self._summary = summary
            self.toggle.setAccessibleDescription(summary)
        if bool(summary) != self.isVisibleTo(self.parentWidget() or self):
            self.setVisible(bool(summary))
        if self.is_shown():
            # Only while shown: a new text re-lays the whole page out (a hidden label's too).
            self.summary_label.setText(summary)
            self._fill()

    def focus_chain(self) -> list[QWidget]:
        """Its controls in Tab order: the button, then the table (while it is shown)."""
        return [self.toggle, self.view]

    def is_shown(self) -> bool:
        """Whether the summary and the table are open."""
        return self.toggle.isChecked()

    def show_table(self, shown: bool = True) -> None:
        """Open (or close) the summary and the table, as the button does."""
        self.toggle.setChecked(shown)

    def _on_toggle_toggled(self, checked: bool) -> None:
        if checked:
            self.summary_label.setText(self._summary)
            self._fill()
        self.summary_label.setVisible(checked)
        self.view.setVisible(checked)
        self.retranslate_ui()

    def _fill(self) -> None:
        headers, rows = self._table()
        self._headers = [str(h) for h in headers]
        self._rows = [[str(cell) for cell in row] for row in rows]
        model = self.model
        model.clear()
        model.setHorizontalHeaderLabels(self._headers)
        for row in self._rows:
            items = []
            for column, text in enumerate(row):
                item = QStandardItem(text)
                if column > 0:  # values: numbers read best right-aligned
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                items.append(item)
            model.appendRow(items)
        self.view.resizeRowsToContents()
        header = self.view.horizontalHeader().height()
        rows = sum(self.view.rowHeight(r) for r in range(min(len(self._rows), VISIBLE_ROWS)))
        frame = 2 * self.view.frameWidth()
        scroll = self.view.horizontalScrollBar().sizeHint().height()
        self.view.setFixedHeight(header + rows + frame + scroll)

    # --- texts -------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """The button's words in the current language."""
        shown = self.toggle.isChecked()
        self.toggle.setText(
            QCoreApplication.translate("ChartTable", "Hide the table")
            if shown
            else QCoreApplication.translate("ChartTable", "Show as a table")
        )
        # Two charts on a page: the name says which one.
        name = (
            QCoreApplication.translate("ChartTable", "%1: hide the data table")
            if shown
            else QCoreApplication.translate("ChartTable", "%1: show the data as a table")
        )
        self.toggle.setAccessibleName(name.replace("%1", self.title))
        self.view.setAccessibleName(
            QCoreApplication.translate("ChartTable", "%1: the data").replace("%1", self.title)
        )


# --- words for summaries: shared by every chart's summary() and table() -----------------------


class Names(Sequence[str]):
    """The names of a chart's points, made only for the points a sentence mentions (naming a
    month takes babel a fraction of a millisecond, and a chart may have hundreds)."""

    def __init__(self, count: int, name_of: Callable[[int], str]) -> None:
        self._count = count
        self._name_of = name_of

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):  # type: ignore[no-untyped-def,override]
        if isinstance(index, slice):
            return [self._name_of(i) for i in range(self._count)[index]]
        if not -self._count <= index < self._count:
            raise IndexError(index)
        return self._name_of(index % self._count)


def number(value: float, decimals: int = 2) -> str:
    """A figure as a chart's table shows it: grouped digits (the same in Chinese and English)."""
    return f"{value:,.{decimals}f}"


def series_sentence(name: str, values: Sequence[float], places: Sequence[str]) -> str:
    """ "<name>: from <first> to <last>, highest <max> (<place>)." for one line of a chart
    (``places[i]`` names the i-th point: a month)."""
    if not values:
        return QCoreApplication.translate("ChartTable", "%1: no data.").replace("%1", name)
    top = max(range(len(values)), key=lambda i: values[i])
    return (
        QCoreApplication.translate("ChartTable", "%1: from %2 to %3, highest %4 (%5).")
        .replace("%1", name)
        .replace("%2", number(values[0]))
        .replace("%3", number(values[-1]))
        .replace("%4", number(values[top]))
        .replace("%5", places[top] if top < len(places) else "")
    )


def chart_sentence(title: str, parts: Sequence[str]) -> str:
    """The summary: the chart's title, then what each of its parts shows."""
    return (
        " ".join([QCoreApplication.translate("ChartTable", "%1:").replace("%1", title), *parts])
        if title
        else " ".join(parts)
    )


def columns(
    first_header: str, first: Sequence[str], series: dict[str, Sequence[float | None]]
) -> tuple[list[str], list[list[str]]]:
    """A table with one row per point: its name, then each series' value ("–" for none)."""
    headers = [first_header, *series]
    rows = []
    for i, name in enumerate(first):
        row = [name]
        for values in series.values():
            value = values[i] if i < len(values) else None
            row.append("–" if value is None else number(value))
        rows.append(row)
    return headers, rows
