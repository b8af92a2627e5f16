"""Quiz persistence: each answer is committed at once, attempts resume, review cards move."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from duewise.learning import bank, mastery
from duewise.learning.quiz import QuizItem, QuizKind
from duewise.storage import db, quiz_store
from duewise.storage.quiz_store import QuizStore

NOW = dt.datetime(2026, 3, 2, 10, 0, 0)


def _answer(  # noqa: PLR0917 - a terse helper for many calls
    store: QuizStore,
    attempt_id: int,
    position: int,
    qid: str,
    score: Fraction,
    now: dt.datetime = NOW,
    objective: str = "o.a",
    lesson: str = "l1",
) -> None:
    store.record_answer(
        attempt_id,
        position,
        question_id=qid,
        objective=objective,
        lesson_id=lesson,
        response=1,
        score=score,
        now=now,
    )


def test_answers_survive_a_crash_and_the_attempt_resumes(tmp_path: Path) -> None:
    database, _ = db.open_database(tmp_path)
    store = QuizStore(database)
    items = (QuizItem("q1", (2, 0, 1)), QuizItem("q2"), QuizItem("q3", (1, 0)))
    attempt = store.start_attempt(1, QuizKind.LESSON, items, seed=42, now=NOW, lesson_id="l1")
    store.record_answer(
        attempt.id,
        0,
        question_id="q1",
        objective="o.a",
        lesson_id="l1",
        response=(2, 0),
        score=Fraction(2, 3),
        now=NOW,
        elapsed_s=30,
    )
    store.record_answer(
        attempt.id,
        1,
        question_id="q2",
        objective="o.a",
        lesson_id="l1",
        response=Decimal("1000.50"),
        score=Fraction(1),
        now=NOW,
    )
    # No close, no commit call: a second connection (another process) sees both answers.
    other = sqlite3.connect(tmp_path / db.DB_FILENAME)
    assert other.execute("SELECT COUNT(*) FROM quiz_answers").fetchone()[0] == 2
    other.close()
    database.close()

    reopened, _ = db.open_database(tmp_path)
    again = QuizStore(reopened)
    [resumed] = again.unfinished(1)
    assert resumed.items == items and resumed.seed == 42 and resumed.lesson_id == "l1"
    assert resumed.next_position == 2
    assert resumed.elapsed_s == 30
    assert resumed.answer_at(0).response == (2, 0)  # type: ignore[union-attr]
    assert resumed.answer_at(0).score == Fraction(2, 3)  # type: ignore[union-attr]
    assert resumed.answer_at(1).response == Decimal("1000.50")  # type: ignore[union-attr]
    again.finish_attempt(resumed.id, NOW)
    assert again.unfinished(1) == []
    assert again.latest_finished(1, QuizKind.LESSON).id == resumed.id  # type: ignore[union-attr]


def test_a_position_is_graded_once(tmp_path: Path) -> None:
    database, _ = db.open_database(tmp_path)
    store = QuizStore(database)
    attempt = store.start_attempt(1, QuizKind.LESSON, [QuizItem("q1")], seed=1, now=NOW)
    _answer(store, attempt.id, 0, "q1", Fraction(0))
    _answer(store, attempt.id, 0, "q1", Fraction(1))
    assert store.attempt(attempt.id).answers[0].score == 0  # type: ignore[union-attr]
    assert [c.box for c in store.review_cards(1)] == [1]


def test_missed_questions_enter_the_review_queue_and_leave_when_learned(tmp_path: Path) -> None:
    database, _ = db.open_database(tmp_path)
    store = QuizStore(database)
    attempt = store.start_attempt(
        1, QuizKind.LESSON, [QuizItem("q1"), QuizItem("q2"), QuizItem("q3")], seed=1, now=NOW
    )
    _answer(store, attempt.id, 0, "q1", Fraction(0))
    _answer(store, attempt.id, 1, "q2", Fraction(1))
    _answer(store, attempt.id, 2, "q3", Fraction(1, 2))  # partial credit is a miss for review
    cards = store.review_cards(1)
    assert [(c.question_id, c.box, c.due) for c in cards] == [
        ("q1", 1, NOW.date()),
        ("q3", 1, NOW.date()),
    ]
    day = NOW
    for box in range(2, 6):
        review_attempt = store.start_attempt(1, QuizKind.REVIEW, [QuizItem("q1")], seed=2, now=day)
        _answer(store, review_attempt.id, 0, "q1", Fraction(1), now=day)
        card = next(c for c in store.review_cards(1) if c.question_id == "q1")
        assert card.box == box
        day = dt.datetime.combine(card.due, dt.time(9))
    last = store.start_attempt(1, QuizKind.REVIEW, [QuizItem("q1")], seed=3, now=day)
    _answer(store, last.id, 0, "q1", Fraction(1), now=day)
    assert [c.question_id for c in store.review_cards(1)] == ["q3"]


def test_practice_attempts_do_not_count_in_mastery(tmp_path: Path) -> None:
    pack = bank.load_bank()
    lesson = pack.lessons[0]
    question = lesson.questions[0]
    database, _ = db.open_database(tmp_path)
    store = QuizStore(database)
    practice = store.start_attempt(
        1, QuizKind.LESSON, [QuizItem(question.id)], seed=1, now=NOW, scored=False
    )
    _answer(
        store,
        practice.id,
        0,
        question.id,
        Fraction(1),
        objective=question.objective,
        lesson=lesson.id,
    )
    assert mastery.lesson_mastery(store.scored_answers(1), pack)[lesson.id] == 0.0
    real = store.start_attempt(1, QuizKind.LESSON, [QuizItem(question.id)], seed=1, now=NOW)
    _answer(
        store, real.id, 0, question.id, Fraction(1), objective=question.objective, lesson=lesson.id
    )
    by_lesson = mastery.lesson_mastery(store.scored_answers(1), pack)
    assert set(by_lesson) == {each.id for each in pack.lessons}
    assert by_lesson[lesson.id] == pytest.approx(1 / len(lesson.objectives))
    assert mastery.objective_mastery(store.scored_answers(1)) == {question.objective: 1.0}
    assert store.activity_days(1) == {NOW.date()}


def test_discard_and_delete_all_data(tmp_path: Path) -> None:
    database, _ = db.open_database(tmp_path)
    store = QuizStore(database)
    attempt = store.start_attempt(1, QuizKind.DIAGNOSTIC, [QuizItem("q1")], seed=1, now=NOW)
    _answer(store, attempt.id, 0, "q1", Fraction(0))
    store.discard_attempt(attempt.id)
    assert store.attempt(attempt.id) is None
    assert len(store.review_cards(1)) == 1  # what was missed stays in review
    database.delete_all_data()
    assert store.review_cards(1) == [] and store.attempts(1) == []


def test_migration_from_version_2_keeps_data(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / db.DB_FILENAME, isolation_level=None)
    db.MIGRATIONS[0](conn)
    db.MIGRATIONS[1](conn)
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    database, report = db.open_database(tmp_path)
    assert report.problem is None and database.schema_version() == db.SCHEMA_VERSION
    assert QuizStore(database).attempts(1) == []


responses = st.one_of(
    st.integers(0, 5),
    st.booleans(),
    st.lists(st.integers(0, 5), max_size=6).map(tuple),
    st.decimals(
        allow_nan=False, allow_infinity=False, places=4, min_value=-(10**9), max_value=10**9
    ),
)


@given(responses)
def test_responses_round_trip(response) -> None:  # type: ignore[no-untyped-def]
    decoded = quiz_store.decode_response(quiz_store.encode_response(response))
    assert decoded == response and type(decoded) is type(response)
