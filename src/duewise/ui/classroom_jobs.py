"""Slow classroom work (PDFs), run once the busy bar is painted (``ui.jobs``); done/failed signals.

The HTML is built first; the job lays it out and writes the file with its own ``QTextDocument``
and ``QPdfWriter``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from duewise.ui import jobs


class JobSignals(QObject):
    """Signals of one job (a ``QRunnable`` cannot have its own).

    Signals:
        finished(object): the path written.
        failed(str): why it failed (the OS's reason).
    """

    finished = Signal(object)
    failed = Signal(str)


class WriteJob(QRunnable):
    """Run ``work(path)`` on a pool thread and report through :attr:`signals`."""

    def __init__(self, path: Path, work: Callable[[Path], None]) -> None:
        super().__init__()
        self.path = path
        self.work = work
        self.signals = JobSignals()

    def run(self) -> None:
        """Do the work; never lets an exception escape the thread."""
        try:
            self.work(self.path)
        except OSError as exc:
            self.signals.failed.emit(exc.strerror or str(exc))
            return
        except Exception as exc:  # report any failure instead of losing it in the thread
            self.signals.failed.emit(str(exc))
            return
        self.signals.finished.emit(self.path)


def start(
    path: Path,
    work: Callable[[Path], None],
    on_finished: Callable[[object], None],
    on_failed: Callable[[str], None],
) -> WriteJob:
    """Queue a job on the global pool; the callbacks run on the GUI thread (queued signals)."""
    job = WriteJob(path, work)
    job.setAutoDelete(False)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    jobs.run_soon(job)
    return job
