"""A forgotten teacher PIN: a recovery code, shown once when it is made, resets the PIN and nothing
else (no learner's profile, answer or plan is touched).

Stored in the ``settings`` table beside the PIN (:mod:`duewise.storage.teacher_pin`):

- ``teacher_recovery``: the code's salted PBKDF2 hash, made by :func:`teacher_pin.hash_pin` (the
  code itself is never stored; it is shown to the teacher once, to write down);
- ``teacher_recovery_lockout``: wrong codes in a row, with the same doubling waits as wrong PINs
  (:func:`teacher_pin.delay_after`), kept apart from the PIN's count.

A code is 16 characters of Crockford's base 32 (``0-9`` and ``A-Z`` without ``I L O U``), shown in
four groups of four (``K7QM-3XVD-9HTB-2WRE``): 80 random bits, so it cannot be guessed at the
keyboard even without the lockout. When it is typed back, case, spaces and dashes do not matter,
and the letters people confuse with digits are read as those digits (``O`` → ``0``, ``I``/``L`` →
``1``), as Crockford's alphabet intends.

Using the code (:func:`reset_pin`) removes the PIN, its lockout and the code in one transaction:
the teacher then sets a new PIN (and gets a new code). Deleting all data removes them too.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable

from duewise.storage import teacher_pin
from duewise.storage.db import Database

RECOVERY_KEY = "teacher_recovery"
RECOVERY_LOCKOUT_KEY = "teacher_recovery_lockout"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32
GROUPS, GROUP_LENGTH = 4, 4
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    """A fresh random code, grouped for writing down: ``XXXX-XXXX-XXXX-XXXX``."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP_LENGTH))
    return "-".join(chars[i : i + GROUP_LENGTH] for i in range(0, len(chars), GROUP_LENGTH))


def normalise(code: str) -> str:
    """The code as compared: upper case, without spaces or dashes, confusable letters read as
    digits (``"k7qm 3xvd-9htb-2wre"`` → ``"K7QM3XVD9HTB2WRE"``)."""
    kept = "".join(c for c in code.upper() if c not in " -\t")
    return kept.translate(_READ_AS)


def has_code(database: Database) -> bool:
    """Whether a recovery code has been made for the current PIN."""
    return bool(database.get_setting(RECOVERY_KEY))


def issue(database: Database) -> str:
    """Make a new recovery code (replacing any earlier one) and return it to show once.

    Call it after a PIN was set, or from the open teacher area.
    """
    code = new_code()
    with database.transaction() as conn:
        for key, value in (
            (RECOVERY_KEY, teacher_pin.hash_pin(normalise(code))),
            (RECOVERY_LOCKOUT_KEY, json.dumps({"failures": 0, "locked_until": 0.0})),
        ):
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )
    return code


class RecoveryLock:
    """Checks recovery codes with a lockout of its own (the PIN's count is not touched)."""

    def __init__(self, database: Database, clock: Callable[[], float] = time.time) -> None:
        self._database = database
        self._clock = clock

    def _state(self) -> tuple[int, float]:
        try:
            data = json.loads(self._database.get_setting(RECOVERY_LOCKOUT_KEY) or "{}")
            return int(data.get("failures", 0)), float(data.get("locked_until", 0.0))
        except (ValueError, TypeError, AttributeError):
            return teacher_pin.FREE_TRIES, self._clock() + teacher_pin.BASE_DELAY

    def wait_seconds(self) -> float:
        """Seconds until the next code may be tried (0 when now)."""
        failures, locked_until = self._state()
        remaining = locked_until - self._clock()
        return max(0.0, min(remaining, teacher_pin.delay_after(failures)))

    def reset_pin(self, code: str) -> teacher_pin.UnlockResult:
        """Check ``code``; when it is right, remove the PIN, its lockout and the code.

        Returns:
            ``OK`` (the PIN is gone: set a new one), ``WRONG`` (with the wait now due and the
            wrong tries in a row), ``LOCKED`` (refused unchecked) or ``NO_PIN`` (no code was
            made, so none can be right).
        """
        stored = self._database.get_setting(RECOVERY_KEY)
        if not stored:
            return teacher_pin.UnlockResult(teacher_pin.UnlockStatus.NO_PIN)
        failures, _ = self._state()
        wait = self.wait_seconds()
        if wait > 0:
            return teacher_pin.UnlockResult(teacher_pin.UnlockStatus.LOCKED, wait, failures)
        if teacher_pin.verify_pin(normalise(code), stored):
            with self._database.transaction() as conn:
                conn.execute(
                    "DELETE FROM settings WHERE key IN (?, ?, ?, ?)",
                    (
                        teacher_pin.PIN_KEY,
                        teacher_pin.LOCKOUT_KEY,
                        RECOVERY_KEY,
                        RECOVERY_LOCKOUT_KEY,
                    ),
                )
            return teacher_pin.UnlockResult(teacher_pin.UnlockStatus.OK)
        failures += 1
        delay = teacher_pin.delay_after(failures)
        self._database.set_setting(
            RECOVERY_LOCKOUT_KEY,
            json.dumps({"failures": failures, "locked_until": self._clock() + delay}),
        )
        return teacher_pin.UnlockResult(teacher_pin.UnlockStatus.WRONG, delay, failures)
