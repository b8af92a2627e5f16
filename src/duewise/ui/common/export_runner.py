"""A panel's exports and their one status line: a PDF's round trip through :func:`jobs.start`, and
a quick file (CSV) written at once.

While a PDF is written the panel's export buttons are disabled and its progress indicator is
shown; afterwards both are undone, :attr:`ExportRunner.status` says what happened and the panel is
asked to word it again (its ``retranslate_ui``). The panel keeps only what is its own: what to
write, and the words for each status (:meth:`ExportRunner.text`), which stay in the panel's own
translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from duewise.ui.common import errors, jobs


class ExportRunner(QObject):
    """Write one PDF at a time on a worker, showing that it is under way, and say how it went.

    :attr:`status` is ``None`` (nothing to say), ``("writing", path)``, ``("written", path)`` or
    ``("failed", reason)``; a panel may set it to ``None`` to say nothing, without rewording.

    Signals:
        written(object): the PDF was written (its path).
        failed(str): writing it failed (why, worded by the error catalogue).
    """

    written = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        parent: QObject,
        *,
        buttons: Sequence[QWidget],
        progress: QWidget,
        reword: Callable[[], None],
    ) -> None:
        """Take the panel's export widgets.

        Args:
            parent: the panel (it keeps this object alive).
            buttons: disabled while a PDF is written, enabled again after.
            progress: shown while a PDF is written.
            reword: sets the panel's texts again, the status among them (``retranslate_ui``).
        """
        super().__init__(parent)
        self.buttons = tuple(buttons)
        self.progress = progress
        self._reword = reword
        self.job: jobs.WriteJob | None = None  # referenced until a callback ran
        self.status: tuple[str, str] | None = None

    def start(self, path: Path, work: Callable[[Path], None]) -> None:
        """Write ``work(path)`` on a worker; the buttons wait and the progress shows meanwhile."""
        for button in self.buttons:
            button.setEnabled(False)
        self.progress.show()
        self.show_status("writing", str(path))
        self.job = jobs.start(path, work, self._on_job_finished, self._on_job_failed)

    def write_now(self, path: Path, work: Callable[[Path], None]) -> None:
        """Write ``work(path)`` here on the GUI thread (a CSV file is quick) and say how it went.

        Only an ``OSError`` is reported; anything else is a bug and propagates.
        """
        try:
            work(path)
        except OSError as exc:
            self.show_status("failed", errors.describe(exc))
        else:
            self.show_status("written", str(path))

    def show_status(self, code: str, value: str) -> None:
        """Set the status (``"writing"``, ``"written"`` or ``"failed"``) and word it again."""
        self.status = (code, value)
        self._reword()

    def text(self, words: Mapping[str, str]) -> str:
        """The status in the panel's words (one per code, ``%1`` standing for the path or reason);
        empty when there is nothing to say."""
        if self.status is None:
            return ""
        code, value = self.status
        return words[code].replace("%1", value)

    def _finish(self) -> None:
        for button in self.buttons:
            button.setEnabled(True)
        self.progress.hide()

    def _on_job_finished(self, path: object) -> None:
        self._finish()
        self.show_status("written", str(path))
        self.written.emit(path)

    def _on_job_failed(self, reason: str) -> None:
        self._finish()
        self.show_status("failed", reason)
        self.failed.emit(reason)
