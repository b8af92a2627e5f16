"""Every setting DueWise keeps, declared once: its key, its type, its default and what is valid.

Settings live in the database's ``settings`` table as text. :func:`read` turns the text into a
typed value and checks it; a value that is missing gives the default, and one that is of the wrong
type or not allowed — a theme a newer version added, ``text_scale = "abc"`` — gives the default
with a logged note, so a bad value can never stop the app. :func:`write` refuses a value that
would not read back.

The keys of the teacher PIN and of each learner's uid are declared here too
(:data:`TEACHER_PIN_KEY` …), though their modules read and write them (a hash, a lockout record,
a random id), so that this module is the one list of keys.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from duewise.storage.db import Database

_T = TypeVar("_T")

#: The themes, text sizes (percent) and interface languages a user can choose.
#: ``high_contrast``: white and yellow on black, for low vision and projectors (issue #20).
THEMES = ("system", "light", "dark", "high_contrast")
TEXT_SCALES = (100, 125, 150, 200)
LANGUAGES = ("zh_CN", "en")
#: The places of the app, in the order of the navigation bar.
PAGES = ("learn", "check", "calculator", "planner", "classroom", "settings")
#: Extra time a learner may have on a timed quiz, in percent.
EXTRA_TIME_CHOICES = (0, 25, 50, 100)
#: The first-start welcome: due from the first start until it is answered or closed.
WELCOME_STATES = ("pending", "done")
#: Who the user said they are in the welcome (each opens its place of the app).
ROLES = ("learner", "teacher", "self_check")
MAX_QUIZ_MINUTES = 180

TEACHER_PIN_KEY = "teacher_pin"
TEACHER_LOCKOUT_KEY = "teacher_lockout"
LEARNER_UID_KEY = "profile_uid.{}"  # .format(profile_id)


@dataclass(frozen=True)
class Setting(Generic[_T]):
    """One setting: ``decode`` turns the stored text into a value or raises ``ValueError``."""

    key: str
    default: _T
    decode: Callable[[str], _T]
    encode: Callable[[_T], str] = str

    def __hash__(self) -> int:
        return hash(self.key)


def _one_of(choices: Sequence[str]) -> Callable[[str], str]:
    def decode(text: str) -> str:
        if text not in choices:
            raise ValueError(f"not one of {', '.join(choices)}")
        return text

    return decode


def _optional_one_of(choices: Sequence[str]) -> Callable[[str], str | None]:
    one_of = _one_of(choices)

    def decode(text: str) -> str | None:
        return one_of(text) if text else None

    return decode


def _int_in(low: int, high: int, choices: Sequence[int] = ()) -> Callable[[str], int]:
    def decode(text: str) -> int:
        if not text.isdigit():
            raise ValueError("not a whole number")
        value = int(text)
        if choices and value not in choices:
            raise ValueError(f"not one of {', '.join(map(str, choices))}")
        if not low <= value <= high:
            raise ValueError(f"not from {low} to {high}")
        return value

    return decode


def _profile_id(text: str) -> int | None:
    if not text:
        return None
    if not text.isdigit() or int(text) < 1:
        raise ValueError("not a profile id")
    return int(text)


def _flag(text: str) -> bool:
    if text not in ("0", "1"):
        raise ValueError("not 0 or 1")
    return text == "1"


def _encode_flag(value: bool) -> str:
    return "1" if value else "0"


def _geometry(text: str) -> bytes | None:
    if not text:
        return None
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError("not base64") from exc


def _encode_geometry(value: bytes | None) -> str:
    return base64.b64encode(value).decode("ascii") if value else ""


def _optional_text(value: object) -> str:
    return "" if value is None else str(value)


THEME = Setting("theme", "system", _one_of(THEMES))
TEXT_SCALE = Setting("text_scale", 100, _int_in(0, 1000, TEXT_SCALES))
#: ``None``: follow the system's language.
LANGUAGE = Setting[str | None]("language", None, _optional_one_of(LANGUAGES), _optional_text)
#: The learner profile last used (``None``: the oldest one).
LAST_PROFILE = Setting[int | None]("last_profile", None, _profile_id, _optional_text)
#: A teacher's lesson pack folder (``""``: the shipped course).
LESSON_PACK = Setting("lesson_pack", "", str)
WINDOW_GEOMETRY = Setting[bytes | None]("window_geometry", None, _geometry, _encode_geometry)
LAST_PAGE = Setting[str | None]("last_page", None, _optional_one_of(PAGES), _optional_text)
CHECK_TIMER = Setting("check.timer", False, _flag, _encode_flag)
CHECK_MINUTES = Setting("check.minutes", 20, _int_in(1, MAX_QUIZ_MINUTES))
CHECK_EXTRA_PERCENT = Setting("check.extra_percent", 0, _int_in(0, 100, EXTRA_TIME_CHOICES))
CHECK_PRACTICE = Setting("check.practice", False, _flag, _encode_flag)
#: ``None``: not a first start (a data folder from before the welcome existed).
WELCOME = Setting[str | None]("welcome", None, _optional_one_of(WELCOME_STATES), _optional_text)
ROLE = Setting("role", "learner", _one_of(ROLES))

ALL: tuple[Setting[Any], ...] = (
    THEME,
    TEXT_SCALE,
    LANGUAGE,
    LAST_PROFILE,
    LESSON_PACK,
    WINDOW_GEOMETRY,
    LAST_PAGE,
    CHECK_TIMER,
    CHECK_MINUTES,
    CHECK_EXTRA_PERCENT,
    CHECK_PRACTICE,
    WELCOME,
    ROLE,
)


def read(database: Database, setting: Setting[_T]) -> _T:
    """The stored value of ``setting``, or its default (with a logged note if the stored text
    is not a valid value)."""
    text = database.get_setting(setting.key)
    if text is None:
        return setting.default
    try:
        return setting.decode(text)
    except ValueError as exc:
        import logging  # only for a bad value: start-up need not import it

        logging.getLogger(__name__).warning(
            "setting %s: stored value %r is not valid (%s); using %r",
            setting.key,
            text,
            exc,
            setting.default,
        )
        return setting.default


def write(database: Database, setting: Setting[_T], value: _T) -> None:
    """Store ``value`` (committed at once).

    Raises:
        ValueError: ``value`` would not read back as itself.
    """
    text = setting.encode(value)
    try:
        back = setting.decode(text)
    except ValueError as exc:
        raise ValueError(f"{setting.key}: {value!r} is not a valid value ({exc})") from None
    if back != value:
        raise ValueError(f"{setting.key}: {value!r} does not read back")
    database.set_setting(setting.key, text)
