"""The missed-payment calculator's take-home summary (issue #18): a paginated PDF in the
interface language that tells the whole story — the inputs and the scenario, what it costs, the
remedies side by side, the owed chart, the 24-month credit record drawn as a grid of months, how
long it stays visible, the consequences beyond money, the next loan, the statement month by
month, the assumptions and the sources — with page numbers.

Everything arrives already worded (the page translates; this module only lays out), and every
value is escaped. The record grid writes its code in each cell (underlined when overdue) beside the
colour, so it reads in black and white; links are never printed as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QImage, QPagedPaintDevice

from duewise.reports import pdf

#: Extra CSS: small tables, the record grid's cells, a visibility bar. No bold anywhere: the PDF
#: font (WenQuanYi Micro Hei, for a correct text layer) has no bold face, and Qt's synthetic
#: bold draws the text twice, so copied or searched text came out doubled ("Month Month").
#: Emphasis is a shade instead, which prints in black and white too.
STYLE = (
    "h1,h2,th,b{font-weight:normal}"
    "h1{font-size:20pt} h2{font-size:14pt;margin-top:14px}"
    "table.facts td{border:none;padding:1px 8px 1px 0}"
    "td.label{color:#444}"
    "table.small td,table.small th{font-size:8pt;padding:2px 3px}"
    "table.grid td,table.grid th{font-size:8pt;padding:2px 1px;text-align:center}"
    "p.note{font-size:8.5pt;color:#444}"
)
#: The shade of emphasised cells (the recommended remedy, totals, missed months).
SHADE = "#e3e3e3"
#: Codes that mean "overdue" (bold in the grid, so they stand out without colour too).
OVERDUE = frozenset(
    {"1", "2", "3", "4", "5", "6", "7", "30", "60", "90", "120", "150", "180", "CO", "B"}
)
#: Codes on the darkest cells, written in white.
DARK = frozenset({"7", "CO", "B", "D", "Z"})


@dataclass(frozen=True)
class Cell:
    """One month of a record: its code, its cell colour and its meaning (for the legend)."""

    code: str
    colour: str


@dataclass(frozen=True)
class Table:
    """A table: headers and rows of text; ``numeric_from``: columns from here align right;
    ``highlight``: rows (or, with ``highlight_columns``, columns) shown in bold."""

    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    numeric_from: int = 1
    highlight: frozenset[int] = frozenset()
    highlight_columns: bool = False
    small: bool = False
    nowrap: bool = False  # one line a row: a row never wraps, so it is never split by a page


@dataclass(frozen=True)
class RecordGrid:
    """The record by calendar year (rows) and month (columns): ``years[i]`` is the year of row
    ``cells[i]`` (twelve cells, ``None`` where the grid has no month)."""

    corner: str
    month_labels: Sequence[str]
    years: Sequence[str]
    cells: Sequence[Sequence[Cell | None]]


@dataclass(frozen=True)
class Strips:
    """Records side by side: a label and a row of cells each, under month labels."""

    month_labels: Sequence[str]
    rows: Sequence[tuple[str, Sequence[Cell]]]


@dataclass(frozen=True)
class Timeline:
    """How long the record stays visible: segments as ``(fraction, label, colour)``."""

    segments: Sequence[tuple[float, str, str]]


@dataclass(frozen=True)
class Section:
    """A heading and what follows it, in order: paragraphs, tables, images, grids."""

    heading: str
    parts: Sequence[object] = field(default_factory=tuple)
    #: Start on a new page (a table whose rows wrap: Qt would split a row between two pages).
    new_page: bool = False


@dataclass(frozen=True)
class Image:
    """An image resource (``name`` in ``images``), scaled to ``width`` pixels of the page."""

    name: str
    width: int = 640


@dataclass(frozen=True)
class Note:
    """A paragraph in the small, muted style (assumptions, sources)."""

    text: str


@dataclass(frozen=True)
class Summary:
    """The whole document."""

    title: str
    facts: Sequence[tuple[str, str]]
    sections: Sequence[Section]
    footer: str  # "Page %1 of %2" in the document's language


def _esc(text: object) -> str:
    return pdf.escape(text)


def _table(table: Table) -> str:
    """A table; emphasis (the recommended remedy, a total) is a shade, never bold."""
    cls = " class='small'" if table.small else ""
    out = [f"<table width='100%'{cls} cellspacing='0'><thead><tr>"]
    for c, title in enumerate(table.headers):
        marked = table.highlight_columns and c in table.highlight
        style = f" style='background:{SHADE}'" if marked else ""
        out.append(f"<th{style}>{_esc(title)}</th>")
    out.append("</tr></thead>")
    for r, row in enumerate(table.rows):
        out.append("<tr>")
        for c, text in enumerate(row):
            align = " align='right'" if c >= table.numeric_from else ""
            styles = []
            if table.nowrap:
                # One line a row: a wrapped "¥0.0 / 0" is unreadable, and a row that wraps can
                # be split between two pages.
                styles.append("white-space:nowrap")
            marked = (c in table.highlight) if table.highlight_columns else (r in table.highlight)
            if marked and c:
                styles.append(f"background:{SHADE}")
            style = f" style='{';'.join(styles)}'" if styles else ""
            out.append(f"<td{align}{style}>{_esc(text)}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "".join(out)


def _cell(cell: Cell | None) -> str:
    if cell is None:
        return "<td></td>"
    code = _esc(cell.code)
    if cell.code in DARK:
        code = f"<font color='#ffffff'>{code}</font>"
    elif cell.code in OVERDUE:
        code = f"<u>{code}</u>"  # overdue stands out in black and white too
    return f"<td bgcolor='{_esc(cell.colour)}'>{code}</td>"


def _grid(grid: RecordGrid) -> str:
    out = ["<table class='grid' cellspacing='1' width='100%'><tr>"]
    out.append(f"<th>{_esc(grid.corner)}</th>")
    out.extend(f"<th>{_esc(m)}</th>" for m in grid.month_labels)
    out.append("</tr>")
    for year, row in zip(grid.years, grid.cells, strict=True):
        out.append(f"<tr><th>{_esc(year)}</th>{''.join(_cell(c) for c in row)}</tr>")
    out.append("</table>")
    return "".join(out)


def _strips(strips: Strips) -> str:
    out = ["<table class='grid' cellspacing='1' width='100%'><tr><th></th>"]
    out.extend(f"<th>{_esc(m)}</th>" for m in strips.month_labels)
    out.append("</tr>")
    for label, cells in strips.rows:
        out.append(
            f"<tr><th align='left'>{_esc(label)}</th>{''.join(_cell(c) for c in cells)}</tr>"
        )
    out.append("</table>")
    return "".join(out)


def _timeline(timeline: Timeline) -> str:
    cells = "".join(
        f"<td width='{max(1, round(fraction * 100))}%' bgcolor='{_esc(colour)}'>{_esc(label)}</td>"
        for fraction, label, colour in timeline.segments
    )
    return f"<table class='grid' width='100%' cellspacing='0'><tr>{cells}</tr></table>"


def _part(part: object) -> str:
    if isinstance(part, str):
        return f"<p>{_esc(part)}</p>"
    if isinstance(part, Note):
        return f"<p class='note'>{_esc(part.text)}</p>"
    if isinstance(part, Table):
        return _table(part)
    if isinstance(part, Image):
        return f"<p><img src='{_esc(part.name)}' width='{part.width}'></p>"
    if isinstance(part, RecordGrid):
        return _grid(part)
    if isinstance(part, Strips):
        return _strips(part)
    if isinstance(part, Timeline):
        return _timeline(part)
    if isinstance(part, list | tuple):
        return "<ul>" + "".join(f"<li>{_esc(line)}</li>" for line in part) + "</ul>"
    raise TypeError(f"not a summary part: {part!r}")


def summary_html(summary: Summary) -> str:
    """The document's HTML body (every text escaped)."""
    facts = "".join(
        f"<tr><td class='label'>{_esc(label)}</td><td>{_esc(value)}</td></tr>"
        for label, value in summary.facts
    )
    body = [f"<h1>{_esc(summary.title)}</h1>", f"<table class='facts'>{facts}</table>"]
    for section in summary.sections:
        brk = " style='page-break-before:always'" if section.new_page else ""
        body.append(f"<h2{brk}>{_esc(section.heading)}</h2>")
        body.extend(_part(part) for part in section.parts)
    return "".join(body)


def write_summary(
    path: Path, summary: Summary, images: dict[str, bytes] | dict[str, QImage]
) -> None:
    """Write the summary as an A4 PDF with page numbers (may run on a worker thread: pass
    decoded images, see ``reports.pdf``)."""
    pdf.write_pdf(
        path,
        summary_html(summary),
        title=summary.title,
        images=images,
        page_footer=summary.footer,
        style=STYLE,
    )


def print_summary(
    device: QPagedPaintDevice, summary: Summary, images: dict[str, bytes] | dict[str, QImage]
) -> None:
    """Print the summary on ``device`` (the printer the user chose), laid out as the PDF."""
    pdf.print_document(
        device, summary_html(summary), images=images, page_footer=summary.footer, style=STYLE
    )
