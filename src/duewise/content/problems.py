"""Problems found while loading a lesson pack: a code and parameters (for the UI) plus an English
message (for ``duewise lessons check``), always with the file and line."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType


class Severity(StrEnum):
    """ERROR problems make the lesson skipped; NOTEs say what could not be checked; WARNINGs
    (``duewise lessons check`` only) point at content that loads but could be better, such as a
    guessable answer key or a non-standard term."""

    ERROR = "error"
    NOTE = "note"
    WARNING = "warning"


# One English template per code; the UI words the same code and params in the reader's language.
MESSAGES: Mapping[str, str] = MappingProxyType(
    {
        "toml_syntax": "invalid TOML: {detail}",
        "not_utf8": "not UTF-8 text: {detail}",
        # Limits and safe reading (content/limits.py, content/packfiles.py).
        "unreadable": "cannot read this file: {detail}",
        "outside_pack": (
            "'{name}' leads outside the lesson pack (a link?); only files inside the pack are read"
        ),
        "not_a_file": "'{name}' is not a regular file",
        "too_large": "file too large: {size} bytes (at most {limit})",
        "pack_too_large": (
            "the pack's lesson files come to more than {limit} bytes; this file was not read"
        ),
        "line_too_long": "line longer than {limit} characters; the file was not read further",
        "too_deep": (
            "nested more than {limit} levels deep (each table, array, inline table and dotted "
            "key part is a level); not parsed"
        ),
        "too_many_tables": "more than {limit} [[{name}]] tables in one file",
        "too_many_questions": "more than {limit} questions in one lesson",
        "pack_too_many_questions": (
            "the pack has more than {limit} questions; this lesson's were not loaded"
        ),
        "too_many_lessons": (
            "the pack has more than {limit} lessons; this one and those after it (by folder name) "
            "were not read"
        ),
        "too_many_computes": (
            "more than {limit} answers computed by the finance engine in the pack; "
            "this one was not computed"
        ),
        "no_sections": "no sections: a lesson needs at least one '## Title {{#id}}' heading",
        "too_many_problems": (
            "more than {limit} problems in this lesson: the rest are not listed; fix these first"
        ),
        "file_missing": "missing {name}: every lesson folder needs lesson.toml, zh.md and en.md",
        "missing_field": "missing required field '{field}'",
        "unknown_field": "unknown field '{field}'{hint}",
        "not_used": "'{field}' is not used by {qtype} questions",
        "wrong_type": "'{field}' must be {expected}, not {actual}",
        "bad_value": "'{field}' {detail}",
        "bad_id": "'{id}' is not a valid {kind} id: {rule}",
        "duplicate_id": "duplicate {kind} id '{id}' (first defined at {first})",
        "unknown_objective": "unknown objective '{id}'{hint}",
        "unknown_section": "unknown section '{id}' (this lesson has: {known})",
        "unknown_glossary": "unknown glossary term '{id}'{hint}",
        "unknown_lesson": "unknown lesson '{id}'{hint}",
        "unknown_lesson_section": "lesson '{lesson}' has no section '{id}'",
        "bad_answer": "{detail}",
        "unknown_command": "unknown calc command '{command}' (one of: {known})",
        "compute_failed": "the finance engine cannot compute this: {detail}",
        "compute_no_result": "the result of '{command}' has no key '{result}' (it has: {known})",
        "compute_not_number": "the result '{result}' of '{command}' is not a number: {value}",
        "compute_mismatch": (
            "answer {answer} does not match the finance engine's {computed} "
            "({command} → {result}) within tolerance {tolerance}"
        ),
        "refs_unchecked": (
            "objective, glossary and lesson references in the pack were not checked "
            "until this file can be read"
        ),
        "engine_unavailable": "cannot check: finance engine not available ({what})",
        "unknown_block": (
            "unknown block kind '{kind}'{hint} (blocks: calculator, record, choice, practice; "
            "a plain code block has no language or 'text')"
        ),
        "block_toml": "invalid TOML in {kind} block: {detail}",
        "unknown_preset": "unknown product preset '{id}'{hint}",
        "bad_code": "'{code}' is not a {system} record code (allowed: {allowed})",
        "unclosed_fence": "code block opened here is never closed",
        "section_no_id": "level-2 heading needs a section id: '## {title} {{#some-id}}'",
        "figure_outside": "figure '{name}' must be a file name inside assets/figures/",
        "figure_missing": "figure not found: assets/figures/{name}",
        "figure_inline": "a figure must stand on a line of its own: {target}",
        "raw_html": "raw HTML is not allowed in lessons: {html}",
        "bad_link": "link '{target}' is not allowed: {detail}",
        "remote_image": "images load only from figure: (no remote resources): {target}",
        "parity": "{detail}",
        # the lesson-format additions of issue 13 (duewise.content.extras)
        "bad_url": "'{field}' must be an https:// address, not '{url}'",
        "practice_in_intro": (
            "a practice block must be inside a section (after a '## … {{#id}}' heading), "
            "not in the introduction"
        ),
        "practice_unknown": "practice block names '{id}', which is not a question of this lesson",
        "practice_not_pool": (
            "practice block names question '{id}', whose pool is '{pool}'; a practice block "
            'shows only a question with pool = "practice"'
        ),
        "practice_twice": (
            "practice question '{id}' is already shown by the practice block at line {first}; "
            "each practice question is shown by exactly one block"
        ),
        "practice_unused": (
            "practice question '{id}' is not shown by any practice block in {file}"
        ),
        "title_mismatch": "the title line '# {found}' differs from the lesson title '{title}'",
        # warnings (duewise.content.terms, duewise.content.guessing)
        "term_variant": 'non-standard term "{variant}": use "{preferred}"',
        "key_position": (
            "{scope}: {count} of {total} single-choice keys ({share}) are choice {position}; "
            "spread them so no position holds more than {limit}"
        ),
        "key_option": (
            "{scope}: choice {position} is in {count} of {total} multiple-choice keys ({share});"
            " at most {limit}"
        ),
        "true_share": (
            "{scope}: {count} of {total} true/false keys ({share}) are true; keep between "
            "{low} and {high}"
        ),
        "all_of_the_above": (
            "'{phrase}' in a choice: the answer can be guessed from it; write the choices "
            "without it"
        ),
        "longest_key": (
            "{scope}: the key is the longest choice in {count} of {total} single-choice "
            "questions ({share}, {language}); at most {limit}"
        ),
        "near_duplicate": "{detail}",
        # warnings (duewise.content.extras: sources a reader cannot look up)
        "source_notes": (
            "text ({language}) names the project's notes ('{found}'): cite the original "
            "(regulation, regulator's page, contract or help text) by a name, number or address "
            "a reader can find"
        ),
        "source_mark": (
            "text ({language}) carries a strength mark ('{found}'): say in words what the source "
            "is (a reproduction, a weak source, not confirmed)"
        ),
        # warnings (duewise.content.choice_advice)
        "choice_no_verdict": (
            'no option says how wise it is: give each option verdict = "wise", "mixed" or '
            '"unwise" and a why'
        ),
        "choice_verdict_partial": "option {option} has no {field}: give every option both",
        "choice_no_wise": 'no option is marked verdict = "wise": say which choice is wiser',
    }
)


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in a pack.

    Attributes:
        path: the file (as found under the pack path given to the loader).
        line: 1-based line in that file.
        code: stable machine-readable code, a key of :data:`MESSAGES`.
        message: English message, including the ``where`` context when there is one.
        params: the values the message names (for the UI to word in another language).
        severity: ERROR (the lesson is skipped), NOTE (something could not be checked) or
            WARNING (it loads, but could be better).
    """

    path: Path
    line: int
    code: str
    message: str
    params: Mapping[str, object]
    severity: Severity = Severity.ERROR

    def format(self, relative_to: Path | None = None) -> str:
        """``path:line: message`` (notes: ``path:line: note: message``, warnings:
        ``path:line: warning: message``); the path relative to ``relative_to`` when it lies
        inside it."""
        path = self.path
        if relative_to is not None:
            try:
                path = Path(os.path.relpath(self.path, relative_to))
            except ValueError:  # another drive on Windows
                path = self.path
            if path.parts[:1] == ("..",):
                path = self.path
        prefix = "" if self.severity is Severity.ERROR else f"{self.severity.value}: "
        return f"{path.as_posix()}:{self.line}: {prefix}{self.message}"

    def __str__(self) -> str:
        return self.format()


def make(
    code: str,
    path: Path,
    line: int,
    where: str = "",
    severity: Severity = Severity.ERROR,
    /,
    **params: object,
) -> Problem:
    """Build a problem from its code and params; ``where`` (``question 'wic-01'``) prefixes it."""
    message = MESSAGES[code].format(**params)
    if where:
        message = f"{where}: {message}"
        params = {"where": where, **params}
    return Problem(path, max(line, 1), code, message, MappingProxyType(dict(params)), severity)
