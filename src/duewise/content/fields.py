"""Typed, problem-reporting access to the fields of one parsed TOML table (lesson, question, block).

Every getter returns ``None`` when the value is missing or unusable, after recording a problem with
the line of the key; the caller decides what a missing value means.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path

from duewise.content import problems
from duewise.content.model import Text
from duewise.content.problems import Problem
from duewise.content.tomllines import TomlLines

ID_RULE = "use lowercase letters, digits and '-'"
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
OBJECTIVE_RULE = "write '<topic>.<name>' in lowercase letters, digits and '-'"
OBJECTIVE_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$")
NUMBER_PATTERN = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")


def type_name(value: object) -> str:
    """How a TOML value's type is named in messages."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a float"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return "a date/time"


def did_you_mean(word: str, choices: Collection[str]) -> str:
    """`` (did you mean 'x'?)`` for a close match, else ``""``."""
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.75)
    return f" (did you mean '{close[0]}'?)" if close else ""


def parse_number(value: object) -> Decimal | None:
    """A decimal string (or an integer) as ``Decimal``; ``None`` for anything else (floats too)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str) and NUMBER_PATTERN.match(value.strip()):
        try:
            return Decimal(value.strip())
        except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
            return None
    return None


class Fields:
    """One TOML table of a file, with the means to report problems about its keys.

    Args:
        data: the parsed table.
        path: the file it came from.
        lines: line finder for that file.
        table: the table's name (``"questions"``; ``""`` for the root).
        index: which ``[[table]]`` it is.
        where: context prefixed to messages (``"question 'wic-01'"``).
        sink: problems are appended here.
        at_line: report every key at this line (the keys of an inline table).
    """

    def __init__(
        self,
        data: Mapping[str, object],
        path: Path,
        lines: TomlLines,
        *,
        table: str = "",
        index: int = 0,
        where: str = "",
        sink: list[Problem],
        at_line: int | None = None,
    ) -> None:
        self.data = data
        self.path = path
        self.lines = lines
        self.table = table
        self.index = index
        self.where = where
        self.sink = sink
        self.at_line = at_line

    def line(self, key: str | None = None) -> int:
        """The line of ``key`` (or of the table header)."""
        if self.at_line is not None:
            return self.at_line
        if key is None:
            return self.lines.table(self.table, self.index)
        return self.lines.key(key, self.table, self.index)

    def report(self, code: str, key: str | None = None, /, **params: object) -> None:
        """Record a problem at the line of ``key``."""
        self.sink.append(problems.make(code, self.path, self.line(key), self.where, **params))

    def check_keys(self, required: Collection[str], optional: Collection[str]) -> bool:
        """Report missing required keys and unknown keys; True when there were none."""
        ok = True
        for key in required:
            if key not in self.data:
                self.report("missing_field", None, field=key)
                ok = False
        known = set(required) | set(optional)
        for key in self.data:
            if getattr(self.sink, "saturated", False):
                break  # a full problem list: looking further only costs time
            if key not in known:
                self.report("unknown_field", key, field=key, hint=did_you_mean(key, known))
                ok = False
        return ok

    def _wrong(self, key: str, expected: str) -> None:
        self.report(
            "wrong_type", key, field=key, expected=expected, actual=type_name(self.data[key])
        )

    def string(self, key: str, *, empty_ok: bool = False) -> str | None:
        """A string value."""
        if key not in self.data:
            return None
        value = self.data[key]
        if not isinstance(value, str):
            self._wrong(key, "a string")
            return None
        if not empty_ok and not value.strip():
            self.report("bad_value", key, field=key, detail="must not be empty")
            return None
        return value

    def integer(self, key: str, low: int | None = None, high: int | None = None) -> int | None:
        """An integer value within ``[low, high]``."""
        if key not in self.data:
            return None
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self._wrong(key, "an integer")
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            span = f"from {low} to {high}" if high is not None else f"at least {low}"
            self.report("bad_value", key, field=key, detail=f"must be {span}, not {value}")
            return None
        return value

    def boolean(self, key: str) -> bool | None:
        """A boolean value."""
        if key not in self.data:
            return None
        value = self.data[key]
        if not isinstance(value, bool):
            self._wrong(key, "true or false")
            return None
        return value

    def number(self, key: str, *, positive: bool = False) -> Decimal | None:
        """A number written as a string (``"3.50"``); integers are accepted too."""
        if key not in self.data:
            return None
        value = self.data[key]
        number = parse_number(value)
        if number is None:
            if isinstance(value, float):
                detail = f'must be written as a string, e.g. "{value}" (floats are inexact)'
                self.report("bad_value", key, field=key, detail=detail)
            elif isinstance(value, str):
                self.report("bad_value", key, field=key, detail=f"is not a number: '{value}'")
            else:
                self._wrong(key, 'a number as a string, e.g. "3.50"')
            return None
        if positive and number <= 0:
            self.report("bad_value", key, field=key, detail=f"must be more than 0, not {value}")
            return None
        if number < 0 and key == "tolerance":
            self.report("bad_value", key, field=key, detail=f"must not be negative, not {value}")
            return None
        return number

    def choice(self, key: str, allowed: Collection[str]) -> str | None:
        """A string that must be one of ``allowed``."""
        value = self.string(key)
        if value is None:
            return None
        if value not in allowed:
            detail = f"must be one of {', '.join(allowed)}, not '{value}'"
            self.report("bad_value", key, field=key, detail=detail)
            return None
        return value

    def ident(self, key: str, kind: str, *, objective: bool = False) -> str | None:
        """An id (``objective``: a ``topic.name`` id)."""
        value = self.string(key)
        if value is None:
            return None
        pattern = OBJECTIVE_PATTERN if objective else ID_PATTERN
        if not pattern.match(value):
            rule = OBJECTIVE_RULE if objective else ID_RULE
            self.report("bad_id", key, id=value, kind=kind, rule=rule)
            return None
        return value

    def text(self, key: str) -> Text | None:
        """A bilingual text ``{ zh = "…", en = "…" }``."""
        if key not in self.data:
            return None
        return self.text_value(key, self.data[key])

    def text_value(self, key: str, value: object, label: str | None = None) -> Text | None:
        """``value`` as a bilingual text; problems are reported at ``key`` as ``label``."""
        name = label or key
        if not isinstance(value, dict):
            actual = type_name(value)
            self.report(
                "wrong_type", key, field=name, expected='{ zh = "…", en = "…" }', actual=actual
            )
            return None
        ok = True
        for language in ("zh", "en"):
            part = value.get(language)
            if part is None:
                self.report("missing_field", key, field=f"{name}.{language}")
                ok = False
            elif not isinstance(part, str):
                self.report(
                    "wrong_type",
                    key,
                    field=f"{name}.{language}",
                    expected="a string",
                    actual=type_name(part),
                )
                ok = False
            elif not part.strip():
                self.report("bad_value", key, field=f"{name}.{language}", detail="is empty")
                ok = False
        for extra in value:
            if extra not in ("zh", "en"):
                self.report("unknown_field", key, field=f"{name}.{extra}", hint=" (use zh and en)")
                ok = False
        if not ok:
            return None
        zh, en = value["zh"], value["en"]
        assert isinstance(zh, str) and isinstance(en, str)
        return Text(zh=zh, en=en)
