"""A panel's exports: the buttons wait and the progress shows while the worker writes a PDF, then
both are undone and the status line says where the file went or why it did not."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

WORDS = {"writing": "Writing %1 …", "written": "Saved as %1", "failed": "Could not write: %1"}


class Panel(QWidget):
    """The least a panel has: two export buttons, a progress bar and a status line."""

    def __init__(self) -> None:
        from duewise.ui.common.export_runner import ExportRunner

        super().__init__()
        layout = QVBoxLayout(self)
        self.pdf_button = QPushButton("PDF", self)
        self.other_button = QPushButton("Other", self)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        for widget in (self.pdf_button, self.other_button, self.progress, self.status):
            layout.addWidget(widget)
        self.rewordings = 0
        self.export = ExportRunner(
            self,
            buttons=(self.pdf_button, self.other_button),
            progress=self.progress,
            reword=self.retranslate_ui,
        )

    def retranslate_ui(self) -> None:
        self.rewordings += 1
        self.status.setText(self.export.text(WORDS))


def _panel(qtbot) -> Panel:  # type: ignore[no-untyped-def]
    panel = Panel()
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _held(work: Callable[[Path], None]) -> tuple[threading.Event, Callable[[Path], None]]:
    """``work`` that waits on the worker until the test lets it go."""
    go = threading.Event()

    def held(target: Path) -> None:
        go.wait(timeout=20)
        work(target)

    return go, held


def test_a_written_pdf_disables_the_buttons_meanwhile_and_says_where(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot)
    assert panel.export.text(WORDS) == ""
    target = tmp_path / "out.pdf"
    go, work = _held(lambda path: path.write_bytes(b"%PDF-1.4"))

    panel.export.start(target, work)
    assert not panel.pdf_button.isEnabled() and not panel.other_button.isEnabled()
    assert panel.progress.isVisible()
    assert panel.status.text() == f"Writing {target} …"
    assert panel.export.job is not None

    with qtbot.waitSignal(panel.export.written, timeout=20_000) as written:
        go.set()
    assert written.args == [target] and target.read_bytes() == b"%PDF-1.4"
    assert panel.pdf_button.isEnabled() and panel.other_button.isEnabled()
    assert not panel.progress.isVisible()
    assert panel.status.text() == f"Saved as {target}"
    assert panel.export.status == ("written", str(target))


def test_a_failed_pdf_enables_the_buttons_again_and_says_why(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = _panel(qtbot)

    def refuse(target: Path) -> None:
        raise PermissionError(13, "Permission denied", str(target))

    go, work = _held(refuse)
    panel.export.start(tmp_path / "out.pdf", work)
    assert not panel.pdf_button.isEnabled() and panel.progress.isVisible()

    with qtbot.waitSignal(panel.export.failed, timeout=20_000) as failed:
        go.set()
    reason = (  # the error catalogue's words, not the system's English
        "You may not write in this folder. Nothing was changed: a file that was there is as it was."
    )
    assert failed.args == [reason]
    assert panel.pdf_button.isEnabled() and panel.other_button.isEnabled()
    assert not panel.progress.isVisible()
    assert panel.status.text() == f"Could not write: {reason}"
    assert "Permission denied" not in panel.status.text()


def test_a_file_written_at_once_shares_the_status_line(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A CSV file is written on the GUI thread; its outcome is worded at once, buttons untouched."""
    panel = _panel(qtbot)
    target = tmp_path / "a.csv"
    before = panel.rewordings
    panel.export.write_now(target, lambda path: path.write_text("a,b", encoding="utf-8"))
    assert panel.rewordings == before + 1 and target.read_text(encoding="utf-8") == "a,b"
    assert panel.status.text() == f"Saved as {target}"

    def refuse(path: Path) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    panel.export.write_now(tmp_path / "b.csv", refuse)
    assert panel.status.text() == (
        "Could not write: You may not write in this folder. "
        "Nothing was changed: a file that was there is as it was."
    )
    assert panel.pdf_button.isEnabled() and not panel.progress.isVisible()
