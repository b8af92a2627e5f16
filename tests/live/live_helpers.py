"""Shared pieces of the live-quiz tests: one question of each type, a session, a running server,
and a student that talks to it over real HTTP/WebSocket on the loopback address."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from duewise.content.model import Question, QuestionType, Text
from duewise.learning import live
from duewise.storage import db, live_store

AT = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
CODE = "482913"


def _q(
    qid: str,
    kind: QuestionType,
    answer: Any,
    choices: Sequence[str] = (),
    **extra: Any,
) -> Question:
    return Question(
        id=qid,
        type=kind,
        objective=f"obj-{qid}",
        section="s1",
        difficulty=1,
        prompt=Text(f"题目 {qid}", f"Question {qid}"),
        choices=tuple(Text(f"选项{c}", f"choice {c}") for c in choices),
        answer=answer,
        explanation=Text(f"解释 {qid}", f"Because {qid}"),
        lesson_id="lesson-live",
        **extra,
    )


QUESTIONS: dict[str, Question] = {
    q.id: q
    for q in (
        _q("q-single", QuestionType.SINGLE, 2, "abcd"),
        _q("q-multi", QuestionType.MULTIPLE, (0, 3), "abcd"),
        _q("q-tf", QuestionType.TRUE_FALSE, True),
        _q(
            "q-num",
            QuestionType.NUMERIC,
            Decimal("1000"),
            tolerance=Decimal("0.5"),
            unit=Text("元", "yuan"),
        ),
        _q("q-order", QuestionType.ORDERING, (2, 0, 3, 1), "wxyz"),
    )
}
ORDER = tuple(QUESTIONS)


def make_setup(
    *,
    teams: Sequence[str] = (),
    class_list: Sequence[live.Classmate] = (),
    scoreboard: bool = True,
    question_ids: Sequence[str] = ORDER,
    source: live.QuizSource = live.QuizSource.CUSTOM,
    session_id: str = "5e55105e55105e55",
    lesson_id: str = "",
) -> live.LiveSetup:
    return live.LiveSetup(
        session_id=session_id,
        code=CODE,
        source=source,
        lesson_id=lesson_id,
        question_ids=tuple(question_ids),
        seed=20261201,
        started_at=AT.isoformat(),
        teams=tuple(teams),
        class_list=tuple(class_list),
        scoreboard=scoreboard,
    )


def right_payload(session: live.LiveSession, student_id: str, question: Question) -> dict:
    """What a phone that knows the answer sends (in its own shuffled positions)."""
    order = session.order_for(student_id, question)
    position = {original: k for k, original in enumerate(order)}
    answer = question.answer
    if question.type is QuestionType.SINGLE:
        return {"choice": position[answer]}
    if question.type is QuestionType.MULTIPLE:
        return {"choices": [position[i] for i in answer]}
    if question.type is QuestionType.ORDERING:
        return {"order": [position[i] for i in answer]}
    if question.type is QuestionType.TRUE_FALSE:
        return {"value": answer}
    return {"text": "¥1,000"}


def wrong_payload(session: live.LiveSession, student_id: str, question: Question) -> dict:
    """An answer that scores 0 (in the phone's own positions)."""
    order = session.order_for(student_id, question)
    position = {original: k for k, original in enumerate(order)}
    answer = question.answer
    if question.type is QuestionType.SINGLE:
        return {"choice": position[(answer + 1) % len(order)]}
    if question.type is QuestionType.MULTIPLE:
        return {"choices": [position[i] for i in range(len(order)) if i not in answer]}
    if question.type is QuestionType.ORDERING:
        return {"order": list(range(len(order)))}  # as shown: never the right order
    if question.type is QuestionType.TRUE_FALSE:
        return {"value": not answer}
    return {"text": "1"}


@contextmanager
def open_store(data_dir: Path) -> Iterator[tuple[db.Database, live_store.LiveStore]]:
    database, _ = db.open_database(data_dir)
    store = live_store.LiveStore(database.path)
    try:
        yield database, store
    finally:
        store.close()
        database.close()
