"""Fair pre/post tests (issue 13): the diagnostic and final draw from their own pools, per objective
at the same difficulties for a learner; lesson quizzes and review never use final items; practice
items are in no quiz; choices are shown in one stable shuffled order.

The ``shipped`` tests run over the course in lessons/ and hold once every objective has matched
diagnostic and final pools (tests/content/test_shipped_pack_targets.py checks the pools).
"""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duewise.content.model import Pool, Question, QuestionType, Text
from duewise.learning import bank, quiz, shuffle
from duewise.learning.quiz import QuizKind

T = Text("题", "q")
seeds = st.integers(0, 2**31 - 1)
learners = st.one_of(st.integers(1, 10_000), st.text(min_size=1, max_size=8))


def _question(
    qid: str,
    objective: str,
    difficulty: int,
    pool: Pool,
    *,
    qtype: QuestionType = QuestionType.TRUE_FALSE,
    choices: int = 0,
) -> Question:
    answer: object = True
    if qtype is QuestionType.SINGLE:
        answer = 0
    elif qtype is QuestionType.MULTIPLE:
        answer = (0,)
    elif qtype is QuestionType.ORDERING:
        answer = tuple(range(choices))
    return Question(
        id=qid,
        type=qtype,
        objective=objective,
        section="s",
        difficulty=difficulty,
        prompt=T,
        choices=tuple(Text(f"选{i}", f"c{i}") for i in range(choices)),
        answer=answer,  # type: ignore[arg-type]
        explanation=T,
        lesson_id="l",
        pool=pool,
    )


pooled_banks = st.lists(
    st.tuples(
        st.sampled_from([f"o.{c}" for c in "abcde"]),
        st.integers(1, 3),
        st.sampled_from(list(Pool)),
    ),
    max_size=50,
).map(lambda rows: [_question(f"q{i}", o, d, p) for i, (o, d, p) in enumerate(rows)])


@given(pooled_banks)
def test_the_pools_are_the_tests_and_practice_is_never_used(questions: list[Question]) -> None:
    split = quiz.split_assessment(questions)
    assert not split.diagnostic & split.final
    pool_of = {q.id: q.pool for q in questions}
    objectives = {q.objective for q in questions}
    for objective in objectives:
        mine = [q for q in questions if q.objective == objective]
        pooled = any(q.pool in (Pool.DIAGNOSTIC, Pool.FINAL) for q in mine)
        for q in mine:
            if q.pool is Pool.PRACTICE:
                assert q.id not in split.diagnostic | split.final
            elif pooled:  # exactly the pools
                assert (q.id in split.diagnostic) is (q.pool is Pool.DIAGNOSTIC)
                assert (q.id in split.final) is (q.pool is Pool.FINAL)
    assert all(pool_of[i] is not Pool.PRACTICE for i in split.diagnostic | split.final)


@given(pooled_banks, learners, st.integers(1, 3))
def test_a_learner_gets_the_same_difficulties_in_both_tests(
    questions: list[Question], learner: object, count: int
) -> None:
    split = quiz.split_assessment(questions)
    for objective in {q.objective for q in questions}:
        d = [q for q in questions if q.objective == objective and q.id in split.diagnostic]
        f = [q for q in questions if q.objective == objective and q.id in split.final]
        levels_d, levels_f = quiz.assessment_levels(d, f, learner, objective, count)
        shared = {q.difficulty for q in d} & {q.difficulty for q in f}
        if shared:
            assert levels_d == levels_f
            assert set(levels_d) <= shared
            assert levels_d  # covered
            for level, n in Counter(levels_d).items():  # enough items at each level in both
                assert n <= sum(1 for q in d if q.difficulty == level)
                assert n <= sum(1 for q in f if q.difficulty == level)
        elif d and f:
            (a,), (b,) = levels_d, levels_f
            nearest = min(abs(x.difficulty - y.difficulty) for x in d for y in f)
            assert abs(a - b) == nearest
        # stable: the same learner always gets the same levels
        assert (levels_d, levels_f) == quiz.assessment_levels(d, f, learner, objective, count)


def test_different_learners_get_different_levels() -> None:
    d = [_question("d1", "o.a", 1, Pool.DIAGNOSTIC), _question("d2", "o.a", 2, Pool.DIAGNOSTIC)]
    f = [_question("f1", "o.a", 1, Pool.FINAL), _question("f2", "o.a", 2, Pool.FINAL)]
    levels = {quiz.assessment_levels(d, f, learner, "o.a", 1)[0] for learner in range(40)}
    assert levels == {(1,), (2,)}


# ---- the shipped course -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pack():  # type: ignore[no-untyped-def]
    return bank.load_bank()


@settings(max_examples=60, deadline=None)
@given(seed_d=seeds, seed_f=seeds, learner=learners)
def test_shipped_tests_are_fair_for_any_seeds(seed_d: int, seed_f: int, learner: object) -> None:
    pack = bank.load_bank()
    by_id = {q.id: q for q in pack.questions}
    diagnostic = quiz.draw_assessment(pack, QuizKind.DIAGNOSTIC, seed_d, learner=learner)
    final = quiz.draw_assessment(pack, QuizKind.FINAL, seed_f, learner=learner)
    d_items = [by_id[i.question_id] for i in diagnostic]
    f_items = [by_id[i.question_id] for i in final]
    # every objective, in both
    assert [q.objective for q in d_items] == [q.objective for q in f_items]
    assert {q.objective for q in d_items} == set(pack.objectives)
    # the same difficulty per objective
    unequal = [
        f"{d.objective}: {d.id} is difficulty {d.difficulty}, {f.id} is {f.difficulty}"
        for d, f in zip(d_items, f_items, strict=True)
        if d.difficulty != f.difficulty
    ]
    assert not unequal, "\n".join(unequal)
    # from the pools, disjoint
    assert all(q.pool is Pool.DIAGNOSTIC for q in d_items)
    assert all(q.pool is Pool.FINAL for q in f_items)
    assert not {q.id for q in d_items} & {q.id for q in f_items}


@settings(max_examples=40, deadline=None)
@given(seed=seeds)
def test_no_final_or_practice_item_in_any_lesson_quiz_or_review(seed: int) -> None:
    pack = bank.load_bank()
    by_id = {q.id: q for q in pack.questions}
    for lesson in pack.lessons:
        for item in quiz.draw_lesson_quiz(lesson, seed):
            assert by_id[item.question_id].pool in (Pool.LESSON, Pool.DIAGNOSTIC)
    everything_due = [q.id for q in pack.questions]
    review = quiz.draw_review(pack, everything_due, seed, size=len(everything_due))
    assert {by_id[i.question_id].pool for i in review} <= {Pool.LESSON, Pool.DIAGNOSTIC}
    assert any(by_id[i.question_id].pool is Pool.DIAGNOSTIC for i in review) or not any(
        q.pool is Pool.DIAGNOSTIC for q in pack.questions
    )


def test_shipped_lesson_quizzes_have_ten_questions_to_draw_from(pack) -> None:  # type: ignore[no-untyped-def]
    short = {
        lesson.id: len(quiz.lesson_quiz_questions(lesson))
        for lesson in pack.lessons
        if len(quiz.lesson_quiz_questions(lesson)) < quiz.LESSON_QUIZ_SIZE
    }
    assert not short


# ---- the shown order of choices --------------------------------------------------------------


question_types = st.sampled_from(
    [QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.ORDERING, QuestionType.TRUE_FALSE]
)


@given(question_types, st.integers(2, 6), st.one_of(seeds, st.text(max_size=10)))
def test_choice_order_is_a_stable_permutation_and_the_key_follows_it(
    qtype: QuestionType, n: int, seed: object
) -> None:
    choices = 0 if qtype is QuestionType.TRUE_FALSE else n
    question = _question("q-7", "o.a", 1, Pool.LESSON, qtype=qtype, choices=choices)
    order = shuffle.choice_order(question, seed)  # type: ignore[arg-type]
    assert order == shuffle.choice_order(question, seed)  # type: ignore[arg-type]
    if qtype is QuestionType.TRUE_FALSE:
        assert order == () and shuffle.key_letters(question, order) == ""
        return
    assert sorted(order) == list(range(n))
    if qtype is QuestionType.ORDERING:
        assert order != question.answer  # never shown already solved
    key = shuffle.shown_key(question, order)
    # answering with the shown key, mapped back to original indices, is right
    if isinstance(key, int):
        assert question.is_correct(order[key])
    else:
        assert key is not None
        assert question.is_correct([order[p] for p in key])
    assert shuffle.key_letters(question, order)


def test_choice_order_spreads_the_key_over_every_position() -> None:
    question = _question("l05-q01", "o.a", 1, Pool.LESSON, qtype=QuestionType.SINGLE, choices=4)
    positions = Counter(
        shuffle.shown_key(question, shuffle.choice_order(question, seed)) for seed in range(400)
    )
    assert set(positions) == {0, 1, 2, 3}
    assert max(positions.values()) < 0.35 * 400


def test_choice_order_is_the_same_in_another_process() -> None:
    # sha256-based, not hash(): fixed across runs and machines (a printout can be reprinted).
    question = _question("l05-q01", "o.a", 1, Pool.LESSON, qtype=QuestionType.SINGLE, choices=4)
    assert shuffle.choice_order(question, 2026) == shuffle.choice_order(question, "2026")
    assert shuffle.choice_order(question, 2026) == (3, 1, 0, 2)
