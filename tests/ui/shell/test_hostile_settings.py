"""A settings file written by a newer version, damaged, or left without a learner: the app starts
with the defaults and notes why, instead of crashing at every start (issue #15)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from duewise.storage import db


def _prepare(data_dir: Path, values: dict[str, str], *, no_profiles: bool = False) -> None:
    database, _ = db.open_database(data_dir)
    for key, value in values.items():
        database.set_setting(key, value)
    database.close()
    if no_profiles:
        conn = sqlite3.connect(data_dir / database.path.name)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM profiles")
        conn.commit()
        conn.close()


def test_unknown_and_wrong_typed_settings_start_with_defaults(  # type: ignore[no-untyped-def]
    build_window, tmp_path, caplog
) -> None:
    data = tmp_path / "data"
    _prepare(
        data,
        {
            "theme": "neon",
            "text_scale": "abc",
            "language": "fr",
            "last_profile": "99",
            "last_page": "nowhere",
            "window_geometry": "%%%",
        },
    )
    with caplog.at_level(logging.WARNING, logger="duewise.storage.settings"):
        context, window = build_window(data, None)
        window.restore_state()
    assert context.theme == "system" and context.text_scale == 100
    assert context.language in ("zh_CN", "en")
    assert context.profile_id == context.database.profiles()[0][0]
    assert window.current_page_id() == "learn"
    for key in ("theme", "text_scale", "language", "last_page", "window_geometry"):
        assert key in caplog.text


def test_a_text_scale_from_a_newer_version_does_not_stop_the_app(  # type: ignore[no-untyped-def]
    build_window, tmp_path
) -> None:
    data = tmp_path / "data"
    _prepare(data, {"text_scale": "175", "theme": "dark"})
    context, _ = build_window(data, "en")
    assert context.text_scale == 100 and context.theme == "dark"


def test_no_learner_row_at_all_starts_with_a_new_learner(  # type: ignore[no-untyped-def]
    build_window, tmp_path, caplog
) -> None:
    data = tmp_path / "data"
    _prepare(data, {"last_profile": "1"}, no_profiles=True)
    with caplog.at_level(logging.WARNING, logger="duewise.ui.common.context"):
        context, window = build_window(data, "en")
    profiles = context.database.profiles()
    assert len(profiles) == 1 and context.profile_id == profiles[0][0]
    assert "no learner profile" in caplog.text
    assert window.learner_box.count() == 1
