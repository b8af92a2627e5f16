"""Running file-writing jobs (PDF exports) without freezing the progress indicator first.

The jobs were written as ``QRunnable``s for ``QThreadPool``, but rendering a PDF on a worker
thread deadlocked in a clean CI run: the worker sat in ``QImage.fromData`` (Qt's image and font
machinery take process-wide locks) while the GUI thread waited in its event loop, both idle for
minutes. Until that is understood, jobs run on the GUI thread, started just after the progress
indicator has had a chance to paint; their ``finished``/``failed`` signals still arrive through
the event loop as before.
"""

from __future__ import annotations

from PySide6.QtCore import QRunnable, QTimer

#: Long enough for the progress bar or busy label shown before the job to be painted.
PAINT_DELAY_MS = 50


def run_soon(job: QRunnable) -> None:
    """Run ``job`` on the GUI thread once the event loop has painted the current state."""
    QTimer.singleShot(PAINT_DELAY_MS, job.run)
