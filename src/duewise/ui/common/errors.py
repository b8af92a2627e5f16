"""The one catalogue of error messages: every domain error code, worded in the current language.

Domain packages raise errors that carry a code and parameters (``MoneyError("too_large",
maximum=…)``, ``ProductError``, ``ProfileError``, ``ClassQuizError``, the lesson loader's
``Problem``, the results files' ``FileProblem``, an answer's ``NumberFormatError``); no screen words
them itself, it asks this module. The English text is the source of the Qt translation (contexts
``Errors`` and ``LessonProblems``); parameters are filled in after translating.

Two forms of the field messages exist because two kinds of place show them: a sentence under a
form field (the calculator, the lesson's calculator, the planner's budget) and the short note of a
table cell (the planner's debts table, the import preview).

:func:`describe` words any error a domain layer raises (``FileWriteError`` from an export,
``FileReadError`` from an import, ``ProfileError``, ``PackPathError``, ``PinError``, a database
error, ``MoneyError`` …) and any other ``OSError``; a place that shows a failure passes it the
exception, never ``str(exc)`` (English, or a raw code). ``tests/ui/common/test_error_catalogue.py``
collects every code the storage, content and finance layers raise and checks that each is worded
here in both languages.

The catalogue is this module; to keep each module small, the words for what the storage layer
refuses (files, imports, the data file, profiles, PINs, pack folders) are in ``errors_storage``
and those for lesson problems in ``errors_lessons``, both re-exported here (pages import only
``errors``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

# The catalogue's other parts, re-exported: a page needs only ``errors``.
from duewise.ui.common.errors_lessons import lesson_problem
from duewise.ui.common.errors_storage import (
    _os_error_code,
    database_message,
    debt_import_message,
    file_problem,
    file_read_message,
    file_write_message,
    invalid_text_message,
    pack_path_message,
    pack_path_reason,
    pin_message,
    profile_message,
    results_file_message,
    sqlite_message,
)

__all__ = [  # the catalogue: every function a page may call
    "answer_message",
    "cell_message",
    "class_quiz_message",
    "database_message",
    "debt_import_message",
    "describe",
    "file_problem",
    "file_read_message",
    "file_write_message",
    "invalid_text_message",
    "lesson_problem",
    "message",
    "pack_path_message",
    "pack_path_reason",
    "pin_message",
    "profile_message",
    "results_file_message",
    "serve_message",
    "sqlite_message",
]


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
    return _other_money_message(code, p)


def _other_money_message(code: str, p: Mapping[str, object]) -> str:
    """The finance codes a form field rarely shows (files, lessons' computed answers, the
    command line's inputs): each still gets its own words."""
    texts = {
        "bad_balances": QCoreApplication.translate(
            "Errors", "Write the balances as balance x days, separated by commas: 200x3,300x17."
        ),
        "bad_lump_sums": QCoreApplication.translate(
            "Errors",
            "Write the extra payments as month:amount, separated by commas: 12:500,24:1000.",
        ),
        "bad_choice": QCoreApplication.translate(
            "Errors", "This is not one of the choices offered: “%1”."
        ),
        "not_a_choice": QCoreApplication.translate("Errors", "Please choose one of: %1."),
        "choose_one": QCoreApplication.translate(
            "Errors", "Give exactly one of these two values, not both."
        ),
        "requires": QCoreApplication.translate(
            "Errors", "This value can only be used together with another one that is missing."
        ),
        "not_used": QCoreApplication.translate(
            "Errors", "This value is not used in this scenario: leave it empty."
        ),
        "unknown_param": QCoreApplication.translate(
            "Errors", "This value is not used by this calculation: “%1”."
        ),
        "unknown_command": QCoreApplication.translate(
            "Errors", "This calculation is not known: “%1”."
        ),
        "debts_not_a_list": QCoreApplication.translate("Errors", "Give at least one debt."),
        "debt_not_an_object": QCoreApplication.translate(
            "Errors", "Debt %1 needs a name, a balance, an APR and a minimum payment."
        ),
        "duplicate_name": QCoreApplication.translate(
            "Errors", "Two debts have the same name: give each its own."
        ),
        "unknown_debt": QCoreApplication.translate("Errors", "There is no debt called “%1”."),
        "division_by_zero": QCoreApplication.translate(
            "Errors", "This cannot be computed: it would divide by zero."
        ),
        "out_of_range": QCoreApplication.translate(
            "Errors", "The result is too large to be computed exactly."
        ),
        "instalment_repays_nothing": QCoreApplication.translate(
            "Errors", "These instalments would repay nothing: check the number of months."
        ),
        "irr_needs_in_and_out": QCoreApplication.translate(
            "Errors", "A true rate needs both money received and money paid back."
        ),
        "irr_not_unique": QCoreApplication.translate(
            "Errors",
            "These payments have no single true rate: the money changes direction more than once.",
        ),
        "true_rate_too_high": QCoreApplication.translate(
            "Errors", "The true rate of these payments is too high (more than %1 % a month)."
        ),
        "upfront_fee_too_large": QCoreApplication.translate(
            "Errors", "The upfront fee must be less than the amount borrowed."
        ),
        "no_instalment_fees": QCoreApplication.translate(
            "Errors", "This product has no table of instalment fees."
        ),
        "periods_not_offered": QCoreApplication.translate(
            "Errors", "This product offers only these numbers of instalments: %1."
        ),
        "unsupported_product": QCoreApplication.translate(
            "Errors", "This calculation does not apply to this kind of product."
        ),
        "score_not_in_table": QCoreApplication.translate(
            "Errors", "This credit score is outside the model's table."
        ),
        "preset_syntax": QCoreApplication.translate(
            "Errors", "The product file %1 cannot be read (line %2). It is left out."
        ),
        "preset_invalid": QCoreApplication.translate(
            "Errors",
            "The product file %1 has a value that cannot be used (line %2). It is left out.",
        ),
        "borrowing_rules_invalid": QCoreApplication.translate(
            "Errors",
            "The file of borrowing rules %1 is damaged, so the cost of a next loan cannot be "
            "shown.",
        ),
    }
    text = texts.get(code)
    if text is None:
        return QCoreApplication.translate("Errors", "This value cannot be used.")
    values: dict[str, object] = {
        "bad_choice": p.get("value", ""),
        "not_a_choice": ", ".join(str(c) for c in _sequence(p.get("choices"))),
        "unknown_param": p.get("param", ""),
        "unknown_command": p.get("value", ""),
        "debt_not_an_object": p.get("debt", ""),
        "unknown_debt": p.get("value", ""),
        "true_rate_too_high": _limit(p.get("maximum_percent", "")),
        "periods_not_offered": ", ".join(str(n) for n in _sequence(p.get("offered"))),
        "preset_syntax": p.get("file", ""),
        "preset_invalid": p.get("file", ""),
        "borrowing_rules_invalid": p.get("file", ""),
    }
    line = p.get("line")
    return _fill(text, values.get(code, ""), "?" if line is None else line)


def _sequence(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple | set | frozenset) else []


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
    if code == "not_whole_cents":
        return QCoreApplication.translate("Errors", "At most two decimal places.")
    if code in ("bad_grouping", "ambiguous_comma"):
        return QCoreApplication.translate(
            "Errors", "Commas only between thousands: 1,000.50 or 1000.50."
        )
    if code == "not_ascii_digits":
        return QCoreApplication.translate("Errors", "Use the digits 0–9.")
    if code in ("number_too_long", "too_many_digits", "too_many_places"):
        return QCoreApplication.translate("Errors", "Too many digits.")
    return QCoreApplication.translate("Errors", "Not valid.")


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


def answer_message(code: str, params: Mapping[str, object] | None = None) -> str:
    """Why a typed numeric answer was not read (``learning.grading.NumberFormatError``: empty,
    or the reason a number field would refuse the number, worded as the fields word it)."""
    if code == "empty":
        return QCoreApplication.translate("Errors", "Type your answer first.")
    if code == "not_a_number":
        return QCoreApplication.translate(
            "Errors", "That doesn't look like a number. Type digits, e.g. 1000 or 1,000.50."
        )
    return message(code, params, example="1,000.50")


def serve_message(error: OSError) -> str:
    """Why the live quiz could not be served on the address chosen (an ``OSError`` from binding
    its port), by its ``errno``: never the system's English ``strerror``."""
    import errno

    number = error.errno
    if number == errno.EADDRINUSE:
        return QCoreApplication.translate(
            "Errors",
            "Another program already uses this port (perhaps another DueWise serving a quiz). "
            "Close it, or choose another address.",
        )
    if number == errno.EADDRNOTAVAIL:
        return QCoreApplication.translate(
            "Errors",
            "This address is not on this computer any more (the network may have changed). "
            "Choose another address.",
        )
    if number in (errno.EACCES, errno.EPERM):
        return QCoreApplication.translate(
            "Errors",
            "This computer does not allow serving on this address (a firewall or its settings).",
        )
    name = errno.errorcode.get(number, "") if isinstance(number, int) else ""
    return _fill(
        QCoreApplication.translate("Errors", "The network refused it (%1)."),
        name or type(error).__name__,
    )


def describe(error: BaseException) -> str:
    """``error`` in the current language, for any place that shows a failure.

    Domain errors are worded by their code (see the functions above); any other ``OSError`` as
    a file that could not be written; anything else as an unexpected problem, with the kind of
    error but never its English text.
    """
    if any(
        f"{kind.__module__}.{kind.__qualname__}" == "sqlite3.Error" for kind in type(error).__mro__
    ):
        return sqlite_message(
            int(getattr(error, "sqlite_errorcode", 0) or 0),
            str(getattr(error, "sqlite_errorname", "")),
        )
    code = str(getattr(error, "code", ""))
    params: dict[str, object] = dict(getattr(error, "params", None) or {})
    path = getattr(error, "path", None)
    if path is not None:
        params.setdefault("path", str(path))
        params.setdefault("parent", str(getattr(path, "parent", "")))
    for kind in type(error).__mro__:
        word = _FAMILIES.get(f"{kind.__module__}.{kind.__qualname__}")
        if word is not None:
            return word(code, params)
    if isinstance(error, OSError):
        return file_write_message(_os_error_code(error), {})
    return _fill(
        QCoreApplication.translate(
            "Errors", "An unexpected problem stopped this (%1). Nothing was changed."
        ),
        type(error).__name__,
    )


_FAMILIES: dict[str, Callable[[str, Mapping[str, object]], str]] = {
    # Named, not imported: this module is imported before the first paint.
    "duewise.finance.errors.MoneyError": message,
    "duewise.storage.files.FileWriteError": file_write_message,
    "duewise.storage.files.FileReadError": file_read_message,
    "duewise.storage.profiles.ProfileError": profile_message,
    "duewise.storage.names.InvalidTextError": lambda code, params: (
        invalid_text_message() if code == "invalid_text" else message(code, params)
    ),
    "duewise.storage.db.StorageError": database_message,
    "duewise.storage.debt_import.DebtImportError": debt_import_message,
    "duewise.storage.results_files.ResultsFileError": results_file_message,
    "duewise.storage.teacher_pin.PinError": pin_message,
    "duewise.content.loader.PackPathError": pack_path_message,
    "duewise.learning.classroom.ClassQuizError": class_quiz_message,
    "duewise.learning.grading.NumberFormatError": answer_message,
}
