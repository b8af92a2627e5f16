"""Linear-time scanners for author text: code spans, inline links, headings and TOML headers.

The regular expressions these replace backtrack on hostile input (a line of 12,000 backticks took
14 s in the code-span pattern; runs of ``[`` in the inline-link pattern and runs of spaces in the
TOML header pattern took over 40 s). Each scanner here looks at every character a bounded number
of times: it precomputes "where is the next X" tables in one right-to-left pass, or walks forward
with ``str.find`` from a position that only ever grows.

The link and header scanners give exactly what the old patterns matched (a test compares them on
random short strings); the code-span scanner follows CommonMark instead (a closing run of
backticks must be as long as the opening one; a backslash before an opening backtick makes it
literal), which is what Qt's Markdown parser (md4c) does.
"""

from __future__ import annotations

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


def _next_index(text: str, wanted: str) -> list[int]:
    """``table[i]``: the first index ``>= i`` with a character of ``wanted`` (``len`` if none)."""
    size = len(text)
    table = [size] * (size + 1)
    last = size
    for index in range(size - 1, -1, -1):
        if text[index] in wanted:
            last = index
        table[index] = last
    return table


class _LinkScanner:
    """One line's tables for :func:`inline_links` (each built in one pass)."""

    def __init__(self, text: str) -> None:
        self.text = text
        size = self.size = len(text)
        self.close_bracket = _next_index(text, "]")
        self.gt = _next_index(text, ">")
        self.dquote = _next_index(text, '"')
        self.squote = _next_index(text, "'")
        self.rparen = _next_index(text, ")")
        # First non-space at or after i.
        self.after_space = [size] * (size + 1)
        # Link text ``(?:[^\[\]]|\[[^\]]*\])*\]`` from i: the index of its closing "]", or -1.
        self.text_end = [-1] * (size + 1)
        # Bare destination ``(?:[^\s()]|\([^\s()]*\))*`` from i: where it stops.
        self.bare_end = [size] * (size + 1)
        stop = size  # first space, "(" or ")" at or after i
        for index in range(size - 1, -1, -1):
            char = text[index]
            space = char.isspace()
            self.after_space[index] = self.after_space[index + 1] if space else index
            if char == "]":
                self.text_end[index] = index
            elif char == "[":
                close = self.close_bracket[index + 1]
                self.text_end[index] = self.text_end[close + 1] if close < size else -1
            else:
                self.text_end[index] = self.text_end[index + 1]
            if space or char == ")":
                self.bare_end[index] = index
            elif char == "(":
                if stop < size and text[stop] == ")":
                    self.bare_end[index] = self.bare_end[stop + 1]
                else:
                    self.bare_end[index] = index
            else:
                self.bare_end[index] = self.bare_end[index + 1]
            if space or char in "()":
                stop = index
        self._tails: dict[int, int] = {}
        self._destinations: dict[int, tuple[int, int, int] | None] = {}

    def _closing_paren(self, index: int) -> int:
        """``\\s*\\)`` at ``index``: the end of the match or -1."""
        at = self.after_space[index]
        return at + 1 if at < self.size and self.text[at] == ")" else -1

    def _title_then_paren(self, index: int) -> int:
        """``\\s+(?:"…"|'…'|(…))\\s*\\)`` at ``index``: the end of the match or -1."""
        at = self.after_space[index]
        if at == index or at >= self.size:
            return -1
        opening = self.text[at]
        table = {'"': self.dquote, "'": self.squote, "(": self.rparen}.get(opening)
        if table is None:
            return -1
        close = table[at + 1]
        if close >= self.size:
            return -1
        return self._closing_paren(close + 1)

    def tail(self, index: int) -> int:
        """``(?:\\s+TITLE)?\\s*\\)`` at ``index``: the end of the match or -1."""
        if index not in self._tails:
            end = self._title_then_paren(index)
            self._tails[index] = end if end != -1 else self._closing_paren(index)
        return self._tails[index]

    def destination(self, index: int) -> tuple[int, int, int] | None:
        """After ``](`` at ``index``: (destination start, destination end, link end)."""
        if index in self._destinations:
            return self._destinations[index]
        text, size = self.text, self.size
        found: tuple[int, int, int] | None = None
        start = self.after_space[index]
        if start < size and text[start] == "<":
            close = self.gt[start + 1]
            if close < size:
                end = self.tail(close + 1)
                if end != -1:
                    found = (start, close + 1, end)
        if found is None:
            stop = self.bare_end[start]
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
        close = scanner.text_end[bracket + 1] if bracket + 1 <= size else -1
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
