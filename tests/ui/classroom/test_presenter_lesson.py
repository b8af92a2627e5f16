"""A lesson on the projector opens its first section with the hook and shows its practice items
where they sit, without their answers (those are in the teacher notes)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from duewise.content.model import Language, QuestionType
from duewise.learning import bank, shuffle
from duewise.ui.classroom import printing
from duewise.ui.classroom.presenter import PresenterWindow


def _texts(presenter: PresenterWindow) -> list[str]:
    return [w.text() for w in presenter.content.findChildren(QLabel) if not w.isHidden()]


@pytest.mark.parametrize(
    ("language", "hook_word", "try_word"),
    [
        (Language.EN, "To start with:", "Try it (not marked)"),
        (Language.ZH, "开场问题：", "试一试（不计分）"),
    ],
)
def test_the_projected_lesson_shows_the_hook_and_the_practice_items(  # type: ignore[no-untyped-def]
    qtbot, language: Language, hook_word: str, try_word: str
) -> None:
    pack = bank.load_bank()
    lesson = pack.lesson("missed-payment")
    assert lesson is not None and lesson.hook is not None
    presenter = PresenterWindow(lesson, pack, language)
    qtbot.addWidget(presenter)
    assert hook_word not in _texts(presenter)  # the title slide: title, summary, objectives
    presenter.show_slide(1)  # the first section opens with the hook, before its text
    first = _texts(presenter)
    assert first[:2] == [hook_word, lesson.hook.get(language)]
    body = lesson.body(language)
    questions = {q.id: q for q in lesson.questions}
    shown_items = 0
    for number, section in enumerate(body.sections, start=1):
        presenter.show_slide(number)
        texts = _texts(presenter)
        items = [questions[block.question] for block in section.practice]
        assert texts.count(try_word) == len(items)
        for question in items:
            shown_items += 1
            text = next(t for t in texts if question.prompt.get(language) in t)
            order = shuffle.choice_order(question, printing.printout_seed(lesson, 1))
            if question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
                # the choices in the handout's order, lettered as on the paper
                for shown, original in enumerate(order):
                    choice = question.choices[original].get(language)
                    assert f"{printing.LETTERS[shown]}. {choice}" in text
            assert question.explanation.get(language) not in " ".join(texts)  # no answer given
    assert shown_items == sum(len(s.practice) for s in body.sections) >= 1
