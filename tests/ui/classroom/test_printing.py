"""Printed worksheets and answer keys: the lesson quiz's questions, choices shuffled per printout,
key letters that match the sheet, spread over the letters; teacher notes; no internal text."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from duewise.content.model import Language, Pool, QuestionType
from duewise.learning import bank, quiz, shuffle
from duewise.ui.classroom import printing

pytestmark = pytest.mark.usefixtures("qapp")

_ROW = re.compile(r"<b>([A-F])\. ")


def _printed_choices(body: str) -> list[list[str]]:
    """The choice lines of each question of a worksheet body, as printed."""
    questions = body.split("<p><b>")[1:]
    return [re.findall(r"[○☐_]+ ([A-F])\. ([^<]*)", q) for q in questions]  # type: ignore[misc]


@pytest.mark.parametrize("language", [Language.ZH, Language.EN])
def test_the_key_follows_the_printed_order(language: Language) -> None:
    pack = bank.load_bank()
    for lesson in pack.lessons:
        asked = quiz.lesson_quiz_questions(lesson)
        sheet = printing.worksheet(lesson, language).body
        key = printing.answer_key(lesson, pack, language).body
        printed = _printed_choices(sheet)
        assert len(printed) == len(asked), lesson.id
        assert all(q.pool in (Pool.LESSON, Pool.DIAGNOSTIC) for q in asked)
        seed = printing.printout_seed(lesson, 1)
        for question, lines in zip(asked, printed, strict=True):
            order = shuffle.choice_order(question, seed)
            if question.type is QuestionType.SINGLE:
                assert isinstance(question.answer, int)
                letter = "ABCDEF"[order.index(question.answer)]
                right = printing.escape(question.choices[question.answer].get(language))
                assert (letter, right) in [(a, b.strip()) for a, b in lines], question.id
                assert f"{letter}. " in printing.answer_text(question, language, order)
        # the same printout twice: the same order (a key printed tomorrow still matches)
        assert printing.worksheet(lesson, language).body == sheet
        assert "(" + lesson.objectives[0].id + ")" not in key  # no objective ids on paper


def test_printed_keys_spread_over_the_letters() -> None:
    pack = bank.load_bank()
    letters: Counter[str] = Counter()
    for lesson in pack.lessons:
        for question in quiz.lesson_quiz_questions(lesson):
            if question.type is QuestionType.SINGLE:
                order = shuffle.choice_order(question, printing.printout_seed(lesson, 1))
                assert isinstance(question.answer, int)
                letters["ABCDEF"[order.index(question.answer)]] += 1
    total = sum(letters.values())
    assert set("ABCD") <= set(letters)
    assert max(letters.values()) <= 0.40 * total, letters


def test_teacher_notes_hold_the_plan_and_the_practice_answers() -> None:
    pack = bank.load_bank()
    lesson = pack.lesson("missed-payment")
    assert lesson is not None and lesson.teacher_notes is not None
    notes = printing.documents("teacher_notes", lesson, pack, Language.ZH)[0]
    assert notes.title == "错过一次还款会怎样 — 教师备课笔记"
    for heading in ("课堂安排", "讨论题", "常见误解", "离堂小测", "练习题答案"):
        assert heading in notes.body
    assert printing.escape(lesson.teacher_notes.timing[0].activity.zh) in notes.body
    practice = [q for q in lesson.questions if q.pool is Pool.PRACTICE]
    assert practice and all(printing.escape(q.prompt.zh) in notes.body for q in practice)
    handout = printing.handout(lesson, Language.EN).body
    assert "Try it (not marked)" in handout and printing.escape(lesson.hook.en) in handout  # type: ignore[union-attr]
    assert "credit-rules.md" not in handout and "[W]" not in handout


@pytest.mark.parametrize("language", [Language.ZH, Language.EN])
def test_the_answer_key_has_no_fields_for_a_pupil(language: Language) -> None:
    """The key is the teacher's: no Name / Class / Date lines, which the worksheet keeps."""
    pack = bank.load_bank()
    lesson = pack.lesson("missed-payment")
    assert lesson is not None
    fields = [f"{printing.word(key, language)}: ___" for key in ("name", "class", "date")]
    sheet = printing.worksheet(lesson, language).body
    key = printing.answer_key(lesson, pack, language).body
    assert all(field in sheet for field in fields)
    assert not [field for field in fields if field in key]
    assert printing.word("version", language).replace("%1", "1") in key  # still says which sheet
