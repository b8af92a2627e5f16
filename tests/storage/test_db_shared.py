"""The database on a shared computer: two windows at once, another program holding the file, a
read-only folder or file, the teacher PIN guessed from eight windows, and files for the user only.

Real processes (multiprocessing, spawn), ordered by barriers and events, never by sleeps.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import sqlite3
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import db_workers
import pytest

from duewise.storage import db, teacher_pin
from readonly import read_only

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and locks")
CTX = multiprocessing.get_context("spawn")
WAIT = db_workers.WAIT


def _run_together(target: Any, count: int, *args: Any) -> list[Any]:
    """Start ``count`` processes running ``target(*args, barrier, results)``; their results."""
    barrier = CTX.Barrier(count)
    results = CTX.Queue()
    processes = [CTX.Process(target=target, args=(*args, barrier, results)) for _ in range(count)]
    for process in processes:
        process.start()
    try:
        return [results.get(timeout=WAIT) for _ in processes]
    finally:
        for process in processes:
            process.join(WAIT)


def _aside(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".corrupt-" in p.name or ".newer" in p.name)


def _old_database(folder: Path) -> None:
    """A database left by DueWise at schema version 1, with a setting to keep."""
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / db.DB_FILENAME, isolation_level=None)
    db.MIGRATIONS[0](conn)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO settings VALUES ('kept', 'yes')")
    conn.close()


# ---- two instances ----------------------------------------------------------------------------


@pytest.mark.parametrize("round_", range(3))
def test_two_windows_opening_an_old_database_never_set_it_aside(
    tmp_path: Path, round_: int
) -> None:
    _old_database(tmp_path)
    results = _run_together(db_workers.open_at_once, 4, str(tmp_path))
    assert results == [("ok", None, db.SCHEMA_VERSION)] * 4
    assert _aside(tmp_path) == []
    database, report = db.open_database(tmp_path)
    assert report.problem is None and database.get_setting("kept") == "yes"
    database.close()


def test_windows_opening_a_fresh_folder_at_once_all_succeed(tmp_path: Path) -> None:
    results = _run_together(db_workers.open_at_once, 4, str(tmp_path / "new"))
    assert results == [("ok", None, db.SCHEMA_VERSION)] * 4
    assert _aside(tmp_path / "new") == []


@pytest.mark.parametrize("start", ["old", "fresh"])
def test_the_switch_to_wal_waits_for_another_window_holding_the_write_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    """SQLite does not wait (its busy handler is not called) when ``PRAGMA journal_mode = WAL``
    finds another connection holding the write lock: "locked" comes back at once. That is what
    four windows started together met now and then. Here another connection takes the lock just
    as the switch starts and lets go when the switch is tried again."""
    if start == "old":
        _old_database(tmp_path)
    path = tmp_path / db.DB_FILENAME
    holder: list[sqlite3.Connection] = []
    tries: list[str] = []
    real_connect = db._connect

    def watched(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(on_statement)
        return conn

    def on_statement(sql: str) -> None:
        if "journal_mode = wal" not in sql.lower():
            return
        tries.append(sql)
        if len(tries) == 1:  # another window's write lock, taken as the switch starts
            holder.append(sqlite3.connect(path, isolation_level=None, timeout=0))
            holder[0].execute("BEGIN IMMEDIATE")
        elif len(tries) == 2:
            holder[0].execute("ROLLBACK")

    monkeypatch.setattr(db, "_connect", watched)
    database, report = db.open_database(tmp_path)
    try:
        assert len(tries) >= 2 and report.problem is None
        assert database.schema_version() == db.SCHEMA_VERSION
        assert database.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        database.close()
        holder[0].close()
    assert _aside(tmp_path) == []


def test_a_second_window_is_told_another_one_is_open(tmp_path: Path) -> None:
    opened, release, results = CTX.Event(), CTX.Event(), CTX.Queue()
    first = CTX.Process(target=db_workers.stay_open, args=(str(tmp_path), opened, release, results))
    first.start()
    try:
        assert opened.wait(WAIT)
        assert results.get(timeout=WAIT) == ("first", False)
        database, report = db.open_database(tmp_path)
        assert report.other_instance
        database.set_setting("shared", "yes")  # both windows share the file safely (WAL)
        database.close()
    finally:
        release.set()
        first.join(WAIT)
    database, report = db.open_database(tmp_path)
    assert not report.other_instance and database.get_setting("shared") == "yes"
    database.close()


# ---- locked by another program -----------------------------------------------------------------


@contextlib.contextmanager
def _held(path: Path, journal_mode: str) -> Iterator[None]:
    locked, release = CTX.Event(), CTX.Event()
    holder = CTX.Process(
        target=db_workers.hold_write_lock, args=(str(path), journal_mode, locked, release)
    )
    holder.start()
    try:
        assert locked.wait(WAIT)
        yield
    finally:
        release.set()
        holder.join(WAIT)


def test_a_database_locked_by_another_program_is_waited_on_then_reported(tmp_path: Path) -> None:
    database, _ = db.open_database(tmp_path)
    database.set_setting("kept", "yes")
    database.close()
    path = tmp_path / db.DB_FILENAME
    with _held(path, "DELETE"), pytest.raises(db.DatabaseOpenError) as caught:
        db.open_database(tmp_path, busy_timeout=0.2)
    assert caught.value.code == "locked"
    assert _aside(tmp_path) == []
    database, report = db.open_database(tmp_path)
    assert report.problem is None and database.get_setting("kept") == "yes"
    database.close()


def test_a_write_while_another_program_holds_the_lock_is_a_clear_error(tmp_path: Path) -> None:
    database, _ = db.open_database(tmp_path, busy_timeout=0.2)
    with _held(tmp_path / db.DB_FILENAME, "WAL"), pytest.raises(db.DatabaseBusyError) as caught:
        database.set_setting("language", "en")
    assert caught.value.code == "locked"
    database.set_setting("language", "en")  # and it works once the other program lets go
    database.close()


# ---- read-only folders and files ---------------------------------------------------------------


def _healthy(folder: Path) -> None:
    database, _ = db.open_database(folder)
    database.set_setting("kept", "yes")
    database.close()


@POSIX
@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_folder_or_file_opens_a_read_only_session(tmp_path: Path, what: str) -> None:
    _healthy(tmp_path)
    target = tmp_path if what == "folder" else tmp_path / db.DB_FILENAME
    with read_only(target):
        before = (tmp_path / db.DB_FILENAME).read_bytes()
        database, report = db.open_database(tmp_path)
        try:
            assert report.read_only and report.problem is None
            assert database.read_only and database.get_setting("kept") == "yes"
            database.set_setting("language", "en")  # the session works on a copy in memory
            assert database.get_setting("language") == "en"
        finally:
            database.close()
        assert _aside(tmp_path) == []
        assert (tmp_path / db.DB_FILENAME).read_bytes() == before
    database, report = db.open_database(tmp_path)  # writable again: the same healthy file
    assert not report.read_only and database.get_setting("kept") == "yes"
    assert database.get_setting("language") is None  # nothing of the session was kept
    database.close()


@POSIX
def test_an_old_database_in_a_read_only_folder_is_upgraded_in_memory(tmp_path: Path) -> None:
    _old_database(tmp_path)
    with read_only(tmp_path):
        database, report = db.open_database(tmp_path)
        assert report.read_only and database.schema_version() == db.SCHEMA_VERSION
        assert database.get_setting("kept") == "yes"
        database.close()


@POSIX
def test_a_fresh_read_only_folder_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    with read_only(folder), pytest.raises(db.DatabaseOpenError) as caught:
        db.open_database(folder)
    assert caught.value.code == "cannot_create"


@POSIX
def test_a_damaged_database_in_a_read_only_folder_is_reported_not_moved(tmp_path: Path) -> None:
    (tmp_path / db.DB_FILENAME).write_bytes(b"not a database" * 100)
    with read_only(tmp_path), pytest.raises(db.DatabaseOpenError) as caught:
        db.open_database(tmp_path)
    assert caught.value.code == "cannot_move_aside"
    assert (tmp_path / db.DB_FILENAME).read_bytes().startswith(b"not a database")


def test_only_real_damage_moves_the_file_aside(tmp_path: Path) -> None:
    _healthy(tmp_path)
    path = tmp_path / db.DB_FILENAME
    data = bytearray(path.read_bytes())
    data[2 * 4096 : 3 * 4096] = b"\xff" * 4096  # scribble over the third page (a table's)
    path.write_bytes(bytes(data))
    _, report = db.open_database(tmp_path)
    assert report.problem is db.OpenProblem.CORRUPT and report.moved_to is not None


# ---- files for the user only -------------------------------------------------------------------


@POSIX
def test_the_data_folder_and_database_are_for_the_user_only(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        database, _ = db.open_database(tmp_path / "data")
        database.set_setting("language", "en")
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "data").iterdir()}
        database.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700
    assert modes[db.DB_FILENAME] == 0o600
    assert all(mode == 0o600 for mode in modes.values()), modes


# ---- the teacher PIN from eight windows --------------------------------------------------------


def test_eight_windows_guessing_at_once_get_no_more_than_the_free_tries(tmp_path: Path) -> None:
    database, _ = db.open_database(tmp_path)
    # The real cost of a check (200,000 PBKDF2 rounds): the time between reading the count and
    # writing it back is what the race needs.
    database.set_setting(teacher_pin.PIN_KEY, teacher_pin.hash_pin("2468"))
    database.close()
    results = _run_together(db_workers.guess_pins, 8, str(tmp_path), 3)
    statuses = [status for window in results for status in window]
    assert len(statuses) == 24
    assert statuses.count("wrong_pin") == teacher_pin.FREE_TRIES
    assert statuses.count("locked") == 24 - teacher_pin.FREE_TRIES
    database, _ = db.open_database(tmp_path)
    assert teacher_pin.TeacherLock(database).failures() == teacher_pin.FREE_TRIES
    database.close()


def test_opening_waits_longer_than_a_write(tmp_path: Path) -> None:
    # Windows started together check and upgrade the file in turn: opening waits for them
    # (OPEN_BUSY_TIMEOUT); once open, a write reports "busy" after BUSY_TIMEOUT.
    assert db.OPEN_BUSY_TIMEOUT > db.BUSY_TIMEOUT
    database, _ = db.open_database(tmp_path)
    try:
        (timeout_ms,) = database.connection.execute("PRAGMA busy_timeout").fetchone()
    finally:
        database.close()
    assert timeout_ms == int(db.BUSY_TIMEOUT * 1000)
