"""The error catalogue's words for what storage refuses: files written and read, imports
(debt tables, results files), the data file, learner profiles, teacher PINs, lesson-pack folders.

Part of the one catalogue, ``ui/common/errors.py``, which re-exports these functions: pages call
``errors.describe(exc)`` (or ``errors.file_write_message`` …), never this module.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # annotations only: the Learn page imports this module before the first paint
    from duewise.storage.results_files import FileProblem

MB = 1024 * 1024


def _fill(text: str, *values: object) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def file_write_message(code: str, params: Mapping[str, object] | None = None) -> str:
    """Why a file was not written (``storage.files.FileWriteError``), and that nothing was lost:
    the writer replaces a file only once the new one is complete."""
    p = params or {}
    texts = {
        "disk_full": QCoreApplication.translate("Errors", "The disk is full."),
        "permission_denied": QCoreApplication.translate(
            "Errors", "You may not write in this folder."
        ),
        "read_only": QCoreApplication.translate("Errors", "The folder is read-only."),
        "folder_missing": QCoreApplication.translate(
            "Errors", "The folder does not exist and could not be made."
        ),
        "is_a_folder": QCoreApplication.translate("Errors", "A folder has this name."),
        "rename_failed": QCoreApplication.translate(
            "Errors", "The finished file could not take the old file's place."
        ),
        "write_failed": _fill(
            QCoreApplication.translate("Errors", "The file could not be written (%1)."),
            system_reason(p),
        ),
    }
    reason = texts.get(code) or QCoreApplication.translate(
        "Errors", "The file could not be written."
    )
    unchanged = QCoreApplication.translate(
        "Errors", "Nothing was changed: a file that was there is as it was."
    )
    return f"{reason} {unchanged}"


def system_reason(params: Mapping[str, object]) -> str:
    """Why the system refused a read or a write, by its ``errno`` param: never the C library's
    English text (``detail``, kept for logs), except for an error with no ``errno`` at all. An
    unusual number gives its symbolic name (``ESTALE``), which a helper can look up."""
    import errno

    number = params.get("errno")
    if not isinstance(number, int) or number <= 0:
        detail = params.get("detail")
        return str(detail) if detail else QCoreApplication.translate("Errors", "no reason given")
    no_permission = QCoreApplication.translate("Errors", "no permission")
    in_use = QCoreApplication.translate("Errors", "another program is using it")
    disk_full = QCoreApplication.translate("Errors", "the disk is full")
    device = QCoreApplication.translate("Errors", "it is a device, not a file")
    words = {
        errno.EACCES: no_permission,
        errno.EPERM: no_permission,
        errno.EIO: QCoreApplication.translate("Errors", "the disk reported an error"),
        errno.ELOOP: QCoreApplication.translate("Errors", "too many links in its path"),
        errno.ENAMETOOLONG: QCoreApplication.translate("Errors", "its name is too long"),
        errno.EROFS: QCoreApplication.translate("Errors", "the disk is read-only"),
        errno.ENOSPC: disk_full,
        getattr(errno, "EDQUOT", errno.ENOSPC): disk_full,  # not on every system (Windows)
        errno.EBUSY: in_use,
        getattr(errno, "ETXTBSY", errno.EBUSY): in_use,
        errno.EAGAIN: in_use,
        errno.ENXIO: device,
        errno.ENODEV: device,
        errno.EMFILE: QCoreApplication.translate("Errors", "too many files are open"),
        errno.ENFILE: QCoreApplication.translate("Errors", "too many files are open"),
        errno.ENOTDIR: QCoreApplication.translate("Errors", "a part of its path is not a folder"),
    }
    return words.get(number) or errno.errorcode.get(number, str(number))


def file_read_message(code: str, params: Mapping[str, object] | None = None) -> str:
    """Why a file was not read as an import (``storage.files.FileReadError``)."""
    p = params or {}
    texts = {
        "not_found": QCoreApplication.translate("Errors", "The file is not there any more."),
        "not_a_file": QCoreApplication.translate(
            "Errors", "This is not a file but a folder, a pipe or a device."
        ),
        "too_large": _fill(
            QCoreApplication.translate("Errors", "The file is too large (at most %1 MB)."),
            f"{int(str(p.get('limit') or 0)) / MB:.0f}",
        ),
        "unreadable": _fill(
            QCoreApplication.translate("Errors", "The file could not be read (%1)."),
            system_reason(p),
        ),
    }
    return texts.get(code) or QCoreApplication.translate("Errors", "The file could not be read.")


def pin_message(code: str, params: Mapping[str, object] | None = None) -> str:
    """A teacher PIN that cannot be set (``storage.teacher_pin.PinError``)."""
    from duewise.storage import teacher_pin

    p = params or {}
    if code == "pin_format":
        return _fill(
            QCoreApplication.translate("Errors", "A PIN is %1 to %2 digits (0–9)."),
            p.get("min", teacher_pin.MIN_PIN_LENGTH),
            p.get("max", teacher_pin.MAX_PIN_LENGTH),
        )
    if code == "pin_mismatch":
        return QCoreApplication.translate(
            "Errors", "The two new PINs differ. Type the same PIN twice."
        )
    if code == "pin_exists":
        return QCoreApplication.translate(
            "Errors", "A teacher PIN is set already: unlock the teacher area to change it."
        )
    return QCoreApplication.translate("Errors", "This PIN cannot be used.")


def pack_path_reason(code: str) -> str:
    """Why a folder is not a lesson pack, as a short clause (``content.loader.PackPathError``):
    "Your lesson pack in … was not opened (*the folder is not there*)"."""
    texts = {
        "not_found": QCoreApplication.translate("Errors", "the folder is not there"),
        "not_a_folder": QCoreApplication.translate("Errors", "it is a file, not a folder"),
        "too_many_entries": QCoreApplication.translate("Errors", "the folder holds too many files"),
        "is_a_lesson": QCoreApplication.translate("Errors", "it is one lesson, not a pack"),
        "no_lessons": QCoreApplication.translate("Errors", "it holds no lessons"),
    }
    return texts.get(code) or QCoreApplication.translate("Errors", "it cannot be used")


def pack_path_message(code: str, params: Mapping[str, object] | None = None) -> str:
    """A folder chosen as a lesson pack that is not one (``content.loader.PackPathError``)."""
    p = params or {}
    folder = str(p.get("path", ""))
    texts = {
        "not_found": QCoreApplication.translate("Errors", "“%1” is not there any more."),
        "not_a_folder": QCoreApplication.translate(
            "Errors", "“%1” is a file: choose the folder that contains the lesson folders."
        ),
        "no_lessons": QCoreApplication.translate(
            "Errors",
            "“%1” holds no lessons: choose the folder that contains the lesson folders (each "
            "with a lesson.toml).",
        ),
        "is_a_lesson": QCoreApplication.translate(
            "Errors", "“%1” is one lesson: choose the folder that holds it, %2, as the pack."
        ),
        "too_many_entries": QCoreApplication.translate(
            "Errors", "“%1” holds too many files and folders to be read as a lesson pack."
        ),
    }
    text = texts.get(code) or QCoreApplication.translate(
        "Errors", "“%1” cannot be used as a lesson pack."
    )
    parent = str(p.get("parent", "")) or (folder.rsplit("/", 1)[0] if "/" in folder else folder)
    return _fill(text, folder, parent)


def _os_error_code(error: OSError) -> str:
    """An ``OSError`` from a writer other than ``storage.files`` as a ``FileWriteError`` code."""
    import errno

    number = error.errno
    if number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "disk_full"
    if number == errno.EROFS:
        return "read_only"
    if number in (errno.EACCES, errno.EPERM):
        return "permission_denied"
    if number in (errno.ENOENT, errno.ENOTDIR):
        return "folder_missing"
    if number == errno.EISDIR:
        return "is_a_folder"
    return "write_failed"


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
        "name_invalid": invalid_text_message(),
    }
    return messages.get(
        code, QCoreApplication.translate("Errors", "This change to the learner was not made.")
    )


def invalid_text_message() -> str:
    """Text holding a broken character (``storage.names.InvalidTextError``, ``name_invalid``)."""
    return QCoreApplication.translate(
        "Errors",
        "This text holds a broken character (not valid Unicode). Type it again rather than "
        "pasting it.",
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
    text = texts.get(code) or QCoreApplication.translate(
        "Errors", "Your data file %1 cannot be used right now. Nothing was changed."
    )
    return _fill(text, path, detail or QCoreApplication.translate("Errors", "no reason given"))


def sqlite_message(number: int, name: str) -> str:
    """Why the data file could not be read while the app runs (an ``sqlite3.Error`` that
    reached a page: its primary result code ``number`` and ``name``), never SQLite's English."""
    primary = number & 0xFF
    if primary in (11, 26):  # SQLITE_CORRUPT, SQLITE_NOTADB
        return QCoreApplication.translate(
            "Errors",
            "Part of your data file is damaged. What could be read is shown; nothing was changed.",
        )
    if primary in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return QCoreApplication.translate(
            "Errors",
            "Your data file is in use by another program or DueWise window. Try again in a moment.",
        )
    if primary == 8:  # SQLITE_READONLY
        return QCoreApplication.translate("Errors", "Your data file has become read-only.")
    return _fill(
        QCoreApplication.translate("Errors", "Your data file could not be read (%1)."),
        name or number or QCoreApplication.translate("Errors", "no reason given"),
    )


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
    if code == "not_utf8":
        return QCoreApplication.translate(
            "Errors",
            "This table is not UTF-8 text: save it as “CSV UTF-8” and import it again. "
            "Nothing was added.",
        )
    if code in ("not_found", "not_a_file", "unreadable"):  # the file itself (FileReadError)
        return file_read_message(code, params)
    if code in ("too_large", "too_many_rows", "field_too_long"):
        return _fill(
            QCoreApplication.translate(
                "Errors",
                "This table is too large to import: at most %1 rows of at most %2 characters a "
                "cell. Nothing was added.",
            ),
            debt_import.MAX_ROWS,
            debt_import.MAX_FIELD,
        )
    return QCoreApplication.translate(
        "Errors", "This table could not be imported. Nothing was added."
    )


def file_problem(problem: FileProblem) -> str:
    """Why a results file was skipped (``storage.results_files.FileProblem``)."""
    return _fill(
        QCoreApplication.translate("Errors", "%1 was skipped: it %2"),
        problem.name,
        _results_reason(problem.code, problem.params),
    )


def _results_reason(code: str, p: Mapping[str, object]) -> str:
    """What is wrong with a results file, as the end of "it …" (``ResultsFileError`` codes)."""
    size_mb = f"{int(p.get('size', 0)) / MB:.1f}"  # type: ignore[call-overload]
    limit_mb = f"{int(p.get('limit', 0)) / MB:.0f}"  # type: ignore[call-overload]
    reasons = {
        "unreadable": _fill(
            QCoreApplication.translate("Errors", "could not be read (%1)"), system_reason(p)
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
    return reasons.get(code) or QCoreApplication.translate("Errors", "cannot be used")


def results_file_message(code: str, params: Mapping[str, object] | None = None) -> str:
    """A results file that cannot be used (``storage.results_files.ResultsFileError``)."""
    return _fill(
        QCoreApplication.translate("Errors", "This results file was not used: it %1."),
        _results_reason(code, params or {}),
    )
