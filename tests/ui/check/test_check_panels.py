"""The panels of Check yourself stand on their own: each is built from its inputs (the learner's
quizzes over a pack, the text size) with no page around it, and answers with signals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from duewise.learning import bank, quiz
from duewise.learning.quiz import QuizKind
from duewise.storage import db
from duewise.storage.quiz_store import QuizStore
from duewise.ui.check.overview_panel import OverviewPanel
from duewise.ui.check.parts import Accommodations
from duewise.ui.check.progress import Progress
from duewise.ui.check.quiz_panel import QuizPanel
from duewise.ui.check.report_panel import ReportPanel

NOW = dt.datetime(2026, 3, 16, 12, 0)
LESSON = "what-is-credit"


@pytest.fixture
def progress(tmp_path: Path) -> Iterator[Progress]:
    database, _ = db.open_database(tmp_path / "data")
    profile = database.profiles()[0][0]
    yield Progress(
        QuizStore(database),
        bank.load_bank(),
        profile_id=lambda: profile,
        language=lambda: "en",
        now=lambda: NOW,
    )
    database.close()


def _attempt(progress: Progress, count: int = 2):  # type: ignore[no-untyped-def]
    lesson = progress.pack.lesson(LESSON)
    assert lesson is not None
    items = quiz.draw_lesson_quiz(lesson, 7)[:count]
    return progress.store.start_attempt(
        progress.profile_id, QuizKind.LESSON, items, seed=7, now=NOW, lesson_id=LESSON
    )


def test_the_overview_asks_for_quizzes_and_reports_accommodations(
    qtbot: QtBot, progress: Progress
) -> None:
    panel = OverviewPanel(progress, lambda: 100)
    qtbot.addWidget(panel)
    panel.set_accommodations(
        Accommodations(timer=False, minutes=20, extra_percent=0, practice=False)
    )
    panel.refresh()
    assert panel.lesson_combo.count() == len(progress.pack.lessons)
    assert panel.lesson_combo.itemText(0) == "1. What credit is — mastery 0%"
    with qtbot.waitSignal(panel.quiz_requested) as asked:
        qtbot.mouseClick(panel.lesson_button, Qt.MouseButton.LeftButton)
    assert asked.args == [QuizKind.LESSON, LESSON]
    with qtbot.waitSignal(panel.quiz_requested) as asked:
        qtbot.mouseClick(panel.final_button, Qt.MouseButton.LeftButton)
    assert asked.args == [QuizKind.FINAL, None]
    with qtbot.waitSignal(panel.accommodations_changed) as changed:
        panel.timer_check.setChecked(True)
    assert changed.args == [Accommodations(timer=True, minutes=20, extra_percent=0, practice=False)]
    assert panel.accommodations().time_limit_s() == 20 * 60
    with qtbot.waitSignal(panel.larger_text_changed) as larger:
        panel.larger_check.setChecked(True)
    assert larger.args == [True]


def test_the_quiz_panel_runs_an_attempt_and_says_when_it_is_done(
    qtbot: QtBot, progress: Progress
) -> None:
    panel = QuizPanel(progress)
    qtbot.addWidget(panel)
    panel.show()
    attempt = _attempt(progress, 1)
    assert panel.show_attempt(attempt)
    assert panel.position_label.text() == "Question 1 of 1"
    question = panel.current_question()
    assert question is not None and panel.panel.prompt.text() == question.prompt.en
    with qtbot.waitSignal(panel.overview_requested):
        qtbot.mouseClick(panel.quit_button, Qt.MouseButton.LeftButton)
    panel.show_attempt(attempt)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert panel.panel.error.isVisible()  # nothing chosen yet: asked again, not marked
    panel.panel.set_response(question.answer)  # type: ignore[arg-type]
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert panel.verdict_label.text() and panel.check_button.text() == "See my results"
    with qtbot.waitSignal(panel.quiz_finished) as finished:
        qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    assert finished.args == [attempt.id, False]


def test_the_report_panel_shows_a_finished_attempt(qtbot: QtBot, progress: Progress) -> None:
    attempt = _attempt(progress, 2)
    progress.store.finish_attempt(attempt.id, NOW)
    panel = ReportPanel(progress)
    qtbot.addWidget(panel)
    panel.show_report(progress.store.attempt(attempt.id), time_ran_out=True)
    assert panel.report_title.text() == "Results: Lesson quiz: What credit is"
    assert panel.report_total.text() == "Score: 0 of 2 points (0%)"
    assert panel.report_note.text() == "Time ran out: questions not answered count as 0."
    assert panel.lesson_table.item(0, 0).text() == "1. What credit is"
    with qtbot.waitSignal(panel.lesson_requested) as asked:
        qtbot.mouseClick(panel.study_buttons[0], Qt.MouseButton.LeftButton)
    assert asked.args == [LESSON]
    with qtbot.waitSignal(panel.overview_requested):
        qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
