"""Hostile values for the GUI fuzz test: a fixed corpus and hypothesis-generated text.

:data:`ISSUE` is what issue #14 asks for (huge numbers, exponents, superscripts, fullwidth and
Arabic-Indic digits, ambiguous commas, NaN and infinities, negative, empty, 10,000 characters,
control characters, direction marks, emoji, a spreadsheet formula, NUL), and a valid amount
written as people write it (``¥1,000``). :data:`EXTRA` is what a careful reviewer adds
(mid-size numbers past date and time ranges, other separators, HTML, SQL-ish quotes, paths).
Hypothesis adds seeded text built the same way. Everything is deterministic: the same values,
in the same order, on every run.

The default run deals :data:`ISSUE` out between the four configurations (Chinese and English, at
100 % and 200 % text), so that every field gets every one of them once over the run, plus, in
one configuration, one value of :data:`EXTRA` or one generated text (fields take turns); a
button is pressed (a box flipped, a row chosen) in one of two pairs of configurations that
each hold both languages and both sizes (:func:`in_turn`). ``DUEWISE_FUZZ_LONG=1`` gives every
field every value and presses every button in every configuration.
"""

from __future__ import annotations

import functools
import os
import unicodedata
import zlib

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

LONG = os.environ.get("DUEWISE_FUZZ_LONG", "") not in ("", "0")
#: The configurations the values are dealt between (the test's ``CONFIGS``).
CONFIG_COUNT = 4

#: The issue's values: every field gets each of them once over the default run.
ISSUE: tuple[str, ...] = (
    "99999999999999999999",
    "1e400",
    "10²",
    "１２",
    "١٢٣٫٤",
    "2,5",
    "1,0,0,0",
    "NaN",
    "inf",
    "-1",
    "",
    "9" * 10_000,
    "1\x01\x07\x1b[31m\x7f",
    "\u202e\u200f123\u200e",
    "💸😀",
    "=cmd|' /C calc'!A0",
    "1\x002",
    "¥1,000",  # valid, as written: the number reader takes it, a bare Decimal() does not
)

#: The rest of the fixed corpus: one value per field and configuration (all in the long run).
EXTRA: tuple[str, ...] = (
    "9999999",  # mid-size numbers: past date and time ranges, not past the number reader's
    "100000",
    "1000000000",
    "2147483648",
    "-2147483649",
    "86400",
    "3650",
    "0",
    "-0",
    "00000",
    "-99999999999999999999",
    "-1e400",
    "9" * 4301,
    "a" * 10_000,
    "1e-25",
    "0.0000000000000000000000001",
    "1e-400",
    "1e+308",
    "1.7976931348623157e309",
    "4.9e-324",
    "1e5",
    "1E-5",
    "1e",
    ".",
    "-",
    "+",
    "1.2.3",
    "1_000",
    "0x1F",
    "½",
    "²",
    "١٢٣",
    "１２，３４５．６７",
    "१२३",
    "𝟏𝟐𝟑",
    "Ⅻ",
    ",,,",
    ",5",
    "5,",
    "1,000",
    "1,000.50",
    "1.000,50",
    "12,34,567",
    "1 000",
    "1\u00a0000",
    "Infinity",
    "-Infinity",
    "-inf",
    "nan",
    " ",
    "\t",
    "1\n2",
    "\r\n",
    "\u2028",
    "a\ud800b",  # a lone surrogate: PySide drops it on the way into Qt
    "\u200b",
    "¥1",
    "$-5",
    "50%",
    "  12  ",
    "12 34",
    '=HYPERLINK("http://example.com","x")',
    "=1+1",
    "@SUM(A1)",
    "+1-1",
    "<img src=x onerror=alert(1)>",
    "<b>bold</b>&amp;",
    "'; DROP TABLE profiles; --",
    '" OR 1=1 --',
    "../../etc/passwd",
    "C:\\Windows\\System32",
    "%s%n%1%2",
    "{0}{}",
    "2468",
    "名字" * 300,
)

#: Generated texts: all of them in the long run, one per field now and then by default.
GENERATED_COUNT = 60


_ODD_DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩０１２３４５６７８９²³¹⁰𝟎𝟏१२３"


def _number_like() -> st.SearchStrategy[str]:
    """Numbers as people (and attackers) write them: odd digits, separators, signs, exponents."""
    body = st.text(alphabet=_ODD_DIGITS + ",.，．٫ _'", min_size=1, max_size=40)
    sign = st.sampled_from(["", "-", "+", "−", "--"])
    exponent = st.one_of(st.just(""), st.integers(-5000, 5000).map(lambda e: f"e{e}"), st.just("E"))
    unit = st.sampled_from(["", "%", " %", "¥", "$", " yuan", "元", " 天", "万"])
    return st.builds(lambda s, b, e, u: f"{s}{b}{e}{u}", sign, body, exponent, unit)


def _strategy() -> st.SearchStrategy[str]:
    return st.one_of(
        _number_like(),
        st.integers(min_value=-(10**600), max_value=10**600).map(str),
        st.decimals(allow_nan=True, allow_infinity=True).map(str),
        st.floats().map(repr),
        st.text(max_size=300),
        st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=20),
    )


@functools.cache
def generated_texts(count: int = GENERATED_COUNT) -> tuple[str, ...]:
    """``count`` texts from hypothesis, always the same ones (a fixed seed, no database).

    Made when first asked for, inside a test (hypothesis refuses to run while conftest files
    are imported)."""
    found: list[str] = []

    @seed(20260314)
    @settings(
        max_examples=count,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(_strategy())
    def collect(text: str) -> None:
        found.append(text)

    collect()
    return tuple(dict.fromkeys(found))


def _offset(key: str) -> int:
    return zlib.crc32(key.encode())


def dealt(key: str, config_index: int, count: int) -> list[int]:
    """Which of ``count`` things (values, combo entries) one field gets in one configuration:
    each configuration a quarter, the field's place deciding which, so that over the four
    configurations the field gets every one (all of them, every time, in the long run)."""
    if LONG:
        return list(range(count))
    start = _offset(key)
    return [i for i in range(count) if (i + start) % CONFIG_COUNT == config_index]


#: The two pairs of configurations that each hold both languages and both text sizes (the
#: test's ``CONFIGS``: 0 zh_CN 100 %, 1 en 100 %, 2 zh_CN 200 %, 3 en 200 %).
PAIRS = ((0, 3), (1, 2))


def in_turn(key: str, config_index: int) -> bool:
    """Whether a control's action (a button pressed, a box flipped, a row chosen) is done in
    this configuration: in one of the two :data:`PAIRS`, the control's place deciding which, so
    that over the default run each is done once in Chinese and once in English, once at 100 %
    and once at 200 % text (in every configuration in the long run)."""
    return LONG or config_index in PAIRS[_offset(key) % 2]


def values_for(key: str, config_index: int) -> tuple[str, ...]:
    """The hostile texts one field (``key``: where it is) gets in one configuration."""
    texts = generated_texts()
    if LONG:
        return ISSUE + EXTRA + texts
    issue = tuple(ISSUE[i] for i in dealt(key, config_index, len(ISSUE)))
    turn = _offset(key) // 7
    if (turn + config_index) % CONFIG_COUNT:  # one configuration: one more, in turn
        return issue
    other = EXTRA[turn % len(EXTRA)] if turn % 2 else texts[turn % len(texts)]
    return (*issue, other)


def submitted_values(key: str, config_index: int) -> tuple[str, ...]:
    """The hostile texts a field holds when its form is submitted (Return, the form's buttons):
    one per configuration, all of :data:`ISSUE` in the long run."""
    if LONG:
        return ISSUE
    return (ISSUE[(_offset(key) + 5 * config_index) % len(ISSUE)],)


#: Longer texts are pasted: typing 10,000 keys takes seconds a field.
TYPED_LIMIT = 200


def typeable(value: str) -> bool:
    """Whether a user can type ``value`` key by key: short, and without control characters or
    lone surrogates (those only arrive by pasting)."""
    return len(value) <= TYPED_LIMIT and not any(
        unicodedata.category(c) in ("Cc", "Cs") for c in value
    )


def short(value: str, limit: int = 40) -> str:
    """A value as a report shows it (long ones by length)."""
    if len(value) > limit:
        return f"{value[:12]!r}… ({len(value)} characters)"
    return repr(value)
