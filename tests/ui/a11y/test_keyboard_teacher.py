"""The teacher's path by keyboard alone: Classroom — a learner added and switched to, the teacher
area unlocked with a new PIN, a class quiz started and shown on the projector, tallies typed,
the answer revealed, and the gradebook opened down to one learner's answers.

Every step is a key press on the focused widget (``keyboard_walk.Walk``); after each the focus
must be visible (on the projector the whole window is the focus), and each screen is gone round
with Tab and back with Shift+Tab.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

import keyboard_walk
import pytest
from keyboard_walk import Key, Mod
from PySide6.QtWidgets import QApplication

from duewise.learning import bank
from duewise.learning.quiz import QuizItem, QuizKind
from duewise.storage import profiles, quiz_store
from duewise.ui.classroom.page import ClassroomPage

PIN = "2468"
pytestmark = pytest.mark.usefixtures("fast_pin_hash")


def _answered_a_quiz(database, profile_id: int) -> None:  # type: ignore[no-untyped-def]
    """The learner took lesson 1's quiz on this computer earlier (two answers, one right)."""
    store = quiz_store.QuizStore(database)
    when = dt.datetime(2026, 3, 16, 20, 0, tzinfo=dt.UTC)
    lesson = bank.load_bank().lesson("what-is-credit")
    assert lesson is not None
    questions = [q for q in lesson.questions if isinstance(q.answer, int)][:2]
    items = [QuizItem(q.id, tuple(range(len(q.choices)))) for q in questions]
    attempt = store.start_attempt(
        profile_id, QuizKind.LESSON, items, seed=1, now=when, lesson_id="what-is-credit"
    )
    for position, (question, score) in enumerate(zip(questions, (1, 0), strict=True)):
        store.record_answer(
            attempt.id,
            position,
            question_id=question.id,
            objective=question.objective,
            lesson_id=question.lesson_id,
            response=question.answer,
            score=Fraction(score),
            now=when,
        )
    store.finish_attempt(attempt.id, when)


@pytest.mark.slow
def test_a_teacher_runs_a_class_quiz_by_keyboard(  # type: ignore[no-untyped-def]
    build_window, qapp, qtbot, tmp_path: Path, clock
) -> None:
    context, window, walk = keyboard_walk.start(build_window, qapp, qtbot, tmp_path / "data")

    # Classroom (Ctrl+5): the learners' tab.
    walk.go_to_page(5)
    page = window.pages["classroom"]
    assert isinstance(page, ClassroomPage)
    learners = walk.cycle()
    assert learners.reaches("New learner's name or nickname")
    assert learners.reaches("Export my results to a file")

    # A learner added (name, Enter) and switched to (Enter on the list).
    panel = page.profiles_panel
    walk.tab_to(panel.name_edit)
    walk.type("Zhang Wei")
    walk.press(Key.Key_Return)
    names = {p.name: p.id for p in profiles.list_profiles(context.database)}
    assert "Zhang Wei" in names
    walk.tab_to(panel.list, back=True)
    while panel.list.currentItem().text() != "Zhang Wei":
        walk.press(Key.Key_Down)
    walk.press(Key.Key_Return)
    assert context.profile_id == names["Zhang Wei"]
    assert "Zhang Wei" in panel.current_label.text()
    _answered_a_quiz(context.database, names["Zhang Wei"])

    # The teacher area: the tab bar's arrow, then a new PIN typed twice and Enter.
    walk.tab_to(lambda w: w is page.tabs.tabBar(), back=True)
    walk.press(Key.Key_Right)
    assert page.tabs.currentIndex() == 1
    lock = page.lock_panel
    walk.tab_to(lock.pin_edit)
    walk.type(PIN)
    walk.press(Key.Key_Return)  # on to the repeat field
    assert walk.focus is lock.repeat_edit
    walk.type(PIN)
    walk.press(Key.Key_Return)
    assert page.is_unlocked()
    # The recovery code is shown once, with the focus on it; Enter on "Done" puts it away.
    card = page.recovery_card
    assert card is not None and card.isVisible() and walk.focus is card.code_label
    walk.tab_to(card.done_button)
    walk.press(Key.Key_Return)
    assert not card.isVisible()
    tools = walk.cycle()
    assert tools.reaches("Lock the teacher area now")
    assert tools.reaches("Teacher tools") or tools.reaches("Present")

    # The class quiz tab, lesson 1, started with Enter.
    tabs = page.tools_tabs
    quiz = page.quiz_panel
    assert tabs is not None and quiz is not None
    walk.tab_to(lambda w: w is tabs.tabBar())
    while tabs.currentWidget() is not quiz:
        walk.press(Key.Key_Right)
    setup = walk.cycle()
    assert setup.reaches("Start")
    walk.tab_to(quiz.lesson_box)
    walk.press(Key.Key_Home)
    assert quiz.lesson_box.currentData() == "what-is-credit"
    walk.tab_to(quiz.start_button)
    walk.press(Key.Key_Return)
    assert quiz.run is not None and quiz.index == 0
    question = quiz.prompt.text()
    assert question

    # On the projector (F5): the presenter window takes the keyboard.
    with qtbot.waitSignal(quiz.presenter_started) as started:
        walk.press(Key.Key_F5)
    presenter = started.args[0]  # deleted by the panel once closed
    walk.wait(presenter.isActiveWindow)
    assert QApplication.focusWidget() is presenter
    assert presenter.prompt.text() == question
    # Tallies typed on the projector: ↓ chooses the option, digits type its count.
    walk.type("7")
    walk.press(Key.Key_Down)
    walk.type("12")
    assert [spin.value() for spin in quiz.spins[:2]] == [7, 12]
    assert not presenter.explanation.isVisible()
    # → reveals the answer: the right option marked, the tallies and the explanation shown.
    walk.press(Key.Key_Right)
    assert quiz.revealed
    assert presenter.explanation.isVisible()
    assert any(row.mark.text() == "✓" for row in presenter.rows)
    assert presenter.rows[0].count.text() == "7"
    # Esc leaves the projector; the keyboard is back on the main window.
    with qtbot.waitSignal(presenter.closed):
        walk.press(Key.Key_Escape)
    walk.wait(window.isActiveWindow)
    assert window.isAncestorOf(QApplication.focusWidget())
    assert quiz.revealed and quiz.explanation.text()

    # The gradebook: its tab, the table, Enter on a learner for their answers.
    gradebook = page.gradebook_panel
    assert gradebook is not None
    walk.tab_to(lambda w: w is tabs.tabBar(), back=True)
    while tabs.currentWidget() is not gradebook:
        walk.press(Key.Key_Right)
    table = walk.tab_to(gradebook.table)
    model = table.model()
    rows = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    assert any("Zhang Wei" in row for row in rows)
    while "Zhang Wei" not in str(model.index(table.currentIndex().row(), 0).data()):
        walk.press(Key.Key_Down)
    walk.press(Key.Key_Return)
    assert gradebook.details.isVisible()
    assert "Zhang Wei" in gradebook.details_heading.text()
    assert gradebook.details_table.rowCount() == 2
    # Esc closes them, as a dialog: from the table, or from the answers, back to the table.
    walk.press(Key.Key_Escape)
    assert not gradebook.details.isVisible()
    walk.press(Key.Key_Return)
    walk.tab_to(gradebook.details_table)
    walk.press(Key.Key_Escape)
    assert not gradebook.details.isVisible()
    assert walk.focus is gradebook.table
    grading = walk.cycle()
    assert grading.reaches("Gradebook") or grading.reaches("GradebookPanel.table")
    # Ctrl+L, anywhere on the page, locks the area again.
    walk.tab_to(gradebook.table)
    walk.press(Key.Key_L, Mod.ControlModifier)
    assert not page.is_unlocked()
    assert walk.problems == [], "\n".join(walk.problems)
