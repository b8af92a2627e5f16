"""Starting DueWise on a bad day: a read-only data folder, another window already open, data that
cannot be opened at all, and temporaries left by a killed export. The user reads what happened."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import pytest

from duewise import app as duewise_app
from duewise.storage import db as storage_db
from duewise.storage import files, instance
from duewise.ui.shell import bootstrap
from readonly import read_only

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and locks")


def _healthy(folder: Path) -> None:
    database, _ = storage_db.open_database(folder)
    database.set_setting("language", "en")
    database.close()


@POSIX
def test_a_read_only_data_folder_opens_a_session_that_says_nothing_is_kept(
    build_window,
    tmp_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    data = tmp_path / "data"
    _healthy(data)
    with read_only(data):
        context, window = build_window(data, "en")
        window.show()
        assert window.banner.isVisible()
        assert window.banner_text.text() == (
            f"Your data folder is read-only ({data}): you can use DueWise as usual, but nothing "
            "you do in this session will be kept."
        )
        context.set_language("zh_CN")  # a setting changed in the session: no traceback
        qtbot.waitUntil(lambda: "只读" in window.banner_text.text())
        context.set_language("en")
    assert sorted(p.name for p in data.iterdir() if "corrupt" in p.name) == []


def test_a_second_window_is_told_another_one_is_open(
    build_window,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    data = tmp_path / "data"
    _healthy(data)
    first = instance.acquire(data)  # the first window's lock
    try:
        _, window = build_window(data, "en")
        window.show()
        assert window.banner.isVisible()
        assert window.banner_text.text() == (
            "Another DueWise window is open with the same data. Both can be used; changes made "
            "in one show in the other after it is restarted."
        )
    finally:
        first.release()


@POSIX
def test_data_that_cannot_be_opened_is_explained_before_any_window(
    qapp,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        bootstrap,
        "show_open_failure",
        lambda error: shown.append(bootstrap.open_failure_text(error)),
    )
    data = tmp_path / "data"
    data.mkdir()
    options = argparse.Namespace(
        screenshot=None, data_dir=str(data), lang="en", exit_after_startup=False, text_scale=None
    )
    with read_only(data):
        assert duewise_app.run(options) == 1
    assert len(shown) == 1
    assert shown[0].startswith(
        f"DueWise cannot create its data file {data / storage_db.DB_FILENAME}: the folder is "
        "read-only or cannot be made ("
    )
    assert shown[0].endswith("Start DueWise with --data-dir and a folder you may write to.")


def test_stale_temporaries_of_a_killed_export_are_cleaned_at_start(
    build_window,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    stale = data / f"{files.TEMP_PREFIX}class.pdf.x1y2{files.TEMP_SUFFIX}"
    stale.write_bytes(b"%PDF half" * 1000)
    os.utime(stale, (0, 0))
    fresh = data / f"{files.TEMP_PREFIX}class.pdf.z3{files.TEMP_SUFFIX}"
    fresh.write_bytes(b"%PDF being written by another window")
    build_window(data, "en")
    assert not stale.exists() and fresh.exists()
    assert data in bootstrap.export_folders(data)


def test_a_database_that_stays_busy_is_shown_not_a_traceback(
    main_window,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    context, window = main_window
    seen: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *args: seen.append(args))
    bootstrap.install_storage_error_hook(window)
    error = storage_db.DatabaseBusyError("locked", path=str(context.database.path))
    sys.excepthook(type(error), error, None)
    assert window.banner.isVisible()
    assert window.banner_text.text().startswith(
        f"Your data file {context.database.path} is in use by another program"
    )
    other = RuntimeError("a bug")
    sys.excepthook(type(other), other, None)
    assert seen == [(RuntimeError, other, None)]  # everything else goes where it went before
