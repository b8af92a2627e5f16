"""Grading quiz answers honestly: partial credit for multiple choice, tolerant number reading.

Scoring rules (the Check-yourself page states them to the learner):

- **single choice, true/false, numeric**: 1 point if right, else 0.
- **multiple choice**: partial credit. Each right choice ticked earns ``1 / (number of right
  choices)``; each wrong choice ticked takes the same amount away; the score never goes below 0.
  So ticking everything scores 0 (it shows no knowledge), and missing one of three right choices
  scores 2/3. Full marks only for exactly the right set.
- **ordering**: all or nothing (a half-right order of collection stages is still a wrong order).
- **numeric**: right when ``|answer - key| <= tolerance`` (the tolerance is inclusive).

Reading numbers (:func:`parse_number`): formatting never makes an answer wrong. ``¥1,000``,
``1000``, ``1 000``, ``1,000.00``, ``１０００`` (full-width), ``1000元``, ``$1,000``, ``19.86%``
and ``1.5万`` are all read. What cannot be read is *refused with a reason* (``empty``,
``not_a_number``, ``unclear``) and not graded, so the learner can fix it.

Decimal separator, decided for DueWise's two languages: both zh_CN and en write ``.`` for the
decimal point and ``,`` for grouping. A comma followed by exactly three digits is grouping
(``1,000`` = 1000, ``12,345,678``); any other single comma is read as a decimal comma, the
European habit some learners have (``1000,5`` = 1000.5, ``3,50`` = 3.50). When both appear, the
last one is the decimal separator (``1.000,5`` = 1000.5). Groups that are not three digits
(``10,00,0``, ``10 00``) are ``unclear`` rather than guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from duewise.content.model import Answer, Question, QuestionType, Text

Response = Answer
"""A learner's response, in the shape of an answer key (see :class:`content.model.Question`):
a choice index (SINGLE), a bool (TRUE_FALSE), sorted indices (MULTIPLE), indices in the order
given (ORDERING) or a Decimal (NUMERIC). Indices are the *original* choice indices, never the
shuffled display positions."""

#: The decimal symbol of each app language (both use ``.``; see the module docstring).
DECIMAL_SYMBOL = {"zh_CN": ".", "en": "."}

_CURRENCY_PREFIXES = ("us$", "usd", "rmb", "cny", "¥", "$", "￥")
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
_SPACES = "\u00a0\u202f\u2009\u3000 '_"
_NUMBER_BODY = re.compile(r"^[0-9., '_\u00a0\u202f\u2009\u3000]+$")


class NumberFormatError(ValueError):
    """The text could not be read as a number; it is not graded.

    Attributes:
        code: ``empty``, ``not_a_number`` or ``unclear`` (groups that are not three digits).
    """

    def __init__(self, code: str, text: str) -> None:
        self.code = code
        self.text = text
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


def _strip_prefix(text: str) -> tuple[str, int]:
    sign = 1
    text = text.strip()
    for _ in range(3):
        if text[:1] and text[0] in "+-":
            sign = -sign if text[0] == "-" else sign
            text = text[1:].strip()
            continue
        for prefix in _CURRENCY_PREFIXES:
            if text.startswith(prefix):
                text = text[len(prefix) :].strip()
                break
        else:
            break
    return text, sign


def _valid_groups(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _join_digits(body: str, decimal_symbol: str) -> str:
    """Turn ``1,000.5`` / ``1 000`` / ``1000,5`` into ``1000.5`` (or raise ``unclear``)."""
    spaced = [part for part in re.split(f"[{re.escape(_SPACES)}]+", body) if part != ""]
    if len(spaced) > 1:
        # Spaces (or ' or _) group thousands; the last part may carry the decimals.
        heads = spaced[:-1]
        last = spaced[-1]
        last_int = re.split(r"[.,]", last, maxsplit=1)[0]
        if any(not h.isdigit() for h in heads) or not _valid_groups([*heads, last_int]):
            raise NumberFormatError("unclear", body)
        body = "".join(spaced)
    else:
        body = spaced[0] if spaced else ""
    other = "," if decimal_symbol == "." else "."
    commas, dots = body.count(","), body.count(".")
    if commas and dots:
        last = max(body.rfind(","), body.rfind("."))
        dec = body[last]
        grp = "," if dec == "." else "."
        whole, frac = body[:last], body[last + 1 :]
        if dec in whole or not frac.isdigit() or not _valid_groups(whole.split(grp)):
            raise NumberFormatError("unclear", body)
        return whole.replace(grp, "") + "." + frac
    sep = "," if commas else "." if dots else ""
    if not sep:
        return body
    parts = body.split(sep)
    if len(parts) > 2:  # 1,000,000 or 1.000.000: grouping only
        if not _valid_groups(parts):
            raise NumberFormatError("unclear", body)
        return "".join(parts)
    whole, frac = parts
    if sep == other and len(frac) == 3 and whole and _valid_groups([whole, frac]):
        return whole + frac  # "1,000" in zh/en: grouping
    if not frac:
        if not whole:
            raise NumberFormatError("not_a_number", body)
        return whole  # "1000." reads as 1000
    return (whole or "0") + "." + frac


def parse_number(text: str, language: str = "en", unit: Text | None = None) -> Decimal:
    """Read a number the way a person writes it; see the module docstring for the rules.

    Args:
        text: what the learner typed.
        language: the app language (``zh_CN`` or ``en``), for its decimal symbol.
        unit: the question's unit; its words in both languages are accepted after the number.

    Returns:
        The number, exactly.

    Raises:
        NumberFormatError: empty, not a number, or unclear grouping.

    >>> parse_number("¥1,000.50")
    Decimal('1000.50')
    >>> parse_number("1 000")
    Decimal('1000')
    >>> parse_number("1000,5")
    Decimal('1000.5')
    >>> parse_number("1.5万元", "zh_CN")
    Decimal('15000.0')
    """
    original = text
    text = unicodedata.normalize("NFKC", text).replace("\u2212", "-").strip().lower()
    if not text:
        raise NumberFormatError("empty", original)
    text, multiplier = _strip_suffixes(text, [*_UNIT_SUFFIXES, *_unit_words(unit)])
    text, sign = _strip_prefix(text)
    text, more = _strip_suffixes(text, [*_UNIT_SUFFIXES, *_unit_words(unit)])
    multiplier *= more
    if not text or not _NUMBER_BODY.match(text) or not any(c.isdigit() for c in text):
        raise NumberFormatError("not_a_number", original)
    plain = _join_digits(text.strip(), DECIMAL_SYMBOL.get(language, "."))
    try:
        value = Decimal(plain)
    except InvalidOperation as exc:
        raise NumberFormatError("not_a_number", original) from exc
    if multiplier != 1:
        value *= multiplier
    return -value if sign < 0 else value


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
