"""Limits on a lesson pack, checked before anything is parsed, and the linear pre-scan of TOML.

A teacher's pack may come from anywhere, so every file is bounded before ``tomllib`` or the
Markdown scanner sees it: its size, its longest line, and (for TOML) how deep tables, arrays,
inline tables and dotted keys nest and how many ``[[tables]]`` it repeats. ``tomllib`` recurses
once per level of nesting and builds one dict per dotted-key part: a 200 KB ``lesson.toml`` with
one key 100,000 levels deep grew past 2 GB, deep arrays ended in ``RecursionError``. The pre-scan
here reads the text once, left to right, and stops at the first limit crossed.

The numbers are generous for real courses (the shipped pack uses a tenth or less of each; a test
keeps it so) and stated in ``lessons/README.md`` ("Limits").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from duewise.content import problems
from duewise.content.problems import Problem, Severity

MAX_FILE_BYTES = 1024 * 1024
"""Largest ``lesson.toml``, ``zh.md`` or ``en.md`` (the shipped ones are under 24 KB)."""
MAX_PACK_BYTES = 8 * 1024 * 1024
"""All lesson files of a pack together (the shipped pack: 0.4 MB)."""
MAX_PACK_ENTRIES = 10_000
"""Entries looked at in the pack folder (lesson folders and anything else)."""
MAX_LESSONS = 200
MAX_LINE_CHARS = 20_000
"""Longest line of any lesson file (Markdown paragraphs may be one long line)."""
MAX_DEPTH = 16
"""Nesting of tables, arrays, inline tables and dotted keys in TOML (the shipped pack: 4)."""
MAX_TABLES = 500
"""Repeats of one ``[[name]]`` table in a file (questions, objectives, glossary terms …)."""
MAX_QUESTIONS = 500
"""Questions in one lesson."""
MAX_PACK_QUESTIONS = 5_000
MAX_COMPUTES = 1_000
"""Numeric answers computed by the finance engine in one pack (each may simulate years)."""
MAX_PROBLEMS = 100
"""Problems listed per lesson: a file made of nothing but mistakes must not fill the memory."""


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a file is not parsed: a problem code, its line and the message parameters."""

    code: str
    line: int
    params: dict[str, object]


@dataclass(slots=True)
class Budget:
    """What is left for the rest of a pack as it loads."""

    bytes: int = MAX_PACK_BYTES
    questions: int = MAX_PACK_QUESTIONS
    computes: int = MAX_COMPUTES


class ProblemSink(list[Problem]):
    """The problems of one lesson: at most :data:`MAX_PROBLEMS` are kept.

    When an error has to be dropped, one ``too_many_problems`` error takes its place, so the
    lesson still fails, and :attr:`saturated` tells the loops to stop looking for more.
    """

    def __init__(self, limit: int | None = None) -> None:
        super().__init__()
        self.limit = MAX_PROBLEMS if limit is None else limit
        self.saturated = False

    def append(self, problem: Problem, /) -> None:
        """Keep ``problem`` unless the lesson already has :attr:`limit` problems."""
        if len(self) < self.limit:
            super().append(problem)
        elif problem.severity is Severity.ERROR and not self.saturated:
            self.saturated = True
            limit = self.limit
            super().append(
                problems.make("too_many_problems", problem.path, problem.line, limit=limit)
            )


def saturated(sink: list[Problem]) -> bool:
    """Whether ``sink`` is a full :class:`ProblemSink` (stop looking for more problems)."""
    return isinstance(sink, ProblemSink) and sink.saturated


def long_line(text: str, limit: int | None = None) -> Refusal | None:
    """The first line longer than ``limit`` characters (default :data:`MAX_LINE_CHARS`)."""
    limit = MAX_LINE_CHARS if limit is None else limit
    lines = text.splitlines()
    if not lines or max(map(len, lines)) <= limit:
        return None
    number = next(i for i, line in enumerate(lines, start=1) if len(line) > limit)
    return Refusal("line_too_long", number, {"limit": limit})


# The characters the pre-scan acts on; everything else (bare keys, numbers, spaces) is skipped by
# the search, which tests each character once.
_INTERESTING = re.compile(r"[\n\"'#\[\]{}=.,]")


# One-line strings; possessive (``*+``): nothing is ever given back, so a match is one pass.
_ONE_LINE_STRING = {
    '"': re.compile(r'"(?:[^"\\\n]|\\.)*+"'),
    "'": re.compile(r"'[^'\n]*+'"),
}


def _string_end(text: str, start: int) -> int | None:
    """The index after the TOML string that opens at ``start``; None when it never closes."""
    quote = text[start]
    if text.startswith(quote * 3, start):
        at = start + 3
        while True:
            close = text.find(quote * 3, at)
            if close == -1:
                return None
            if quote == '"' and _escaped(text, close):
                at = close + 1
                continue
            end = close + 3
            # Up to two more quotes belong to the content: """a"""" is 'a"'.
            extra = 0
            while extra < 2 and end < len(text) and text[end] == quote:
                end += 1
                extra += 1
            return end
    match = _ONE_LINE_STRING[quote].match(text, start)
    return match.end() if match else None


def _escaped(text: str, index: int) -> bool:
    """Whether an odd number of backslashes comes right before ``index``."""
    count = 0
    while index - count - 1 >= 0 and text[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1


def _header(text: str, start: int) -> tuple[int, int, str, bool] | None:
    """A table header at ``start``: (end index, dotted parts, name, is array of tables)."""
    array = text.startswith("[[", start)
    at = start + (2 if array else 1)
    parts = 1
    name: list[str] = []
    line_end = text.find("\n", at)
    line_end = len(text) if line_end == -1 else line_end
    while at < line_end:
        char = text[at]
        if char in "\"'":
            end = _string_end(text, at)
            if end is None or end > line_end:
                return None
            name.append(text[at + 1 : end - 1])
            at = end
            continue
        if char == "]":
            close = at + (2 if array else 1)
            return close, parts, "".join(name).replace(" ", ""), array
        if char == ".":
            parts += 1
        name.append(char)
        at += 1
    return None


def toml_refusal(text: str) -> Refusal | None:
    """Why ``text`` must not be given to ``tomllib``, or None when it stays within the limits.

    Checks the longest line, the nesting depth (every table header part, dotted-key part, array
    and inline table is a level) and the repeats of each ``[[name]]``. Reads the text once; stops
    at the first limit crossed. Syntax errors are left to ``tomllib`` (the scan stops there).
    """
    refusal = long_line(text)
    if refusal is not None:
        return refusal
    line = 1
    stack: list[tuple[str, int]] = []  # ("[" or "{", depth of the array or inline table)
    base = 0  # depth of the table whose keys are being read
    table_base = 0  # depth of the current [table] at top level
    dots = 0  # dots in the key being read
    in_key = True
    value_depth = 1
    counts: dict[str, int] = {}

    def too_deep(depth: int) -> Refusal | None:
        if depth > MAX_DEPTH:
            return Refusal("too_deep", line, {"limit": MAX_DEPTH})
        return None

    position = 0
    size = len(text)
    while position < size:
        match = _INTERESTING.search(text, position)
        if match is None:
            break
        at = match.start()
        char = text[at]
        position = at + 1
        if char == "\n":
            line += 1
            if not stack:
                in_key, base, dots = True, table_base, 0
        elif char == "#":
            end = text.find("\n", at)
            position = size if end == -1 else end
        elif char in "\"'":
            string_end = _string_end(text, at)
            if string_end is None:
                return None  # tomllib reports the unclosed string
            line += text.count("\n", at, string_end)
            position = string_end
        elif in_key and not stack and char == "[":
            header = _header(text, at)
            if header is None:
                return None
            position, parts, name, array = header
            table_base = base = parts + (1 if array else 0)
            dots = 0
            if array:
                counts[name] = counts.get(name, 0) + 1
                if counts[name] > MAX_TABLES:
                    return Refusal("too_many_tables", line, {"limit": MAX_TABLES, "name": name})
            refusal = too_deep(table_base)
            if refusal is not None:
                return refusal
        elif in_key:
            if char == ".":
                dots += 1
                refusal = too_deep(base + dots + 1)
                if refusal is not None:
                    return refusal
            elif char == "=":
                in_key, value_depth = False, base + dots + 1
            elif char == "}" and stack and stack[-1][0] == "{":  # an empty inline table
                stack.pop()
                in_key, value_depth = _after_close(stack, base)
        elif char in "[{":
            refusal = too_deep(value_depth)
            if refusal is not None:
                return refusal
            stack.append((char, value_depth))
            if char == "[":
                value_depth += 1
            else:
                in_key, base, dots = True, value_depth, 0
        elif char in "]}":
            if not stack:
                return None  # tomllib reports the stray bracket
            stack.pop()
            in_key, value_depth = _after_close(stack, value_depth)
            if stack and stack[-1][0] == "{":
                base = stack[-1][1]
        elif char == "," and stack:
            kind, depth = stack[-1]
            if kind == "{":
                in_key, base, dots = True, depth, 0
            else:
                value_depth = depth + 1
    return None


def _after_close(stack: list[tuple[str, int]], current: int) -> tuple[bool, int]:
    """After a closing bracket: still reading a value, at the depth of the enclosing array."""
    if stack and stack[-1][0] == "[":
        return False, stack[-1][1] + 1
    return False, current
