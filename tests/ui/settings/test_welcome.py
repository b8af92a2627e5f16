"""The first-start welcome: asks the language and who is using DueWise, opens the right place."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from duewise.storage import db as storage_db
from duewise.storage import settings as stored_settings
from duewise.ui.settings import welcome


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a button where a user would: a radio button on its circle and words, not at the
    middle of its (wide) row."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _dialog() -> welcome.WelcomeDialog:
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, welcome.WelcomeDialog)]
    visible = [d for d in dialogs if d.isVisible()]
    assert len(visible) == 1, dialogs
    return visible[0]


@pytest.mark.parametrize(
    ("role", "page"), [("learner", "learn"), ("teacher", "classroom"), ("self_check", "check")]
)
def test_the_first_start_asks_and_opens_the_matching_place(
    build_window, qtbot: QtBot, tmp_path: Path, role: str, page: str
) -> None:
    context, window = build_window(tmp_path / "data", None)
    window.show()
    welcome.offer(context, window, first_start=True)
    dialog = _dialog()
    assert dialog.heading.text() == "Welcome to DueWise"
    _click(qtbot, dialog.language_buttons["zh_CN"])
    # The language applies at once: the welcome itself is now in Chinese.
    assert context.language == "zh_CN"
    qtbot.waitUntil(lambda: dialog.heading.text() == "欢迎使用明白账")
    assert dialog.start_button.text() == "开始"
    _click(qtbot, dialog.role_buttons[role])
    window.show_page("settings")  # somewhere else first, so that every role has to move
    _click(qtbot, dialog.start_button)
    assert window.current_page_id() == page
    assert not dialog.isVisible()
    assert context.database.get_setting("language") == "zh_CN"
    assert context.database.get_setting("role") == role
    # Never again on its own.
    assert welcome.offer(context, window, first_start=False) is None


def test_closing_the_welcome_keeps_the_page_and_it_stays_closed(
    build_window, qtbot: QtBot, tmp_path: Path
) -> None:
    context, window = build_window(tmp_path / "data", "en")
    window.show()
    welcome.offer(context, window, first_start=True)
    dialog = _dialog()
    before = window.current_page_id()
    _click(qtbot, dialog.skip_button)
    assert not dialog.isVisible()
    assert window.current_page_id() == before
    assert welcome.offer(context, window, first_start=False) is None


def test_an_existing_data_folder_gets_no_welcome(build_window, tmp_path: Path) -> None:
    context, window = build_window(tmp_path / "data", "en")
    assert welcome.offer(context, window, first_start=False) is None


def test_settings_shows_the_welcome_again(build_window, qtbot: QtBot, tmp_path: Path) -> None:
    context, window = build_window(tmp_path / "data", "en")
    window.show()
    context.database.set_setting(stored_settings.WELCOME.key, "done")
    settings = window.show_page("settings")
    button = settings.app_panel.welcome_button
    assert button.text() == "Show the welcome again"
    _click(qtbot, button)
    dialog = _dialog()
    _click(qtbot, dialog.role_buttons["teacher"])
    _click(qtbot, dialog.start_button)
    assert window.current_page_id() == "classroom"


def _settings(folder: Path) -> dict[str, str]:
    with sqlite3.connect(folder / "duewise.sqlite3") as conn:
        return dict(conn.execute("SELECT key, value FROM settings").fetchall())


def test_the_app_offers_it_on_an_empty_data_folder_only(tmp_path: Path) -> None:
    """The real start: the welcome is due on the first start and stays due until answered;
    --exit-after-startup is not held up by it, and --screenshot never shows it."""
    data = tmp_path / "data"
    command = [sys.executable, "-m", "duewise", "--exit-after-startup", "--data-dir", str(data)]
    first = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert first.returncode == 0, first.stderr
    assert _settings(data)[stored_settings.WELCOME.key] == "pending"

    # A data folder from before (made by an older DueWise: no welcome setting) gets none.
    existing = tmp_path / "existing"
    database, _report = storage_db.open_database(existing)
    database.close()
    again = subprocess.run(
        [*command[:-1], str(existing)], capture_output=True, text=True, timeout=120, check=False
    )
    assert again.returncode == 0, again.stderr
    assert stored_settings.WELCOME.key not in _settings(existing)
