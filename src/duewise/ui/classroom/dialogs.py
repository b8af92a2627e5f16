"""The Classroom page's modal dialogs, in one class that tests replace with ``monkeypatch``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class ClassroomDialogs:
    """File pickers and confirmations (each one a classmethod, so tests can stand in for it)."""

    @classmethod
    def confirm(cls, parent: QWidget, title: str, text: str) -> bool:
        """Ask a yes/no question; ``True`` only when the user chose Yes."""
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def save_path(cls, parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
        """Where to save a file, or ``None`` when cancelled."""
        from duewise.ui.common import save_dialog

        return save_dialog.ask_save_path(parent, title, suggested, filters)

    @classmethod
    def open_paths(cls, parent: QWidget, title: str, folder: Path, filters: str) -> list[Path]:
        """Files to open (several at once), or an empty list when cancelled."""
        chosen, _ = QFileDialog.getOpenFileNames(parent, title, str(folder), filters)
        return [Path(p) for p in chosen]
