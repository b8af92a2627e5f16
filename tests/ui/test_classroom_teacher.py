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


# ---- imported class results are kept ----------------------------------------------------------


def _answer(context, profile_id: int, answers: list[tuple[str, int]]) -> None:  # type: ignore[no-untyped-def]
    """Store a scored lesson quiz for a profile: (question id, score 0/1) per answer."""
    import datetime as dt
    from fractions import Fraction

    from duewise.learning.quiz import QuizItem, QuizKind
    from duewise.storage import quiz_store
    from duewise.ui.pages.classroom import shipped_pack

    store = quiz_store.QuizStore(context.database)
    when = dt.datetime(2026, 3, 16, 20, 0, tzinfo=dt.UTC)
    attempt = store.start_attempt(
        profile_id,
        QuizKind.LESSON,
        [QuizItem(qid) for qid, _ in answers],
        seed=1,
        now=when,
        lesson_id="what-is-credit",
    )
    by_id = {q.id: q for q in shipped_pack().questions}
    for position, (qid, score) in enumerate(answers):
        store.record_answer(
            attempt.id,
            position,
            question_id=qid,
            objective=by_id[qid].objective,
            lesson_id=by_id[qid].lesson_id,
            response=0,
            score=Fraction(score),
            now=when,
        )


def _export_files(qtbot, page, dialogs, tmp_path: Path) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    _add_learner(qtbot, page, "Lin")
    _add_learner(qtbot, page, "Amy")
    ids = {p.name: p.id for p in profiles.list_profiles(page.context.database)}
    _answer(page.context, ids["Lin"], [("l01-q01", 1), ("l01-q02", 0), ("l02-q01", 1)])
    _answer(page.context, ids["Amy"], [("l01-q01", 1), ("l01-q02", 0)])
    files = {}
    for name in ("Lin", "Amy"):
        _switch(qtbot, page, name)
        files[name] = tmp_path / f"{name}.json"
        dialogs["save"] = files[name]
        qtbot.mouseClick(page.export_mine_button, Qt.MouseButton.LeftButton)
    return files


def _students(page: ClassroomPage) -> list[list[str]]:
    panel = page.results_panel
    assert panel is not None
    table = panel.students_table
    return [[table.item(r, c).text() for c in range(2)] for r in range(table.rowCount())]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_imported_results_survive_a_restart_and_import_more_merges(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock, *, language
) -> None:
    data = tmp_path / "data"
    context, window, page = _open_page(build_window, data, language)
    files = _export_files(qtbot, page, dialogs, tmp_path)
    _unlock(qtbot, page)
    panel = page.results_panel
    assert panel is not None and page.tools_tabs is not None
    page.tools_tabs.setCurrentWidget(panel)
    assert not panel.clear_button.isEnabled()
    dialogs["open"] = [files["Lin"]]
    with qtbot.waitSignal(panel.imported):
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert _students(page) == [["Lin", "3"]]
    more = "导入更多" if language == "zh_CN" else "Import more"
    assert more in panel.import_button.text().replace("&", "")

    # Restart: a new window on the same data folder.
    window.close()
    context.database.close()
    context, window, page = _open_page(build_window, data, language)
    _unlock(qtbot, page)
    panel = page.results_panel
    assert panel is not None
    assert _students(page) == [["Lin", "3"]]
    kept = "保存" if language == "zh_CN" else "Kept from earlier imports"
    assert kept in panel.status.text() and panel.csv_button.isEnabled()
    assert panel.lessons_table.rowCount() == 2 and panel.chart.bar_heights() == [50.0, 100.0]

    # Import more: Amy joins, Lin's answers are not counted twice.
    dialogs["open"] = [files["Amy"], files["Lin"]]
    with qtbot.waitSignal(panel.imported):
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert _students(page) == [["Amy", "2"], ["Lin", "3"]]

    # Clearing asks first; "No" keeps everything.
    dialogs["confirm"] = False
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert "2" in dialogs["asked"][-1]  # type: ignore[index]
    assert _students(page) == [["Amy", "2"], ["Lin", "3"]]
    dialogs["confirm"] = True
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert _students(page) == [] and not panel.csv_button.isEnabled()
    window.close()
    context.database.close()
    context, window, page = _open_page(build_window, data, language)
    _unlock(qtbot, page)
    assert _students(page) == []
    empty = "还没有导入成绩" if language == "zh_CN" else "No results imported yet."
    assert page.results_panel is not None and empty in page.results_panel.status.text()


def test_damaged_kept_results_are_reported_not_crashed(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock
) -> None:
    from duewise.storage import classroom_store

    data = tmp_path / "data"
    context, _, page = _open_page(build_window, data)
    classroom_store.save(
        context.database, classroom_store.RESULTS_KIND, classroom_store.RESULTS_NAME, '{"format": 1'
    )
    _unlock(qtbot, page)
    panel = page.results_panel
    assert panel is not None
    assert "could not be read" in panel.status.text() and panel.clear_button.isEnabled()
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "No results imported yet."
    assert (
        classroom_store.load(
            context.database, classroom_store.RESULTS_KIND, classroom_store.RESULTS_NAME
        )
        is None
    )
