"""Each folder under broken/ is a pack with one class of mistake; its expected.txt lists the exact
``path:line: message`` lines ``duewise lessons check`` must print (paths relative to the pack)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from lessonpacks import BROKEN_PACKS, TEST_ASSETS, FakeEngine

from duewise.content import loader

CASES = sorted(p.name for p in BROKEN_PACKS.iterdir() if p.is_dir())


def _check(case: Path) -> tuple[loader.LoadResult, list[str]]:
    result = loader.load_pack(case, engine=FakeEngine(), assets_dir=TEST_ASSETS)
    return result, [p.format(case) for p in (*result.problems, *result.notes)]


def test_there_is_a_broken_pack_per_error_class() -> None:
    assert len(CASES) >= 18


@pytest.mark.parametrize("case", CASES)
def test_broken_pack_gives_the_expected_problems(case: str) -> None:
    pack = BROKEN_PACKS / case
    result, lines = _check(pack)
    expected = (pack / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert lines == expected
    assert result.problems, "a broken pack must have at least one problem"


@pytest.mark.parametrize("case", CASES)
def test_broken_lessons_are_skipped_and_the_others_load(case: str) -> None:
    result, _ = _check(BROKEN_PACKS / case)
    broken = {p.path.parent for p in result.problems}
    assert set(result.skipped) == broken
    loaded = {lesson.path for lesson in result.pack.lessons}
    assert not loaded & broken
    every = {p for p in (BROKEN_PACKS / case).iterdir() if (p / "lesson.toml").is_file()}
    assert loaded | broken == every


@pytest.mark.parametrize("case", ["toml-syntax", "answer-keys", "unknown-references"])
def test_a_healthy_lesson_next_to_a_broken_one_still_loads(case: str) -> None:
    result, _ = _check(BROKEN_PACKS / case)
    assert [lesson.id for lesson in result.pack.lessons] == ["second"]


def test_problems_carry_a_code_and_params_for_the_ui() -> None:
    result, _ = _check(BROKEN_PACKS / "answer-keys")
    out_of_range = result.problems[0]
    assert out_of_range.code == "bad_answer"
    assert out_of_range.params["where"] == "question 'b-02'"
    assert out_of_range.path.name == "lesson.toml"
    assert out_of_range.line == 44


def test_a_syntax_error_leaves_references_unchecked_with_a_note() -> None:
    result, _ = _check(BROKEN_PACKS / "toml-syntax")
    assert [p.code for p in result.problems] == ["toml_syntax"]
    assert [p.code for p in result.notes] == ["refs_unchecked"]


def test_a_file_that_is_not_utf8_is_reported_with_its_line(tmp_path: Path) -> None:
    # Built here rather than checked in: a non-UTF-8 file would trip `ruff format --check tests`.
    pack = tmp_path / "pack"
    shutil.copytree(BROKEN_PACKS / "missing-file", pack)
    (pack / "01-basics" / "en.md").write_bytes(
        "Intro.\n\n## Due {#due}\n\n还款日\n".encode("gb18030")
    )
    result = loader.load_pack(pack, engine=FakeEngine(), assets_dir=TEST_ASSETS)
    assert [p.format(pack) for p in result.problems] == [
        "01-basics/en.md:5: not UTF-8 text: bad byte at offset 23"
    ]
    assert result.pack.lessons == ()
