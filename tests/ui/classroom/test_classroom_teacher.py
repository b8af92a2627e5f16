"""Classroom teacher area, acting as the teacher: quizzes kept across learners, kept class results,
PIN change and locking, learner deletion behind the PIN, and the class quiz on the projector."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from classroom_helpers import PIN, add_learner, answer, open_page, start_class_quiz, unlock
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from duewise.learning import bank, classroom
from duewise.learning import quiz as learning_quiz
from duewise.storage import profiles
from duewise.ui.classroom.page import ClassroomPage, shipped_pack

pytestmark = pytest.mark.usefixtures("fast_pin_hash")


def _switch(qtbot: QtBot, page: ClassroomPage, name: str) -> None:
    panel = page.profiles_panel
    ids = {p.name: p.id for p in profiles.list_profiles(panel.database)}
    panel.select(ids[name])
    qtbot.mouseClick(panel.switch_button, Qt.MouseButton.LeftButton)
    assert page.context.profile_id == ids[name]


def _quiz_size() -> int:
    """How many questions the class quiz of lesson 1 asks (never final-test or practice items)."""
    lesson = bank.load_bank().lesson("what-is-credit")
    assert lesson is not None
    return len(learning_quiz.lesson_quiz_questions(lesson))


def _right_row(quiz) -> int:  # type: ignore[no-untyped-def]
    """The row (letter) the right answer of the question on screen is shown on."""
    question = quiz.current_question()
    assert question is not None and isinstance(question.answer, int)
    return [k for k, _ in quiz.shown_options(question)].index(question.answer)


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
    context, _, page = open_page(build_window, tmp_path / "data")
    add_learner(qtbot, page, "Lin")
    add_learner(qtbot, page, "Amy")
    _switch(qtbot, page, "Lin")
    unlock(qtbot, page)
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


def _export_files(qtbot, page, dialogs, tmp_path: Path) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    add_learner(qtbot, page, "Lin")
    add_learner(qtbot, page, "Amy")
    ids = {p.name: p.id for p in profiles.list_profiles(page.context.database)}
    answer(page.context, ids["Lin"], [("l01-q01", 1), ("l01-q02", 0), ("l02-q01", 1)])
    answer(page.context, ids["Amy"], [("l01-q01", 1), ("l01-q02", 0)])
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
    # The learners export on their own computer; the teacher imports on another one.
    _, pupils_window, pupils = open_page(build_window, tmp_path / "pupils", language)
    files = _export_files(qtbot, pupils, dialogs, tmp_path)
    pupils_window.close()
    data = tmp_path / "data"
    _, window, page = open_page(build_window, data, language)
    unlock(qtbot, page)
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
    window.close()  # the fixture closes the old database at the end (pages may still read it)
    _, window, page = open_page(build_window, data, language)
    unlock(qtbot, page)
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
    window.close()  # the fixture closes the old database at the end (pages may still read it)
    _, _, page = open_page(build_window, data, language)
    unlock(qtbot, page)
    assert _students(page) == []
    empty = "还没有导入成绩" if language == "zh_CN" else "No results imported yet."
    assert page.results_panel is not None and empty in page.results_panel.status.text()


def test_damaged_kept_results_are_reported_not_crashed(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock
) -> None:
    from duewise.storage import classroom_store

    data = tmp_path / "data"
    context, _, page = open_page(build_window, data)
    classroom_store.save(
        context.database, classroom_store.RESULTS_KIND, classroom_store.RESULTS_NAME, '{"format": 1'
    )
    unlock(qtbot, page)
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


# ---- teacher area: change PIN, lock now, deleting learners ------------------------------------


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_only_the_open_teacher_area_may_delete_learners(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock, *, language
) -> None:
    context, _, page = open_page(build_window, tmp_path / "data", language)
    add_learner(qtbot, page, "Lin")
    add_learner(qtbot, page, "Amy")
    lin = next(p.id for p in profiles.list_profiles(context.database) if p.name == "Lin")
    unlock(qtbot, page)  # sets the PIN
    assert page.lock_button is not None
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert not page.is_unlocked()

    # A learner (teacher area locked) cannot delete Lin: told why, nothing asked, nothing gone.
    page.tabs.setCurrentIndex(0)
    panel = page.profiles_panel
    panel.select(lin)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    expected = "只有老师" if language == "zh_CN" else "Only the teacher can delete learners"
    assert panel.error.isVisible() and expected in panel.error.text()
    assert dialogs["asked"] == [] and profiles.get_profile(context.database, lin) is not None
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert profiles.get_profile(context.database, lin) is not None

    # The teacher unlocks, comes back to the learners and deletes.
    unlock(qtbot, page)
    assert page.is_unlocked()
    page.tabs.setCurrentIndex(0)
    panel.select(lin)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert profiles.get_profile(context.database, lin) is None
    assert not panel.error.isVisible()


def test_change_pin_needs_the_current_pin_and_lock_now(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, clock
) -> None:
    _, window, page = open_page(build_window, tmp_path / "data")
    unlock(qtbot, page)
    assert page.change_pin_button is not None and page.pin_panel is not None
    form = page.pin_panel
    assert not form.isVisible()
    qtbot.mouseClick(page.change_pin_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()

    def attempt(current: str, new: str, repeat: str) -> str:
        for edit, text in (
            (form.current_edit, current),
            (form.new_edit, new),
            (form.repeat_edit, repeat),
        ):
            edit.clear()
            qtbot.keyClicks(edit, text)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        return form.message.text()

    assert attempt(PIN, "12", "12") == "A PIN is 4 to 12 digits (0–9)."
    assert attempt(PIN, "1357", "1358") == "The two new PINs differ. Type the same PIN twice."
    assert page.lock.failures() == 0  # a typo in the new PIN costs no try
    assert attempt("0000", "1357", "1357") == (
        "The current PIN is wrong. Tries left before a waiting time: 2."
    )
    assert page.lock.failures() == 1
    assert attempt(PIN, "1357", "1357").startswith("The teacher PIN was changed")

    # Lock now (Ctrl+L) — the old PIN no longer opens, the new one does.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(page.tools_tabs, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not page.is_unlocked() and not form.isVisible()
    unlock(qtbot, page, PIN)
    assert not page.is_unlocked()
    assert "Wrong PIN" in page.lock_panel.message.text()
    unlock(qtbot, page, "1357")
    assert page.is_unlocked()


def test_change_pin_in_chinese(build_window, tmp_path, qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    _, _, page = open_page(build_window, tmp_path / "data", "zh_CN")
    unlock(qtbot, page)
    assert page.lock_button is not None and page.change_pin_button is not None
    assert page.lock_button.text().startswith("立即锁定")
    assert page.change_pin_button.text().startswith("修改密码")
    qtbot.mouseClick(page.change_pin_button, Qt.MouseButton.LeftButton)
    assert page.pin_panel is not None
    assert page.pin_panel.heading.text() == "修改教师密码"
    qtbot.keyClicks(page.pin_panel.current_edit, "0000")
    qtbot.keyClicks(page.pin_panel.new_edit, "1357")
    qtbot.keyClicks(page.pin_panel.repeat_edit, "1357")
    qtbot.keyClick(page.pin_panel.repeat_edit, Qt.Key.Key_Return)
    assert "当前密码不正确" in page.pin_panel.message.text()
    qtbot.mouseClick(page.pin_panel.cancel_button, Qt.MouseButton.LeftButton)
    assert not page.pin_panel.isVisible()


# ---- the class quiz on the projector ----------------------------------------------------------


def _start_quiz(qtbot, page, *, teams: bool = False, countdown: int = 10):  # type: ignore[no-untyped-def]
    return start_class_quiz(qtbot, page, teams=3 if teams else 0, countdown=countdown)


def _open_presenter(qtbot, quiz):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    with qtbot.waitSignal(quiz.presenter_started) as started:
        qtbot.mouseClick(quiz.present_button, Qt.MouseButton.LeftButton)
    presenter = started.args[0]
    qtbot.addWidget(presenter)
    assert presenter.isFullScreen()
    assert presenter.screen() is QGuiApplication.screens()[int(quiz.screen_box.currentData())]
    # The offscreen test screen is small: check the projector size as a 1920×1080 window.
    presenter.showNormal()
    presenter.resize(1920, 1080)
    qtbot.waitUntil(lambda: presenter.width() == 1920 and presenter.height() == 1080)
    presenter.activateWindow()
    qtbot.waitExposed(presenter)
    qtbot.waitUntil(presenter.isActiveWindow)
    return presenter


def _nothing_cut(presenter) -> None:  # type: ignore[no-untyped-def]
    """Every visible wrapped label is as tall as its text needs, inside the window."""
    from PySide6.QtWidgets import QLabel

    for label in presenter.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        bottom = label.mapTo(presenter, label.rect().bottomLeft()).y()
        assert bottom <= presenter.height(), label.text()


def test_class_quiz_full_screen_with_tallies_typed_on_either_screen(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock
) -> None:
    from PySide6.QtWidgets import QLabel

    context, window, page = open_page(build_window, tmp_path / "data")
    add_learner(qtbot, page, "Zhang Xiaoming")
    _switch(qtbot, page, "Zhang Xiaoming")
    unlock(qtbot, page)
    quiz = _start_quiz(qtbot, page)
    presenter = _open_presenter(qtbot, quiz)
    assert "Leave" in quiz.present_button.text()
    assert presenter.prompt.text() == quiz.prompt.text()
    assert presenter.prompt.font().pointSizeF() >= 40
    assert [row.text.text() for row in presenter.rows] == [
        label.text() for label in quiz.option_labels
    ]
    assert presenter.rows[0].text.font().pointSizeF() >= 36
    assert presenter.countdown_label.text() == "10 s"
    assert presenter.status_label.text() == f"Question 1 of {_quiz_size()} · What credit is"
    right = _right_row(quiz)  # the choices are shuffled for the session
    _nothing_cut(presenter)

    # Keys on the projector: T starts the countdown; ↑↓ choose, digits type, + and − adjust.
    qtbot.keyClick(presenter, Qt.Key.Key_T)
    assert quiz.countdown_running()
    quiz.tick()
    assert presenter.countdown_label.text() == "9 s"
    qtbot.keyClick(presenter, Qt.Key.Key_Down)
    qtbot.keyClicks(presenter, "12")
    assert quiz.spins[1].value() == 12
    qtbot.keyClick(presenter, Qt.Key.Key_Up)
    qtbot.keyClicks(presenter, "7")
    qtbot.keyClick(presenter, Qt.Key.Key_Plus)
    assert quiz.spins[0].value() == 8
    qtbot.keyClick(presenter, Qt.Key.Key_Backspace)
    assert quiz.spins[0].value() == 0
    qtbot.keyClicks(presenter, "9")
    # … and on the main window.
    quiz.spins[2].clear()
    qtbot.keyClicks(quiz.spins[2], "3")
    assert [spin.value() for spin in quiz.spins] == [9, 12, 3, 0]

    # Before the reveal the projector shows the question and its choices only: no tallies, no
    # frame on the option being typed for (it gave the answer away), no chart, no explanation.
    assert [row.count.text() for row in presenter.rows] == ["", "", "", ""]
    assert not any(row.count.isVisible() for row in presenter.rows)
    assert not any(row.property("selected") for row in presenter.rows)
    assert {row.property("answer") for row in presenter.rows} == {""}
    assert not any(row.mark.text() for row in presenter.rows)
    assert not presenter.chart.isVisible() and not presenter.explanation.isVisible()
    assert not presenter.answer_label.isVisible() and not presenter.teams_line.isVisible()
    objectives = {o.text.en for o in shipped_pack().objectives.values()}
    shown = {label.text() for label in presenter.findChildren(QLabel) if label.isVisible()}
    assert not shown & objectives  # the objective is not shown during the question
    presenter.grab().save(str(tmp_path / "quiz-presenter-before-reveal.png"))

    # → reveals: the right answer lights up, the chart, the tallies and the explanation appear.
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert [row.count.text() for row in presenter.rows] == ["9", "12", "3", "0"]
    assert quiz.revealed and not quiz.countdown_running()
    assert presenter.chart.isVisible() and presenter.explanation.isVisible()
    assert presenter.chart.bar_heights() == [9, 12, 3, 0] == quiz.chart.bar_heights()
    assert presenter.chart.bar_is_highlighted() == [row == right for row in range(4)]
    assert presenter.rows[right].mark.text() == "✓"
    assert presenter.rows[right].property("answer") == "right"
    assert presenter.explanation.text() == quiz.explanation.text()
    assert not presenter.countdown_label.isVisible()
    _nothing_cut(presenter)
    presenter.grab().save(str(tmp_path / "quiz-presenter-1920x1080.png"))

    # B blanks; any key brings the same picture back.
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert presenter.is_blank()
    assert presenter.stack.currentWidget().grab().toImage().pixelColor(10, 10).name() == "#000000"
    qtbot.keyClick(presenter, Qt.Key.Key_Right)
    assert not presenter.is_blank() and quiz.index == 0 and quiz.revealed

    # The clicker's PageDown goes on to question 2, on both screens.
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert quiz.index == 1 and quiz.progress_label.text() == f"Question 2 of {_quiz_size()}"
    assert presenter.prompt.text() == quiz.prompt.text()
    assert [row.text.text() for row in presenter.rows] == ["True", "False"]
    assert not presenter.chart.isVisible()

    # PageUp goes back: question 1 as it was entered, answer shown; the tallies typed for
    # question 2 meanwhile are kept for when it comes back.
    qtbot.keyClicks(presenter, "5")
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    assert quiz.index == 0 and quiz.revealed
    assert [spin.value() for spin in quiz.spins] == [9, 12, 3, 0]
    assert presenter.chart.isVisible() and presenter.chart.bar_heights() == [9, 12, 3, 0]
    assert presenter.status_label.text() == f"Question 1 of {_quiz_size()} · What credit is"
    assert not quiz.back_button.isEnabled()  # nothing before the first question
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    assert quiz.index == 0
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert quiz.index == 1 and not quiz.revealed
    assert quiz.spins[0].value() == 5 and quiz.back_button.isEnabled()

    # No learner data on the projector, at any step.
    shown = [w.text() for w in presenter.findChildren(QLabel)]
    assert not any("Zhang" in text for text in shown)

    # The end: the summary chart of share right per question.
    qtbot.mouseClick(quiz.stop_button, Qt.MouseButton.LeftButton)
    assert presenter.prompt.text() == "Quiz finished: share right"
    share = classroom.percent(Fraction([9, 12, 3, 0][right], 24), 0)
    assert presenter.chart.isVisible() and presenter.chart.bar_heights() == [float(share)]
    assert not any("Zhang" in w.text() for w in presenter.findChildren(QLabel))

    with qtbot.waitSignal(presenter.closed):
        qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert quiz.presenter is None and "Present" in quiz.present_button.text()
    assert context.profile_id  # the learner was never touched
    window.activateWindow()


def test_team_quiz_on_the_projector_in_chinese(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, clock
) -> None:
    _, _, page = open_page(build_window, tmp_path / "data", "zh_CN")
    unlock(qtbot, page)
    quiz = _start_quiz(qtbot, page, teams=True, countdown=0)
    assert quiz.present_button.text().startswith("全屏放映")
    presenter = _open_presenter(qtbot, quiz)
    assert presenter.status_label.text() == f"第 1 题，共 {_quiz_size()} 题 · 什么是信用"
    assert presenter.prompt.text().startswith("用白条")
    assert presenter.hint.text().startswith("→ 揭晓 / 下一题")
    assert not presenter.countdown_label.isVisible()
    assert presenter.rows[0].text.text().startswith("A. ")
    # Team points typed on the projector: ↓ goes to the next team. Before the reveal the
    # projector shows none of them (they are on the teacher's window).
    qtbot.keyClicks(presenter, "3")
    qtbot.keyClick(presenter, Qt.Key.Key_Down)
    qtbot.keyClicks(presenter, "5")
    assert [spin.value() for spin in quiz.spins] == [3, 5, 0]
    assert not presenter.teams_line.isVisible() and not presenter.chart.isVisible()
    qtbot.keyClick(presenter, Qt.Key.Key_R)
    # After the reveal: this question's points and the running totals, each labelled.
    assert presenter.teams_line.isVisible()
    line = presenter.teams_line.text()
    assert line.startswith("本题得分：") and "[老虎队：5]" in line and "熊猫队：3" in line
    assert quiz.revealed and presenter.chart.bar_heights() == [3, 5, 0]
    assert presenter.chart.axes.get_ylabel() == "目前累计得分"
    ticks = [t.get_text() for t in presenter.chart.axes.get_xticklabels()]
    assert ticks == ["熊猫队", "老虎队", "雄鹰队"]  # one line each: no "A↵队"
    _nothing_cut(presenter)
    qtbot.keyClick(presenter, Qt.Key.Key_Space)
    qtbot.keyClicks(presenter, "4")  # the Tigers again (still chosen)
    qtbot.keyClick(presenter, Qt.Key.Key_Return)  # reveal question 2
    assert presenter.chart.bar_heights() == [3, 9, 0]  # running totals, not this question's
    assert "[老虎队：4]" in presenter.teams_line.text()  # … which is this question's
    qtbot.mouseClick(quiz.stop_button, Qt.MouseButton.LeftButton)
    assert presenter.prompt.text() == "最终得分"
    standings = [(r.mark.text(), r.text.text(), r.count.text()) for r in presenter.rows]
    assert standings == [("1", "老虎队", "9"), ("2", "熊猫队", "3"), ("3", "雄鹰队", "0")]
    assert presenter.chart.axes.get_ylabel() == "总得分"
    assert presenter.rows[0].property("answer") == "winner"
    _nothing_cut(presenter)
    presenter.close()
