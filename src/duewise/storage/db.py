"""The local SQLite database: opening, forward migrations, recovery from a corrupt or newer file.

One file, ``duewise.sqlite3``, in the data folder. The schema version is kept in
``PRAGMA user_version``; :data:`MIGRATIONS` upgrades an older file step by step, each step in one
transaction. A file that is not a readable SQLite database, or that a newer DueWise wrote, is
**moved aside** (renamed, never deleted) and a fresh database is created; :class:`OpenReport` tells
the UI where the old file went so it can tell the user.

Every write goes through :meth:`Database.transaction`: it commits on success, rolls back on error.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

DB_FILENAME = "duewise.sqlite3"
DEFAULT_PROFILE_NAME = "Learner"


# Migrations run statement by statement: ``executescript`` would commit the open transaction.
def _migration_1(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE profiles (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            colour TEXT NOT NULL DEFAULT '#2f6fb0',
            created_at TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute(
        "INSERT INTO profiles (name, created_at) VALUES (?, ?)",
        (DEFAULT_PROFILE_NAME, _now()),
    )


def _migration_2(conn: sqlite3.Connection) -> None:
    conn.execute(
        """
        CREATE TABLE saved_items (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            payload TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (profile_id, kind, name)
        )
        """
    )


def _migration_3(conn: sqlite3.Connection) -> None:
    """Quiz attempts, their answers (one row per answer, written when given) and review cards."""
    conn.execute(
        """
        CREATE TABLE quiz_attempts (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            lesson_id TEXT,
            seed INTEGER NOT NULL,
            items TEXT NOT NULL,
            scored INTEGER NOT NULL DEFAULT 1,
            time_limit_s INTEGER,
            elapsed_s INTEGER NOT NULL DEFAULT 0,
            started_at TEXT NOT NULL,
            finished_at TEXT
        )
        """
    )
    conn.execute("CREATE INDEX quiz_attempts_profile ON quiz_attempts (profile_id, finished_at)")
    conn.execute(
        """
        CREATE TABLE quiz_answers (
            attempt_id INTEGER NOT NULL REFERENCES quiz_attempts(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            question_id TEXT NOT NULL,
            objective TEXT NOT NULL,
            lesson_id TEXT NOT NULL,
            response TEXT NOT NULL,
            score TEXT NOT NULL,
            answered_at TEXT NOT NULL,
            PRIMARY KEY (attempt_id, position)
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE review_cards (
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            box INTEGER NOT NULL,
            due TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (profile_id, question_id)
        )
        """
    )


def _migration_live_quiz(conn: sqlite3.Connection) -> None:
    """The live class quiz (``storage.live_store``): a session's setup and every event of it."""
    conn.execute(
        """
        CREATE TABLE live_sessions (
            id TEXT PRIMARY KEY,
            setup TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            ended_at TEXT,
            saved_at TEXT
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE live_events (
            session_id TEXT NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            payload TEXT NOT NULL,
            PRIMARY KEY (session_id, seq)
        )
        """
    )


#: Forward migrations: ``MIGRATIONS[i]`` turns schema version ``i`` into ``i + 1``.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _migration_1,
    _migration_2,
    _migration_3,
    _migration_live_quiz,
]
SCHEMA_VERSION = len(MIGRATIONS)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class OpenProblem(Enum):
    """Why an existing database file was moved aside."""

    CORRUPT = "corrupt"
    NEWER_VERSION = "newer_version"


@dataclass(frozen=True)
class OpenReport:
    """What happened when the database was opened.

    Attributes:
        path: the database file in use.
        problem: set when an existing file could not be used.
        moved_to: where that file was moved (it is kept, never deleted).
        detail: the technical reason, for the log and the "details" part of the message.
    """

    path: Path
    problem: OpenProblem | None = None
    moved_to: Path | None = None
    detail: str = ""


class Database:
    """A connection to the DueWise database with transactional helpers.

    Use :func:`open_database` to create one.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection, for reads."""
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run writes in one transaction: all of them are kept, or none."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def schema_version(self) -> int:
        """The ``PRAGMA user_version`` of the open file."""
        row = self._conn.execute("PRAGMA user_version").fetchone()
        return int(row[0])

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    # --- settings -------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        """A stored setting, or ``default``."""
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        """Store a setting (committed at once)."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # --- profiles -------------------------------------------------------------------------

    def profiles(self) -> list[tuple[int, str]]:
        """All learner profiles as ``(id, name)``, oldest first."""
        rows = self._conn.execute("SELECT id, name FROM profiles ORDER BY id").fetchall()
        return [(int(r[0]), str(r[1])) for r in rows]

    # --- saved items (scenarios, plans, …) -------------------------------------------------

    def save_item(self, profile_id: int, kind: str, name: str, payload: str) -> None:
        """Save (or overwrite) a named item of ``kind`` for a profile; ``payload`` is JSON text."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO saved_items (profile_id, kind, name, payload, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(profile_id, kind, name) "
                "DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
                (profile_id, kind, name, payload, _now()),
            )

    def load_item(self, profile_id: int, kind: str, name: str) -> str | None:
        """The payload of a saved item, or ``None``."""
        row = self._conn.execute(
            "SELECT payload FROM saved_items WHERE profile_id = ? AND kind = ? AND name = ?",
            (profile_id, kind, name),
        ).fetchone()
        return None if row is None else str(row[0])

    def item_names(self, profile_id: int, kind: str) -> list[str]:
        """Names of a profile's saved items of ``kind``, most recently saved first."""
        rows = self._conn.execute(
            "SELECT name FROM saved_items WHERE profile_id = ? AND kind = ? "
            "ORDER BY updated_at DESC, id DESC",
            (profile_id, kind),
        ).fetchall()
        return [str(r[0]) for r in rows]

    def delete_item(self, profile_id: int, kind: str, name: str) -> None:
        """Delete a saved item (no error if it does not exist)."""
        with self.transaction() as conn:
            conn.execute(
                "DELETE FROM saved_items WHERE profile_id = ? AND kind = ? AND name = ?",
                (profile_id, kind, name),
            )

    # --- everything -----------------------------------------------------------------------

    def delete_all_data(self) -> None:
        """Delete every profile, answer, saved plan and setting; leave a fresh default profile."""
        with self.transaction() as conn:
            tables = [
                str(r[0])
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            ]
            for table in tables:
                conn.execute(f'DELETE FROM "{table}"')
            conn.execute(
                "INSERT INTO profiles (name, created_at) VALUES (?, ?)",
                (DEFAULT_PROFILE_NAME, _now()),
            )
        self._conn.execute("VACUUM")


def _connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so every write is explicit.
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def _migrate(conn: sqlite3.Connection) -> None:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for step in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA user_version = {step + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def _move_aside(path: Path, problem: OpenProblem) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{problem.value}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{problem.value}-{stamp}-{n}")
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(target.with_name(target.name + suffix))
    return target


def open_database(data_dir: Path) -> tuple[Database, OpenReport]:
    """Open (creating or upgrading) the database in ``data_dir``.

    A corrupt file, or one whose schema version is newer than this program knows, is moved aside and
    replaced by a fresh database; the returned report says where it went.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_FILENAME
    problem: OpenProblem | None = None
    detail = ""
    if path.exists():
        try:
            conn = _connect(path)
            check = conn.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {check}")
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                problem, detail = (
                    OpenProblem.NEWER_VERSION,
                    f"schema version {version} > {SCHEMA_VERSION}",
                )
                conn.close()
            else:
                _migrate(conn)
                return Database(conn, path), OpenReport(path)
        except sqlite3.DatabaseError as exc:
            problem, detail = OpenProblem.CORRUPT, str(exc)
            with contextlib.suppress(sqlite3.Error, UnboundLocalError):
                conn.close()
    moved_to = _move_aside(path, problem) if problem is not None else None
    conn = _connect(path)
    _migrate(conn)
    return Database(conn, path), OpenReport(path, problem, moved_to, detail)
