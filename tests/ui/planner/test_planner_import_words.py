"""A debt file the planner cannot import says why, in the user's language, through the one error
catalogue (``errors.describe``): not "Could not read … (it must be a UTF-8 text file)" for a
missing file or a folder, in English whatever the language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from duewise.ui.planner.page import PlannerPage

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def planner(build_window, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    def make(language: str) -> PlannerPage:
        _, window = build_window(tmp_path / f"data-{language}", language)
        window.show()
        page = window.show_page("planner")
        assert isinstance(page, PlannerPage)
        return page

    return make


def _latin1(folder: Path) -> Path:
    path = folder / "debts-latin1.csv"
    path.write_bytes("name,balance,apr,min\nCarte bleue \xe9t\xe9,1000,15,10\n".encode("latin-1"))
    return path


def _folder(folder: Path) -> Path:
    path = folder / "a-folder.csv"
    path.mkdir()
    return path


@pytest.mark.parametrize(
    ("make_path", "english"),
    [
        (
            _latin1,
            "This table is not UTF-8 text: save it as “CSV UTF-8” and import it again. "
            "Nothing was added.",
        ),
        (_folder, "This is not a file but a folder, a pipe or a device."),
        (lambda folder: folder / "gone.csv", "The file is not there any more."),
    ],
    ids=["not-utf8", "folder", "missing"],
)
def test_a_debt_file_that_cannot_be_imported_says_why(  # type: ignore[no-untyped-def]
    planner, monkeypatch, tmp_path: Path, make_path, english: str
) -> None:
    path = make_path(tmp_path)
    monkeypatch.setattr(PlannerPage, "ask_open_path", classmethod(lambda cls, *a: path))
    page = planner("en")
    before = list(page.debts_model.rows)
    page.import_button.click()
    assert page.status.text() == english
    assert page.debts_model.rows == before
    page = planner("zh_CN")
    page.import_button.click()
    assert CJK.search(page.status.text()), page.status.text()
    assert "UTF-8 text" not in page.status.text() and "Could not" not in page.status.text()
