"""Quiz results that cannot be read are said in the learner's language, through the one error
catalogue: never SQLite's own English ("database disk image is malformed")."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from duewise.storage.quiz_store import QuizStore
from duewise.ui.learn.page import LearnPage

CJK = re.compile(r"[\u4e00-\u9fff]")
RAW = "database disk image is malformed"


def _error(code: int, name: str) -> sqlite3.Error:
    error = sqlite3.DatabaseError(RAW)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("error", "english"),
    [
        (_error(11, "SQLITE_CORRUPT"), "Part of your data file is damaged"),
        (_error(26, "SQLITE_NOTADB"), "Part of your data file is damaged"),
        (_error(5, "SQLITE_BUSY"), "in use by another program"),
        (_error(1, "SQLITE_ERROR"), "could not be read (SQLITE_ERROR)"),
        (ValueError("bad json in a row"), "An unexpected problem stopped this (ValueError)"),
    ],
    ids=["corrupt", "not-a-database", "busy", "other", "bad-row"],
)
def test_unreadable_quiz_results_are_worded_by_the_catalogue(  # type: ignore[no-untyped-def]
    build_window, tmp_path: Path, qtbot, monkeypatch, *, error: Exception, english: str
) -> None:
    def broken(self, profile_id):  # type: ignore[no-untyped-def]
        raise error

    monkeypatch.setattr(QuizStore, "scored_answers", broken)
    for language in ("en", "zh_CN"):
        _, window = build_window(tmp_path / language, language)
        window.show()
        window.show_page("settings")
        page = window.show_page("learn")
        assert isinstance(page, LearnPage)
        qtbot.waitUntil(lambda page=page: page.loaded, timeout=10000)
        note = page.lesson_list.progress_note.text()
        assert RAW not in note and "bad json" not in note
        if language == "en":
            assert english in note, note
            assert "quiz mastery is not shown" in note
        else:
            assert CJK.search(note) and "Part of" not in note, note
