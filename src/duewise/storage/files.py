"""User files, written atomically and read defensively: a failed export never costs a good file.

**Writing** (:func:`write_atomic`, the one writer every export uses: CSV, .ics, results files,
PDFs, chart images): the content goes to a new temporary file in the target folder, made by
``tempfile.mkstemp`` (a unique name, ``O_CREAT | O_EXCL``, so a link planted in a shared folder is
never followed), is flushed and ``fsync``-ed, given the permissions the file would get from a plain
save (the user's umask, or the mode of the file it replaces), and only then renamed over the
target with ``os.replace``. If anything fails (a full disk, a rename refused, the process killed)
the temporary is removed where possible, the old file is untouched, and a :class:`FileWriteError`
with a code says what happened. The target itself, if it is a link, is replaced, not followed.

A killed export can leave its temporary behind; they are named ``.duewise-tmp-…part`` so that
:func:`clean_stale_temporaries` (run by the app at start, and by every write in its folder) can
remove them: only regular files of this user with that name, older than a few minutes.

**Reading** (:func:`read_regular_file`, for every import): only a regular file is read (a folder,
a named pipe or ``/dev/zero`` is refused at once, never waited on: ``O_NONBLOCK`` + ``fstat``), and
its size is checked before a byte is read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO, ClassVar

TEMP_PREFIX = ".duewise-tmp-"
TEMP_SUFFIX = ".part"
STALE_AFTER = dt.timedelta(minutes=15)
"""A temporary older than this belongs to an export that died (a PDF takes seconds)."""
_NAME_PART = 80  # characters of the target's name kept in the temporary's name (NAME_MAX is 255)

Content = bytes | Callable[[BinaryIO], object]
"""What :func:`write_atomic` writes: the bytes, or a function that writes to the open stream."""


class FileWriteError(OSError):
    """A file that could not be written; whatever was there before is unchanged.

    Attributes:
        code: ``disk_full``, ``permission_denied``, ``read_only``, ``folder_missing``,
            ``is_a_folder``, ``rename_failed`` or ``write_failed``.
        path: the file that was to be written.
        params: ``path``, ``detail`` (the system's reason, in English: for logs) and ``errno``
            (for the UI's message).
    """

    MESSAGES: ClassVar[dict[str, str]] = {
        "disk_full": "the disk is full",
        "permission_denied": "no permission to write there",
        "read_only": "the folder is read-only",
        "folder_missing": "the folder does not exist and cannot be made",
        "is_a_folder": "a folder has that name",
        "rename_failed": "the finished file could not replace the old one",
        "write_failed": "it could not be written",
    }

    def __init__(self, code: str, path: Path, detail: str = "", error: int = 0) -> None:
        self.code = code
        self.path = Path(path)
        self.params: dict[str, object] = {"path": str(path), "detail": detail, "errno": error}
        reason = f"{self.MESSAGES[code]} ({detail})" if detail else self.MESSAGES[code]
        message = f"{reason}; nothing was changed"
        super().__init__(error, message)

    def __str__(self) -> str:
        return str(self.strerror)


class FileReadError(OSError):
    """A file that is not read as an import.

    Attributes:
        code: ``not_found``, ``not_a_file`` (a folder, pipe or device), ``too_large`` or
            ``unreadable``.
        params: ``detail`` (the system's reason, in English: for logs) and ``errno`` (for the
            UI's message) for ``unreadable``; ``size`` and ``limit`` for ``too_large``.
    """

    def __init__(self, code: str, path: Path, **params: object) -> None:
        self.code = code
        self.path = Path(path)
        self.params = params
        detail = {
            "not_found": "no such file",
            "not_a_file": "not a regular file (a folder, a pipe or a device)",
            "too_large": f"larger than {params.get('limit')} bytes",
        }.get(code, str(params.get("detail", code)))
        super().__init__(0, detail)

    def __str__(self) -> str:
        return str(self.strerror)


# ---- writing ----------------------------------------------------------------------------------

_umask_lock = threading.Lock()


def _umask() -> int:
    """The process's umask, read without changing it where the system allows."""
    with contextlib.suppress(OSError, StopIteration, ValueError):
        with open("/proc/self/status", encoding="ascii") as status:
            line = next(line for line in status if line.startswith("Umask:"))
        return int(line.split()[1], 8)
    with _umask_lock:  # elsewhere the only way to read it is to set it (briefly)
        current = os.umask(0o022)
        os.umask(current)
    return current


def _mode_for(path: Path) -> int:
    """The permissions a plain save would give: those of the file replaced, else 0666 - umask."""
    with contextlib.suppress(OSError):
        info = os.lstat(path)
        if stat.S_ISREG(info.st_mode):
            return stat.S_IMODE(info.st_mode)
    return 0o666 & ~_umask()


def _code(error: OSError, stage: str) -> str:
    number = error.errno
    if number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "disk_full"
    if number == errno.EROFS:
        return "read_only"
    if stage == "rename":
        return "is_a_folder" if number in (errno.EISDIR, errno.ENOTEMPTY) else "rename_failed"
    if number in (errno.EACCES, errno.EPERM):
        return "permission_denied"
    if number in (errno.ENOENT, errno.ENOTDIR, errno.EEXIST):
        return "folder_missing"
    return "write_failed"


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; best effort)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomic(path: Path, content: Content) -> None:
    """Write ``content`` to ``path`` atomically: all of it, or nothing changes.

    Args:
        path: the file to create or replace (a missing folder is made, as a save would).
        content: the bytes, or a function given the open binary stream to write to (for
            writers that produce their output piece by piece).

    Raises:
        FileWriteError: with a code (see the class); the temporary file is gone and any old
            file at ``path`` is as it was.
    """
    path = Path(path)
    folder = path.parent
    with contextlib.suppress(OSError):
        clean_stale_temporaries([folder])
    stage = "create"
    tmp: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=f"{TEMP_PREFIX}{path.name[:_NAME_PART]}.", suffix=TEMP_SUFFIX, dir=folder
        )
        stage = "write"
        with os.fdopen(fd, "wb") as handle:
            if isinstance(content, bytes | bytearray | memoryview):
                handle.write(content)
            else:
                content(handle)
            handle.flush()
            os.fsync(handle.fileno())
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), _mode_for(path))
        stage = "rename"
        os.replace(tmp, path)
        tmp = None
    except OSError as error:
        if isinstance(error, FileWriteError):
            raise
        detail = error.strerror or type(error).__name__
        raise FileWriteError(_code(error, stage), path, detail, error.errno or 0) from error
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    _sync_folder(folder)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` atomically (see :func:`write_atomic`)."""
    write_atomic(path, data)


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` atomically (see :func:`write_atomic`); unencodable characters become
    ``?`` rather than failing the export."""
    write_atomic(path, text.encode(encoding, errors="replace"))


def is_temporary_name(name: str) -> bool:
    """Whether ``name`` is one of :func:`write_atomic`'s temporaries (or an old PDF writer's)."""
    if name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX):
        return True
    # Earlier versions wrote PDFs through a fixed ".NAME.pdf.tmp"; a kill left them behind.
    return name.startswith(".") and name.endswith(".pdf.tmp") and len(name) > len(".pdf.tmp") + 1


def clean_stale_temporaries(
    folders: Iterable[Path],
    *,
    older_than: dt.timedelta = STALE_AFTER,
    now: dt.datetime | None = None,
) -> list[Path]:
    """Remove temporaries that a killed export left in ``folders``; returns what was removed.

    Only regular files (never links or folders) named like :func:`write_atomic`'s temporaries,
    owned by this user (POSIX), and not modified for ``older_than`` are removed: a write still
    running in another window is never touched. Folders that cannot be read are skipped.
    """
    limit = (now or dt.datetime.now(dt.UTC)).timestamp() - older_than.total_seconds()
    uid = os.getuid() if hasattr(os, "getuid") else None
    removed: list[Path] = []
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not is_temporary_name(entry.name):
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if not stat.S_ISREG(info.st_mode) or info.st_mtime > limit:
                continue
            if uid is not None and info.st_uid != uid:
                continue
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


# ---- reading ----------------------------------------------------------------------------------

_READ_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _unreadable(path: Path, error: OSError) -> FileReadError:
    return FileReadError(
        "unreadable", path, detail=error.strerror or str(error), errno=error.errno or 0
    )


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes`` of them.

    The file is opened without blocking (a named pipe would otherwise wait for a writer forever)
    and checked with ``fstat`` before anything is read; a file that grows past ``max_bytes``
    while it is read is refused too.

    Raises:
        FileReadError: ``not_found``, ``not_a_file``, ``too_large`` (``size``, ``limit``) or
            ``unreadable`` (``detail``, ``errno``).
    """
    path = Path(path)
    try:
        fd = os.open(path, _READ_FLAGS)
    except FileNotFoundError as error:
        raise FileReadError("not_found", path) from error
    except IsADirectoryError as error:
        raise FileReadError("not_a_file", path) from error
    except OSError as error:
        raise _unreadable(path, error) from error
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileReadError("not_a_file", path)
        if info.st_size > max_bytes:
            raise FileReadError("too_large", path, size=info.st_size, limit=max_bytes)
        chunks: list[bytes] = []
        left = max_bytes + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except FileReadError:
        raise
    except OSError as error:
        raise _unreadable(path, error) from error
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        raise FileReadError("too_large", path, size=len(data), limit=max_bytes)
    return data
