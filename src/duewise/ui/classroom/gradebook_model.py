"""The gradebook as a Qt table model, its sorting proxy, and its words (cells, headers, CSV, PDF).

The numbers come from :func:`duewise.learning.gradebook.build`; this module only words them. A
band is told three ways: a symbol and a word in the cell's text and accessible text ("✓ 88%",
"88%, mastered"), and a background colour from the current theme (light or dark) — so it reads
without colour and on a projector alike.

Sorting (:class:`GradebookSortProxy`): numbers sort as numbers, names by their letters ignoring
case, blank cells ("not taken") always after the others whichever way the column is sorted, and
the class average stays the last row.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from duewise import formatting
from duewise.content.model import Language, Pack
from duewise.learning import gradebook
from duewise.learning.gradebook import Band, Cell, Column, ColumnKind
from duewise.reports.pdf import escape
from duewise.ui.common import learner_name

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
AVERAGE_ROLE = Qt.ItemDataRole.UserRole + 2
UID_ROLE = Qt.ItemDataRole.UserRole + 3

SYMBOLS = {
    Band.MASTERED: "✓",
    Band.PARTLY: "△",
    Band.NOT_YET: "✗",
    Band.UP: "▲",
    Band.SAME: "＝",
    Band.DOWN: "▼",
}
# (light background, dark background): text stays the theme's own text colour (≥ 7:1 on both).
_BACKGROUNDS = {
    Band.MASTERED: ("#d9f2e0", "#1d3b28"),
    Band.UP: ("#d9f2e0", "#1d3b28"),
    Band.PARTLY: ("#fff1c2", "#473a10"),
    Band.NOT_YET: ("#fbdcdc", "#4d2325"),
    Band.DOWN: ("#fbdcdc", "#4d2325"),
}


def band_word(band: Band) -> str:
    """The band in words."""
    return {
        Band.MASTERED: QCoreApplication.translate("Gradebook", "mastered"),
        Band.PARTLY: QCoreApplication.translate("Gradebook", "partly"),
        Band.NOT_YET: QCoreApplication.translate("Gradebook", "not yet"),
        Band.UP: QCoreApplication.translate("Gradebook", "up"),
        Band.SAME: QCoreApplication.translate("Gradebook", "no change"),
        Band.DOWN: QCoreApplication.translate("Gradebook", "down"),
    }[band]


def legend() -> str:
    """What the symbols mean."""
    return QCoreApplication.translate(
        "Gradebook",
        "✓ mastered (80% or more) · △ partly (50–79%) · ✗ not yet (under 50%) · growth: "
        "▲ up, ＝ no change, ▼ down (percentage points from the diagnostic to the final) · "
        "blank: not taken yet",
    )


def value_text(cell: Cell, column: Column, app_lang: str) -> str:
    """The number alone: ``88%`` for a score, ``+40`` for growth, ``""`` when blank."""
    if cell.value is None:
        return ""
    # Whole numbers, rounded half up as everywhere in DueWise (babel alone would round half even).
    whole = cell.value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if column.kind is ColumnKind.GROWTH:
        sign = "+" if whole > 0 else ""
        return sign + formatting.number(whole, app_lang, 0)
    return formatting.pct(whole, app_lang, 0)


def cell_text(cell: Cell, column: Column, app_lang: str) -> str:
    """What the cell shows: a symbol and the number (``✓ 88%``, ``▲ +40``), ``""`` when blank."""
    if cell.value is None or cell.band is None:
        return ""
    return f"{SYMBOLS[cell.band]} {value_text(cell, column, app_lang)}"


def cell_words(cell: Cell, column: Column, app_lang: str) -> str:
    """The cell for a screen reader: the number and the band in words (``88%, mastered``)."""
    if cell.value is None or cell.band is None:
        return QCoreApplication.translate("Gradebook", "not taken")
    text = (
        QCoreApplication.translate("Gradebook", "%1 percentage points, %2")
        if column.kind is ColumnKind.GROWTH
        else QCoreApplication.translate("Gradebook", "%1, %2")
    )
    return text.replace("%1", value_text(cell, column, app_lang)).replace(
        "%2", band_word(cell.band)
    )


class GradebookTexts:
    """Column titles in the interface language, from the pack."""

    def __init__(self, pack: Pack, language: Language) -> None:
        self.pack = pack
        self.language = language
        self.numbers = {lesson.id: i for i, lesson in enumerate(pack.lessons, start=1)}

    def lesson_title(self, lesson_id: str) -> str:
        """A lesson's title (its id for a lesson this pack does not have)."""
        lesson = self.pack.lesson(lesson_id)
        return lesson.title.get(self.language) if lesson is not None else lesson_id

    def short(self, column: Column) -> str:
        """A narrow header: ``L3`` / ``第3课``, ``Diagnostic``, ``Final``, ``Growth``."""
        if column.kind is ColumnKind.LESSON:
            number = self.numbers.get(column.lesson_id)
            if number is None:
                return self.lesson_title(column.lesson_id)
            return QCoreApplication.translate("Gradebook", "L%1").replace("%1", str(number))
        return {
            ColumnKind.DIAGNOSTIC: QCoreApplication.translate("Gradebook", "Diagnostic"),
            ColumnKind.FINAL: QCoreApplication.translate("Gradebook", "Final"),
            ColumnKind.GROWTH: QCoreApplication.translate("Gradebook", "Growth"),
        }[column.kind]

    def full(self, column: Column) -> str:
        """The whole title: ``Lesson 3: Instalments (best quiz)`` …"""
        if column.kind is ColumnKind.LESSON:
            number = self.numbers.get(column.lesson_id)
            title = self.lesson_title(column.lesson_id)
            if number is None:
                return QCoreApplication.translate("Gradebook", "%1 (best quiz)").replace(
                    "%1", title
                )
            return (
                QCoreApplication.translate("Gradebook", "Lesson %1: %2 (best quiz)")
                .replace("%1", str(number))
                .replace("%2", title)
            )
        return {
            ColumnKind.DIAGNOSTIC: QCoreApplication.translate(
                "Gradebook", "Diagnostic test (latest)"
            ),
            ColumnKind.FINAL: QCoreApplication.translate("Gradebook", "Final test (latest)"),
            ColumnKind.GROWTH: QCoreApplication.translate(
                "Gradebook", "Growth from diagnostic to final (percentage points)"
            ),
        }[column.kind]


def band_background(band: Band | None) -> QColor | None:
    """The band's background in the current theme (``None``: the table's own)."""
    if band is None or band not in _BACKGROUNDS:
        return None
    dark = QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    light_colour, dark_colour = _BACKGROUNDS[band]
    return QColor(dark_colour if dark else light_colour)


class GradebookModel(QAbstractTableModel):
    """Learners (then the class average) × (name, one column per gradebook column)."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.book = gradebook.build([])
        self.texts: GradebookTexts | None = None
        self.app_lang = "en"

    def set_book(self, book: gradebook.Gradebook, texts: GradebookTexts, app_lang: str) -> None:
        """Show ``book`` with ``texts`` in ``app_lang``."""
        self.beginResetModel()
        self.book, self.texts, self.app_lang = book, texts, app_lang
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Learners, plus the average row when there are learners."""
        if parent.isValid():
            return 0
        rows = len(self.book.rows)
        return rows + 1 if rows else 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """The name, then the gradebook's columns."""
        return 0 if parent.isValid() else 1 + len(self.book.columns)

    def is_average(self, row: int) -> bool:
        """Whether ``row`` is the class average."""
        return row == len(self.book.rows)

    def _cell(self, row: int, column: int) -> Cell:
        if self.is_average(row):
            return self.book.average[column - 1]
        return self.book.rows[row].cells[column - 1]

    def row_name(self, row: int) -> str:
        """The learner's name as shown (or "Class average")."""
        if self.is_average(row):
            return QCoreApplication.translate("Gradebook", "Class average")
        return learner_name.shown(self.book.rows[row].name)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        """Texts, sort keys, colours and accessible words of one cell."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        average = self.is_average(row)
        role = Qt.ItemDataRole(role)
        if role == AVERAGE_ROLE:
            return average
        if role == UID_ROLE:
            return None if average else self.book.rows[row].uid
        if column == 0:
            name = self.row_name(row)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return name
            if role == SORT_ROLE:
                return name.casefold()
            if role == Qt.ItemDataRole.FontRole and average:
                font = QFont()
                font.setBold(True)
                return font
            return None
        cell = self._cell(row, column)
        spec = self.book.columns[column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell, spec, self.app_lang)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            words = cell_words(cell, spec, self.app_lang)
            title = self.texts.full(spec) if self.texts is not None else ""
            if average and cell.count:
                words = (
                    QCoreApplication.translate("Gradebook", "%1 (average of %2 learners)")
                    .replace("%1", words)
                    .replace("%2", str(cell.count))
                )
            return f"{self.row_name(row)} · {title}: {words}"
        if role == SORT_ROLE:
            return cell.value
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = band_background(cell.band)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and average:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        """Short titles; the whole title as tool tip and accessible text."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        role = Qt.ItemDataRole(role)
        if section == 0:
            if role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
            ):
                return QCoreApplication.translate("Gradebook", "Learner")
            return None
        if self.texts is None or section > len(self.book.columns):
            return None
        column = self.book.columns[section - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts.short(column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.texts.full(column)
        return None


class GradebookSortProxy(QSortFilterProxyModel):
    """Numbers as numbers, blanks last in either order, the class average always at the bottom."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setSortRole(SORT_ROLE)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Whether ``left`` comes before ``right`` in ascending order (see the class docstring)."""
        ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
        left_avg = bool(left.data(AVERAGE_ROLE))
        right_avg = bool(right.data(AVERAGE_ROLE))
        if left_avg or right_avg:
            # The average sorts after every learner: "greater" ascending, "smaller" descending.
            return right_avg and not left_avg if ascending else left_avg and not right_avg
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            if a is None and b is None:
                return False
            # A blank goes after a value, whichever way the column is sorted.
            return (a is None) != ascending
        if isinstance(a, Decimal) and isinstance(b, Decimal):
            return a < b
        return str(a) < str(b)


# ---- exports --------------------------------------------------------------------------------


def csv_table(
    book: gradebook.Gradebook, texts: GradebookTexts
) -> tuple[list[str], list[list[object]]]:
    """The gradebook for a spreadsheet: numbers as plain numbers (blank when not taken), one row
    per learner, then the class average."""
    header = [
        QCoreApplication.translate("Gradebook", "Learner"),
        QCoreApplication.translate("Gradebook", "Learner id"),
    ]
    for column in book.columns:
        unit = (
            QCoreApplication.translate("Gradebook", "(points)")
            if column.kind is ColumnKind.GROWTH
            else QCoreApplication.translate("Gradebook", "(%)")
        )
        header.append(f"{texts.full(column)} {unit}")
    rows: list[list[object]] = []
    for row in book.rows:
        rows.append([learner_name.shown(row.name), row.uid, *(cell.value for cell in row.cells)])
    rows.append(
        [
            QCoreApplication.translate("Gradebook", "Class average"),
            "",
            *(cell.value for cell in book.average),
        ]
    )
    return header, rows


def pdf_html(book: gradebook.Gradebook, texts: GradebookTexts, app_lang: str) -> str:
    """The gradebook as HTML for the PDF (every value escaped): the table with symbols, the
    legend of bands and the lesson titles behind the short headers. Lessons nobody has taken a
    quiz of are left out on paper (their columns would be blank and squeeze the others)."""
    keep = [
        i
        for i, column in enumerate(book.columns)
        if column.kind is not ColumnKind.LESSON or book.average[i].value is not None
    ]
    columns = [book.columns[i] for i in keep]
    learner_h = QCoreApplication.translate("Gradebook", "Learner")
    average_h = QCoreApplication.translate("Gradebook", "Class average")
    title = QCoreApplication.translate("Gradebook", "Gradebook")
    head = f"<th>{escape(learner_h)}</th>" + "".join(
        f"<th>{escape(texts.short(c))}</th>" for c in columns
    )

    def cell_html(cell: Cell, column: Column) -> str:
        if cell.band is None or cell.value is None:
            return "<td></td>"
        # The symbol a size up: CJK fonts draw △ and ▲ small.
        symbol = f"<span style='font-size:13pt'>{escape(SYMBOLS[cell.band])}</span>"
        value = escape(value_text(cell, column, app_lang))
        return f"<td align='right' nowrap>{symbol}&nbsp;{value}</td>"

    def name_html(name: str) -> str:
        return "&nbsp;".join(escape(part) for part in name.split(" "))

    body = []
    for row in book.rows:
        cells = "".join(cell_html(row.cells[i], book.columns[i]) for i in keep)
        body.append(f"<tr><td nowrap>{name_html(learner_name.shown(row.name))}</td>{cells}</tr>")
    average = "".join(
        cell_html(book.average[i], book.columns[i]).replace(
            "<td", "<td style='font-weight:bold'", 1
        )
        for i in keep
    )
    body.append(f"<tr><td nowrap><b>{name_html(average_h)}</b></td>{average}</tr>")
    lessons = "".join(
        f"<li>{escape(texts.short(c))} = {escape(texts.full(c))}</li>"
        for c in columns
        if c.kind is ColumnKind.LESSON
    )
    tests = ""
    today = formatting.day(dt.date.today(), app_lang)
    summary = (
        QCoreApplication.translate("Gradebook", "%1 learners · %2")
        .replace("%1", str(len(book.rows)))
        .replace("%2", today)
    )
    return (
        f"<h1>{escape(title)}</h1><p class='muted'>{escape(summary)}</p>"
        f"<table width='100%'><tr>{head}</tr>{''.join(body)}</table>"
        f"<p>{escape(legend())}</p><ul>{lessons}{tests}</ul>"
    )
