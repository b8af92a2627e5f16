"""The gradebook, acting as a teacher: learners on this computer appear with no export, sorting,
bands told without colour, the class average, CSV and PDF, and the click through to one learner."""

from __future__ import annotations

import csv
import datetime as dt
from fractions import Fraction

import pytest
from classroom_helpers import add_learner, open_page, unlock
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from duewise.learning.quiz import QuizItem, QuizKind
from duewise.storage import profiles, quiz_store, results_files
from duewise.ui.classroom.gradebook_panel import GradebookPanel
from duewise.ui.classroom.page import ClassroomPage, shipped_pack

pytestmark = pytest.mark.usefixtures("fast_pin_hash")

WHEN = dt.datetime(2026, 3, 16, 12, 0, tzinfo=dt.UTC)


def take_quiz(  # type: ignore[no-untyped-def]
    context, profile_id: int, kind: QuizKind, lesson_id: str | None, scores: list[int], *, day: int
) -> None:
    """A finished scored quiz over the first questions of a lesson (or of the course)."""
    pack = shipped_pack()
    pool = pack.lesson(lesson_id).questions if lesson_id else pack.questions
    questions = pool[: len(scores)]
    store = quiz_store.QuizStore(context.database)
    when = WHEN + dt.timedelta(days=day)
    attempt = store.start_attempt(
        profile_id, kind, [QuizItem(q.id) for q in questions], seed=1, now=when, lesson_id=lesson_id
    )
    for position, (question, score) in enumerate(zip(questions, scores, strict=True)):
        store.record_answer(
            attempt.id,
            position,
            question_id=question.id,
            objective=question.objective,
            lesson_id=question.lesson_id,
            response=0,
            score=Fraction(score),
            now=when,
        )
    store.finish_attempt(attempt.id, when + dt.timedelta(minutes=10))


def _class(qtbot: QtBot, page: ClassroomPage) -> dict[str, int]:
    """Three learners on the teacher's computer, as they would have used it."""
    for name in ("Lin", "Amy", "Bo"):
        add_learner(qtbot, page, name)
    ids = {p.name: p.id for p in profiles.list_profiles(page.context.database)}
    c = page.context
    take_quiz(c, ids["Lin"], QuizKind.LESSON, "what-is-credit", [1, 1, 1, 1, 0], day=1)  # 80 %
    take_quiz(c, ids["Lin"], QuizKind.LESSON, "what-is-credit", [1, 0, 0, 0, 0], day=0)  # 20 %
    take_quiz(c, ids["Lin"], QuizKind.DIAGNOSTIC, None, [1, 0, 0, 0], day=0)  # 25 %
    take_quiz(c, ids["Lin"], QuizKind.FINAL, None, [1, 1, 1, 0], day=5)  # 75 %
    take_quiz(c, ids["Amy"], QuizKind.LESSON, "what-is-credit", [1, 1, 0, 0], day=1)  # 50 %
    take_quiz(c, ids["Amy"], QuizKind.LESSON, "price-of-borrowing", [1, 1, 1, 1, 1], day=2)
    take_quiz(c, ids["Bo"], QuizKind.LESSON, "what-is-credit", [0, 0, 0, 0, 1], day=1)  # 20 %
    return ids


def _open(qtbot: QtBot, page: ClassroomPage) -> GradebookPanel:
    unlock(qtbot, page)
    panel = page.gradebook_panel
    assert panel is not None and page.tools_tabs is not None
    page.tools_tabs.setCurrentWidget(panel)
    return panel


def _column(panel: GradebookPanel, title: str) -> int:
    model = panel.proxy
    return next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )


def test_local_learners_appear_sorted_banded_and_averaged(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock
) -> None:
    _, _, page = open_page(build_window, tmp_path / "data")
    _class(qtbot, page)
    panel = _open(qtbot, page)  # no export, no import: they answered on this computer
    rows = panel.shown_rows()
    assert [row[0] for row in rows] == ["Amy", "Bo", "Lin", "Class average"]
    l1, l2 = _column(panel, "L1"), _column(panel, "L2")
    diagnostic, final, growth = (_column(panel, t) for t in ("Diagnostic", "Final", "Growth"))
    lin = rows[2]
    # Best lesson quiz, latest tests, growth; each band with a symbol (readable without colour).
    assert [lin[l1], lin[l2], lin[diagnostic], lin[final], lin[growth]] == [
        "✓ 80%",
        "",
        "✗ 25%",
        "△ 75%",
        "▲ +50",
    ]
    assert rows[0][l1] == "△ 50%" and rows[0][l2] == "✓ 100%"
    # The class average is over the learners who took it: (50 + 20 + 80) / 3 = 50.
    assert rows[3][l1] == "△ 50%" and rows[3][l2] == "✓ 100%"
    # Accessible text and tool tip say the band in words, with the column's whole title.
    index = panel.proxy.index(2, l1)
    words = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert words == "Lin · Lesson 1: What credit is (best quiz): 80%, mastered"
    assert (
        panel.proxy.index(2, growth)
        .data(Qt.ItemDataRole.AccessibleTextRole)
        .endswith("50 percentage points, up")
    )
    assert "average of 3 learners" in panel.proxy.index(3, l1).data(Qt.ItemDataRole.ToolTipRole)
    assert panel.proxy.index(2, l1).data(Qt.ItemDataRole.BackgroundRole) is not None
    header = panel.proxy.headerData(l1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header == "Lesson 1: What credit is (best quiz)"

    # Sorting: numbers as numbers, blanks last either way, the class average stays last.
    panel.sort_by(l2, Qt.SortOrder.DescendingOrder)
    assert [row[0] for row in panel.shown_rows()] == ["Amy", "Bo", "Lin", "Class average"]
    panel.sort_by(l1, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in panel.shown_rows()] == ["Bo", "Amy", "Lin", "Class average"]
    panel.sort_by(l1, Qt.SortOrder.DescendingOrder)
    assert [row[0] for row in panel.shown_rows()] == ["Lin", "Amy", "Bo", "Class average"]
    panel.sort_by(growth, Qt.SortOrder.AscendingOrder)
    assert panel.shown_rows()[0][0] == "Lin"  # the only value, blanks after
    # A click on a column title sorts too.
    head = panel.table.horizontalHeader()
    spot = QPoint(head.sectionViewportPosition(final) + 5, head.height() // 2)
    qtbot.mouseClick(head.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert head.sortIndicatorSection() == final
    assert panel.shown_rows()[0][0] == "Lin" and panel.shown_rows()[-1][0] == "Class average"


def test_click_and_enter_open_one_learners_answers(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock
) -> None:
    _, _, page = open_page(build_window, tmp_path / "data", "zh_CN")
    _class(qtbot, page)
    panel = _open(qtbot, page)
    assert not panel.details.isVisible()
    table = panel.table
    rect = table.visualRect(panel.proxy.index(2, 0))  # the rows are by name: Amy, Bo, Lin
    with qtbot.waitSignal(panel.learner_opened) as opened:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    uid = opened.args[0]
    assert panel.details.isVisible()
    assert panel.details_heading.text() == "Lin 的作答（18 次）"  # 5 + 5 + 4 + 4 answers
    details = panel.details_table
    first = [details.item(0, c).text() for c in range(details.columnCount())]
    assert first[2] == "期末测试"  # newest first: the final, taken last
    assert {details.item(r, 5).text()[:1] for r in range(details.rowCount())} <= {"✓", "✗"}
    qtbot.mouseClick(panel.close_details_button, Qt.MouseButton.LeftButton)
    assert not panel.details.isVisible()

    # Enter on a learner (keyboard only) opens the same answers.
    table.setFocus()
    table.setCurrentIndex(panel.proxy.index(0, 0))
    with qtbot.waitSignal(panel.learner_opened) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args[0] != uid and panel.details_heading.text().startswith("Amy 的作答")
    # The class average is not a learner: nothing opens.
    panel.close_details()
    table.setCurrentIndex(panel.proxy.index(3, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert not panel.details.isVisible()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_gradebook_exports_csv_and_pdf(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock, *, language
) -> None:
    from pypdf import PdfReader

    _, _, page = open_page(build_window, tmp_path / "data", language)
    _class(qtbot, page)
    add_learner(qtbot, page, '=HYPERLINK("http://x")')  # a hostile name stays text
    hostile = next(p for p in profiles.list_profiles(page.context.database) if "HYPER" in p.name)
    take_quiz(page.context, hostile.id, QuizKind.LESSON, "what-is-credit", [1], day=3)
    panel = _open(qtbot, page)

    dialogs["save"] = tmp_path / "gradebook.csv"
    qtbot.mouseClick(panel.csv_button, Qt.MouseButton.LeftButton)
    assert panel.export_status.text().endswith("gradebook.csv")
    with (tmp_path / "gradebook.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    if language == "en":
        assert rows[0][:5] == [
            "Learner",
            "Learner id",
            "Diagnostic test (latest) (%)",
            "Final test (latest) (%)",
            "Growth from diagnostic to final (percentage points) (points)",
        ]
        assert rows[0][5] == "Lesson 1: What credit is (best quiz) (%)"
        assert rows[-1][0] == "Class average"
    else:
        assert rows[0][0] == "学员" and rows[-1][0] == "全班平均"
    lin = next(row for row in rows if row[0] == "Lin")
    assert lin[2:7] == ["25.0", "75.0", "50.0", "80.0", ""]
    # Numbers as plain numbers; every cell went through the project's CSV writer.
    assert any(row[0].lstrip("'").startswith("=HYPERLINK") for row in rows)

    dialogs["save"] = tmp_path / "gradebook.pdf"
    with qtbot.waitSignal(panel.pdf_written, timeout=20_000):
        qtbot.mouseClick(panel.pdf_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(tmp_path / "gradebook.pdf")
    text = " ".join("".join(p.extract_text() for p in reader.pages).split())
    title, average = (
        ("成绩册", "全班平均") if language == "zh_CN" else ("Gradebook", "Class average")
    )
    assert title in text and average in text and "Lin" in text and "80%" in text
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape: every column fits


def test_imported_learners_and_local_ones_merge_in_the_gradebook(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock
) -> None:
    # Kim answered on another computer and brings a file; Lin's own file comes back too.
    context, _, other = open_page(build_window, tmp_path / "other")
    add_learner(qtbot, other, "Kim")
    kim = next(p.id for p in profiles.list_profiles(context.database) if p.name == "Kim")
    take_quiz(context, kim, QuizKind.FINAL, None, [1, 1, 0, 0], day=0)
    kim_file = tmp_path / "kim.json"
    results_files.write_results_file(
        kim_file,
        results_files.make_results(
            profiles.learner_uid(context.database, kim),
            "Kim",
            results_files.profile_attempts(context.database, kim),
            exported_at=WHEN,
            quizzes=results_files.profile_quizzes(context.database, kim),
        ),
    )
    _, _, page = open_page(build_window, tmp_path / "data")
    ids = _class(qtbot, page)
    lin_file = tmp_path / "lin.json"
    page.profiles_panel.select(ids["Lin"])
    qtbot.mouseClick(page.profiles_panel.switch_button, Qt.MouseButton.LeftButton)
    dialogs["save"] = lin_file
    qtbot.mouseClick(page.export_mine_button, Qt.MouseButton.LeftButton)
    unlock(qtbot, page)
    results = page.results_panel
    assert results is not None
    results.import_paths([kim_file, lin_file])
    panel = page.gradebook_panel
    assert panel is not None and page.tools_tabs is not None
    page.tools_tabs.setCurrentWidget(panel)
    rows = panel.shown_rows()
    assert [row[0] for row in rows] == ["Amy", "Bo", "Kim", "Lin", "Class average"]
    assert rows[2][_column(panel, "Final")] == "△ 50%"
    lin = rows[3]
    assert lin[_column(panel, "L1")] == "✓ 80%"  # Lin's quizzes counted once, not twice
    assert rows[4][_column(panel, "Final")] == "△ 63%"  # (50 + 75) / 2 = 62.5, rounded


def test_the_gradebook_tells_bands_apart_in_the_dark_theme(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock
) -> None:
    context, _, page = open_page(build_window, tmp_path / "data")
    _class(qtbot, page)
    panel = _open(qtbot, page)
    l1 = _column(panel, "L1")
    light = panel.proxy.index(2, l1).data(Qt.ItemDataRole.BackgroundRole).color()
    context.set_appearance(theme_name="dark", remember=False)
    dark = panel.proxy.index(2, l1).data(Qt.ItemDataRole.BackgroundRole).color()
    assert light.lightness() > 180 and dark.lightness() < 80  # the theme's own text stays legible
    text = panel.palette().color(panel.palette().ColorRole.Text)
    assert abs(text.lightness() - dark.lightness()) > 120
