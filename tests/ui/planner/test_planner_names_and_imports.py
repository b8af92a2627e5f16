"""The planner with files and text from elsewhere: names pasted with line breaks stay one line,
and a table too large for the import is refused with a word, not a crash."""

from __future__ import annotations

import os
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from duewise.storage import debt_import
from duewise.ui.planner import models
from duewise.ui.planner.page import PlannerPage


@pytest.fixture
def page(main_window, qtbot):  # type: ignore[no-untyped-def]
    _, window = main_window
    shown = window.show_page("planner")
    window.activateWindow()
    qtbot.waitExposed(window)
    return shown


def test_a_debt_name_typed_with_line_breaks_is_one_line(page) -> None:  # type: ignore[no-untyped-def]
    index = page.debts_model.index(0, models.COL_NAME)
    page.debts_model.setData(index, "Visa\r\ncard  (ICBC)\t")
    assert page.debts_model.data(index) == "Visa card (ICBC)"


def test_an_imported_name_with_a_line_break_is_one_line(page, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(PlannerPage, "confirm_import", classmethod(lambda cls, parent, rows: True))
    source = tmp_path / "debts.csv"
    source.write_text('name,balance,apr,min\n"Store\ncard",1000,15,10\n', encoding="utf-8")
    monkeypatch.setattr(PlannerPage, "ask_open_path", classmethod(lambda cls, *a: source))
    page.import_button.click()
    assert page.debts_model.rows[-1].name == "Store card"


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes: POSIX")
def test_a_pipe_or_a_huge_file_is_refused_with_a_word(page, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "debts.csv"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    monkeypatch.setattr(PlannerPage, "ask_open_path", classmethod(lambda cls, *a: big))
    before = list(page.debts_model.rows)
    page.import_button.click()
    assert page.status.text() == (
        f"This table is too large to import: at most {debt_import.MAX_ROWS} rows of at most "
        f"{debt_import.MAX_FIELD} characters a cell. Nothing was added."
    )
    assert page.debts_model.rows == before
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)  # would block a plain read forever
    monkeypatch.setattr(PlannerPage, "ask_open_path", classmethod(lambda cls, *a: pipe))
    page.import_button.click()
    assert page.status.text() == "This is not a file but a folder, a pipe or a device."


def test_a_pasted_table_over_the_row_limit_adds_nothing(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    rows = "".join(f"Card {i},1000,15,10\n" for i in range(debt_import.MAX_ROWS + 1))
    QGuiApplication.clipboard().setText(rows)
    before = list(page.debts_model.rows)
    page.debts_view.setFocus()
    qtbot.keyClick(page.debts_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.status.text() == (
        f"This table is too large to import: at most {debt_import.MAX_ROWS} rows of at most "
        f"{debt_import.MAX_FIELD} characters a cell. Nothing was added."
    )
    assert page.debts_model.rows == before


def test_a_plan_name_pasted_with_a_line_break_is_saved_on_one_line(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText("My\nplan")
    page.plan_name_box.lineEdit().setFocus()
    qtbot.keyClick(page.plan_name_box.lineEdit(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.plan_name_box.currentText() == "My plan"
    page.save_button.click()
    assert page.context.database.item_names(page.context.profile_id, "plan") == ["My plan"]
