"""The gradebook: learners × (each lesson's best quiz score, diagnostic, final, growth), a class
average, bands that say at a glance who is where, and one learner's answers.

What each cell is (every score a percentage rounded half up to one decimal):

- **lesson** column: the learner's *best* finished lesson quiz of that lesson (a learner who
  practised until they got it shows what they reached);
- **diagnostic** / **final**: the learner's *latest* finished diagnostic / final test, as the
  Check page reports them;
- **growth**: final − diagnostic in percentage points, when both were taken.

A quiz counts when it was finished; its score is the credit earned over the questions it asked
(unanswered questions count 0, as on the Check page). Quizzes whose kind or size is not known
(results files from an older DueWise, which carry answers only) are left out of these columns;
their answers still count in the class report (:mod:`duewise.learning.class_report`).

Bands (:class:`Band`): a score is *mastered* from :data:`duewise.learning.quiz.PASS_MARK`
(80 %), *partly* from :data:`PARTLY_MARK` (50 %), else *not yet*; growth is *up*, *same* or
*down*. The UI shows each band as a symbol and a word as well as a colour.

The class average of a column is the mean over the learners who have a value there (a blank is
"not taken", not zero), with the number of learners it averages.

The input is structural (:class:`LearnerLike`), so this module needs no storage: a
``storage.results_files.LearnerResults`` is one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Protocol

from duewise.learning import class_report, quiz

#: From this score a cell is "partly" (below it "not yet").
PARTLY_MARK = Decimal(50)
_PASS = Decimal(quiz.PASS_MARK.numerator * 100) / quiz.PASS_MARK.denominator
_TENTH = Decimal("0.1")


class AnswerLike(class_report.Attempt, Protocol):
    """One answer (``storage.results_files.Attempt``): what the class report reads of it, and
    the quiz it was given in."""

    @property
    def quiz(self) -> str: ...


class QuizLike(Protocol):
    """One quiz a learner took (``storage.results_files.QuizSummary``)."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def lesson_id(self) -> str | None: ...
    @property
    def items(self) -> int: ...
    @property
    def finished_at(self) -> str | None: ...


class LearnerLike(Protocol):
    """One learner's results (``storage.results_files.LearnerResults``)."""

    @property
    def uid(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def attempts(self) -> Sequence[AnswerLike]: ...
    @property
    def quizzes(self) -> Sequence[QuizLike]: ...


class ColumnKind(StrEnum):
    """What a gradebook column holds."""

    LESSON = "lesson"
    DIAGNOSTIC = "diagnostic"
    FINAL = "final"
    GROWTH = "growth"


@dataclass(frozen=True, slots=True)
class Column:
    """One column after the learner's name (``lesson_id`` for lesson columns only)."""

    kind: ColumnKind
    lesson_id: str = ""


class Band(StrEnum):
    """How a cell reads at a glance (shown as a symbol, a word and a colour)."""

    MASTERED = "mastered"
    PARTLY = "partly"
    NOT_YET = "not_yet"
    UP = "up"
    SAME = "same"
    DOWN = "down"


@dataclass(frozen=True, slots=True)
class Cell:
    """A score in % (growth: percentage points), its band, and how many values it stands for
    (quizzes for a learner's lesson cell, learners for the class average); empty when none."""

    value: Decimal | None = None
    band: Band | None = None
    count: int = 0

    @property
    def empty(self) -> bool:
        """Nothing to show."""
        return self.value is None


@dataclass(frozen=True, slots=True)
class Row:
    """One learner: id, name and one cell per column."""

    uid: str
    name: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class Gradebook:
    """The whole table: its columns, a row per learner (by name) and the class average."""

    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    average: tuple[Cell, ...]

    def row(self, uid: str) -> Row | None:
        """The row of one learner."""
        return next((r for r in self.rows if r.uid == uid), None)


def _moment(stamp: str | None) -> dt.datetime:
    """A timestamp for ordering (a stamp without an offset is taken as UTC)."""
    if not stamp:
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    moment = dt.datetime.fromisoformat(stamp)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _round(value: Decimal) -> Decimal:
    return value.quantize(_TENTH, rounding=ROUND_HALF_UP)


def score_band(value: Decimal) -> Band:
    """The band of a score in %: mastered from 80, partly from 50, else not yet."""
    if value >= _PASS:
        return Band.MASTERED
    if value >= PARTLY_MARK:
        return Band.PARTLY
    return Band.NOT_YET


def growth_band(points: Decimal) -> Band:
    """The band of a growth in percentage points: up, same (0) or down."""
    if points > 0:
        return Band.UP
    if points < 0:
        return Band.DOWN
    return Band.SAME


def quiz_scores(learner: LearnerLike) -> dict[str, Decimal]:
    """Each finished quiz's score in % by quiz id: credit earned over questions asked (capped at
    100 %; an attempt id counts once)."""
    earned: dict[str, Decimal] = {}
    seen: set[str] = set()
    for answer in learner.attempts:
        if not answer.quiz or answer.attempt_id in seen:
            continue
        seen.add(answer.attempt_id)
        earned[answer.quiz] = earned.get(answer.quiz, Decimal(0)) + answer.score
    scores: dict[str, Decimal] = {}
    for summary in learner.quizzes:
        if summary.finished_at is None or summary.items <= 0:
            continue
        total = earned.get(summary.id, Decimal(0)) * 100 / summary.items
        scores[summary.id] = _round(min(total, Decimal(100)))
    return scores


def _cells(learner: LearnerLike, columns: Sequence[Column]) -> tuple[Cell, ...]:
    scores = quiz_scores(learner)
    finished = [q for q in learner.quizzes if q.id in scores]
    best: dict[str, tuple[Decimal, int]] = {}
    latest: dict[str, Decimal] = {}
    # Oldest first, so that the latest diagnostic and final are the ones kept.
    for summary in sorted(finished, key=lambda q: (_moment(q.finished_at), q.id)):
        score = scores[summary.id]
        if summary.kind == quiz.QuizKind.LESSON.value and summary.lesson_id:
            value, count = best.get(summary.lesson_id, (Decimal(-1), 0))
            best[summary.lesson_id] = (max(value, score), count + 1)
        elif summary.kind in (quiz.QuizKind.DIAGNOSTIC.value, quiz.QuizKind.FINAL.value):
            latest[summary.kind] = score
    diagnostic = latest.get(quiz.QuizKind.DIAGNOSTIC.value)
    final = latest.get(quiz.QuizKind.FINAL.value)
    cells = []
    for column in columns:
        if column.kind is ColumnKind.LESSON:
            found = best.get(column.lesson_id)
            cells.append(Cell(found[0], score_band(found[0]), found[1]) if found else Cell())
        elif column.kind is ColumnKind.DIAGNOSTIC:
            found_d = diagnostic
            cells.append(Cell(found_d, score_band(found_d), 1) if found_d is not None else Cell())
        elif column.kind is ColumnKind.FINAL:
            cells.append(Cell(final, score_band(final), 1) if final is not None else Cell())
        elif diagnostic is not None and final is not None:
            points = final - diagnostic
            cells.append(Cell(points, growth_band(points), 1))
        else:
            cells.append(Cell())
    return tuple(cells)


def columns_for(learners: Sequence[LearnerLike], lesson_order: Sequence[str]) -> tuple[Column, ...]:
    """Diagnostic, final and growth, then every lesson of ``lesson_order``, then any other lesson
    a learner took a quiz of (by id)."""
    extra = sorted(
        {
            q.lesson_id
            for learner in learners
            for q in learner.quizzes
            if q.kind == quiz.QuizKind.LESSON.value and q.lesson_id
        }
        - set(lesson_order)
    )
    lessons = [Column(ColumnKind.LESSON, lesson_id) for lesson_id in [*lesson_order, *extra]]
    # The course-wide tests first: they are what a teacher reads at a glance.
    return (
        Column(ColumnKind.DIAGNOSTIC),
        Column(ColumnKind.FINAL),
        Column(ColumnKind.GROWTH),
        *lessons,
    )


def build(learners: Sequence[LearnerLike], *, lesson_order: Sequence[str] = ()) -> Gradebook:
    """The gradebook of merged learners (one per learner id), rows by name then id."""
    columns = columns_for(learners, lesson_order)
    rows = tuple(
        Row(learner.uid, learner.name, _cells(learner, columns))
        for learner in sorted(learners, key=lambda r: (r.name.casefold(), r.uid))
    )
    average = []
    for index, column in enumerate(columns):
        values = [v for row in rows if (v := row.cells[index].value) is not None]
        if not values:
            average.append(Cell())
            continue
        mean = _round(sum(values, Decimal(0)) / len(values))
        band = growth_band(mean) if column.kind is ColumnKind.GROWTH else score_band(mean)
        average.append(Cell(mean, band, len(values)))
    return Gradebook(columns, rows, tuple(average))


@dataclass(frozen=True, slots=True)
class AnswerRow:
    """One answer of one learner, for the click-through from the gradebook.

    ``kind`` is the quiz kind (``""`` when the file did not say), ``score_pct`` the credit in %.
    """

    answered_at: str
    lesson_id: str
    question_id: str
    objective: str
    kind: str
    score_pct: Decimal
    correct: bool


def answers(learner: LearnerLike) -> tuple[AnswerRow, ...]:
    """Every answer of ``learner``, newest first (each attempt id once)."""
    kinds = {q.id: q.kind for q in learner.quizzes}
    rows: dict[str, AnswerRow] = {}
    for answer in learner.attempts:
        rows.setdefault(
            answer.attempt_id,
            AnswerRow(
                answered_at=answer.answered_at,
                lesson_id=answer.lesson_id,
                question_id=answer.question_id,
                objective=answer.objective,
                kind=kinds.get(answer.quiz, ""),
                score_pct=_round(answer.score * 100),
                correct=answer.correct,
            ),
        )
    by_question = sorted(rows.values(), key=lambda r: r.question_id)
    return tuple(sorted(by_question, key=lambda r: _moment(r.answered_at), reverse=True))
