"""The panels of Learn stand on their own: each is built from its inputs (the learner's
reading progress, the language, the glossary) with no page around it, and answers with signals."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from duewise import paths
from duewise.learning import bank
from duewise.storage import db
from duewise.ui.common.lesson_text import Glossary
from duewise.ui.learn.lesson_list import LessonListPanel
from duewise.ui.learn.reader import ReaderPanel
from duewise.ui.learn.reading import Reading

LESSON = "what-is-credit"


@pytest.fixture
def reading(tmp_path: Path) -> Iterator[Reading]:
    database, _ = db.open_database(tmp_path / "data")
    profile = database.profiles()[0][0]
    yield Reading(database, lambda: profile)
    database.close()


def test_the_list_shows_the_pack_and_asks_for_lessons(qtbot: QtBot, reading: Reading) -> None:
    panel = LessonListPanel(reading, lambda: "en", lambda: None)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_loading()
    assert panel.status.text() == "Loading the lessons…" and panel.loading_bar.isVisible()
    result = bank.load_result(paths.lessons_dir())
    panel.show_pack(result, None)
    assert panel.loaded and not panel.loading_bar.isVisible()
    assert len(panel.lesson_rows) == len(result.pack.lessons)
    row = panel.lesson_rows[LESSON]
    assert row["title"].text() == "What credit is"  # type: ignore[attr-defined]
    assert row["progress"].text() == "Not started · Quiz mastery: none yet"  # type: ignore[attr-defined]
    with qtbot.waitSignal(panel.lesson_requested) as asked:
        qtbot.mouseClick(row["button"], Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    assert asked.args == [LESSON, ""]
    with qtbot.waitSignal(panel.open_pack_requested):
        qtbot.mouseClick(panel.open_pack_button, Qt.MouseButton.LeftButton)
    assert panel.pack_label.text() == "Lessons: the DueWise course."


def test_the_reader_shows_a_lesson_keeps_the_reading_and_asks_for_the_quiz(
    qtbot: QtBot, reading: Reading
) -> None:
    panel = ReaderPanel(reading, Glossary(), lambda: "en", lambda: 100)
    qtbot.addWidget(panel)
    panel.show()
    lesson = bank.load_bank().lesson(LESSON)
    assert lesson is not None
    with qtbot.waitSignal(panel.section_shown) as shown:
        panel.show_lesson(lesson)
    first = lesson.section_ids[0]
    assert shown.args == [first]
    assert panel.lesson_title.text() == "Lesson 1: What credit is"
    assert panel.position_label.text() == f"Section 1 of {len(lesson.section_ids)}"
    while panel.section_index + 1 < len(lesson.section_ids):
        qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert reading.progress(LESSON)["seen"] == list(lesson.section_ids)
    assert reading.last_position(bank.load_bank()) == (LESSON, lesson.section_ids[-1])
    assert panel.quiz_frame.isVisible()
    with qtbot.waitSignal(panel.quiz_requested) as asked:
        qtbot.mouseClick(panel.quiz_button, Qt.MouseButton.LeftButton)
    assert asked.args == [LESSON]
    with qtbot.waitSignal(panel.list_requested):
        qtbot.mouseClick(panel.back_button, Qt.MouseButton.LeftButton)
