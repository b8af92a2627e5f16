"""The error catalogue's words for files, teacher PINs and lesson-pack folders.

Part of the one catalogue, ``ui/common/errors.py``, which re-exports these functions: pages call
``errors.describe(exc)`` (or ``errors.file_write_message`` …), never this module.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

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
            p.get("detail") or QCoreApplication.translate("Errors", "no reason given"),
        ),
    }
    reason = texts.get(code) or QCoreApplication.translate(
        "Errors", "The file could not be written."
    )
    unchanged = QCoreApplication.translate(
        "Errors", "Nothing was changed: a file that was there is as it was."
    )
    return f"{reason} {unchanged}"


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
            p.get("detail") or QCoreApplication.translate("Errors", "no reason given"),
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
