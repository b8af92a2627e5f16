"""Learner profiles and the teacher PIN (classroom): separation, validation, hashing, lockout."""

from __future__ import annotations

from pathlib import Path

import pytest

from duewise.storage import db, profiles, teacher_pin


@pytest.fixture
def database(tmp_path: Path) -> db.Database:
    database, _ = db.open_database(tmp_path)
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _fast_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    # The real iteration count is slow on purpose; the scheme is the same.
    monkeypatch.setattr(teacher_pin, "ITERATIONS", 1000)


def test_create_list_and_keep_data_apart(database: db.Database) -> None:
    lin = profiles.create_profile(database, "  Lin   Wei ", "#D55E00")
    amy = profiles.create_profile(database, "Amy")
    assert lin.name == "Lin Wei" and lin.colour == "#d55e00" and lin.initials == "LW"
    assert [p.name for p in profiles.list_profiles(database)] == ["Learner", "Lin Wei", "Amy"]
    database.save_item(lin.id, "plan", "mine", "{}")
    assert database.item_names(amy.id, "plan") == []
    assert database.item_names(lin.id, "plan") == ["mine"]


@pytest.mark.parametrize(
    ("name", "code"),
    [("   ", "name_empty"), ("x" * 41, "name_too_long"), ("learner", "name_taken")],
)
def test_bad_names_are_refused_with_a_code(database: db.Database, name: str, code: str) -> None:
    with pytest.raises(profiles.ProfileError) as info:
        profiles.create_profile(database, name)
    assert info.value.code == code


def test_bad_colour_is_refused(database: db.Database) -> None:
    with pytest.raises(profiles.ProfileError) as info:
        profiles.create_profile(database, "Amy", "red")
    assert info.value.code == "bad_colour"


def test_delete_takes_the_profiles_data_but_never_the_last_profile(database: db.Database) -> None:
    amy = profiles.create_profile(database, "Amy")
    database.save_item(amy.id, "plan", "mine", "{}")
    uid = profiles.learner_uid(database, amy.id)
    assert profiles.learner_uid(database, amy.id) == uid
    profiles.delete_profile(database, amy.id)
    assert profiles.get_profile(database, amy.id) is None
    assert database.connection.execute("SELECT COUNT(*) FROM saved_items").fetchone()[0] == 0
    assert database.get_setting(f"profile_uid.{amy.id}") is None
    with pytest.raises(profiles.ProfileError) as info:
        profiles.delete_profile(database, profiles.list_profiles(database)[0].id)
    assert info.value.code == "last_profile"


def test_rename_checks_other_names(database: db.Database) -> None:
    amy = profiles.create_profile(database, "Amy")
    assert profiles.update_profile(database, amy.id, name="Amy Z").name == "Amy Z"
    assert profiles.update_profile(database, amy.id, name="amy z").name == "amy z"
    with pytest.raises(profiles.ProfileError):
        profiles.update_profile(database, amy.id, name="Learner")


def test_pin_is_stored_as_salted_hash(database: db.Database) -> None:
    lock = teacher_pin.TeacherLock(database)
    lock.set_pin("2468", "2468")
    stored = database.get_setting(teacher_pin.PIN_KEY) or ""
    assert "2468" not in stored and stored.startswith("pbkdf2_sha256$")
    assert teacher_pin.hash_pin("2468") != teacher_pin.hash_pin("2468")  # salted
    assert teacher_pin.verify_pin("2468", stored)
    assert not teacher_pin.verify_pin("2469", stored)
    assert not teacher_pin.verify_pin("2468", "garbage")


@pytest.mark.parametrize(
    ("pin", "repeat", "code"),
    [
        ("12a4", "12a4", "pin_format"),
        ("123", "123", "pin_format"),
        ("1234", "1243", "pin_mismatch"),
    ],
)
def test_bad_pins_cannot_be_set(database: db.Database, pin: str, repeat: str, code: str) -> None:
    with pytest.raises(teacher_pin.PinError) as info:
        teacher_pin.TeacherLock(database).set_pin(pin, repeat)
    assert info.value.code == code


def test_changing_the_pin_needs_the_area_unlocked(database: db.Database) -> None:
    lock = teacher_pin.TeacherLock(database)
    lock.set_pin("2468", "2468")
    with pytest.raises(teacher_pin.PinError):
        lock.set_pin("1357", "1357")
    lock.set_pin("1357", "1357", unlocked=True)
    assert lock.try_unlock("1357").ok


def test_wrong_pins_lock_with_doubling_delay(database: db.Database) -> None:
    now = [1_000_000.0]
    lock = teacher_pin.TeacherLock(database, clock=lambda: now[0])
    assert lock.try_unlock("0000").status is teacher_pin.UnlockStatus.NO_PIN
    lock.set_pin("2468", "2468")
    first = lock.try_unlock("1111")
    assert first.status is teacher_pin.UnlockStatus.WRONG and first.wait_seconds == 0
    lock.try_unlock("1111")
    third = lock.try_unlock("1111")
    assert third.wait_seconds == teacher_pin.BASE_DELAY
    # While locked even the right PIN is refused, unchecked.
    refused = lock.try_unlock("2468")
    assert refused.status is teacher_pin.UnlockStatus.LOCKED and refused.wait_seconds == 30
    now[0] += 30
    fourth = lock.try_unlock("1111")
    assert fourth.wait_seconds == 60  # doubled
    now[0] += 59
    assert lock.wait_seconds() == pytest.approx(1)
    now[0] += 1
    assert lock.try_unlock("2468").ok
    assert lock.failures() == 0


def test_lockout_survives_reopening_and_a_clock_set_back(tmp_path: Path) -> None:
    database, _ = db.open_database(tmp_path)
    now = [5_000.0]
    lock = teacher_pin.TeacherLock(database, clock=lambda: now[0])
    lock.set_pin("2468", "2468")
    for _ in range(3):
        lock.try_unlock("0000")
    database.close()
    reopened, _ = db.open_database(tmp_path)
    now[0] -= 10_000  # clock moved back: the wait is still at most the current delay
    again = teacher_pin.TeacherLock(reopened, clock=lambda: now[0])
    assert again.wait_seconds() == teacher_pin.BASE_DELAY
    reopened.close()


def test_delay_is_capped() -> None:
    assert teacher_pin.delay_after(2) == 0
    assert teacher_pin.delay_after(50) == teacher_pin.MAX_DELAY
