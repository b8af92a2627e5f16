"""Imports chosen by a teacher or pasted by a learner: a pipe, a device, a folder, a broken
character in a name, a 50 MB CSV or a field of 131,072 characters are refused with a code, at
once, and never crash or hang."""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from duewise.storage import db as storage_db
from duewise.storage import debt_import, files, names, profiles
from duewise.storage import results_files as rf

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="pipes and devices: POSIX")


def _results_file(tmp_path: Path, name: str) -> Path:
    path = tmp_path / "lin.duewise-results.json"
    document = {
        "format": "duewise-results",
        "schema_version": 1,
        "exported_at": "2026-03-17T09:30:00+00:00",
        "learner": {"uid": "a1b2c3", "name": name},
        "attempts": [],
    }
    # ensure_ascii keeps a lone surrogate as the escape "\ud800", as another program could write.
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _without_hanging(work: Callable[[], object], pipe: Path | None = None) -> object:
    done = threading.Event()
    box: list[object] = []

    def run() -> None:
        box.append(work())
        done.set()

    threading.Thread(target=run, daemon=True).start()
    if not done.wait(30):
        if pipe is not None:
            with open(pipe, "wb"):  # let a reader blocked on the pipe go, then fail
                pass
        done.wait(30)
        pytest.fail("the import blocked")
    return box[0]


@POSIX
def test_a_pipe_chosen_as_a_results_file_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "class.duewise-results.json"
    os.mkfifo(pipe)
    result = _without_hanging(lambda: rf.import_files([pipe]), pipe)
    assert isinstance(result, rf.ImportResult)
    assert [(p.name, p.code) for p in result.problems] == [(pipe.name, "unreadable")]
    assert result.problems[0].params["reason"] == "not_a_file"


@POSIX
def test_dev_zero_chosen_as_a_results_file_is_refused(tmp_path: Path) -> None:
    result = _without_hanging(lambda: rf.import_files([Path("/dev/zero")]))
    assert isinstance(result, rf.ImportResult)
    assert [p.code for p in result.problems] == ["unreadable"]


def test_a_lone_surrogate_in_a_learner_name_is_refused(tmp_path: Path) -> None:
    path = _results_file(tmp_path, "Lin\ud800")
    assert "\\ud800" in path.read_text(encoding="utf-8")
    result = rf.import_files([path])
    assert [(p.code, p.params) for p in result.problems] == [
        ("bad_field", {"field": "learner.name"})
    ]


def test_a_lone_surrogate_in_kept_class_results_is_refused() -> None:
    kept = {
        "format": rf.CLASS_FORMAT,
        "version": 1,
        "updated_at": "2026-03-17T09:30:00+00:00",
        "learners": [
            {
                "format": "duewise-results",
                "schema_version": 1,
                "exported_at": "2026-03-17T09:30:00+00:00",
                "learner": {"uid": "a1b2c3", "name": "Lin\ud800"},
                "attempts": [],
            }
        ],
    }
    with pytest.raises(rf.ResultsFileError) as caught:
        rf.load_kept(json.dumps(kept))
    assert caught.value.code == "bad_field"


def test_a_learner_name_is_one_line(tmp_path: Path) -> None:
    result = rf.import_files([_results_file(tmp_path, "Lin\r\n=1+2\tW")])
    assert [learner.name for learner in result.learners] == ["Lin =1+2 W"]


def test_a_profile_name_with_a_lone_surrogate_is_refused(tmp_path: Path) -> None:
    database, _ = storage_db.open_database(tmp_path)
    with pytest.raises(profiles.ProfileError) as caught:
        profiles.create_profile(database, "Ming\udc00")
    assert caught.value.code == "name_invalid"
    database.close()


def test_a_plan_name_with_a_lone_surrogate_is_refused(tmp_path: Path) -> None:
    database, _ = storage_db.open_database(tmp_path)
    with pytest.raises(names.InvalidTextError) as caught:
        database.save_item(1, "plan", "Plan\ud800", "{}")
    assert caught.value.code == "invalid_text" and caught.value.params == {"field": "name"}
    assert database.item_names(1, "plan") == []
    database.close()


def test_single_line() -> None:
    assert names.single_line(" Visa\r\ncard\u2028\x00(2)\t ") == "Visa card (2)"
    assert names.single_line("\n\n") == ""
    with pytest.raises(names.InvalidTextError):
        names.check_text("a\ud800", "name")


# ---- the planner's CSV import -------------------------------------------------------------------


def test_a_50_mb_csv_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "debts.csv"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)

    def no_reading(fd: int, size: int) -> bytes:
        raise AssertionError("read before the size was checked")

    monkeypatch.setattr(files.os, "read", no_reading)
    with pytest.raises(debt_import.DebtImportError) as caught:
        debt_import.read_debt_file(big)
    assert caught.value.code == "too_large"
    assert caught.value.params["limit"] == debt_import.MAX_BYTES


def test_a_field_over_the_csv_module_limit_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "debts.csv"
    path.write_text('Card,"' + "9" * 131_073 + '",18\n', encoding="utf-8")
    with pytest.raises(debt_import.DebtImportError) as caught:
        debt_import.read_debt_file(path)
    assert caught.value.code == "field_too_long"
    assert caught.value.params == {"line": 1, "limit": debt_import.MAX_FIELD}


def test_a_quoted_field_spanning_lines_is_measured_too() -> None:
    text = 'Card,"' + ("9" * 100 + "\n") * 30 + '",18\n'
    with pytest.raises(debt_import.DebtImportError) as caught:
        debt_import.parse_debt_text(text)
    assert caught.value.code == "field_too_long"


def test_too_many_rows_are_refused() -> None:
    text = "".join(f"Card {i},1000,18,5\n" for i in range(debt_import.MAX_ROWS + 1))
    with pytest.raises(debt_import.DebtImportError) as caught:
        debt_import.parse_debt_text(text)
    assert caught.value.code == "too_many_rows"


@POSIX
def test_a_pipe_chosen_as_a_debt_csv_is_refused(tmp_path: Path) -> None:
    pipe = tmp_path / "debts.csv"
    os.mkfifo(pipe)

    def work() -> object:
        try:
            return debt_import.read_debt_file(pipe)
        except debt_import.DebtImportError as error:
            return error

    error = _without_hanging(work, pipe)
    assert isinstance(error, debt_import.DebtImportError) and error.code == "not_a_file"


def test_a_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "debts.csv"
    path.write_bytes("信用卡,1000,18\n".encode("gb18030"))
    with pytest.raises(debt_import.DebtImportError) as caught:
        debt_import.read_debt_file(path)
    assert caught.value.code == "not_utf8"


def test_a_good_csv_still_imports(tmp_path: Path) -> None:
    path = tmp_path / "debts.csv"
    path.write_text("Name,Balance,APR,Min %\nCard,8000,18.25,10\n", encoding="utf-8-sig")
    rows = debt_import.read_debt_file(path, known_products=())
    assert [row.debt.name for row in rows if row.debt] == ["Card"]
