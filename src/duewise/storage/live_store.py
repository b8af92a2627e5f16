"""Where a live class quiz is kept while it runs: its setup and every event, one commit each.

Tables (migration ``_migration_live_quiz`` in :mod:`duewise.storage.db`): ``live_sessions``
(one row per session: the setup as JSON, the address it was served on, when it ended and when its
results were saved) and ``live_events`` (the session's events in order, as JSON; see
:mod:`duewise.learning.live`).

Durability: :meth:`LiveStore.append` returns only after the event is **committed** with
``synchronous = FULL`` (the write-ahead log is flushed to disk), and the server answers the phone
only after that. So a killed app, or a laptop whose battery dies, loses no acknowledged answer;
:meth:`LiveStore.unfinished` and :meth:`LiveStore.events` give everything back to resume.

The store opens its **own connection** to the database file (the server thread writes while the
GUI thread uses the app's connection; SQLite's write-ahead log lets both work, ``busy_timeout``
waits out the other's short writes). It is used from one thread at a time.

At the end, the students' results go into the teacher's kept class results through
:func:`duewise.storage.class_results.add` on :meth:`LiveStore.database` (the one way in, which an
import of results files takes too): merged by learner id, an attempt id counted once, so saving
twice adds nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from duewise.storage.db import Database

BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True, slots=True)
class StoredSession:
    """A session row: its setup (JSON-ready dict), address and dates."""

    session_id: str
    setup: dict[str, Any]
    address: str
    created_at: str
    ended_at: str | None
    saved_at: str | None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class LiveStore:
    """The live quiz's tables, through a connection of its own."""

    def __init__(self, path: Path) -> None:
        # check_same_thread=False: created on the GUI thread, then used by the server thread only.
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._conn.execute("PRAGMA foreign_keys = ON")
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")
        self.path = Path(path)

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def _write(self, sql: str, params: Sequence[object]) -> None:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(sql, params)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def create(self, session_id: str, setup: dict[str, Any], address: str = "") -> None:
        """Record a new session (committed)."""
        self._write(
            "INSERT INTO live_sessions (id, setup, address, created_at) VALUES (?, ?, ?, ?)",
            (session_id, json.dumps(setup, ensure_ascii=False), address, _now()),
        )

    def set_address(self, session_id: str, address: str) -> None:
        """Remember where the session is served (a resumed session tries the same port)."""
        self._write("UPDATE live_sessions SET address = ? WHERE id = ?", (address, session_id))

    def append(self, session_id: str, seq: int, event: dict[str, Any]) -> None:
        """Commit one event; returns only when it is on disk.

        Raises:
            sqlite3.Error: it was not stored (the caller refuses the request).
        """
        self._write(
            "INSERT INTO live_events (session_id, seq, payload) VALUES (?, ?, ?)",
            (session_id, seq, json.dumps(event, ensure_ascii=False)),
        )

    def append_many(self, session_id: str, events: Sequence[tuple[int, dict[str, Any]]]) -> None:
        """Commit several events ``(seq, event)`` in one transaction (all or none).

        Raises:
            sqlite3.Error: none was stored.
        """
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany(
                "INSERT INTO live_events (session_id, seq, payload) VALUES (?, ?, ?)",
                [(session_id, seq, json.dumps(e, ensure_ascii=False)) for seq, e in events],
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def events(self, session_id: str) -> list[dict[str, Any]]:
        """The session's events in order."""
        rows = self._conn.execute(
            "SELECT payload FROM live_events WHERE session_id = ? ORDER BY seq", (session_id,)
        ).fetchall()
        return [json.loads(str(r[0])) for r in rows]

    def session(self, session_id: str) -> StoredSession | None:
        """One session row."""
        row = self._conn.execute(
            "SELECT id, setup, address, created_at, ended_at, saved_at FROM live_sessions "
            "WHERE id = ?",
            (session_id,),
        ).fetchone()
        return None if row is None else _stored(row)

    def unfinished(self) -> list[StoredSession]:
        """Sessions whose results were not saved yet (most recent first): they can be resumed."""
        rows = self._conn.execute(
            "SELECT id, setup, address, created_at, ended_at, saved_at FROM live_sessions "
            "WHERE saved_at IS NULL ORDER BY created_at DESC, rowid DESC"
        ).fetchall()
        return [_stored(r) for r in rows]

    def mark_ended(self, session_id: str) -> None:
        """The session ended (its results may still need saving)."""
        self._write(
            "UPDATE live_sessions SET ended_at = COALESCE(ended_at, ?) WHERE id = ?",
            (_now(), session_id),
        )

    def mark_saved(self, session_id: str) -> None:
        """Its results are in the class results: it is no longer offered for resuming."""
        self._write(
            "UPDATE live_sessions SET saved_at = ?, ended_at = COALESCE(ended_at, ?) WHERE id = ?",
            (_now(), _now(), session_id),
        )

    def discard(self, session_id: str) -> None:
        """Forget a session and its events (the teacher chose not to resume or keep it)."""
        self._write("DELETE FROM live_sessions WHERE id = ?", (session_id,))

    def database(self) -> Database:
        """This connection as a :class:`Database` (for the class-results helpers)."""
        return Database(self._conn, self.path)


def unfinished(database: Database) -> list[StoredSession]:
    """:meth:`LiveStore.unfinished` through the app's connection (no second one needed)."""
    rows = database.connection.execute(
        "SELECT id, setup, address, created_at, ended_at, saved_at FROM live_sessions "
        "WHERE saved_at IS NULL ORDER BY created_at DESC, rowid DESC"
    ).fetchall()
    return [_stored(r) for r in rows]


def discard_unfinished(database: Database) -> None:
    """Forget every session that was not saved (the teacher chose not to resume)."""
    with database.transaction() as conn:
        conn.execute("DELETE FROM live_sessions WHERE saved_at IS NULL")


def event_counts(database: Database, session_id: str) -> dict[str, int]:
    """How many events of each kind a session has (``joined``, ``answered``, ``stepped``)."""
    counts: dict[str, int] = {}
    for (payload,) in database.connection.execute(
        "SELECT payload FROM live_events WHERE session_id = ?", (session_id,)
    ):
        kind = str(json.loads(str(payload)).get("event", ""))
        counts[kind] = counts.get(kind, 0) + 1
    return counts


def _stored(row: Sequence[object]) -> StoredSession:
    return StoredSession(
        session_id=str(row[0]),
        setup=json.loads(str(row[1])),
        address=str(row[2]),
        created_at=str(row[3]),
        ended_at=None if row[4] is None else str(row[4]),
        saved_at=None if row[5] is None else str(row[5]),
    )
