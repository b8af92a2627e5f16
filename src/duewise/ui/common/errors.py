"""The one catalogue of error messages: every domain error code, worded in the current language.

Domain packages raise errors that carry a code and parameters (``MoneyError("too_large",
maximum=…)``, ``ProductError``, ``ProfileError``, ``ClassQuizError``, the lesson loader's
``Problem``, the results files' ``FileProblem``, an answer's ``NumberFormatError``); no screen words
them itself, it asks this module. The English text is the source of the Qt translation (contexts
``Errors`` and ``LessonProblems``); parameters are filled in after translating.

Two forms of the field messages exist because two kinds of place show them: a sentence under a
form field (the calculator, the lesson's calculator, the planner's budget) and the short note of a
table cell (the planner's debts table, the import preview).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from duewise import paths

if TYPE_CHECKING:  # annotations only: the Learn page imports this module before the first paint
    from duewise.content.problems import Problem
    from duewise.storage.results_files import FileProblem

MB = 1024 * 1024


def _fill(text: str, *values: object) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def _limit(value: object) -> str:
    """A limit as the reader writes numbers: digits grouped (``10,000,000,000``), in the current
    language (Qt's default locale follows the interface language)."""
    from decimal import Decimal, InvalidOperation

    from PySide6.QtCore import QLocale

    from duewise import formatting

    language = "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"
    try:
        number = value if isinstance(value, Decimal | int) else Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if isinstance(number, bool) or not Decimal(number).is_finite():
        return str(value)
    return formatting.number(Decimal(number).normalize(), language)


def message(code: str, params: Mapping[str, object] | None = None, *, example: str = "1000") -> str:
    """A field's error as a sentence (``example``: a valid value to suggest for a number)."""
    p = params or {}
    if code == "not_a_number":
        return _fill(
            QCoreApplication.translate("Errors", "Please enter a number, for example %1."), example
        )
    if code == "must_be_positive":
        return QCoreApplication.translate("Errors", "Please enter an amount above zero.")
    if code == "must_not_be_negative":
        return QCoreApplication.translate("Errors", "This cannot be negative.")
    if code == "too_large":
        return _fill(
            QCoreApplication.translate("Errors", "This is too large (at most %1)."),
            _limit(p.get("maximum", "")),
        )
    if code == "not_a_whole_number":
        return QCoreApplication.translate("Errors", "Please enter a whole number.")
    if code == "rate_too_high":
        return _fill(
            QCoreApplication.translate("Errors", "This rate is too high (at most %1 %)."),
            _limit(p.get("maximum_percent", "")),
        )
    if code == "bad_scenario":
        return _fill(
            QCoreApplication.translate(
                "Errors", "This scenario cannot be played: check the amounts paid (“%1”)."
            ),
            p.get("token", ""),
        )
    if code == "term_invalid":
        return QCoreApplication.translate("Errors", "This value cannot be used for this term.")
    if code == "preset_not_found":
        return _fill(
            QCoreApplication.translate("Errors", "This product is not known: “%1”."),
            p.get("id", ""),
        )
    if code == "missing":
        return QCoreApplication.translate("Errors", "Please fill this in.")
    if code in ("number_too_long", "too_many_digits"):
        return _fill(
            QCoreApplication.translate(
                "Errors", "This number is too long to be an amount (at most %1 digits)."
            ),
            _limit(p.get("maximum", "")),
        )
    if code == "too_many_places":
        return _fill(
            QCoreApplication.translate("Errors", "Too many decimal places (at most %1)."),
            _limit(p.get("maximum", "")),
        )
    if code == "not_whole_cents":
        return QCoreApplication.translate(
            "Errors", "An amount has at most two decimal places (whole cents)."
        )
    if code == "not_ascii_digits":
        return QCoreApplication.translate(
            "Errors", "Please type the number with the digits 0–9 (no ² or other signs)."
        )
    if code == "bad_grouping":
        return QCoreApplication.translate(
            "Errors", "A comma only separates thousands, in groups of three: 1,000 or 1000."
        )
    if code == "ambiguous_comma":
        return QCoreApplication.translate(
            "Errors",
            "Is the comma a decimal point? Use a point for decimals (2.5) and commas only "
            "between thousands (1,000).",
        )
    if code == "too_small":
        return _fill(
            QCoreApplication.translate("Errors", "This is too small (at least %1)."),
            _limit(p.get("minimum", "")),
        )
    if code == "payment_below_interest":
        return QCoreApplication.translate(
            "Errors", "This payment does not even cover the interest: the debt is never repaid."
        )
    if code == "bad_month":
        return QCoreApplication.translate(
            "Errors", "Please enter a month as YYYY-MM, from 1900 to 2200."
        )
    return QCoreApplication.translate("Errors", "This value cannot be used.")


def cell_message(
    code: str, params: Mapping[str, object] | None = None, *, example: str = ""
) -> str:
    """A table cell's error, short (the planner's debts and the rows of an import)."""
    from duewise.finance import planner_tools  # the limits a debt's cells are checked against

    p = params or {}
    if code == "missing":
        return QCoreApplication.translate("Errors", "Required.")
    if code == "not_a_number":
        return _fill(
            QCoreApplication.translate("Errors", "Enter a number, such as %1."),
            example or "1200.50",
        )
    if code == "must_be_positive":
        return QCoreApplication.translate("Errors", "Must be more than 0.")
    if code == "must_not_be_negative":
        return QCoreApplication.translate("Errors", "Must not be negative.")
    if code == "rate_too_high":
        return _fill(
            QCoreApplication.translate("Errors", "Too high: at most %1 % a year."),
            p.get("maximum_percent", planner_tools.MAX_APR_PERCENT),
        )
    if code == "min_too_high":
        return _fill(
            QCoreApplication.translate("Errors", "At most %1 %."),
            p.get("maximum_percent", planner_tools.MAX_MINIMUM_PERCENT),
        )
    if code == "bad_day":
        return _fill(
            QCoreApplication.translate("Errors", "A day from 1 to %1."),
            p.get("maximum", planner_tools.MAX_DUE_DAY),
        )
    if code == "no_minimum":
        return QCoreApplication.translate("Errors", "Give a minimum percent or amount.")
    if code == "duplicate_name":
        return QCoreApplication.translate("Errors", "Another debt has this name.")
    if code == "too_large":
        maximum = p.get("maximum")
        if maximum is None:
            return QCoreApplication.translate("Errors", "Too large.")
        return _fill(
            QCoreApplication.translate("Errors", "Too large: at most %1."), _limit(maximum)
        )
    if code == "unknown_product":
        return QCoreApplication.translate("Errors", "Unknown product.")
    return QCoreApplication.translate("Errors", "Not valid.")


def profile_message(code: str, params: Mapping[str, object] | None = None) -> str:
    """A learner-profile error (``storage.profiles.ProfileError``)."""
    p = params or {}
    messages = {
        "name_empty": QCoreApplication.translate("Errors", "Type a name or nickname."),
        "name_too_long": _fill(
            QCoreApplication.translate("Errors", "A name can have at most %1 characters."),
            p.get("limit", ""),
        ),
        "name_taken": _fill(
            QCoreApplication.translate("Errors", "There is already a learner called “%1”."),
            p.get("name", ""),
        ),
        "bad_colour": QCoreApplication.translate("Errors", "Pick a colour from the list."),
        "last_profile": QCoreApplication.translate("Errors", "The last learner cannot be deleted."),
        "not_found": QCoreApplication.translate("Errors", "This learner no longer exists."),
        "teacher_only": QCoreApplication.translate(
            "Errors",
            "Only the teacher can delete learners: open the teacher area with the PIN "
            "first, then delete here.",
        ),
    }
    return messages.get(code, code)


def class_quiz_message(code: str, params: Mapping[str, object] | None = None) -> str:
    """A class-quiz error (``learning.classroom.ClassQuizError``)."""
    p = params or {}
    if code == "bad_count":
        return _fill(
            QCoreApplication.translate("Errors", "Counts are whole numbers from 0 to %1."),
            p.get("limit", ""),
        )
    if code == "bad_teams":
        return _fill(
            QCoreApplication.translate(
                "Errors", "Team mode needs 2 to %1 teams, each with its own name."
            ),
            p.get("limit", ""),
        )
    if code == "team_like_option":
        return _fill(
            QCoreApplication.translate(
                "Errors",
                "“%1” could be taken for an answer letter. Give teams names such as colours or "
                "animals.",
            ),
            p.get("name", ""),
        )
    if code == "bad_countdown":
        return _fill(
            QCoreApplication.translate("Errors", "The countdown can be at most %1 seconds."),
            p.get("limit", ""),
        )
    if code == "no_questions":
        return QCoreApplication.translate("Errors", "This lesson has no questions.")
    return QCoreApplication.translate("Errors", "This quiz could not be saved.")


def answer_message(code: str) -> str:
    """Why a typed numeric answer was not read (``learning.grading.NumberFormatError``)."""
    if code == "empty":
        return QCoreApplication.translate("Errors", "Type your answer first.")
    if code == "unclear":
        return QCoreApplication.translate(
            "Errors", "The digit groups are unclear. Write it like 1000 or 1,000.50."
        )
    return QCoreApplication.translate(
        "Errors", "That doesn't look like a number. Type digits, e.g. 1000 or 1,000.50."
    )


def database_message(code: str, params: Mapping[str, object] | None = None) -> str:
    """Why the data folder's database cannot be used (``storage.db.DatabaseOpenError``,
    ``DatabaseBusyError``, ``DatabaseReadOnlyError``)."""
    p = params or {}
    path = str(p.get("path", ""))
    detail = str(p.get("detail", ""))
    texts = {
        "locked": QCoreApplication.translate(
            "Errors",
            "Your data file %1 is in use by another program, which did not let go for several "
            "seconds. Close that program (or the other DueWise window), then try again.",
        ),
        "cannot_create": QCoreApplication.translate(
            "Errors",
            "DueWise cannot create its data file %1: the folder is read-only or cannot be made "
            "(%2). Start DueWise with --data-dir and a folder you may write to.",
        ),
        "cannot_open": QCoreApplication.translate(
            "Errors", "DueWise cannot open its data file %1 (%2). Nothing was changed."
        ),
        "cannot_move_aside": QCoreApplication.translate(
            "Errors",
            "Your data file %1 cannot be used (%2), and it cannot be set aside because its folder "
            "is read-only. Nothing was changed. Start DueWise with --data-dir and another folder.",
        ),
        "in_use": QCoreApplication.translate(
            "Errors",
            "Your data file %1 cannot be used (%2), but another DueWise window has it open. "
            "Close every DueWise window, then start DueWise again.",
        ),
        "migration_failed": QCoreApplication.translate(
            "Errors", "Your data file %1 could not be upgraded (%2). Nothing was changed."
        ),
        "read_only": QCoreApplication.translate(
            "Errors", "Your data file %1 has become read-only: this change was not saved."
        ),
    }
    text = texts.get(code, texts["cannot_open"])
    return _fill(text, path, detail or code)


def debt_import_message(code: str, params: Mapping[str, object] | None = None) -> str:
    """Why a debt table was not imported (``storage.debt_import.DebtImportError``)."""
    from duewise.storage import debt_import

    if code == "bad_csv":
        return _fill(
            QCoreApplication.translate(
                "Errors", "This table could not be read (line %1). Nothing was added."
            ),
            (params or {}).get("line", ""),
        )
    return _fill(
        QCoreApplication.translate(
            "Errors",
            "This table is too large to import: at most %1 rows of at most %2 characters a cell. "
            "Nothing was added.",
        ),
        debt_import.MAX_ROWS,
        debt_import.MAX_FIELD,
    )


def file_problem(problem: FileProblem) -> str:
    """Why a results file was skipped (``storage.results_files.FileProblem``)."""
    p = problem.params
    size_mb = f"{int(p.get('size', 0)) / MB:.1f}"  # type: ignore[call-overload]
    limit_mb = f"{int(p.get('limit', 0)) / MB:.0f}"  # type: ignore[call-overload]
    reasons = {
        "unreadable": _fill(
            QCoreApplication.translate("Errors", "could not be read (%1)"), p.get("detail", "")
        ),
        "too_large": _fill(
            QCoreApplication.translate("Errors", "is too large: %1 MB, at most %2 MB"),
            size_mb,
            limit_mb,
        ),
        "empty": QCoreApplication.translate("Errors", "is empty"),
        "not_utf8": QCoreApplication.translate("Errors", "is not a text file (UTF-8)"),
        "truncated": QCoreApplication.translate(
            "Errors", "is cut off (incomplete). Copy it again from the learner's computer."
        ),
        "not_json": _fill(
            QCoreApplication.translate("Errors", "is damaged: not valid JSON (line %1, column %2)"),
            p.get("line", 0),
            p.get("column", 0),
        ),
        "not_results": QCoreApplication.translate("Errors", "is not a DueWise results file"),
        "newer_version": _fill(
            QCoreApplication.translate(
                "Errors",
                "was made by a newer DueWise (format %1; this version reads format %2). "
                "Update DueWise on this computer.",
            ),
            p.get("version", ""),
            p.get("supported", ""),
        ),
        "bad_field": _fill(
            QCoreApplication.translate("Errors", "has a damaged entry (%1)"), p.get("field", "")
        ),
        "too_many_attempts": _fill(
            QCoreApplication.translate("Errors", "has more than %1 answers"), p.get("limit", "")
        ),
        "too_many_quizzes": _fill(
            QCoreApplication.translate("Errors", "has more than %1 quizzes"), p.get("limit", "")
        ),
    }
    reason = reasons.get(problem.code, problem.code)
    return _fill(
        QCoreApplication.translate("Errors", "%1 was skipped: it %2"), problem.name, reason
    )


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
        "bad_value": QCoreApplication.translate("LessonProblems", "'{field}' {detail}"),
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
