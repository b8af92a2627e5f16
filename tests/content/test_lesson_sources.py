"""The shipped course's sources follow the presets' rule: the original a reader can find, no notes.

``duewise lessons check`` warns about a source naming a notes file or carrying a strength mark
(``content.extras``, with ``finance.citations``); the shipped course has none of those warnings,
no ``ref`` pointers into notes, and no such text in any lesson file at all (a plain grep, so a
text the loader does not read as a source is caught too).
"""

from __future__ import annotations

import re

import pytest

from duewise import paths
from duewise.content import audit, loader
from duewise.finance import citations

pytestmark = pytest.mark.shipped_pack

PACK = paths.lessons_dir()
# What the rule forbids, written out as a grep would look for it.
GREP = re.compile(
    r"credit-rules|shared/reference|\[(?:[PRWSM]|weak|strong)(?: (?:via|of) [PRW])?\]"
)


@pytest.fixture(scope="module")
def result() -> loader.LoadResult:
    return loader.load_pack(PACK)


def test_every_lesson_source_cites_an_original(result: loader.LoadResult) -> None:
    misses = []
    for lesson in result.pack.lessons:
        assert lesson.sources, lesson.id
        for source in lesson.sources:
            for language, text in (("zh", source.text.zh), ("en", source.text.en)):
                for finding in citations.findings(text):
                    misses.append(f"{lesson.id} {source.id} ({language}): {finding}")
            if source.ref:
                misses.append(f"{lesson.id} {source.id}: ref = {source.ref!r}")
    assert not misses, "\n".join(misses)


def test_lessons_check_has_no_source_warnings(result: loader.LoadResult) -> None:
    codes = {"source_notes", "source_mark"}
    warned = [p.format(PACK) for p in audit.audit(result).warnings if p.code in codes]
    assert not warned, "\n".join(warned)


def test_no_lesson_file_names_the_notes_or_a_strength_mark() -> None:
    files = sorted(
        p
        for folder in PACK.iterdir()
        if folder.is_dir()
        for p in folder.iterdir()
        if p.suffix in (".toml", ".md")
    )
    assert files
    hits = [
        f"{path.relative_to(PACK)}:{number}: {line.strip()[:80]}"
        for path in files
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if GREP.search(line)
    ]
    assert not hits, "\n".join(hits)
