"""One lesson pack, read once off the GUI thread, shared by the Learn, Check and Classroom pages.

The loader is slowed (it waits on an event the test sets): every page is built and used while
the pack is being read, the window keeps handling events, each page says the lessons are being
read, and each shows its content when the load finishes. Loading on the GUI thread fails at
once instead of freezing the test.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from pytestqt.qtbot import QtBot

from duewise import paths
from duewise.content import loader
from duewise.learning import bank


class SlowLoader:
    """``loader.load_pack`` that waits for :attr:`release` (on a worker thread only)."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Event()
        self.calls: list[Path] = []
        self.on_gui_thread: list[Path] = []
        self._real = loader.load_pack

    def __call__(self, path: Path, **kwargs: object) -> loader.LoadResult:
        self.calls.append(Path(path))
        if QThread.currentThread().isMainThread():
            self.on_gui_thread.append(Path(path))
            raise AssertionError(f"the lesson pack {path} was read on the GUI thread")
        self.started.set()
        self.release.wait(60)
        return self._real(path, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def slow_loader(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowLoader]:
    bank.forget()  # the course is read again, slowly
    slow = SlowLoader()
    monkeypatch.setattr(loader, "load_pack", slow)
    try:
        yield slow
    finally:
        slow.release.set()  # no worker is left waiting


def _unlock(qtbot: QtBot, page) -> None:  # type: ignore[no-untyped-def]
    page.tabs.setCurrentIndex(1)
    lock = page.lock_panel
    qtbot.keyClicks(lock.pin_edit, "2468")
    qtbot.keyClicks(lock.repeat_edit, "2468")
    qtbot.mouseClick(lock.submit_button, Qt.MouseButton.LeftButton)


def test_every_page_waits_for_the_one_background_pack_without_freezing(  # type: ignore[no-untyped-def]
    build_window, tmp_path: Path, qtbot: QtBot, slow_loader: SlowLoader, fast_pin_hash
) -> None:
    context, window = build_window(tmp_path / "data", "en")
    window.show()

    # Check yourself, first visit while the pack is not read: it says so and waits.
    check = window.show_page("check")
    qtbot.waitUntil(slow_loader.started.is_set, timeout=10_000)
    assert check.pack_wait.isVisible()
    assert check.pack_wait.text() == "Loading the lessons…"
    assert not check.views.isVisible()
    check.open_with({"lesson": "what-is-credit"})  # a lesson's "quiz" link, before the pack

    # Classroom: the teacher area opens at once and waits for the pack too.
    classroom = window.show_page("classroom")
    _unlock(qtbot, classroom)
    assert classroom.teacher_tools is not None and classroom.tools_pack_wait.isVisible()
    assert classroom.present_panel.lesson_box.count() == 0

    # Learn: the list says it is loading.
    learn = window.show_page("learn")
    qtbot.waitUntil(learn.lesson_list.loading_bar.isVisible, timeout=10_000)
    assert learn.lesson_list.status.text() == "Loading the lessons…" and not learn.loaded
    learn.open_with({"lesson": "what-is-credit"})  # a "study this" link, before the pack

    # Meanwhile the window keeps handling events: timers fire, pages switch.
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=10_000)
    timer.stop()
    assert window.show_page("settings") is window.page("settings")
    window.show_page("learn")
    assert not slow_loader.release.is_set() and not learn.loaded

    with qtbot.waitSignal(context.lessons_loaded, timeout=30_000):
        slow_loader.release.set()

    # Every page shows its content: the lesson list, the quiz asked for, the teacher's lessons.
    qtbot.waitUntil(lambda: learn.loaded, timeout=10_000)
    assert "What credit is" in [
        row["title"].text() for row in learn.lesson_list.lesson_rows.values()
    ]  # type: ignore[union-attr]
    assert learn.lesson is not None and learn.lesson.id == "what-is-credit"
    window.show_page("check")
    assert not check.pack_wait.isVisible() and check.views.isVisible()
    assert check.attempt is not None and check.attempt.lesson_id == "what-is-credit"
    assert check.current_question() is not None
    assert not classroom.tools_pack_wait.isVisibleTo(classroom)
    assert classroom.present_panel.lesson_box.count() == len(bank.load_bank().lessons)
    # Read once, on a worker, for every page.
    assert slow_loader.on_gui_thread == []
    assert slow_loader.calls == [paths.lessons_dir().resolve()]


def test_a_page_built_after_the_pack_is_read_shows_it_at_once(  # type: ignore[no-untyped-def]
    build_window, tmp_path: Path, qtbot: QtBot
) -> None:
    """No busy state when there is nothing to wait for (the idle-time read did it)."""
    bank.load_result(paths.lessons_dir())
    _context, window = build_window(tmp_path / "data", "en")
    window.show()
    check = window.show_page("check")
    assert not check.pack_wait.isVisible() and check.views.isVisible()
    assert check.overview.lesson_combo.count() == len(bank.load_bank().lessons)


def test_the_idle_time_warm_up_reads_the_lessons_for_later_pages(  # type: ignore[no-untyped-def]
    build_window, tmp_path: Path, qtbot: QtBot, slow_loader: SlowLoader
) -> None:
    """Started on another page, the app still reads the pack after its warm-up, on the worker,
    so Check yourself has it when it is first opened."""
    from duewise.ui.shell import warm_up

    context, window = build_window(tmp_path / "data", "en")
    window.show()
    window.show_page("settings")
    warm_up.read_lessons(window)
    qtbot.waitUntil(slow_loader.started.is_set, timeout=10_000)
    with qtbot.waitSignal(context.lessons_loaded, timeout=30_000):
        slow_loader.release.set()
    check = window.show_page("check")
    assert not check.waiting_for_lessons and check.overview.lesson_combo.count() > 0
    assert slow_loader.on_gui_thread == []
    assert warm_up.read_lessons in warm_up.STEPS


def test_a_lesson_asked_for_before_the_pack_opens_even_if_the_page_reads_it_first(  # type: ignore[no-untyped-def]
    build_window, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A "study this" link followed before the pack is read is kept, and the lesson opens once
    the pack is there, whichever notices first: the context's "loaded" signal, or the Learn page
    itself, which finds the pack read when it is shown (a loaded machine once had the page
    first, and the lesson asked for was dropped)."""
    bank.forget()
    context, window = build_window(tmp_path / "data", "en")
    monkeypatch.setattr(context, "load_lessons", lambda: None)  # the worker has not reported
    window.show()
    learn = window.show_page("learn")
    learn.open_with({"lesson": "what-is-credit"})
    assert not learn.loaded and learn.lesson is None
    bank.load_result(paths.lessons_dir())  # the worker's read, finished; its signal not yet seen
    learn._start_loading()  # the page's own check when it is shown again
    assert learn.loaded
    assert learn.lesson is not None and learn.lesson.id == "what-is-credit"


def test_a_read_that_ends_after_the_app_quit_says_nothing(qapp, capfd) -> None:  # type: ignore[no-untyped-def]
    """Closing DueWise while the pack is still read: the worker's report has nowhere to go, and
    no 'Signal source has been deleted' traceback is printed on the way out."""
    import shiboken6

    from duewise.ui.common import pack_loading

    job = pack_loading._LoadJob(paths.shipped_lessons_dir())
    shiboken6.delete(job.signals)  # gone with the app
    job.run()
    assert "Traceback" not in capfd.readouterr().err
