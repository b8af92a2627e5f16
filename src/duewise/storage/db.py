"""The local SQLite database: opening, forward migrations, recovery from a corrupt or newer file.

One file, ``duewise.sqlite3``, in the data folder. The schema version is kept in
``PRAGMA user_version``; :data:`MIGRATIONS` upgrades an older file inside one ``BEGIN EXCLUSIVE``
transaction that reads the version again once it holds the lock, so two windows started at once
never both migrate. A file that is really damaged (SQLite says it is not a database or is
malformed, or ``PRAGMA quick_check`` fails), or that a newer DueWise wrote, is **moved aside**
(renamed, never deleted) and a fresh database is created; :class:`OpenReport` tells the UI where the
old file went so it can tell the user. Nothing else moves it: a database that is busy ("locked"),
read-only or in a read-only folder is healthy.

On a shared computer:

- **Busy**: another window or program writing is waited on (SQLite's busy timeout) for
  :data:`OPEN_BUSY_TIMEOUT` seconds when opening and :data:`BUSY_TIMEOUT` seconds for a write,
  then reported: :class:`DatabaseOpenError` ``locked`` when opening, :class:`DatabaseBusyError`
  for a write. Where SQLite answers "locked" without waiting (the switch to WAL while another
  window holds the write lock), opening tries again until the same timeout.
- **Read-only**: a read-only file or folder opens a read-only session (``OpenReport.read_only``):
  the file is copied into memory (``sqlite3.Connection.backup``, upgraded there if it is older)
  and the app works on the copy, so every screen behaves and nothing is written to the disk; the
  UI says that nothing will be kept. The teacher PIN's lockout then lasts for the session only.
  When even reading is impossible: a :class:`DatabaseOpenError` with a code.
- **A second window** is detected with a lock file (:mod:`storage.instance`) and reported
  (``OpenReport.other_instance``) so the UI can say "another DueWise window is open". The two
  windows then *share* the file rather than one being refused: SQLite's WAL mode lets several
  processes read and write one database safely, every write is a short transaction, migrations
  are exclusive, and the teacher PIN's lockout is one transaction, so sharing loses nothing and a
  learner whose first window is hidden behind the projector is not locked out. What sharing does
  not give is live updates: each window shows what it read. A damaged file is not moved aside
  while another window has it open (:class:`DatabaseOpenError` ``in_use``).
- **For the user only**: the data folder is created 0700 and the database 0600 on POSIX (its
  ``-wal`` and ``-shm`` files take the database's permissions).

Every write goes through :meth:`Database.transaction`: it commits on success, rolls back on error.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TypeVar

from duewise.storage import instance, names

_T = TypeVar("_T")

DB_FILENAME = "duewise.sqlite3"
DEFAULT_PROFILE_NAME = "Learner"
BUSY_TIMEOUT = 5.0
"""Seconds a busy database is waited on before "locked" is reported."""
OPEN_BUSY_TIMEOUT = 30.0
"""Seconds opening waits for a busy database: several windows started at once each check and
perhaps upgrade the file in turn, which on a loaded machine takes seconds each. After the open,
writes wait :data:`BUSY_TIMEOUT`."""

# SQLite's primary result codes (sqlite3.Error.sqlite_errorcode & 0xFF).
_BUSY, _LOCKED, _READONLY, _CORRUPT, _CANTOPEN, _NOTADB, _PERM = 5, 6, 8, 11, 14, 26, 3


class StorageError(Exception):
    """A database problem for the UI to word: ``code`` and ``params`` (``detail``, ``path``)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code}: {params}" if params else code)


class DatabaseOpenError(StorageError):
    """The database cannot be opened at all; nothing was moved or changed.

    Codes: ``locked`` (another program holds it longer than :data:`BUSY_TIMEOUT`),
    ``cannot_create`` (no database yet and the folder is not writable), ``cannot_open``
    (``detail``), ``cannot_move_aside`` (damaged or newer, and it cannot be renamed:
    ``problem``, ``detail``), ``in_use`` (damaged or newer, but another window has it open),
    ``migration_failed`` (``detail``).
    """


class DatabaseBusyError(StorageError):
    """A write waited :data:`BUSY_TIMEOUT` seconds for another window or program; code
    ``locked``. Nothing was written; trying again later may work."""


class DatabaseReadOnlyError(StorageError):
    """The file became read-only while it was open (a read-only *session* works on a copy in
    memory and never raises this); code ``read_only``."""


def _code(error: sqlite3.Error) -> int:
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


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
        read_only: the file or its folder is read-only: the session works on a copy in memory,
            and nothing is saved.
        other_instance: another DueWise window has this data folder open (the file is shared).
    """

    path: Path
    problem: OpenProblem | None = None
    moved_to: Path | None = None
    detail: str = ""
    read_only: bool = False
    other_instance: bool = False


class Database:
    """A connection to the DueWise database with transactional helpers.

    Use :func:`open_database` to create one.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        read_only: bool = False,
        lock: instance.InstanceLock | None = None,
    ) -> None:
        self._conn = conn
        self.path = path
        self.read_only = read_only
        self._lock = lock

    @property
    def connection(self) -> sqlite3.Connection:
        """The underlying connection, for reads."""
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run writes in one transaction: all of them are kept, or none.

        ``BEGIN IMMEDIATE`` takes the write lock at once (waiting up to :data:`BUSY_TIMEOUT`
        for another window), so a read-check-write inside the block is atomic across processes.

        Raises:
            DatabaseReadOnlyError: a read-only session.
            DatabaseBusyError: the write lock could not be had in time.
        """
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if _code(error) in (_BUSY, _LOCKED):
                raise DatabaseBusyError("locked", path=str(self.path)) from error
            if _code(error) == _READONLY:
                raise DatabaseReadOnlyError("read_only", path=str(self.path)) from error
            raise
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
        """Close the connection (and let another window be the first)."""
        self._conn.close()
        if self._lock is not None:
            self._lock.release()

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
        """Save (or overwrite) a named item of ``kind`` for a profile; ``payload`` is JSON text.

        Raises:
            storage.names.InvalidTextError: the name or payload holds a broken character.
        """
        names.check_text(name, "name")
        names.check_text(payload, "payload")
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


def _connect(path: Path, timeout: float, *, uri: str | None = None) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves, so every write is explicit.
    # timeout is SQLite's busy timeout: a lock held by another window is waited on.
    target = uri if uri is not None else path
    conn = sqlite3.connect(
        target, timeout=timeout, isolation_level=None, check_same_thread=False, uri=uri is not None
    )
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _migrate(conn: sqlite3.Connection) -> None:
    """Bring the schema to :data:`SCHEMA_VERSION` in one exclusive transaction.

    The version is read again after ``BEGIN EXCLUSIVE`` has the lock: a second window that
    waited while the first migrated finds the work done and changes nothing.
    """
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) >= SCHEMA_VERSION:
        return
    conn.execute("BEGIN EXCLUSIVE")
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        for step in range(version, SCHEMA_VERSION):
            MIGRATIONS[step](conn)
        if version < SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _patiently(deadline: float, step: Callable[[], _T]) -> _T:
    """Run ``step`` again while SQLite says the database is busy, until ``deadline``
    (``time.monotonic``), then let the last "locked" go up.

    SQLite's busy timeout does not cover every wait: where waiting could deadlock it answers
    "locked" at once instead of calling its busy handler. Switching a file to WAL while another
    window holds the write lock is one such place; several windows starting together meet it.
    ``step`` must be safe to repeat (a pragma, or a whole transaction that rolls back).
    """
    pause = 0.005
    while True:
        try:
            return step()
        except sqlite3.OperationalError as error:
            if _code(error) not in (_BUSY, _LOCKED) or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def _use_wal(conn: sqlite3.Connection) -> None:
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        conn.execute("PRAGMA journal_mode = WAL")


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


def _create_private(data_dir: Path, path: Path) -> None:
    """Make the data folder (0700) and an empty database file (0600) if they are missing."""
    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(
            path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600
        )
    except FileExistsError:
        return  # another window made it a moment ago
    except OSError as error:
        raise DatabaseOpenError(
            "cannot_create", path=str(path), detail=error.strerror or str(error)
        ) from error
    os.close(fd)


@dataclass(frozen=True)
class _Health:
    """What looking at an existing file found."""

    problem: OpenProblem | None
    detail: str = ""
    version: int = 0


def _health(conn: sqlite3.Connection) -> _Health:
    """Corrupt or newer, judged by SQLite itself; raises for anything that is not damage."""
    try:
        check = conn.execute("PRAGMA quick_check").fetchone()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as error:
        if _code(error) in (_CORRUPT, _NOTADB):  # "malformed", "file is not a database"
            return _Health(OpenProblem.CORRUPT, str(error))
        raise
    if check is None or check[0] != "ok":
        return _Health(OpenProblem.CORRUPT, f"quick_check: {check[0] if check else None}")
    if version > SCHEMA_VERSION:
        return _Health(OpenProblem.NEWER_VERSION, f"schema version {version} > {SCHEMA_VERSION}")
    return _Health(None, version=version)


def _writable(conn: sqlite3.Connection, path: Path) -> bool:
    """Whether this process can write the file and make files beside it (WAL needs ``-wal`` and
    ``-shm``). Tried for real: permission bits say nothing to root, or of a read-only mount or
    an immutable file. A busy database counts as writable."""
    try:
        os.close(os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0)))
        fd, probe = tempfile.mkstemp(prefix=".duewise-probe-", dir=path.parent)
        os.close(fd)
        os.unlink(probe)
    except OSError:
        return False
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        if _code(error) in (_BUSY, _LOCKED):
            return True
        if _code(error) in (_READONLY, _CANTOPEN, _PERM):
            return False
        raise
    conn.execute("ROLLBACK")
    return True


def _open_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    """A read-only connection; ``immutable`` when even the WAL index cannot be made."""
    base = path.resolve().as_uri()
    last: sqlite3.Error | None = None
    for query in ("mode=ro", "mode=ro&immutable=1"):
        conn: sqlite3.Connection | None = None
        try:
            conn = _connect(path, timeout, uri=f"{base}?{query}")
            conn.execute("PRAGMA quick_check").fetchone()
            return conn
        except sqlite3.Error as error:
            last = error
            if conn is not None:
                conn.close()
    assert last is not None
    raise last


def _fail(error: sqlite3.Error, path: Path) -> DatabaseOpenError:
    if _code(error) in (_BUSY, _LOCKED):
        return DatabaseOpenError("locked", path=str(path), detail=str(error))
    return DatabaseOpenError("cannot_open", path=str(path), detail=str(error))


def open_database(
    data_dir: Path, *, busy_timeout: float = OPEN_BUSY_TIMEOUT
) -> tuple[Database, OpenReport]:
    """Open (creating or upgrading) the database in ``data_dir``.

    A damaged file, or one whose schema version is newer than this program knows, is moved aside
    and replaced by a fresh database; the returned report says where it went. A read-only file
    or folder gives a read-only session; another window using the folder is reported.

    Raises:
        DatabaseOpenError: the database cannot be used at all (see its codes); nothing was moved.
    """
    path = data_dir / DB_FILENAME
    if not path.exists():
        _create_private(data_dir, path)
    lock = instance.acquire(data_dir)
    try:
        return _open(path, busy_timeout, lock)
    except BaseException:
        lock.release()
        raise


def _open(path: Path, timeout: float, lock: instance.InstanceLock) -> tuple[Database, OpenReport]:
    other = lock.other_instance
    deadline = time.monotonic() + timeout
    try:
        conn = _connect(path, timeout)
        health = _health(conn)
    except sqlite3.Error as error:
        if _code(error) in (_BUSY, _LOCKED):
            raise _fail(error, path) from error
        with contextlib.suppress(sqlite3.Error, UnboundLocalError):
            conn.close()
        return _read_only_session(path, timeout, lock, error)
    if health.problem is not None:
        conn.close()
        if other:
            raise DatabaseOpenError(
                "in_use", path=str(path), problem=health.problem.value, detail=health.detail
            )
        try:
            moved_to = _move_aside(path, health.problem)
        except OSError as error:
            raise DatabaseOpenError(
                "cannot_move_aside",
                path=str(path),
                problem=health.problem.value,
                detail=error.strerror or str(error),
            ) from error
        _create_private(path.parent, path)
        database, report = _open(path, timeout, lock)
        return database, OpenReport(
            path, health.problem, moved_to, health.detail, report.read_only, other
        )
    try:
        if not _writable(conn, path):
            conn.close()
            return _read_only_session(path, timeout, lock, None)
        _patiently(deadline, lambda: _use_wal(conn))
        conn.execute("PRAGMA synchronous = NORMAL")
        _patiently(deadline, lambda: _migrate(conn))
        conn.execute(f"PRAGMA busy_timeout = {int(min(timeout, BUSY_TIMEOUT) * 1000)}")
    except sqlite3.Error as error:
        conn.close()
        if _code(error) in (_BUSY, _LOCKED):
            raise _fail(error, path) from error
        raise DatabaseOpenError("migration_failed", path=str(path), detail=str(error)) from error
    return Database(conn, path, lock=lock), OpenReport(path, other_instance=other)


def _read_only_session(
    path: Path, timeout: float, lock: instance.InstanceLock, cause: sqlite3.Error | None
) -> tuple[Database, OpenReport]:
    """Open ``path`` read-only, after a read-write open was refused, and work on a copy of it
    in memory (upgraded there when it is older): every write of the session stays in memory."""
    try:
        conn = _open_read_only(path, timeout)
        health = _health(conn)
    except sqlite3.Error as error:
        raise _fail(cause or error, path) from error
    if health.problem is not None:
        conn.close()
        raise DatabaseOpenError(
            "cannot_move_aside", path=str(path), problem=health.problem.value, detail=health.detail
        )
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        conn.backup(memory)
    except sqlite3.Error as error:
        memory.close()
        raise _fail(error, path) from error
    finally:
        conn.close()
    memory.execute("PRAGMA foreign_keys = ON")
    try:
        _migrate(memory)
    except sqlite3.Error as error:
        memory.close()
        raise DatabaseOpenError("migration_failed", path=str(path), detail=str(error)) from error
    database = Database(memory, path, read_only=True, lock=lock)
    return database, OpenReport(path, read_only=True, other_instance=lock.other_instance)
