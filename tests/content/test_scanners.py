"""The linear-time scanners for author text (``content.scan``): the same answers as the regular
expressions they replace, on random short strings, and time that grows linearly on the inputs that
made those expressions run for seconds or minutes."""

from __future__ import annotations

import gc
import re
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scanner_cases import WORST_CASES

from duewise.content import scan

# The patterns DueWise used before (prose.py and tomllines.py): correct on short lines, but they
# backtrack super-linearly on long hostile ones. Kept here as the oracle for short strings only.
OLD_INLINE_LINK = re.compile(
    r"(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*(<[^>]*>|(?:[^\s()]|\([^\s()]*\))*)"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)"
)
OLD_H2 = re.compile(r"^ {0,3}##(?!#)(?:[ \t]+(.*?))?[ \t]*$")
OLD_HEADING_ID = re.compile(r"^(.*?)[ \t]*\{#([^}]*)\}$")
OLD_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(#.*)?$")

LINK_CHARS = st.text(alphabet="[]()<>!\"' a\t", max_size=16)
HEADING_CHARS = st.text(alphabet="# \t{}a-", max_size=14)
HEADER_CHARS = st.text(alphabet="[]\"' .a#=\t", max_size=12)


@settings(max_examples=3000, deadline=None)
@given(LINK_CHARS)
def test_inline_links_match_the_old_pattern(line: str) -> None:
    found = OLD_INLINE_LINK.finditer(line)
    old = [(m.start(), m.end(), m.group(1) == "!", m.group(3)) for m in found]
    new = [(k.start, k.end, k.image, k.destination) for k in scan.inline_links(line)]
    assert new == old
    assert scan.without_links(line, scan.inline_links(line)) == OLD_INLINE_LINK.sub("", line)


@settings(max_examples=1500, deadline=None)
@given(HEADING_CHARS)
def test_headings_match_the_old_patterns(line: str) -> None:
    old = OLD_H2.match(line)
    assert scan.h2_title(line) == (None if old is None else old.group(1) or "")
    old_id = OLD_HEADING_ID.match(line)
    assert scan.heading_id(line) == (None if old_id is None else (old_id.group(1), old_id.group(2)))


@settings(max_examples=1500, deadline=None)
@given(HEADER_CHARS)
def test_toml_headers_match_the_old_pattern(line: str) -> None:
    old = OLD_HEADER.match(line)
    expected = None
    if old is not None:
        name = old.group(2).replace('"', "").replace("'", "").replace(" ", "")
        expected = (old.group(1) == "[[", name)
    assert scan.toml_header(line) == expected


@pytest.mark.parametrize(
    ("line", "spans"),
    [
        ("a `b` c", [(2, 5)]),
        ("``a ` b``", [(0, 9)]),  # a single backtick inside a double-backtick span
        ("`a`` b`", [(0, 7)]),  # a run of two does not close a run of one
        ("```", []),  # no closing run: literal backticks
        ("\\`a` b`", [(3, 7)]),  # the escaped backtick is literal; the next run opens
        ("\\\\`a`", [(2, 5)]),  # an escaped backslash escapes nothing
        ("`\\`", [(0, 3)]),  # inside a span a backslash is plain text
    ],
)
def test_code_spans_follow_commonmark(line: str, spans: list[tuple[int, int]]) -> None:
    assert scan.code_spans(line) == spans


def test_html_hidden_in_a_fake_code_span_is_still_seen() -> None:
    # md4c renders this <b> as HTML: the first backtick is escaped, so no code span hides it.
    assert scan.blank_code_spans("\\`<b>`") == "\\`<b>`"
    assert scan.blank_code_spans("`<b>`") == "     "


# ---- growth: n vs 4n, never absolute seconds ----------------------------------------------------


def _cpu_seconds(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def _growth(make: Callable[[int], str], run: Callable[[str], object], n: int) -> float:
    """CPU time on an input of size 4n divided by the time on size n (linear: about 4)."""
    small, large = make(n), make(4 * n)
    enabled = gc.isenabled()
    gc.disable()
    try:
        run(small)  # warm
        ratios = []
        for _ in range(2):
            small_time = max(_cpu_seconds(lambda: run(small)), 1e-6)
            ratios.append(_cpu_seconds(lambda: run(large)) / small_time)
        return min(ratios)
    finally:
        if enabled:
            gc.enable()


# The link scanner builds its tables in Python: smaller inputs keep this test quick.
SIZES = {
    "[ then ](": 5_000,
    "nested [ ] without a (": 5_000,
    "runs of [": 5_000,
    "prose: runs of [": 5_000,
}


@pytest.mark.parametrize("case", sorted(WORST_CASES))
def test_scanner_time_grows_linearly(case: str) -> None:
    make, run = WORST_CASES[case]
    ratio = _growth(make, run, SIZES.get(case, 20_000))
    # Linear is about 4; quadratic would be 16. Generous, so that a busy machine cannot fail it.
    assert ratio < 9, f"{case}: 4x the input took {ratio:.1f}x the time"
