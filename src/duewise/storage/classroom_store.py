"""Where the teacher area keeps its data: ``saved_items`` rows under one teacher-owned profile id.

There is no teacher account, and no table of its own (no migration): a ``saved_items`` row needs
a ``profile_id`` that exists in ``profiles`` (a foreign key, ``ON DELETE CASCADE``). So the
teacher's items — saved class quizzes (kind :data:`SESSION_KIND`) and the kept class results
(kind :data:`RESULTS_KIND`) — are stored under the **oldest profile on this machine** (the lowest
id), whichever learner is using the app:

- it always exists: the last profile cannot be deleted, and "Delete all my data" makes a new one;
- it does not move when learners switch, so saved class quizzes stay visible (the current
  learner's id was used before, and a switch made them disappear);
- it needs no stored setting that could go stale or be damaged.

When that profile is deleted, :func:`duewise.storage.profiles.delete_profile` first hands the
teacher's items to the next oldest profile (:func:`rehome`), so deleting a learner never deletes
the teacher's data. Teacher items that an earlier version saved under another learner's id are
adopted into the teacher scope the first time they are listed (:func:`adopt_strays`).

Learner-facing pages only read their own kinds (``scenario``, ``plan`` …) and learners' results
files are built from the quiz tables, so teacher items never reach a learner's screen or export.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from duewise.storage.db import Database

SESSION_KIND = "class_session"
RESULTS_KIND = "class_results"
#: The kinds that belong to the teacher area, not to a learner.
TEACHER_KINDS: tuple[str, ...] = (SESSION_KIND, RESULTS_KIND)
#: The single saved item of :data:`RESULTS_KIND` (the merged class results).
RESULTS_NAME = "current"


def teacher_profile_id(database: Database) -> int:
    """The profile id the teacher area's items are saved under (the oldest profile)."""
    row = database.connection.execute("SELECT MIN(id) FROM profiles").fetchone()
    if row is None or row[0] is None:  # pragma: no cover - the app always keeps one profile
        raise LookupError("no profile")
    return int(row[0])


def adopt_strays(database: Database, kind: str) -> None:
    """Move teacher items of ``kind`` saved under other profiles into the teacher scope.

    A name already used in the teacher scope keeps the teacher's copy (the stray one stays where
    it is rather than being overwritten).
    """
    owner = teacher_profile_id(database)
    stray = database.connection.execute(
        "SELECT 1 FROM saved_items WHERE kind = ? AND profile_id != ? LIMIT 1", (kind, owner)
    ).fetchone()
    if stray is None:
        return
    with database.transaction() as conn:
        conn.execute(
            "UPDATE OR IGNORE saved_items SET profile_id = ? WHERE kind = ? AND profile_id != ?",
            (owner, kind, owner),
        )


def rehome(conn: sqlite3.Connection, from_profile: int) -> None:
    """Before ``from_profile`` is deleted: give its teacher items to the next oldest profile.

    Does nothing unless ``from_profile`` is the teacher scope and another profile exists. Call it
    inside the transaction that deletes the profile, so both happen or neither.
    """
    row = conn.execute("SELECT MIN(id) FROM profiles").fetchone()
    if row is None or row[0] != from_profile:
        return
    row = conn.execute("SELECT MIN(id) FROM profiles WHERE id != ?", (from_profile,)).fetchone()
    if row is None or row[0] is None:
        return
    marks = ",".join("?" for _ in TEACHER_KINDS)
    conn.execute(
        f"UPDATE OR REPLACE saved_items SET profile_id = ? "
        f"WHERE profile_id = ? AND kind IN ({marks})",
        (int(row[0]), from_profile, *TEACHER_KINDS),
    )


def names(database: Database, kind: str) -> list[str]:
    """The teacher's saved items of ``kind``, most recent first (strays adopted first)."""
    adopt_strays(database, kind)
    return database.item_names(teacher_profile_id(database), kind)


def load(database: Database, kind: str, name: str) -> str | None:
    """A teacher item's payload (``None`` if missing)."""
    return database.load_item(teacher_profile_id(database), kind, name)


def save(database: Database, kind: str, name: str, payload: str) -> None:
    """Save (or overwrite) a teacher item."""
    database.save_item(teacher_profile_id(database), kind, name, payload)


def delete(database: Database, kind: str, name: str) -> None:
    """Delete a teacher item (no error if missing)."""
    database.delete_item(teacher_profile_id(database), kind, name)


class SessionStore:
    """The teacher area's saved class quizzes, as JSON payloads (the class quiz panel gets this,
    not the database: it stores and reads sessions, nothing else).

    The payloads are what :func:`duewise.learning.classroom.to_payload` makes; turning them back
    into sessions is :func:`~duewise.learning.classroom.from_payload`'s job.
    """

    def __init__(self, database: Database) -> None:
        self._database = database

    def names(self) -> list[str]:
        """Saved class quizzes, by name."""
        return names(self._database, SESSION_KIND)

    def save(self, name: str, payload: Mapping[str, Any]) -> None:
        """Store (or replace) a session's payload under ``name``."""
        save(self._database, SESSION_KIND, name, json.dumps(payload, ensure_ascii=False))

    def load(self, name: str) -> object | None:
        """The stored payload (``None`` if missing or not JSON)."""
        text = load(self._database, SESSION_KIND, name)
        if text is None:
            return None
        try:
            data: object = json.loads(text)
        except ValueError:
            return None
        return data
