"""File-writing jobs (PDF exports) on a worker thread, reporting back through signals.

A job runs ``work(path)`` on one of ``QThreadPool``'s workers; its ``finished``/``failed`` signals
(on a QObject made in the GUI thread) arrive through the event loop, so the page can show a
progress indicator meanwhile and stay responsive.

What the work may touch on the worker: its own ``QPdfWriter``, ``QTextDocument`` and ``QPainter``,
fonts, and ready ``QImage``s (Qt supports painting on those in any thread). :func:`start` reads
what the PDF writer needs from the screen on the GUI thread first (``reports.pdf.prepare``), and
callers decode chart images there too (:func:`decode_images`): a clean CI run once hung with the
worker in ``QImage.fromData`` and the GUI thread idle. That was with PySide6 6.12.0, since
excluded for a reference-counting bug; the stress test in ``tests/ui/test_jobs.py`` runs many
jobs while the GUI thread keeps working.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

from duewise.reports import pdf


class JobSignals(QObject):
    """Signals of one job (a ``QRunnable`` cannot have its own).

    Signals:
        finished(object): the path written.
        failed(str): why it failed, worded by the error catalogue (``errors.describe``).
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
        from duewise.ui.common import errors  # QCoreApplication.translate is thread-safe

        try:
            self.work(self.path)
        except Exception as exc:  # report any failure instead of losing it in the thread
            self.signals.failed.emit(errors.describe(exc))
            return
        self.signals.finished.emit(self.path)


def decode_images(images: dict[str, bytes]) -> dict[str, QImage]:
    """PNG bytes → ``QImage`` (on the GUI thread, before a job starts)."""
    return {name: QImage.fromData(data) for name, data in images.items()}


def start(
    path: Path,
    work: Callable[[Path], None],
    on_finished: Callable[[object], None],
    on_failed: Callable[[str], None],
) -> WriteJob:
    """Queue a job on the global pool; the callbacks run on the GUI thread (queued signals).

    Keep the returned job referenced until a callback ran (it is not auto-deleted).
    """
    pdf.prepare()
    job = WriteJob(path, work)
    job.setAutoDelete(False)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    QThreadPool.globalInstance().start(job)
    return job
