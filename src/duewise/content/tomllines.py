"""Line numbers for TOML data: ``tomllib`` gives none, so the raw text is scanned for headers and
keys.

Good enough for human-written lesson files: ``[[questions]]`` headers are counted in order, and a
key is found on the line where it starts (``key =`` or dotted ``key.sub =``) inside its table.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass

from duewise.content import scan

# Anchored; the key characters exclude the quote, "." and "=" that may follow, so a failed match
# cannot backtrack into anything that succeeds (headers: ``scan.toml_header``, linear).
_KEY = re.compile(r"^\s*[\"']?([A-Za-z0-9_\-]+)[\"']?\s*[.=]")
_ERROR_AT = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)\s*$")


@dataclass(frozen=True, slots=True)
class _Table:
    name: str  # "" for the root table
    index: int  # n-th occurrence of an array-of-tables header, else 0
    first: int  # 1-based line of the header (root: 1)
    last: int  # last line belonging to it


class TomlLines:
    """Finds the line of a table or key in one TOML text.

    Args:
        text: the TOML source.
        offset: added to every line number (for TOML embedded in Markdown: the fence line).
    """

    def __init__(self, text: str, offset: int = 0) -> None:
        self._text = text
        self._offset = offset
        self._indexed = False
        self._lines: list[str] = []
        self._tables: list[_Table] = []
        self._by_name: dict[tuple[str, int], _Table] = {}
        self._keys: dict[tuple[str, int], dict[str, int]] = {}

    def _index(self) -> None:
        """Find the tables; done on the first question, as most files never need a line."""
        self._indexed = True
        self._lines = self._text.splitlines()
        counts: dict[str, int] = {}
        starts: list[tuple[str, int, int]] = [("", 0, 1)]
        in_multiline: str | None = None
        for number, line in enumerate(self._lines, start=1):
            if in_multiline is not None:
                if line.count(in_multiline) % 2 == 1:
                    in_multiline = None
                continue
            for quote in ('"""', "'''"):
                if line.count(quote) % 2 == 1:
                    in_multiline = quote
            if in_multiline is not None:
                continue
            header = scan.toml_header(line)
            if header is not None and "=" not in line.split("#", 1)[0]:
                array, name = header
                index = counts.get(name, 0)
                counts[name] = index + 1
                starts.append((name, index if array else 0, number))
        for i, (name, index, first) in enumerate(starts):
            last = starts[i + 1][2] - 1 if i + 1 < len(starts) else len(self._lines)
            self._tables.append(_Table(name, index, first, last))
        self._by_name = {(t.name, t.index): t for t in self._tables}

    def table(self, name: str = "", index: int = 0) -> int:
        """The line of the ``index``-th ``[[name]]`` header (root: line 1)."""
        if not self._indexed:
            self._index()
        found = self._by_name.get((name, index))
        return (found.first if found else 1) + self._offset

    def key(self, key: str, table: str = "", index: int = 0) -> int:
        """The line where ``key`` is set in that table; the table's line when not found."""
        if not self._indexed:
            self._index()
        candidate = self._by_name.get((table, index))
        if candidate is None:
            return 1 + self._offset
        keys = self._keys.get((table, index))
        if keys is None:
            keys = {}
            for number in range(candidate.first, candidate.last + 1):
                match = _KEY.match(self._lines[number - 1])
                if match:
                    keys.setdefault(match.group(1), number)
            self._keys[(table, index)] = keys
        if key in keys:
            return keys[key] + self._offset
        # A sub-table such as [questions.compute] sits in its own region.
        for sub in self._tables:
            if sub.name == f"{table}.{key}".lstrip(".") and sub.first > candidate.first:
                return sub.first + self._offset
        return candidate.first + self._offset


def decode_error(error: tomllib.TOMLDecodeError, text: str) -> tuple[int, str]:
    """The 1-based line and the message (without its location) of a TOML syntax error."""
    message = str(error)
    lineno = getattr(error, "lineno", None)  # Python 3.14+
    match = _ERROR_AT.search(message)
    column = None
    if match:
        message = message[: match.start()]
        if match.group(1):
            lineno = lineno or int(match.group(1))
            column = int(match.group(2))
    if not isinstance(lineno, int):
        lineno = max(1, len(text.splitlines()))
        return lineno, f"{message} (at the end)"
    return lineno, f"{message} (column {column})" if column else message
