"""Class quizzes without student devices: tallies per option, team scores, scoreboard, saving.

The class answers by hands or on paper; the teacher types in how many chose each option (class
mode) or how many points each team earned (team mode). This module turns those numbers into what
the projector shows and what is saved. It never grades an individual learner.

What a question's tally counts (:func:`tally_options`):

- single and multiple choice: one count per choice (for multiple choice a student may raise a
  hand for several choices, so counts can add up to more than the class size);
- true/false: "true" and "false";
- numeric and ordering: "right" and "wrong" (the teacher checks the papers against the key).

"Share right" is the count on the right option(s) over all counts; for multiple choice it is not
known from hand counts (nobody knows who picked exactly the right set) and is ``None``.

Counts are always kept in the order of :func:`tally_options` (the question's written order), so
saved sessions read the same whatever the screen showed. The class *sees* the choices in
:func:`display_order` (:func:`duewise.learning.shuffle.choice_order` of the session's seed), so
"A" is not always the right answer on the projector; the screens map rows to options with it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Any

from duewise.content.model import Question, QuestionType
from duewise.learning.shuffle import choice_order

SESSION_KIND = "class_session"  # saved_items.kind
SESSION_FORMAT_VERSION = 1
MAX_TEAMS = 8
MAX_COUNT = 10_000  # per option or per team and question: more is a typing slip
MAX_COUNTDOWN = 600


class QuizMode(StrEnum):
    """How the class answers."""

    CLASS = "class"  # tallies per option
    TEAMS = "teams"  # points per team


class OptionKind(StrEnum):
    """What one tallied option stands for."""

    CHOICE = "choice"  # choice ``index`` of the question
    TRUE = "true"
    FALSE = "false"
    RIGHT = "right"  # numeric/ordering: answered right on paper
    WRONG = "wrong"


@dataclass(frozen=True, slots=True)
class TallyOption:
    """One option the teacher counts hands for."""

    kind: OptionKind
    correct: bool
    index: int = -1  # CHOICE only


class ClassQuizError(ValueError):
    """Refused input: ``code`` is ``bad_count`` (``limit``), ``bad_teams`` (``limit``),
    ``team_like_option`` (``name``), ``bad_countdown`` (``limit``), ``no_questions`` or
    ``bad_session`` (``detail``)."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code}: {params}" if params else code)


# "A", "b", "3", "Team C", "C 队", "第二组" … : a team called like this could be taken for an answer
# option (the options are A, B, C …), so the projector could seem to give the answer away.
_OPTION_LIKE = re.compile(
    r"^(?:team|group|第)?\s*(?:[a-z0-9]|[一二三四五六七八九十])\s*(?:team|group|队|组)?$",
    re.IGNORECASE,
)


def looks_like_option(name: str) -> bool:
    """Whether a team name could be read as an answer option (a letter or a number, with or
    without "team"/"队"/"组")."""
    return bool(_OPTION_LIKE.match(" ".join(name.split())))


def tally_options(question: Question) -> tuple[TallyOption, ...]:
    """The options counted for ``question`` (see the module docstring)."""
    answer = question.answer
    if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        right = {answer} if isinstance(answer, int) else set(answer or ())  # type: ignore[arg-type]
        return tuple(
            TallyOption(OptionKind.CHOICE, i in right, i) for i in range(len(question.choices))
        )
    if question.type is QuestionType.TRUE_FALSE:
        return (
            TallyOption(OptionKind.TRUE, answer is True),
            TallyOption(OptionKind.FALSE, answer is False),
        )
    return (TallyOption(OptionKind.RIGHT, True), TallyOption(OptionKind.WRONG, False))


@dataclass(frozen=True, slots=True)
class TallySummary:
    """The distribution shown after the reveal.

    Attributes:
        counts: per option, as entered.
        total: the sum of the counts.
        shares: per option, its count over ``total`` (all 0 when nobody answered).
        right: the count on the right option(s); ``None`` for multiple choice.
        share_right: ``right / total``; ``None`` for multiple choice or when nobody answered.
    """

    counts: tuple[int, ...]
    total: int
    shares: tuple[Fraction, ...]
    right: int | None
    share_right: Fraction | None


def percent(share: Fraction, places: int = 1) -> Decimal:
    """``share`` as a percentage rounded half up to ``places`` decimals (exact, no float)."""
    value = Decimal(share.numerator) * 100 / Decimal(share.denominator)
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def check_count(value: int) -> int:
    """A count or score the teacher typed, or ``bad_count``."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_COUNT:
        raise ClassQuizError("bad_count", limit=MAX_COUNT)
    return value


def summarize(question: Question, counts: Sequence[int]) -> TallySummary:
    """The distribution of ``counts`` (one per :func:`tally_options` option)."""
    options = tally_options(question)
    if len(counts) != len(options):
        raise ClassQuizError("bad_session", detail=f"{len(counts)} counts for {len(options)}")
    values = tuple(check_count(c) for c in counts)
    total = sum(values)
    shares = tuple(Fraction(c, total) if total else Fraction(0) for c in values)
    if question.type is QuestionType.MULTIPLE:
        return TallySummary(values, total, shares, None, None)
    right = sum(c for c, o in zip(values, options, strict=True) if o.correct)
    return TallySummary(values, total, shares, right, Fraction(right, total) if total else None)


@dataclass(frozen=True, slots=True)
class QuestionResult:
    """What was entered for one question: tallies (class mode) or points (team mode)."""

    question_id: str
    counts: tuple[int, ...] = ()
    team_points: tuple[int, ...] = ()
    revealed: bool = False


@dataclass(frozen=True, slots=True)
class ClassSession:
    """One class quiz: which questions, how the class answered, what was entered."""

    lesson_id: str
    question_ids: tuple[str, ...]
    mode: QuizMode = QuizMode.CLASS
    teams: tuple[str, ...] = ()
    countdown_seconds: int = 0
    language: str = "en"
    started_at: str = ""
    results: Mapping[str, QuestionResult] = field(default_factory=dict)

    def result(self, question_id: str) -> QuestionResult | None:
        """What was entered for a question, if anything."""
        return self.results.get(question_id)

    @property
    def order_seed(self) -> str:
        """The seed of the order its choices are shown in (stable for the session, also when it
        is reopened)."""
        return f"class:{self.lesson_id}:{self.started_at}"


def display_order(question: Question, seed: str) -> tuple[int, ...]:
    """The indices of :func:`tally_options` in the order the class sees them: choices shuffled
    with :func:`~duewise.learning.shuffle.choice_order`; true/false and right/wrong as they are."""
    if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        return choice_order(question, seed)
    return tuple(range(len(tally_options(question))))


def new_session(
    lesson_id: str,
    questions: Sequence[Question],
    *,
    mode: QuizMode = QuizMode.CLASS,
    teams: Sequence[str] = (),
    countdown_seconds: int = 0,
    language: str = "en",
    started_at: dt.datetime,
) -> ClassSession:
    """Start a session over ``questions`` (in the order given).

    Raises:
        ClassQuizError: ``no_questions``, ``bad_teams`` (team mode needs 2–8 named teams),
            ``team_like_option`` (a team named like an answer letter, :func:`looks_like_option`)
            or ``bad_countdown`` (0 = off, else up to :data:`MAX_COUNTDOWN` seconds).
    """
    if not questions:
        raise ClassQuizError("no_questions")
    team_names = tuple(" ".join(t.split()) for t in teams)
    if mode is QuizMode.TEAMS and (
        not 2 <= len(team_names) <= MAX_TEAMS
        or not all(team_names)
        or len(set(team_names)) != len(team_names)
    ):
        raise ClassQuizError("bad_teams", limit=MAX_TEAMS)
    if mode is QuizMode.TEAMS:
        for name in team_names:
            if looks_like_option(name):
                raise ClassQuizError("team_like_option", name=name)
    if not 0 <= countdown_seconds <= MAX_COUNTDOWN:
        raise ClassQuizError("bad_countdown", limit=MAX_COUNTDOWN)
    return ClassSession(
        lesson_id=lesson_id,
        question_ids=tuple(q.id for q in questions),
        mode=mode,
        teams=team_names if mode is QuizMode.TEAMS else (),
        countdown_seconds=countdown_seconds,
        language=language,
        started_at=started_at.isoformat(timespec="seconds"),
    )


def record(
    session: ClassSession,
    question: Question,
    *,
    counts: Sequence[int] | None = None,
    team_points: Sequence[int] | None = None,
    revealed: bool = False,
) -> ClassSession:
    """The session with what was entered for ``question`` (validated)."""
    if question.id not in session.question_ids:
        raise ClassQuizError("bad_session", detail=f"{question.id} is not in this quiz")
    count_values: tuple[int, ...] = ()
    if counts is not None:
        count_values = summarize(question, counts).counts
    points: tuple[int, ...] = ()
    if team_points is not None:
        if len(team_points) != len(session.teams):
            raise ClassQuizError("bad_session", detail="one score per team")
        points = tuple(check_count(p) for p in team_points)
    results = dict(session.results)
    results[question.id] = QuestionResult(question.id, count_values, points, revealed)
    return replace(session, results=results)


@dataclass(frozen=True, slots=True)
class Standing:
    """A team's place on the scoreboard (teams with equal points share a rank)."""

    rank: int
    team: str
    points: int


def scoreboard(session: ClassSession) -> tuple[Standing, ...]:
    """Teams by points, highest first; ties share the rank (1, 2, 2, 4) and keep their order."""
    totals = [0] * len(session.teams)
    for result in session.results.values():
        for i, points in enumerate(result.team_points[: len(totals)]):
            totals[i] += points
    order = sorted(range(len(totals)), key=lambda i: -totals[i])
    standings: list[Standing] = []
    for position, i in enumerate(order):
        rank = position + 1
        if standings and standings[-1].points == totals[i]:
            rank = standings[-1].rank
        standings.append(Standing(rank, session.teams[i], totals[i]))
    return tuple(standings)


# ---- running --------------------------------------------------------------------------------


class QuizRun:
    """A class quiz being run: the session so far, the question on screen, and what was typed for
    questions the class looked back from before their answer was revealed.

    The UI shows what this holds and passes the typed numbers in; it keeps no quiz state of its
    own. Only revealed questions count in the results; typed-but-unrevealed numbers are kept in
    memory so that going back and forth does not lose them.
    """

    def __init__(self, session: ClassSession, questions: Sequence[Question]) -> None:
        self.session = session
        self.questions: tuple[Question, ...] = tuple(questions)
        self.index = 0
        self.revealed = False
        self._typed: dict[str, tuple[int, ...]] = {}

    @property
    def teams(self) -> bool:
        """Whether teams score points (else the class's hands are counted)."""
        return self.session.mode is QuizMode.TEAMS

    def current(self) -> Question | None:
        """The question on screen (``None`` past the end)."""
        if not 0 <= self.index < len(self.questions):
            return None
        return self.questions[self.index]

    def show(self, index: int) -> None:
        """Put question ``index`` on screen, answer hidden."""
        self.index = index
        self.revealed = False

    def record(self, values: Sequence[int]) -> None:
        """Enter the tallies (class mode) or team points for the question on screen.

        Raises:
            ClassQuizError: a count out of range, or the wrong number of values.
        """
        question = self.current()
        if question is None:
            return
        if self.teams:
            self.session = record(
                self.session, question, team_points=values, revealed=self.revealed
            )
        else:
            self.session = record(self.session, question, counts=values, revealed=self.revealed)

    def reveal(self, values: Sequence[int]) -> None:
        """Reveal the answer of the question on screen, recording ``values`` with it."""
        self.revealed = True
        self.record(values)

    def keep_typed(self, values: Sequence[int]) -> None:
        """Keep what was typed for the question on screen while the class looks elsewhere."""
        question = self.current()
        if question is not None and not self.revealed:
            self._typed[question.id] = tuple(values)

    def entered(self, index: int) -> tuple[tuple[int, ...] | None, bool]:
        """What was entered for question ``index`` before, and whether it had been revealed (the
        typed numbers of an unrevealed question are handed back once)."""
        question = self.questions[index]
        result = self.session.result(question.id)
        if result is None or not result.revealed:
            return self._typed.pop(question.id, None), False
        return (result.team_points if self.teams else result.counts), True

    def has_next(self) -> bool:
        """Whether a question follows the one on screen."""
        return self.index + 1 < len(self.questions)

    def summaries(self) -> list[tuple[int, Question, TallySummary]]:
        """Class mode: (number, question, tally summary) of every question with counts."""
        rows = []
        for number, question in enumerate(self.questions, start=1):
            result = self.session.result(question.id)
            if result is not None and result.counts:
                rows.append((number, question, summarize(question, result.counts)))
        return rows


# ---- saving ---------------------------------------------------------------------------------


def session_name(session: ClassSession) -> str:
    """The saved item's key: start time and lesson (unique enough per profile). It is a key,
    never shown: the UI words a saved quiz from :func:`session_key_parts`."""
    return f"{session.started_at} {session.lesson_id}"


def session_key_parts(name: str) -> tuple[dt.datetime, str] | None:
    """The start time and lesson id in a key made by :func:`session_name` (``None`` if it is not
    one)."""
    stamp, _, lesson_id = name.partition(" ")
    try:
        started = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return (started, lesson_id) if lesson_id else None


def to_payload(session: ClassSession) -> dict[str, Any]:
    """A JSON-ready dict of the session."""
    return {
        "version": SESSION_FORMAT_VERSION,
        "lesson_id": session.lesson_id,
        "question_ids": list(session.question_ids),
        "mode": session.mode.value,
        "teams": list(session.teams),
        "countdown_seconds": session.countdown_seconds,
        "language": session.language,
        "started_at": session.started_at,
        "results": [
            {
                "question_id": r.question_id,
                "counts": list(r.counts),
                "team_points": list(r.team_points),
                "revealed": r.revealed,
            }
            for qid in session.question_ids
            if (r := session.results.get(qid)) is not None
        ],
    }


def _int_list(value: object, what: str) -> tuple[int, ...]:
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= MAX_COUNT for v in value
    ):
        raise ClassQuizError("bad_session", detail=what)
    return tuple(value)


def from_payload(data: object) -> ClassSession:
    """The session saved by :func:`to_payload`.

    Raises:
        ClassQuizError: ``bad_session`` with a ``detail`` naming the bad field.
    """
    if not isinstance(data, dict) or data.get("version") != SESSION_FORMAT_VERSION:
        raise ClassQuizError("bad_session", detail="version")
    try:
        question_ids = tuple(str(q) for q in data["question_ids"])
        mode = QuizMode(data["mode"])
        teams = tuple(str(t) for t in data["teams"])
        results: dict[str, QuestionResult] = {}
        for item in data["results"]:
            qid = str(item["question_id"])
            results[qid] = QuestionResult(
                qid,
                _int_list(item["counts"], "counts"),
                _int_list(item["team_points"], "team_points"),
                bool(item["revealed"]),
            )
        return ClassSession(
            lesson_id=str(data["lesson_id"]),
            question_ids=question_ids,
            mode=mode,
            teams=teams,
            countdown_seconds=int(data["countdown_seconds"]),
            language=str(data["language"]),
            started_at=str(data["started_at"]),
            results=results,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ClassQuizError("bad_session", detail=str(exc)) from exc


def csv_rows(
    session: ClassSession,
    questions: Mapping[str, Question],
    option_label: Any,
    language: str,
) -> list[list[object]]:
    """One row per question and option (class mode) or per question and team (team mode).

    Columns: question number, question id, objective, prompt, option (or team), count (or
    points), right (``1``/``0``; empty for teams), share of the question's total in % (class
    mode). ``option_label(question, option)`` words an option; ``language`` picks the prompt's
    language (``zh_CN`` or ``en``).
    """
    rows: list[list[object]] = []
    for number, qid in enumerate(session.question_ids, start=1):
        question = questions.get(qid)
        result = session.results.get(qid)
        if question is None or result is None:
            continue
        prompt = question.prompt.zh if language == "zh_CN" else question.prompt.en
        if session.mode is QuizMode.TEAMS:
            for team, points in zip(session.teams, result.team_points, strict=False):
                rows.append([number, qid, question.objective, prompt, team, points, "", ""])
            continue
        if not result.counts:
            continue
        summary = summarize(question, result.counts)
        for option, count, share in zip(
            tally_options(question), summary.counts, summary.shares, strict=True
        ):
            pct = percent(share) if summary.total else ""
            rows.append(
                [
                    number,
                    qid,
                    question.objective,
                    prompt,
                    option_label(question, option),
                    count,
                    1 if option.correct else 0,
                    pct,
                ]
            )
    return rows
