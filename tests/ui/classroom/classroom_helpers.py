"""Steps shared by the classroom page tests: open the page, add learners, unlock, store answers."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from duewise.learning.quiz import QuizItem, QuizKind
from duewise.storage import quiz_store
from duewise.ui.classroom.page import ClassroomPage, shipped_pack

PIN = "2468"


def open_page(build_window, data_dir: Path, language: str = "en"):  # type: ignore[no-untyped-def]
    """Build and show a main window on ``data_dir`` and open its classroom page."""
    context, window = build_window(data_dir, language)
    window.show()
    window.activateWindow()
    page = window.show_page("classroom")
    assert isinstance(page, ClassroomPage)
    return context, window, page


def add_learner(qtbot: QtBot, page: ClassroomPage, name: str) -> None:
    """Type a learner's name and press Add, as a user would."""
    panel = page.profiles_panel
    panel.name_edit.clear()
    qtbot.keyClicks(panel.name_edit, name)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def unlock(qtbot: QtBot, page: ClassroomPage, pin: str = PIN) -> None:
    """Open the teacher tab and type the PIN (twice the first time, when it is being set)."""
    page.tabs.setCurrentIndex(1)
    lock = page.lock_panel
    qtbot.keyClicks(lock.pin_edit, pin)
    if lock.repeat_edit.isVisible():
        qtbot.keyClicks(lock.repeat_edit, pin)
    qtbot.mouseClick(lock.submit_button, Qt.MouseButton.LeftButton)


def answer(context, profile_id: int, answers: list[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    """Store a scored lesson quiz for a profile: (question id, score 0/1) per answer."""
    store = quiz_store.QuizStore(context.database)
    when = dt.datetime(2026, 3, 16, 20, 0, tzinfo=dt.UTC)
    items = [QuizItem(qid) for qid, _ in answers]
    attempt = store.start_attempt(
        profile_id, QuizKind.LESSON, items, seed=1, now=when, lesson_id="what-is-credit"
    )
    by_id = {q.id: q for q in shipped_pack().questions}
    for position, (qid, score) in enumerate(answers):
        question = by_id[qid]
        store.record_answer(
            attempt.id,
            position,
            question_id=qid,
            objective=question.objective,
            lesson_id=question.lesson_id,
            response=0,
            score=Fraction(score),
            now=when,
        )


def start_class_quiz(qtbot, page, *, teams: int = 0, countdown: int = 10):  # type: ignore[no-untyped-def]
    """Start the class quiz on "what-is-credit" from the teacher's tools: alone, or in ``teams``
    teams, with a ``countdown`` in seconds (0: none). The quiz panel."""
    quiz = page.quiz_panel
    assert quiz is not None and page.tools_tabs is not None
    page.tools_tabs.setCurrentWidget(quiz)
    quiz.lesson_box.setCurrentIndex(quiz.lesson_box.findData("what-is-credit"))
    if teams:
        quiz.mode_box.setCurrentIndex(quiz.mode_box.findData("teams"))
        quiz.teams_spin.setValue(teams)
    quiz.countdown_spin.setValue(countdown)
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)
    return quiz
