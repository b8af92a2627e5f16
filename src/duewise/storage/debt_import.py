"""The repayment planner's debt import: a CSV file (or pasted table) read within limits.

The rows are parsed by :func:`duewise.finance.planner_tools.parse_debt_table`; this module is what
stands between it and a file from anywhere: only a regular file of at most :data:`MAX_BYTES` is
read (``storage.files.read_regular_file``: a pipe or a 50 MB file is refused before a byte is
read), and the text may hold at most :data:`MAX_ROWS` lines and fields of at most
:data:`MAX_FIELD` characters, checked before the CSV parser runs (whose own field limit, 131,072
characters, would otherwise end in an uncaught ``csv.Error``).

Errors are :class:`DebtImportError` with a code and parameters the UI words:
``too_large`` (``size``, ``limit``), ``too_many_rows`` (``limit``), ``field_too_long`` (``line``,
``limit``), ``not_utf8``, ``not_a_file``, ``not_found``, ``unreadable`` (``detail``),
``bad_csv`` (``line``, ``detail``).
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Sequence
from pathlib import Path

from duewise.finance import planner_tools
from duewise.storage import files, names

MAX_BYTES = 1024 * 1024
"""A debt table is a few lines; a megabyte is thousands of debts."""
MAX_ROWS = 1_000
MAX_FIELD = 1_000
"""Characters in one cell (a debt name, an amount)."""


class DebtImportError(ValueError):
    """A debt table that is not imported; ``code`` and ``params`` say why (module docstring)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code}: {params}" if params else code)


def _check_shape(text: str) -> None:
    """Rows and field sizes, in one pass over the text (quotes may hold line breaks)."""
    lines = text.count("\n") + 1
    if lines > MAX_ROWS + 1 and sum(1 for line in text.splitlines() if line.strip()) > MAX_ROWS:
        raise DebtImportError("too_many_rows", limit=MAX_ROWS)
    if '"' not in text and max(map(len, text.splitlines() or [""])) <= MAX_FIELD:
        return  # no quotes, so no field spans lines, and no line is longer than the limit
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text))
    try:
        for row in reader:
            if any(len(cell) > MAX_FIELD for cell in row):
                raise DebtImportError("field_too_long", line=reader.line_num, limit=MAX_FIELD)
    except csv.Error as error:  # past the csv module's own field limit
        if "field larger than field limit" in str(error):
            line = max(reader.line_num, 1)
            raise DebtImportError("field_too_long", line=line, limit=MAX_FIELD) from error
        raise DebtImportError("bad_csv", line=reader.line_num, detail=str(error)) from error


def _delimiter(text: str) -> str:
    # The same choice as planner_tools.parse_debt_table makes.
    text = text.replace("；", ";")
    if "\t" in text:
        return "\t"
    if "," not in text and ";" in text:
        return ";"
    return ","


def parse_debt_text(text: str, known_products: Sequence[str] = ()) -> list[planner_tools.ImportRow]:
    """The rows of a pasted or imported debt table, within the limits.

    Raises:
        DebtImportError: ``too_large``, ``too_many_rows``, ``field_too_long`` or ``bad_csv``.
    """
    if len(text) > MAX_BYTES:
        raise DebtImportError("too_large", size=len(text.encode("utf-8")), limit=MAX_BYTES)
    _check_shape(text)
    try:
        rows = planner_tools.parse_debt_table(text, tuple(known_products))
    except csv.Error as error:  # pragma: no cover - the shape check comes first
        raise DebtImportError("bad_csv", line=0, detail=str(error)) from error
    # A quoted cell may hold a line break: a debt's name is one line.
    return [
        dataclasses.replace(
            row, debt=dataclasses.replace(row.debt, name=names.single_line(row.debt.name))
        )
        if row.debt is not None and row.debt.name != names.single_line(row.debt.name)
        else row
        for row in rows
    ]


def read_debt_text(path: Path) -> str:
    """The text of a debt CSV (UTF-8, with or without a byte-order mark), within the limits.

    Raises:
        DebtImportError: ``not_found``, ``not_a_file``, ``too_large``, ``unreadable`` (the codes
            of ``files.read_regular_file``) or ``not_utf8``.
    """
    try:
        data = files.read_regular_file(path, MAX_BYTES)
    except files.FileReadError as error:
        raise DebtImportError(error.code, **error.params) from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DebtImportError("not_utf8") from error


def read_debt_file(path: Path, known_products: Sequence[str] = ()) -> list[planner_tools.ImportRow]:
    """Read a debt CSV (:func:`read_debt_text`) and parse it.

    Raises:
        DebtImportError: any code of the module docstring.
    """
    return parse_debt_text(read_debt_text(path), known_products)
