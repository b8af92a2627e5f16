"""CSV exports that open correctly in Excel on a Chinese Windows machine, and safely.

Written as UTF-8 with a byte-order mark (``utf-8-sig``), atomically (``storage.files``). Money goes
out as plain decimal text (``1234.50``) without grouping, so spreadsheets read it as a number.

Every cell passes through :func:`spreadsheet_cell`, the one place that stops a cell from becoming
a formula (CSV or formula injection): learner names come from results files made on other
machines, and a name such as ``=HYPERLINK("http://…","…")`` or ``+cmd|' /C calc'!A0`` would run
when a teacher opens the class report in Excel or WPS. Text that begins with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return (OWASP, "CSV Injection": https://owasp.org/www-community/attacks/CSV_Injection),
or a NUL (OWASP ASVS 5.0, requirement 1.2.10), is written with a leading ``'``, which spreadsheets
take as "this is text" and do not show. Numbers (``int``, ``Decimal``, ``float``) are written as
numbers, a negative one too: only text is escaped. No other module makes a ``csv.writer``; a test
keeps it so.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from duewise.storage.files import write_atomic

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\x00")
"""First characters that make a spreadsheet read a cell as a formula."""


def spreadsheet_cell(value: object) -> str:
    """The text of one CSV cell: numbers as plain numbers, text that could run as a formula
    prefixed with ``'``.

    >>> spreadsheet_cell(Decimal("-12.50")), spreadsheet_cell(-3), spreadsheet_cell("=1+2")
    ('-12.50', '-3', "'=1+2")
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, Decimal):
        return format(value, "f") if value.is_finite() else str(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def to_csv_text(header: Sequence[object], rows: Iterable[Sequence[object]]) -> str:
    """The CSV text for a header and rows (every cell through :func:`spreadsheet_cell`)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([spreadsheet_cell(v) for v in header])
    for row in rows:
        writer.writerow([spreadsheet_cell(v) for v in row])
    return buffer.getvalue()


def write_csv(path: Path, header: Sequence[object], rows: Iterable[Sequence[object]]) -> None:
    """Write a CSV file atomically, UTF-8 with BOM (a character that cannot be encoded, such as
    half of a broken surrogate pair, becomes ``?`` rather than failing the export).

    Raises:
        storage.files.FileWriteError: the file could not be written (the old one is unchanged).
    """
    write_atomic(path, to_csv_text(header, rows).encode("utf-8-sig", errors="replace"))
