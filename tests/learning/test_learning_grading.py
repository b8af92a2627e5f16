"""Grading every question type: partial credit, tolerance edges, empty answers, number formats."""

from __future__ import annotations

import doctest
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from duewise.content.model import Question, QuestionType, Text
from duewise.finance import numbers
from duewise.finance.errors import MoneyError
from duewise.learning import grading

T = Text("题", "q")


def make(
    qtype: QuestionType, answer: object, choices: int = 4, tolerance: str | None = None
) -> Question:
    return Question(
        id="q",
        type=qtype,
        objective="o.x",
        section="s",
        difficulty=1,
        prompt=T,
        choices=tuple(Text(f"选{i}", f"c{i}") for i in range(choices))
        if qtype not in (QuestionType.TRUE_FALSE, QuestionType.NUMERIC)
        else (),
        answer=answer,  # type: ignore[arg-type]
        explanation=T,
        lesson_id="l",
        tolerance=Decimal(tolerance) if tolerance is not None else None,
        unit=Text("元", "yuan") if qtype is QuestionType.NUMERIC else None,
    )


def test_single_and_true_false() -> None:
    single = make(QuestionType.SINGLE, 2)
    assert grading.grade(single, 2).correct
    assert grading.grade(single, 1).score == 0
    assert grading.grade(single, True).score == 0  # a bool is not a choice index
    tf = make(QuestionType.TRUE_FALSE, False)
    assert grading.grade(tf, False).correct
    assert grading.grade(tf, True).score == 0
    assert grading.grade(tf, 0).score == 0


@pytest.mark.parametrize(
    ("ticked", "score"),
    [
        ((0, 1, 2), Fraction(1)),
        ((0, 1), Fraction(2, 3)),
        ((0,), Fraction(1, 3)),
        ((0, 1, 3), Fraction(1, 3)),  # two right, one wrong
        ((0, 1, 2, 3), Fraction(2, 3)),
        ((3,), Fraction(0)),  # never below zero
        ((), Fraction(0)),  # empty
    ],
)
def test_multiple_partial_credit(ticked: tuple[int, ...], score: Fraction) -> None:
    question = make(QuestionType.MULTIPLE, (0, 1, 2))
    assert grading.grade(question, ticked).score == score
    assert grading.grade(question, ticked).correct is (score == 1)


def test_ticking_everything_shows_nothing() -> None:
    question = make(QuestionType.MULTIPLE, (1, 3))
    assert grading.grade(question, (0, 1, 2, 3)).score == 0


def test_ordering_is_all_or_nothing() -> None:
    question = make(QuestionType.ORDERING, (2, 0, 1), choices=3)
    assert grading.grade(question, (2, 0, 1)).correct
    assert grading.grade(question, (2, 1, 0)).score == 0
    assert grading.grade(question, ()).score == 0


@pytest.mark.parametrize(
    ("given_", "right"),
    [
        ("3.49", True),
        ("3.51", True),  # tolerance is inclusive
        ("3.48", False),
        ("3.52", False),
        ("3.50", True),
        ("3.5", True),
    ],
)
def test_numeric_tolerance_boundaries(given_: str, right: bool) -> None:
    question = make(QuestionType.NUMERIC, Decimal("3.50"), tolerance="0.01")
    assert grading.grade(question, grading.parse_number(given_)).correct is right


def test_numeric_zero_tolerance_and_empty() -> None:
    question = make(QuestionType.NUMERIC, Decimal("14"), tolerance="0")
    assert grading.grade(question, Decimal("14.00")).correct
    assert not grading.grade(question, Decimal("14.01")).correct
    assert grading.grade(question, None).score == 0
    assert grading.is_empty(question, None)


def test_question_without_key_scores_zero() -> None:
    question = make(QuestionType.NUMERIC, None, tolerance="0.01")
    assert not grading.is_gradable(question)
    assert grading.grade(question, Decimal(1)).score == 0


@pytest.mark.parametrize(
    "text",
    [
        "¥1,000",
        "1000",
        "1 000",
        "1,000.00",
        "１０００",
        "1000元",
        "￥1000",
        "1000 yuan",
        "$1,000",
        "1000.",
        " 1000 ",
        "1\u202f000",
        "0.1万",
        "RMB 1000",
        "1,000 元",
    ],
)
def test_formatting_never_makes_an_answer_wrong(text: str) -> None:
    question = make(QuestionType.NUMERIC, Decimal("1000"), tolerance="0")
    for language in ("zh_CN", "en"):
        value = grading.parse_number(text, language, question.unit)
        assert grading.grade(question, value).correct, (text, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,000.5", Decimal("1000.5")),
        ("12,345,678", Decimal("12345678")),
        ("1,000", Decimal("1000")),  # zh and en: a comma before three digits groups thousands
        ("1.000", Decimal("1.000")),  # ... and "." is always the decimal point
        ("19.86%", Decimal("19.86")),
        ("-5", Decimal("-5")),
        ("−5", Decimal("-5")),
        ("¥-5", Decimal("-5")),
        (".5", Decimal("0.5")),
        ("18个月", Decimal("18")),
        ("1.5万元", Decimal("15000")),
    ],
)
def test_locale_number_formats(text: str, value: Decimal) -> None:
    assert grading.parse_number(text, "zh_CN") == value
    assert grading.parse_number(text, "en") == value


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("abc", "not_a_number"),
        ("3 apples", "not_a_number"),
        ("¥", "not_a_number"),
        ("1.2.3", "not_a_number"),
        ("--5", "not_a_number"),  # one sign at most
        # A comma only separates thousands, in groups of three (as every field reads numbers):
        ("3,50", "ambiguous_comma"),
        ("1000,5", "ambiguous_comma"),
        ("2,5元", "ambiguous_comma"),
        ("1,0,0,0", "bad_grouping"),
        ("10,00,0", "bad_grouping"),
        ("10 00", "bad_grouping"),
        ("1,0000,000", "bad_grouping"),
        ("1.000,5", "bad_grouping"),
        ("1 000,00", "bad_grouping"),
        # Digits other than 0-9 (and their full-width forms) are refused, never read as others:
        ("10²", "not_ascii_digits"),
        ("²", "not_ascii_digits"),
        ("¹⁰⁰⁰", "not_ascii_digits"),
        ("٣", "not_ascii_digits"),
        ("١٢٣٫٤", "not_ascii_digits"),
        ("①", "not_ascii_digits"),
        ("Ⅻ", "not_ascii_digits"),
        ("1" * 65, "number_too_long"),
        ("9" * 31, "too_many_digits"),
    ],
)
def test_unreadable_numbers_are_refused_not_graded(text: str, code: str) -> None:
    for language in ("zh_CN", "en"):
        with pytest.raises(grading.NumberFormatError) as info:
            grading.parse_number(text, language)
        assert info.value.code == code, text


@given(st.text(alphabet="0123456789０１２３，．,. ²٣-+e¥$", min_size=1, max_size=14))
def test_an_answer_is_read_by_the_rules_of_every_number_field(text: str) -> None:
    """A numeric answer is read as the calculator's and the planner's fields read a number
    (``finance.numbers.parse_number``): the same value, or refused with the same code."""
    try:
        expected: Decimal | str = numbers.parse_number(text)
    except MoneyError as exc:
        expected = "empty" if exc.code == "missing" else exc.code
    try:
        got: Decimal | str = grading.parse_number(text, "zh_CN")
    except grading.NumberFormatError as exc:
        got = exc.code
    assert got == expected


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_any_plain_or_grouped_number_reads_back(value: Decimal) -> None:
    plain = str(value)
    grouped = f"{value:,.2f}"
    spaced = grouped.replace(",", " ")
    for text in (plain, grouped, spaced, "¥" + grouped if value >= 0 else grouped):
        assert grading.parse_number(text, "zh_CN") == value


def test_docstring_examples() -> None:
    result = doctest.testmod(grading)
    assert result.attempted > 0 and result.failed == 0
