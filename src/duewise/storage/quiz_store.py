"""Quiz persistence: attempts per profile, each answer committed when given, review cards.

Data safety: :meth:`QuizStore.record_answer` writes the answer *and* the question's review card in
one transaction, the moment the learner answers. Killing the app mid-quiz therefore loses at most
the answer being typed; :meth:`QuizStore.attempt` rebuilds the attempt and its
``next_position`` is the question to resume at.

Tables (migration 3 in :mod:`duewise.storage.db`): ``quiz_attempts`` (kind, lesson, seed, the
drawn items as JSON, scored or practice, optional time limit, started/finished),
``quiz_answers`` (one row per answered position) and ``review_cards`` (Leitner box and due date
per profile and question).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from duewise.learning import review
from duewise.learning.grading import Response
from duewise.learning.quiz import QuizItem, QuizKind, ScoredAnswer
from duewise.storage.db import Database


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    """One answer of an attempt, as stored."""

    position: int
    question_id: str
    objective: str
    lesson_id: str
    response: Response
    score: Fraction
    answered_at: dt.datetime

    def scored(self) -> ScoredAnswer:
        """As a :class:`ScoredAnswer` for reports and mastery."""
        return ScoredAnswer(
            self.question_id, self.objective, self.lesson_id, self.score, self.answered_at
        )


@dataclass(frozen=True, slots=True)
class Attempt:
    """One quiz attempt of one profile.

    Attributes:
        items: the drawn questions and choice orders (rebuilt exactly from the stored JSON).
        scored: ``False`` for practice ("review mode without scoring"): answers are checked and
            explained, but the attempt counts in no score, chart or mastery.
        time_limit_s: the time allowed (extra time included), or ``None``: no time limit.
        elapsed_s: time spent so far, saved with every answer.
        answers: the answers given so far, by position.
    """

    id: int
    profile_id: int
    kind: QuizKind
    lesson_id: str | None
    seed: int
    items: tuple[QuizItem, ...]
    scored: bool
    time_limit_s: int | None
    elapsed_s: int
    started_at: dt.datetime
    finished_at: dt.datetime | None
    answers: tuple[StoredAnswer, ...] = ()

    @property
    def next_position(self) -> int:
        """The first question not answered yet (``len(items)`` when all are answered)."""
        done = {a.position for a in self.answers}
        return next((i for i in range(len(self.items)) if i not in done), len(self.items))

    @property
    def finished(self) -> bool:
        """Whether the attempt was finished."""
        return self.finished_at is not None

    def answer_at(self, position: int) -> StoredAnswer | None:
        """The answer given at ``position``, if any."""
        return next((a for a in self.answers if a.position == position), None)

    def scored_answers(self) -> tuple[ScoredAnswer, ...]:
        """The answers for :func:`duewise.learning.quiz.build_report`."""
        return tuple(a.scored() for a in self.answers)


# ---- encoding -----------------------------------------------------------------------------------


def encode_response(response: Response) -> str:
    """JSON for a response: bool, int, list of ints, or ``{"number": "…"}``."""
    if isinstance(response, Decimal):
        return json.dumps({"number": str(response)})
    if isinstance(response, tuple):
        return json.dumps(list(response))
    return json.dumps(response)


def decode_response(text: str) -> Response:
    """The inverse of :func:`encode_response`."""
    value = json.loads(text)
    if isinstance(value, dict):
        return Decimal(str(value["number"]))
    if isinstance(value, list):
        return tuple(int(v) for v in value)
    if isinstance(value, bool):
        return value
    return int(value)


def _encode_items(items: Sequence[QuizItem]) -> str:
    return json.dumps([[item.question_id, list(item.order)] for item in items])


def _decode_items(text: str) -> tuple[QuizItem, ...]:
    return tuple(
        QuizItem(str(qid), tuple(int(i) for i in order)) for qid, order in json.loads(text)
    )


def _stamp(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _parse_stamp(text: str | None) -> dt.datetime | None:
    return None if text is None else dt.datetime.fromisoformat(text)


# ---- the store ----------------------------------------------------------------------------------


class QuizStore:
    """Reads and writes quiz attempts, answers and review cards in a :class:`Database`."""

    _ATTEMPT_COLUMNS = (
        "id, profile_id, kind, lesson_id, seed, items, scored, time_limit_s, elapsed_s, "
        "started_at, finished_at"
    )

    def __init__(self, database: Database) -> None:
        self.database = database

    # --- attempts ---------------------------------------------------------------------------

    def start_attempt(
        self,
        profile_id: int,
        kind: QuizKind,
        items: Sequence[QuizItem],
        *,
        seed: int,
        now: dt.datetime,
        lesson_id: str | None = None,
        scored: bool = True,
        time_limit_s: int | None = None,
    ) -> Attempt:
        """Store a new attempt (committed at once) and return it."""
        with self.database.transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO quiz_attempts (profile_id, kind, lesson_id, seed, items, scored, "
                "time_limit_s, elapsed_s, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)",
                (
                    profile_id,
                    kind.value,
                    lesson_id,
                    seed,
                    _encode_items(items),
                    int(scored),
                    time_limit_s,
                    _stamp(now),
                ),
            )
            attempt_id = int(cursor.lastrowid or 0)
        attempt = self.attempt(attempt_id)
        assert attempt is not None
        return attempt

    def record_answer(
        self,
        attempt_id: int,
        position: int,
        *,
        question_id: str,
        objective: str,
        lesson_id: str,
        response: Response,
        score: Fraction,
        now: dt.datetime,
        elapsed_s: int | None = None,
    ) -> None:
        """Commit one answer and move the question's review card, in one transaction.

        Answering a position twice keeps the first answer (a resumed quiz cannot be re-graded).
        """
        with self.database.transaction() as conn:
            row = conn.execute(
                "SELECT profile_id FROM quiz_attempts WHERE id = ?", (attempt_id,)
            ).fetchone()
            if row is None:
                raise KeyError(f"no attempt {attempt_id}")
            profile_id = int(row[0])
            cursor = conn.execute(
                "INSERT OR IGNORE INTO quiz_answers (attempt_id, position, question_id, "
                "objective, lesson_id, response, score, answered_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    attempt_id,
                    position,
                    question_id,
                    objective,
                    lesson_id,
                    encode_response(response),
                    str(score),
                    _stamp(now),
                ),
            )
            if elapsed_s is not None:
                conn.execute(
                    "UPDATE quiz_attempts SET elapsed_s = ? WHERE id = ?", (elapsed_s, attempt_id)
                )
            if cursor.rowcount:
                self._update_card(conn, profile_id, question_id, score == 1, now.date())

    def _update_card(
        self,
        conn: sqlite3.Connection,
        profile_id: int,
        question_id: str,
        correct: bool,
        as_of: dt.date,
    ) -> None:
        row = conn.execute(
            "SELECT box, due FROM review_cards WHERE profile_id = ? AND question_id = ?",
            (profile_id, question_id),
        ).fetchone()
        card = (
            None
            if row is None
            else review.ReviewCard(question_id, int(row[0]), dt.date.fromisoformat(str(row[1])))
        )
        new = review.after_answer(card, question_id, correct, as_of)
        if new is None:
            conn.execute(
                "DELETE FROM review_cards WHERE profile_id = ? AND question_id = ?",
                (profile_id, question_id),
            )
        else:
            conn.execute(
                "INSERT INTO review_cards (profile_id, question_id, box, due, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(profile_id, question_id) DO UPDATE SET "
                "box = excluded.box, due = excluded.due, updated_at = excluded.updated_at",
                (profile_id, question_id, new.box, new.due.isoformat(), as_of.isoformat()),
            )

    def save_elapsed(self, attempt_id: int, elapsed_s: int) -> None:
        """Store the time spent so far (for a timed quiz that is paused)."""
        with self.database.transaction() as conn:
            conn.execute(
                "UPDATE quiz_attempts SET elapsed_s = ? WHERE id = ?", (elapsed_s, attempt_id)
            )

    def finish_attempt(self, attempt_id: int, now: dt.datetime) -> None:
        """Mark an attempt finished (questions left unanswered score 0 in its report)."""
        with self.database.transaction() as conn:
            conn.execute(
                "UPDATE quiz_attempts SET finished_at = ? WHERE id = ? AND finished_at IS NULL",
                (_stamp(now), attempt_id),
            )

    def discard_attempt(self, attempt_id: int) -> None:
        """Delete an unfinished attempt and its answers (the review cards it moved stay)."""
        with self.database.transaction() as conn:
            conn.execute(
                "DELETE FROM quiz_attempts WHERE id = ? AND finished_at IS NULL", (attempt_id,)
            )

    def attempt(self, attempt_id: int) -> Attempt | None:
        """One attempt with its answers."""
        row = self.database.connection.execute(
            f"SELECT {self._ATTEMPT_COLUMNS} FROM quiz_attempts WHERE id = ?", (attempt_id,)
        ).fetchone()
        return None if row is None else self._attempt(row)

    def _attempt(self, row: Sequence[object]) -> Attempt:
        attempt_id = int(str(row[0]))
        answers = tuple(
            StoredAnswer(
                position=int(a[0]),
                question_id=str(a[1]),
                objective=str(a[2]),
                lesson_id=str(a[3]),
                response=decode_response(str(a[4])),
                score=Fraction(str(a[5])),
                answered_at=dt.datetime.fromisoformat(str(a[6])),
            )
            for a in self.database.connection.execute(
                "SELECT position, question_id, objective, lesson_id, response, score, "
                "answered_at FROM quiz_answers WHERE attempt_id = ? ORDER BY position",
                (attempt_id,),
            )
        )
        started = _parse_stamp(str(row[9]))
        assert started is not None
        return Attempt(
            id=attempt_id,
            profile_id=int(str(row[1])),
            kind=QuizKind(str(row[2])),
            lesson_id=None if row[3] is None else str(row[3]),
            seed=int(str(row[4])),
            items=_decode_items(str(row[5])),
            scored=bool(row[6]),
            time_limit_s=None if row[7] is None else int(str(row[7])),
            elapsed_s=int(str(row[8])),
            started_at=started,
            finished_at=_parse_stamp(None if row[10] is None else str(row[10])),
            answers=answers,
        )

    def attempts(
        self,
        profile_id: int,
        *,
        finished: bool | None = None,
        kinds: Iterable[QuizKind] | None = None,
    ) -> list[Attempt]:
        """A profile's attempts, oldest first; filter by finished state and kinds."""
        sql = f"SELECT {self._ATTEMPT_COLUMNS} FROM quiz_attempts WHERE profile_id = ?"
        params: list[object] = [profile_id]
        if finished is True:
            sql += " AND finished_at IS NOT NULL"
        elif finished is False:
            sql += " AND finished_at IS NULL"
        wanted = None if kinds is None else [k.value for k in kinds]
        if wanted is not None:
            sql += f" AND kind IN ({', '.join('?' for _ in wanted)})"
            params.extend(wanted)
        sql += " ORDER BY started_at, id"
        rows = self.database.connection.execute(sql, params).fetchall()
        return [self._attempt(row) for row in rows]

    def unfinished(self, profile_id: int) -> list[Attempt]:
        """Unfinished attempts, the most recently active first."""
        attempts = self.attempts(profile_id, finished=False)

        def last_activity(attempt: Attempt) -> tuple[dt.datetime, int]:
            stamps = [a.answered_at for a in attempt.answers] + [attempt.started_at]
            return max(stamps), attempt.id

        return sorted(attempts, key=last_activity, reverse=True)

    def latest_finished(self, profile_id: int, kind: QuizKind) -> Attempt | None:
        """The most recent finished scored attempt of ``kind``."""
        done = [a for a in self.attempts(profile_id, finished=True, kinds=[kind]) if a.scored]
        return done[-1] if done else None

    # --- answers across attempts ------------------------------------------------------------

    def scored_answers(self, profile_id: int) -> list[ScoredAnswer]:
        """Every answer of the profile's scored attempts (finished or not), oldest first."""
        rows = self.database.connection.execute(
            "SELECT a.question_id, a.objective, a.lesson_id, a.score, a.answered_at "
            "FROM quiz_answers a JOIN quiz_attempts t ON t.id = a.attempt_id "
            "WHERE t.profile_id = ? AND t.scored = 1 ORDER BY a.answered_at, t.id, a.position",
            (profile_id,),
        ).fetchall()
        return [
            ScoredAnswer(
                str(r[0]),
                str(r[1]),
                str(r[2]),
                Fraction(str(r[3])),
                dt.datetime.fromisoformat(str(r[4])),
            )
            for r in rows
        ]

    def activity_days(self, profile_id: int) -> set[dt.date]:
        """The days on which the profile answered any question (for streaks)."""
        rows = self.database.connection.execute(
            "SELECT DISTINCT substr(a.answered_at, 1, 10) FROM quiz_answers a "
            "JOIN quiz_attempts t ON t.id = a.attempt_id WHERE t.profile_id = ?",
            (profile_id,),
        ).fetchall()
        return {dt.date.fromisoformat(str(r[0])) for r in rows}

    # --- review cards -----------------------------------------------------------------------

    def review_cards(self, profile_id: int) -> list[review.ReviewCard]:
        """The profile's review queue, by due date."""
        rows = self.database.connection.execute(
            "SELECT question_id, box, due FROM review_cards WHERE profile_id = ? "
            "ORDER BY due, box, question_id",
            (profile_id,),
        ).fetchall()
        return [
            review.ReviewCard(str(r[0]), int(r[1]), dt.date.fromisoformat(str(r[2]))) for r in rows
        ]
