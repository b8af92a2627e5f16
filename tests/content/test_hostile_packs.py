"""Lesson packs made to hurt: huge, deep, linked outside, pipes instead of files, too many of
everything. Each is refused with ``path:line: message``, quickly, and the healthy lessons next to
it still load."""

from __future__ import annotations

import os
import shutil
import sys
import threading
from pathlib import Path

import pytest
from lessonpacks import TEST_ASSETS, VALID_PACK, FakeEngine

from duewise import paths
from duewise.content import limits, loader

SECRET = "SECRET-OUTSIDE-THE-PACK"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="symlinks and FIFOs: POSIX")


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """A copy of the valid test pack (lessons 01-basics and 02-late) to spoil."""
    target = tmp_path / "pack"
    shutil.copytree(VALID_PACK, target)
    return target


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder next to the pack holding files that must never be read."""
    folder = tmp_path / "outside"
    shutil.copytree(VALID_PACK / "01-basics", folder / "lesson")
    for name in ("lesson.toml", "en.md", "zh.md"):
        (folder / "lesson" / name).write_text(f'# {SECRET}\nid = "{SECRET}"\n', encoding="utf-8")
    (folder / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    return folder


def _load(pack: Path) -> loader.LoadResult:
    return loader.load_pack(pack, engine=FakeEngine(), assets_dir=TEST_ASSETS)


def _lines(pack: Path) -> list[str]:
    result = _load(pack)
    return [p.format(pack) for p in result.problems]


def _toml(pack: Path, text: str, lesson: str = "01-basics") -> None:
    (pack / lesson / "lesson.toml").write_text(text, encoding="utf-8")


def _only_basics_broken(result: loader.LoadResult) -> None:
    assert [lesson.id for lesson in result.pack.lessons] == ["late"]


# ---- nesting, checked before tomllib --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("deep" + ".a" * 3000 + " = 1\n", 1),  # one key nested 3,000 levels (tomllib: dicts)
        ('id = "x"\nx = ' + "[\n" * 5000 + "]\n" * 5000, 18),  # RecursionError in tomllib
        ("x = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n", 1),  # inline tables: RecursionError
        ("[" + ".".join(["a"] * 3000) + "]\n", 1),  # a table header 3,000 parts deep
        ("x = [" + "{a = [" * 20 + "]}" * 20 + "]\n", 1),
    ],
    ids=["dotted key", "arrays", "inline tables", "header", "arrays of inline tables"],
)
def test_deep_nesting_is_refused_before_parsing(pack: Path, text: str, line: int) -> None:
    _toml(pack, text)
    result = _load(pack)
    problem = result.problems[0]
    assert problem.code in ("too_deep", "line_too_long")
    assert problem.format(pack).startswith(f"01-basics/lesson.toml:{line}: ")
    _only_basics_broken(result)


def test_deep_nesting_in_a_block_is_refused_before_parsing(pack: Path) -> None:
    path = pack / "01-basics" / "en.md"
    text = path.read_text(encoding="utf-8")
    deep = 'product = "cn_jd_baitiao"\nx = ' + "[\n" * 3000 + "]\n" * 3000
    path.write_text(text.replace('product = "cn_jd_baitiao"', deep, 1), encoding="utf-8")
    fence = text.splitlines().index("```calculator") + 1
    assert _lines(pack)[0] == (
        f"01-basics/en.md:{fence + 18}: nested more than 16 levels deep (each table, array, "
        "inline table and dotted key part is a level); not parsed"
    )


def test_a_dotted_key_100000_levels_deep_costs_nothing(pack: Path) -> None:
    _toml(pack, "deep" + ".a" * 100_000 + " = 1\n")  # grew past 2 GB in 13 s before
    assert _lines(pack) == [
        f"01-basics/lesson.toml:1: line longer than {limits.MAX_LINE_CHARS} characters; "
        "the file was not read further"
    ]


def test_nesting_up_to_the_limit_is_fine(pack: Path) -> None:
    text = (pack / "01-basics" / "lesson.toml").read_text(encoding="utf-8")
    depth = limits.MAX_DEPTH - 1  # the key is one level, each array another
    _toml(
        pack,
        text.replace(
            'level = "beginner"', 'level = "beginner"\nx = ' + "[" * depth + "]" * depth, 1
        ),
    )
    assert [p.code for p in _load(pack).problems] == ["unknown_field"]


def test_too_many_repeated_tables_are_refused_at_the_first_extra_one(pack: Path) -> None:
    _toml(pack, 'id = "basics"\n' + "[[questions]]\n" * (limits.MAX_TABLES + 5))
    assert _lines(pack) == [
        f"01-basics/lesson.toml:{limits.MAX_TABLES + 2}: "
        f"more than {limits.MAX_TABLES} [[questions]] tables in one file"
    ]


def test_too_many_questions_in_a_lesson(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Counted after parsing too: questions may be written as one inline array.
    monkeypatch.setattr(limits, "MAX_QUESTIONS", 2)
    problems = [p for p in _load(pack).problems if p.code == "too_many_questions"]
    first = {  # the line of each lesson's first [[questions]] table
        name: (pack / name / "lesson.toml").read_text().splitlines().index("[[questions]]") + 1
        for name in ("01-basics", "02-late")
    }
    assert [p.format(pack) for p in problems] == [
        f"01-basics/lesson.toml:{first['01-basics']}: more than 2 questions in one lesson",
        f"02-late/lesson.toml:{first['02-late']}: more than 2 questions in one lesson",
    ]


# ---- sizes ----------------------------------------------------------------------------------


def test_a_file_over_the_size_limit_is_not_read(pack: Path) -> None:
    body = (pack / "01-basics" / "en.md").read_text(encoding="utf-8")
    filler = ("word " * 1000 + "\n\n") * (limits.MAX_FILE_BYTES // 5000 + 1)
    (pack / "01-basics" / "en.md").write_text(body + filler, encoding="utf-8")
    size = (pack / "01-basics" / "en.md").stat().st_size
    result = _load(pack)
    assert [p.format(pack) for p in result.problems] == [
        f"01-basics/en.md:1: file too large: {size} bytes (at most {limits.MAX_FILE_BYTES})"
    ]
    _only_basics_broken(result)


def test_a_line_over_the_limit_is_refused(pack: Path) -> None:
    path = pack / "01-basics" / "zh.md"
    path.write_text(
        path.read_text(encoding="utf-8") + "\n" + "字" * (limits.MAX_LINE_CHARS + 1) + "\n",
        encoding="utf-8",
    )
    line = len(path.read_text(encoding="utf-8").splitlines())
    assert _lines(pack) == [
        f"01-basics/zh.md:{line}: line longer than {limits.MAX_LINE_CHARS} characters; "
        "the file was not read further"
    ]


def test_the_pack_byte_budget_stops_reading(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = sum(f.stat().st_size for f in (pack / "01-basics").iterdir())
    monkeypatch.setattr(limits, "MAX_PACK_BYTES", first + 10)
    lines = _lines(pack)
    assert lines[0].startswith("02-late/")
    assert "the pack's lesson files come to more than" in lines[0]


def test_lessons_beyond_the_limit_are_not_read(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_LESSONS", 1)
    (pack / "02-late" / "lesson.toml").unlink()
    if hasattr(os, "mkfifo"):
        os.mkfifo(pack / "02-late" / "lesson.toml")  # reading it would hang
    else:
        (pack / "02-late" / "lesson.toml").write_text("not read", encoding="utf-8")
    result = _load(pack)
    assert [p.format(pack) for p in result.problems] == [
        "02-late/lesson.toml:1: the pack has more than 1 lessons; this one and those after it "
        "(by folder name) were not read"
    ]
    assert [lesson.id for lesson in result.pack.lessons] == ["basics"]
    assert result.skipped == (pack / "02-late",)


def test_the_pack_wide_question_limit(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_PACK_QUESTIONS", 6)  # the pack has 7
    result = _load(pack)
    assert [p.format(pack) for p in result.problems] == [
        "02-late/lesson.toml:1: the pack has more than 6 questions; this lesson's were not loaded"
    ]
    assert [lesson.id for lesson in result.pack.lessons] == ["basics"]


def test_the_compute_limit(pack: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_COMPUTES", 0)
    engine = FakeEngine()
    result = loader.load_pack(pack, engine=engine, assets_dir=TEST_ASSETS)
    assert {p.code for p in result.problems} == {"too_many_computes"}
    assert engine.calls == []


def test_a_pack_folder_with_too_many_entries_is_refused(
    pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_PACK_ENTRIES", 3)
    for i in range(3):
        (pack / f"extra-{i}.txt").write_text("x", encoding="utf-8")
    with pytest.raises(loader.PackPathError) as caught:
        _load(pack)
    assert caught.value.code == "too_many_entries"


@pytest.mark.parametrize("name", ["en.md", "lesson.toml"])
def test_a_file_of_nothing_but_mistakes_lists_at_most_the_limit(pack: Path, name: str) -> None:
    path = pack / "01-basics" / name
    if name == "en.md":
        path.write_text(path.read_text(encoding="utf-8") + "<b>raw</b>\n" * 20_000, "utf-8")
    else:
        unknown = "".join(f"key{i} = 1\n" for i in range(20_000))
        path.write_text(unknown + path.read_text(encoding="utf-8"), "utf-8")
    result = _load(pack)
    basics = [p for p in result.problems if p.path.parent.name == "01-basics"]
    assert len(basics) == limits.MAX_PROBLEMS + 1
    assert basics[-1].code == "too_many_problems" or any(
        p.code == "too_many_problems" for p in basics
    )
    _only_basics_broken(result)


# ---- links and special files ------------------------------------------------------------------


@POSIX
@pytest.mark.parametrize("name", ["en.md", "lesson.toml"])
def test_a_file_linked_outside_the_pack_is_refused(pack: Path, outside: Path, name: str) -> None:
    target = pack / "01-basics" / name
    target.unlink()
    target.symlink_to(outside / "secret.txt")
    result = _load(pack)
    lines = [p.format(pack) for p in (*result.problems, *result.notes)]
    assert lines[0] == (
        f"01-basics/{name}:1: '{name}' leads outside the lesson pack (a link?); "
        "only files inside the pack are read"
    )
    assert not any(SECRET in line for line in lines)
    _only_basics_broken(result)


@POSIX
def test_a_lesson_folder_linked_outside_the_pack_is_refused(pack: Path, outside: Path) -> None:
    (pack / "03-linked").symlink_to(outside / "lesson", target_is_directory=True)
    result = _load(pack)
    assert [p.format(pack) for p in result.problems] == [
        "03-linked/lesson.toml:1: '03-linked' leads outside the lesson pack (a link?); "
        "only files inside the pack are read"
    ]
    assert not any(SECRET in p.message for p in (*result.problems, *result.notes))
    assert {lesson.id for lesson in result.pack.lessons} == {"basics", "late"}


@POSIX
def test_links_to_system_files_and_devices_are_refused(pack: Path) -> None:
    (pack / "01-basics" / "en.md").unlink()
    (pack / "01-basics" / "en.md").symlink_to("/etc/passwd")
    (pack / "02-late" / "lesson.toml").unlink()
    (pack / "02-late" / "lesson.toml").symlink_to("/dev/zero")
    result = _load(pack)
    assert [p.code for p in result.problems] == ["outside_pack", "outside_pack"]
    assert result.pack.lessons == ()
    assert "root:" not in " ".join(p.message for p in result.problems)


@POSIX
def test_a_link_inside_the_pack_is_followed(pack: Path) -> None:
    shared = pack / "shared-en.md"
    (pack / "01-basics" / "en.md").rename(shared)
    (pack / "01-basics" / "en.md").symlink_to(Path("..") / "shared-en.md")
    assert _load(pack).ok


@POSIX
def test_a_pipe_instead_of_a_file_is_refused_without_waiting(pack: Path) -> None:
    pipe = pack / "01-basics" / "en.md"
    pipe.unlink()
    os.mkfifo(pipe)
    done = threading.Event()
    box: list[loader.LoadResult] = []

    def work() -> None:
        box.append(_load(pack))
        done.set()

    threading.Thread(target=work, daemon=True).start()
    if not done.wait(30):
        with open(pipe, "wb"):  # unblock a reader stuck on the pipe, then fail
            pass
        done.wait(30)
        pytest.fail("loading the pack blocked on a named pipe")
    assert [p.format(pack) for p in box[0].problems] == [
        "01-basics/en.md:1: 'en.md' is not a regular file"
    ]


def test_a_folder_instead_of_a_file_is_refused(pack: Path) -> None:
    (pack / "01-basics" / "en.md").unlink()
    (pack / "01-basics" / "en.md").mkdir()
    assert _lines(pack) == ["01-basics/en.md:1: 'en.md' is not a regular file"]


# ---- structure the viewer needs ---------------------------------------------------------------


def test_a_lesson_without_sections_is_an_error(pack: Path) -> None:
    for name in ("en.md", "zh.md"):
        (pack / "02-late" / name).write_text("Only an introduction.\n", encoding="utf-8")
    lines = _lines(pack)
    assert (
        "02-late/en.md:1: no sections: a lesson needs at least one '## Title {#id}' heading"
        in lines
    )
    assert (
        "02-late/zh.md:1: no sections: a lesson needs at least one '## Title {#id}' heading"
        in lines
    )


# ---- the limits leave room for real courses ---------------------------------------------------


def test_the_limits_leave_ten_times_the_shipped_course_room() -> None:
    pack = paths.lessons_dir()
    result = loader.load_pack(pack)
    assert result.ok
    files = [f for lesson in result.pack.lessons for f in lesson.path.iterdir() if f.is_file()]
    texts = [f.read_text(encoding="utf-8") for f in files]
    assert 10 * len(result.pack.lessons) <= limits.MAX_LESSONS
    assert 10 * max(len(lesson.questions) for lesson in result.pack.lessons) <= limits.MAX_QUESTIONS
    assert 10 * len(result.pack.questions) <= limits.MAX_PACK_QUESTIONS
    assert 10 * sum(f.stat().st_size for f in files) <= limits.MAX_PACK_BYTES
    assert 10 * max(f.stat().st_size for f in files) <= limits.MAX_FILE_BYTES
    assert (
        10 * max(len(line) for text in texts for line in text.splitlines()) <= limits.MAX_LINE_CHARS
    )
    computes = sum(1 for q in result.pack.questions if q.compute is not None)
    assert 10 * computes <= limits.MAX_COMPUTES
    tables = max(
        text.count(f"[[{name}]]")
        for text in texts
        for name in ("questions", "objectives", "glossary", "sources")
    )
    assert 10 * tables <= limits.MAX_TABLES
