"""Answers in words, and the marks a checked answer puts on each choice (symbol and words, never
colour alone: WCAG 2.2 SC 1.4.1).

Shared by the quiz on screen (:mod:`duewise.ui.common.question_panel`), the practice items of a
lesson and the "review my mistakes" list of Check yourself, so the three word an answer alike.
Texts are translated in the ``AnswerWords`` context.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QCoreApplication

from duewise import formatting
from duewise.content.model import Language, Question, QuestionType
from duewise.learning.grading import Grade, Response
from duewise.ui.common.app_language import lesson_language


class Mark(Enum):
    """What a checked answer says about one choice."""

    YOURS_RIGHT = "yours_right"  # picked, and right
    YOURS_WRONG = "yours_wrong"  # picked, and wrong
    RIGHT = "right"  # not picked, but right (the one to have picked)

    @property
    def is_wrong(self) -> bool:
        """Shown in the error colour (as well as with its symbol and words)."""
        return self is Mark.YOURS_WRONG


def mark_text(mark: Mark) -> str:
    """``✓ Your answer — right``, ``✗ Your answer — wrong`` or ``✓ Correct answer``."""
    if mark is Mark.YOURS_RIGHT:
        return QCoreApplication.translate("AnswerWords", "✓ Your answer — right")
    if mark is Mark.YOURS_WRONG:
        return QCoreApplication.translate("AnswerWords", "✗ Your answer — wrong")
    return QCoreApplication.translate("AnswerWords", "✓ Correct answer")


def choice_marks(
    question: Question, response: Response | None, order: Sequence[int]
) -> list[Mark | None]:
    """The mark of each choice as shown (``order[k]`` is the choice on row ``k``; true/false:
    row 0 is *True*); ``None`` for a choice neither picked nor right."""
    answer = question.answer
    if question.type is QuestionType.TRUE_FALSE:
        rows: list[object] = [True, False]
        picked = {response} if isinstance(response, bool) else set()
        right = {answer}
    elif question.type in (QuestionType.SINGLE, QuestionType.MULTIPLE):
        rows = list(order)
        picked = set(_indices(response))
        right = set(_indices(answer))
    else:
        return []
    marks: list[Mark | None] = []
    for value in rows:
        if value in picked:
            marks.append(Mark.YOURS_RIGHT if value in right else Mark.YOURS_WRONG)
        else:
            marks.append(Mark.RIGHT if value in right else None)
    return marks


def _indices(value: object) -> tuple[int, ...]:
    if isinstance(value, bool):
        return ()
    if isinstance(value, int):
        return (value,)
    if isinstance(value, tuple):
        return tuple(i for i in value if isinstance(i, int))
    return ()


def order_marks(question: Question, response: Response | None) -> list[str]:
    """For an ordering answer: per item as placed, ``✓ In the right place`` or ``✗ Belongs at
    number N``."""
    answer = question.answer
    if not isinstance(answer, tuple) or not isinstance(response, tuple):
        return []
    place = {item: k for k, item in enumerate(answer)}
    words = []
    for k, item in enumerate(response):
        if place.get(item) == k:
            words.append(QCoreApplication.translate("AnswerWords", "✓ In the right place"))
        else:
            words.append(
                QCoreApplication.translate("AnswerWords", "✗ Belongs at number %1").replace(
                    "%1", str(place.get(item, k) + 1)
                )
            )
    return words


def verdict_text(result: Grade) -> str:
    """``✓ Right!``, ``◐ Partly right: 2/3 of a point.`` or ``✗ Not right.``"""
    if result.correct:
        return QCoreApplication.translate("AnswerWords", "✓ Right!")
    if result.score > 0:
        return QCoreApplication.translate("AnswerWords", "◐ Partly right: %1 of a point.").replace(
            "%1", f"{result.score.numerator}/{result.score.denominator}"
        )
    return QCoreApplication.translate("AnswerWords", "✗ Not right.")


def _join(parts: Sequence[str], language: Language, ordering: bool) -> str:
    if ordering:
        return " → ".join(parts)
    return ("；" if language is Language.ZH else "; ").join(parts)


def response_text(question: Question, response: Response | None, app_language: str) -> str:
    """A learner's answer in words (``No answer`` when none was given)."""
    language = lesson_language(app_language)
    if response is None or (isinstance(response, tuple) and not response):
        return QCoreApplication.translate("AnswerWords", "No answer")
    if question.type is QuestionType.TRUE_FALSE:
        return (
            QCoreApplication.translate("AnswerWords", "True")
            if response is True
            else QCoreApplication.translate("AnswerWords", "False")
        )
    if isinstance(response, Decimal):
        text = formatting.number(response, app_language)
        if question.unit is not None:
            text += " " + question.unit.get(language)
        return text
    indices = _indices(response)
    if any(not 0 <= i < len(question.choices) for i in indices) or not indices:
        return QCoreApplication.translate("AnswerWords", "No answer")
    parts = [question.choices[i].get(language) for i in indices]
    return _join(parts, language, question.type is QuestionType.ORDERING)


def answer_text(question: Question, app_language: str) -> str:
    """The right answer in words; a numeric one with its unit and tolerance."""
    answer = question.answer
    if answer is None:
        return ""
    text = response_text(question, answer, app_language)
    if question.type is QuestionType.NUMERIC and question.tolerance:
        text += " " + QCoreApplication.translate(
            "AnswerWords", "(answers within ±%1 count as right)"
        ).replace("%1", formatting.number(question.tolerance, app_language))
    return text
