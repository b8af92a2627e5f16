"""The learner's path by keyboard alone: Learn, a lesson from the list, read it, its quiz, feedback.

Every step is a key press on the focused widget (``keyboard_walk.Walk``); after each the focus
must be visible, and on each screen Tab goes round the page and back to the navigation while
Shift+Tab goes the same way back.

Glossary terms are Tab stops (``ui/common/lesson_links``): the reader's Tab cycle goes through
them, both ways.
"""

from __future__ import annotations

from pathlib import Path

import keyboard_walk
import pytest
from keyboard_walk import Key, Mod, Walk, named
from PySide6.QtWidgets import QApplication

from duewise.ui.check.page import CheckPage
from duewise.ui.learn.page import LearnPage


@pytest.mark.slow
def test_a_learner_reads_a_lesson_and_takes_its_quiz_by_keyboard(  # type: ignore[no-untyped-def]
    build_window, qapp, qtbot, tmp_path: Path
) -> None:
    # A small laptop: sections are longer than the window.
    size = (1024, 600)
    _, window, walk = keyboard_walk.start(build_window, qapp, qtbot, tmp_path / "data", size=size)

    # Learn (Ctrl+1): the list of lessons, once they are read.
    walk.go_to_page(2)
    walk.go_to_page(1)
    page = window.pages["learn"]
    assert isinstance(page, LearnPage)
    walk.wait(lambda: page.loaded and page.lesson_list.lesson_rows)
    assert page.title.text() == "Learn"
    lesson_list = walk.cycle()
    assert lesson_list.reaches("Open lesson 1: What credit is")
    assert lesson_list.reaches("Open lesson 12:")

    # Pick lesson 1 from the list: Tab to its Open button, Space.
    walk.tab_to(named("Open lesson 1: What credit is"))
    walk.press(Key.Key_Space)
    reader = page.reader
    assert reader is not None and reader.isVisible()
    assert reader.lesson_title.text() == "Lesson 1: What credit is"
    total = len(reader.lesson.section_ids)
    assert reader.position_label.text() == f"Section 1 of {total}"
    # The focus went on into the lesson (not back to the navigation with the hidden button).
    assert walk.focus is reader.section_list
    assert reader.section_list.currentItem().text().startswith("✓ 1. ")

    # The reader's own order: back, the sections, the text and its terms, previous/next, and
    # round; Shift+Tab the same way back.
    reading = walk.cycle()
    assert reading.reaches("Back to all lessons")
    assert reading.reaches("Sections of this lesson")
    assert reading.reaches("Next section")

    # Read it: the page scrolls with the arrow keys once Tab reaches it.
    walk.tab_to(page.scroll_area)
    bar = page.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0  # the section is longer than the window
    for _ in range(5):
        walk.press(Key.Key_Down)
    assert bar.value() > 0
    walk.press(Key.Key_End, Mod.ControlModifier)
    # Page Down turns to the next section, from its top.
    walk.press(Key.Key_PageDown)
    assert reader.position_label.text() == f"Section 2 of {total}"
    assert reader.section_heading is not None
    assert reader.section_heading.text() == reader.current_section().title
    # (Ask the scroll area again: turning the section can leave the old Python wrapper of its
    # scroll bar invalid, though the bar itself lives on.)
    assert page.scroll_area.verticalScrollBar().value() == 0
    # The section list moves with the arrows; Alt+N (Next) and Alt+P (Previous) anywhere.
    walk.press(Key.Key_N, Mod.AltModifier)
    assert reader.position_label.text() == f"Section 3 of {total}"
    walk.press(Key.Key_P, Mod.AltModifier)
    assert reader.position_label.text() == f"Section 2 of {total}"
    # Alt+A: back to all lessons, the focus on the lesson just read; Enter opens it again.
    walk.press(Key.Key_A, Mod.AltModifier)
    assert page.lesson_list.isVisible() and not reader.isVisible()
    assert walk.focus is page.lesson_list.lesson_rows[reader.lesson.id]["button"]
    assert (
        f"Read 3 of {total} sections"
        in page.lesson_list.lesson_rows[reader.lesson.id]["progress"].text()
    )
    walk.press(Key.Key_Return)
    assert reader.isVisible() and reader.position_label.text() == f"Section 2 of {total}"
    assert walk.focus is reader.section_list
    walk.press(Key.Key_End)
    assert reader.position_label.text() == f"Section {total} of {total}"
    assert reader.quiz_frame.isVisible()
    assert "You have reached the end of this lesson" in reader.quiz_text.text()

    # Its quiz: Tab to "Take the quiz", Enter; the Check page opens on the lesson quiz.
    walk.tab_to(reader.quiz_button)
    walk.press(Key.Key_Return)
    check = window.pages["check"]
    assert isinstance(check, CheckPage)
    walk.wait(check.quiz_view.isVisible)
    quiz = check.quiz_view
    assert quiz.quiz_title.text().startswith("Lesson quiz")
    count = len(quiz.attempt.items)
    assert quiz.position_label.text() == f"Question 1 of {count}"
    asking = walk.cycle()
    assert asking.reaches("Check answer") and asking.reaches("Quit for now")

    for number in range(1, count + 1):
        assert quiz.position_label.text() == f"Question {number} of {count}"
        walk.tab_to(quiz.panel)
        _answer(walk, quiz.panel)
        walk.press(Key.Key_Return)  # check the answer
        # Feedback: the verdict in words, the explanation, where to read about it.
        assert quiz.feedback_card.isVisible()
        verdict = quiz.verdict_label.text()
        # In words and a symbol, never by colour alone.
        assert verdict in ("✓ Right!", "✗ Not right.") or verdict.startswith("◐ Partly right")
        assert quiz.explanation_label.text()
        assert quiz.section_button.text().startswith("Read about it:")
        if number == 1:
            feedback = walk.cycle()
            assert feedback.reaches("Read the lesson section that teaches this")
            walk.tab_to(quiz.check_button)
        assert walk.focus is quiz.check_button
        walk.press(Key.Key_Return)  # next question, or the results
    # The results: the score and what to study next, the focus on the way back.
    report = check.report_view
    assert report.isVisible()
    assert report.report_title.text() == "Results: Lesson quiz: What credit is"
    assert "%" in report.report_total.text()
    assert walk.focus is report.back_button
    results = walk.cycle()
    assert results.reaches("Back to the overview")
    assert walk.problems == [], "\n".join(walk.problems)


def _answer(walk: Walk, panel) -> None:  # type: ignore[no-untyped-def]
    """Answer the question on screen with keys: the first choice, a number, or the order shown."""
    from duewise.content.model import QuestionType

    kind = panel.question.type
    if kind is QuestionType.NUMERIC:
        walk.type("100")
    elif kind is QuestionType.ORDERING:
        walk.press(Key.Key_Down, Mod.AltModifier)  # move the first item down one place
    else:
        walk.press(Key.Key_1)


def test_shift_tab_leaves_a_paragraph_that_starts_with_a_term(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from duewise.ui.common.lesson_text import Glossary, LessonText

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    before, after = QPushButton("before", box), QPushButton("after", box)
    text = LessonText(Glossary(box), box)
    text.set_lesson_markdown("[Credit](https://example.org/credit) is borrowed money.")
    for widget in (before, text, after):
        layout.addWidget(widget)
    box.show()
    box.activateWindow()
    qtbot.waitUntil(box.isActiveWindow)
    after.setFocus()
    met = []
    for _ in range(4):  # onto the link (and the text, if it is a stop), then out again
        qtbot.keyClick(QApplication.focusWidget(), Key.Key_Backtab, Mod.ShiftModifier)
        met.append(QApplication.focusWidget())
        if met[-1] is before:
            break
        assert len(met) < 2 or met[-1] is not met[-2], "Shift+Tab stays on the same stop"
    assert met[-1] is before, met


def test_the_lesson_text_comes_before_the_section_buttons(  # type: ignore[no-untyped-def]
    build_window, qapp, qtbot, tmp_path: Path
) -> None:
    _, window = build_window(tmp_path / "data", "en")
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page("learn")
    qtbot.waitUntil(lambda: page.loaded)
    page.open_lesson("what-is-credit")
    walk = Walk(qapp, qtbot, window)
    walk.tab_to(page.reader.section_list)
    walk.press(Key.Key_Tab)
    assert walk.focus in page.reader.block_widgets or any(
        w.isAncestorOf(walk.focus) for w in page.reader.block_widgets
    )
