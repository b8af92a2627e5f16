"""Classroom page: profiles, the teacher PIN, a class quiz, results files and the class report."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from classroom_helpers import add_learner, answer, open_page, unlock
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from duewise.content.model import QuestionType
from duewise.learning import bank
from duewise.learning import quiz as learning_quiz
from duewise.storage import profiles, results_files
from duewise.ui.classroom import quiz_countdown
from duewise.ui.classroom.page import shipped_pack

pytestmark = pytest.mark.usefixtures("fast_pin_hash")


# ---- profiles ---------------------------------------------------------------------------------


def test_two_profiles_switch_and_keep_data_apart(build_window, tmp_path, qtbot, dialogs) -> None:  # type: ignore[no-untyped-def]
    context, _, page = open_page(build_window, tmp_path / "data")
    panel = page.profiles_panel
    add_learner(qtbot, page, "Lin")
    add_learner(qtbot, page, "Amy")
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == [
        "Default learner",
        "Lin",
        "Amy",
    ]
    add_learner(qtbot, page, "lin")
    assert panel.error.isVisible() and "already a learner called “Lin”" in panel.error.text()

    panel.select(profiles.list_profiles(context.database)[1].id)
    with qtbot.waitSignal(page.profile_changed) as blocker:
        qtbot.mouseClick(panel.switch_button, Qt.MouseButton.LeftButton)
    lin_id = blocker.args[0]
    assert context.profile_id == lin_id
    assert "Lin" in panel.current_label.text()
    context.database.save_item(lin_id, "plan", "Lin's plan", "{}")

    amy_id = profiles.list_profiles(context.database)[2].id
    panel.select(amy_id)
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert context.profile_id == amy_id
    assert context.database.item_names(amy_id, "plan") == []

    # Deleting asks first; "No" keeps the learner.
    panel.select(lin_id)
    dialogs["confirm"] = False
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert "Lin" in dialogs["asked"][-1]  # type: ignore[index]
    assert profiles.get_profile(context.database, lin_id) is not None
    dialogs["confirm"] = True
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert profiles.get_profile(context.database, lin_id) is None
    assert context.database.item_names(lin_id, "plan") == []
    assert panel.list.count() == 2


def test_deleting_the_current_learner_switches_to_another(
    build_window, tmp_path, qtbot, dialogs
) -> None:  # type: ignore[no-untyped-def]
    context, _, page = open_page(build_window, tmp_path / "data")
    add_learner(qtbot, page, "Lin")
    first = context.profile_id
    page.profiles_panel.select(first)
    with qtbot.waitSignal(page.profile_changed):
        qtbot.mouseClick(page.profiles_panel.delete_button, Qt.MouseButton.LeftButton)
    assert context.profile_id != first
    assert not page.profiles_panel.delete_button.isEnabled()  # the last learner stays


# ---- teacher PIN ------------------------------------------------------------------------------


def test_wrong_pin_is_refused_and_the_delay_applies(build_window, tmp_path, qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    _, _, page = open_page(build_window, tmp_path / "data")
    lock = page.lock_panel
    page.tabs.setCurrentIndex(1)
    assert lock.repeat_edit.isVisible()  # first time: set a PIN
    qtbot.keyClicks(lock.pin_edit, "12")
    qtbot.keyClicks(lock.repeat_edit, "12")
    qtbot.mouseClick(lock.submit_button, Qt.MouseButton.LeftButton)
    assert "4 to 12 digits" in lock.message.text() and not page.is_unlocked()
    lock.pin_edit.clear()
    lock.repeat_edit.clear()
    unlock(qtbot, page)
    assert page.is_unlocked()
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert not page.is_unlocked() and not lock.repeat_edit.isVisible()

    for tries_left in (2, 1):
        unlock(qtbot, page, "0000")
        assert not page.is_unlocked()
        assert lock.message.text() == f"Wrong PIN. Tries left before a waiting time: {tries_left}."
    unlock(qtbot, page, "0000")
    assert lock.message.text() == "Too many wrong PINs. You can try again in 30 s."
    assert not lock.submit_button.isEnabled()
    clock[0] += 30
    lock.refresh()  # the panel's one-second timer does this
    assert lock.submit_button.isEnabled()
    unlock(qtbot, page, "9999")  # a 4th wrong PIN doubles the wait
    assert "60 s" in lock.message.text()
    clock[0] += 59
    lock.refresh()
    assert "1 s" in lock.message.text() and not lock.submit_button.isEnabled()
    clock[0] += 1
    lock.refresh()
    unlock(qtbot, page)
    assert page.is_unlocked()


def test_pin_messages_in_chinese(build_window, tmp_path, qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    _, _, page = open_page(build_window, tmp_path / "data", "zh_CN")
    assert page.tabs.tabText(1) == "教师区"
    unlock(qtbot, page)
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    unlock(qtbot, page, "0000")
    assert "密码错误" in page.lock_panel.message.text()


# ---- class quiz -------------------------------------------------------------------------------


def test_class_quiz_with_tallies_reveal_and_csv_export(
    build_window, tmp_path, qtbot, dialogs, clock
) -> None:  # type: ignore[no-untyped-def]
    _context, window, page = open_page(build_window, tmp_path / "data")
    add_learner(qtbot, page, "Lin")
    add_learner(qtbot, page, "Amy")
    unlock(qtbot, page)
    quiz = page.quiz_panel
    assert quiz is not None and page.tools_tabs is not None
    page.tools_tabs.setCurrentWidget(quiz)
    quiz.lesson_box.setCurrentIndex(quiz.lesson_box.findData("what-is-credit"))
    quiz.countdown_spin.setValue(0)
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)
    lesson = bank.load_bank().lesson("what-is-credit")
    assert lesson is not None
    asked = learning_quiz.lesson_quiz_questions(lesson)  # no final-test or practice item
    assert len(asked) < len(lesson.questions)
    assert quiz.progress_label.text() == f"Question 1 of {len(asked)}"
    question = quiz.current_question()
    assert question is not None and question.id == asked[0].id
    assert question.type is QuestionType.SINGLE and isinstance(question.answer, int)
    assert quiz.prompt.text() == question.prompt.en
    assert not quiz.chart.isVisible()
    # The class sees the choices shuffled (stable for the session): row k is letter k.
    shown = [k for k, _ in quiz.shown_options(question)]
    assert sorted(shown) == list(range(len(question.choices)))
    right_row = shown.index(question.answer)
    for row, label in enumerate(quiz.option_labels):
        original = question.choices[shown[row]].en
        assert label.text() == f"{'ABCDEF'[row]}. {original}"

    typed = [10, 2, 3, 1]
    for spin, value in zip(quiz.spins, typed, strict=True):  # the teacher types row by row
        spin.clear()
        qtbot.keyClicks(spin, str(value))
    qtbot.mouseClick(quiz.reveal_button, Qt.MouseButton.LeftButton)
    assert quiz.chart.isVisible() and quiz.explanation.isVisible()
    assert quiz.chart.bar_heights() == typed  # bars in the order the class saw
    assert quiz.chart.bar_is_highlighted() == [row == right_row for row in range(4)]
    right_letter = "ABCD"[right_row]
    assert quiz.answer_label.text() == (
        f"Answer: {right_letter}. {question.choices[question.answer].en}"
    )
    assert quiz.option_labels[right_row].text().startswith(f"✓ {right_letter}.")
    assert quiz.explanation.text() == question.explanation.en
    # Stored per option in the written order, whatever the screen showed.
    result = quiz.session.result(question.id)
    assert result is not None
    assert result.counts == tuple(typed[shown.index(k)] for k in range(4))
    # A late correction after the reveal updates the chart.
    quiz.spins[1].setValue(4)
    typed = [10, 4, 3, 1]
    assert quiz.chart.bar_heights() == typed

    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    assert quiz.progress_label.text() == f"Question 2 of {len(asked)}"
    second = quiz.current_question()
    assert second is not None and second.type is QuestionType.TRUE_FALSE
    assert [label.text() for label in quiz.option_labels] == ["True", "False"]
    quiz.set_counts([5, 15])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(quiz.spins[0], Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert quiz.revealed and quiz.chart.bar_heights() == [5, 15]
    qtbot.mouseClick(quiz.stop_button, Qt.MouseButton.LeftButton)
    assert quiz.stack.currentWidget() is quiz.end_view
    assert quiz.end_table.rowCount() == 2
    assert quiz.end_table.item(0, 3).text() == f"{round(100 * typed[right_row] / 18)}%"
    assert quiz.saved_box.count() == 1  # saved for this profile

    qtbot.mouseClick(quiz.export_button, Qt.MouseButton.LeftButton)
    out = Path(dialogs["save"])  # type: ignore[arg-type]
    assert "Saved as" in quiz.end_status.text()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:2] == ["Question", "Question id"]
    # one row per option in the written order, worded with the letter the class saw
    right = rows[1 + question.answer]
    assert right[4] == f"{right_letter}. {question.choices[question.answer].en}"
    assert right[5:7] == [str(typed[right_row]), "1"]
    assert rows[-1][4:] == ["False", "15", "1", "75.0"]


def test_team_mode_scoreboard(build_window, tmp_path, qtbot, clock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, _, page = open_page(build_window, tmp_path / "data", "zh_CN")
    unlock(qtbot, page)
    quiz = page.quiz_panel
    assert quiz is not None and page.tools_tabs is not None
    page.tools_tabs.setCurrentWidget(quiz)
    quiz.mode_box.setCurrentIndex(quiz.mode_box.findData("teams"))
    assert quiz.teams_spin.isVisible()
    quiz.teams_spin.setValue(3)
    quiz.countdown_spin.setValue(10)
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)
    lesson = bank.load_bank().lesson("what-is-credit")
    assert lesson is not None
    count = len(learning_quiz.lesson_quiz_questions(lesson))
    assert quiz.progress_label.text() == f"第 1 题，共 {count} 题"
    # Teams are animals, never letters the class could take for the options A, B, C.
    assert [label.text() for label in quiz.team_labels] == ["熊猫队", "老虎队", "雄鹰队"]
    assert quiz.countdown_display.text() == "10 秒"
    qtbot.mouseClick(quiz.timer_button, Qt.MouseButton.LeftButton)
    assert quiz.countdown_running()
    beeps: list[int] = []
    monkeypatch.setattr(
        quiz_countdown.QApplicationBeep, "beep", classmethod(lambda cls: beeps.append(1))
    )
    for _ in range(10):
        quiz.tick()
    assert quiz.countdown_display.text() == "时间到！" and beeps == [1]
    quiz.set_counts([1, 3, 0])
    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)  # reveals first
    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    quiz.set_counts([0, 0, 3])
    qtbot.mouseClick(quiz.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.stop_button, Qt.MouseButton.LeftButton)
    table = quiz.end_table
    standings = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert standings == [["1", "老虎队", "3"], ["1", "雄鹰队", "3"], ["3", "熊猫队", "1"]]
    assert quiz.end_chart.bar_heights() == [3, 3, 1]


# ---- printables -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "language", "expected"),
    [
        ("handout", "zh", ["读懂你的征信报告 — 讲义", "姓名", "学完这一课，你能够："]),
        (
            "worksheet",
            "en",
            ["Your credit report — Worksheet", "Question 1.", "Choose one answer."],
        ),
        ("worksheet", "zh", ["读懂你的征信报告 — 练习", "第 1 题", "姓名"]),
        ("answer_key", "zh", ["答案", "考查：", "第 1 版", "能读懂 24 个月还款记录里的代码"]),
        ("answer_key", "en", ["Answer key", "Tests: Read the codes", "Why:"]),
    ],
)
def test_printables_as_pdf_in_either_language(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock, *, kind, language, expected
) -> None:
    from pypdf import PdfReader

    _, _, page = open_page(build_window, tmp_path / "data")
    unlock(qtbot, page)
    panel = page.printables_panel
    assert panel is not None and page.tools_tabs is not None
    page.tools_tabs.setCurrentWidget(panel)
    panel.lesson_box.setCurrentIndex(panel.lesson_box.findData("credit-report"))
    panel.kind_box.setCurrentIndex(panel.kind_box.findData(kind))
    panel.language_box.setCurrentIndex(panel.language_box.findData(language))
    dialogs["save"] = tmp_path / "out"  # the suffix is added
    with qtbot.waitSignal(panel.pdf_written, timeout=20_000):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert panel.status.text().startswith("Saved as") and panel.save_button.isEnabled()
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "out.pdf").pages)
    text = " ".join(text.split())
    for snippet in expected:
        assert snippet in text
    if kind == "worksheet":
        assert "Why:" not in text  # no answers on the pupils' sheet
    # Paper shows no internal text: no objective ids, preset ids or scenario codes.
    objective_ids = {o.id for o in shipped_pack().objectives.values()}
    assert not [oid for oid in objective_ids if oid in text]
    for internal in ("cn_jd_baitiao", "miss:", "credit-rules", "[W]"):
        assert internal not in text


# ---- results files and the class report -------------------------------------------------------


def test_export_from_two_profiles_and_import_as_teacher(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock
) -> None:
    context, _, page = open_page(build_window, tmp_path / "data")
    add_learner(qtbot, page, "Lin")
    add_learner(qtbot, page, "Amy")
    ids = {p.name: p.id for p in profiles.list_profiles(context.database)}
    answer(context, ids["Lin"], [("l01-q01", 1), ("l01-q02", 0), ("l02-q01", 1)])
    answer(context, ids["Amy"], [("l01-q01", 1), ("l01-q02", 0)])
    files = {}
    for name in ("Lin", "Amy"):
        page.profiles_panel.select(ids[name])
        qtbot.mouseClick(page.profiles_panel.switch_button, Qt.MouseButton.LeftButton)
        files[name] = tmp_path / f"{name}.json"
        dialogs["save"] = files[name]
        qtbot.mouseClick(page.export_mine_button, Qt.MouseButton.LeftButton)
        assert page.export_mine_status.text().startswith(f"Saved {3 if name == 'Lin' else 2}")
    assert "Amy" not in files["Lin"].read_text("utf-8")

    broken = tmp_path / "broken.json"
    broken.write_bytes(files["Lin"].read_bytes()[:-40])
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (results_files.MAX_BYTES + 1))
    unlock(qtbot, page)
    panel = page.results_panel
    assert panel is not None and page.tools_tabs is not None
    page.tools_tabs.setCurrentWidget(panel)
    # Learners who answered on this computer are in the report before any file is imported …
    assert panel.csv_button.isEnabled() and panel.students_table.rowCount() == 2
    assert panel.status.text().startswith("On this computer: 2 learners with answers.")
    # … and importing their own files again counts each of them, and each answer, once.
    dialogs["open"] = [files["Lin"], files["Amy"], broken, huge, files["Lin"]]
    with qtbot.waitSignal(panel.imported):
        qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == (
        "Read 3 files: 2 learners, 5 answers. Duplicate answers merged: 3."
    )
    assert panel.problems.text().splitlines() == [
        "broken.json was skipped: it is cut off (incomplete). "
        "Copy it again from the learner's computer.",
        "huge.json was skipped: it is too large: 5.0 MB, at most 5 MB",
    ]
    students = panel.students_table
    assert [[students.item(r, c).text() for c in range(4)] for r in range(2)] == [
        ["Amy", "2", "1", "50.0%"],
        ["Lin", "3", "2", "66.7%"],
    ]
    lessons = panel.lessons_table
    titles = [shipped_pack().lesson(i).title.en for i in ("what-is-credit", "price-of-borrowing")]
    assert [lessons.item(r, 0).text() for r in range(lessons.rowCount())] == titles
    assert lessons.item(0, 3).text() == "50.0%"  # 2 of 4 answers in lesson 1
    hardest = panel.hardest_table
    assert hardest.item(0, 3).text() == "0.0%"  # l01-q02: nobody right
    assert panel.chart.bar_heights() == [50.0, 100.0]

    dialogs["save"] = tmp_path / "report.csv"
    qtbot.mouseClick(panel.csv_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "report.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Table" and [rows[1][0], rows[1][2]] == ["Learner", "Amy"]
    assert any(r[0] == "Objective" and r[1] == "basics.what-credit" for r in rows)

    from pypdf import PdfReader

    dialogs["save"] = tmp_path / "report.pdf"
    with qtbot.waitSignal(panel.pdf_written, timeout=20_000):
        qtbot.mouseClick(panel.pdf_button, Qt.MouseButton.LeftButton)
    text = " ".join(
        "".join(p.extract_text() for p in PdfReader(tmp_path / "report.pdf").pages).split()
    )
    assert "Class report" in text and "Hardest questions" in text and "Amy" in text


def test_bad_results_files_in_chinese(build_window, tmp_path, qtbot, dialogs, clock) -> None:  # type: ignore[no-untyped-def]
    _, _, page = open_page(build_window, tmp_path / "data", "zh_CN")
    unlock(qtbot, page)
    panel = page.results_panel
    assert panel is not None
    cut = tmp_path / "cut.json"
    cut.write_text('{"format": "duewise-results", "schema_version": 1, "learner": {"uid"', "utf-8")
    panel.import_paths([cut])
    assert panel.problems.text() == "cut.json 已跳过：文件不完整（被截断），请从学员电脑重新复制。"
    assert panel.status.text() == "读取了 0 个文件：0 名学员，0 个作答；合并重复作答 0 个。"


# ---- presenter mode ---------------------------------------------------------------------------


def test_presenter_steps_blanks_leaves_and_shows_no_learner_data(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, clock
) -> None:
    from PySide6.QtWidgets import QLabel, QSlider

    from duewise.ui.common.lesson_text import LessonText

    context, _, page = open_page(build_window, tmp_path / "data")
    add_learner(qtbot, page, "Zhang Xiaoming")
    page.profiles_panel.select(profiles.list_profiles(context.database)[1].id)
    qtbot.mouseClick(page.profiles_panel.switch_button, Qt.MouseButton.LeftButton)
    unlock(qtbot, page)
    panel = page.present_panel
    assert panel is not None and panel.screen_box.count() >= 1
    panel.lesson_box.setCurrentIndex(panel.lesson_box.findData("missed-payment"))
    panel.language_box.setCurrentIndex(panel.language_box.findData("en"))
    with qtbot.waitSignal(panel.presenter_started) as started:
        qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    presenter = started.args[0]
    qtbot.addWidget(presenter)
    assert presenter.isFullScreen()
    assert presenter.screen() is QGuiApplication.screens()[int(panel.screen_box.currentData())]
    # The offscreen test screen is small: check the projector size as a 1920×1080 window.
    presenter.showNormal()
    presenter.resize(1920, 1080)
    qtbot.waitUntil(lambda: presenter.width() == 1920)
    presenter.show_slide(0)
    presenter.activateWindow()
    qtbot.waitExposed(presenter)
    qtbot.waitUntil(presenter.isActiveWindow)
    slides = presenter.slide_count()  # the title slide and one per section
    lesson = bank.load_bank().lesson("missed-payment")
    assert lesson is not None and slides == len(lesson.section_ids) + 1
    assert presenter.index == 0 and presenter.position_label.text() == f"1 / {slides}"
    title = presenter.slide_widgets[0]
    assert title.text() == "When a payment is missed" and title.font().pointSizeF() >= 28

    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert presenter.index == 1
    for _ in range(5):  # through section 1 (a screenful at a time), then on to section 2
        qtbot.keyClick(presenter, Qt.Key.Key_Right)
        if presenter.index == 2:
            break
    assert presenter.index == 2 and presenter.more_below()
    assert "continues below" in presenter.position_label.text()
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # the rest of the long section first
    assert presenter.index == 2 and not presenter.more_below()
    # The section's live calculator works on the projector.
    slider = next(w for w in presenter.findChildren(QSlider) if w.isVisible())
    calculator = slider.parentWidget().parentWidget()
    before = calculator.headline.text()
    slider.setValue(slider.maximum())
    assert calculator.headline.text() != before
    qtbot.keyClick(presenter, Qt.Key.Key_PageUp)
    assert presenter.index == 2 and presenter.scroll.verticalScrollBar().value() == 0
    qtbot.keyClick(presenter, Qt.Key.Key_Left)
    assert presenter.index == 1
    presenter.scroll.verticalScrollBar().setValue(0)

    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert (
        presenter.is_blank()
        and presenter.stack.currentWidget().grab().toImage().pixelColor(10, 10).name() == "#000000"
    )
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # any key brings the slide back, same place
    assert not presenter.is_blank() and presenter.index == 1

    # No learner data anywhere on any slide.
    for index in range(presenter.slide_count()):
        presenter.show_slide(index)
        shown = [w.text() for w in presenter.findChildren(QLabel)]
        shown += [w.toPlainText() for w in presenter.findChildren(LessonText)]
        assert not any("Zhang" in text for text in shown)

    presenter.show_slide(2)
    shot = tmp_path / "presenter-1920x1080.png"
    assert presenter.grab().save(str(shot))
    assert presenter.grab().size().width() == 1920

    with qtbot.waitSignal(presenter.closed):
        qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert panel.presenter is None and "ended" in panel.status.text()


def test_presenter_in_chinese(build_window, tmp_path, qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    _, _, page = open_page(build_window, tmp_path / "data", "zh_CN")
    unlock(qtbot, page)
    panel = page.present_panel
    assert panel is not None and panel.start_button.text().startswith("开始演示")
    panel.lesson_box.setCurrentIndex(panel.lesson_box.findData("credit-report"))
    presenter = panel.start()
    assert presenter is not None
    qtbot.addWidget(presenter)
    assert presenter.slide_widgets[0].text() == "读懂你的征信报告"
    assert presenter.slide_widgets[2].text() == "学完这一课，你能够："
    assert presenter.hint.text().startswith("PageDown / → 下一页")
    presenter.close()


def test_live_language_switch_retranslates_the_whole_page(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, clock
) -> None:
    context, _, page = open_page(build_window, tmp_path / "data", "zh_CN")
    assert page.profiles_panel.list.item(0).text() == "默认学员"
    unlock(qtbot, page)
    assert page.tools_tabs is not None
    assert [page.tools_tabs.tabText(i) for i in range(5)] == [
        "演示",
        "课堂测验",
        "手机答题",
        "打印材料",
        "全班成绩",
    ]
    context.set_language("en", remember=False)
    qtbot.waitUntil(lambda: page.profiles_panel.list.item(0).text() == "Default learner")
    assert [page.tools_tabs.tabText(i) for i in range(5)] == [
        "Present",
        "Class quiz",
        "Live quiz",
        "Printables",
        "Class results",
    ]
    assert page.live_panel is not None
    assert page.live_panel.start_button.text() == "Start the live quiz"
    assert page.quiz_panel is not None and page.quiz_panel.start_button.text() == "&Start the quiz"
    first = bank.load_bank().lesson("what-is-credit")
    assert first is not None
    count = len(learning_quiz.lesson_quiz_questions(first))
    assert page.quiz_panel.lesson_box.itemText(0) == f"1. What credit is ({count} questions)"


def test_learner_switcher_in_the_main_window(build_window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """On a shared machine the learner can be switched from any page; with one learner the
    switcher stays out of the way."""
    context, window, page = open_page(build_window, tmp_path / "data")
    assert not window.learner_box.isVisible()
    add_learner(qtbot, page, "Xiao Ming")
    qtbot.waitUntil(window.learner_box.isVisible)
    names = [window.learner_box.itemText(i) for i in range(window.learner_box.count())]
    assert "Xiao Ming" in names and len(names) == 2
    window.show_page("planner")
    first = context.profile_id
    box = window.learner_box
    other = next(i for i in range(box.count()) if box.itemData(i) != first)
    box.setFocus()
    with qtbot.waitSignal(context.profile_changed):
        # Keyboard: the arrow keys choose another entry of a closed combo box.
        qtbot.keyClick(box, Qt.Key.Key_Down if other > box.currentIndex() else Qt.Key.Key_Up)
    assert context.profile_id == window.learner_box.itemData(other) != first
    assert page.profiles_panel.current_id == context.profile_id  # the classroom page follows
    # Switching on the classroom page moves the switcher too.
    window.show_page("classroom")
    page.profiles_panel.select(first)
    with qtbot.waitSignal(context.profile_changed):
        qtbot.mouseClick(page.profiles_panel.switch_button, Qt.MouseButton.LeftButton)
    assert window.learner_box.currentData() == first
