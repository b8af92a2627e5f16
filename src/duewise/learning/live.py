"""The live class quiz on students' phones: the session's state machine, answers, scores (no I/O).

A session goes through these phases (the teacher's buttons are the arrows)::

    lobby --open--> open --close--> closed --reveal--> revealed --next--> open (next question)
                     ^                 |
                     +-----open--------+      (re-open before the reveal)
    any phase --end--> ended

Rules:

- **One answer per student per question, while it is open.** A second answer is refused
  (``already_answered``), and so is an answer to a question that is not open (``not_open``) or
  not the current one (``not_current``). Closing locks every answer.
- **Grading** uses :func:`duewise.learning.grading.grade` and, for numeric answers,
  :func:`duewise.learning.grading.parse_number` on what the student typed (done here, on the
  teacher's machine). Text that cannot be read as a number is refused with the parser's reason
  (``unreadable_number``) and not counted, so the student can fix it while the question is open.
- **Choices are shuffled per student**, stable for the session: the order depends only on the
  session's seed, the student and the question (:func:`choice_order`). A phone sends the
  *positions* it showed; they are turned into the original choice indices here, so a page never
  learns the authoring order. True/false is always shown as true, false.
- **Points** count only questions already revealed (so the scoreboard never tells whether the
  current answer is right): a student's points are the sum of the scores (0–1, partial credit for
  multiple choice). A team's points are the *mean* of its members' points, so a bigger team does
  not win by size. Equal points share a rank (1, 2, 2, 4).
- **Joining again**: a student whose phone lost its token (a new phone, a cleared browser)
  cannot take their name back by themselves (``name_taken``: anyone could). The teacher lets
  them join again (:meth:`LiveSession.plan_release`): the old token stops working, and the next
  join under that name is the same student, with their answers so far.
- **Privacy**: :meth:`LiveSession.student_view` holds only that student's question, answer and
  feedback, and the scoreboard names and points when the teacher shows the scoreboard; never
  another student's answer.

Every change is an *event* (:class:`Joined`, :class:`Stepped`, :class:`Answered`,
:class:`Released`): the ``plan_*``
methods check a request and return the event without changing anything; the caller stores it
(:mod:`duewise.storage.live_store` commits it) and only then :meth:`LiveSession.apply` s it and
answers the phone. Replaying the stored events (:meth:`LiveSession.replay`) rebuilds the session
after the teacher's app was killed.

At the end, each student's answers become a results file (``ui/classroom/live/results.py``, from
:func:`answers_of`, :func:`quiz_id` and :func:`finished_at`): the answers carry the quiz they
belong to (a lesson quiz, the diagnostic or the final, as the teacher picked), so they merge into
the class results, and count in the gradebook's columns, exactly as an imported file of that quiz.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction
from typing import Any

from duewise.content.model import Question, QuestionType, Text
from duewise.learning import classroom, grading

FORMAT_VERSION = 1
#: Students in one session (the server refuses more joins: ``full``).
MAX_STUDENTS = 200
MAX_NAME = 40
MAX_TEAMS = 8
MAX_QUESTIONS = 100
MAX_NUMBER_TEXT = 100
CODE_LENGTH = 6


class Phase(StrEnum):
    """Where the session is."""

    LOBBY = "lobby"  # students join; no question yet
    OPEN = "open"  # the current question takes answers
    CLOSED = "closed"  # answers locked, not revealed yet
    REVEALED = "revealed"  # the right answer, distribution and explanation are shown
    ENDED = "ended"


class Step(StrEnum):
    """The teacher's actions."""

    OPEN = "open"
    CLOSE = "close"
    REVEAL = "reveal"
    NEXT = "next"
    END = "end"


class QuizSource(StrEnum):
    """What the teacher picked."""

    LESSON = "lesson"
    DIAGNOSTIC = "diagnostic"
    FINAL = "final"
    CUSTOM = "custom"


class LiveError(ValueError):
    """A refused request; ``code`` and ``params`` say why.

    Codes: ``name_empty``, ``name_too_long`` (limit), ``name_taken``, ``full`` (limit),
    ``bad_team``, ``unknown_student``, ``not_open``, ``not_current``, ``already_answered``,
    ``bad_answer`` (detail), ``unreadable_number`` (reason: a ``grading.NumberFormatError``
    code: ``empty``, ``not_a_number``, ``ambiguous_comma``, ``bad_grouping`` …), ``bad_step``
    (step, phase), ``no_more_questions``, ``ended``, ``already_released``, ``bad_setup``
    (detail), ``bad_event`` (detail).
    """

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(f"{code}: {params}" if params else code)


@dataclass(frozen=True, slots=True)
class Classmate:
    """A name students may pick instead of typing one, with the learner id it carries."""

    name: str
    uid: str


@dataclass(frozen=True, slots=True)
class LiveSetup:
    """What the teacher started: fixed for the whole session.

    Attributes:
        session_id: random, ``[0-9a-f]``, names the attempts (``live-<id>-<n>``).
        code: the join code (digits).
        source: lesson quiz, diagnostic, final or custom set; ``lesson_id`` for a lesson quiz.
        question_ids: the questions, in the order asked.
        seed: makes every student's choice order.
        teams: team names (empty: no teams).
        class_list: names students may pick (the class results and this computer's learners).
        scoreboard: whether students see the scoreboard after each reveal.
        started_at: ISO 8601 with offset.
    """

    session_id: str
    code: str
    source: QuizSource
    question_ids: tuple[str, ...]
    seed: int
    started_at: str
    lesson_id: str = ""
    teams: tuple[str, ...] = ()
    class_list: tuple[Classmate, ...] = ()
    scoreboard: bool = False


# ---- events ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Joined:
    """A student joined (or a released student took their name back with a new token)."""

    student_id: str
    token_hash: str
    uid: str
    name: str
    team: str
    at: str


@dataclass(frozen=True, slots=True)
class Stepped:
    """The teacher moved the session on: it is now at question ``index`` in ``phase``."""

    step: Step
    index: int
    phase: Phase
    at: str


@dataclass(frozen=True, slots=True)
class Answered:
    """An accepted answer (``response`` in original choice indices, see ``grading.Response``).

    ``text`` is what was typed for a numeric answer; ``lesson_id`` and ``objective`` are copied
    from the question so results can be saved even if the lesson pack changed meanwhile.
    """

    student_id: str
    question_id: str
    index: int
    response: grading.Response
    score: Fraction
    text: str
    lesson_id: str
    objective: str
    at: str


@dataclass(frozen=True, slots=True)
class Released:
    """The teacher let a student join again (their phone was lost, or its browser cleared).

    Their token stops working at once; the next join under their name (or their class-list
    name) is the same student again, with a new token: same id, learner id, team and answers.
    """

    student_id: str
    at: str


Event = Joined | Stepped | Answered | Released


@dataclass(frozen=True, slots=True)
class Student:
    """A joined student."""

    student_id: str
    uid: str
    name: str
    team: str
    joined_at: str


@dataclass(frozen=True, slots=True)
class Standing:
    """A line of the scoreboard: equal points share the rank."""

    rank: int
    name: str
    points: Decimal


@dataclass(frozen=True, slots=True)
class TeacherView:
    """What the teacher's window and the projector draw (a snapshot; safe to pass to Qt).

    Attributes:
        version: increases with every change.
        students: everyone who joined, in joining order, with whether they answered the current
            question.
        answered: answers to the current question (the teacher's window only, never the
            projector before the reveal).
        counts: per :func:`classroom.tally_options` option, the answers so far.
        right: students fully right on the current question.
        released: students the teacher let join again who have not joined again yet.
    """

    version: int
    phase: Phase
    index: int
    question_id: str
    total: int
    students: tuple[tuple[Student, bool], ...]
    answered: int
    counts: tuple[int, ...]
    right: int
    standings: tuple[Standing, ...] = ()
    team_standings: tuple[Standing, ...] = ()
    released: frozenset[str] = frozenset()


# ---- pure helpers ---------------------------------------------------------------------------


def clean_name(name: str) -> str:
    """The name as shown everywhere: NFC, control characters dropped, spaces collapsed.

    Raises:
        LiveError: ``name_empty`` or ``name_too_long``.
    """
    text = unicodedata.normalize("NFC", name if isinstance(name, str) else "")
    text = "".join(" " if unicodedata.category(c).startswith(("C", "Z")) else c for c in text)
    cleaned = " ".join(text.split())
    if not cleaned:
        raise LiveError("name_empty")
    if len(cleaned) > MAX_NAME:
        raise LiveError("name_too_long", limit=MAX_NAME)
    return cleaned


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def choice_order(seed: int, student_id: str, question: Question) -> tuple[int, ...]:
    """The original choice indices in the order this student sees them (``order[k]`` k-th).

    Stable: the same seed, student and question always give the same order. Empty for
    true/false and numeric questions. An ordering question is never shown already in the right
    order (it would answer itself): such a draw is rotated by one, as the app's quizzes do.
    """
    if question.type in (QuestionType.TRUE_FALSE, QuestionType.NUMERIC):
        return ()
    rng = random.Random(f"{seed}:{student_id}:{question.id}")
    order = list(range(len(question.choices)))
    rng.shuffle(order)
    if (
        question.type is QuestionType.ORDERING
        and len(order) > 1
        and tuple(order) == question.answer
    ):
        order = order[1:] + order[:1]
    return tuple(order)


def _positions(value: object, size: int, what: str) -> list[int]:
    if not isinstance(value, list) or len(value) > size:
        raise LiveError("bad_answer", detail=what)
    if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v < size for v in value):
        raise LiveError("bad_answer", detail=what)
    if len(set(value)) != len(value):
        raise LiveError("bad_answer", detail=what)
    return list(value)


def read_response(
    question: Question, order: Sequence[int], payload: Mapping[str, Any], language: str = "en"
) -> tuple[grading.Response, str]:
    """Turn what a phone sent into a response in original choice indices.

    Args:
        question: the question asked.
        order: the student's :func:`choice_order`.
        payload: ``{"choice": pos}`` (single), ``{"choices": [pos, …]}`` (multiple),
            ``{"value": true}`` (true/false), ``{"text": "1,000元"}`` (numeric) or
            ``{"order": [pos, …]}`` (ordering, every position once).
        language: the student's page language, for the number parser.

    Returns:
        The response and, for a numeric answer, the text typed (else ``""``).

    Raises:
        LiveError: ``bad_answer`` (detail) or ``unreadable_number`` (reason).
    """
    kind = question.type
    size = len(question.choices)
    if kind is QuestionType.SINGLE:
        value = payload.get("choice")
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < size:
            raise LiveError("bad_answer", detail="choice")
        return order[value], ""
    if kind is QuestionType.MULTIPLE:
        picked = _positions(payload.get("choices"), size, "choices")
        if not picked:
            raise LiveError("bad_answer", detail="choices")
        return tuple(sorted(order[p] for p in picked)), ""
    if kind is QuestionType.TRUE_FALSE:
        flag = payload.get("value")
        if not isinstance(flag, bool):
            raise LiveError("bad_answer", detail="value")
        return flag, ""
    if kind is QuestionType.ORDERING:
        ranked = _positions(payload.get("order"), size, "order")
        if len(ranked) != size:
            raise LiveError("bad_answer", detail="order")
        return tuple(order[p] for p in ranked), ""
    text = payload.get("text")
    if not isinstance(text, str) or len(text) > MAX_NUMBER_TEXT:
        raise LiveError("bad_answer", detail="text")
    try:
        number = grading.parse_number(text, language, question.unit)
    except grading.NumberFormatError as exc:
        raise LiveError("unreadable_number", reason=exc.code) from exc
    return number, text.strip()


def tally(question: Question, responses: Iterable[tuple[grading.Response, Fraction]]) -> list[int]:
    """Counts per :func:`classroom.tally_options` option from individual answers.

    Single and multiple choice count each chosen choice (a multiple-choice answer counts once
    per ticked choice); true/false counts true and false; numeric and ordering count fully right
    and not fully right.
    """
    options = classroom.tally_options(question)
    counts = [0] * len(options)
    for response, score in responses:
        for i, option in enumerate(options):
            if option.kind is classroom.OptionKind.CHOICE:
                picked = response if isinstance(response, tuple) else (response,)
                hit = not isinstance(response, bool) and option.index in picked
            elif option.kind is classroom.OptionKind.TRUE:
                hit = response is True
            elif option.kind is classroom.OptionKind.FALSE:
                hit = response is False
            elif option.kind is classroom.OptionKind.RIGHT:
                hit = score == 1
            else:
                hit = score != 1
            if hit:
                counts[i] += 1
    return counts


def _ranked(totals: Sequence[tuple[str, Fraction]]) -> tuple[Standing, ...]:
    order = sorted(range(len(totals)), key=lambda i: -totals[i][1])
    standings: list[Standing] = []
    previous: Fraction | None = None
    for position, i in enumerate(order):
        name, points = totals[i]
        rank = standings[-1].rank if standings and previous == points else position + 1
        standings.append(Standing(rank, name, points_decimal(points)))
        previous = points
    return tuple(standings)


def points_decimal(points: Fraction) -> Decimal:
    """Points rounded half up to one decimal (exact, no float)."""
    value = Decimal(points.numerator) / Decimal(points.denominator)
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def score_text(score: Fraction) -> str:
    """A score as a plain decimal string (4 places at most), as results files write it."""
    value = Decimal(score.numerator) / Decimal(score.denominator)
    return format(value.quantize(Decimal("0.0001")).normalize(), "f")


# ---- the session ----------------------------------------------------------------------------


@dataclass(slots=True)
class _State:
    phase: Phase = Phase.LOBBY
    index: int = -1
    version: int = 0
    students: dict[str, Student] = field(default_factory=dict)
    by_token: dict[str, str] = field(default_factory=dict)
    answers: dict[tuple[str, str], Answered] = field(default_factory=dict)
    revealed: set[str] = field(default_factory=set)
    ended_at: str = ""
    released: set[str] = field(default_factory=set)


class LiveSession:
    """One live quiz: the setup, who joined, the phase and every accepted answer.

    Not thread-safe: one thread (the server's) owns it; others get :class:`TeacherView`
    snapshots.
    """

    def __init__(self, setup: LiveSetup, questions: Mapping[str, Question]) -> None:
        missing = [q for q in setup.question_ids if q not in questions]
        if not setup.question_ids or missing or len(setup.question_ids) > MAX_QUESTIONS:
            raise LiveError("bad_setup", detail=f"questions: {missing or len(setup.question_ids)}")
        if len(setup.teams) > MAX_TEAMS or len(set(setup.teams)) != len(setup.teams):
            raise LiveError("bad_setup", detail="teams")
        self.setup = setup
        self.questions = {qid: questions[qid] for qid in setup.question_ids}
        self._s = _State()

    @classmethod
    def replay(
        cls, setup: LiveSetup, questions: Mapping[str, Question], events: Iterable[Event]
    ) -> LiveSession:
        """The session rebuilt from its stored events (after a crash or a restart)."""
        session = cls(setup, questions)
        for event in events:
            session.apply(event)
        return session

    # --- reading ----------------------------------------------------------------------------

    @property
    def phase(self) -> Phase:
        """The current phase."""
        return self._s.phase

    @property
    def index(self) -> int:
        """The current question's position (``-1`` in the lobby)."""
        return self._s.index

    @property
    def version(self) -> int:
        """Increases with every applied event."""
        return self._s.version

    @property
    def current(self) -> Question | None:
        """The current question (``None`` in the lobby)."""
        if 0 <= self._s.index < len(self.setup.question_ids):
            return self.questions[self.setup.question_ids[self._s.index]]
        return None

    @property
    def students(self) -> tuple[Student, ...]:
        """Everyone who joined, in joining order."""
        return tuple(self._s.students.values())

    def student(self, student_id: str) -> Student | None:
        """One student, by id."""
        return self._s.students.get(student_id)

    def released(self, student_id: str) -> bool:
        """Whether the teacher let this student join again and they have not yet."""
        return student_id in self._s.released

    def student_for_token(self, token_hash: str) -> Student | None:
        """The student holding this token (by its hash), if any."""
        sid = self._s.by_token.get(token_hash)
        return None if sid is None else self._s.students.get(sid)

    def answer(self, student_id: str, question_id: str) -> Answered | None:
        """A student's accepted answer to a question."""
        return self._s.answers.get((student_id, question_id))

    def answers_to(self, question_id: str) -> list[Answered]:
        """Every accepted answer to one question."""
        return [a for (_, qid), a in self._s.answers.items() if qid == question_id]

    def order_for(self, student_id: str, question: Question) -> tuple[int, ...]:
        """The student's choice order for ``question``."""
        return choice_order(self.setup.seed, student_id, question)

    # --- planning events (nothing changes until apply) ---------------------------------------

    def plan_join(
        self,
        name: str,
        *,
        token_hash: str,
        student_id: str,
        new_uid: str,
        at: dt.datetime,
        team: str = "",
    ) -> Joined:
        """Check a join: a typed or picked name, and a team when the session has teams.

        A name of the class list (letter case and spaces ignored) carries that learner's id,
        so the answers land on the learner already in the class results; any other name gets
        ``new_uid``. A name already taken in this session is refused (``name_taken``): the same
        phone resumes with its token instead. A student the teacher let join again
        (:meth:`plan_release`) gets their place back under their name: the event then has
        *their* student id, learner id, name and team (``student_id``, ``new_uid`` and ``team``
        are not used), also after the end (to download their results file).

        Raises:
            LiveError: ``name_empty``, ``name_too_long``, ``name_taken``, ``full``, ``bad_team``,
                ``ended``.
        """
        cleaned = clean_name(name)
        folded = _fold(cleaned)
        uid = new_uid
        for mate in self.setup.class_list:
            if _fold(mate.name) == folded:
                uid, cleaned = mate.uid, mate.name
                break
        state = self._s
        for sid in state.released:
            back = state.students[sid]
            if _fold(back.name) == folded or back.uid == uid:
                return Joined(sid, token_hash, back.uid, back.name, back.team, _iso(at))
        if state.phase is Phase.ENDED:
            raise LiveError("ended")
        if any(_fold(s.name) == folded or s.uid == uid for s in state.students.values()):
            raise LiveError("name_taken")
        if len(state.students) >= MAX_STUDENTS:
            raise LiveError("full", limit=MAX_STUDENTS)
        if self.setup.teams and team not in self.setup.teams:
            raise LiveError("bad_team")
        if not self.setup.teams:
            team = ""
        return Joined(student_id, token_hash, uid, cleaned, team, _iso(at))

    def plan_release(self, student_id: str, *, at: dt.datetime) -> Released:
        """Check the teacher's "let … join again" (see :class:`Released`).

        Raises:
            LiveError: ``unknown_student`` or ``already_released``.
        """
        if student_id not in self._s.students:
            raise LiveError("unknown_student")
        if student_id in self._s.released:
            raise LiveError("already_released")
        return Released(student_id, _iso(at))

    def plan_step(self, step: Step, at: dt.datetime) -> Stepped:
        """Check a teacher action (see the module docstring for the phases).

        Raises:
            LiveError: ``bad_step`` (step, phase) or ``no_more_questions``.
        """
        phase, index = self._s.phase, self._s.index
        last = len(self.setup.question_ids) - 1
        if step is Step.END and phase is not Phase.ENDED:
            return Stepped(step, index, Phase.ENDED, _iso(at))
        if step is Step.OPEN and phase is Phase.LOBBY:
            return Stepped(step, 0, Phase.OPEN, _iso(at))
        if step is Step.OPEN and phase is Phase.CLOSED:
            return Stepped(step, index, Phase.OPEN, _iso(at))
        if step is Step.CLOSE and phase is Phase.OPEN:
            return Stepped(step, index, Phase.CLOSED, _iso(at))
        if step is Step.REVEAL and phase in (Phase.OPEN, Phase.CLOSED):
            return Stepped(step, index, Phase.REVEALED, _iso(at))
        if step is Step.NEXT and phase in (Phase.CLOSED, Phase.REVEALED):
            if index >= last:
                raise LiveError("no_more_questions")
            return Stepped(step, index + 1, Phase.OPEN, _iso(at))
        raise LiveError("bad_step", step=step.value, phase=phase.value)

    def plan_answer(
        self,
        student_id: str,
        question_id: str,
        payload: Mapping[str, Any],
        *,
        at: dt.datetime,
        language: str = "en",
    ) -> Answered:
        """Check and grade an answer (see the module docstring for the rules).

        Raises:
            LiveError: ``unknown_student``, ``not_open``, ``not_current``, ``already_answered``,
                ``bad_answer`` or ``unreadable_number``.
        """
        if student_id not in self._s.students:
            raise LiveError("unknown_student")
        question = self.current
        if question is None or self._s.phase is not Phase.OPEN:
            raise LiveError("not_open")
        if question_id != question.id:
            raise LiveError("not_current")
        if (student_id, question.id) in self._s.answers:
            raise LiveError("already_answered")
        order = self.order_for(student_id, question)
        response, text = read_response(question, order, payload, language)
        score = grading.grade(question, response).score
        return Answered(
            student_id,
            question.id,
            self._s.index,
            response,
            score,
            text,
            question.lesson_id,
            question.objective,
            _iso(at),
        )

    # --- applying ---------------------------------------------------------------------------

    def apply(self, event: Event) -> None:
        """Make a planned (and stored) event part of the session."""
        state = self._s
        if isinstance(event, Joined):
            before = state.students.get(event.student_id)
            state.students[event.student_id] = Student(
                event.student_id,
                event.uid,
                event.name,
                event.team,
                before.joined_at if before is not None else event.at,
            )
            state.by_token[event.token_hash] = event.student_id
            state.released.discard(event.student_id)
        elif isinstance(event, Released):
            for token in [t for t, sid in state.by_token.items() if sid == event.student_id]:
                del state.by_token[token]
            state.released.add(event.student_id)
        elif isinstance(event, Stepped):
            current = self.current
            if event.phase is Phase.REVEALED and current is not None:
                state.revealed.add(current.id)
            state.phase, state.index = event.phase, event.index
            if event.phase is Phase.ENDED:
                state.ended_at = event.at
        else:
            state.answers[(event.student_id, event.question_id)] = event
        state.version += 1

    # --- views ------------------------------------------------------------------------------

    def _totals(self) -> dict[str, Fraction]:
        totals = {sid: Fraction(0) for sid in self._s.students}
        for (sid, qid), answer in self._s.answers.items():
            if qid in self._s.revealed and sid in totals:
                totals[sid] += answer.score
        return totals

    def standings(self) -> tuple[Standing, ...]:
        """Students by points over the revealed questions."""
        totals = self._totals()
        return _ranked([(self._s.students[sid].name, pts) for sid, pts in totals.items()])

    def team_standings(self) -> tuple[Standing, ...]:
        """Teams by the mean points of their members (a team nobody joined has 0)."""
        totals = self._totals()
        rows: list[tuple[str, Fraction]] = []
        for team in self.setup.teams:
            members = [pts for sid, pts in totals.items() if self._s.students[sid].team == team]
            rows.append(
                (team, sum(members, Fraction(0)) / len(members) if members else Fraction(0))
            )
        return _ranked(rows)

    def teacher_view(self) -> TeacherView:
        """A snapshot for the teacher's window and the projector."""
        question = self.current
        qid = question.id if question is not None else ""
        answers = self.answers_to(qid) if question is not None else []
        answered = {a.student_id for a in answers}
        counts: tuple[int, ...] = ()
        if question is not None:
            counts = tuple(tally(question, ((a.response, a.score) for a in answers)))
        return TeacherView(
            version=self._s.version,
            phase=self._s.phase,
            index=self._s.index,
            question_id=qid,
            total=len(self.setup.question_ids),
            students=tuple((s, s.student_id in answered) for s in self._s.students.values()),
            answered=len(answers),
            counts=counts,
            right=sum(1 for a in answers if a.score == 1),
            standings=self.standings(),
            team_standings=self.team_standings() if self.setup.teams else (),
            released=frozenset(self._s.released),
        )

    def student_view(self, student_id: str) -> dict[str, Any]:
        """What one student's page shows (JSON-ready). Only their own answer is in it."""
        state = self._s
        student = state.students[student_id]
        view: dict[str, Any] = {
            "phase": state.phase.value,
            "number": state.index + 1,
            "total": len(self.setup.question_ids),
            "me": {"name": student.name, "team": student.team},
            "question": None,
            "mine": None,
            "feedback": None,
            "scoreboard": None,
            "results": state.phase is Phase.ENDED
            and any(sid == student_id for sid, _ in state.answers),
        }
        question = self.current
        if question is not None and state.phase is not Phase.ENDED:
            order = self.order_for(student_id, question)
            view["question"] = {
                "id": question.id,
                "type": question.type.value,
                "prompt": _text(question.prompt),
                "choices": [_text(question.choices[i]) for i in order],
                "unit": _text(question.unit) if question.unit is not None else None,
            }
            mine = state.answers.get((student_id, question.id))
            if mine is not None:
                view["mine"] = _shown_response(question, order, mine)
            if state.phase is Phase.REVEALED:
                view["feedback"] = {
                    "score": score_text(mine.score) if mine is not None else None,
                    "correct": mine is not None and mine.score == 1,
                    "key": _shown_key(question, order),
                    "explanation": _text(question.explanation),
                }
        if self.setup.scoreboard and state.phase in (Phase.REVEALED, Phase.ENDED):
            board = self.team_standings() if self.setup.teams else self.standings()
            view["scoreboard"] = [
                {"rank": s.rank, "name": s.name, "points": format(s.points, "f")} for s in board
            ]
        return view


def _iso(at: dt.datetime) -> str:
    return at.isoformat(timespec="seconds")


def _text(text: Text) -> dict[str, str]:
    return {"zh": text.zh, "en": text.en}


def _shown_response(question: Question, order: Sequence[int], answer: Answered) -> dict[str, Any]:
    response = answer.response
    position = {original: k for k, original in enumerate(order)}
    if question.type is QuestionType.SINGLE and isinstance(response, int):
        return {"choice": position[response]}
    if question.type is QuestionType.MULTIPLE and isinstance(response, tuple):
        return {"choices": sorted(position[i] for i in response)}
    if question.type is QuestionType.ORDERING and isinstance(response, tuple):
        return {"order": [position[i] for i in response]}
    if question.type is QuestionType.TRUE_FALSE:
        return {"value": response}
    return {"text": answer.text, "value": format(response, "f")}


def _shown_key(question: Question, order: Sequence[int]) -> dict[str, Any] | None:
    answer = question.answer
    if answer is None:
        return None
    position = {original: k for k, original in enumerate(order)}
    if question.type is QuestionType.SINGLE and isinstance(answer, int):
        return {"choice": position[answer]}
    if question.type is QuestionType.MULTIPLE and isinstance(answer, tuple):
        return {"choices": sorted(position[i] for i in answer)}
    if question.type is QuestionType.ORDERING and isinstance(answer, tuple):
        return {"order": [position[i] for i in answer]}
    if question.type is QuestionType.TRUE_FALSE:
        return {"value": answer}
    tolerance = question.tolerance if question.tolerance is not None else Decimal(0)
    return {"value": format(answer, "f"), "tolerance": format(tolerance, "f")}


# ---- results ----------------------------------------------------------------------------------


def attempt_id(setup: LiveSetup, index: int) -> str:
    """The results-file attempt id of the ``index``-th question (unique per learner)."""
    return f"live-{setup.session_id}-{index + 1}"


def quiz_id(setup: LiveSetup) -> str:
    """The results-file quiz id of the session (its attempts' ``quiz``)."""
    return f"live-{setup.session_id}"


def finished_at(session: LiveSession) -> str | None:
    """When the quiz was finished as a whole: the end, if every question was asked by then.

    A session the teacher ended before its last question is not a finished quiz (as a quiz the
    app left half-way): its answers count in the class report, not as a test score.
    """
    state = session._s
    if state.phase is not Phase.ENDED or state.index != len(session.setup.question_ids) - 1:
        return None
    return state.ended_at or None


def answers_of(session: LiveSession, student_id: str) -> tuple[Answered, ...]:
    """One student's accepted answers, in question order (what a results file is made from)."""
    return tuple(
        a
        for (sid, _), a in sorted(session._s.answers.items(), key=lambda kv: kv[1].index)
        if sid == student_id
    )


def answered_students(session: LiveSession) -> tuple[Student, ...]:
    """Every student who answered at least once, in joining order."""
    answered = {sid for sid, _ in session._s.answers}
    return tuple(s for s in session.students if s.student_id in answered)


# ---- serialising (for the store) --------------------------------------------------------------


def setup_to_payload(setup: LiveSetup) -> dict[str, Any]:
    """A JSON-ready dict of the setup."""
    return {
        "version": FORMAT_VERSION,
        "session_id": setup.session_id,
        "code": setup.code,
        "source": setup.source.value,
        "lesson_id": setup.lesson_id,
        "question_ids": list(setup.question_ids),
        "seed": setup.seed,
        "started_at": setup.started_at,
        "teams": list(setup.teams),
        "class_list": [{"name": c.name, "uid": c.uid} for c in setup.class_list],
        "scoreboard": setup.scoreboard,
    }


def setup_from_payload(data: Any) -> LiveSetup:
    """The setup stored by :func:`setup_to_payload`.

    Raises:
        LiveError: ``bad_setup`` naming the bad field.
    """
    if not isinstance(data, dict) or data.get("version") != FORMAT_VERSION:
        raise LiveError("bad_setup", detail="version")
    try:
        return LiveSetup(
            session_id=str(data["session_id"]),
            code=str(data["code"]),
            source=QuizSource(data["source"]),
            lesson_id=str(data["lesson_id"]),
            question_ids=tuple(str(q) for q in data["question_ids"]),
            seed=int(data["seed"]),
            started_at=str(data["started_at"]),
            teams=tuple(str(t) for t in data["teams"]),
            class_list=tuple(Classmate(str(c["name"]), str(c["uid"])) for c in data["class_list"]),
            scoreboard=bool(data["scoreboard"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise LiveError("bad_setup", detail=str(exc)) from exc


def _response_payload(response: grading.Response) -> Any:
    if isinstance(response, tuple):
        return list(response)
    if isinstance(response, Decimal):
        return {"decimal": format(response, "f")}
    return response


def _response_from(value: Any) -> grading.Response:
    if isinstance(value, list):
        return tuple(int(v) for v in value)
    if isinstance(value, dict):
        return Decimal(str(value["decimal"]))
    if isinstance(value, bool | int):
        return value
    raise ValueError("response")


def event_to_payload(event: Event) -> dict[str, Any]:
    """A JSON-ready dict of one event."""
    if isinstance(event, Joined):
        return {
            "event": "joined",
            "student_id": event.student_id,
            "token_hash": event.token_hash,
            "uid": event.uid,
            "name": event.name,
            "team": event.team,
            "at": event.at,
        }
    if isinstance(event, Released):
        return {"event": "released", "student_id": event.student_id, "at": event.at}
    if isinstance(event, Stepped):
        return {
            "event": "stepped",
            "step": event.step.value,
            "index": event.index,
            "phase": event.phase.value,
            "at": event.at,
        }
    return {
        "event": "answered",
        "student_id": event.student_id,
        "question_id": event.question_id,
        "index": event.index,
        "response": _response_payload(event.response),
        "score": f"{event.score.numerator}/{event.score.denominator}",
        "text": event.text,
        "lesson_id": event.lesson_id,
        "objective": event.objective,
        "at": event.at,
    }


def event_from_payload(data: Any) -> Event:
    """The event stored by :func:`event_to_payload`.

    Raises:
        LiveError: ``bad_event`` naming the problem.
    """
    try:
        kind = data["event"]
        if kind == "joined":
            return Joined(
                str(data["student_id"]),
                str(data["token_hash"]),
                str(data["uid"]),
                str(data["name"]),
                str(data["team"]),
                str(data["at"]),
            )
        if kind == "released":
            return Released(str(data["student_id"]), str(data["at"]))
        if kind == "stepped":
            return Stepped(
                Step(data["step"]), int(data["index"]), Phase(data["phase"]), str(data["at"])
            )
        if kind == "answered":
            return Answered(
                str(data["student_id"]),
                str(data["question_id"]),
                int(data["index"]),
                _response_from(data["response"]),
                Fraction(str(data["score"])),
                str(data["text"]),
                str(data["lesson_id"]),
                str(data["objective"]),
                str(data["at"]),
            )
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise LiveError("bad_event", detail=str(exc)) from exc
    raise LiveError("bad_event", detail="kind")


# ---- CSV ------------------------------------------------------------------------------------


def csv_rows(session: LiveSession) -> list[list[object]]:
    """One row per student and question asked: number, question id, name, team, answered
    (``1``/``0``), score (0–1, a ``Decimal``; ``None`` when not answered), fully right
    (``1``/``0``).

    The values are plain: ``reports.csv_writer`` (the one CSV sanitiser) writes them, so a name
    such as ``=HYPERLINK(…)`` is neutralised there, as in every other export.
    """
    rows: list[list[object]] = []
    asked = session.index + 1 if session.phase is not Phase.LOBBY else 0
    for index, qid in enumerate(session.setup.question_ids[:asked]):
        for student in session.students:
            answer = session.answer(student.student_id, qid)
            rows.append(
                [
                    index + 1,
                    qid,
                    student.name,
                    student.team,
                    1 if answer is not None else 0,
                    Decimal(score_text(answer.score)) if answer is not None else None,
                    1 if answer is not None and answer.score == 1 else 0,
                ]
            )
    return rows
