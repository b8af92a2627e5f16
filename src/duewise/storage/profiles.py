"""Learner profiles on a shared machine: create, rename, recolour, delete, and a stable learner id.

Profiles live in the ``profiles`` table (``id, name, colour, created_at``). Everything a learner
saves is keyed by the profile id (``saved_items.profile_id`` deletes with it: ``ON DELETE
CASCADE``), so each learner's data stays apart. A profile also gets a random *learner id* the first
time its results are exported (setting ``profile_uid.<id>``): the teacher merges results files by
that id, so two learners who both call themselves "Lin" on different machines stay two learners.

Errors carry a code and parameters; the UI words them:

- ``name_empty``: the name is blank.
- ``name_invalid``: the name holds a broken character (a lone surrogate).
- ``name_too_long`` (``limit``): longer than :data:`MAX_NAME_LENGTH` characters.
- ``name_taken`` (``name``): another profile has this name (letter case and spaces ignored).
- ``bad_colour`` (``colour``): not ``#rrggbb``.
- ``not_found`` (``profile_id``): no such profile.
- ``last_profile``: the only profile cannot be deleted (the app always has one).
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import sqlite3
from dataclasses import dataclass

from duewise.storage import classroom_store, names
from duewise.storage.db import Database

MAX_NAME_LENGTH = 40
#: Avatar colours offered to learners (Okabe-Ito, readable with white initials).
AVATAR_COLOURS: tuple[str, ...] = (
    "#2f6fb0",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#000000",
    "#8C564B",
)
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_UID_KEY = "profile_uid.{}"


class ProfileError(ValueError):
    """A profile change that was refused; ``code`` and ``params`` say why (module docstring)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code}: {params}" if params else code)


@dataclass(frozen=True, slots=True)
class Profile:
    """One learner on this machine."""

    id: int
    name: str
    colour: str
    created_at: str

    @property
    def initials(self) -> str:
        """One or two characters for the avatar: the first letters of the first two words."""
        words = self.name.split()
        if not words:
            return "?"
        if len(words) == 1:
            return words[0][:1].upper()
        return (words[0][:1] + words[1][:1]).upper()


def _row(row: tuple[object, ...]) -> Profile:
    return Profile(int(str(row[0])), str(row[1]), str(row[2]), str(row[3]))


def list_profiles(database: Database) -> list[Profile]:
    """Every profile, oldest first."""
    rows = database.connection.execute(
        "SELECT id, name, colour, created_at FROM profiles ORDER BY id"
    ).fetchall()
    return [_row(r) for r in rows]


def get_profile(database: Database, profile_id: int) -> Profile | None:
    """The profile with this id, or ``None``."""
    row = database.connection.execute(
        "SELECT id, name, colour, created_at FROM profiles WHERE id = ?", (profile_id,)
    ).fetchone()
    return None if row is None else _row(row)


def clean_name(name: str, *, database: Database, exclude_id: int | None = None) -> str:
    """The name on one line (:func:`storage.names.single_line`), or a :class:`ProfileError`."""
    if not names.is_valid_text(name):
        raise ProfileError("name_invalid")
    cleaned = names.single_line(name)
    if not cleaned:
        raise ProfileError("name_empty")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ProfileError("name_too_long", limit=MAX_NAME_LENGTH)
    folded = cleaned.casefold()
    for other in list_profiles(database):
        if other.id != exclude_id and " ".join(other.name.split()).casefold() == folded:
            raise ProfileError("name_taken", name=other.name)
    return cleaned


def _check_colour(colour: str) -> str:
    if not _COLOUR.match(colour):
        raise ProfileError("bad_colour", colour=colour)
    return colour.lower()


def create_profile(database: Database, name: str, colour: str = AVATAR_COLOURS[0]) -> Profile:
    """Add a learner.

    Raises:
        ProfileError: ``name_empty``, ``name_too_long``, ``name_taken`` or ``bad_colour``.
    """
    cleaned = clean_name(name, database=database)
    colour = _check_colour(colour)
    created = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    try:
        with database.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO profiles (name, colour, created_at) VALUES (?, ?, ?)",
                (cleaned, colour, created),
            )
            new_id = int(cursor.lastrowid or 0)
    except sqlite3.IntegrityError as exc:  # the UNIQUE constraint, e.g. a race with another window
        raise ProfileError("name_taken", name=cleaned) from exc
    return Profile(new_id, cleaned, colour, created)


def update_profile(
    database: Database, profile_id: int, *, name: str | None = None, colour: str | None = None
) -> Profile:
    """Rename and/or recolour a profile.

    Raises:
        ProfileError: ``not_found`` or any error of :func:`create_profile`.
    """
    current = get_profile(database, profile_id)
    if current is None:
        raise ProfileError("not_found", profile_id=profile_id)
    new_name = (
        current.name if name is None else clean_name(name, database=database, exclude_id=profile_id)
    )
    new_colour = current.colour if colour is None else _check_colour(colour)
    with database.transaction() as conn:
        conn.execute(
            "UPDATE profiles SET name = ?, colour = ? WHERE id = ?",
            (new_name, new_colour, profile_id),
        )
    return Profile(profile_id, new_name, new_colour, current.created_at)


def delete_profile(database: Database, profile_id: int) -> None:
    """Delete a learner and everything stored for them (saved items, answers, learner id).

    The teacher area's items stored under this profile (see :mod:`storage.classroom_store`) are
    not the learner's: they move to the next oldest profile first.

    Raises:
        ProfileError: ``not_found``, or ``last_profile`` when it is the only one.
    """
    profiles = list_profiles(database)
    if all(p.id != profile_id for p in profiles):
        raise ProfileError("not_found", profile_id=profile_id)
    if len(profiles) == 1:
        raise ProfileError("last_profile")
    with database.transaction() as conn:
        # The teacher area's items are not the learner's: they move to the next oldest profile.
        classroom_store.rehome(conn, profile_id)
        # saved_items and any other table referencing profiles(id) go with ON DELETE CASCADE.
        conn.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))
        conn.execute("DELETE FROM settings WHERE key = ?", (_UID_KEY.format(profile_id),))


def learner_uid(database: Database, profile_id: int) -> str:
    """The profile's stable random learner id (made and stored on first use)."""
    key = _UID_KEY.format(profile_id)
    existing = database.get_setting(key)
    if existing:
        return existing
    uid = secrets.token_hex(8)
    database.set_setting(key, uid)
    return uid
