"""A numeric answer that cannot be read says why, in the words a number field uses (issue #14):
``10²``, ``3,50`` and ``1,0,0,0`` are refused as the calculator refuses them, never graded."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from duewise.learning import grading
from duewise.ui.common import errors
from duewise.ui.common.language import LanguageManager

CJK = re.compile(r"[\u4e00-\u9fff]")

#: A typed answer for every reason ``grading.parse_number`` refuses one.
REFUSED = {
    "": "empty",
    "three fifty": "not_a_number",
    "3,50": "ambiguous_comma",
    "1,0,0,0": "bad_grouping",
    "10²": "not_ascii_digits",
    "1" * 65: "number_too_long",
    "9" * 31: "too_many_digits",
    "1e-31": "too_many_places",
}


@pytest.fixture
def languages(qapp) -> Iterator[LanguageManager]:  # type: ignore[no-untyped-def]
    manager = LanguageManager(qapp)
    yield manager
    manager.set_language("en")


def _refusal(text: str) -> grading.NumberFormatError:
    with pytest.raises(grading.NumberFormatError) as info:
        grading.parse_number(text, "en")
    return info.value


@pytest.mark.parametrize(("text", "code"), REFUSED.items(), ids=REFUSED.values())
def test_each_refused_answer_is_worded_with_its_own_reason(
    languages: LanguageManager, text: str, code: str
) -> None:
    error = _refusal(text)
    assert error.code == code
    languages.set_language("en")
    english = errors.describe(error)
    others = {errors.describe(_refusal(t)) for t, c in REFUSED.items() if c != code}
    assert english not in others, english
    assert "%1" not in english and code not in english
    languages.set_language("zh_CN")
    chinese = errors.describe(error)
    assert CJK.search(chinese) and chinese != english


def test_the_words_are_those_of_the_number_fields(languages: LanguageManager) -> None:
    languages.set_language("en")
    for text in ("3,50", "1,0,0,0", "10²", "1" * 65):
        error = _refusal(text)
        assert errors.describe(error) == errors.message(error.code, error.params), text
    assert "at most 64" in errors.describe(_refusal("1" * 65))
