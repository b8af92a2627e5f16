"""Building quizzes and reading their results: draws, the diagnostic/final pools, reports, mastery.

Everything is a pure function of its inputs: a draw depends only on the bank, the seed (stored
with the attempt, so the same quiz can be rebuilt and reviewed later) and, for the diagnostic and
final tests, the learner; dates come in as arguments. Choices are shown in
:func:`duewise.learning.shuffle.choice_order` of the attempt's seed.

Which questions each quiz may use (the ``pool`` of each question, ``lessons/README.md``):

- **lesson quiz**: up to :data:`LESSON_QUIZ_SIZE` questions of the lesson's ``lesson`` and
  ``diagnostic`` pools, at least one per objective when there is room, shuffled.
- **diagnostic** and **final**: for every objective of the course, the ``diagnostic`` pool
  and the ``final`` pool respectively (:func:`split_assessment`). An objective with no question
  in either pool (an older pack) has its ``lesson`` questions dealt alternately into the two.
- **review**: the due questions of the spaced-review queue (:mod:`duewise.learning.review`),
  but never a ``final`` or ``practice`` question.
- ``practice`` questions are never in any quiz; they are shown, ungraded, inside a section.

**The fairness rule (pre/post tests that can be compared).** For each objective, the
*difficulty levels* both pools hold are the levels ``d`` present in both, each ``min(#diagnostic
at d, #final at d)`` times. A learner's k-th item for an objective is taken at the k-th of those
levels, counted from a start chosen by a stable hash of (learner, objective) and going round. So
for every learner and every objective the diagnostic and the final ask items of **exactly the same
difficulties**; different learners get different levels (the course's hard items are used too),
while the item at that level is drawn with the attempt's seed. The two pools are disjoint, so no
final item was seen in the diagnostic, a lesson quiz or a review. An objective whose two pools
share no level (a pack the shipped-course test would reject) takes, in each test, the level
closest to the other test's.

Why review may use diagnostic items and never final ones: the diagnostic is a pre-test; once
taken, its value is spent, and going over what one missed in it is exactly what review is for
(diagnostic items are in the lesson quizzes too). A final item seen before the final would turn
the post-test into a memory test and make growth look larger than it is, so a missed final
item is not brought back by review.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from duewise.content.model import Lesson, Pack, Pool, Question
from duewise.learning import grading
from duewise.learning.shuffle import choice_order

LESSON_QUIZ_SIZE = 10
REVIEW_SIZE = 20
#: The final test is passed at 80 % (the usual "mastery" mark).
PASS_MARK = Fraction(4, 5)
#: Objectives below this are "to study".
STUDY_MARK = Fraction(4, 5)
#: Pools a lesson quiz may use.
LESSON_QUIZ_POOLS = (Pool.LESSON, Pool.DIAGNOSTIC)
#: Pools a review may use.
REVIEW_POOLS = (Pool.LESSON, Pool.DIAGNOSTIC)


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


def _items(questions: Sequence[Question], seed: int) -> tuple[QuizItem, ...]:
    return tuple(QuizItem(q.id, choice_order(q, seed)) for q in questions)


def lesson_quiz_questions(lesson: Lesson) -> tuple[Question, ...]:
    """The questions a lesson quiz (and a class quiz or worksheet of the lesson) may use: its
    gradable ``lesson`` and ``diagnostic`` questions, never ``final`` or ``practice`` ones."""
    return tuple(q for q in lesson.pool(*LESSON_QUIZ_POOLS) if grading.is_gradable(q))


def draw_lesson_quiz(
    lesson: Lesson, seed: int, size: int = LESSON_QUIZ_SIZE
) -> tuple[QuizItem, ...]:
    """Draw a lesson's quiz: ``size`` of :func:`lesson_quiz_questions`, spread over its
    objectives, shuffled.

    Objectives take turns (in a seeded order) until ``size`` questions are drawn, so every
    objective is asked when ``size`` allows. The same lesson and seed always give the same quiz.
    """
    rng = random.Random(seed)
    by_objective: dict[str, list[Question]] = defaultdict(list)
    for question in lesson_quiz_questions(lesson):
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
    return _items(chosen, seed)


@dataclass(frozen=True, slots=True)
class AssessmentSplit:
    """The questions the diagnostic and the final test may use.

    Attributes:
        diagnostic: question ids the diagnostic may use.
        final: question ids the final may use (none of them in ``diagnostic``).
        uncovered: objectives missing from one of the two tests.
    """

    diagnostic: frozenset[str]
    final: frozenset[str]
    uncovered: frozenset[str] = frozenset()


def split_assessment(questions: Iterable[Question]) -> AssessmentSplit:
    """The diagnostic and final pools, objective by objective.

    An objective with questions in the ``diagnostic`` or ``final`` pool uses exactly those. One
    with neither (a pack written before pools existed) has its ``lesson`` questions sorted by
    difficulty then id and dealt alternately, first to the diagnostic. ``practice`` questions are
    never used. The split depends only on the bank.
    """
    by_objective: dict[str, list[Question]] = defaultdict(list)
    for question in questions:
        if grading.is_gradable(question) and question.pool is not Pool.PRACTICE:
            by_objective[question.objective].append(question)
    diagnostic: set[str] = set()
    final: set[str] = set()
    uncovered: set[str] = set()
    for objective, group in by_objective.items():
        pooled = [q for q in group if q.pool in (Pool.DIAGNOSTIC, Pool.FINAL)]
        if pooled:
            mine_d = {q.id for q in pooled if q.pool is Pool.DIAGNOSTIC}
            mine_f = {q.id for q in pooled if q.pool is Pool.FINAL}
        else:
            group.sort(key=lambda q: (q.difficulty, q.id))
            mine_d = {q.id for q in group[0::2]}
            mine_f = {q.id for q in group[1::2]}
        if not mine_d or not mine_f:
            uncovered.add(objective)
        diagnostic |= mine_d
        final |= mine_f
    return AssessmentSplit(frozenset(diagnostic), frozenset(final), frozenset(uncovered))


def _stable(*parts: object) -> int:
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    return int.from_bytes(digest[:8], "big")


def assessment_levels(
    diagnostic: Sequence[Question],
    final: Sequence[Question],
    learner: object,
    objective: str,
    count: int,
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The difficulties of a learner's ``count`` diagnostic and ``count`` final items for one
    objective (the rule in the module docstring): the same for both when the pools share levels.

    Args:
        diagnostic: the objective's diagnostic pool.
        final: its final pool.
        learner: the learner (a profile id); stable across sessions.
        objective: the objective id.
        count: items per objective.
    """
    if not diagnostic or not final or count <= 0:
        return (), ()
    slots: list[int] = []
    for level in sorted({q.difficulty for q in diagnostic} & {q.difficulty for q in final}):
        in_d = sum(1 for q in diagnostic if q.difficulty == level)
        in_f = sum(1 for q in final if q.difficulty == level)
        slots.extend([level] * min(in_d, in_f))
    start = _stable(learner, objective)
    if slots:
        levels = tuple(slots[(start + k) % len(slots)] for k in range(min(count, len(slots))))
        return levels, levels
    # No shared level: each test takes the level closest to the other test's.
    pairs = sorted(
        {(a.difficulty, b.difficulty) for a in diagnostic for b in final},
        key=lambda ab: (abs(ab[0] - ab[1]), ab),
    )
    closest = [ab for ab in pairs if abs(ab[0] - ab[1]) == abs(pairs[0][0] - pairs[0][1])]
    d_level, f_level = closest[start % len(closest)]
    return (d_level,), (f_level,)


def draw_assessment(
    pack: Pack, kind: QuizKind, seed: int, per_objective: int = 1, *, learner: object = ""
) -> tuple[QuizItem, ...]:
    """Draw a diagnostic or final test: ``per_objective`` questions per objective, course order.

    Questions come from that test's pool (:func:`split_assessment`) at the difficulties of
    :func:`assessment_levels` for ``learner`` (so a learner's diagnostic and final ask the same
    difficulties per objective); which question of a level is drawn with ``seed``. Objectives stay
    in course order (lesson by lesson); choices are shuffled.

    Args:
        pack: the course.
        kind: ``DIAGNOSTIC`` or ``FINAL``.
        seed: the attempt's seed.
        per_objective: items per objective.
        learner: the learner's stable key (a profile id); the same for both tests.
    """
    if kind not in (QuizKind.DIAGNOSTIC, QuizKind.FINAL):
        raise ValueError(f"not an assessment: {kind}")
    split = split_assessment(pack.questions)
    rng = random.Random(seed)
    by_objective: dict[str, list[Question]] = defaultdict(list)
    for question in pack.questions:
        by_objective[question.objective].append(question)
    chosen: list[Question] = []
    for lesson in pack.lessons:
        for objective in lesson.objectives:
            group = sorted(by_objective.get(objective.id, ()), key=lambda q: q.id)
            pool_d = [q for q in group if q.id in split.diagnostic]
            pool_f = [q for q in group if q.id in split.final]
            levels_d, levels_f = assessment_levels(
                pool_d, pool_f, learner, objective.id, per_objective
            )
            mine, levels = (pool_d, levels_d) if kind is QuizKind.DIAGNOSTIC else (pool_f, levels_f)
            if not levels and mine:  # the other test has nothing for this objective
                levels = tuple(sorted(q.difficulty for q in mine))[:per_objective]
            left = list(mine)
            for level in levels:
                at_level = [q for q in left if q.difficulty == level]
                if at_level:
                    pick = rng.choice(at_level)
                    left.remove(pick)
                    chosen.append(pick)
    return _items(chosen, seed)


def draw_review(
    pack: Pack, due_ids: Sequence[str], seed: int, size: int = REVIEW_SIZE
) -> tuple[QuizItem, ...]:
    """A review session: the first ``size`` due questions (most overdue first), choices shuffled.

    Only ``lesson`` and ``diagnostic`` questions are reviewed (see the module docstring for why
    not ``final`` ones); practice questions never are.
    """
    by_id = {q.id: q for q in pack.questions}
    chosen = [
        by_id[qid]
        for qid in due_ids
        if qid in by_id and grading.is_gradable(by_id[qid]) and by_id[qid].pool in REVIEW_POOLS
    ]
    return _items(chosen[:size], seed)


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
