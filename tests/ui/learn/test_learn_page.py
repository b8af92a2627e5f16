"""The Learn page as a reader meets it: lesson list, reader, live blocks, glossary, progress."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from duewise import formatting, paths
from duewise.content.model import CalculatorBlock, Slider
from duewise.finance import what_if
from duewise.ui.common.calculator_block import LessonCalculator
from duewise.ui.common.choice_block import LessonChoice
from duewise.ui.common.lesson_links import TextLink
from duewise.ui.common.lesson_text import LessonText
from duewise.ui.common.record_block import LessonRecord
from duewise.ui.learn.page import LearnPage


def _show_learn(window, qtbot) -> LearnPage:  # type: ignore[no-untyped-def]
    # Learn is row 0 and built at start-up; visit another place and come back, as a user would.
    window.show_page("settings")
    page = window.show_page("learn")
    assert isinstance(page, LearnPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    return page


@pytest.fixture
def learn(main_window, qtbot):  # type: ignore[no-untyped-def]
    context, window = main_window
    return context, window, _show_learn(window, qtbot)


def _open(page: LearnPage, qtbot, lesson: str, section: str) -> None:  # type: ignore[no-untyped-def]
    page.open_with({"lesson": lesson, "section": section})
    assert page.lesson is not None and page.lesson.id == lesson
    assert page.current_section() is not None and page.current_section().id == section


def _blocks(page: LearnPage, kind: type) -> list:  # type: ignore[type-arg]
    return [w for w in page.reader.block_widgets if isinstance(w, kind)]


def _reveal(page: LearnPage, widget) -> None:  # type: ignore[no-untyped-def]
    """Scroll the page so that ``widget`` is on screen (clicks land where the pointer is)."""
    page._scroll_area.ensureWidgetVisible(widget, 0, 0)


def _anchor_point(view: LessonText, href: str) -> QPoint:
    """The viewport position of the middle of the first link to ``href``."""
    doc = view.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                return view.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href}")


def test_open_a_lesson_from_the_list(learn, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = learn
    assert len(page.lesson_list.lesson_rows) == 12
    assert not page.lesson_list.problems_frame.isVisible()
    row = page.lesson_list.lesson_rows["what-is-credit"]
    assert row["title"].text() == "What credit is"
    assert row["meta"].text() == "Beginner · 20 min"
    assert row["progress"].text() == "Not started · Quiz mastery: none yet"
    qtbot.mouseClick(row["button"], Qt.MouseButton.LeftButton)
    assert page.reader.isVisible() and not page.lesson_list.isVisible()
    assert page.reader.lesson_title.text() == "Lesson 1: What credit is"
    assert page.reader.section_list.count() == len(page.lesson.section_ids)
    assert page.reader.position_label.text() == f"Section 1 of {page.reader.section_list.count()}"
    # PageDown moves to the next section; the list then shows what was read.
    qtbot.keyClick(page.reader.next_button, Qt.Key.Key_PageDown)
    assert page.reader.section_index == 1
    qtbot.mouseClick(page.reader.back_button, Qt.MouseButton.LeftButton)
    assert page.lesson_list.isVisible()
    sections = len(page.lesson.section_ids)
    assert (
        page.lesson_list.lesson_rows["what-is-credit"]["progress"]
        .text()
        .startswith(f"Read 2 of {sections} sections")
    )


def test_calculator_slider_shows_the_engines_cost(learn, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = learn
    _open(page, qtbot, "what-is-credit", "on-time")
    calculator = _blocks(page, LessonCalculator)[0]
    slider = calculator.controls[0].slider
    before = calculator.headline.text()
    slider.setFocus()
    for _ in range(5):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    days = calculator.value(Slider.DAYS_LATE)
    assert days == 35
    assert calculator.controls[0].value.text() == "35 days"
    expected = what_if.evaluate(
        "cn_jd_baitiao", Decimal("1000"), "miss:1", "catch-up", days_late=35
    )
    assert expected.cost == Decimal("24.50")  # 1,000 × 0.07 % × 35 (credit-rules §1)
    cost = formatting.money(expected.cost, "CNY", "en")
    assert calculator.headline.text() == f"Paying 35 days late costs {cost}"
    assert calculator.headline.text() != before


def test_amount_and_apr_sliders(learn, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = learn
    _open(page, qtbot, "minimum-payment", section_with(page, "minimum-payment", CalculatorBlock))
    calculator = _blocks(page, LessonCalculator)[0]
    assert calculator.result is not None
    assert calculator.result.kind is what_if.WhatIfKind.MINIMUM
    apr = next(c for c in calculator.controls if c.kind is Slider.APR)
    apr.slider.setFocus()
    qtbot.keyClick(apr.slider, Qt.Key.Key_PageUp)
    inputs = calculator.inputs()
    expected = what_if.evaluate(**inputs)  # type: ignore[arg-type]
    assert calculator.result == expected
    assert formatting.money(expected.cost, "USD", "en") in calculator.headline.text()


def page_section(page: LearnPage, lesson_id: str, index: int) -> str:
    assert page.result is not None
    lesson = page.result.pack.lesson(lesson_id)
    assert lesson is not None
    return lesson.section_ids[index]


def section_with(page: LearnPage, lesson_id: str, kind: type) -> str:
    """The first section of a lesson holding a block of ``kind``."""
    assert page.result is not None
    lesson = page.result.pack.lesson(lesson_id)
    assert lesson is not None
    return next(
        s.id
        for s in lesson.body(page.language).sections
        if any(isinstance(b, kind) for b in s.blocks)
    )


def test_open_in_calculator_navigates_with_the_inputs(learn, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, _, page = learn
    _open(page, qtbot, "future-borrowing", section_with(page, "future-borrowing", CalculatorBlock))
    calculator = _blocks(page, LessonCalculator)[0]
    slider = calculator.controls[0].slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Left)  # 3 → 2 missed payments
    assert "".join(calculator.result.record_codes).startswith("12")
    _reveal(page, calculator.open_button)
    with qtbot.waitSignal(context.navigate_requested) as blocker:
        qtbot.mouseClick(calculator.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [
        "calculator",
        {"product": "cn_jd_baitiao", "amount": "1000", "scenario": "miss:2", "then": "catch-up"},
    ]


# The offscreen platform cannot raise the tooltip window; the tooltip is shown all the same.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_hover_and_f1_show_the_bilingual_definition(learn, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = learn
    _open(page, qtbot, "what-is-credit", "billing-cycle")
    view = next(
        v for v in _blocks(page, LessonText) if "glossary:due-date" in v.document().toMarkdown()
    )
    term = page.glossary.term("due-date")
    assert term is not None
    _reveal(page, view)
    with qtbot.waitSignal(page.glossary.term_shown) as blocker:
        qtbot.mouseMove(view.viewport(), _anchor_point(view, "glossary:due-date"))
    assert blocker.args == ["due-date"]
    shown = QToolTip.text()
    assert term.term.zh in shown and term.term.en in shown
    assert term.definition.zh[:10] in shown and term.definition.en[:20] in shown
    QToolTip.hideText()
    # Keyboard: put the cursor on the term and press F1.
    cursor = view.cursorForPosition(_anchor_point(view, "glossary:due-date"))
    view.setTextCursor(cursor)
    view.setFocus()
    with qtbot.waitSignal(page.glossary.term_shown) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_F1)
    assert blocker.args == ["due-date"]
    assert term.definition.en[:20] in QToolTip.text()


# The offscreen platform cannot raise the tooltip window; the tooltip is shown all the same.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_keyboard_reads_a_section_from_term_to_term(learn, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Tab from the list of sections walks the section's text and every glossary term in
    reading order, Enter opens a definition and Escape closes it, and after the last term Tab
    goes on to the section's blocks and then to Previous and Next."""
    _, window, page = learn
    _open(page, qtbot, "what-is-credit", "billing-cycle")
    window.activateWindow()
    reader = page.reader
    reader.section_list.setFocus(Qt.FocusReason.TabFocusReason)
    reached = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is reader.prev_button or focused is reader.next_button:
            break
        reached.append(focused)
    else:
        raise AssertionError("Tab never left the section")
    terms = [w for w in reached if isinstance(w, TextLink)]
    assert [t.accessibleName() for t in terms[:3]] == [
        "billing cycle",
        "statement date",
        "due date",
    ]
    texts = [w for w in _blocks(page, LessonText) if w.isVisible()]
    every_link = [link for view in texts for link in view.links]
    assert terms == every_link  # each link once, in reading order
    assert len(set(map(id, reached))) == len(reached)  # no stop twice: no trap
    # Back to the first term: Enter shows its definition, Escape closes it.
    due = terms[2]
    term = page.glossary.term("due-date")
    assert term is not None
    due.setFocus(Qt.FocusReason.BacktabFocusReason)
    with qtbot.waitSignal(page.glossary.term_shown):
        qtbot.keyClick(due, Qt.Key.Key_Return)
    assert term.definition.en[:30] in QToolTip.text() and QToolTip.isVisible()
    qtbot.keyClick(due, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    assert QApplication.focusWidget() is due


def test_scenario_choice_shows_the_outcome(learn, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = learn
    _open(page, qtbot, "what-is-credit", "on-time")
    choice = _blocks(page, LessonChoice)[0]
    assert not choice.outcome.isVisible()
    _reveal(page, choice.buttons[1])
    qtbot.mouseClick(choice.buttons[1], Qt.MouseButton.LeftButton)
    assert choice.outcome.isVisible() and choice.buttons[1].isChecked()
    outcome = choice.block.options[1].outcome
    assert choice.outcome.toPlainText().startswith(outcome[:40])


def test_scenario_choice_says_which_option_was_wiser_and_why(  # type: ignore[no-untyped-def]
    build_window, tmp_path: Path, qtbot
) -> None:
    """In Chinese, by keyboard: after choosing, every option of the lesson's own scenario shows
    its verdict in words with its why from the lesson file, the chosen one marked as yours."""
    _, window = build_window(tmp_path / "data", "zh_CN")
    window.show()
    page = _show_learn(window, qtbot)
    _open(page, qtbot, "what-is-credit", "on-time")
    choice = _blocks(page, LessonChoice)[0]
    _reveal(page, choice.buttons[1])
    choice.buttons[1].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(choice.buttons[1], Qt.Key.Key_Space)
    words = {"wise": "✓ 明智的选择", "mixed": "◐ 可以，但有代价", "unwise": "✗ 不明智的选择"}
    for k, (option, label) in enumerate(zip(choice.block.options, choice.verdicts, strict=True)):
        assert option.verdict is not None and option.why
        expected = f"{words[option.verdict.value]}：{option.why}"
        assert label.text() == (f"你的选择。{expected}" if k == 1 else expected)
        assert label.isVisible()
    assert [o.verdict.value for o in choice.block.options] == ["wise", "unwise", "mixed"]  # type: ignore[union-attr]


def test_record_block_shows_the_codes(learn, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = learn
    _open(page, qtbot, "credit-report", page_section(page, "credit-report", 2))
    records = _blocks(page, LessonRecord)
    assert records
    grid = records[0].grid
    assert tuple(cell.text() for cell in grid.cells) == tuple("NNNNNNNN1NNNNNNNNNNNNNNN")
    assert grid.cells[8].accessibleName() == "Sep 2024: 1, 1–30 days overdue"
    legend = [row.text() for row in records[0].legend.rows]
    assert legend == ["normal: paid on time", "1–30 days overdue"]


def test_take_the_quiz_navigates_to_check(learn, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, _, page = learn
    last = page_section(page, "case-study", -1)
    _open(page, qtbot, "case-study", last)
    assert page.reader.quiz_frame.isVisible() and not page.reader.next_button.isEnabled()
    _reveal(page, page.reader.quiz_button)
    with qtbot.waitSignal(context.navigate_requested) as blocker:
        qtbot.mouseClick(page.reader.quiz_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["check", {"lesson": "case-study"}]


def test_language_switch_changes_the_lesson_text(learn, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, _, page = learn
    _open(page, qtbot, "what-is-credit", "billing-cycle")
    english = page.reader.section_heading.text()
    context.set_language("zh_CN", remember=False)
    lesson = page.lesson
    assert lesson is not None
    assert page.reader.section_heading.text() == lesson.body(page.language).sections[2].title
    assert page.reader.section_heading.text() != english
    assert lesson.title.zh in page.reader.lesson_title.text()
    assert page.reader.back_button.text() != "← &All lessons"
    texts = [v.toPlainText() for v in _blocks(page, LessonText)]
    assert any("账单日" in text for text in texts)
    context.set_language("en", remember=False)
    assert page.reader.section_heading.text() == english


def test_progress_is_kept_and_the_last_section_reopens(build_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    context, window = build_window(data, "en")
    window.show()
    page = _show_learn(window, qtbot)
    _open(page, qtbot, "credit-report", page_section(page, "credit-report", 3))
    window.close()
    context.database.close()
    _, window2 = build_window(data, "en")
    window2.show()
    page2 = _show_learn(window2, qtbot)
    assert page2.lesson is not None and page2.lesson.id == "credit-report"
    assert page2.reader.section_index == 3
    qtbot.mouseClick(page2.reader.back_button, Qt.MouseButton.LeftButton)
    sections = len(page2.lesson.section_ids)
    assert (
        page2.lesson_list.lesson_rows["credit-report"]["progress"]
        .text()
        .startswith(f"Read 1 of {sections} sections")
    )
    assert page2.lesson_list.continue_button.isVisible()


def test_a_broken_lesson_is_listed_and_the_others_open(
    build_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    pack = tmp_path / "pack"
    shutil.copytree(paths.lessons_dir(), pack)
    broken = pack / "03-instalments" / "lesson.toml"
    lines = broken.read_text(encoding="utf-8").splitlines()
    lines[3] = 'minutes = "twenty"'  # a string where a number belongs
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setenv("DUEWISE_LESSONS_DIR", str(pack))
    _, window = build_window(tmp_path / "data", "en")
    window.show()
    page = _show_learn(window, qtbot)
    assert page.lesson_list.problems_frame.isVisible()
    text = page.lesson_list.problems_text.text()
    assert "pack/03-instalments/lesson.toml:4: 'minutes' must be" in text
    assert (
        "instalments" not in page.lesson_list.lesson_rows
        and len(page.lesson_list.lesson_rows) == 11
    )
    assert page.open_lesson("what-is-credit")
    assert not page.open_lesson("instalments")
    assert "not available" in page.lesson_list.status.text()


def test_a_lesson_opens_with_its_objectives_and_hook(learn, qtbot) -> None:  # type: ignore[no-untyped-def]
    from duewise.ui.learn.overview_block import LessonOverview

    context, _, page = learn
    _open(page, qtbot, "missed-payment", page_section(page, "missed-payment", 0))
    lesson = page.lesson
    assert lesson is not None and lesson.hook is not None
    (overview,) = _blocks(page, LessonOverview)
    assert page.reader.block_widgets[0] is overview  # above the introduction
    assert overview.objectives_title.text() == "After this lesson you can:"
    assert overview.objectives.text().splitlines() == [f"• {o.text.en}" for o in lesson.objectives]
    assert overview.hook.text() == lesson.hook.en
    context.set_language("zh_CN", remember=False)
    (overview,) = _blocks(page, LessonOverview)
    assert overview.objectives_title.text() == "学完本课，你能："
    assert overview.hook.text() == lesson.hook.zh
    context.set_language("en", remember=False)
    # only the first section carries it
    page.reader.next_section()
    assert not _blocks(page, LessonOverview)


def test_a_practice_item_is_answered_and_checked_without_a_score(learn, qtbot) -> None:  # type: ignore[no-untyped-def]
    from duewise.content.model import Pool, QuestionType
    from duewise.ui.learn.practice_block import LessonPractice

    _, _, page = learn
    assert page.result is not None
    lesson = page.result.pack.lesson("missed-payment")
    assert lesson is not None
    section = next(
        s for s in lesson.body(lesson.bodies.__iter__().__next__()).sections if s.practice
    )
    _open(page, qtbot, "missed-payment", section.id)
    (practice,) = _blocks(page, LessonPractice)
    question = practice.question
    assert question.pool is Pool.PRACTICE and question.id == section.practice[0].question
    assert practice.kicker.text() == "Try it (not marked)"
    assert practice.panel.prompt.text() == question.prompt.en
    qtbot.mouseClick(practice.check_button, Qt.MouseButton.LeftButton)
    assert practice.panel.error.text() == "Choose or type an answer first."
    assert practice.result is None
    # answer it right, as a reader would
    if question.type is QuestionType.SINGLE:
        assert isinstance(question.answer, int)
        shown = practice.panel.item.order.index(question.answer)  # type: ignore[union-attr]
        practice.panel.buttons[shown].click()
    elif question.type is QuestionType.TRUE_FALSE:
        practice.panel.buttons[0 if question.answer else 1].click()
    else:
        practice.panel.set_response(question.answer)  # type: ignore[arg-type]
    qtbot.mouseClick(practice.check_button, Qt.MouseButton.LeftButton)
    assert practice.result is not None and practice.result.correct
    assert practice.feedback.isVisible()
    assert practice.feedback.text().startswith("✓ Right!")
    if question.type in (QuestionType.SINGLE, QuestionType.TRUE_FALSE):  # marked in words too
        assert "✓ Your answer — right" in [m.text() for m in practice.panel.marks]
    assert question.explanation.en in practice.feedback.text()
    qtbot.mouseClick(practice.again_button, Qt.MouseButton.LeftButton)
    assert practice.result is None and not practice.feedback.isVisible()


def test_unreadable_quiz_results_are_said_and_the_lessons_still_show(  # type: ignore[no-untyped-def]
    main_window, qtbot, monkeypatch
) -> None:
    """A damaged quiz table used to be swallowed by a bare ``except``: now the page says so."""
    import sqlite3

    from duewise.storage.quiz_store import QuizStore

    def broken(self, profile_id):  # type: ignore[no-untyped-def]
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(QuizStore, "scored_answers", broken)
    _, window = main_window
    page = _show_learn(window, qtbot)
    assert len(page.lesson_list.lesson_rows) == 12
    assert page.lesson_list.progress_note.isVisible()
    note = page.lesson_list.progress_note.text()
    assert "quiz mastery is not shown" in note
    assert "database disk image" not in note  # SQLite's English: worded by the catalogue
    assert "Quiz mastery" not in page.lesson_list.lesson_rows["what-is-credit"]["progress"].text()
