"""Building quizzes and reading their results: draws, the diagnostic/final split, reports, mastery.

Everything is a pure function of its inputs: a draw depends only on the bank and the seed (the seed
is stored with the attempt, so the same quiz can be rebuilt and reviewed later); dates come in as
arguments.

Quiz kinds:

- **lesson quiz**: up to :data:`LESSON_QUIZ_SIZE` questions of one lesson, at least one per
  objective when there is room, in a shuffled order, with shuffled choices.
- **diagnostic** and **final**: one question per objective of the whole course, drawn from two
  disjoint halves of the bank (:func:`split_assessment`), so both tests cover every objective
  with different questions and growth can be measured (the NGPF pre-/post-test practice).
- **review**: the due questions of the spaced-review queue (:mod:`duewise.learning.review`).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from duewise.content.model import Lesson, Pack, Question, QuestionType
from duewise.learning import grading

LESSON_QUIZ_SIZE = 10
REVIEW_SIZE = 20
#: The final test is passed at 80 % (the usual "mastery" mark).
PASS_MARK = Fraction(4, 5)
#: Objectives below this are "to study".
STUDY_MARK = Fraction(4, 5)


class QuizKind(StrEnum):
    """What an attempt is; the value is stored in the database."""

    LESSON = "lesson"
    DIAGNOSTIC = "diagnostic"
    FINAL = "final"
    REVIEW = "review"


@dataclass(frozen=True, slots=True)
class QuizItem:
    """One question of a drawn quiz.

    Attributes:
        question_id: the question.
        order: the original choice indices in the order shown (``order[k]`` is shown k-th); empty
            for true/false and numeric questions.
    """

    question_id: str
    order: tuple[int, ...] = ()


def _shuffled_order(question: Question, rng: random.Random) -> tuple[int, ...]:
    if question.type in (QuestionType.TRUE_FALSE, QuestionType.NUMERIC):
        return ()
    order = list(range(len(question.choices)))
    rng.shuffle(order)
    if question.type is QuestionType.ORDERING and tuple(order) == question.answer:
        # Shown already in the right order the question would answer itself: rotate by one.
        order = order[1:] + order[:1]
    return tuple(order)


def _items(questions: Sequence[Question], rng: random.Random) -> tuple[QuizItem, ...]:
    return tuple(QuizItem(q.id, _shuffled_order(q, rng)) for q in questions)


def draw_lesson_quiz(
    lesson: Lesson, seed: int, size: int = LESSON_QUIZ_SIZE
) -> tuple[QuizItem, ...]:
    """Draw a lesson's quiz: ``size`` questions, spread over its objectives, shuffled.

    Objectives take turns (in a seeded order) until ``size`` questions are drawn, so every
    objective is asked when ``size`` allows. The same lesson and seed always give the same quiz.
    """
    rng = random.Random(seed)
    by_objective: dict[str, list[Question]] = defaultdict(list)
    for question in lesson.questions:
        if grading.is_gradable(question):
            by_objective[question.objective].append(question)
    objectives = sorted(by_objective)
    rng.shuffle(objectives)
    for objective in objectives:
        rng.shuffle(by_objective[objective])
    chosen: list[Question] = []
    while len(chosen) < size and any(by_objective[o] for o in objectives):
        for objective in objectives:
            if by_objective[objective] and len(chosen) < size:
                chosen.append(by_objective[objective].pop())
    rng.shuffle(chosen)
    return _items(chosen, rng)


@dataclass(frozen=True, slots=True)
class AssessmentSplit:
    """The bank cut in two for the diagnostic and the final test.

    Attributes:
        diagnostic: question ids the diagnostic may use.
        final: question ids the final may use (none of them in ``diagnostic``).
        uncovered: objectives with fewer than two questions, which cannot be in both tests.
    """

    diagnostic: frozenset[str]
    final: frozenset[str]
    uncovered: frozenset[str] = frozenset()


def split_assessment(questions: Iterable[Question]) -> AssessmentSplit:
    """Split the bank so each objective has questions in both tests and no question is in both.

    Per objective the questions are sorted by difficulty then id and dealt alternately (first to
    the diagnostic), so both halves get a similar spread of difficulty. The split depends only on
    the bank, so every diagnostic and every final of every learner use the same halves.
    """
    by_objective: dict[str, list[Question]] = defaultdict(list)
    for question in questions:
        if grading.is_gradable(question):
            by_objective[question.objective].append(question)
    diagnostic: set[str] = set()
    final: set[str] = set()
    uncovered: set[str] = set()
    for objective, group in by_objective.items():
        group.sort(key=lambda q: (q.difficulty, q.id))
        if len(group) < 2:
            uncovered.add(objective)
        for i, question in enumerate(group):
            (diagnostic if i % 2 == 0 else final).add(question.id)
    return AssessmentSplit(frozenset(diagnostic), frozenset(final), frozenset(uncovered))


def draw_assessment(
    pack: Pack, kind: QuizKind, seed: int, per_objective: int = 1
) -> tuple[QuizItem, ...]:
    """Draw a diagnostic or final test: ``per_objective`` questions per objective, course order.

    Questions come from that test's half of :func:`split_assessment`; objectives stay in course
    order (lesson by lesson), choices are shuffled.
    """
    if kind not in (QuizKind.DIAGNOSTIC, QuizKind.FINAL):
        raise ValueError(f"not an assessment: {kind}")
    split = split_assessment(pack.questions)
    pool = split.diagnostic if kind is QuizKind.DIAGNOSTIC else split.final
    rng = random.Random(seed)
    chosen: list[Question] = []
    for lesson in pack.lessons:
        for objective in lesson.objectives:
            group = sorted(
                (q for q in pack.questions if q.objective == objective.id and q.id in pool),
                key=lambda q: q.id,
            )
            chosen.extend(rng.sample(group, min(per_objective, len(group))))
    return _items(chosen, rng)


def draw_review(
    pack: Pack, due_ids: Sequence[str], seed: int, size: int = REVIEW_SIZE
) -> tuple[QuizItem, ...]:
    """A review session: the first ``size`` due questions (most overdue first), choices shuffled."""
    by_id = {q.id: q for q in pack.questions}
    chosen = [by_id[qid] for qid in due_ids if qid in by_id and grading.is_gradable(by_id[qid])]
    rng = random.Random(seed)
    return _items(chosen[:size], rng)


# ---- results ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScoredAnswer:
    """One graded answer, as reports need it."""

    question_id: str
    objective: str
    lesson_id: str
    score: Fraction
    answered_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Tally:
    """Points earned out of points possible, for an objective, a lesson or a whole quiz."""

    key: str
    earned: Fraction
    possible: int

    @property
    def fraction(self) -> Fraction:
        """From 0 to 1 (0 when nothing was asked)."""
        return self.earned / self.possible if self.possible else Fraction(0)


@dataclass(frozen=True, slots=True)
class Report:
    """The result of one attempt: in total, per objective and per lesson (course order)."""

    total: Tally
    by_objective: tuple[Tally, ...]
    by_lesson: tuple[Tally, ...]

    def objective(self, objective_id: str) -> Tally | None:
        """The tally of one objective, if it was asked."""
        return next((t for t in self.by_objective if t.key == objective_id), None)


def _order_index(pack: Pack | None) -> tuple[dict[str, int], dict[str, int]]:
    objective_order: dict[str, int] = {}
    lesson_order: dict[str, int] = {}
    if pack is not None:
        for i, lesson in enumerate(pack.lessons):
            lesson_order[lesson.id] = i
            for objective in lesson.objectives:
                objective_order[objective.id] = len(objective_order)
    return objective_order, lesson_order


def build_report(answers: Iterable[ScoredAnswer], pack: Pack | None = None) -> Report:
    """Tally an attempt's answers; with ``pack``, objectives and lessons are in course order."""
    objective_order, lesson_order = _order_index(pack)
    per_objective: dict[str, list[Fraction]] = defaultdict(list)
    per_lesson: dict[str, list[Fraction]] = defaultdict(list)
    scores: list[Fraction] = []
    for answer in answers:
        per_objective[answer.objective].append(answer.score)
        per_lesson[answer.lesson_id].append(answer.score)
        scores.append(answer.score)

    def tallies(
        groups: Mapping[str, list[Fraction]], order: Mapping[str, int]
    ) -> tuple[Tally, ...]:
        keys = sorted(groups, key=lambda k: (order.get(k, len(order)), k))
        return tuple(Tally(k, sum(groups[k], Fraction(0)), len(groups[k])) for k in keys)

    return Report(
        total=Tally("", sum(scores, Fraction(0)), len(scores)),
        by_objective=tallies(per_objective, objective_order),
        by_lesson=tallies(per_lesson, lesson_order),
    )


def study_next(
    report: Report, pack: Pack, limit: int = 3, mark: Fraction = STUDY_MARK
) -> tuple[str, ...]:
    """The lessons to study next: those whose objectives scored below ``mark``.

    Lessons are ranked by their weakest objective (lowest first), ties in course order; at most
    ``limit`` lesson ids.
    """
    weakest: dict[str, Fraction] = {}
    for tally in report.by_objective:
        objective = pack.objectives.get(tally.key)
        if objective is None or tally.fraction >= mark:
            continue
        lesson_id = objective.lesson_id
        weakest[lesson_id] = min(weakest.get(lesson_id, Fraction(1)), tally.fraction)
    _, lesson_order = _order_index(pack)
    ranked = sorted(weakest, key=lambda k: (weakest[k], lesson_order.get(k, 0)))
    return tuple(ranked[:limit])


@dataclass(frozen=True, slots=True)
class Change:
    """How one objective (or lesson) moved from the diagnostic to the final test."""

    key: str
    before: Fraction | None
    after: Fraction | None

    @property
    def delta(self) -> Fraction | None:
        """``after - before`` when both were asked."""
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def growth(before: Report, after: Report) -> tuple[Change, ...]:
    """Objective by objective change from ``before`` (diagnostic) to ``after`` (final).

    Objectives come in the order of ``after``, then any asked only before.
    """
    old = {t.key: t.fraction for t in before.by_objective}
    new = {t.key: t.fraction for t in after.by_objective}
    keys = [t.key for t in after.by_objective] + [k for k in old if k not in new]
    return tuple(Change(k, old.get(k), new.get(k)) for k in keys)


def passed(report: Report, mark: Fraction = PASS_MARK) -> bool:
    """Whether a final test with this report is passed."""
    return report.total.possible > 0 and report.total.fraction >= mark


# ---- mastery and streaks ------------------------------------------------------------------------


def objective_mastery(answers: Iterable[ScoredAnswer]) -> dict[str, Fraction]:
    """Mastery per objective: the mean of the *latest* score of each question answered for it.

    Answers are taken in the order given (oldest first); a later answer to the same question
    replaces the earlier one, so mastery follows what the learner knows now.
    """
    latest: dict[str, ScoredAnswer] = {}
    for answer in answers:
        latest[answer.question_id] = answer
    groups: dict[str, list[Fraction]] = defaultdict(list)
    for answer in latest.values():
        groups[answer.objective].append(answer.score)
    return {k: sum(v, Fraction(0)) / len(v) for k, v in groups.items()}


def lesson_mastery(mastery: Mapping[str, Fraction], pack: Pack) -> dict[str, Fraction]:
    """Mastery per lesson: the mean over *all* its objectives (one never asked counts as 0)."""
    result: dict[str, Fraction] = {}
    for lesson in pack.lessons:
        if lesson.objectives:
            total = sum((mastery.get(o.id, Fraction(0)) for o in lesson.objectives), Fraction(0))
            result[lesson.id] = total / len(lesson.objectives)
    return result


@dataclass(frozen=True, slots=True)
class Streak:
    """Days in a row with practice.

    Attributes:
        current: days in a row up to today (or up to yesterday when nothing was done today yet,
            so the streak is not broken before the day is over).
        longest: the longest run ever.
    """

    current: int
    longest: int


def streaks(days: Iterable[dt.date], as_of: dt.date) -> Streak:
    """Current and longest streak of practice days (days after ``as_of`` are ignored)."""
    active = sorted({d for d in days if d <= as_of})
    longest = run = 0
    previous: dt.date | None = None
    for day in active:
        run = run + 1 if previous is not None and day - previous == dt.timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = 0
    present = set(active)
    cursor = as_of if as_of in present else as_of - dt.timedelta(days=1)
    while cursor in present:
        current += 1
        cursor -= dt.timedelta(days=1)
    return Streak(current, longest)
