"""The teacher PIN: a salted PBKDF2 hash in the settings; a lockout that doubles after wrong tries.

Stored in the ``settings`` table:

- ``teacher_pin``: ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`` (stdlib
  ``hashlib.pbkdf2_hmac``; a 16-byte random salt; compared with ``hmac.compare_digest``). The PIN
  itself is never stored.
- ``teacher_lockout``: ``{"failures": n, "locked_until": epoch seconds}`` as JSON, so closing and
  reopening the app does not reset the count.

Lockout policy: the first :data:`FREE_TRIES` - 1 wrong PINs in a row cost nothing; the
:data:`FREE_TRIES`-th locks the area for :data:`BASE_DELAY` seconds, and every further wrong PIN
doubles the delay (30 s, 60 s, 120 s …, at most :data:`MAX_DELAY`). While locked, tries are refused
without being checked. A right PIN resets the count. A PIN is short, so the lockout — not the hash —
is what stops guessing at the keyboard; the hash keeps the PIN unreadable in the database file.

One try is one database transaction (``BEGIN IMMEDIATE``): reading the count, checking the PIN
and writing the new count happen under the write lock, so eight windows guessing at once get the
same :data:`FREE_TRIES` as one window (a second try waits while the first is checked).

The clock is injected (``clock=time.time``) so tests never sleep. Wall-clock time is used on
purpose (the lockout must survive a restart); a clock set backwards cannot lengthen a lockout
beyond the delay of the current failure count.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from duewise.storage import settings
from duewise.storage.db import Database

PIN_KEY = settings.TEACHER_PIN_KEY
LOCKOUT_KEY = settings.TEACHER_LOCKOUT_KEY
MIN_PIN_LENGTH, MAX_PIN_LENGTH = 4, 12
ITERATIONS = 200_000
FREE_TRIES = 3
BASE_DELAY = 30.0  # seconds, after the FREE_TRIES-th wrong PIN in a row
MAX_DELAY = 3600.0


class PinError(ValueError):
    """A PIN that cannot be set: ``code`` is ``pin_format`` (params ``min``, ``max``),
    ``pin_mismatch`` (the two entries differ) or ``pin_exists`` (unlock first to change it)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(code)


class UnlockStatus(StrEnum):
    """The outcome of one try."""

    OK = "ok"
    WRONG = "wrong_pin"  # wrong, and the area may now be locked for ``wait_seconds``
    LOCKED = "locked"  # refused without checking: still ``wait_seconds`` to wait
    NO_PIN = "no_pin"  # no PIN has been set yet


@dataclass(frozen=True, slots=True)
class UnlockResult:
    """What a try gave: the status, the wait before the next try, and wrong tries in a row."""

    status: UnlockStatus
    wait_seconds: float = 0.0
    failures: int = 0

    @property
    def ok(self) -> bool:
        """The PIN was right."""
        return self.status is UnlockStatus.OK


def check_pin_format(pin: str) -> str:
    """The PIN if it is 4–12 ASCII digits, else :class:`PinError` ``pin_format``."""
    if not (MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH) or not (pin.isascii() and pin.isdigit()):
        raise PinError("pin_format", min=MIN_PIN_LENGTH, max=MAX_PIN_LENGTH)
    return pin


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int | None = None) -> str:
    """The storable hash of ``pin``: ``pbkdf2_sha256$iterations$salt$hash``."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    rounds = iterations or ITERATIONS
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, rounds)
    return f"pbkdf2_sha256${rounds}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches a hash made by :func:`hash_pin` (constant-time compare).

    A damaged stored value never matches (and never raises).
    """
    try:
        scheme, rounds_text, salt_hex, digest_hex = stored.split("$")
        rounds = int(rounds_text)
        salt, expected = bytes.fromhex(salt_hex), bytes.fromhex(digest_hex)
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256" or not 1 <= rounds <= 10_000_000 or not expected:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, rounds)
    return hmac.compare_digest(digest, expected)


def delay_after(failures: int) -> float:
    """Seconds locked after ``failures`` wrong PINs in a row (0 before :data:`FREE_TRIES`)."""
    if failures < FREE_TRIES:
        return 0.0
    return min(BASE_DELAY * float(2 ** (failures - FREE_TRIES)), MAX_DELAY)


class TeacherLock:
    """The teacher area's PIN and lockout state, kept in the database settings."""

    def __init__(self, database: Database, clock: Callable[[], float] = time.time) -> None:
        self._database = database
        self._clock = clock

    def has_pin(self) -> bool:
        """Whether a PIN has been set."""
        return bool(self._database.get_setting(PIN_KEY))

    def set_pin(self, pin: str, repeat: str, *, unlocked: bool = False) -> None:
        """Set the PIN (the first time, or when the area is unlocked).

        Raises:
            PinError: ``pin_exists`` (a PIN is set and the area is not unlocked), ``pin_format``
                or ``pin_mismatch``.
        """
        if self.has_pin() and not unlocked:
            raise PinError("pin_exists")
        check_pin_format(pin)
        if pin != repeat:
            raise PinError("pin_mismatch")
        self._database.set_setting(PIN_KEY, hash_pin(pin))
        self._save_state(0, 0.0)

    def _state(self) -> tuple[int, float]:
        return self._parse_state(self._database.get_setting(LOCKOUT_KEY))

    def _parse_state(self, stored: str | None) -> tuple[int, float]:
        try:
            data = json.loads(stored or "{}")
            return int(data.get("failures", 0)), float(data.get("locked_until", 0.0))
        except (ValueError, TypeError, AttributeError):
            # A damaged value must not open the area: treat it as a full lockout step.
            return FREE_TRIES, self._clock() + BASE_DELAY

    def _save_state(self, failures: int, locked_until: float) -> None:
        self._database.set_setting(LOCKOUT_KEY, _state_text(failures, locked_until))

    def failures(self) -> int:
        """Wrong PINs in a row so far."""
        return self._state()[0]

    def wait_seconds(self) -> float:
        """Seconds until the next try is allowed (0 when it is allowed now)."""
        return self._remaining(*self._state())

    def _remaining(self, failures: int, locked_until: float) -> float:
        return max(0.0, min(locked_until - self._clock(), delay_after(failures)))

    def try_unlock(self, pin: str) -> UnlockResult:
        """Check a PIN, honouring and updating the lockout, in one database transaction.

        Raises:
            storage.db.DatabaseBusyError: another window held the database too long.
            storage.db.DatabaseReadOnlyError: a read-only session cannot count tries, so it
                does not check PINs at all.
        """
        with self._database.transaction() as conn:
            stored = _read(conn, PIN_KEY)
            if not stored:
                return UnlockResult(UnlockStatus.NO_PIN)
            failures, locked_until = self._parse_state(_read(conn, LOCKOUT_KEY))
            wait = self._remaining(failures, locked_until)
            if wait > 0:
                return UnlockResult(UnlockStatus.LOCKED, wait, failures)
            if verify_pin(pin, stored):
                _write(conn, LOCKOUT_KEY, _state_text(0, 0.0))
                return UnlockResult(UnlockStatus.OK)
            failures += 1
            delay = delay_after(failures)
            _write(conn, LOCKOUT_KEY, _state_text(failures, self._clock() + delay))
            return UnlockResult(UnlockStatus.WRONG, delay, failures)


def _state_text(failures: int, locked_until: float) -> str:
    return json.dumps({"failures": failures, "locked_until": locked_until})


def _read(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def _write(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
