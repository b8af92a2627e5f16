"""No internal text where a learner or a class sees it: handouts for paper, saved class quizzes by
name, the default learner in the interface language, Chinese file dialogs, team names."""

from __future__ import annotations

import datetime as dt

import pytest
from classroom_helpers import open_page, unlock
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from duewise.content.model import Language, Source, Text
from duewise.ui.classroom import printing
from duewise.ui.classroom.page import shipped_pack

pytestmark = pytest.mark.usefixtures("fast_pin_hash")


def _pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    return " ".join("".join(p.extract_text() for p in PdfReader(path).pages).split())


@pytest.mark.parametrize("language", [Language.ZH, Language.EN])
def test_a_handout_makes_sense_on_paper(qapp, tmp_path, language: Language) -> None:  # type: ignore[no-untyped-def]
    lesson = shipped_pack().lesson("what-is-credit")
    assert lesson is not None
    printable = printing.handout(lesson, language)
    printing.write(tmp_path / "handout.pdf", printable)
    text = _pdf_text(tmp_path / "handout.pdf")
    # The calculator block is printed as its figures, named in words.
    if language is Language.ZH:
        assert "京东白条" in text and "逾期天数" in text and "错过一期还款" in text
        assert "拖动" not in text
    else:
        assert "JD Baitiao" in text and "Days late" in text and "one payment missed" in text
        assert "Move the" not in text and "slider and watch" not in text
    for internal in ("cn_jd_baitiao", "miss:1", "catch-up", "credit-rules", "[W]", "§"):
        assert internal not in text, internal
    assert "0.70" in text and "21.00" in text  # 1 and 30 days late on ¥1,000, from the engine


def test_sources_in_the_papers_language_as_written_without_the_ref() -> None:
    bilingual = Source("s", Text(zh="中国人民银行通知", en="PBOC notice"), ref="notes.md §3")
    assert printing.source_text(bilingual, Language.ZH) == "中国人民银行通知"
    assert printing.source_text(bilingual, Language.EN) == "PBOC notice"
    cited = Source("s", Text(zh="条例第十六条", en="Decree 631, Art. 16"), "https://www.gov.cn/x")
    assert printing.source_text(cited, Language.EN) == "Decree 631, Art. 16 https://www.gov.cn/x"
    # An older pack's text is printed as its author wrote it; `lessons check` warns about it.
    written = "12 CFR §1026.52 (notes.md §5.3) [W] safe harbor"
    assert printing.source_text(Source("s", written), Language.EN) == written


def test_an_answer_key_names_objectives_in_words_not_ids(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pack = shipped_pack()
    lesson = pack.lesson("missed-payment")
    assert lesson is not None
    printing.write(tmp_path / "key.pdf", printing.answer_key(lesson, pack, Language.ZH))
    text = _pdf_text(tmp_path / "key.pdf")
    assert "考查：" in text
    assert not [o.id for o in pack.objectives.values() if o.id in text]


def test_saved_class_quizzes_are_named_by_lesson_and_local_time(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock
) -> None:
    _, _, page = open_page(build_window, tmp_path / "data", "zh_CN")
    unlock(qtbot, page)
    quiz = page.quiz_panel
    assert quiz is not None and page.tools_tabs is not None
    page.tools_tabs.setCurrentWidget(quiz)
    started = dt.datetime(2026, 12, 1, 20, 31, 10, tzinfo=dt.UTC)
    quiz._clock = lambda: started  # the panel's injected clock
    quiz.lesson_box.setCurrentIndex(quiz.lesson_box.findData("what-is-credit"))
    quiz.countdown_spin.setValue(0)
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.stop_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quiz.new_button, Qt.MouseButton.LeftButton)
    local = started.astimezone()
    expected = f"什么是信用 · {local.year}年{local.month}月{local.day}日 {local:%H:%M}"
    assert quiz.saved_box.itemText(0) == expected
    assert "+00:00" not in quiz.saved_box.itemText(0) and "what-is-credit" not in expected


def test_teams_named_like_options_are_refused_at_the_start(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock
) -> None:
    _, _, page = open_page(build_window, tmp_path / "data")
    unlock(qtbot, page)
    quiz = page.quiz_panel
    assert quiz is not None and page.tools_tabs is not None
    page.tools_tabs.setCurrentWidget(quiz)
    quiz.mode_box.setCurrentIndex(quiz.mode_box.findData("teams"))
    quiz.teams_spin.setValue(2)
    edits = [e for e in quiz.setup_view.team_edits if e.isVisible()]
    assert [e.text() for e in edits] == ["Pandas", "Tigers"]
    assert all(e.accessibleName().startswith("Name of team") for e in edits)
    edits[1].clear()
    qtbot.keyClicks(edits[1], "B")
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)
    assert quiz.setup_error.isVisible() and "“B” could be taken for an answer letter" in (
        quiz.setup_error.text()
    )
    edits[1].clear()
    qtbot.keyClicks(edits[1], "Red Pandas")
    qtbot.mouseClick(quiz.start_button, Qt.MouseButton.LeftButton)
    assert [label.text() for label in quiz.team_labels] == ["Pandas", "Red Pandas"]
    # A name the teacher typed is kept when the language changes; the defaults follow it.
    page.context.set_language("zh_CN")
    qtbot.waitUntil(
        lambda: [e.text() for e in quiz.setup_view.team_edits[:2]] == ["熊猫队", "Red Pandas"]
    )


def test_the_default_learner_is_named_in_the_interface_language(
    build_window, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from classroom_helpers import add_learner

    context, window, page = open_page(build_window, tmp_path / "data", "zh_CN")
    add_learner(qtbot, page, "Lin")
    assert window.learner_box.itemText(0) == "默认学员"
    context.set_language("en")
    qtbot.waitUntil(lambda: window.learner_box.itemText(0) == "Default learner")
    assert window.learner_box.itemText(1) == "Lin"


def test_file_dialogs_are_chinese_too(build_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, _, _ = open_page(build_window, tmp_path / "data", "zh_CN")
    dialog = QFileDialog(None, "保存", str(tmp_path), "CSV (*.csv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    assert {"查找范围(&L)：", "文件名称(&N)：", "文件类型(&T)："} <= labels
    assert not {"&Look in:", "Files of &type:"} & labels
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "文件夹"
    dialog.close()
    # A Chinese DueWise on an English system uses Qt's own (translated) dialog, not the desktop's.
    qtbot.waitUntil(
        lambda: context.app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    )
