"""Reading the lesson pack in use on a worker thread, so that no start-up waits for it.

A teacher's pack is remembered and opened at every start. Read on the GUI thread, a hostile or
huge one froze every later start; now the pack is read on a ``QThreadPool`` worker
(``learning.bank`` shares the result with every page) while the Learn page shows that it is
loading. If a teacher's pack is not a pack any more, or takes longer than
:data:`PACK_TIME_LIMIT_MS`, it is **set aside for this start**
(``AppContext.set_aside_lesson_pack``): the course is shown, the user is told why, and the choice
stays remembered for the next start.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, SignalInstance

PACK_TIME_LIMIT_MS = 15_000
"""A teacher's pack that takes longer is set aside for the start (the largest pack the limits
allow is checked in a few seconds; ten times the course in about two)."""


class _Signals(QObject):
    finished = Signal(object)  # the LoadResult
    failed = Signal(str, object)  # error code, the exception


class _LoadJob(QRunnable):
    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.signals = _Signals()

    def run(self) -> None:
        """Load (or wait for another thread's load of) the pack; never raises."""
        # Imported here: the loader is not needed before the first lesson list (start-up time).
        from duewise.content import loader
        from duewise.learning import bank

        try:
            result = bank.load_result(self.folder)
        except loader.PackPathError as error:
            self._report(self.signals.failed, error.code, error)
            return
        except Exception as error:  # report any failure instead of losing it in the thread
            self._report(self.signals.failed, "failed", error)
            return
        self._report(self.signals.finished, result)

    def _report(self, signal: SignalInstance, *args: object) -> None:
        # The app may have quit while the pack was read (closed within its first second): its
        # signals object is gone with it, and there is nobody left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class PackLoading(QObject):
    """One background load of a pack folder at a time, with its time limit.

    Signals:
        finished(object): the folder's ``LoadResult`` (also kept by ``learning.bank``).
        failed(str, object): the folder is not a pack (or reading it failed): the
            ``PackPathError`` code (``failed`` for anything else) and the exception.
        too_slow(): the time limit passed before the pack loaded (the load goes on).
    """

    finished = Signal(object)
    failed = Signal(str, object)
    too_slow = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self._jobs: list[_LoadJob] = []  # kept referenced until they report
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def running(self) -> bool:
        """A load has been started and has not reported yet."""
        return self.folder is not None

    def start(self, folder: Path, *, time_limit_ms: int | None = None) -> None:
        """Load ``folder`` on a worker (``time_limit_ms``: emit :attr:`too_slow` after it)."""
        self.folder = folder
        job = _LoadJob(folder)
        job.setAutoDelete(False)
        # Bound methods, not lambdas: Qt drops the connection if this object goes first.
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        self._jobs.append(job)
        if time_limit_ms is not None:
            self._timer.start(time_limit_ms)
        QThreadPool.globalInstance().start(job)

    def forget(self) -> None:
        """Stop waiting for the load in progress (its result still fills the shared cache)."""
        self.folder = None
        self._timer.stop()

    def _reporting_job(self) -> _LoadJob | None:
        sender = self.sender()
        job = next((j for j in self._jobs if j.signals is sender), None)
        self._jobs = [j for j in self._jobs if j is not job]
        return job

    def _on_job_finished(self, result: object) -> None:
        job = self._reporting_job()
        if job is not None and self.folder is not None and job.folder == self.folder:
            self.forget()
            self.finished.emit(result)

    def _on_job_failed(self, code: str, error: object) -> None:
        job = self._reporting_job()
        if job is not None and self.folder is not None and job.folder == self.folder:
            self.forget()
            self.failed.emit(code, error)

    def _on_timer_timeout(self) -> None:
        if self.folder is not None:
            self.forget()
            self.too_slow.emit()
