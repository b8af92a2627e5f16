"""The class quiz marks the right answer with a symbol and words, not by colour alone, on the
teacher's screen and on the projector, and says the reveal to a screen reader.

Acted as a teacher: tallies typed into the count fields, the answer revealed with the button;
the assertions read the words shown and the announcement sent.
"""

from __future__ import annotations

import pytest
from classroom_helpers import open_page, start_class_quiz, unlock
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent

from duewise.content.model import QuestionType

pytestmark = pytest.mark.usefixtures("fast_pin_hash")

WORDS = {
    "en": {
        "right": "✓ Correct answer",
        "answer": "Answer: ",
        "share": "{}% of the class answered right.",
        "true": "True",
        "false": "False",
    },
    "zh_CN": {
        "right": "✓ 正确答案",
        "answer": "答案：",
        "share": "全班有 {}% 的人答对。",
        "true": "对",
        "false": "错",
    },
}


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What DueWise announces (Qt passes it on to a screen reader when one runs)."""
    found: list[str] = []

    def record(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            found.append(event.message())

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return found


def _start(qtbot, page, *, teams: bool = False):  # type: ignore[no-untyped-def]
    return start_class_quiz(qtbot, page, teams=2 if teams else 0, countdown=0)


def _right_rows(quiz) -> list[int]:  # type: ignore[no-untyped-def]
    question = quiz.current_question()
    return [row for row, (_, o) in enumerate(quiz.shown_options(question)) if o.correct]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_reveal_marks_the_right_answer_in_words_and_says_it(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, clock, said, *, language
) -> None:
    words = WORDS[language]
    _, _, page = open_page(build_window, tmp_path / "data", language)
    unlock(qtbot, page)
    quiz = _start(qtbot, page)
    question = quiz.current_question()
    assert question is not None and question.type is QuestionType.SINGLE
    right = _right_rows(quiz)
    assert len(right) == 1
    # Before the reveal no option is marked (that would give the answer away).
    assert not any("✓" in label.text() for label in quiz.option_labels)
    assert not any("✓" in spin.accessibleName() for spin in quiz.spins)

    quiz.set_counts([10, 2, 3, 1])  # per option in the written order
    said.clear()
    qtbot.mouseClick(quiz.reveal_button, Qt.MouseButton.LeftButton)
    for row, (label, spin) in enumerate(zip(quiz.option_labels, quiz.spins, strict=True)):
        if row in right:
            assert label.text().endswith(" — " + words["right"])
            assert label.text().startswith("ABCD"[row] + ". ")
            assert spin.accessibleName().endswith(" — " + words["right"])
        else:
            assert "✓" not in label.text() and "✗" not in label.text()
    # The answer appears away from the focus (on the count fields): it is announced, once.
    assert len(said) == 1
    message = said[0]
    answer = quiz.answer_label.text()
    assert answer.startswith(words["answer"]) and message.startswith(answer)
    share = round(100 * [10, 2, 3, 1][question.answer] / 16)
    assert words["share"].format(share) in message
    assert message.endswith(" ".join(quiz.explanation.text().split()))

    # True/false: the right one of the two says so in words too.
    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    second = quiz.current_question()
    assert second is not None and second.type is QuestionType.TRUE_FALSE
    quiz.set_counts([5, 15])
    qtbot.mouseClick(quiz.reveal_button, Qt.MouseButton.LeftButton)
    right_word = words["true"] if second.answer is True else words["false"]
    texts = [label.text() for label in quiz.option_labels]
    assert f"{right_word} — {words['right']}" in texts
    assert sum("✓" in text for text in texts) == 1
    assert said[-1].startswith(words["answer"] + right_word)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_projector_says_which_answer_is_right_in_words(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, clock, *, language
) -> None:
    words = WORDS[language]
    _, _, page = open_page(build_window, tmp_path / "data", language)
    unlock(qtbot, page)
    quiz = _start(qtbot, page)
    with qtbot.waitSignal(quiz.presenter_started) as started:
        qtbot.mouseClick(quiz.present_button, Qt.MouseButton.LeftButton)
    presenter = started.args[0]
    qtbot.addWidget(presenter)
    right = _right_rows(quiz)
    assert all(not row.words.text() and row.words.isHidden() for row in presenter.rows)
    quiz.set_counts([10, 2, 3, 1])
    qtbot.keyClick(presenter, Qt.Key.Key_R)
    assert quiz.revealed
    for k, row in enumerate(presenter.rows):
        if k in right:
            assert row.mark.text() == "✓" and row.property("answer") == "right"
            assert row.words.text() == words["right"] and not row.words.isHidden()
        else:
            assert not row.words.text() and row.words.isHidden()
    # Team mode marks the right answer just the same; the scoreboard at the end has no marks.
    presenter.close()
    qtbot.mouseClick(quiz.stop_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.new_button, Qt.MouseButton.LeftButton)
    quiz = _start(qtbot, page, teams=True)
    qtbot.mouseClick(quiz.reveal_button, Qt.MouseButton.LeftButton)
    marked = [label.text().endswith(" — " + words["right"]) for label in quiz.option_labels]
    assert [k for k, m in enumerate(marked) if m] == _right_rows(quiz)
    presenter = quiz.present()
    qtbot.addWidget(presenter)
    assert [row.words.text() == words["right"] for row in presenter.rows] == marked
    qtbot.mouseClick(quiz.stop_button, Qt.MouseButton.LeftButton)
    assert presenter.rows and all(row.words.isHidden() for row in presenter.rows)
    presenter.close()
