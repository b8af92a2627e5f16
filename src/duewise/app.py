"""Builds the QApplication, opens the local database and wires the main window together."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

DATA_DIR_ENV = "DUEWISE_DATA_DIR"


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return bool(
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    )


def default_data_dir() -> Path:
    """The platform's app-data folder (needs a QApplication with its names set)."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def resolve_data_dir(option: str | None) -> Path:
    """``--data-dir`` wins, then ``$DUEWISE_DATA_DIR``, then the platform's app-data folder."""
    if option:
        return Path(option).expanduser()
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV]).expanduser()
    return default_data_dir()


def create_application(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    """The one QApplication, with DueWise's names (which decide the app-data folder)."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from duewise import paths
    from duewise.ui.common import theme

    app = QApplication.instance()
    if app is None:
        args = argv or [sys.argv[0]]
        # Fusion from the start (every theme is drawn with it): cheaper than setStyle later.
        app = QApplication([args[0], "-style", "fusion", *args[1:]])
        app.setProperty(theme.FUSION_PROPERTY, True)
    app.setApplicationName("DueWise")
    app.setOrganizationName("DueWise")
    app.setApplicationDisplayName("DueWise")
    # The window icon, and the desktop entry (packaging/linux/duewise.desktop) it belongs to.
    app.setWindowIcon(QIcon(str(paths.icon_file())))
    app.setDesktopFileName("duewise")
    return app


def build(app, data_dir: Path, language: str | None = None):  # type: ignore[no-untyped-def]
    """Open the database and build the main window (``duewise.ui.shell.bootstrap.build``)."""
    from duewise.ui.shell import bootstrap

    return bootstrap.build(app, data_dir, language)


def run(options: argparse.Namespace) -> int:
    """Start the desktop app (or render screenshots) with parsed command-line options."""
    if options.screenshot:
        # On a Linux display (a desktop, or a virtual one from xvfb-run) the window is drawn
        # there, as users see it (not focused, no focus ring); elsewhere off screen.
        if not (sys.platform.startswith("linux") and _has_display()):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not _has_display():
        print(
            "duewise: no display found. Start it from a desktop session, or use "
            "`xvfb-run duewise` on a headless machine (or QT_QPA_PLATFORM=offscreen).",
            file=sys.stderr,
        )
        return 1
    app = create_application()
    data_dir = resolve_data_dir(options.data_dir)
    if options.screenshot:
        from duewise.ui.shell import screenshots

        return screenshots.render_all(
            app,
            data_dir,
            Path(options.screenshot),
            text_scale=options.text_scale or 100,
            theme=options.theme or "light",
        )
    from duewise.storage import settings
    from duewise.storage.db import DB_FILENAME, DatabaseOpenError
    from duewise.ui.shell import bootstrap

    first_start = not (data_dir / DB_FILENAME).exists()  # an empty data folder
    try:
        context, window = build(app, data_dir, options.lang)
    except DatabaseOpenError as error:  # locked, unreadable, a read-only folder with no data
        bootstrap.show_open_failure(error)
        return 1
    bootstrap.install_storage_error_hook(window)
    window.restore_state()
    if options.exit_after_startup:
        window.first_painted.connect(lambda: app.exit(0))
    window.show()
    # The welcome module costs ~0.1 s to import (its dialog is the first user of Qt's enum
    # namespace on this path): import it only on a start where it may be due.
    if first_start or settings.read(context.database, settings.WELCOME) == "pending":
        from duewise.ui.settings import welcome

        welcome.offer(context, window, first_start=first_start)
    return int(app.exec())
