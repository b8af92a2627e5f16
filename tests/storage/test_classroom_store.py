"""The teacher area's storage scope: one profile id for the teacher's items, kept across deletes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from duewise.storage import classroom_store, db, profiles


@pytest.fixture
def database(tmp_path: Path) -> Iterator[db.Database]:
    database, _ = db.open_database(tmp_path)
    yield database
    database.close()


def test_teacher_items_do_not_follow_the_learner(database: db.Database) -> None:
    first = profiles.list_profiles(database)[0].id
    lin = profiles.create_profile(database, "Lin")
    assert classroom_store.teacher_profile_id(database) == first
    classroom_store.save(database, classroom_store.SESSION_KIND, "quiz 1", "{}")
    assert classroom_store.names(database, classroom_store.SESSION_KIND) == ["quiz 1"]
    assert database.item_names(lin.id, classroom_store.SESSION_KIND) == []
    assert classroom_store.load(database, classroom_store.SESSION_KIND, "quiz 1") == "{}"
    classroom_store.delete(database, classroom_store.SESSION_KIND, "quiz 1")
    assert classroom_store.names(database, classroom_store.SESSION_KIND) == []


def test_deleting_the_owner_hands_teacher_items_on(database: db.Database) -> None:
    first = profiles.list_profiles(database)[0].id
    lin = profiles.create_profile(database, "Lin")
    amy = profiles.create_profile(database, "Amy")
    classroom_store.save(database, classroom_store.RESULTS_KIND, "current", '{"a": 1}')
    classroom_store.save(database, classroom_store.SESSION_KIND, "quiz", "{}")
    database.save_item(first, "plan", "a learner's plan", "{}")
    profiles.delete_profile(database, first)
    assert classroom_store.teacher_profile_id(database) == lin.id
    assert classroom_store.load(database, classroom_store.RESULTS_KIND, "current") == '{"a": 1}'
    assert classroom_store.names(database, classroom_store.SESSION_KIND) == ["quiz"]
    assert database.item_names(lin.id, "plan") == []  # a learner's own items are not moved
    profiles.delete_profile(database, amy.id)  # not the owner: nothing moves
    assert classroom_store.names(database, classroom_store.SESSION_KIND) == ["quiz"]


def test_sessions_saved_under_a_learner_are_adopted(database: db.Database) -> None:
    lin = profiles.create_profile(database, "Lin")
    database.save_item(lin.id, classroom_store.SESSION_KIND, "old quiz", "{}")
    assert classroom_store.names(database, classroom_store.SESSION_KIND) == ["old quiz"]
    assert database.item_names(lin.id, classroom_store.SESSION_KIND) == []
    profiles.delete_profile(database, lin.id)
    assert classroom_store.names(database, classroom_store.SESSION_KIND) == ["old quiz"]
