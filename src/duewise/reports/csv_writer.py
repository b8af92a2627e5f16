"""CSV exports that open correctly in Excel on a Chinese Windows machine.

Written as UTF-8 with a byte-order mark (``utf-8-sig``), atomically. Money goes out as plain decimal
text (``1234.50``) without grouping, so spreadsheets read it as a number.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from duewise.storage.files import write_bytes_atomic


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def to_csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The CSV text for a header and rows (Decimals written in plain notation)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue()


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Write a CSV file atomically, UTF-8 with BOM."""
    write_bytes_atomic(path, to_csv_text(header, rows).encode("utf-8-sig"))
