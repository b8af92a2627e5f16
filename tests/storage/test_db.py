"""The local database: creation, migrations, transactions, corrupt and newer files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from duewise.storage import db


def test_new_database_has_default_profile_and_current_version(tmp_path: Path) -> None:
    database, report = db.open_database(tmp_path)
    assert report.problem is None
    assert database.schema_version() == db.SCHEMA_VERSION
    assert database.profiles() == [(1, db.DEFAULT_PROFILE_NAME)]


def test_settings_survive_reopening(tmp_path: Path) -> None:
    database, _ = db.open_database(tmp_path)
    database.set_setting("language", "en")
    database.close()
    reopened, _ = db.open_database(tmp_path)
    assert reopened.get_setting("language") == "en"
    assert reopened.get_setting("missing", "x") == "x"


def test_failed_transaction_keeps_nothing(tmp_path: Path) -> None:
    database, _ = db.open_database(tmp_path)
    with pytest.raises(RuntimeError), database.transaction() as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
        raise RuntimeError("boom")
    assert database.get_setting("a") is None


def test_old_version_is_migrated_forward(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / db.DB_FILENAME, isolation_level=None)
    db.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO settings VALUES ('kept', 'yes')")
    conn.close()
    database, report = db.open_database(tmp_path)
    assert report.problem is None
    assert database.schema_version() == db.SCHEMA_VERSION
    assert database.get_setting("kept") == "yes"
    database.connection.execute("SELECT * FROM saved_items").fetchall()


def test_corrupt_file_is_moved_aside_not_deleted(tmp_path: Path) -> None:
    path = tmp_path / db.DB_FILENAME
    path.write_bytes(b"this is not a database" * 100)
    database, report = db.open_database(tmp_path)
    assert report.problem is db.OpenProblem.CORRUPT
    assert report.moved_to is not None and report.moved_to.exists()
    assert report.moved_to.read_bytes().startswith(b"this is not a database")
    assert database.profiles() == [(1, db.DEFAULT_PROFILE_NAME)]


def test_newer_version_is_moved_aside(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / db.DB_FILENAME)
    conn.execute(f"PRAGMA user_version = {db.SCHEMA_VERSION + 5}")
    conn.close()
    _, report = db.open_database(tmp_path)
    assert report.problem is db.OpenProblem.NEWER_VERSION
    assert report.moved_to is not None and report.moved_to.exists()


def test_delete_all_data_leaves_a_fresh_default(tmp_path: Path) -> None:
    database, _ = db.open_database(tmp_path)
    database.set_setting("language", "en")
    with database.transaction() as conn:
        conn.execute("INSERT INTO profiles (name, created_at) VALUES ('Ming', 'now')")
    database.delete_all_data()
    assert database.get_setting("language") is None
    assert [name for _, name in database.profiles()] == [db.DEFAULT_PROFILE_NAME]


def test_saved_items_round_trip(tmp_path: Path) -> None:
    database, _ = db.open_database(tmp_path)
    database.save_item(1, "scenario", "miss three", '{"a": 1}')
    database.save_item(1, "scenario", "miss three", '{"a": 2}')
    database.save_item(1, "plan", "mine", "{}")
    assert database.item_names(1, "scenario") == ["miss three"]
    assert database.load_item(1, "scenario", "miss three") == '{"a": 2}'
    database.delete_item(1, "scenario", "miss three")
    assert database.load_item(1, "scenario", "miss three") is None
