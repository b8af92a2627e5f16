"""Start-up wiring: open the database, apply the stored settings, build the main window.

The entry point (``duewise.app``) calls :func:`build`; so do the screenshots and the tests. It
lives in the UI layer so that nothing in ``ui`` needs to import the entry point back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from duewise.storage import db as storage_db
from duewise.ui.common.context import AppContext
from duewise.ui.common.language import system_language
from duewise.ui.shell import font_banner
from duewise.ui.shell.main_window import MainWindow


def build(
    app: QApplication, data_dir: Path, language: str | None = None
) -> tuple[AppContext, MainWindow]:
    """Open the database and build the main window with the stored settings applied."""
    database, report = storage_db.open_database(data_dir)
    context = AppContext(app, database, data_dir, report)
    stored_scale = database.get_setting("text_scale", "100") or "100"
    context.set_appearance(
        theme_name=database.get_setting("theme", "system"),
        text_scale=int(stored_scale) if stored_scale.isdigit() else 100,
        remember=False,
    )
    chosen = language or database.get_setting("language") or system_language()
    context.set_language(chosen, remember=language is not None)
    window = MainWindow(context)
    font_banner.attach(window, window.stack)  # says so if no font can draw Chinese
    window.show_open_report()
    return context, window
