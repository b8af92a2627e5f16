"""Hostile values for the GUI fuzz test: a fixed corpus and hypothesis-generated text.

The fixed corpus is what issue #14 tried by hand and what a careful reviewer adds (huge, tiny,
negative, Unicode digits, commas in every place, exponents, NaN, blank, line breaks, direction
marks, 10,000 characters, spreadsheet formulas, HTML, SQL-ish quotes, paths). Hypothesis adds
seeded text built the same way (numbers written in odd digits and separators, huge integers,
decimals with exponents, any text). Everything is deterministic: the same values, in the same
order, on every run.

The default run gives each widget the :data:`CORE` values and a slice of the rest, dealt so that
across the widgets and the four configurations the whole corpus is used; ``DUEWISE_GUI_FUZZ=long``
gives every widget every value in every configuration, and more generated text.
"""

from __future__ import annotations

import functools
import os
import zlib

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

LONG = os.environ.get("DUEWISE_GUI_FUZZ") == "long"

#: The values every text field gets in every configuration (the issue's own list).
CORE: tuple[str, ...] = (
    "99999999999999999999",
    "1e400",
    "9" * 4301,
    "1e-25",
    "-1",
    "2,5",
    "1,0,0,0",
    "NaN",
    "",
    "a" * 10_000,
)

#: The rest of the fixed corpus, dealt out between widgets and configurations.
REST: tuple[str, ...] = (
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
    "0.0000000000000000000000001",
    "1e-400",
    "1e+308",
    "1.7976931348623157e309",
    "4.9e-324",
    "1e5",
    "1E-5",
    "1e",
    "e",
    ".",
    "-",
    "+",
    "1.2.3",
    "1_000",
    "0x1F",
    "½",
    "²",
    "٣",
    "１２３",
    "１２，３４５．６７",
    "١٢٣٫٤٥",
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
    "inf",
    "nan",
    " ",
    "\t",
    "\n",
    "1\n2",
    "\r\n",
    "\u2028",
    "a\ud800b",  # a lone surrogate: PySide drops it on the way into Qt
    "\u200f123",
    "\u202e999",
    "\u200b",
    "\x00",
    "😀",
    "¥1,000",
    "$-5",
    "50%",
    "  12  ",
    "12 34",
    '=HYPERLINK("http://example.com","x")',
    "=1+1",
    "@SUM(A1)",
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

#: How many of :data:`REST` each widget gets per configuration in the default run.
REST_PER_WIDGET = 6
#: Generated texts: all of them in the long run, a slice per widget in the default run.
GENERATED_COUNT = 400 if LONG else 60
GENERATED_PER_WIDGET = 3


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
    unique = list(dict.fromkeys(found))
    return tuple(unique)


def values_for(key: str, config_index: int) -> tuple[str, ...]:
    """The hostile texts one widget (``key``: where it is) gets in one configuration."""
    if LONG:
        return CORE + REST + generated_texts()
    start = (zlib.crc32(key.encode()) + config_index * REST_PER_WIDGET) % len(REST)
    rest = tuple(REST[(start + i) % len(REST)] for i in range(REST_PER_WIDGET))
    texts = generated_texts()
    g_start = (zlib.crc32(key.encode()) // 7 + config_index * GENERATED_PER_WIDGET) % len(texts)
    generated = tuple(texts[(g_start + i) % len(texts)] for i in range(GENERATED_PER_WIDGET))
    return CORE + rest + generated


def short(value: str, limit: int = 40) -> str:
    """A value as a report shows it (long ones by length)."""
    if len(value) > limit:
        return f"{value[:12]!r}… ({len(value)} characters)"
    return repr(value)


def submitted_values(key: str, config_index: int) -> tuple[str, ...]:
    """The hostile texts a field holds when its form is submitted (two per configuration, all
    of :data:`CORE` in the long run)."""
    if LONG:
        return CORE
    start = (zlib.crc32(key.encode()) + 2 * config_index) % len(CORE)
    return (CORE[start], CORE[(start + 1) % len(CORE)])


#: Values typed key by key (each key an edit: the prefixes ``9``, ``99``, … reach the page too).
TYPED: tuple[str, ...] = ("99999999999999999999", "1e400", "-1", "2,5", "1,0,0,0", "1e-25", "NaN")


def typed_value(key: str, config_index: int) -> str:
    """The value a text field gets typed key by key in one configuration (all in turn in the
    long run: see :data:`TYPED`)."""
    return TYPED[(zlib.crc32(key.encode()) + config_index) % len(TYPED)]
