"""Settings → About DueWise: the version, the licence and the third-party notices."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import duewise
from duewise.ui.settings import about


def test_about_shows_the_version_the_licence_and_the_notices(
    build_window, qtbot: QtBot, tmp_path: Path
) -> None:
    _context, window = build_window(tmp_path / "data", "en")
    window.show()
    settings = window.show_page("settings")
    qtbot.mouseClick(settings.app_panel.about_button, Qt.MouseButton.LeftButton)
    (dialog,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, about.AboutDialog) and w.isVisible()
    ]
    assert dialog.version.text() == f"Version {duewise.__version__}"
    assert "MIT" in dialog.licence.text()
    text = dialog.notices.toPlainText()
    for needed in (
        "Python Software Foundation",
        "GNU LESSER GENERAL PUBLIC LICENSE",
        "How to Apply These Terms",
        "matplotlib",
        "babel",
        "icalendar",
        "python-dateutil",
        "PySide6",
        "Relinking",
        "download.qt.io",
    ):
        assert needed in text, needed
    assert not dialog.icon.pixmap().isNull()
    dialog.reject()
