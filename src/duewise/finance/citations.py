"""What a source shown to a reader may not be: empty, the project's own notes, or a strength mark.

Every rule, rate and fee in a preset, every entry of the future-borrowing model and every lesson
source names the *original* it comes from (a regulation, a regulator's page, a contract or help
text, with a name, number or address a reader can find) and the date it was true. A pointer into
the project's research notes (``credit-rules.md §3``, a bare ``§5.3``) is no source for a reader,
who has no such file, and a strength mark (``[W]``, ``[P via R]``) is shorthand for the notes'
legend: where a source is weak or a reproduction, the text says so in words ("a reproduction of
JD's help text", "a weak source").

The preset loader (``products.load_preset``), the borrowing-model loader
(``borrowing.load_rules``) and ``duewise lessons check`` all use :func:`findings`, so the rule is
stated once.

>>> [f.kind.value for f in findings("CGB contract (credit-rules.md §3) [P via R]")]
['notes_file', 'notes_section', 'strength_mark']
>>> findings("12 CFR §1026.52(b)(1)(ii); FCRA §605(a)(5); NCLC §8.3.2.2.3")
()
>>> [f.text for f in findings("PBOC codes (§4)")]
['§4']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Flaw(StrEnum):
    """Why a source text is not one a reader can look up."""

    EMPTY = "empty"
    NOTES_FILE = "notes_file"  # the project's research notes (credit-rules.md, any *.md file)
    NOTES_SECTION = "notes_section"  # a bare pointer into those notes: "§4", "§5.3"
    STRENGTH_MARK = "strength_mark"  # "[W]", "[R]", "[P via R]"


@dataclass(frozen=True)
class Finding:
    """One flaw and the text that shows it (empty for :attr:`Flaw.EMPTY`)."""

    kind: Flaw
    text: str


# The notes file by name (with or without ".md"), its folder, or any bare Markdown file name that
# is not part of a path or address (a URL ending in README.md is a findable page; notes.md is not).
_NOTES_FILE = re.compile(
    r"credit[-_ ]rules(?:\.md)?|shared/reference|(?<![\w./-])[\w-]+\.md\b", re.IGNORECASE
)
# A section of the notes: "§" and one digit 1–7 with at most one ".n", standing alone. A statute or
# regulation section has more digits or a paragraph ("§605(a)", "§1026.52", "§201"), and a
# treatise's section more levels ("§8.3.2.2.3", "§5.2.3.2.1").
_NOTES_SECTION = re.compile(r"§\s*[1-7](?:\.\d)?(?![\w.(])")
# The notes' strength legend in brackets, alone or chained ("[P via R]", "[R of P]").
_STRENGTH = re.compile(
    r"\[\s*(?:[PRWSM]|primary|reproduction|weak|strong|medium)"
    r"(?:\s+(?:via|of)\s+[PRW])?\s*\](?!\w)",
    re.IGNORECASE,
)


def findings(text: str, *, empty_ok: bool = False) -> tuple[Finding, ...]:
    """Every reason ``text`` is not a source a reader can look up (none: it may be shown).

    Args:
        text: the source as it will be shown.
        empty_ok: an empty text is allowed (a note, which is optional, not a source).
    """
    if not text.strip():
        return () if empty_ok else (Finding(Flaw.EMPTY, ""),)
    found = [Finding(Flaw.NOTES_FILE, m.group(0)) for m in _NOTES_FILE.finditer(text)]
    found += [Finding(Flaw.NOTES_SECTION, m.group(0)) for m in _NOTES_SECTION.finditer(text)]
    found += [Finding(Flaw.STRENGTH_MARK, m.group(0)) for m in _STRENGTH.finditer(text)]
    return tuple(found)


_ADVICE = {
    Flaw.EMPTY: "is empty: name the original source",
    Flaw.NOTES_FILE: (
        "names the project's notes ({text!r}): cite the original (regulation, regulator's page, "
        "contract or help text) by a name, number or address a reader can find"
    ),
    Flaw.NOTES_SECTION: (
        "points into the project's notes ({text!r}): cite the original by a name, number or "
        "address a reader can find"
    ),
    Flaw.STRENGTH_MARK: (
        "carries a strength mark ({text!r}): say in words what the source is (a reproduction, "
        "a weak source, not confirmed)"
    ),
}


def describe(finding: Finding) -> str:
    """An English sentence ending "the source …" for error messages: ``"is empty: …"``."""
    return _ADVICE[finding.kind].format(text=finding.text)


def in_language(english: str, chinese: str | None, language: str) -> str:
    """A source (or note) in ``language``: ``"zh"`` or ``"en"``, as lesson packs name languages
    (``duewise.content.language.Language``). The Chinese text where one is written, else the
    English, which is also what every other reader (the CLI, JSON) sees."""
    return chinese or english if language == "zh" else english
