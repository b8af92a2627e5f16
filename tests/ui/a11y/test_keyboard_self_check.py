"""The self-assessor's path by keyboard alone: Check yourself — the diagnostic test, every
question answered, the results read, and the progress charts' tables afterwards.

Every step is a key press on the focused widget (``keyboard_walk.Walk``); after each the focus
must be visible, and each screen is gone round with Tab and back with Shift+Tab.
"""

from __future__ import annotations

from pathlib import Path

import keyboard_walk
import pytest
from keyboard_walk import Key, Mod, Walk

from duewise.content.model import QuestionType
from duewise.ui.check.page import CheckPage


def _answer(walk: Walk, panel) -> None:  # type: ignore[no-untyped-def]
    """Answer with keys: the first choice (1), a number, or the first item moved down."""
    kind = panel.question.type
    if kind is QuestionType.NUMERIC:
        walk.type("1,000")
    elif kind is QuestionType.ORDERING:
        walk.press(Key.Key_Down, Mod.AltModifier)
    else:
        walk.press(Key.Key_1)


@pytest.mark.slow
def test_a_diagnostic_test_by_keyboard(build_window, qapp, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, window, walk = keyboard_walk.start(build_window, qapp, qtbot, tmp_path / "data")

    # Check yourself (Ctrl+2): the overview, round with Tab.
    walk.go_to_page(2)
    page = window.pages["check"]
    assert isinstance(page, CheckPage)
    walk.wait(lambda: page.overview.isVisible() and page.overview.lesson_combo.count() > 0)
    overview = walk.cycle()
    assert overview.reaches("Diagnostic test")
    assert overview.reaches("Score (%): show the data as a table")
    assert overview.reaches("Mastery (%): show the data as a table")

    # The diagnostic test, with Enter.
    walk.tab_to(page.overview.diagnostic_button)
    walk.press(Key.Key_Return)
    quiz = page.quiz_view
    walk.wait(quiz.isVisible)
    assert quiz.quiz_title.text() == "Diagnostic test"
    count = len(quiz.attempt.items)
    assert count >= 5
    kinds = set()
    for number in range(1, count + 1):
        assert quiz.position_label.text() == f"Question {number} of {count}"
        assert quiz.panel.prompt.text()
        assert not quiz.panel.meta.isVisible()  # a test does not give the objective away
        kinds.add(quiz.panel.question.type)
        # The answer controls have the focus when a question comes up.
        assert quiz.panel.isAncestorOf(walk.focus)
        _answer(walk, quiz.panel)
        walk.press(Key.Key_Return)  # check
        assert quiz.feedback_card.isVisible() and quiz.verdict_label.text()
        assert walk.focus is quiz.check_button
        walk.press(Key.Key_Return)  # next, or the results
    assert len(kinds) >= 2  # more than one kind of question was answered by keys

    # The results: score, the lessons to study next, per lesson and per objective.
    report = page.report_view
    assert report.isVisible()
    assert report.report_title.text() == "Results: Diagnostic test"
    assert "%" in report.report_total.text()
    assert report.lesson_table.rowCount() > 0 and report.objective_table.rowCount() > 0
    results = walk.cycle()
    assert results.reaches("Score per lesson") and results.reaches("Score per objective")
    walk.tab_to(report.objective_table)
    walk.press(Key.Key_Down)
    assert report.objective_table.currentRow() >= 0

    # Back to the overview: the score chart now has one quiz, read as a table.
    walk.tab_to(report.back_button)
    walk.press(Key.Key_Return)
    assert page.overview.isVisible()
    chart = page.overview.score_chart
    walk.tab_to(chart.text_alternative.toggle)
    assert chart.summary().startswith("Score (%): Finished quizzes: 1;")
    walk.press(Key.Key_Space)
    walk.press(Key.Key_Tab)
    assert walk.focus is chart.text_alternative.view
    model = chart.text_alternative.model
    assert model.rowCount() == 1 and model.index(0, 0).data() == "1"
    assert walk.problems == [], "\n".join(walk.problems)
