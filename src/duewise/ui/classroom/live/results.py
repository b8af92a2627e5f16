"""A live session's answers as results files: the glue between the session rules and storage.

:mod:`duewise.learning.live` keeps the answers, :mod:`duewise.storage.results_files` is the
format an import reads; neither may import the other, so the conversion lives here, with the
server that saves and serves them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from duewise.learning import live
from duewise.storage import results_files


def quiz_summary(session: live.LiveSession) -> results_files.QuizSummary:
    """The session as the quiz a results file names: its kind is the source the teacher picked
    (``lesson``, ``diagnostic``, ``final`` or ``custom``), finished when every question was asked
    (:func:`live.finished_at`); questions a student did not answer count 0, as in the app."""
    setup = session.setup
    lesson = setup.source is live.QuizSource.LESSON and setup.lesson_id
    return results_files.QuizSummary(
        id=live.quiz_id(setup),
        kind=setup.source.value,
        lesson_id=setup.lesson_id if lesson else None,
        items=len(setup.question_ids),
        finished_at=live.finished_at(session),
    )


def student_results(
    session: live.LiveSession, student_id: str, *, exported_at: dt.datetime
) -> results_files.LearnerResults:
    """One student's answers as a results file (validated as an import would validate it)."""
    student = next(s for s in session.students if s.student_id == student_id)
    quiz = quiz_summary(session)
    attempts = [
        results_files.Attempt(
            attempt_id=live.attempt_id(session.setup, a.index),
            question_id=a.question_id,
            lesson_id=a.lesson_id,
            objective=a.objective,
            score=Decimal(live.score_text(a.score)),
            correct=a.score == 1,
            answered_at=a.at,
            quiz=quiz.id,
        )
        for a in live.answers_of(session, student_id)
    ]
    return results_files.make_results(
        student.uid, student.name, attempts, exported_at=exported_at, quizzes=(quiz,)
    )


def class_results(
    session: live.LiveSession, *, exported_at: dt.datetime
) -> tuple[results_files.LearnerResults, ...]:
    """Every student who answered at least once, as results files."""
    return tuple(
        student_results(session, s.student_id, exported_at=exported_at)
        for s in live.answered_students(session)
    )
