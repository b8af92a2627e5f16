"""Roles on a shared computer, acting as a learner and as a teacher: who may delete what, the
recovery code of a forgotten PIN, and deleting everything from the teacher area."""

from __future__ import annotations

import pytest
from classroom_helpers import PIN, add_learner, answer, open_page, unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from duewise.storage import profiles, teacher_pin, teacher_recovery
from duewise.ui.classroom.page import ClassroomPage
from duewise.ui.settings.page import SettingsPage

pytestmark = pytest.mark.usefixtures("fast_pin_hash")


def _ids(page: ClassroomPage) -> dict[str, int]:
    return {p.name: p.id for p in profiles.list_profiles(page.context.database)}


def _switch(qtbot: QtBot, page: ClassroomPage, name: str) -> None:
    panel = page.profiles_panel
    panel.select(_ids(page)[name])
    qtbot.mouseClick(panel.switch_button, Qt.MouseButton.LeftButton)


def _three_learners(qtbot: QtBot, page: ClassroomPage) -> dict[str, int]:
    add_learner(qtbot, page, "Lin")
    add_learner(qtbot, page, "Amy")
    ids = _ids(page)
    answer(page.context, ids["Lin"], [("l01-q01", 1), ("l01-q02", 0)])
    answer(page.context, ids["Amy"], [("l01-q01", 0)])
    page.context.database.save_item(ids["Lin"], "plan", "Lin's plan", "{}")
    page.context.database.save_item(ids["Amy"], "plan", "Amy's plan", "{}")
    return ids


def _visible_texts(widget) -> str:  # type: ignore[no-untyped-def]
    return " ".join(
        label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)
    )


# ---- as a learner: teacher area locked ---------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_learner_deletes_only_their_own_data(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock, *, monkeypatch, language
) -> None:
    context, window, page = open_page(build_window, tmp_path / "data", language)
    ids = _three_learners(qtbot, page)
    unlock(qtbot, page)  # the teacher sets a PIN …
    assert page.lock_button is not None
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)  # … and locks the area
    page.tabs.setCurrentIndex(0)
    _switch(qtbot, page, "Lin")

    # The lock screen offers the recovery code for a forgotten PIN, never deleting data.
    lock_text = page.lock_panel.explanation.text()
    assert ("恢复码" if language == "zh_CN" else "recovery code") in lock_text
    assert "删除" not in lock_text and "Delete" not in lock_text

    # A learner cannot delete another learner …
    page.profiles_panel.select(ids["Amy"])
    qtbot.mouseClick(page.profiles_panel.delete_button, Qt.MouseButton.LeftButton)
    assert profiles.get_profile(context.database, ids["Amy"]) is not None

    # … nor everything: Settings offers only "Delete my data", and says who may do more.
    settings = window.show_page("settings")
    assert isinstance(settings, SettingsPage)
    assert not settings.delete_button.isVisible() and settings.delete_mine_button.isVisible()
    teacher_only = "只有老师" if language == "zh_CN" else "only the teacher can delete all data"
    assert teacher_only in settings.delete_note.text()
    assert "Lin" in settings.delete_mine_note.text()

    asked: list[str] = []

    def confirm(cls, parent, title, text, button):  # type: ignore[no-untyped-def]
        asked.append(text)
        return True

    monkeypatch.setattr(SettingsPage, "confirm_delete", classmethod(confirm))
    qtbot.mouseClick(settings.delete_mine_button, Qt.MouseButton.LeftButton)
    # The question names what goes (Lin's 2 answers and 1 plan) and what stays.
    assert "Lin" in asked[0] and "2" in asked[0]
    assert ("其他学员" if language == "zh_CN" else "Other learners' data") in asked[0]
    # Lin is gone with their answers and plan; Amy and the default learner keep everything.
    assert profiles.get_profile(context.database, ids["Lin"]) is None
    assert profiles.learner_data(context.database, ids["Amy"]) == profiles.LearnerData(1, 1, 1, 1)
    assert context.database.item_names(ids["Amy"], "plan") == ["Amy's plan"]
    assert teacher_pin.TeacherLock(context.database).has_pin()  # the PIN stays too
    status = settings.delete_status.text()
    if language == "zh_CN":
        assert status.startswith("只删除了 Lin 的数据：2 次测验作答") and "其他学员" in status
    else:
        assert status.startswith("Deleted the data of Lin only: 2 quiz answers")
        assert "Now using DueWise: Default learner." in status
    assert context.profile_id != ids["Lin"]
    names = [window.learner_box.itemText(i) for i in range(window.learner_box.count())]
    assert names == (["默认学员", "Amy"] if language == "zh_CN" else ["Default learner", "Amy"])


def test_without_a_pin_anyone_may_delete_all_data_and_is_told_so(  # type: ignore[no-untyped-def]
    main_window,
) -> None:
    _, window = main_window
    settings = window.show_page("settings")
    assert settings.delete_button.isVisible() and settings.delete_mine_button.isVisible()
    assert settings.delete_button.text().replace("&", "") == "Delete all data on this computer…"
    assert "No teacher PIN is set" in settings.delete_note.text()


# ---- as a teacher: recovery code, deleting everything ------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_forgotten_pin_is_reset_with_the_recovery_code_and_nothing_is_lost(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock, *, language
) -> None:
    context, _, page = open_page(build_window, tmp_path / "data", language)
    ids = _three_learners(qtbot, page)
    unlock(qtbot, page)  # sets the PIN: the recovery code shows once
    card = page.recovery_card
    assert card is not None and card.isVisible()
    code = card.code_label.text()
    assert len(code) == 19 and code.count("-") == 3
    assert code not in str(context.database.get_setting(teacher_recovery.RECOVERY_KEY))
    # A screen reader spells the code out, character by character.
    assert card.code_label.accessibleName().endswith(" ".join(code))
    qtbot.mouseClick(card.done_button, Qt.MouseButton.LeftButton)
    assert not card.isVisible() and card.code == ""

    assert page.lock_button is not None
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    lock = page.lock_panel
    assert lock.forgot_button.isVisible() and not lock.recovery_card.isVisible()
    qtbot.mouseClick(lock.forgot_button, Qt.MouseButton.LeftButton)
    assert lock.recovery_card.isVisible()
    qtbot.keyClicks(lock.code_edit, "0000-0000-0000-0000")
    qtbot.keyClick(lock.code_edit, Qt.Key.Key_Return)
    wrong = "恢复码不正确" if language == "zh_CN" else "That is not the recovery code"
    assert (
        wrong in lock.recovery_message.text()
        and teacher_pin.TeacherLock(context.database).has_pin()
    )
    qtbot.keyClicks(lock.code_edit, code.lower().replace("-", " "))  # as a teacher might type it
    qtbot.mouseClick(lock.reset_button, Qt.MouseButton.LeftButton)
    assert not teacher_pin.TeacherLock(context.database).has_pin()
    assert lock.setting_pin() and lock.repeat_edit.isVisible()
    assert ("旧密码已清除" if language == "zh_CN" else "the old PIN is gone") in lock.message.text()
    # Nothing of any learner was touched.
    assert profiles.learner_data(context.database, ids["Lin"]).answers == 2
    assert context.database.item_names(ids["Amy"], "plan") == ["Amy's plan"]

    # A new PIN, a new code; the old code no longer works.
    unlock(qtbot, page, "1357")
    assert page.is_unlocked() and card.isVisible() and card.code_label.text() != code
    assert not teacher_recovery.RecoveryLock(context.database).reset_pin(code).ok
    # Locking never leaves a code on screen for learners.
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert card.code == ""


def test_a_pin_from_before_recovery_codes_gets_one_from_the_teacher_area(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock
) -> None:
    context, _, page = open_page(build_window, tmp_path / "data")
    teacher_pin.TeacherLock(context.database).set_pin(PIN, PIN)  # an older DueWise set it
    page.lock_panel.refresh()
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.lock_panel.forgot_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.lock_panel.code_edit, "ABCD-EFGH-JKMN-PQRS")
    qtbot.mouseClick(page.lock_panel.reset_button, Qt.MouseButton.LeftButton)
    assert "No recovery code was made" in page.lock_panel.recovery_message.text()
    unlock(qtbot, page)
    assert page.new_code_button is not None and page.recovery_card is not None
    assert not page.recovery_card.isVisible()
    qtbot.mouseClick(page.new_code_button, Qt.MouseButton.LeftButton)
    assert page.recovery_card.isVisible() and teacher_recovery.has_code(context.database)
    assert dialogs["asked"] == []  # nothing to replace: not asked
    qtbot.mouseClick(page.new_code_button, Qt.MouseButton.LeftButton)
    assert "old code stops working" in dialogs["asked"][-1]  # type: ignore[index]


def test_the_teacher_deletes_all_data_from_the_open_teacher_area(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock
) -> None:
    context, _, page = open_page(build_window, tmp_path / "data")
    _three_learners(qtbot, page)
    unlock(qtbot, page)
    assert page.delete_all_button is not None and page.lock_button is not None
    dialogs["confirm"] = False
    qtbot.mouseClick(page.delete_all_button, Qt.MouseButton.LeftButton)
    assert "of every learner" in dialogs["asked"][-1]  # type: ignore[index]
    assert len(profiles.list_profiles(context.database)) == 3
    dialogs["confirm"] = True
    qtbot.mouseClick(page.delete_all_button, Qt.MouseButton.LeftButton)
    assert len(profiles.list_profiles(context.database)) == 1
    assert not page.is_unlocked() and page.lock_panel.setting_pin()  # the PIN went too
    # Locked, the area cannot delete anything.
    assert not page.delete_all_data()
