"""A teacher opens their own lesson pack on the Learn page; it is remembered; and undone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from duewise import paths
from duewise.ui.learn.page import LearnPage


@pytest.fixture
def teacher_pack(tmp_path: Path) -> Path:
    pack = tmp_path / "my-class"
    shutil.copytree(paths.shipped_lessons_dir(), pack)
    toml = pack / "01-what-is-credit" / "lesson.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace(
            'en = "What credit is"', 'en = "Class 3B: what credit is"'
        ),
        encoding="utf-8",
    )
    return pack


@pytest.fixture(autouse=True)
def _back_to_the_course():  # type: ignore[no-untyped-def]
    yield
    paths.use_lessons_dir(None)


def _titles(page: LearnPage) -> list[str]:
    return [row["title"].text() for row in page.lesson_list.lesson_rows.values()]  # type: ignore[union-attr]


def test_open_a_teacher_pack_and_go_back(  # type: ignore[no-untyped-def]
    build_window, tmp_path: Path, teacher_pack: Path, monkeypatch, qtbot
) -> None:
    data = tmp_path / "data"
    context, window = build_window(data, "en")
    window.show()
    page = window.show_page("learn")
    page.ensure_loaded()
    assert "What credit is" in _titles(page)
    assert not page.lesson_list.builtin_button.isVisibleTo(page)

    monkeypatch.setattr(LearnPage, "choose_pack_folder", classmethod(lambda cls, *a: teacher_pack))
    with qtbot.waitSignal(context.lessons_changed):
        page.lesson_list.open_pack_button.click()
    qtbot.waitUntil(lambda: page.loaded)  # read on a worker thread, the list says "Loading…"
    assert "Class 3B: what credit is" in _titles(page)
    assert str(teacher_pack) in page.lesson_list.pack_label.text()
    assert page.lesson_list.builtin_button.isVisibleTo(page)

    # Remembered: a restart shows the teacher's pack.
    window.close()
    context.database.close()
    paths.use_lessons_dir(None)
    _context2, window2 = build_window(data, "en")
    window2.show()
    page2 = window2.show_page("learn")
    page2.ensure_loaded()
    assert "Class 3B: what credit is" in _titles(page2)
    page2.lesson_list.builtin_button.click()
    qtbot.waitUntil(lambda: page2.loaded)
    assert "What credit is" in _titles(page2)


def test_a_folder_without_lessons_is_refused_at_the_button(  # type: ignore[no-untyped-def]
    main_window, tmp_path: Path, monkeypatch
) -> None:
    context, window = main_window
    page = window.show_page("learn")
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(LearnPage, "choose_pack_folder", classmethod(lambda cls, *a: empty))
    page.lesson_list.open_pack_button.click()
    assert page.lesson_list.pack_choice_error.isVisibleTo(page)
    assert "holds no lessons" in page.lesson_list.pack_choice_error.text()
    assert context.lesson_pack is None


def test_quizzes_follow_the_pack_in_use(  # type: ignore[no-untyped-def]
    main_window, teacher_pack: Path, qtbot
) -> None:
    context, window = main_window
    check = window.show_page("check")
    check.open_with({"lesson": "what-is-credit"})
    assert check.attempt is not None  # a quiz from the course is under way
    extra = teacher_pack / "01-what-is-credit" / "lesson.toml"
    extra.write_text(
        extra.read_text(encoding="utf-8").replace('id = "l01-q01"', 'id = "l01-q01-class"'),
        encoding="utf-8",
    )
    # Read on the worker thread, as every pack is; the page fills itself when it is read.
    with qtbot.waitSignal(context.lessons_loaded, timeout=20_000):
        context.set_lesson_pack(teacher_pack)
    assert "l01-q01-class" in check.questions
    assert check.attempt is None  # the course's quiz is kept for later, not shown
    combo = check.overview.lesson_combo
    titles = [combo.itemText(i) for i in range(combo.count())]
    assert any("Class 3B" in title for title in titles)


def test_classroom_follows_the_pack_in_use(  # type: ignore[no-untyped-def]
    main_window, teacher_pack: Path, qtbot, monkeypatch
) -> None:
    from duewise.storage import teacher_pin
    from duewise.ui.classroom.page import ClassroomPage

    monkeypatch.setattr(teacher_pin, "ITERATIONS", 1000)
    context, window = main_window
    page = window.show_page("classroom")
    assert isinstance(page, ClassroomPage)
    page.tabs.setCurrentIndex(1)
    lock = page.lock_panel
    qtbot.keyClicks(lock.pin_edit, "2468")
    if lock.repeat_edit.isVisible():
        qtbot.keyClicks(lock.repeat_edit, "2468")
    lock.submit_button.click()
    assert page.printables_panel is not None
    with qtbot.waitSignal(context.lessons_loaded, timeout=20_000):  # read on the worker
        context.set_lesson_pack(teacher_pack)
    box = page.printables_panel.lesson_box
    assert any("Class 3B" in box.itemText(i) for i in range(box.count()))


@pytest.mark.parametrize(
    ("language", "words"),
    [("en", "is one lesson: choose the folder that holds it"), ("zh_CN", "只是一课")],
)
def test_a_lesson_folder_chosen_as_a_pack_is_explained(  # type: ignore[no-untyped-def]
    build_window, tmp_path: Path, teacher_pack: Path, monkeypatch, *, language: str, words: str
) -> None:
    """``PackPathError("is_a_lesson")``: the words say what to choose instead, in the reader's
    language (the loader's English message is for ``duewise lessons check``)."""
    context, window = build_window(tmp_path / "data", language)
    window.show()
    page = window.show_page("learn")
    lesson = teacher_pack / "01-what-is-credit"
    monkeypatch.setattr(LearnPage, "choose_pack_folder", classmethod(lambda cls, *a: lesson))
    page.lesson_list.open_pack_button.click()
    shown = page.lesson_list.pack_choice_error.text()
    assert words in shown and str(teacher_pack) in shown
    assert "not a lesson pack" not in shown
    assert context.lesson_pack is None
