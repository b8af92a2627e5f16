"""Every UI string has a Chinese translation, and the compiled catalogue matches its source."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialogButtonBox

from duewise.i18n import build


def test_every_ui_string_has_a_chinese_translation(tmp_path: Path) -> None:
    ts_copy = tmp_path / "check.ts"
    shutil.copy(build.TS_FILE, ts_copy)
    build.lupdate(ts_copy)  # picks up any string added to the code since the last update
    missing = [(c, s) for c, s, _, done in build.messages(ts_copy) if not done]
    assert missing == [], (
        "untranslated UI strings (run `python -m duewise.i18n.build missing`, then fill them): "
        f"{missing}"
    )


def test_compiled_catalogue_is_not_stale(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    build.lrelease(build.TS_FILE, fresh)
    assert fresh.read_bytes() == build.QM_FILE.read_bytes(), (
        "duewise_zh_CN.qm is stale: run `python -m duewise.i18n.build update`"
    )


def test_source_catalogue_is_in_step_with_the_code(tmp_path: Path) -> None:
    ts_copy = tmp_path / "check.ts"
    shutil.copy(build.TS_FILE, ts_copy)
    build.lupdate(ts_copy)
    assert {(c, s) for c, s, _, _ in build.messages(ts_copy)} == {
        (c, s) for c, s, _, _ in build.messages()
    }, "duewise_zh_CN.ts lacks or keeps strings: run `python -m duewise.i18n.build update`"


def test_qt_standard_buttons_are_translated(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, _ = main_window
    context.set_language("zh_CN", remember=False)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert {"确定", "取消"} <= texts


def test_a_chinese_font_is_installed(qapp) -> None:  # type: ignore[no-untyped-def]
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert families, "no CJK font: install fonts-noto-cjk (see README)"
