"""Quiz draws, the diagnostic/final split, reports, mastery, streaks and Leitner review."""

from __future__ import annotations

import datetime as dt
import doctest
from collections import Counter
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from duewise.content.model import Question, QuestionType, Text
from duewise.learning import bank, quiz, review
from duewise.learning.quiz import QuizKind, ScoredAnswer

T = Text("题", "q")


@pytest.fixture(scope="module")
def pack():  # type: ignore[no-untyped-def]
    return bank.load_bank()


def _question(qid: str, objective: str, difficulty: int = 1) -> Question:
    return Question(
        id=qid,
        type=QuestionType.TRUE_FALSE,
        objective=objective,
        section="s",
        difficulty=difficulty,
        prompt=T,
        choices=(),
        answer=True,
        explanation=T,
        lesson_id="l",
    )


banks = st.lists(
    st.tuples(st.sampled_from([f"o.{c}" for c in "abcdefgh"]), st.integers(1, 3)),
    min_size=0,
    max_size=60,
).map(lambda rows: [_question(f"q{i}", o, d) for i, (o, d) in enumerate(rows)])


@given(banks)
def test_split_is_disjoint_and_covers_every_objective_with_two_questions(questions) -> None:  # type: ignore[no-untyped-def]
    split = quiz.split_assessment(questions)
    assert not split.diagnostic & split.final
    assert split.diagnostic | split.final == {q.id for q in questions}
    counts = Counter(q.objective for q in questions)
    objective_of = {q.id: q.objective for q in questions}
    for objective, n in counts.items():
        in_d = any(objective_of[i] == objective for i in split.diagnostic)
        in_f = any(objective_of[i] == objective for i in split.final)
        assert in_d
        assert in_f is (n >= 2)
        assert (objective in split.uncovered) is (n < 2)


def test_shipped_diagnostic_and_final_cover_every_objective_with_different_questions(pack) -> None:  # type: ignore[no-untyped-def]
    split = quiz.split_assessment(pack.questions)
    assert not split.uncovered
    by_id = {q.id: q for q in pack.questions}
    for seed in (1, 2, 3):
        diagnostic = quiz.draw_assessment(pack, QuizKind.DIAGNOSTIC, seed)
        final = quiz.draw_assessment(pack, QuizKind.FINAL, seed)
        d_ids = {i.question_id for i in diagnostic}
        f_ids = {i.question_id for i in final}
        assert not d_ids & f_ids
        assert {by_id[i].objective for i in d_ids} == set(pack.objectives)
        assert {by_id[i].objective for i in f_ids} == set(pack.objectives)
        assert len(diagnostic) == len(final) == len(pack.objectives)


@given(st.integers(0, 2**31), st.integers(0, 11))
def test_same_seed_same_quiz_and_choices_are_a_permutation(seed: int, index: int) -> None:
    pack = bank.load_bank()
    lesson = pack.lessons[index % len(pack.lessons)]
    first = quiz.draw_lesson_quiz(lesson, seed)
    assert first == quiz.draw_lesson_quiz(lesson, seed)
    by_id = {q.id: q for q in lesson.questions}
    assert len(first) == min(quiz.LESSON_QUIZ_SIZE, len(quiz.lesson_quiz_questions(lesson)))
    assert len({i.question_id for i in first}) == len(first)
    asked = {by_id[i.question_id].objective for i in first}
    assert asked == {o.id for o in lesson.objectives}  # every objective when there is room
    for item in first:
        question = by_id[item.question_id]
        if question.type in (QuestionType.TRUE_FALSE, QuestionType.NUMERIC):
            assert item.order == ()
        else:
            assert sorted(item.order) == list(range(len(question.choices)))
        if question.type is QuestionType.ORDERING:
            assert item.order != question.answer  # never shown already solved


def test_different_seeds_shuffle(pack) -> None:  # type: ignore[no-untyped-def]
    lesson = pack.lessons[0]
    orders = {tuple(i.question_id for i in quiz.draw_lesson_quiz(lesson, s)) for s in range(20)}
    assert len(orders) > 10


def _answer(qid: str, objective: str, lesson: str, score: Fraction, day: int = 1) -> ScoredAnswer:
    return ScoredAnswer(qid, objective, lesson, score, dt.datetime(2026, 3, day, 9))


def test_report_study_next_and_growth(pack) -> None:  # type: ignore[no-untyped-def]
    lessons = pack.lessons
    weak = lessons[4].objectives[0]
    strong = lessons[0].objectives[0]
    also_weak = lessons[1].objectives[0]
    before = quiz.build_report(
        [
            _answer("a", strong.id, lessons[0].id, Fraction(1)),
            _answer("b", weak.id, lessons[4].id, Fraction(0)),
            _answer("c", also_weak.id, lessons[1].id, Fraction(1, 2)),
        ],
        pack,
    )
    assert before.total.earned == Fraction(3, 2) and before.total.possible == 3
    assert [t.key for t in before.by_lesson] == [lessons[0].id, lessons[1].id, lessons[4].id]
    assert quiz.study_next(before, pack) == (lessons[4].id, lessons[1].id)
    after = quiz.build_report(
        [
            _answer("d", strong.id, lessons[0].id, Fraction(1)),
            _answer("e", weak.id, lessons[4].id, Fraction(1)),
        ],
        pack,
    )
    changes = {c.key: c for c in quiz.growth(before, after)}
    assert changes[weak.id].delta == 1
    assert changes[strong.id].delta == 0
    assert changes[also_weak.id].after is None and changes[also_weak.id].delta is None
    assert quiz.passed(after) and not quiz.passed(before)


def test_mastery_uses_the_latest_answer_and_counts_unasked_objectives_as_zero(pack) -> None:  # type: ignore[no-untyped-def]
    lesson = pack.lessons[0]
    first = lesson.objectives[0].id
    answers = [
        _answer("q1", first, lesson.id, Fraction(0), 1),
        _answer("q1", first, lesson.id, Fraction(1), 2),
        _answer("q2", first, lesson.id, Fraction(1, 2), 2),
    ]
    mastery = quiz.objective_mastery(answers)
    assert mastery == {first: Fraction(3, 4)}
    per_lesson = quiz.lesson_mastery(mastery, pack)
    assert per_lesson[lesson.id] == Fraction(3, 4) / len(lesson.objectives)
    assert per_lesson[pack.lessons[1].id] == 0


def test_streaks() -> None:
    d = dt.date(2026, 3, 10)
    days = [d - dt.timedelta(days=k) for k in (1, 2, 3, 7, 8)]
    assert quiz.streaks(days, d) == quiz.Streak(current=3, longest=3)  # today not done yet
    assert quiz.streaks([*days, d], d) == quiz.Streak(current=4, longest=4)
    assert quiz.streaks(days, d + dt.timedelta(days=2)) == quiz.Streak(current=0, longest=3)
    assert quiz.streaks([], d) == quiz.Streak(0, 0)


# ---- Leitner review ----------------------------------------------------------------------------

cards = st.builds(
    review.ReviewCard,
    st.just("q"),
    st.integers(1, review.BOXES),
    st.dates(dt.date(2025, 1, 1), dt.date(2027, 1, 1)),
)
days = st.dates(dt.date(2025, 1, 1), dt.date(2027, 1, 1))


@given(st.one_of(st.none(), cards), days)
def test_a_right_answer_never_brings_a_review_closer(card, as_of) -> None:  # type: ignore[no-untyped-def]
    right = review.after_answer(card, "q", True, as_of)
    wrong = review.after_answer(card, "q", False, as_of)
    assert wrong is not None and wrong.box == 1 and wrong.due == as_of
    if card is not None and right is not None:
        assert right.due >= card.due
        assert right.box == card.box + 1
    if right is not None:
        assert right.due >= wrong.due
        assert right.due > as_of


def test_leitner_walk_to_learned() -> None:
    day = dt.date(2026, 3, 1)
    card = review.after_answer(None, "q", False, day)
    assert card == review.ReviewCard("q", 1, day)
    dues = []
    while card is not None:
        day = card.due
        card = review.after_answer(card, "q", True, day)
        if card is not None:
            dues.append((card.due - day).days)
    assert dues == [2, 4, 8, 16]
    assert review.after_answer(None, "q", True, day) is None


def test_due_cards_order() -> None:
    day = dt.date(2026, 3, 5)
    queue = [
        review.ReviewCard("b", 2, day),
        review.ReviewCard("a", 1, day - dt.timedelta(days=2)),
        review.ReviewCard("c", 1, day + dt.timedelta(days=1)),
    ]
    assert [c.question_id for c in review.due_cards(queue, day)] == ["a", "b"]
    assert review.next_due(queue, day) == day + dt.timedelta(days=1)


def test_review_doctests() -> None:
    result = doctest.testmod(review)
    assert result.attempted > 0 and result.failed == 0


def test_learn_page_entry_point_gives_a_fraction_per_lesson(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from duewise.learning import mastery
    from duewise.storage import db

    database, _ = db.open_database(tmp_path)
    from duewise.storage.quiz_store import QuizStore

    values = mastery.lesson_mastery(QuizStore(database).scored_answers(1), bank.load_bank())
    assert set(values) == {lesson.id for lesson in bank.load_bank().lessons}
    assert all(value == 0.0 for value in values.values())
