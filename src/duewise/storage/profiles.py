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

A learner's own "Delete my data" is :func:`erase_learner`: it deletes that learner's profile,
quiz answers, review queue and saved plans and scenarios in one transaction, and nothing of
anyone else (the teacher area's items stored under the profile move to the next learner first).
The only profile is emptied and given the default name instead, because the app always keeps one.

The default profile's stored name is :data:`duewise.storage.db.DEFAULT_PROFILE_NAME`, a fixed key
rather than a word of either language: :func:`is_default_name` recognises it, and the UI shows it
as "Default learner" in the interface language.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass

from duewise.storage import classroom_store, names, settings
from duewise.storage.db import DEFAULT_PROFILE_NAME, Database

MAX_NAME_LENGTH = 40
#: Avatar colours offered to learners (Okabe-Ito; the initials are white or black, the one
#: that reads at 4.5:1 on each).
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
_UID_KEY = settings.LEARNER_UID_KEY


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


def is_default_name(name: str) -> bool:
    """Whether ``name`` is the stored name of an untouched default profile (shown in words of the
    interface language, never as stored)."""
    return name == DEFAULT_PROFILE_NAME


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
        _delete_profile_rows(conn, profile_id)


def _delete_profile_rows(conn: sqlite3.Connection, profile_id: int) -> None:
    # The teacher area's items are not the learner's: they move to the next oldest profile.
    classroom_store.rehome(conn, profile_id)
    # saved_items, quiz_attempts (and their answers) and review_cards go with ON DELETE CASCADE.
    conn.execute("DELETE FROM profiles WHERE id = ?", (profile_id,))
    conn.execute("DELETE FROM settings WHERE key = ?", (_UID_KEY.format(profile_id),))


@dataclass(frozen=True, slots=True)
class LearnerData:
    """How much one learner has stored on this computer (their own data, not the teacher's).

    Attributes:
        quizzes: quiz attempts (practice runs included).
        answers: answers given in them.
        review_cards: questions in the learner's review queue.
        saved_items: saved scenarios, plans and other items of the learner's own pages.
    """

    quizzes: int
    answers: int
    review_cards: int
    saved_items: int


def learner_data(database: Database, profile_id: int) -> LearnerData:
    """Count what :func:`erase_learner` would delete for ``profile_id``."""
    conn = database.connection
    marks = ",".join("?" for _ in classroom_store.TEACHER_KINDS)

    def count(sql: str, *params: object) -> int:
        return int(conn.execute(sql, params).fetchone()[0])

    return LearnerData(
        quizzes=count("SELECT COUNT(*) FROM quiz_attempts WHERE profile_id = ?", profile_id),
        answers=count(
            "SELECT COUNT(*) FROM quiz_answers a JOIN quiz_attempts t ON t.id = a.attempt_id "
            "WHERE t.profile_id = ?",
            profile_id,
        ),
        review_cards=count("SELECT COUNT(*) FROM review_cards WHERE profile_id = ?", profile_id),
        saved_items=count(
            f"SELECT COUNT(*) FROM saved_items WHERE profile_id = ? AND kind NOT IN ({marks})",
            profile_id,
            *classroom_store.TEACHER_KINDS,
        ),
    )


@dataclass(frozen=True, slots=True)
class Erased:
    """What :func:`erase_learner` did.

    Attributes:
        name: the learner's name before (for the message afterwards).
        deleted: what was deleted.
        profile_removed: ``True`` when the profile itself went; ``False`` when it was the only one
            and was emptied and renamed to the default instead.
        next_profile_id: the profile to use now.
    """

    name: str
    deleted: LearnerData
    profile_removed: bool
    next_profile_id: int


def erase_learner(database: Database, profile_id: int) -> Erased:
    """A learner's "Delete my data": their profile, answers, review queue and saved items go, in
    one transaction; no other learner's data and none of the teacher's items are touched.

    With other profiles on the computer the profile is deleted (the teacher area's items it held
    move to the next oldest profile first). The only profile is emptied instead: its own saved
    items, quiz attempts and review cards are deleted, it gets the default name and colour and a
    new learner id (a later export is not merged with the erased learner's old results), and the
    teacher's items stay with it.

    Raises:
        ProfileError: ``not_found``.
    """
    profile = get_profile(database, profile_id)
    if profile is None:
        raise ProfileError("not_found", profile_id=profile_id)
    deleted = learner_data(database, profile_id)
    others = [p.id for p in list_profiles(database) if p.id != profile_id]
    with database.transaction() as conn:
        if others:
            _delete_profile_rows(conn, profile_id)
            removed, next_id = True, min(others)
        else:
            marks = ",".join("?" for _ in classroom_store.TEACHER_KINDS)
            conn.execute(
                f"DELETE FROM saved_items WHERE profile_id = ? AND kind NOT IN ({marks})",
                (profile_id, *classroom_store.TEACHER_KINDS),
            )
            conn.execute("DELETE FROM quiz_attempts WHERE profile_id = ?", (profile_id,))
            conn.execute("DELETE FROM review_cards WHERE profile_id = ?", (profile_id,))
            conn.execute("DELETE FROM settings WHERE key = ?", (_UID_KEY.format(profile_id),))
            conn.execute(
                "UPDATE profiles SET name = ?, colour = ? WHERE id = ?",
                (DEFAULT_PROFILE_NAME, AVATAR_COLOURS[0], profile_id),
            )
            removed, next_id = False, profile_id
    return Erased(profile.name, deleted, removed, next_id)


def learner_uid(database: Database, profile_id: int) -> str:
    """The profile's stable random learner id (made and stored on first use)."""
    key = _UID_KEY.format(profile_id)
    existing = database.get_setting(key)
    if existing:
        return existing
    import secrets  # here, not at the top: it loads OpenSSL (~4 ms) before the first window

    uid = secrets.token_hex(8)
    database.set_setting(key, uid)
    return uid
