"""The class report from imported results files: per student, per lesson, per objective, hardest
questions.

What counts: each learner's **latest** attempt at each question (a retry replaces the earlier
answer), because the report should say what the class knows now, and a learner who retried a
question ten times must not weigh ten times as much. A score is the mean credit (0–1, partial
credit for multiple choice) shown as a percentage rounded half up to one decimal; "right" counts
fully right answers.

The report holds ids; the UI looks up titles and prompts in the lesson pack for the language shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol, TypeVar


class Attempt(Protocol):
    """What the report reads of one answered question (``storage.results_files.Attempt`` is one):
    a structural type, so that learning computes from stored results without importing storage."""

    @property
    def attempt_id(self) -> str: ...
    @property
    def question_id(self) -> str: ...
    @property
    def lesson_id(self) -> str: ...
    @property
    def objective(self) -> str: ...
    @property
    def score(self) -> Decimal: ...
    @property
    def correct(self) -> bool: ...
    @property
    def answered_at(self) -> str: ...


class LearnerResults(Protocol):
    """One learner's attempts (``storage.results_files.LearnerResults`` is one)."""

    @property
    def uid(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def attempts(self) -> Sequence[Attempt]: ...


_A = TypeVar("_A", bound=Attempt)

HARDEST_COUNT = 10


def _pct(total: Decimal, n: int) -> Decimal:
    if n == 0:
        return Decimal(0)
    return (total * 100 / n).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class StudentRow:
    """One learner: questions answered, fully right, mean score in %."""

    uid: str
    name: str
    answered: int
    right: int
    score_pct: Decimal
    lessons: int


@dataclass(frozen=True, slots=True)
class GroupRow:
    """A lesson or an objective: how many learners and answers, mean score in %."""

    id: str
    lesson_id: str
    learners: int
    answered: int
    right: int
    score_pct: Decimal


@dataclass(frozen=True, slots=True)
class QuestionRow:
    """A question: answers, share fully right in %, mean score in %."""

    question_id: str
    lesson_id: str
    objective: str
    answered: int
    right: int
    right_pct: Decimal
    score_pct: Decimal


@dataclass(frozen=True, slots=True)
class ClassReport:
    """Everything the teacher sees after an import."""

    students: tuple[StudentRow, ...]
    lessons: tuple[GroupRow, ...]
    objectives: tuple[GroupRow, ...]
    questions: tuple[QuestionRow, ...]  # every question answered, hardest first
    hardest: tuple[QuestionRow, ...]

    @property
    def answered(self) -> int:
        """Answers counted over the whole class."""
        return sum(s.answered for s in self.students)


def latest_attempts(attempts: Iterable[_A]) -> tuple[_A, ...]:
    """The latest attempt per question (ties broken by attempt id)."""
    latest: dict[str, _A] = {}
    for attempt in attempts:
        best = latest.get(attempt.question_id)
        if best is None or (attempt.answered_at, attempt.attempt_id) > (
            best.answered_at,
            best.attempt_id,
        ):
            latest[attempt.question_id] = attempt
    return tuple(sorted(latest.values(), key=lambda a: a.question_id))


def _groups(
    rows: Sequence[tuple[str, Attempt]], key: str, order: dict[str, int]
) -> tuple[GroupRow, ...]:
    buckets: dict[str, list[tuple[str, Attempt]]] = {}
    for uid, attempt in rows:
        buckets.setdefault(getattr(attempt, key), []).append((uid, attempt))
    result = []
    for group_id, items in buckets.items():
        total = sum((a.score for _, a in items), Decimal(0))
        result.append(
            GroupRow(
                id=group_id,
                lesson_id=items[0][1].lesson_id,
                learners=len({uid for uid, _ in items}),
                answered=len(items),
                right=sum(1 for _, a in items if a.correct),
                score_pct=_pct(total, len(items)),
            )
        )
    result.sort(key=lambda g: (order.get(g.lesson_id, len(order)), g.lesson_id, g.id))
    return tuple(result)


def build_report(
    learners: Sequence[LearnerResults],
    *,
    lesson_order: Sequence[str] = (),
    hardest_count: int = HARDEST_COUNT,
    min_answers: int = 1,
) -> ClassReport:
    """The class report of merged learners (see :func:`storage.results_files.merge`).

    Args:
        learners: one entry per learner.
        lesson_order: lesson ids in teaching order (unknown lessons go last, by id).
        hardest_count: how many questions the "hardest" list keeps.
        min_answers: questions with fewer answers are left out of the hardest list.
    """
    order = {lesson_id: i for i, lesson_id in enumerate(lesson_order)}
    students: list[StudentRow] = []
    rows: list[tuple[str, Attempt]] = []
    for learner in learners:
        latest = latest_attempts(learner.attempts)
        rows.extend((learner.uid, a) for a in latest)
        students.append(
            StudentRow(
                uid=learner.uid,
                name=learner.name,
                answered=len(latest),
                right=sum(1 for a in latest if a.correct),
                score_pct=_pct(sum((a.score for a in latest), Decimal(0)), len(latest)),
                lessons=len({a.lesson_id for a in latest}),
            )
        )
    by_question: dict[str, list[Attempt]] = {}
    for _, attempt in rows:
        by_question.setdefault(attempt.question_id, []).append(attempt)
    questions = []
    for question_id, items in by_question.items():
        right = sum(1 for a in items if a.correct)
        questions.append(
            QuestionRow(
                question_id=question_id,
                lesson_id=items[0].lesson_id,
                objective=items[0].objective,
                answered=len(items),
                right=right,
                right_pct=_pct(Decimal(right), len(items)),
                score_pct=_pct(sum((a.score for a in items), Decimal(0)), len(items)),
            )
        )
    # Hardest first: lowest mean score, then more answers (a firmer finding), then id.
    questions.sort(key=lambda q: (q.score_pct, -q.answered, q.question_id))
    hardest = tuple(q for q in questions if q.answered >= min_answers)[:hardest_count]
    return ClassReport(
        students=tuple(students),
        lessons=_groups(rows, "lesson_id", order),
        objectives=_groups(rows, "objective", order),
        questions=tuple(questions),
        hardest=hardest,
    )
