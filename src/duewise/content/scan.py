"""Linear-time scanners for author text: code spans, inline links, headings and TOML headers.

The regular expressions these replace backtrack on hostile input (a line of 12,000 backticks took
14 s in the code-span pattern; runs of ``[`` in the inline-link pattern and runs of spaces in the
TOML header pattern took over 40 s). Each scanner here looks at every character a bounded number
of times: it walks forward with ``str.find`` from a position that only ever grows, or memoises
each answer by where its search started (and finds "the next X" by bisecting X's positions), so
no stretch of a line is searched twice. (The few regular expressions used are single character
classes, which cannot backtrack.)

The link and header scanners give exactly what the old patterns matched (a test compares them on
random short strings); the code-span scanner follows CommonMark instead (a closing run of
backticks must be as long as the opening one; a backslash before an opening backtick makes it
literal), which is what Qt's Markdown parser (md4c) does.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

# ---- code spans -------------------------------------------------------------------------------


def code_spans(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every code span in one line, left to right.

    A run of n backticks opens a span that the next run of exactly n backticks closes; a run with
    no such partner is literal text. An odd number of backslashes before a run makes its first
    backtick literal (outside a span only: inside one a backslash is plain text).
    """
    if "`" not in line:
        return []
    runs: list[tuple[int, int]] = []  # (start, length) of each maximal run of backticks
    index = line.find("`")
    size = len(line)
    while index != -1:
        end = index + 1
        while end < size and line[end] == "`":
            end += 1
        runs.append((index, end - index))
        index = line.find("`", end)
    by_length: defaultdict[int, list[int]] = defaultdict(list)
    for number, (_, length) in enumerate(runs):
        by_length[length].append(number)
    pointer: defaultdict[int, int] = defaultdict(int)  # per length: first candidate not yet passed

    def next_run(length: int, after: int) -> int | None:
        candidates = by_length.get(length)
        if not candidates:
            return None
        at = pointer[length]
        while at < len(candidates) and candidates[at] <= after:
            at += 1
        pointer[length] = at
        return candidates[at] if at < len(candidates) else None

    spans: list[tuple[int, int]] = []
    number = 0
    while number < len(runs):
        start, length = runs[number]
        slashes = 0
        while start - slashes - 1 >= 0 and line[start - slashes - 1] == "\\":
            slashes += 1
        if slashes % 2:
            start, length = start + 1, length - 1
            if length == 0:
                number += 1
                continue
        closer = next_run(length, number)
        if closer is None:
            number += 1
            continue
        close_start, close_length = runs[closer]
        spans.append((start, close_start + close_length))
        number = closer + 1
    return spans


def blank_code_spans(line: str) -> str:
    """The line with every code span replaced by as many spaces (their text is not markup)."""
    spans = code_spans(line)
    if not spans:
        return line
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(line[last:start])
        parts.append(" " * (end - start))
        last = end
    parts.append(line[last:])
    return "".join(parts)


# ---- inline links -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InlineLink:
    """``[text](destination "title")`` or ``![alt](…)`` found in a line.

    Attributes:
        start, end: the span of the whole link in the line.
        image: it starts with ``!``.
        destination: as written, ``<…>`` brackets included.
    """

    start: int
    end: int
    image: bool
    destination: str


_BRACKET = re.compile(r"[\[\]]")
_STOP = re.compile(r"[\s()]")
_SPACES = re.compile(r"\s*")


_SINGLE = {char: re.compile(re.escape(char)) for char in "]>)\"'"}


class _Positions:
    """Where one character occurs in a line, to find the next one after any index in O(log n).

    Built on first use: most lines need none of them.
    """

    def __init__(self, text: str, char: str) -> None:
        self._text = text
        self._char = char
        self._at: list[int] | None = None

    def after(self, index: int) -> int:
        """The first occurrence at or after ``index``, or -1."""
        if self._at is None:
            self._at = [m.start() for m in _SINGLE[self._char].finditer(self._text)]
        found = bisect.bisect_left(self._at, index)
        return self._at[found] if found < len(self._at) else -1


class _LinkScanner:
    """One line's lookups for :func:`inline_links`, each answer computed once and kept.

    Every search starts right after a bracket, a parenthesis or a space, and its answer is
    memoised by where it started, so no stretch of the line is searched twice.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.size = len(text)
        self.close_bracket = _Positions(text, "]")
        self.close_paren = _Positions(text, ")")
        self.quotes = {'"': _Positions(text, '"'), "'": _Positions(text, "'")}
        self.gt = _Positions(text, ">")
        self._text_end: dict[int, int] = {}
        self._bare_end: dict[int, int] = {}
        self._tails: dict[int, int] = {}
        self._destinations: dict[int, tuple[int, int, int] | None] = {}

    def after_space(self, index: int) -> int:
        """The first non-space at or after ``index``."""
        if index >= self.size or not self.text[index].isspace():
            return index
        match = _SPACES.match(self.text, index)
        return match.end() if match else index

    def text_end(self, index: int) -> int:
        r"""``(?:[^\[\]]|\[[^\]]*\])*\]`` from ``index``: the closing "]" or -1."""
        first = _BRACKET.search(self.text, index)
        if first is None:
            return -1
        if self.text[first.start()] == "]":  # no nested brackets: the usual case
            return first.start()
        seen: list[int] = []
        at = index
        while True:
            if at in self._text_end:
                result = self._text_end[at]
                break
            seen.append(at)
            match = _BRACKET.search(self.text, at)
            if match is None:
                result = -1
                break
            bracket = match.start()
            if self.text[bracket] == "]":
                result = bracket
                break
            close = self.close_bracket.after(bracket + 1)  # a nested [ … ]
            if close == -1:
                result = -1
                break
            at = close + 1
        for start in seen:
            self._text_end[start] = result
        return result

    def bare_end(self, index: int) -> int:
        r"""``(?:[^\s()]|\([^\s()]*\))*`` from ``index``: where it stops."""
        first = _STOP.search(self.text, index)
        if first is None:
            return self.size
        if self.text[first.start()] != "(":  # no parentheses inside: the usual case
            return first.start()
        seen: list[int] = []
        at = index
        while True:
            if at in self._bare_end:
                result = self._bare_end[at]
                break
            seen.append(at)
            match = _STOP.search(self.text, at)
            if match is None:
                result = self.size
                break
            stop = match.start()
            if self.text[stop] != "(":
                result = stop
                break
            inner = _STOP.search(self.text, stop + 1)
            if inner is None or self.text[inner.start()] != ")":
                result = stop
                break
            at = inner.start() + 1
        for start in seen:
            self._bare_end[start] = result
        return result

    def _closing_paren(self, index: int) -> int:
        r"""``\s*\)`` at ``index``: the end of the match or -1."""
        at = self.after_space(index)
        return at + 1 if at < self.size and self.text[at] == ")" else -1

    def _title_then_paren(self, index: int) -> int:
        r"""``\s+(?:"…"|'…'|(…))\s*\)`` at ``index``: the end of the match or -1."""
        at = self.after_space(index)
        if at == index or at >= self.size:
            return -1
        opening = self.text[at]
        if opening in self.quotes:
            close = self.quotes[opening].after(at + 1)
        elif opening == "(":
            close = self.close_paren.after(at + 1)
        else:
            return -1
        return -1 if close == -1 else self._closing_paren(close + 1)

    def tail(self, index: int) -> int:
        r"""``(?:\s+TITLE)?\s*\)`` at ``index``: the end of the match or -1."""
        if index in self._tails:
            return self._tails[index]
        at = self.after_space(index)
        end = -1
        if at < self.size:
            # ")" cannot open a title, so the title is tried only before anything else.
            end = at + 1 if self.text[at] == ")" else self._title_then_paren(index)
        self._tails[index] = end
        return end

    def destination(self, index: int) -> tuple[int, int, int] | None:
        """After ``](`` at ``index``: (destination start, destination end, link end)."""
        if index in self._destinations:
            return self._destinations[index]
        text, size = self.text, self.size
        found: tuple[int, int, int] | None = None
        start = self.after_space(index)
        if start < size and text[start] == "<":
            close = self.gt.after(start + 1)
            if close != -1:
                end = self.tail(close + 1)
                if end != -1:
                    found = (start, close + 1, end)
        if found is None:
            stop = self.bare_end(start)
            end = self.tail(stop)
            if end != -1:
                found = (start, stop, end)
        if found is None and start > index:
            # Fewer leading spaces: an empty destination, then the title after the spaces.
            end = self._title_then_paren(start - 1)
            if end != -1:
                found = (start - 1, start - 1, end)
        self._destinations[index] = found
        return found


def inline_links(line: str) -> list[InlineLink]:
    """Every inline link or image of one line, left to right, not overlapping.

    The grammar (a nested ``[…]`` in the text, one level of ``(…)`` in a bare destination, an
    optional ``"…"``, ``'…'`` or ``(…)`` title) is the one DueWise has always checked.
    """
    if "](" not in line:
        return []
    scanner = _LinkScanner(line)
    size = len(line)
    links: list[InlineLink] = []
    position = 0
    while True:
        bracket = line.find("[", position)
        if bracket == -1:
            break
        close = scanner.text_end(bracket + 1)
        found = None
        if close != -1 and close + 1 < size and line[close + 1] == "(":
            found = scanner.destination(close + 2)
        if found is None:
            position = bracket + 1
            continue
        image = bracket - 1 >= position and line[bracket - 1] == "!"
        start = bracket - 1 if image else bracket
        links.append(InlineLink(start, found[2], image, line[found[0] : found[1]]))
        position = found[2]
    return links


def without_links(line: str, links: list[InlineLink]) -> str:
    """The line with the given links cut out."""
    if not links:
        return line
    parts: list[str] = []
    last = 0
    for link in links:
        parts.append(line[last : link.start])
        last = link.end
    parts.append(line[last:])
    return "".join(parts)


# ---- headings ---------------------------------------------------------------------------------


def h2_title(line: str) -> str | None:
    """The title part of a level-2 ATX heading (``## Title {#id}``), or ``None``.

    Up to three spaces may come first; ``###`` is not level 2; the title is what follows the
    spaces after ``##``, without trailing spaces and tabs.
    """
    indent = 0
    while indent < 3 and indent < len(line) and line[indent] == " ":
        indent += 1
    if not line.startswith("##", indent) or line.startswith("###", indent):
        return None
    rest = line[indent + 2 :]
    if not rest:
        return ""
    if rest[0] not in " \t":
        return None
    return rest.strip(" \t")


def heading_id(title: str) -> tuple[str, str] | None:
    """``("Title", "id")`` from ``Title {#id}`` (spaces before the brace dropped), or ``None``.

    The id is everything between the first ``{#`` after the last inner ``}`` and the final ``}``.
    """
    if not title.endswith("}"):
        return None
    last = len(title) - 1
    inner = title.rfind("}", 0, last)
    opening = title.find("{#", inner + 1, last)
    if opening == -1:
        return None
    return title[:opening].rstrip(" \t"), title[opening + 2 : last]


# ---- TOML headers -----------------------------------------------------------------------------

_HEADER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-\"' ")


def toml_header(line: str) -> tuple[bool, str] | None:
    """``(is_array, name)`` of a TOML table header line (``[a.b]``, ``[[questions]]``), or None.

    The name loses its quotes and spaces (``[ "a" . b ]`` → ``a.b``); a trailing comment is
    allowed. A line that does not look like a header gives ``None``.
    """
    start = 0
    size = len(line)
    while start < size and line[start].isspace():
        start += 1
    if start >= size or line[start] != "[":
        return None
    array = line.startswith("[[", start)
    opening = start + (2 if array else 1)
    close = line.find("]", opening)
    if close == -1:
        return None
    region = line[opening:close]
    name = region.strip()
    if name:
        if not all(char in _HEADER_CHARS for char in name):
            return None
    elif " " not in region:
        return None
    after = line[close + 1 :]
    if after.startswith("]"):
        after = after[1:]
    after = after.lstrip()
    if after and not after.startswith("#"):
        return None
    return array, name.replace('"', "").replace("'", "").replace(" ", "")
