"""A remembered lesson pack is read on a worker thread: the window never waits for it, the Learn
page says it is loading, and a pack that fails or takes too long is set aside for that start."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from duewise import paths
from duewise.content import loader
from duewise.learning import bank
from duewise.storage import db as storage_db
from duewise.ui.common import pack_loading


@pytest.fixture(autouse=True)
def _back_to_the_course() -> Iterator[None]:
    yield
    paths.use_lessons_dir(None)


def _remember(data: Path, pack: Path) -> None:
    database, _ = storage_db.open_database(data)
    database.set_setting("lesson_pack", str(pack))
    database.close()


@pytest.fixture
def slow_pack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Path, threading.Event]]:
    """A teacher's pack whose loading waits until the test lets it go."""
    pack = tmp_path / "slow-pack"
    shutil.copytree(paths.shipped_lessons_dir() / "01-what-is-credit", pack / "01-lesson")
    release = threading.Event()
    real = loader.load_pack

    def slow(path: Path, **kwargs: object) -> loader.LoadResult:
        if Path(path).resolve() == pack.resolve():
            release.wait(60)
        return real(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "load_pack", slow)
    try:
        yield pack, release
    finally:
        release.set()  # the worker finishes; nothing is left waiting at exit


def _course_titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [row["title"].text() for row in page.lesson_list.lesson_rows.values()]


def test_a_pack_that_takes_too_long_is_set_aside_and_the_window_never_waits(  # type: ignore[no-untyped-def]
    build_window, tmp_path: Path, slow_pack, monkeypatch, qtbot
) -> None:
    pack, release = slow_pack
    data = tmp_path / "data"
    _remember(data, pack)
    monkeypatch.setattr(pack_loading, "PACK_TIME_LIMIT_MS", 300)
    context, window = build_window(data, "en")
    window.show()
    page = window.show_page("learn")
    # The pack is being read on a worker, and the page says so (the GUI thread is free).
    qtbot.waitUntil(page.lesson_list.loading_bar.isVisible, timeout=10_000)
    assert page.lesson_list.status.text() == "Loading the lessons…"
    assert not page.loaded
    # After the time limit: the course, and a word about the pack.
    qtbot.waitUntil(lambda: page.loaded and window.banner.isVisible(), timeout=10_000)
    assert window.banner_text.text() == (
        f"Your lesson pack in {pack} was not opened (it took too long to open), so DueWise "
        "shows its own course for now. Your choice is kept for the next start; "
        "`duewise lessons check` lists any problems."
    )
    assert "What credit is" in _course_titles(page)
    assert context.lesson_pack is None and context.set_aside == (pack, "too_slow")
    assert context.database.get_setting("lesson_pack") == str(pack)  # remembered still
    assert not page.lesson_list.loading_bar.isVisible()
    release.set()


def test_a_remembered_folder_that_is_no_pack_any_more_is_set_aside(  # type: ignore[no-untyped-def]
    build_window, tmp_path: Path, qtbot
) -> None:
    pack = tmp_path / "emptied"
    pack.mkdir()
    data = tmp_path / "data"
    _remember(data, pack)
    context, window = build_window(data, "en")
    window.show()
    page = window.show_page("learn")
    qtbot.waitUntil(lambda: page.loaded and window.banner.isVisible(), timeout=10_000)
    assert "(it holds no lessons)" in window.banner_text.text()
    assert context.set_aside == (pack, "no_lessons")
    assert "What credit is" in _course_titles(page)


def test_a_pack_read_once_is_shared_by_every_page(tmp_path: Path) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(paths.shipped_lessons_dir() / "01-what-is-credit", pack / "01-lesson")
    results: list[loader.LoadResult] = []
    threads = [
        threading.Thread(target=lambda: results.append(bank.load_result(pack))) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(results) == 4 and all(result is results[0] for result in results)


def test_a_lesson_the_reader_could_not_open_is_listed_as_a_problem(  # type: ignore[no-untyped-def]
    build_window, tmp_path: Path, qtbot
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(paths.shipped_lessons_dir(), pack)
    # A lesson no other lesson links into by section (such a link would break with it).
    linked = {
        target
        for text in (p.read_text(encoding="utf-8") for p in pack.glob("*/*.md"))
        for target in re.findall(r"\(lesson:([\w-]+)#", text)
    }
    broken = next(
        folder
        for folder in sorted(pack.iterdir())[1:]
        if (folder / "lesson.toml").is_file()
        and not any(f'id = "{lesson}"' in (folder / "lesson.toml").read_text() for lesson in linked)
    )
    for name in ("zh.md", "en.md"):
        (broken / name).write_text("Only an introduction, no ## section.\n", encoding="utf-8")
    data = tmp_path / "data"
    _remember(data, pack)
    context, window = build_window(data, "en")
    window.show()
    page = window.show_page("learn")
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    assert page.lesson_list.problems_frame.isVisible()
    assert (
        "en.md:1: no sections: a lesson needs at least one '## Title {#id}' heading"
        in page.lesson_list.problems_text.text()
    )
    assert len(page.lesson_list.lesson_rows) == 11  # the other lessons open as usual
    context.set_language("zh_CN")
    qtbot.waitUntil(lambda: "没有小节" in page.lesson_list.problems_text.text())
