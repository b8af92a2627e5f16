"""A failed export or a refused name on the Classroom page is said in the reader's language by
the one error catalogue: no English system text, no raw code."""

from __future__ import annotations

import errno

import pytest
from classroom_helpers import add_learner, open_page
from PySide6.QtCore import Qt

from duewise.storage import files, profiles


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_space)


def test_export_my_results_on_a_full_disk_in_chinese(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, monkeypatch
) -> None:
    _, _, page = open_page(build_window, tmp_path / "data", "zh_CN")
    target = tmp_path / "mine.json"
    target.write_text("the good old file", encoding="utf-8")
    dialogs["save"] = target
    _full_disk(monkeypatch)
    qtbot.mouseClick(page.export_mine_button, Qt.MouseButton.LeftButton)
    shown = page.export_mine_status.text()
    assert shown == "无法写入文件：磁盘已满。 没有做任何改动：原有的文件保持原样。"
    assert "No space" not in shown and "disk_full" not in shown
    assert target.read_text(encoding="utf-8") == "the good old file"


def test_export_my_results_to_a_read_only_folder_in_english(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, monkeypatch
) -> None:
    _, _, page = open_page(build_window, tmp_path / "data", "en")
    dialogs["save"] = tmp_path / "mine.json"

    def read_only(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(files.tempfile, "mkstemp", read_only)
    qtbot.mouseClick(page.export_mine_button, Qt.MouseButton.LeftButton)
    assert page.export_mine_status.text() == (
        "Could not write the file: The folder is read-only. "
        "Nothing was changed: a file that was there is as it was."
    )


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "This text holds a broken character"),
        ("zh_CN", "这段文字含有损坏的字符"),
    ],
)
def test_a_name_with_a_broken_character_is_refused_in_words(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, monkeypatch, *, language: str, words: str
) -> None:
    """``ProfileError("name_invalid")`` (a lone surrogate pasted from another program)."""
    _, _, page = open_page(build_window, tmp_path / "data", language)

    def refuse(*args: object, **kwargs: object) -> None:
        raise profiles.ProfileError("name_invalid")

    monkeypatch.setattr(profiles, "create_profile", refuse)
    add_learner(qtbot, page, "Lin")
    shown = page.profiles_panel.error.text()
    assert shown.startswith(words) and "name_invalid" not in shown
