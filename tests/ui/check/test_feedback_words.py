"""After a quiz answer every choice that was picked or is right says so with a symbol and words,
not by colour alone; the feedback and any error are announced to screen readers.

Driven as a learner: keys 1–6 pick a choice, Enter checks; the assertions read what is shown.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from pytestqt.qtbot import QtBot

from duewise.content.model import Question, QuestionType
from duewise.learning import bank, shuffle
from duewise.learning.quiz import QuizItem, QuizKind
from duewise.storage import db
from duewise.storage.quiz_store import QuizStore
from duewise.ui.check.page import CheckPage
from duewise.ui.check.progress import Progress
from duewise.ui.check.quiz_panel import QuizPanel

NOW = dt.datetime(2026, 3, 16, 12, 0)
DIGITS = [getattr(Qt.Key, f"Key_{i}") for i in range(1, 10)]
Polite = QAccessible.AnnouncementPoliteness.Polite
Assertive = QAccessible.AnnouncementPoliteness.Assertive


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, QAccessible.AnnouncementPoliteness]]:
    """What DueWise announces (Qt passes it on to a screen reader when one runs)."""
    found: list = []

    def record(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            found.append((event.message(), event.politeness()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return found


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


def _first(progress: Progress, qtype: QuestionType, *, keys: int = 1) -> Question:
    return next(
        q
        for q in progress.pack.questions
        if q.type is qtype and (qtype is not QuestionType.MULTIPLE or len(q.answer) >= keys)  # type: ignore[arg-type]
    )


def _quiz(qtbot: QtBot, progress: Progress, questions: list[Question]) -> QuizPanel:
    items = tuple(QuizItem(q.id, shuffle.choice_order(q, f"test:{q.id}")) for q in questions)
    attempt = progress.store.start_attempt(
        progress.profile_id, QuizKind.REVIEW, items, seed=3, now=NOW
    )
    panel = QuizPanel(progress)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.show_attempt(attempt)
    _shown(qtbot, panel)
    return panel


def _shown(qtbot: QtBot, panel: QuizPanel) -> None:
    """New choices appear on the next turn of the event loop (as a layout shows them)."""
    qtbot.waitUntil(lambda: all(b.isVisible() for b in panel.panel.buttons))


def _marks(panel: QuizPanel) -> list[str]:
    return [m.text() if m.isVisible() else "" for m in panel.panel.marks]


def test_a_wrong_single_choice_shows_which_was_yours_and_which_was_right(
    qtbot: QtBot, progress: Progress, said: list
) -> None:
    question = _first(progress, QuestionType.SINGLE)
    panel = _quiz(qtbot, progress, [question])
    order = panel.panel.item.order  # type: ignore[union-attr]
    right_row = order.index(question.answer)  # type: ignore[arg-type]
    wrong_row = (right_row + 1) % len(order)
    target = panel.panel.buttons[0]
    qtbot.keyClick(target, Qt.Key.Key_Return)  # nothing picked yet: said at once
    assert said == [("Choose an answer first.", Assertive)]
    qtbot.keyClick(target, DIGITS[wrong_row])
    qtbot.keyClick(target, Qt.Key.Key_Return)
    marks = _marks(panel)
    assert marks[wrong_row] == "✗ Your answer — wrong"
    assert marks[right_row] == "✓ Correct answer"
    assert [m for k, m in enumerate(marks) if k not in (wrong_row, right_row)] == [""] * (
        len(order) - 2
    )
    wrong_label = panel.panel.marks[wrong_row]
    assert wrong_label.property("role") == "error"  # and in the error colour
    names = [b.accessibleName() for b in panel.panel.buttons]
    assert names[wrong_row].endswith("— ✗ Your answer — wrong")
    assert names[right_row].endswith("— ✓ Correct answer")
    assert panel.verdict_label.text() == "✗ Not right."
    right_words = question.choices[question.answer].en  # type: ignore[index]
    assert panel.right_answer_label.text() == f"The right answer: {right_words}"
    assert said[1:] == [
        (
            f"✗ Not right. The right answer: {right_words} {question.explanation.en}",
            Polite,
        )
    ]


def test_right_answers_say_so_and_partial_ticks_say_what_was_missed(
    qtbot: QtBot, progress: Progress, said: list
) -> None:
    single = _first(progress, QuestionType.SINGLE)
    multiple = _first(progress, QuestionType.MULTIPLE, keys=2)
    panel = _quiz(qtbot, progress, [single, multiple])
    order = panel.panel.item.order  # type: ignore[union-attr]
    right_row = order.index(single.answer)  # type: ignore[arg-type]
    qtbot.keyClick(panel.panel.buttons[0], DIGITS[right_row])
    qtbot.keyClick(panel.panel.buttons[0], Qt.Key.Key_Return)
    assert _marks(panel)[right_row] == "✓ Your answer — right"
    assert sum(bool(m) for m in _marks(panel)) == 1
    assert panel.verdict_label.text() == "✓ Right!"
    assert said[-1] == (f"✓ Right! {single.explanation.en}", Polite)
    qtbot.keyClick(panel.check_button, Qt.Key.Key_Return)  # next question
    _shown(qtbot, panel)
    order = panel.panel.item.order  # type: ignore[union-attr]
    keys = set(multiple.answer)  # type: ignore[arg-type]
    ticked = next(k for k, o in enumerate(order) if o in keys)
    qtbot.keyClick(panel.panel.buttons[0], DIGITS[ticked])
    qtbot.keyClick(panel.panel.buttons[0], Qt.Key.Key_Return)
    marks = _marks(panel)
    for k, original in enumerate(order):
        expected = (
            "✓ Your answer — right"
            if k == ticked
            else "✓ Correct answer"
            if original in keys
            else ""
        )
        assert marks[k] == expected
    assert panel.verdict_label.text().startswith("◐ Partly right: 1/")


def test_numbers_and_orders_are_marked_too(qtbot: QtBot, progress: Progress) -> None:
    numeric = _first(progress, QuestionType.NUMERIC)
    ordering = _first(progress, QuestionType.ORDERING)
    true_false = _first(progress, QuestionType.TRUE_FALSE)
    panel = _quiz(qtbot, progress, [numeric, ordering, true_false])
    edit = panel.panel.number_edit
    qtbot.keyClicks(edit, "999999")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert panel.panel.number_mark.isVisible()
    assert panel.panel.number_mark.text() == "✗ Your answer — wrong"
    qtbot.keyClick(panel.check_button, Qt.Key.Key_Return)
    # The order as drawn is checked as it stands (a wrong order unless the draw was right).
    order_list = panel.panel.order_list
    qtbot.keyClick(order_list, Qt.Key.Key_Return)
    answer = list(ordering.answer)  # type: ignore[arg-type]
    for row in range(order_list.count()):
        original = int(order_list.item(row).data(Qt.ItemDataRole.UserRole))
        text = order_list.item(row).text()
        if answer.index(original) == row:
            assert text.endswith("— ✓ In the right place")
        else:
            assert text.endswith(f"— ✗ Belongs at number {answer.index(original) + 1}")
    qtbot.keyClick(panel.check_button, Qt.Key.Key_Return)
    _shown(qtbot, panel)
    wrong_row = 1 if true_false.answer is True else 0
    qtbot.keyClick(panel.panel.buttons[0], DIGITS[wrong_row])
    qtbot.keyClick(panel.panel.buttons[0], Qt.Key.Key_Return)
    assert _marks(panel)[wrong_row] == "✗ Your answer — wrong"
    assert _marks(panel)[1 - wrong_row] == "✓ Correct answer"


def test_the_marks_are_worded_in_chinese(build_window, tmp_path: Path, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    context, window = build_window(tmp_path / "data", "zh_CN")
    window.show()
    page = window.show_page("check")
    assert isinstance(page, CheckPage)
    page.ensure_loaded()
    question = _first(page.progress, QuestionType.SINGLE)
    items = (QuizItem(question.id, shuffle.choice_order(question, "zh")),)
    attempt = page.store.start_attempt(context.profile_id, QuizKind.REVIEW, items, seed=1, now=NOW)
    page._show_attempt(attempt)
    panel = page.quiz_view
    _shown(qtbot, panel)
    order = items[0].order
    right_row = order.index(question.answer)  # type: ignore[arg-type]
    wrong_row = (right_row + 1) % len(order)
    qtbot.keyClick(panel.panel.buttons[0], DIGITS[wrong_row])
    qtbot.keyClick(panel.panel.buttons[0], Qt.Key.Key_Return)
    assert _marks(panel)[wrong_row] == "✗ 你的选择（错误）"
    assert _marks(panel)[right_row] == "✓ 正确答案"
    assert panel.verdict_label.text() == "✗ 答错了。"
    context.set_language("en", remember=False)  # the marks follow the language
    assert _marks(panel)[wrong_row] == "✗ Your answer — wrong"
