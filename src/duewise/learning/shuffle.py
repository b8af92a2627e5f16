"""The order choices are shown in: one pure, stable function for every view.

Printed worksheets and their answer keys, the classroom quiz, the presenter and the self-study
quizzes all show a question's choices in ``choice_order(question, seed)``: the same question and
seed always give the same order (on any machine, in any process), so a worksheet and its answer key
printed with one seed agree, and a class sees on the projector what the teacher's key says.
Different seeds give different orders, so the authoring order (where the key used to sit at "A")
never reaches paper or a screen.

    order = choice_order(question, seed=printout_seed)
    shown = [question.choices[i] for i in order]     # the k-th choice shown is choices[order[k]]
    key = shown_key(question, order)                 # the answer in shown positions
    letters = key_letters(question, order)           # "B", "A, C", "C → A → B"
"""

from __future__ import annotations

import hashlib
import random

from duewise.content.model import Question, QuestionType

_WITHOUT_CHOICES = (QuestionType.TRUE_FALSE, QuestionType.NUMERIC)


def _rng(question_id: str, seed: int | str) -> random.Random:
    digest = hashlib.sha256(f"{seed}\x1f{question_id}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def choice_order(question: Question, seed: int | str) -> tuple[int, ...]:
    """The original choice indices in the order to show them (``order[k]`` is shown k-th).

    Empty for true/false and numeric questions. An ordering question is never shown already in
    its right order (it would answer itself); when the shuffle gives that order it is rotated by
    one.

    Args:
        question: the question.
        seed: one sitting's or one printout's seed (any int or string).
    """
    if question.type in _WITHOUT_CHOICES:
        return ()
    order = list(range(len(question.choices)))
    _rng(question.id, seed).shuffle(order)
    if question.type is QuestionType.ORDERING and tuple(order) == question.answer:
        order = order[1:] + order[:1]
    return tuple(order)


def shown_key(question: Question, order: tuple[int, ...]) -> int | tuple[int, ...] | None:
    """The answer key in shown positions: the position of the right choice (single), the sorted
    positions of the right choices (multiple), the positions in the right order (ordering);
    ``None`` for true/false and numeric questions (their key does not depend on the order) or
    when the key is unknown."""
    answer = question.answer
    if question.type in _WITHOUT_CHOICES or answer is None or not order:
        return None
    position = {original: shown for shown, original in enumerate(order)}
    if question.type is QuestionType.SINGLE and isinstance(answer, int):
        return position[answer]
    if isinstance(answer, tuple):
        shown = tuple(position[i] for i in answer)
        return tuple(sorted(shown)) if question.type is QuestionType.MULTIPLE else shown
    return None


def letter(position: int) -> str:
    """``A`` for the first shown choice, ``B`` for the second, …"""
    return chr(ord("A") + position)


def key_letters(question: Question, order: tuple[int, ...]) -> str:
    """The key as letters of the shown order (``"B"``, ``"A, C"``, ``"C → A → B"``); ``""`` for
    questions without choices."""
    key = shown_key(question, order)
    if key is None:
        return ""
    if isinstance(key, int):
        return letter(key)
    joiner = ", " if question.type is QuestionType.MULTIPLE else " → "
    return joiner.join(letter(p) for p in key)
