"""Grading quiz answers honestly: partial credit for multiple choice, tolerant number reading.

Scoring rules (the Check-yourself page states them to the learner):

- **single choice, true/false, numeric**: 1 point if right, else 0.
- **multiple choice**: partial credit. Each right choice ticked earns ``1 / (number of right
  choices)``; each wrong choice ticked takes the same amount away; the score never goes below 0.
  So ticking everything scores 0 (it shows no knowledge), and missing one of three right choices
  scores 2/3. Full marks only for exactly the right set.
- **ordering**: all or nothing (a half-right order of collection stages is still a wrong order).
- **numeric**: right when ``|answer - key| <= tolerance`` (the tolerance is inclusive).

Reading numbers (:func:`parse_number`): an answer is read by the rules every number field of
DueWise follows (:func:`duewise.finance.numbers.parse_number`: the calculator, the planner, the
command line), so ``2,5`` means the same in a quiz as in the calculator. Around the number, what
a learner naturally writes is accepted: a currency (``¥``, ``$``, ``RMB``, ``USD``), a unit
(``元``, ``%``, ``天``, ``months``, the question's own unit) and ``万``: ``¥1,000``, ``1 000``,
``1,000.00``, ``１０００`` (full-width), ``1000元``, ``19.86%`` and ``1.5万`` are all read.

The number itself: the digits 0–9 (or their full-width forms), a ``.`` for the decimal point, and
a comma or space **only between groups of three digits** (``1,000``, ``12 345 678``). What cannot
be read is *refused with the field's reason* and not graded, so the learner can fix it:
``empty``; ``not_a_number``; ``ambiguous_comma`` (``3,50``: a decimal comma in some countries, a
typo in others); ``bad_grouping`` (``1,0,0,0``, ``1.000,5``); ``not_ascii_digits`` (``10²`` is
never 102, nor ``٣`` 3); ``number_too_long`` / ``too_many_digits`` / ``too_many_places``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from duewise.content.model import Answer, Question, QuestionType, Text
from duewise.finance import numbers
from duewise.finance.errors import MoneyError

Response = Answer
"""A learner's response, in the shape of an answer key (see :class:`content.model.Question`):
a choice index (SINGLE), a bool (TRUE_FALSE), sorted indices (MULTIPLE), indices in the order
given (ORDERING) or a Decimal (NUMERIC). Indices are the *original* choice indices, never the
shuffled display positions."""

#: The decimal symbol of each app language (both use ``.``; see the module docstring).
DECIMAL_SYMBOL = {"zh_CN": ".", "en": "."}

#: Currencies written as words before a number (``¥`` and ``$`` are read with the number).
_CURRENCY_WORDS = ("us$", "usd", "rmb", "cny")
_UNIT_SUFFIXES = (
    "元",
    "块钱",
    "块",
    "人民币",
    "美元",
    "yuan",
    "rmb",
    "cny",
    "usd",
    "dollars",
    "dollar",
    "%",
    "percent",
    "个百分点",
    "百分点",
    "天",
    "days",
    "day",
    "个月",
    "月",
    "months",
    "month",
    "年",
    "years",
    "year",
    "points",
    "point",
    "分",
    "期",
    "次",
    "payments",
    "payment",
    "号",
    "日",
)
_MULTIPLIERS = {"万": Decimal(10000)}
#: Full-width letters and signs as their ASCII forms (an input method's ``ＵＳＤ``, ``－５``), the
#: minus sign as ``-``: only to find the currency and the unit around a number. The number itself
#: is read by ``finance.numbers``; other compatibility forms (``²``, ``①``) are never folded.
_NARROW = str.maketrans(
    {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
    | {"\u3000": " ", "\u2212": "-", "￥": "¥"}
)


class NumberFormatError(ValueError):
    """The text could not be read as a number; it is not graded.

    Attributes:
        code: ``empty``, or the reason ``finance.numbers.parse_number`` refused the number
            (``not_a_number``, ``ambiguous_comma``, ``bad_grouping``, ``not_ascii_digits``,
            ``number_too_long``, ``too_many_digits``, ``too_many_places``).
        params: the refusal's parameters (``maximum``, ``char``), for its message.
    """

    def __init__(self, code: str, text: str, **params: object) -> None:
        self.code = code
        self.text = text
        self.params = params
        super().__init__(f"{code}: {text!r}")


@dataclass(frozen=True, slots=True)
class Grade:
    """The result of grading one answer.

    Attributes:
        score: from 0 to 1 (a fraction, exact).
    """

    score: Fraction

    @property
    def correct(self) -> bool:
        """Full marks."""
        return self.score == 1


def _unit_words(unit: Text | None) -> list[str]:
    words: list[str] = []
    if unit is not None:
        for text in (unit.zh, unit.en):
            word = unicodedata.normalize("NFKC", text).strip().lower().strip("()（） ")
            if word:
                words.append(word)
    return words


def _strip_suffixes(text: str, suffixes: Iterable[str]) -> tuple[str, Decimal]:
    ordered = sorted(set(suffixes), key=len, reverse=True)
    multiplier = Decimal(1)
    changed = True
    while changed and text:
        changed = False
        text = text.rstrip()
        for mark, factor in _MULTIPLIERS.items():
            if text.endswith(mark):
                text, multiplier, changed = text[: -len(mark)], multiplier * factor, True
        for suffix in ordered:
            if text.endswith(suffix):
                text, changed = text[: -len(suffix)], True
                break
    return text.strip(), multiplier


def _strip_prefix(text: str) -> str:
    """``text`` without a currency word before the number (``RMB 1000``, ``-usd 5``)."""
    sign = ""
    if text[:1] in ("+", "-"):
        sign, text = text[0], text[1:].strip()
    for prefix in _CURRENCY_WORDS:
        if text.startswith(prefix):
            text = text[len(prefix) :].strip()
            break
    return sign + text


def parse_number(text: str, language: str = "en", unit: Text | None = None) -> Decimal:
    """Read a number the way a person writes it; see the module docstring for the rules.

    Args:
        text: what the learner typed.
        language: the app language (``zh_CN`` or ``en``); both write ``.`` for the decimal
            point and ``,`` between thousands.
        unit: the question's unit; its words in both languages are accepted after the number.

    Returns:
        The number, exactly.

    Raises:
        NumberFormatError: empty, or refused by the number rules (its code says why).

    >>> parse_number("¥1,000.50")
    Decimal('1000.50')
    >>> parse_number("1 000")
    Decimal('1000')
    >>> parse_number("1.5万元", "zh_CN")
    Decimal('15000.0')
    >>> parse_number("3,50")
    Traceback (most recent call last):
    ...
    duewise.learning.grading.NumberFormatError: ambiguous_comma: '3,50'
    """
    del language  # both languages read numbers alike (DECIMAL_SYMBOL)
    original = text
    text = text.translate(_NARROW).strip().lower()
    if not text:
        raise NumberFormatError("empty", original)
    words = [*_UNIT_SUFFIXES, *_unit_words(unit)]
    text, multiplier = _strip_suffixes(text, words)
    text, more = _strip_suffixes(_strip_prefix(text), words)
    try:
        value = numbers.parse_number(text)
    except MoneyError as exc:
        code = "not_a_number" if exc.code == "missing" else exc.code
        params = {k: v for k, v in exc.params.items() if k != "value"}
        raise NumberFormatError(code, original, **params) from None
    multiplier *= more
    return value * multiplier if multiplier != 1 else value


def is_gradable(question: Question) -> bool:
    """Whether the question has an answer key (a computed answer can be missing)."""
    return question.answer is not None


def is_empty(question: Question, response: Response | None) -> bool:
    """Whether ``response`` gives no answer (nothing picked); empty answers are not submitted."""
    if response is None:
        return True
    if question.type in (QuestionType.MULTIPLE, QuestionType.ORDERING):
        return not isinstance(response, tuple) or len(response) == 0
    return False


def grade(question: Question, response: Response | None) -> Grade:
    """Grade a response to ``question`` (see the module docstring for the rules).

    An empty response (``None``, no choice ticked) scores 0. A response of the wrong shape scores
    0. A question without an answer key scores 0 (:func:`is_gradable` keeps those out of quizzes).
    """
    answer = question.answer
    if answer is None or is_empty(question, response):
        return Grade(Fraction(0))
    if question.type is QuestionType.MULTIPLE:
        if not isinstance(response, tuple) or not isinstance(answer, tuple):
            return Grade(Fraction(0))
        right = set(answer)
        ticked = set(response)
        hits = len(ticked & right)
        misses = len(ticked - right)
        return Grade(max(Fraction(0), Fraction(hits - misses, len(right))))
    return Grade(Fraction(1 if question.is_correct(response) else 0))


def correct_response(question: Question) -> Response | None:
    """The answer key as a response (for "show me the answer")."""
    return question.answer
