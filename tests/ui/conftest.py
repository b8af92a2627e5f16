"""Fixtures for GUI tests: a built main window on a temporary data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from duewise import app as duewise_app
from duewise import paths
from duewise.learning import bank
from duewise.storage import teacher_pin
from duewise.ui.classroom.dialogs import ClassroomDialogs
from duewise.ui.classroom.page import ClassroomPage
from duewise.ui.common.context import AppContext
from duewise.ui.shell.main_window import MainWindow


@pytest.fixture
def build_window(qapp, qtbot: QtBot) -> Iterator:  # type: ignore[no-untyped-def]
    """Factory: build (context, window) on a data folder, as the app does at start-up."""
    made: list[tuple[AppContext, MainWindow]] = []

    def factory(data_dir: Path, language: str | None = "en") -> tuple[AppContext, MainWindow]:
        context, window = duewise_app.build(qapp, data_dir, language)
        qtbot.addWidget(window)
        made.append((context, window))
        return context, window

    yield factory
    # Windows go first, so that resetting the process-wide language and font below reaches no
    # page of a closed window (some pages read the database when they retranslate).
    for _, window in made:
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    for context, _ in made:
        context.set_appearance(theme_name="light", text_scale=100, remember=False)
        context.set_language("en", remember=False)
        context.database.close()
        context.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    paths.use_lessons_dir(None)


@pytest.fixture
def main_window(build_window, tmp_path: Path) -> tuple[AppContext, MainWindow]:  # type: ignore[no-untyped-def]
    """A shown main window in English on an empty data folder."""
    context, window = build_window(tmp_path / "data", "en")
    window.show()
    return context, window


# ---- classroom page -----------------------------------------------------------------------------


@pytest.fixture
def fast_pin_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    """Few PIN-hash iterations, so that setting and typing the teacher PIN stays quick."""
    monkeypatch.setattr(teacher_pin, "ITERATIONS", 1000)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The classroom lockout's wall clock, moved by the test instead of sleeping."""
    now = [1_000_000.0]
    monkeypatch.setattr(ClassroomPage, "now", classmethod(lambda cls: now[0]))
    return now


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, object]:
    """Stand-ins for the classroom dialogs: confirmations say yes, pickers return set paths."""
    state: dict[str, object] = {
        "confirm": True,
        "save": tmp_path / "out.csv",
        "open": [],
        "asked": [],
    }

    def confirm(cls, parent, title, text):  # type: ignore[no-untyped-def]
        state["asked"].append(text)  # type: ignore[union-attr]
        return state["confirm"]

    monkeypatch.setattr(ClassroomDialogs, "confirm", classmethod(confirm))
    monkeypatch.setattr(ClassroomDialogs, "save_path", classmethod(lambda cls, *a: state["save"]))
    monkeypatch.setattr(
        ClassroomDialogs,
        "open_paths",
        classmethod(lambda cls, *a: list(state["open"])),  # type: ignore[call-overload]
    )
    return state


@pytest.fixture(autouse=True)
def course_read() -> None:
    """The course is read (``learning.bank``), as the app's idle-time read
    (``warm_up.read_lessons``) has read it by the time a learner first opens Check yourself or
    the Classroom; a page built before that waits for it (tests/ui/common/test_shared_pack.py
    forgets it to test the wait). Cached: this costs nothing after the first test."""
    bank.load_result(paths.shipped_lessons_dir())


@pytest.fixture(autouse=True)
def no_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows built by tests do not warm the chart pages after their first paint (a test of the
    warm-up itself sets the steps back): a page a test did not ask for would be built behind it."""
    monkeypatch.setattr(MainWindow, "warm_up_steps", ())
