"""Check yourself, driven like a learner: keyboard answers, feedback, resume, review, language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from duewise.content.model import QuestionType
from duewise.learning import bank, quiz
from duewise.learning import mastery as learning_mastery
from duewise.learning.quiz import QuizItem, QuizKind
from duewise.storage import db, quiz_store
from duewise.ui.check.page import CheckPage

DIGITS = [getattr(Qt.Key, f"Key_{i}") for i in range(1, 10)]
LESSON = "what-is-credit"


def _focus_target(page: CheckPage):  # type: ignore[no-untyped-def]
    """Where a learner's key press lands: the focused answer control (or the panel)."""
    question = page.current_question()
    assert question is not None
    if question.type is QuestionType.NUMERIC:
        return page.quiz_view.panel.number_edit
    if question.type is QuestionType.ORDERING:
        return page.quiz_view.panel.order_list
    return page.quiz_view.panel.buttons[0]


def answer_by_keyboard(qtbot: QtBot, page: CheckPage, right: bool) -> Fraction:
    """Answer the question shown with keys only; return the score it should get."""
    question = page.current_question()
    assert question is not None and page.attempt is not None
    item = page.attempt.items[page.quiz_view.position]
    target = _focus_target(page)
    expected = Fraction(1 if right else 0)
    if question.type is QuestionType.SINGLE:
        shown = item.order.index(question.answer)  # type: ignore[arg-type]
        key = shown if right else (shown + 1) % len(item.order)
        qtbot.keyClick(target, DIGITS[key])
    elif question.type is QuestionType.TRUE_FALSE:
        key = 0 if question.answer is right else 1
        qtbot.keyClick(target, DIGITS[key])
    elif question.type is QuestionType.MULTIPLE:
        answer = set(question.answer)  # type: ignore[arg-type]
        if right:
            for k, original in enumerate(item.order):
                if original in answer:
                    qtbot.keyClick(target, DIGITS[k])
        else:
            wrong = [k for k, o in enumerate(item.order) if o not in answer]
            if wrong:
                qtbot.keyClick(target, DIGITS[wrong[0]])
            else:  # every choice is right: tick just one for partial credit
                qtbot.keyClick(target, DIGITS[0])
                expected = Fraction(1, len(answer))
    elif question.type is QuestionType.NUMERIC:
        value = question.answer
        assert isinstance(value, Decimal)
        text = f"¥{value:,}" if right else str(value + (question.tolerance or 0) + 7)
        qtbot.keyClicks(target, text)
    else:  # ordering: pick a row with its digit, move it with Alt+Up
        wanted = list(question.answer) if right else None  # type: ignore[arg-type]
        if wanted is None:
            current = list(item.order)
            wanted = current[1:] + current[:1] if len(current) > 1 else current
            if tuple(wanted) == question.answer:
                wanted = [current[1], current[0], *current[2:]]
        for place, original in enumerate(wanted):
            rows = [
                int(page.quiz_view.panel.order_list.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(page.quiz_view.panel.order_list.count())
            ]
            row = rows.index(original)
            qtbot.keyClick(target, DIGITS[row])
            for _ in range(row - place):
                qtbot.keyClick(target, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    return expected


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_keyboard_quiz_feedback_resume_score_and_review(build_window, data_dir, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, window = build_window(data_dir, "en")
    window.show()
    page = window.show_page("check")
    assert isinstance(page, CheckPage)
    page.open_with({"lesson": LESSON})
    assert page.views.currentWidget() is page.quiz_view
    assert page.quiz_view.quiz_title.text() == "Lesson quiz: What credit is"
    assert page.quiz_view.position_label.text() == "Question 1 of 10"

    # An empty answer is not graded: the learner is asked to choose. (The quiz is drawn at
    # random; an ordering question always holds an order, so it has no empty answer.)
    first = page.current_question()
    assert first is not None
    if first.type is not QuestionType.ORDERING:
        qtbot.keyClick(_focus_target(page), Qt.Key.Key_Return)
        assert page.quiz_view.panel.error.isVisible()
        assert page.quiz_view.shown_grade is None

    plan = [False, True, False, True]
    earned = Fraction(0)
    missed: list[str] = []
    for position, right in enumerate(plan):
        question = page.current_question()
        assert question is not None
        expected = answer_by_keyboard(qtbot, page, right)
        earned += expected
        if expected != 1:
            missed.append(question.id)
        assert page.quiz_view.feedback_card.isVisible()
        assert page.quiz_view.verdict_label.text() == (
            "✓ Right!"
            if expected == 1
            else "✗ Not right."
            if expected == 0
            else page.quiz_view.verdict_label.text()
        )
        assert page.quiz_view.explanation_label.text() == question.explanation.en
        assert page.quiz_view.section_button.text().startswith("Read about it: ")
        assert page.quiz_view.right_answer_label.isVisible() is (expected != 1)
        assert page.quiz_view.progress_bar.value() == position + 1
        qtbot.keyClick(page.quiz_view.check_button, Qt.Key.Key_Return)  # Enter: next question
    assert page.quiz_view.position_label.text() == "Question 5 of 10"
    prompt = page.quiz_view.panel.prompt.text()

    # Close the app mid-quiz; start again on the same data folder: same question.
    window.close()
    context.database.close()
    context2, window2 = build_window(data_dir, "en")
    window2.show()
    page2 = window2.show_page("check")
    assert page2.views.currentWidget() is page2.quiz_view
    assert page2.quiz_view.position_label.text() == "Question 5 of 10"
    assert page2.quiz_view.panel.prompt.text() == prompt
    assert page2.quiz_view.progress_bar.value() == 4

    # Finish the quiz with right answers: the score shown counts the earlier misses.
    for _ in range(6):
        earned += answer_by_keyboard(qtbot, page2, True)
        qtbot.keyClick(page2.quiz_view.check_button, Qt.Key.Key_Return)
    assert page2.views.currentWidget() is page2.report_view
    percent = round(100 * earned / 10)
    assert page2.report_view.report_total.text().startswith("Score: ")
    assert page2.report_view.report_total.text().endswith(f"of 10 points ({percent}%)")
    assert page2.report_view.lesson_table.item(0, 0).text() == "1. What credit is"

    # The missed questions wait in the review queue, due today.
    cards = quiz_store.QuizStore(context2.database).review_cards(context2.profile_id)
    assert {c.question_id for c in cards} == set(missed)
    qtbot.mouseClick(page2.report_view.back_button, Qt.MouseButton.LeftButton)
    assert page2.overview.review_button.text() == f"Review ({len(missed)} due)"
    assert page2.overview.review_button.isEnabled()
    assert list(page2.overview.score_chart.line.get_ydata()) == [percent]
    assert page2.overview.history_table.rowCount() == 1
    mastery = learning_mastery.lesson_mastery(
        quiz_store.QuizStore(context2.database).scored_answers(context2.profile_id),
        bank.load_bank(),
    )
    assert 0 < mastery[LESSON] < 1

    qtbot.mouseClick(page2.overview.review_button, Qt.MouseButton.LeftButton)
    assert page2.quiz_view.quiz_title.text() == "Review"
    assert page2.current_question().id in missed  # type: ignore[union-attr]
    assert page2.quiz_view.position_label.text() == f"Question 1 of {len(missed)}"


def test_language_switch_mid_quiz_changes_the_question(build_window, data_dir, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, window = build_window(data_dir, "en")
    window.show()
    page = window.show_page("check")
    page.open_with({"lesson": "missed-payment"})
    question = page.current_question()
    assert page.quiz_view.panel.prompt.text() == question.prompt.en
    context.set_language("zh_CN")
    assert page.quiz_view.panel.prompt.text() == question.prompt.zh
    assert page.quiz_view.check_button.text() == "检查答案"
    assert page.quiz_view.position_label.text() == "第 1 题，共 10 题"
    context.set_language("en")
    assert page.quiz_view.panel.prompt.text() == question.prompt.en


def _prepare(data_dir: Path, kind: QuizKind, question_ids: list[str], **kwargs) -> int:  # type: ignore[no-untyped-def]
    """Store an unfinished attempt with these questions (choices in their written order)."""
    by_id = {q.id: q for q in bank.load_bank().questions}
    items = [QuizItem(q, tuple(range(len(by_id[q].choices)))) for q in question_ids]
    database, _ = db.open_database(data_dir)
    store = quiz_store.QuizStore(database)
    attempt = store.start_attempt(
        1,
        kind,
        items,
        seed=1,
        now=dt.datetime.now().replace(microsecond=0),
        **kwargs,
    )
    database.close()
    return attempt.id


def test_numbers_in_any_format_and_unreadable_input(build_window, data_dir, qtbot) -> None:  # type: ignore[no-untyped-def]
    _prepare(data_dir, QuizKind.LESSON, ["l05-q03", "l05-q04"], lesson_id="missed-payment")
    _context, window = build_window(data_dir, "en")
    window.show()
    page = window.show_page("check")
    assert page.current_question().id == "l05-q03"  # resumed at once
    assert page.quiz_view.panel.unit_label.text() == "yuan"
    edit = page.quiz_view.panel.number_edit
    qtbot.keyClicks(edit, "three fifty")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert page.quiz_view.panel.error.isVisible()
    assert "doesn't look like a number" in page.quiz_view.panel.error.text()
    assert page.quiz_view.shown_grade is None  # not graded, not stored
    # Read as every number field reads it: a comma only between thousands, digits 0-9 only.
    for typed, said in (
        ("3,50 yuan", "Is the comma a decimal point?"),
        ("1,0,0,0", "A comma only separates thousands"),
        ("3²", "digits 0–9 (no ²"),
    ):
        edit.clear()
        edit.insert(typed)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert said in page.quiz_view.panel.error.text(), typed
        assert page.quiz_view.shown_grade is None
    edit.clear()
    qtbot.keyClicks(
        edit, "3.50 yuan"
    )  # keyClicks types ASCII only; 元 is covered by the engine tests
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert page.quiz_view.verdict_label.text() == "✓ Right!"
    qtbot.keyClick(page.quiz_view.check_button, Qt.Key.Key_Return)
    qtbot.keyClicks(page.quiz_view.panel.number_edit, "2.52")  # 2.50 ± 0.01: just outside
    qtbot.keyClick(page.quiz_view.panel.number_edit, Qt.Key.Key_Return)
    assert page.quiz_view.verdict_label.text() == "✗ Not right."
    assert page.quiz_view.right_answer_label.text() == (
        "The right answer: 2.5 yuan (answers within ±0.01 count as right)"
    )
    assert page.quiz_view.check_button.text() == "See my results"


def test_section_link_asks_the_learn_page(build_window, data_dir, qtbot) -> None:  # type: ignore[no-untyped-def]
    _prepare(data_dir, QuizKind.LESSON, ["l05-q01"], lesson_id="missed-payment")
    context, window = build_window(data_dir, "en")
    window.show()
    page = window.show_page("check")
    answer_by_keyboard(qtbot, page, True)
    with qtbot.waitSignal(context.navigate_requested) as blocker:
        qtbot.mouseClick(page.quiz_view.section_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["learn", {"lesson": "missed-payment", "section": "overdue"}]


def test_practice_mode_and_timer_with_extra_time(build_window, data_dir, qtbot) -> None:  # type: ignore[no-untyped-def]
    _context, window = build_window(data_dir, "en")
    window.show()
    page = window.show_page("check")
    assert not page.overview.timer_check.isChecked()  # no time limit by default
    qtbot.keyClick(page.overview.timer_check, Qt.Key.Key_Space)
    page.overview.minutes_spin.setValue(10)
    page.overview.extra_combo.setCurrentIndex(2)  # +50 %
    page.overview.practice_check.setChecked(True)
    page.open_with({"lesson": LESSON})
    assert page.attempt.time_limit_s == 15 * 60
    assert not page.attempt.scored
    assert page.quiz_view.practice_label.text() == "Practice: not scored"
    assert page.quiz_view.timer_label.text() == "Time left: 15:00"
    page.quiz_view.elapsed_s = 15 * 60 - 1
    qtbot.waitUntil(lambda: page.views.currentWidget() is page.report_view, timeout=5000)
    assert page.report_view.report_total.text() == "Practice round: not scored."
    assert "Time ran out" in page.report_view.report_note.text()


def test_larger_text_accommodation(build_window, data_dir, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, window = build_window(data_dir, "en")
    page = window.show_page("check")
    qtbot.keyClick(page.overview.larger_check, Qt.Key.Key_Space)
    assert context.text_scale == 150
    qtbot.keyClick(page.overview.larger_check, Qt.Key.Key_Space)
    assert context.text_scale == 100


def test_final_report_growth_study_next_and_certificate(  # type: ignore[no-untyped-def]
    build_window, data_dir, qtbot, monkeypatch, tmp_path
) -> None:
    pack = bank.load_bank()
    by_id = {q.id: q for q in pack.questions}
    database, _ = db.open_database(data_dir)
    store = quiz_store.QuizStore(database)
    now = dt.datetime(2026, 3, 1, 9)
    diagnostic = quiz.draw_assessment(pack, QuizKind.DIAGNOSTIC, 3)
    final = quiz.draw_assessment(pack, QuizKind.FINAL, 3)
    weak_lesson = pack.lessons[4].id
    for kind, items in ((QuizKind.DIAGNOSTIC, diagnostic), (QuizKind.FINAL, final)):
        attempt = store.start_attempt(1, kind, items, seed=3, now=now)
        for position, item in enumerate(items):
            q = by_id[item.question_id]
            right = kind is QuizKind.FINAL and q.lesson_id != weak_lesson
            store.record_answer(
                attempt.id,
                position,
                question_id=q.id,
                objective=q.objective,
                lesson_id=q.lesson_id,
                response=q.answer if right else (),
                score=Fraction(int(right)),
                now=now,
            )
        if kind is QuizKind.FINAL:
            final_id = attempt.id
        else:
            store.finish_attempt(attempt.id, now)
        now += dt.timedelta(days=7)
    database.close()

    context, window = build_window(data_dir, "en")
    window.show()
    page = window.show_page("check")
    assert page.views.currentWidget() is page.report_view
    assert page.report_attempt.id == final_id
    assert "Passed" in page.report_view.report_note.text()
    assert "Diagnostic: 0% → final:" in page.report_view.report_note.text()
    assert not page.report_view.objective_table.isColumnHidden(3)
    assert page.report_view.objective_table.item(0, 3).text() == "+100%"
    assert page.report_view.study_buttons[0].isVisible()
    assert page.report_view.study_buttons[0].text().startswith("5. ")
    with qtbot.waitSignal(context.navigate_requested) as blocker:
        qtbot.mouseClick(page.report_view.study_buttons[0], Qt.MouseButton.LeftButton)
    assert blocker.args == ["learn", {"lesson": weak_lesson}]

    target = tmp_path / "cert.pdf"
    monkeypatch.setattr(CheckPage, "ask_certificate_path", classmethod(lambda cls, *a: target))
    asked: list[str] = []

    def ask_name(cls, parent, title, label):  # type: ignore[no-untyped-def]
        asked.append(title)
        return "  Lin  Xiaoyu "

    monkeypatch.setattr(CheckPage, "ask_learner_name", classmethod(ask_name))
    page = window.show_page("check")
    page._show_overview()
    assert page.overview.certificate_button.isEnabled()
    qtbot.mouseClick(page.overview.certificate_button, Qt.MouseButton.LeftButton)
    reader = pypdf.PdfReader(target)
    assert len(reader.pages) == 1  # one page, filled
    text = " ".join(reader.pages[0].extract_text().split())
    assert "结业证书" in text and "Certificate of achievement" in text
    # The default learner has no name: asked once, saved as the profile's name, printed.
    assert asked == ["Your name on the certificate"]
    assert "Lin Xiaoyu" in text and "Learner" not in text
    assert dict(context.database.profiles())[context.profile_id] == "Lin Xiaoyu"
    assert page.overview.certificate_note.text().endswith(f"Saved: {target}")
    qtbot.mouseClick(page.overview.certificate_button, Qt.MouseButton.LeftButton)
    assert asked == ["Your name on the certificate"]  # not asked again


def test_a_test_hides_the_objective_and_matches_difficulty_per_learner(  # type: ignore[no-untyped-def]
    build_window, data_dir, qtbot
) -> None:
    context, window = build_window(data_dir, "en")
    window.show()
    page = window.show_page("check")
    assert isinstance(page, CheckPage)
    page.open_with({"lesson": LESSON})
    meta = page.quiz_view.panel.meta
    assert meta.isVisible() and "objective:" in meta.text()
    qtbot.mouseClick(page.quiz_view.quit_button, Qt.MouseButton.LeftButton)
    page.start_or_resume(QuizKind.DIAGNOSTIC)
    assert page.attempt is not None and page.attempt.kind is QuizKind.DIAGNOSTIC
    # The objective would give the answer away: not shown during the test.
    assert not page.quiz_view.panel.meta.isVisible() and page.quiz_view.panel.meta.text() == ""
    pack = bank.load_bank()
    by_id = {q.id: q for q in pack.questions}
    expected = quiz.draw_assessment(pack, QuizKind.FINAL, 99, learner=context.profile_id)
    drawn = [by_id[item.question_id] for item in page.attempt.items]
    assert [q.difficulty for q in drawn] == [by_id[i.question_id].difficulty for i in expected]
    assert all(q.pool.value == "diagnostic" for q in drawn)
