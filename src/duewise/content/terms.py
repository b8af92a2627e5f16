"""The course's term list (``terms.toml`` at the pack root) and the check that flags variants.

For every variant of a term found in a Chinese text (``zh.md``, and every ``zh`` string of
``lesson.toml``), ``duewise lessons check`` prints
``path:line: warning: non-standard term "放贷方": use "贷款机构"``, once per variant and line.
Text in code spans and in 《quoted titles》 is not checked (a regulation keeps its own words); a
term's ``allowed_near`` words make a variant right in a sentence that also holds one of them
(``信用报告`` in a sentence about the US).

The scan is linear in the text: one pass with a compiled alternation of the variants.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from duewise.content import problems
from duewise.content.fields import Fields, type_name
from duewise.content.problems import Problem, Severity
from duewise.content.tomllines import TomlLines, decode_error

TERMS_FILE = "terms.toml"
MAX_TERMS_BYTES = 256 * 1024
"""A term list larger than this is refused (it is a short, hand-written list)."""

_ZH_STRING = re.compile(
    r"""\bzh\s*=\s*(?:"{3}(?P<ml>.*?)"{3}|'{3}(?P<mll>.*?)'{3}"""
    r"""|"(?P<basic>(?:[^"\\\n]|\\.)*)"|'(?P<literal>[^'\n]*)')""",
    re.DOTALL,
)
_TITLE = re.compile(r"《[^《》\n]*》")
_CODE_SPAN = re.compile(r"`[^`\n]*`")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*(\S*)")
_PLAIN_FENCES = frozenset({"", "text", "txt", "plain", "plaintext"})
_SENTENCE_END = "。！？!?\n"


@dataclass(frozen=True, slots=True)
class Term:
    """One entry of the term list."""

    preferred: str
    variants: tuple[str, ...]
    note: str = ""
    allowed_near: tuple[str, ...] = ()


@dataclass(frozen=True)
class TermList:
    """The pack's term list, ready to scan with."""

    terms: tuple[Term, ...]
    _by_variant: dict[str, Term] = field(init=False, repr=False, compare=False)
    _pattern: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_variant = {v: t for t in self.terms for v in t.variants}
        longest_first = sorted(by_variant, key=len, reverse=True)
        pattern = "|".join(re.escape(v) for v in longest_first)
        object.__setattr__(self, "_by_variant", by_variant)
        object.__setattr__(self, "_pattern", re.compile(pattern) if pattern else None)

    def find(self, text: str) -> Iterator[tuple[int, str, Term]]:
        """``(offset, variant, term)`` for each variant in ``text`` that should be replaced."""
        if self._pattern is None:
            return
        visible = _blank(_CODE_SPAN, _blank(_TITLE, text))
        for match in self._pattern.finditer(visible):
            term = self._by_variant[match.group(0)]
            if term.allowed_near and _near(visible, match.start(), match.end(), term):
                continue
            yield match.start(), match.group(0), term


def _blank(pattern: re.Pattern[str], text: str) -> str:
    if not pattern.search(text):
        return text
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _near(text: str, start: int, end: int, term: Term) -> bool:
    """Whether the sentence around ``text[start:end]`` holds one of the term's allowed words."""
    begin = max((text.rfind(mark, 0, start) for mark in _SENTENCE_END), default=-1) + 1
    stops = [i for i in (text.find(mark, end) for mark in _SENTENCE_END) if i >= 0]
    sentence = text[begin : min(stops) if stops else len(text)]
    return any(word in sentence for word in term.allowed_near)


def load_terms(pack: Path, sink: list[Problem]) -> TermList | None:
    """The term list of the pack in ``pack``, or ``None`` when it has none or it is broken
    (its problems are appended to ``sink``)."""
    path = pack / TERMS_FILE
    if not path.is_file():
        return None
    try:
        if path.stat().st_size > MAX_TERMS_BYTES:
            detail = f"larger than {MAX_TERMS_BYTES // 1024} KiB"
            sink.append(problems.make("bad_value", path, 1, field=TERMS_FILE, detail=detail))
            return None
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        sink.append(problems.make("not_utf8", path, 1, detail=str(error)))
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line, detail = decode_error(error, text)
        sink.append(problems.make("toml_syntax", path, line, detail=detail))
        return None
    lines = TomlLines(text)
    root = Fields(data, path, lines, sink=sink)
    before = len(sink)
    root.check_keys((), ("terms",))
    raw = data.get("terms", [])
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        root.report(
            "wrong_type", "terms", field="terms", expected="[[terms]] tables", actual=type_name(raw)
        )
        return None
    terms: list[Term] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(raw):
        fields = Fields(
            item, path, lines, table="terms", index=index, where=f"term #{index + 1}", sink=sink
        )
        fields.check_keys(("preferred", "variants"), ("note", "allowed_near"))
        preferred = fields.string("preferred")
        variants = _words(fields, "variants")
        allowed = _words(fields, "allowed_near", empty_ok=True)
        note = fields.string("note", empty_ok=True) or ""
        if preferred is None or variants is None or allowed is None:
            continue
        for variant in variants:
            if variant in seen:
                fields.report(
                    "duplicate_id",
                    "variants",
                    kind="variant",
                    id=variant,
                    first=f"{TERMS_FILE}:{seen[variant]}",
                )
            elif variant in preferred or preferred in variant:
                detail = f"'{variant}' and the preferred '{preferred}' contain one another"
                fields.report("bad_value", "variants", field="variants", detail=detail)
            seen.setdefault(variant, fields.line("variants"))
        terms.append(Term(preferred, variants, note, allowed))
    if any(p.severity is Severity.ERROR for p in sink[before:]):
        return None
    return TermList(tuple(terms))


def _words(fields: Fields, key: str, *, empty_ok: bool = False) -> tuple[str, ...] | None:
    raw = fields.data.get(key, [])
    if (
        not isinstance(raw, list)
        or not all(isinstance(w, str) and w.strip() for w in raw)
        or (not raw and not empty_ok)
    ):
        expected = "a list of words" + ("" if empty_ok else ", at least one")
        fields.report("wrong_type", key, field=key, expected=expected, actual=type_name(raw))
        return None
    return tuple(w.strip() for w in raw)


# ---- scanning a pack ---------------------------------------------------------------------------


def _warn(path: Path, line: int, variant: str, term: Term) -> Problem:
    return problems.make(
        "term_variant",
        path,
        line,
        "",
        Severity.WARNING,
        variant=variant,
        preferred=term.preferred,
    )


def _scan_lines(
    terms: TermList, path: Path, pieces: Sequence[tuple[int, str]]
) -> Iterator[Problem]:
    """``pieces``: ``(first line, text)``; one warning per variant and line."""
    reported: set[tuple[int, str]] = set()
    for first, text in pieces:
        newlines = [i for i, c in enumerate(text) if c == "\n"] if "\n" in text else []
        for offset, variant, term in terms.find(text):
            line = first + bisect_left(newlines, offset)
            if (line, variant) not in reported:
                reported.add((line, variant))
                yield _warn(path, line, variant, term)


def _markdown_pieces(text: str) -> list[tuple[int, str]]:
    """The lines of a prose file that a reader sees (not those of plain code blocks)."""
    pieces: list[tuple[int, str]] = []
    fence: str | None = None
    plain = False
    for number, line in enumerate(text.splitlines(), start=1):
        match = _FENCE.match(line)
        if fence is None and match:
            fence, plain = match.group(1), match.group(2) in _PLAIN_FENCES
            continue
        if fence is not None and line.strip().startswith(fence) and set(line.strip()) == {fence[0]}:
            fence = None
            continue
        if fence is None or not plain:
            pieces.append((number, line))
    return pieces


def _toml_pieces(text: str) -> list[tuple[int, str]]:
    """Every ``zh = "…"`` string of a ``lesson.toml``, with the line it starts on."""
    pieces: list[tuple[int, str]] = []
    line, last = 1, 0
    for match in _ZH_STRING.finditer(text):
        line += text.count("\n", last, match.start())
        last = match.start()
        value = next(g for g in match.groups() if g is not None)
        start = match.start(next(k for k, g in match.groupdict().items() if g is not None))
        pieces.append((line + text.count("\n", match.start(), start), value))
    return pieces


def check_folder(terms: TermList, folder: Path) -> list[Problem]:
    """Warnings for the variants in the Chinese texts of one lesson folder."""
    found: list[Problem] = []
    for name, split in (("zh.md", _markdown_pieces), ("lesson.toml", _toml_pieces)):
        path = folder / name
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):  # the loader reports this file already
            continue
        found.extend(_scan_lines(terms, path, split(text)))
    return found


def check_pack(pack: Path, folders: Sequence[Path], sink: list[Problem]) -> list[Problem]:
    """Warnings for the lesson ``folders`` of the pack in ``pack`` (also those of lessons that did
    not load: their text is there to read); problems of ``terms.toml`` go to ``sink``."""
    terms = load_terms(pack, sink)
    if terms is None:
        return []
    return [problem for folder in folders for problem in check_folder(terms, folder)]
