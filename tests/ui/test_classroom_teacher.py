"""Classroom teacher area, acting as the teacher: quizzes kept across learners, kept class results,
PIN change and locking, learner deletion behind the PIN, and the class quiz on the projector."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from duewise.storage import profiles, teacher_pin
from duewise.ui.classroom_dialogs import ClassroomDialogs
from duewise.ui.pages.classroom import ClassroomPage

PIN = "2468"


@pytest.fixture(autouse=True)
def _fast_pin_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(teacher_pin, "ITERATIONS", 1000)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The lockout's wall clock, moved by the test instead of sleeping."""
    now = [1_000_000.0]
    monkeypatch.setattr(ClassroomPage, "now", classmethod(lambda cls: now[0]))
    return now


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, object]:
    """Stand-ins for the modal dialogs: confirmations say yes, pickers return set paths."""
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


def _open_page(build_window, data_dir: Path, language: str = "en"):  # type: ignore[no-untyped-def]
    context, window = build_window(data_dir, language)
    window.show()
    window.activateWindow()
    page = window.show_page("classroom")
    assert isinstance(page, ClassroomPage)
    return context, window, page


def _add_learner(qtbot: QtBot, page: ClassroomPage, name: str) -> None:
    panel = page.profiles_panel
    panel.name_edit.clear()
    qtbot.keyClicks(panel.name_edit, name)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)


def _switch(qtbot: QtBot, page: ClassroomPage, name: str) -> None:
    panel = page.profiles_panel
    ids = {p.name: p.id for p in profiles.list_profiles(panel.database)}
    panel.select(ids[name])
    qtbot.mouseClick(panel.switch_button, Qt.MouseButton.LeftButton)
    assert page.context.profile_id == ids[name]


def _unlock(qtbot: QtBot, page: ClassroomPage, pin: str = PIN) -> None:
    page.tabs.setCurrentIndex(1)
    lock = page.lock_panel
    qtbot.keyClicks(lock.pin_edit, pin)
    if lock.repeat_edit.isVisible():
        qtbot.keyClicks(lock.repeat_edit, pin)
    qtbot.mouseClick(lock.submit_button, Qt.MouseButton.LeftButton)


def _run_short_quiz(qtbot: QtBot, page: ClassroomPage) -> None:
    quiz = page.quiz_panel
    assert quiz is not None and page.tools_tabs is not None
    page.tools_tabs.setCurrentWidget(quiz)
    quiz.lesson_box.setCurrentIndex(quiz.lesson_box.findData("what-is-credit"))
    quiz.countdown_spin.setValue(0)
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)
    quiz.set_counts([10, 2, 3, 1])
    qtbot.mouseClick(quiz.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.stop_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.new_button, Qt.MouseButton.LeftButton)


# ---- class quiz sessions belong to the teacher area -------------------------------------------


def test_saved_quizzes_stay_visible_after_switching_learner(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock
) -> None:
    context, _, page = _open_page(build_window, tmp_path / "data")
    _add_learner(qtbot, page, "Lin")
    _add_learner(qtbot, page, "Amy")
    _switch(qtbot, page, "Lin")
    _unlock(qtbot, page)
    _run_short_quiz(qtbot, page)
    quiz = page.quiz_panel
    assert quiz is not None and quiz.saved_box.count() == 1

    page.tabs.setCurrentIndex(0)
    _switch(qtbot, page, "Amy")
    assert quiz.saved_box.count() == 1 and quiz.saved_export_button.isEnabled()
    context.set_profile(profiles.list_profiles(context.database)[0].id)  # from another page
    assert quiz.saved_box.count() == 1
    assert "Default learner" in page.profiles_panel.current_label.text()

    # Deleting the learner whose id held the teacher's items does not delete the quiz.
    page.profiles_panel.select(profiles.list_profiles(context.database)[0].id)
    qtbot.mouseClick(page.profiles_panel.delete_button, Qt.MouseButton.LeftButton)
    assert quiz.saved_box.count() == 1
    dialogs["save"] = tmp_path / "saved.csv"
    qtbot.mouseClick(quiz.saved_export_button, Qt.MouseButton.LeftButton)
    assert quiz.saved_status.text().startswith("Saved as")
    assert (tmp_path / "saved.csv").exists()
