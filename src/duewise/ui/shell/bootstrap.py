"""Start-up wiring: open the database, apply the stored settings, build the main window.

The entry point (``duewise.app``) calls :func:`build`; so do the screenshots and the tests. It
lives in the UI layer so that nothing in ``ui`` needs to import the entry point back.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from duewise.storage import db as storage_db
from duewise.storage import files, settings
from duewise.ui.common.context import AppContext
from duewise.ui.common.language import system_language
from duewise.ui.shell import font_banner, keyboard
from duewise.ui.shell.main_window import MainWindow


def build(
    app: QApplication, data_dir: Path, language: str | None = None
) -> tuple[AppContext, MainWindow]:
    """Open the database and build the main window with the stored settings applied.

    Raises:
        storage.db.DatabaseOpenError: the data cannot be used at all (see
            :func:`show_open_failure`).
    """
    database, report = storage_db.open_database(data_dir)
    files.clean_stale_temporaries(export_folders(data_dir))
    context = AppContext(app, database, data_dir, report)
    context.set_appearance(
        theme_name=settings.read(database, settings.THEME),
        text_scale=settings.read(database, settings.TEXT_SCALE),
        remember=False,
    )
    chosen = language or settings.read(database, settings.LANGUAGE) or system_language()
    context.set_language(chosen, remember=language is not None)
    window = MainWindow(context)
    # Enter presses the focused button, on every page. Installed once the window is painted:
    # an application-wide Python event filter makes PySide create a Python type for every kind
    # of object that gets an event, ~25 ms for the first window, which need not wait for it.
    window.first_painted.connect(lambda: keyboard.install(app))
    font_banner.attach(window, window.stack)  # says so if no font can draw Chinese
    window.show_open_report()
    return context, window


def export_folders(data_dir: Path) -> list[Path]:
    """Where exports usually go: the data folder, the home, documents and desktop folders.

    Cleaned of temporaries that a killed export left behind (``storage.files``): only this
    user's, only older than a few minutes; a folder scan takes a millisecond.
    """
    folders = [data_dir, Path.home()]
    for location in (
        QStandardPaths.StandardLocation.DocumentsLocation,
        QStandardPaths.StandardLocation.DesktopLocation,
        QStandardPaths.StandardLocation.DownloadLocation,
    ):
        found = QStandardPaths.writableLocation(location)
        if found:
            folders.append(Path(found))
    return list(dict.fromkeys(folders))


def open_failure_text(error: storage_db.DatabaseOpenError) -> str:
    """Why the data cannot be opened, in the current language (``storage.db`` codes)."""
    from duewise.ui.common import errors

    return errors.database_message(error.code, error.params)


def show_open_failure(error: storage_db.DatabaseOpenError) -> None:
    """Tell the user, before any window exists, that the data cannot be opened (tests replace
    this)."""
    box = QMessageBox(QMessageBox.Icon.Critical, "DueWise", open_failure_text(error))
    box.exec()


def install_storage_error_hook(window: MainWindow) -> None:
    """Show a database that stayed busy, or became read-only, in the window's banner instead of
    a traceback, wherever a write met it (every other error goes to the previous hook)."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, storage_db.DatabaseBusyError | storage_db.DatabaseReadOnlyError):
            from duewise.ui.common import errors

            window.show_message(errors.database_message(error.code, error.params))
            return
        previous(kind, error, trace)

    sys.excepthook = hook
