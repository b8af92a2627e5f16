"""The error catalogue's words for the problems of a lesson pack (Qt context ``LessonProblems``).

Part of the one catalogue, ``ui/common/errors.py``, which re-exports :func:`lesson_problem`: the
loader's ``Problem`` has a code and parameters, and the English checker text is only the fallback.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from duewise import paths

if TYPE_CHECKING:  # annotations only: the Learn page imports this module before the first paint
    from duewise.content.problems import Problem


def lesson_problem(problem: Problem) -> str:
    """A loader problem worded in the current language (the English checker text as fallback)."""

    templates = {
        "toml_syntax": QCoreApplication.translate("LessonProblems", "invalid TOML: {detail}"),
        "not_utf8": QCoreApplication.translate("LessonProblems", "not UTF-8 text: {detail}"),
        "file_missing": QCoreApplication.translate(
            "LessonProblems",
            "missing {name}: every lesson folder needs lesson.toml, zh.md and en.md",
        ),
        "missing_field": QCoreApplication.translate(
            "LessonProblems", "missing required field '{field}'"
        ),
        "unknown_field": QCoreApplication.translate(
            "LessonProblems", "unknown field '{field}'{hint}"
        ),
        "wrong_type": QCoreApplication.translate(
            "LessonProblems", "'{field}' must be {expected}, not {actual}"
        ),
        "bad_value": QCoreApplication.translate(
            "LessonProblems", "'{field}' has a value that cannot be used: {detail}"
        ),
        "bad_id": QCoreApplication.translate(
            "LessonProblems", "'{id}' is not a valid {kind} id: {rule}"
        ),
        "duplicate_id": QCoreApplication.translate(
            "LessonProblems", "duplicate {kind} id '{id}' (first defined at {first})"
        ),
        "unknown_objective": QCoreApplication.translate(
            "LessonProblems", "unknown objective '{id}'{hint}"
        ),
        "unknown_section": QCoreApplication.translate(
            "LessonProblems", "unknown section '{id}' (this lesson has: {known})"
        ),
        "unknown_glossary": QCoreApplication.translate(
            "LessonProblems", "unknown glossary term '{id}'{hint}"
        ),
        "unknown_lesson": QCoreApplication.translate(
            "LessonProblems", "unknown lesson '{id}'{hint}"
        ),
        "unknown_lesson_section": QCoreApplication.translate(
            "LessonProblems", "lesson '{lesson}' has no section '{id}'"
        ),
        "unknown_block": QCoreApplication.translate(
            "LessonProblems", "unknown block kind '{kind}'{hint}"
        ),
        "block_toml": QCoreApplication.translate(
            "LessonProblems", "invalid TOML in {kind} block: {detail}"
        ),
        "unknown_preset": QCoreApplication.translate(
            "LessonProblems", "unknown product preset '{id}'{hint}"
        ),
        "bad_code": QCoreApplication.translate(
            "LessonProblems", "'{code}' is not a {system} record code (allowed: {allowed})"
        ),
        "unclosed_fence": QCoreApplication.translate(
            "LessonProblems", "code block opened here is never closed"
        ),
        "section_no_id": QCoreApplication.translate(
            "LessonProblems", "level-2 heading needs a section id: '## {title} {{#some-id}}'"
        ),
        "figure_outside": QCoreApplication.translate(
            "LessonProblems", "figure '{name}' must be a file name inside assets/figures/"
        ),
        "figure_missing": QCoreApplication.translate(
            "LessonProblems", "figure not found: assets/figures/{name}"
        ),
        "figure_inline": QCoreApplication.translate(
            "LessonProblems", "a figure must stand on a line of its own: {target}"
        ),
        "raw_html": QCoreApplication.translate(
            "LessonProblems", "raw HTML is not allowed in lessons: {html}"
        ),
        "bad_link": QCoreApplication.translate(
            "LessonProblems", "link '{target}' is not allowed: {detail}"
        ),
        "remote_image": QCoreApplication.translate(
            "LessonProblems", "images load only from figure: (no remote resources): {target}"
        ),
        "bad_url": QCoreApplication.translate(
            "LessonProblems", "'{field}' must be an https:// address, not '{url}'"
        ),
        "practice_in_intro": QCoreApplication.translate(
            "LessonProblems",
            "a practice block must be inside a section (after a '## … {{#id}}' heading), "
            "not in the introduction",
        ),
        "practice_unknown": QCoreApplication.translate(
            "LessonProblems", "practice block names '{id}', which is not a question of this lesson"
        ),
        "practice_not_pool": QCoreApplication.translate(
            "LessonProblems",
            "practice block names question '{id}', whose pool is '{pool}'; a practice block "
            'shows only a question with pool = "practice"',
        ),
        "practice_twice": QCoreApplication.translate(
            "LessonProblems",
            "practice question '{id}' is already shown by the practice block at line {first}; "
            "each practice question is shown by exactly one block",
        ),
        "practice_unused": QCoreApplication.translate(
            "LessonProblems",
            "practice question '{id}' is not shown by any practice block in {file}",
        ),
        "unreadable": QCoreApplication.translate(
            "LessonProblems",
            "cannot read this file: {detail}",
        ),
        "outside_pack": QCoreApplication.translate(
            "LessonProblems",
            "'{name}' leads outside the lesson pack (a link?); only files inside the pack are read",
        ),
        "not_a_file": QCoreApplication.translate(
            "LessonProblems",
            "'{name}' is not a regular file",
        ),
        "too_large": QCoreApplication.translate(
            "LessonProblems",
            "file too large: {size} bytes (at most {limit})",
        ),
        "pack_too_large": QCoreApplication.translate(
            "LessonProblems",
            "the pack's lesson files come to more than {limit} bytes; this file was not read",
        ),
        "line_too_long": QCoreApplication.translate(
            "LessonProblems",
            "line longer than {limit} characters; the file was not read further",
        ),
        "too_deep": QCoreApplication.translate(
            "LessonProblems",
            "nested more than {limit} levels deep (each table, array, inline table and dotted "
            "key part is a level); not parsed",
        ),
        "too_many_tables": QCoreApplication.translate(
            "LessonProblems",
            "more than {limit} [[{name}]] tables in one file",
        ),
        "too_many_questions": QCoreApplication.translate(
            "LessonProblems",
            "more than {limit} questions in one lesson",
        ),
        "pack_too_many_questions": QCoreApplication.translate(
            "LessonProblems",
            "the pack has more than {limit} questions; this lesson's were not loaded",
        ),
        "too_many_lessons": QCoreApplication.translate(
            "LessonProblems",
            "the pack has more than {limit} lessons; this one and those after it (by folder "
            "name) were not read",
        ),
        "too_many_computes": QCoreApplication.translate(
            "LessonProblems",
            "more than {limit} answers computed by the finance engine in the pack; this one was "
            "not computed",
        ),
        "no_sections": QCoreApplication.translate(
            "LessonProblems",
            "no sections: a lesson needs at least one '## Title {{#id}}' heading",
        ),
        "too_many_problems": QCoreApplication.translate(
            "LessonProblems",
            "more than {limit} problems in this lesson: the rest are not listed; fix these first",
        ),
        "not_used": QCoreApplication.translate(
            "LessonProblems", "'{field}' is not used by {qtype} questions"
        ),
        "bad_answer": QCoreApplication.translate("LessonProblems", "answer key: {detail}"),
        "parity": QCoreApplication.translate(
            "LessonProblems", "the Chinese and English texts differ: {detail}"
        ),
        "near_duplicate": QCoreApplication.translate(
            "LessonProblems", "questions too much alike: {detail}"
        ),
        "unknown_command": QCoreApplication.translate(
            "LessonProblems", "unknown calc command '{command}' (one of: {known})"
        ),
        "compute_failed": QCoreApplication.translate(
            "LessonProblems", "the finance engine cannot compute this: {detail}"
        ),
        "compute_no_result": QCoreApplication.translate(
            "LessonProblems", "the result of '{command}' has no key '{result}' (it has: {known})"
        ),
        "compute_not_number": QCoreApplication.translate(
            "LessonProblems", "the result '{result}' of '{command}' is not a number: {value}"
        ),
        "compute_mismatch": QCoreApplication.translate(
            "LessonProblems",
            "answer {answer} does not match the finance engine's {computed} ({command} → "
            "{result}) within tolerance {tolerance}",
        ),
        "refs_unchecked": QCoreApplication.translate(
            "LessonProblems",
            "objective, glossary and lesson references in the pack were not checked until this "
            "file can be read",
        ),
        "engine_unavailable": QCoreApplication.translate(
            "LessonProblems", "cannot check: finance engine not available ({what})"
        ),
        "title_mismatch": QCoreApplication.translate(
            "LessonProblems", "the title line '# {found}' differs from the lesson title '{title}'"
        ),
        "term_variant": QCoreApplication.translate(
            "LessonProblems", 'non-standard term "{variant}": use "{preferred}"'
        ),
        "key_position": QCoreApplication.translate(
            "LessonProblems",
            "{scope}: {count} of {total} single-choice keys ({share}) are choice {position}; "
            "spread them so no position holds more than {limit}",
        ),
        "key_option": QCoreApplication.translate(
            "LessonProblems",
            "{scope}: choice {position} is in {count} of {total} multiple-choice keys ({share}); "
            "at most {limit}",
        ),
        "true_share": QCoreApplication.translate(
            "LessonProblems",
            "{scope}: {count} of {total} true/false keys ({share}) are true; keep between {low} "
            "and {high}",
        ),
        "all_of_the_above": QCoreApplication.translate(
            "LessonProblems",
            "'{phrase}' in a choice: the answer can be guessed from it; write the choices "
            "without it",
        ),
        "source_notes": QCoreApplication.translate(
            "LessonProblems",
            "text ({language}) names the project's notes ('{found}'): cite the original "
            "(regulation, regulator's page, contract or help text) by a name, number or address "
            "a reader can find",
        ),
        "source_mark": QCoreApplication.translate(
            "LessonProblems",
            "text ({language}) carries a strength mark ('{found}'): say in words what the source "
            "is (a reproduction, a weak source, not confirmed)",
        ),
        "longest_key": QCoreApplication.translate(
            "LessonProblems",
            "{scope}: the key is the longest choice in {count} of {total} single-choice "
            "questions ({share}, {language}); at most {limit}",
        ),
        "choice_no_verdict": QCoreApplication.translate(
            "LessonProblems",
            'no option says how wise it is: give each option verdict = "wise", "mixed" or '
            '"unwise" and a why',
        ),
        "choice_verdict_partial": QCoreApplication.translate(
            "LessonProblems", "option {option} has no {field}: give every option both"
        ),
        "choice_no_wise": QCoreApplication.translate(
            "LessonProblems", 'no option is marked verdict = "wise": say which choice is wiser'
        ),
    }
    template = templates.get(problem.code)
    message = problem.message
    if template is not None:
        try:
            message = template.format(**problem.params)
        except (KeyError, IndexError, ValueError):
            message = problem.message
        where = problem.params.get("where")
        if where:
            message = f"{where}: {message}"
    full = problem.format(relative_to=paths.lessons_dir().parent)
    location = full[: len(full) - len(problem.message)].rstrip().rstrip(":")
    return f"{location}: {message}"
