"""Review my mistakes: a learner answers some questions wrongly, and the results list each one
with their answer, the right answer, the explanation and a button (reached by Tab) that opens
the lesson section that teaches it."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from duewise.content.model import Language, Question, QuestionType
from duewise.learning import shuffle
from duewise.learning.quiz import QuizItem, QuizKind
from duewise.ui.check.page import CheckPage
from duewise.ui.check.report_mistakes import MistakesList
from duewise.ui.learn.page import LearnPage

NOW = dt.datetime(2026, 3, 16, 12, 0)
DIGITS = [getattr(Qt.Key, f"Key_{i}") for i in range(1, 10)]


def _singles(page: CheckPage, count: int) -> list[Question]:
    """Single-choice questions from different lessons (so each mistake points elsewhere)."""
    found: dict[str, Question] = {}
    for question in page.progress.pack.questions:
        if question.type is QuestionType.SINGLE and question.lesson_id not in found:
            found[question.lesson_id] = question
    return list(found.values())[:count]


def _check_page(build_window, qtbot: QtBot, tmp_path: Path, language: str) -> tuple:  # type: ignore[no-untyped-def]
    context, window = build_window(tmp_path / "data", language)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.show_page("check")
    assert isinstance(page, CheckPage)
    page.ensure_loaded()
    return context, window, page


def _take_quiz(qtbot: QtBot, page: CheckPage, questions: list[Question], right: list[bool]) -> None:
    """Answer by keys: the right choice where ``right`` says so, the next one otherwise."""
    items = tuple(QuizItem(q.id, shuffle.choice_order(q, f"mistakes:{q.id}")) for q in questions)
    attempt = page.store.start_attempt(
        page.context.profile_id, QuizKind.REVIEW, items, seed=5, now=NOW
    )
    page._show_attempt(attempt)
    quiz = page.quiz_view
    for item, question, is_right in zip(items, questions, right, strict=True):
        qtbot.waitUntil(lambda q=question: quiz.current_question() is q)
        shown = item.order.index(question.answer)  # type: ignore[arg-type]
        key = shown if is_right else (shown + 1) % len(item.order)
        qtbot.keyClick(quiz.panel.buttons[0], DIGITS[key])
        qtbot.keyClick(quiz.panel.buttons[0], Qt.Key.Key_Return)  # check
        qtbot.keyClick(quiz.check_button, Qt.Key.Key_Return)  # next, or the results
    assert page.views.currentWidget() is page.report_view


def test_the_results_list_every_mistake_and_open_its_section(  # type: ignore[no-untyped-def]
    build_window, tmp_path: Path, qtbot: QtBot
) -> None:
    context, window, page = _check_page(build_window, qtbot, tmp_path, "en")
    questions = _singles(page, 3)
    _take_quiz(qtbot, page, questions, [False, True, False])
    mistakes: MistakesList = page.report_view.mistakes
    assert mistakes.isVisible()
    assert mistakes.heading.text() == "Review my mistakes"
    assert mistakes.summary.text() == "2 questions to look at again."
    assert [c.mistake.question for c in mistakes.cards] == [questions[0], questions[2]]
    for card, position in zip(mistakes.cards, (1, 3), strict=True):
        question = card.mistake.question
        order = shuffle.choice_order(question, f"mistakes:{question.id}")
        picked = order[(order.index(question.answer) + 1) % len(order)]  # type: ignore[arg-type]
        assert card.question_label.text() == f"Question {position}: {question.prompt.en}"
        assert card.yours_label.text() == f"✗ Your answer: {question.choices[picked].en} — wrong."
        right = question.choices[question.answer].en  # type: ignore[index]
        assert card.right_label.text() == f"✓ The right answer: {right}"
        assert card.why_label.text() == f"Why: {question.explanation.en}"
        lesson = page.pack.lesson(question.lesson_id)
        assert lesson is not None
        title = lesson.body(Language.EN).section(question.section)
        assert title is not None
        assert card.section_button.text() == f"Read about it: {title.title}"
        description = card.section_button.accessibleDescription()
        assert question.prompt.en in description and question.explanation.en in description
    # By keyboard: Tab from "Back to the overview" reaches each mistake's button, in order.
    page.report_view.back_button.setFocus(Qt.FocusReason.TabFocusReason)
    reached = []
    for _ in range(20):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    buttons = mistakes.buttons
    assert [w for w in reached if w in buttons][:2] == buttons
    assert reached.index(buttons[0]) < reached.index(buttons[1])
    # Space on the second mistake opens its lesson at the section that teaches it.
    buttons[1].setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(context.navigate_requested) as asked:
        qtbot.keyClick(buttons[1], Qt.Key.Key_Space)  # a push button is pressed with Space
    question = questions[2]
    assert asked.args == ["learn", {"lesson": question.lesson_id, "section": question.section}]
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), LearnPage))
    shown = window.stack.currentWidget()
    assert isinstance(shown, LearnPage)
    qtbot.waitUntil(lambda: shown.lesson is not None and shown.lesson.id == question.lesson_id)
    assert shown.current_section() is not None
    assert shown.current_section().id == question.section


def test_partly_right_and_unanswered_questions_are_listed_too(  # type: ignore[no-untyped-def]
    build_window, tmp_path: Path, qtbot: QtBot
) -> None:
    _, _, page = _check_page(build_window, qtbot, tmp_path, "en")
    multiple = next(
        q
        for q in page.progress.pack.questions
        if q.type is QuestionType.MULTIPLE and len(q.answer) == 2  # type: ignore[arg-type]
    )
    single = _singles(page, 1)[0]
    items = (
        QuizItem(multiple.id, tuple(range(len(multiple.choices)))),
        QuizItem(single.id, tuple(range(len(single.choices)))),
    )
    store = page.store
    attempt = store.start_attempt(page.context.profile_id, QuizKind.REVIEW, items, seed=1, now=NOW)
    ticked = (multiple.answer[0],)  # type: ignore[index]
    store.record_answer(
        attempt.id,
        0,
        question_id=multiple.id,
        objective=multiple.objective,
        lesson_id=multiple.lesson_id,
        response=ticked,
        score=Fraction(1, 2),
        now=NOW,
        elapsed_s=10,
    )
    store.finish_attempt(attempt.id, NOW)  # the time ran out before the second question
    page.report_view.show_report(store.attempt(attempt.id), time_ran_out=True)
    cards = page.report_view.mistakes.cards
    assert [c.mistake.question for c in cards] == [multiple, single]
    assert cards[0].yours_label.text() == (
        f"◐ Your answer: {multiple.choices[ticked[0]].en} — partly right, 1/2 of a point."
    )
    assert cards[1].yours_label.text() == "✗ Not answered (the time ran out)."


def test_a_clean_sheet_and_the_chinese_words(  # type: ignore[no-untyped-def]
    build_window, tmp_path: Path, qtbot: QtBot
) -> None:
    context, _, page = _check_page(build_window, qtbot, tmp_path, "zh_CN")
    questions = _singles(page, 2)
    _take_quiz(qtbot, page, questions, [True, False])
    mistakes = page.report_view.mistakes
    assert mistakes.heading.text() == "回顾我的错题"
    assert mistakes.summary.text() == "有 1 道题值得再看一遍。"
    card = mistakes.cards[0]
    assert card.question_label.text().startswith("第 2 题：")
    assert card.yours_label.text().startswith("✗ 你的答案：")
    assert card.right_label.text().startswith("✓ 正确答案：")
    assert card.why_label.text().startswith("原因：")
    assert card.section_button.text().startswith("去课程里看：")
    _take_quiz(qtbot, page, questions, [True, True])
    assert mistakes.cards == []
    assert mistakes.summary.text() == "没有错题：每道题都拿到了满分。"
    context.set_language("en", remember=False)
    assert mistakes.summary.text() == "No mistakes to review: every answer earned its full point."
