"""Typed settings: every value is validated on read; a bad one gives the default and a note."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from duewise.storage import db, settings


@pytest.fixture
def database(tmp_path: Path):  # type: ignore[no-untyped-def]
    database, _ = db.open_database(tmp_path)
    yield database
    database.close()


@pytest.mark.parametrize(
    ("setting", "stored"),
    [
        (settings.THEME, "neon"),  # a theme a newer version added
        (settings.TEXT_SCALE, "abc"),
        (settings.TEXT_SCALE, "175"),
        (settings.TEXT_SCALE, "-100"),
        (settings.LANGUAGE, "fr"),
        (settings.LAST_PROFILE, "first"),
        (settings.LAST_PAGE, "nowhere"),
        (settings.WINDOW_GEOMETRY, "not base64!"),
        (settings.CHECK_TIMER, "yes"),
        (settings.CHECK_MINUTES, "0"),
        (settings.CHECK_MINUTES, "99999"),
        (settings.CHECK_EXTRA_PERCENT, "33"),
        (settings.CHECK_PRACTICE, "2"),
        (settings.WELCOME, "maybe"),
        (settings.ROLE, "principal"),  # a role a newer version added
    ],
)
def test_a_bad_value_gives_the_default_and_a_note(  # type: ignore[no-untyped-def]
    database, caplog, setting, stored
) -> None:
    database.set_setting(setting.key, stored)
    with caplog.at_level(logging.WARNING, logger="duewise.storage.settings"):
        assert settings.read(database, setting) == setting.default
    assert setting.key in caplog.text and repr(stored) in caplog.text


def test_good_values_round_trip(database) -> None:  # type: ignore[no-untyped-def]
    values = {
        settings.THEME: "dark",
        settings.TEXT_SCALE: 150,
        settings.LANGUAGE: "zh_CN",
        settings.LAST_PROFILE: 3,
        settings.LAST_PAGE: "planner",
        settings.WINDOW_GEOMETRY: b"\x01\xd9\xd0\xcb",
        settings.LESSON_PACK: "/media/usb/pack",
        settings.CHECK_TIMER: True,
        settings.CHECK_MINUTES: 45,
        settings.CHECK_EXTRA_PERCENT: 50,
        settings.CHECK_PRACTICE: False,
        settings.WELCOME: "done",
        settings.ROLE: "teacher",
    }
    for setting, value in values.items():
        settings.write(database, setting, value)
        assert settings.read(database, setting) == value


def test_missing_values_give_the_defaults_without_a_note(database, caplog) -> None:  # type: ignore[no-untyped-def]
    with caplog.at_level(logging.WARNING, logger="duewise.storage.settings"):
        assert settings.read(database, settings.THEME) == "system"
        assert settings.read(database, settings.TEXT_SCALE) == 100
        assert settings.read(database, settings.LANGUAGE) is None
        assert settings.read(database, settings.LAST_PROFILE) is None
    assert caplog.text == ""


def test_writing_an_invalid_value_is_refused(database) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="text_scale"):
        settings.write(database, settings.TEXT_SCALE, 175)
    assert database.get_setting("text_scale") is None


def test_every_key_is_declared_once() -> None:
    keys = [s.key for s in settings.ALL]
    assert len(keys) == len(set(keys))
    assert {settings.TEACHER_PIN_KEY, settings.TEACHER_LOCKOUT_KEY}.isdisjoint(keys)
