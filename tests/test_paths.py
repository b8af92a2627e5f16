"""Where the shipped data is found: the checkout in an editable install, and the overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from duewise import paths

CHECKOUT = Path(__file__).resolve().parents[1]


def test_an_editable_install_reads_the_checkout_so_edits_show_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DUEWISE_LESSONS_DIR", raising=False)
    monkeypatch.delenv("DUEWISE_ASSETS_DIR", raising=False)
    assert paths.lessons_dir() == CHECKOUT / "lessons"
    assert paths.products_dir() == CHECKOUT / "assets" / "products"
    assert paths.catalogue_dir() == CHECKOUT / "src" / "duewise" / "i18n"
    assert paths.icon_file().is_file()


def test_environment_overrides_and_a_teachers_pack(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DUEWISE_LESSONS_DIR", str(tmp_path / "course"))
    monkeypatch.setenv("DUEWISE_ASSETS_DIR", str(tmp_path / "assets"))
    assert paths.shipped_lessons_dir() == tmp_path / "course"
    assert paths.products_dir() == tmp_path / "assets" / "products"
    # The app's own icon never comes from an overriding folder.
    assert paths.icon_file() == CHECKOUT / "assets" / "icons" / "duewise.svg"
    paths.use_lessons_dir(tmp_path / "teacher")
    try:
        assert paths.lessons_dir() == tmp_path / "teacher"
    finally:
        paths.use_lessons_dir(None)
    assert paths.lessons_dir() == tmp_path / "course"


def test_a_broken_install_names_what_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "_CHECKOUT", Path("/nonexistent/site-packages"))
    paths.shipped_data_dir.cache_clear()
    try:
        with pytest.raises(paths.MissingDataError, match="lessons/ folder is missing"):
            paths.shipped_data_dir("lessons")
        # The app and the command line still start; the loaders say the folder is missing.
        assert paths.shipped_lessons_dir() == Path("/nonexistent/site-packages/lessons")
    finally:
        paths.shipped_data_dir.cache_clear()
