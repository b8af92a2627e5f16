"""Class results: learners on this computer and imported files merge by one rule; per-learner
deletion; quizzes in results files; the teacher PIN's recovery code."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from duewise.learning.quiz import QuizItem, QuizKind
from duewise.storage import (
    class_results,
    classroom_store,
    db,
    profiles,
    quiz_store,
    teacher_pin,
    teacher_recovery,
)
from duewise.storage import results_files as rf

WHEN = dt.datetime(2026, 3, 16, 20, 0, tzinfo=dt.UTC)
NOW = dt.datetime(2026, 3, 20, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def database(tmp_path: Path) -> db.Database:
    database, _ = db.open_database(tmp_path / "data")
    yield database
    database.close()


@pytest.fixture(autouse=True)
def _fast_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(teacher_pin, "ITERATIONS", 1000)


def _quiz(
    database: db.Database,
    profile_id: int,
    scores: list[int],
    *,
    kind: QuizKind = QuizKind.LESSON,
    lesson_id: str | None = "what-is-credit",
    items: int | None = None,
    finish: bool = True,
    when: dt.datetime = WHEN,
) -> quiz_store.Attempt:
    """A scored quiz of ``items`` questions (default: one per score), answered with ``scores``."""
    store = quiz_store.QuizStore(database)
    count = items if items is not None else len(scores)
    attempt = store.start_attempt(
        profile_id,
        kind,
        [QuizItem(f"q{i}") for i in range(count)],
        seed=1,
        now=when,
        lesson_id=lesson_id,
    )
    for position, score in enumerate(scores):
        store.record_answer(
            attempt.id,
            position,
            question_id=f"q{position}",
            objective="basics.what-credit",
            lesson_id=lesson_id or "what-is-credit",
            response=0,
            score=Fraction(score),
            now=when,
        )
    if finish:
        store.finish_attempt(attempt.id, when + dt.timedelta(minutes=5))
    return attempt


# ---- local learners appear without an export ------------------------------------------------


def test_local_learners_appear_and_merge_with_their_own_imported_file(
    database: db.Database, tmp_path: Path
) -> None:
    lin = profiles.create_profile(database, "Lin")
    amy = profiles.create_profile(database, "Amy")
    profiles.create_profile(database, "Bo")  # never answered: not a class result
    _quiz(database, lin.id, [1, 0, 1])
    _quiz(database, amy.id, [1])
    results = class_results.combined(database, now=NOW)
    assert [learner.name for learner in results.learners] == ["Amy", "Lin"]
    assert results.kept.learners == () and len(results.local_uids) == 2

    # Lin also exported a file, and the teacher imported it on this same computer: one Lin,
    # each answer once.
    uid = profiles.learner_uid(database, lin.id)
    exported = rf.make_results(
        uid,
        "Lin",
        rf.profile_attempts(database, lin.id),
        exported_at=WHEN,
        quizzes=rf.profile_quizzes(database, lin.id),
    )
    path = tmp_path / "lin.json"
    rf.write_results_file(path, exported)
    result = class_results.import_files(database, [path], now=NOW)
    assert result.files_read == 1 and len(result.learners) == 1
    merged = class_results.combined(database, now=NOW)
    assert [learner.name for learner in merged.learners] == ["Amy", "Lin"]
    lin_row = next(learner for learner in merged.learners if learner.name == "Lin")
    assert len(lin_row.attempts) == 3 and len(lin_row.quizzes) == 1

    # Local learners are read afresh, never written into the kept results.
    kept_text = classroom_store.load(
        database, classroom_store.RESULTS_KIND, classroom_store.RESULTS_NAME
    )
    assert kept_text is not None and "Amy" not in kept_text


def test_add_is_the_one_way_in_and_counts_duplicates(database: db.Database) -> None:
    attempt = rf.Attempt(
        "live-1-1", "l01-q01", "what-is-credit", "o", Decimal(1), True, WHEN.isoformat()
    )
    learner = rf.LearnerResults("u1", "Kim", WHEN.isoformat(), (attempt,))
    first = class_results.add(database, [learner], now=NOW)
    again = class_results.add(database, [learner], now=NOW)
    assert len(first.learners) == 1 and first.duplicates == 0
    assert again.duplicates == 1 and len(again.learners[0].attempts) == 1
    class_results.clear(database)
    assert class_results.load(database) == class_results.Kept()


def test_damaged_kept_results_are_reported(database: db.Database) -> None:
    classroom_store.save(
        database, classroom_store.RESULTS_KIND, classroom_store.RESULTS_NAME, '{"format": 1'
    )
    assert class_results.load(database).damaged


# ---- quizzes travel in results files --------------------------------------------------------


def test_quizzes_round_trip_and_old_files_still_read(database: db.Database) -> None:
    lin = profiles.create_profile(database, "Lin")
    _quiz(database, lin.id, [1, 0], items=4)
    _quiz(database, lin.id, [1], kind=QuizKind.DIAGNOSTIC, lesson_id=None, finish=False)
    results = rf.make_results(
        "u",
        "Lin",
        rf.profile_attempts(database, lin.id),
        exported_at=WHEN,
        quizzes=rf.profile_quizzes(database, lin.id),
    )
    data = json.loads(rf.to_json(results))
    lesson, diagnostic = data["quizzes"]
    assert lesson["kind"] == "lesson" and lesson["items"] == 4 and lesson["finished_at"]
    assert diagnostic["lesson_id"] is None and diagnostic["finished_at"] is None
    assert {a["quiz"] for a in data["attempts"]} == {lesson["id"], diagnostic["id"]}
    back = rf.parse_results(rf.to_json(results).encode())
    assert back == results

    del data["quizzes"]
    for item in data["attempts"]:
        del item["quiz"]
    old = rf.parse_results(json.dumps(data).encode())
    assert old.quizzes == () and {a.quiz for a in old.attempts} == {""}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda q: q.update(items=0), "quizzes[0].items"),
        (lambda q: q.update(items=True), "quizzes[0].items"),
        (lambda q: q.update(kind="<b>"), "quizzes[0].kind"),
        (lambda q: q.update(lesson_id="../x y"), "quizzes[0].lesson_id"),
        (lambda q: q.update(finished_at="yesterday"), "quizzes[0].finished_at"),
    ],
)
def test_a_damaged_quiz_entry_is_named(change, field: str) -> None:  # type: ignore[no-untyped-def]
    quiz = {"id": "1", "kind": "lesson", "lesson_id": "x", "items": 3, "finished_at": None}
    change(quiz)
    document = {
        "format": rf.FORMAT,
        "schema_version": 1,
        "exported_at": WHEN.isoformat(),
        "learner": {"uid": "u", "name": "Lin"},
        "attempts": [],
        "quizzes": [quiz],
    }
    with pytest.raises(rf.ResultsFileError) as info:
        rf.parse_results(json.dumps(document).encode())
    assert info.value.code == "bad_field" and info.value.params == {"field": field}


def test_too_many_quizzes_are_refused() -> None:
    quiz = {"id": "1", "kind": "lesson", "lesson_id": None, "items": 1, "finished_at": None}
    document = {
        "format": rf.FORMAT,
        "schema_version": 1,
        "exported_at": WHEN.isoformat(),
        "learner": {"uid": "u", "name": "Lin"},
        "attempts": [],
        "quizzes": [quiz] * (rf.MAX_QUIZZES + 1),
    }
    with pytest.raises(rf.ResultsFileError) as info:
        rf.parse_results(json.dumps(document).encode())
    assert info.value.code == "too_many_quizzes"


# ---- one learner's "Delete my data" ---------------------------------------------------------


def test_erase_learner_deletes_only_that_learners_data(database: db.Database) -> None:
    first = profiles.list_profiles(database)[0]  # holds the teacher's items
    lin = profiles.create_profile(database, "Lin")
    _quiz(database, first.id, [1, 0])
    _quiz(database, lin.id, [1, 0, 1])
    database.save_item(first.id, "plan", "mine", "{}")
    database.save_item(lin.id, "plan", "lin's", "{}")
    classroom_store.save(database, classroom_store.SESSION_KIND, "s1", "{}")
    assert profiles.learner_data(database, first.id) == profiles.LearnerData(1, 2, 1, 1)

    erased = profiles.erase_learner(database, first.id)
    assert erased.profile_removed and erased.next_profile_id == lin.id
    assert erased.deleted == profiles.LearnerData(1, 2, 1, 1)
    assert [p.name for p in profiles.list_profiles(database)] == ["Lin"]
    # Lin's data is all there; the teacher's quiz moved to Lin's id.
    assert profiles.learner_data(database, lin.id) == profiles.LearnerData(1, 3, 1, 1)
    assert classroom_store.names(database, classroom_store.SESSION_KIND) == ["s1"]

    # The only profile left is emptied and renamed, not deleted; the teacher's items stay.
    uid = profiles.learner_uid(database, lin.id)
    erased = profiles.erase_learner(database, lin.id)
    assert not erased.profile_removed and erased.next_profile_id == lin.id
    assert erased.name == "Lin" and erased.deleted.answers == 3
    only = profiles.list_profiles(database)
    assert len(only) == 1 and profiles.is_default_name(only[0].name)
    assert profiles.learner_data(database, lin.id) == profiles.LearnerData(0, 0, 0, 0)
    assert classroom_store.names(database, classroom_store.SESSION_KIND) == ["s1"]
    assert profiles.learner_uid(database, lin.id) != uid


def test_erase_learner_is_one_transaction(
    database: db.Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    lin = profiles.create_profile(database, "Lin")
    _quiz(database, lin.id, [1])

    def broken(conn: object, profile_id: int) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(classroom_store, "rehome", broken)
    with pytest.raises(RuntimeError):
        profiles.erase_learner(database, lin.id)
    assert profiles.get_profile(database, lin.id) is not None
    assert profiles.learner_data(database, lin.id).answers == 1
    with pytest.raises(profiles.ProfileError):
        profiles.erase_learner(database, 999)


# ---- a forgotten PIN --------------------------------------------------------------------------


def test_recovery_code_resets_the_pin_and_nothing_else(database: db.Database) -> None:
    now = [1000.0]
    lock = teacher_pin.TeacherLock(database, clock=lambda: now[0])
    lin = profiles.create_profile(database, "Lin")
    _quiz(database, lin.id, [1])
    lock.set_pin("2468", "2468")
    code = teacher_recovery.issue(database)
    assert teacher_recovery.has_code(database)
    assert code not in json.dumps(dict(database.connection.execute("SELECT * FROM settings")))
    groups = code.split("-")
    assert len(groups) == 4 and all(len(g) == 4 for g in groups)
    assert set(code.replace("-", "")) <= set(teacher_recovery.ALPHABET)

    recovery = teacher_recovery.RecoveryLock(database, clock=lambda: now[0])
    for _ in range(teacher_pin.FREE_TRIES - 1):
        assert recovery.reset_pin("0000-0000-0000-0000").status is teacher_pin.UnlockStatus.WRONG
    locked = recovery.reset_pin("0000-0000-0000-0000")
    assert locked.wait_seconds == teacher_pin.BASE_DELAY
    assert recovery.reset_pin(code).status is teacher_pin.UnlockStatus.LOCKED
    assert lock.failures() == 0  # the PIN's own count is untouched
    now[0] += teacher_pin.BASE_DELAY
    typed = code.lower().replace("-", " ")
    assert recovery.reset_pin(typed).ok
    assert not lock.has_pin() and not teacher_recovery.has_code(database)
    assert profiles.learner_data(database, lin.id).answers == 1
    assert recovery.reset_pin(code).status is teacher_pin.UnlockStatus.NO_PIN


def test_confusable_letters_are_read_as_digits() -> None:
    assert teacher_recovery.normalise("o1l-I0") == "01110"
