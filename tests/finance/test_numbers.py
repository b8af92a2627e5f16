"""Reading numbers: one function, one set of rules, for the command line and every form field."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from duewise.finance import money, numbers
from duewise.finance.errors import MoneyError
from duewise.learning import grading

D = Decimal
_FULL_WIDTH = str.maketrans("0123456789.,-", "０１２３４５６７８９．，－")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1000", D("1000")),
        ("1,000", D("1000")),
        ("12,345,678.90", D("12345678.90")),
        ("1 000", D("1000")),
        ("1\u00a0000", D("1000")),
        ("１，０００", D("1000")),
        ("¥1,000.50", D("1000.50")),
        ("￥5", D("5")),
        ("$25", D("25")),
        ("-¥5", D("-5")),
        ("¥-5", D("-5")),
        ("−5", D("-5")),
        ("1000元", D("1000")),
        (".5", D("0.5")),
        ("1000.", D("1000")),
        ("1e3", D("1000")),
        ("2.5E-4", D("0.00025")),
        ("1e-25", D("1e-25")),
        ("0e99999999", D("0")),
    ],
)
def test_accepted(text: str, value: Decimal) -> None:
    assert numbers.parse_number(text) == value
    assert money.to_decimal(text) == value  # the same function behind every form field


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2,5", "ambiguous_comma"),
        ("3,50", "ambiguous_comma"),
        ("1000,5", "ambiguous_comma"),
        ("1,0,0,0", "bad_grouping"),
        ("10,00", "ambiguous_comma"),
        ("10 00", "bad_grouping"),
        ("1,000 000", "bad_grouping"),
        ("1.000,5", "bad_grouping"),
        ("1,000.5,5", "bad_grouping"),
        ("²", "not_ascii_digits"),
        ("10²", "not_ascii_digits"),
        ("٣", "not_ascii_digits"),
        ("Ⅻ", "not_ascii_digits"),
        ("NaN", "not_a_number"),
        ("Infinity", "not_a_number"),
        ("1_000", "not_a_number"),
        ("0x10", "not_a_number"),
        ("1.5.5", "not_a_number"),
        ("18%", "not_a_number"),
        ("", "missing"),
        ("9" * 65, "number_too_long"),
        ("1" * 31, "too_many_digits"),
        ("1e30", "too_many_digits"),
        ("1e-31", "too_many_places"),
        ("0." + "1" * 31, "too_many_places"),
    ],
)
def test_refused_with_a_code(text: str, code: str) -> None:
    with pytest.raises(MoneyError) as info:
        numbers.parse_number(text)
    assert info.value.code == code
    assert len(str(info.value.params.get("value", ""))) <= 24


def test_percent_sign_only_where_a_percentage_is_asked_for() -> None:
    assert numbers.parse_number("18%", percent=True) == D("18")
    assert money.percent("18%") == D("0.18")
    assert money.read_percent("19.99 %", "apr") == D("0.1999")


def test_ints_and_decimals_get_the_same_limits() -> None:
    assert money.to_decimal(10**29) == D(10**29)
    with pytest.raises(MoneyError, match="too_many_digits"):
        money.to_decimal(10**30)
    with pytest.raises(MoneyError, match="too_many_places"):
        money.to_decimal(D("1e-40"))
    with pytest.raises(MoneyError, match="not_a_number"):
        money.to_decimal(0.1)  # floats never


def test_readers_name_the_input_and_its_rule() -> None:
    with pytest.raises(MoneyError) as info:
        money.read_amount("0.001", "principal")
    assert (info.value.code, info.value.params["param"]) == ("not_whole_cents", "principal")
    with pytest.raises(MoneyError) as info:
        money.read_amount("9" * 40, "principal")
    assert (info.value.code, info.value.params["maximum"]) == ("too_large", money.MAX_AMOUNT)
    with pytest.raises(MoneyError) as info:
        money.read_count("12.5", "months")
    assert info.value.code == "not_a_whole_number"
    assert money.read_count("1,200", "months") == 1200
    assert money.read_count("1e3", "months") == 1000
    with pytest.raises(MoneyError) as info:
        money.read_count(10**5000, "months")
    assert info.value.code == "too_large"


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False))
def test_every_way_of_writing_a_number_reads_back(value: Decimal) -> None:
    plain = format(value, "f")
    grouped = f"{value:,.2f}"
    for text in (plain, grouped, grouped.replace(",", " "), grouped.translate(_FULL_WIDTH)):
        assert numbers.parse_number(text) == value
    if value >= 0:
        assert numbers.parse_number("¥" + grouped) == value


@given(
    st.one_of(
        st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False).map(
            lambda v: f"{v:,.2f}"
        ),
        st.from_regex(r"[¥$]?[0-9]{1,7}([,. ][0-9]{1,4}){0,2}", fullmatch=True),
        st.text(alphabet="0123456789,. ¥$-", max_size=12),
    )
)
def test_quiz_answers_never_read_a_number_differently(text: str) -> None:
    """Where the engine's reader accepts a text, a quiz answer reads as the same number.

    ``grading.parse_number`` is more forgiving on purpose (a learner's ``3,50`` is 3.50 there,
    refused here as ambiguous); it must never read the same characters as another value.
    """
    try:
        engine = numbers.parse_number(text)
    except MoneyError:
        return
    try:
        quiz = grading.parse_number(text, "en")
    except grading.NumberFormatError:
        return
    assert quiz == engine
