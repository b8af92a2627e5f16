"""Reading the files of a lesson pack safely: only regular files inside the pack, bounded in size.

A pack is opened from anywhere (a USB stick, a shared folder), so a ``lesson.toml``, ``zh.md``,
``en.md`` or a whole lesson folder may be a symbolic link to ``/etc/passwd`` or ``/dev/zero``, or
a named pipe that blocks forever. Every path is resolved and must stay inside the pack; the file is
opened without following a final link (``O_NOFOLLOW``: a link swapped in after the check is
refused too) and without blocking (``O_NONBLOCK``), checked with ``fstat`` to be a regular file of
at most :data:`limits.MAX_FILE_BYTES`, and only then read. A refusal never quotes the file's
content, and nothing outside the pack is ever read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from duewise.content import limits, problems
from duewise.content.problems import Problem

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def real_root(pack: Path) -> Path:
    """The pack folder with every link resolved: the boundary files must stay within."""
    return Path(os.path.realpath(pack))


def inside(path: Path, root: Path) -> bool:
    """Whether ``path`` (links resolved) is ``root`` or lies under it."""
    return Path(os.path.realpath(path)).is_relative_to(root)


def exists(path: Path) -> bool:
    """Whether anything (a file, folder, pipe, or a link, even a broken one) is at ``path``."""
    return os.path.lexists(path)


def read_text(path: Path, root: Path, budget: limits.Budget, sink: list[Problem]) -> str | None:
    """The UTF-8 text of a pack file, or None after reporting why it cannot be used.

    Args:
        path: the file as found in the pack (problems are reported at this path).
        root: :func:`real_root` of the pack.
        budget: the pack's remaining byte budget (this file's size is taken from it).
        sink: problems are appended here.
    """
    real = Path(os.path.realpath(path))
    if not real.is_relative_to(root):
        sink.append(problems.make("outside_pack", path, 1, name=path.name))
        return None
    try:
        fd = os.open(real, _OPEN_FLAGS)
    except OSError as error:
        if error.errno == errno.ELOOP:  # a link appeared after the check
            sink.append(problems.make("outside_pack", path, 1, name=path.name))
        else:
            detail = error.strerror or type(error).__name__
            sink.append(problems.make("unreadable", path, 1, detail=detail))
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            sink.append(problems.make("not_a_file", path, 1, name=path.name))
            return None
        if info.st_size > limits.MAX_FILE_BYTES:
            sink.append(
                problems.make("too_large", path, 1, size=info.st_size, limit=limits.MAX_FILE_BYTES)
            )
            return None
        if info.st_size > budget.bytes:
            sink.append(problems.make("pack_too_large", path, 1, limit=limits.MAX_PACK_BYTES))
            budget.bytes = 0
            return None
        raw = _read_at_most(fd, limits.MAX_FILE_BYTES + 1)
    except OSError as error:
        sink.append(problems.make("unreadable", path, 1, detail=error.strerror or str(error)))
        return None
    finally:
        os.close(fd)
    if len(raw) > limits.MAX_FILE_BYTES:  # it grew after fstat
        sink.append(problems.make("too_large", path, 1, size=len(raw), limit=limits.MAX_FILE_BYTES))
        return None
    budget.bytes -= len(raw)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        sink.append(
            problems.make("not_utf8", path, line, detail=f"bad byte at offset {error.start}")
        )
        return None


def _read_at_most(fd: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    left = limit
    while left > 0:
        chunk = os.read(fd, min(left, 1 << 16))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)
