"""Lesson prose (``zh.md``/``en.md``): cut into sections at ``## Title {#id}``, split into Markdown
and blocks, and scanned for raw HTML and disallowed links.

This is not a Markdown renderer (Qt renders the text); it only finds the structure the format
defines, with line numbers, and refuses anything that could load or run something.

Every pattern here runs in linear time on author text: the ones that could backtrack (headings,
code spans, inline links) are hand-written scanners in :mod:`duewise.content.scan`; the regular
expressions left are anchored or single-pass (each notes why it cannot backtrack).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from duewise.content import limits, problems, scan
from duewise.content.blocks import BLOCK_KINDS, BlockContext, parse_block
from duewise.content.fields import ID_PATTERN, ID_RULE, did_you_mean
from duewise.content.model import (
    Block,
    CalculatorBlock,
    ChoiceBlock,
    FigureRef,
    Language,
    LessonBody,
    Markdown,
    PracticeBlock,
    RecordBlock,
    Section,
    Segment,
)
from duewise.content.problems import Problem

PLAIN_CODE = frozenset({"", "text", "txt", "plain", "plaintext"})
"""Fence languages that mean an ordinary code block rather than an interactive block."""

# Anchored, and each quantified part stops at a character the next part cannot start with, so a
# failed match gives back nothing that could succeed: one pass per line.
_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})(.*)$")
# The "# Title" line: after "#" and its spaces, ".*" takes the rest of the line, so "$" never
# fails: no backtracking.
_H1 = re.compile(r"^ {0,3}#[ \t]+(.*)$")
_FIGURE_LINE = re.compile(r"^\s*!\[([^\]]*)\]\(\s*<?(figure:[^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)\s*$")
_REFERENCE_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
# Searched, but each attempt starts at "<" (or "http://") and scans at most to the next "<" or
# ">" (a bare URL: to the end of its run, which the match then consumes): linear in the line.
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\s]*)>")
_HTML = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9\-]*(?:\s[^<>]*)?/?>|!--|![A-Za-z]|\?)")
_BARE_HTTP = re.compile(r"(?<![(<\w])http://[^\s)>]+")
_MAYBE_UNSAFE = re.compile(r"[<\]]|http://")  # a fast way past text with no link or tag
_SNIPPET = 40  # characters of raw HTML quoted in a problem


@dataclass(frozen=True, slots=True)
class Link:
    """A link whose target must be checked against the pack (``glossary:``, ``lesson:``)."""

    scheme: str  # "glossary", "lesson", or "section" (a #section link in lesson.toml text)
    target: str  # after the scheme
    line: int


@dataclass(frozen=True, slots=True)
class Signature:
    """What must be equal between the languages for one block; ``params`` is None if broken."""

    kind: str
    params: tuple[tuple[str, object], ...] | None
    line: int


@dataclass(slots=True)
class ParsedBody:
    """A parsed prose file and what the pack-level checks need from it."""

    body: LessonBody
    links: list[Link] = field(default_factory=list)
    # (section id or None when its heading has no valid id, heading line); intro not included
    sections: list[tuple[str | None, int]] = field(default_factory=list)
    # section id ("" for the introduction) -> its blocks' signatures
    signatures: dict[str, list[Signature]] = field(default_factory=dict)
    title_line: int = 0  # the line of the "# Title" the file starts with (0: none)


def signature(block: Block) -> Signature:
    """The language-independent part of a block."""
    if isinstance(block, CalculatorBlock):
        params: tuple[tuple[str, object], ...] = (
            ("product", block.product),
            ("amount", str(block.amount)),
            ("scenario", str(block.scenario)),
            ("then", block.then.value if block.then else None),
            ("sliders", tuple(s.value for s in block.sliders)),
        )
        return Signature("calculator", params, block.line)
    if isinstance(block, RecordBlock):
        params = (
            ("system", block.system.value),
            ("start", block.start.strftime("%Y-%m")),
            ("codes", "".join(block.codes) if len(block.codes[0]) == 1 else ",".join(block.codes)),
        )
        return Signature("record", params, block.line)
    if isinstance(block, ChoiceBlock):
        verdicts = ", ".join(o.verdict.value if o.verdict else "none" for o in block.options)
        params = (("id", block.id), ("options", len(block.options)), ("verdicts", verdicts))
        return Signature("choice", params, block.line)
    if isinstance(block, PracticeBlock):
        return Signature("practice", (("question", block.question),), block.line)
    return Signature("figure", (("figure", block.name),), block.line)


class _Builder:
    def __init__(
        self,
        path: Path,
        language: Language,
        context: BlockContext,
        figures_dir: Path,
        sink: list[Problem],
    ) -> None:
        self.path = path
        self.language = language
        self.context = context
        self.figures_dir = figures_dir
        self.sink = sink
        self.intro: list[Segment] = []
        self.sections: list[Section] = []
        self.section_id: str | None = None
        self.section_title = ""
        self.section_line = 0
        self.segments: list[Segment] = self.intro
        self.practice: list[PracticeBlock] = []
        self.buffer: list[str] = []
        self.buffer_line = 0
        self.parsed = ParsedBody(LessonBody(language, path, (), ()))
        self.parsed.signatures[""] = []
        self.anchors: list[tuple[str, int]] = []
        self.title = ""  # the "# Title" the file starts with

    def report(self, code: str, line: int, **params: object) -> None:
        self.sink.append(problems.make(code, self.path, line, **params))

    # -- assembling ----------------------------------------------------------------------------

    def add_text(self, line: str, number: int) -> None:
        if not self.buffer:
            self.buffer_line = number
        self.buffer.append(line)

    def flush(self) -> None:
        text = "\n".join(self.buffer).strip("\n")
        if text.strip():
            self.segments.append(Markdown(text, self.buffer_line + _leading_blank(self.buffer)))
        self.buffer = []

    def add_block(self, block: Block | None, kind: str, line: int) -> None:
        self.flush()
        key = "" if self.segments is self.intro else self.section_id or f"?{self.section_line}"
        if block is None:
            self.parsed.signatures.setdefault(key, []).append(Signature(kind, None, line))
            return
        self.parsed.signatures.setdefault(key, []).append(signature(block))
        if isinstance(block, PracticeBlock):  # kept apart from the segments: see PracticeBlock
            if self.segments is self.intro:
                self.report("practice_in_intro", line)
            else:
                self.practice.append(replace(block, after=len(self.segments)))
            return
        self.segments.append(block)

    def close_section(self) -> None:
        self.flush()
        if self.segments is not self.intro:
            self.sections.append(
                Section(
                    self.section_id or "",
                    self.section_title,
                    tuple(self.segments),
                    self.section_line,
                    tuple(self.practice),
                )
            )
        self.practice = []

    def open_section(self, title_part: str, number: int) -> None:
        self.close_section()
        match = scan.heading_id(title_part)
        section_id: str | None = None
        title = title_part
        if match is None:
            self.report("section_no_id", number, title=title_part.strip() or "Title")
        else:
            title, raw_id = match[0].strip(), match[1].strip()
            if not ID_PATTERN.match(raw_id):
                self.report("bad_id", number, id=raw_id, kind="section", rule=ID_RULE)
            else:
                section_id = raw_id
                for known, first in self.parsed.sections:
                    if known == raw_id:
                        first_at = f"line {first}"
                        self.report(
                            "duplicate_id", number, kind="section", id=raw_id, first=first_at
                        )
                        section_id = None
                        break
        self.parsed.sections.append((section_id, number))
        self.section_id = section_id
        self.section_title = title
        self.section_line = number
        self.segments = []
        if section_id is not None:
            self.parsed.signatures[section_id] = []

    # -- checks on one line of prose -------------------------------------------------------------

    def scan(self, line: str, number: int) -> None:
        if not _MAYBE_UNSAFE.search(line):
            return
        visible = scan.blank_code_spans(line)
        for match in _HTML.finditer(visible):
            start = match.start()
            # Quote at most _SNIPPET characters, up to the tag's ">" when it comes that soon
            # (searching further for every match would make a line of "<!--" quadratic).
            close = visible.find(">", start, start + _SNIPPET)
            snippet = visible[start : close + 1 if close != -1 else start + _SNIPPET]
            self.report("raw_html", number, html=snippet.strip()[:_SNIPPET])
        links = scan.inline_links(visible)
        for link in links:
            self.check_target(link.destination.strip("<>"), number, image=link.image)
        reference = _REFERENCE_DEF.match(visible)
        if reference:
            self.check_target(reference.group(1).strip("<>"), number, image=False)
        for match in _AUTOLINK.finditer(visible):
            self.check_target(match.group(1), number, image=False)
        for match in _BARE_HTTP.finditer(scan.without_links(visible, links)):
            target = match.group(0).rstrip(".,;:!?")
            self.report("bad_link", number, target=target, detail="use https://")

    def check_target(self, target: str, number: int, *, image: bool) -> None:
        scheme_match = _SCHEME.match(target)
        scheme = scheme_match.group(1).lower() if scheme_match else ""
        rest = target[len(scheme) + 1 :] if scheme else target
        if image:
            if scheme == "figure":
                self.report("figure_inline", number, target=target)
            elif scheme in ("http", "https") or target.startswith("//"):
                self.report("remote_image", number, target=target)
            else:
                detail = "images load only from figure:NAME (a file in assets/figures/)"
                self.report("bad_link", number, target=target, detail=detail)
            return
        if scheme == "https":
            return
        if scheme in ("glossary", "lesson"):
            self.parsed.links.append(Link(scheme, rest, number))
            return
        if not scheme and target.startswith("#") and len(target) > 1:
            self.anchors.append((target[1:], number))
            return
        if scheme == "http":
            detail = "use https://"
        elif scheme == "figure":
            detail = "figure: is for images: ![alt](figure:NAME)"
        else:
            detail = "links may use https:, glossary:, lesson: or #section"
        self.report("bad_link", number, target=target or "(empty)", detail=detail)

    def figure(self, alt: str, target: str, number: int) -> FigureRef | None:
        name = target[len("figure:") :]
        base = self.figures_dir.resolve()
        resolved = (base / name).resolve()
        inside = bool(name) and "\\" not in name and not name.startswith("/")
        if not inside or not resolved.is_relative_to(base) or resolved == base:
            self.report("figure_outside", number, name=name)
            return None
        if not resolved.is_file():
            self.report("figure_missing", number, name=name)
            return None
        return FigureRef(name, alt, resolved, number)

    def finish(self) -> ParsedBody:
        self.close_section()
        if not self.parsed.sections:
            # The reader opens a lesson at its first section: without one there is nothing to show.
            self.report("no_sections", 1)
        ids = [s.id for s in self.sections if s.id]
        for anchor, number in self.anchors:
            if anchor not in ids:
                self.report(
                    "unknown_section",
                    number,
                    id=anchor,
                    known=", ".join(ids) or "no sections",
                )
        self.parsed.body = LessonBody(
            self.language, self.path, tuple(self.intro), tuple(self.sections), self.title
        )
        return self.parsed


def _leading_blank(lines: list[str]) -> int:
    count = 0
    for line in lines:
        if line.strip():
            break
        count += 1
    return count


def parse_body(
    text: str,
    path: Path,
    language: Language,
    *,
    context: BlockContext,
    figures_dir: Path,
    sink: list[Problem],
) -> ParsedBody:
    """Parse one prose file, appending its problems to ``sink``.

    Args:
        text: the file's text.
        path: the file, for problem locations.
        language: which language it is.
        context: what block checks need (preset ids).
        figures_dir: ``assets/figures``; figures are looked up here and nowhere else.
        sink: problems are appended here.
    """
    builder = _Builder(path, language, context, figures_dir, sink)
    lines = text.splitlines()
    fence: tuple[str, int, str, int] | None = None  # (char, length, kind, opening line)
    fence_body: list[str] = []
    started = False
    for number, line in enumerate(lines, start=1):
        if limits.saturated(sink):
            break  # the lesson has failed many times over: stop looking
        if not started and line.strip():
            started = True
            title = _H1.match(line)
            if title:  # the "# Title" the file starts with: the lesson title, not intro text
                builder.scan(line, number)
                builder.title = title.group(1).strip()
                builder.parsed.title_line = number
                continue
        if fence is not None:
            char, length, kind, opened = fence
            stripped = line.strip()
            closes = (
                len(line) - len(line.lstrip(" ")) <= 3
                and stripped
                and set(stripped) == {char}
                and len(stripped) >= length
            )
            if closes:
                if kind in BLOCK_KINDS:
                    block = parse_block(
                        kind, "\n".join(fence_body), path, opened, context=context, sink=sink
                    )
                    builder.add_block(block, kind, opened)
                else:
                    builder.add_text(line, number)
                fence = None
            elif kind in BLOCK_KINDS:
                fence_body.append(line)
            else:
                builder.add_text(line, number)
            continue
        fence_match = _FENCE.match(line)
        if fence_match and not (fence_match.group(2)[0] == "`" and "`" in fence_match.group(3)):
            info = fence_match.group(3).strip()
            kind = info.split()[0] if info else ""
            fence = (fence_match.group(2)[0], len(fence_match.group(2)), kind, number)
            fence_body = []
            if kind in BLOCK_KINDS:
                builder.flush()
                continue
            if kind not in PLAIN_CODE:
                hint = did_you_mean(kind, BLOCK_KINDS)
                builder.report("unknown_block", number, kind=kind, hint=hint)
            builder.add_text(line, number)
            continue
        heading = scan.h2_title(line)
        if heading is not None:
            builder.open_section(heading, number)
            continue
        figure = _FIGURE_LINE.match(line)
        if figure:
            ref = builder.figure(figure.group(1), figure.group(2), number)
            builder.add_block(ref, "figure", number)
            continue
        builder.scan(line, number)
        builder.add_text(line, number)
    if fence is not None:
        builder.report("unclosed_fence", fence[3])
    return builder.finish()


def needs_scan(text: str) -> bool:
    """Whether ``text`` has anything :func:`scan_text` could object to or collect."""
    return _MAYBE_UNSAFE.search(text) is not None


def scan_text(text: str, path: Path, line: int, sink: list[Problem]) -> list[Link]:
    """Check reader text from ``lesson.toml`` for raw HTML and disallowed links, reporting at
    ``line``; returns its ``glossary:``, ``lesson:`` and ``#section`` links for later checks."""
    if not _MAYBE_UNSAFE.search(text):
        return []
    builder = _Builder(path, Language.ZH, BlockContext(None), Path(), sink)
    for part in text.splitlines():
        builder.scan(part, line)
    anchors = [Link("section", anchor, number) for anchor, number in builder.anchors]
    return builder.parsed.links + anchors
