"""The one "save as" question of every export: the file's suffix is added before the
"replace it?" question, never after.

``QFileDialog.getSaveFileName`` cannot be given a default suffix: typing ``worksheet`` for a PDF
returned ``worksheet``, the caller added ``.pdf`` afterwards, and an existing ``worksheet.pdf``
was replaced without a word. Here the dialog gets the suffix (``setDefaultSuffix``), so Qt's
dialog asks about ``worksheet.pdf`` itself; and should a platform's own dialog hand back a name
without it, the suffix is added here and the question asked here (:func:`confirm_overwrite`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


def make_dialog(
    parent: QWidget | None, caption: str, suggested: str | Path, name_filter: str
) -> QFileDialog:
    """The save dialog, its suffix taken from ``suggested`` (``plan.pdf`` → ``pdf``)."""
    dialog = QFileDialog(parent, caption, str(Path(suggested).parent), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    suffix = Path(suggested).suffix.lstrip(".")
    if suffix:
        dialog.setDefaultSuffix(suffix)
    dialog.selectFile(Path(suggested).name)
    return dialog


def _run(dialog: QFileDialog) -> str | None:
    """Show the dialog; the chosen file or None (tests replace this)."""
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return dialog.selectedFiles()[0]


def confirm_overwrite(parent: QWidget | None, path: Path) -> bool:
    """Ask before replacing ``path`` (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("SaveDialog", "Replace the file?"),
        QCoreApplication.translate("SaveDialog", "“%1” already exists. Replace it?").replace(
            "%1", str(path)
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_path(
    parent: QWidget | None, caption: str, suggested: str | Path, name_filter: str
) -> Path | None:
    """Where to save an export, with its suffix, or None when cancelled."""
    dialog = make_dialog(parent, caption, suggested, name_filter)
    chosen = _run(dialog)
    if not chosen:
        return None
    path = Path(chosen)
    suffix = Path(suggested).suffix
    if suffix and not path.suffix:
        path = path.with_name(path.name + suffix)
        if path.exists() and not confirm_overwrite(parent, path):
            return None
    return path
