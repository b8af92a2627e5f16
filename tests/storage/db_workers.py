"""Functions run in separate processes by ``test_db_shared.py`` (real processes, as two DueWise
windows on one computer would be). Each reports through a queue; barriers and events order them,
never sleeps."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from duewise.storage import db, teacher_pin

WAIT = 60  # seconds: only reached when something is broken, so a failure is not a hang


def open_at_once(data_dir: str, barrier: Any, results: Any) -> None:
    """Open the database together with the others; report what the opening said."""
    barrier.wait(WAIT)
    try:
        database, report = db.open_database(Path(data_dir))
    except db.DatabaseOpenError as error:
        results.put(("error", error.code))
        return
    except Exception as error:  # a traceback is the failure this test looks for
        results.put(("crash", f"{type(error).__name__}: {error}"))
        return
    problem = report.problem.value if report.problem else None
    results.put(("ok", problem, database.schema_version()))
    database.close()


def hold_write_lock(db_path: str, journal_mode: str, locked: Any, release: Any) -> None:
    """Another program holding the database: an exclusive transaction kept open."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("CREATE TABLE IF NOT EXISTS other_program (x)")
    locked.set()
    release.wait(WAIT)
    conn.execute("ROLLBACK")
    conn.close()


def stay_open(data_dir: str, opened: Any, release: Any, results: Any) -> None:
    """A first DueWise window: opens the database and keeps it open until told."""
    database, report = db.open_database(Path(data_dir))
    results.put(("first", report.other_instance))
    opened.set()
    release.wait(WAIT)
    database.close()


def guess_pins(data_dir: str, tries: int, barrier: Any, results: Any) -> None:
    """A window at the teacher-PIN prompt: wrong PINs, as fast as it can, with the others."""
    database, _ = db.open_database(Path(data_dir))
    lock = teacher_pin.TeacherLock(database)
    barrier.wait(WAIT)
    statuses = [lock.try_unlock("0000").status.value for _ in range(tries)]
    results.put(statuses)
    database.close()
