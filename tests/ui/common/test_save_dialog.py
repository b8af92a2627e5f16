"""The "save as" question of every export: typing ``worksheet`` for a PDF asks about replacing
``worksheet.pdf`` before anything is written (it used to add ``.pdf`` after the question)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from duewise.ui.common import save_dialog


def _answer_replace_question(answer: QMessageBox.StandardButton, seen: list[str]) -> QTimer:
    """Answer the "replace it?" box as soon as it shows (it runs its own event loop)."""
    timer = QTimer()
    timer.setInterval(20)

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                widget.button(answer).click()
                timer.stop()

    timer.timeout.connect(look)
    timer.start()
    return timer


# The offscreen platform cannot raise a window or grab the keyboard for the real message box.
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_typing_a_name_without_pdf_asks_about_the_pdf_that_exists(
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    existing = tmp_path / "worksheet.pdf"
    existing.write_bytes(b"%PDF the teacher's good worksheet")
    dialog = save_dialog.make_dialog(
        None, "Save worksheet", tmp_path / "lesson-1.pdf", "PDF (*.pdf)"
    )
    dialog.setOption(dialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.clear()
    qtbot.keyClicks(name, "worksheet")
    seen: list[str] = []
    timer = _answer_replace_question(QMessageBox.StandardButton.No, seen)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    timer.stop()
    assert len(seen) == 1 and "worksheet.pdf" in seen[0]
    assert dialog.isVisible()  # "No": still choosing, nothing chosen
    assert existing.read_bytes() == b"%PDF the teacher's good worksheet"
    dialog.reject()


def test_a_name_handed_back_without_its_suffix_is_asked_about_here(
    qapp,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    (tmp_path / "plan.csv").write_text("old", encoding="utf-8")
    asked: list[Path] = []
    monkeypatch.setattr(save_dialog, "_run", lambda dialog: str(tmp_path / "plan"))
    monkeypatch.setattr(
        save_dialog, "confirm_overwrite", lambda parent, path: asked.append(path) or False
    )
    assert save_dialog.ask_save_path(None, "Export", tmp_path / "x.csv", "CSV (*.csv)") is None
    assert asked == [tmp_path / "plan.csv"]
    monkeypatch.setattr(save_dialog, "_run", lambda dialog: str(tmp_path / "new"))
    chosen = save_dialog.ask_save_path(None, "Export", tmp_path / "x.csv", "CSV (*.csv)")
    assert chosen == tmp_path / "new.csv" and asked == [tmp_path / "plan.csv"]
