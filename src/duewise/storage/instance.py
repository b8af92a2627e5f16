"""Is another DueWise window using this data folder? A lock file that the first window holds.

The first window to open a data folder takes an exclusive, non-blocking lock on ``duewise.lock``
in it (``flock`` on POSIX, ``msvcrt.locking`` on Windows) and keeps it until it closes the
database. The system drops the lock when the process ends, however it ends, so a crashed window
never leaves a stale lock behind. A later window that cannot take the lock knows that another one
is open; the two then share the database safely (SQLite WAL, every write one transaction), and
the UI can say so. If the lock file cannot be made (a read-only folder) nothing is known and
nothing is claimed.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

LOCK_FILENAME = "duewise.lock"


class InstanceLock:
    """The lock on one data folder.

    Attributes:
        held: this process holds it (until :meth:`release`).
        other_instance: another process holds it: another DueWise window uses this folder.
    """

    def __init__(self, fd: int | None, *, other_instance: bool) -> None:
        self._fd = fd
        self.held = fd is not None
        self.other_instance = other_instance

    def release(self) -> None:
        """Let the lock go (closing the file releases it)."""
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
            self.held = False


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt  # Windows only

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl  # POSIX only

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def acquire(folder: Path) -> InstanceLock:
    """Take the folder's lock if no other process has it (never waits)."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(folder / LOCK_FILENAME, flags, 0o600)
    except OSError:
        return InstanceLock(None, other_instance=False)
    if _try_lock(fd):
        return InstanceLock(fd, other_instance=False)
    os.close(fd)
    return InstanceLock(None, other_instance=True)
