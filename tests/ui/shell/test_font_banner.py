"""No font can draw Chinese: one clear banner says what to install (never boxes silently)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from duewise.ui.common.charts import fonts
from duewise.ui.shell import font_banner


@pytest.fixture
def no_chinese_font(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A machine where neither matplotlib nor Qt finds a font with Chinese characters."""
    import matplotlib

    from duewise.ui.common.charts import base

    fonts.reset_for_tests()
    # The charts configure their fonts once per process: make them do it again, and put the
    # real configuration back afterwards.
    monkeypatch.setattr(base, "_configured", False)
    monkeypatch.setitem(matplotlib.rcParams, "font.family", matplotlib.rcParams["font.family"])
    monkeypatch.setattr(fonts, "ensure_cjk_font", lambda: fonts.FontCheck(()))
    monkeypatch.setattr(font_banner, "qt_chinese_families", list)
    monkeypatch.setattr(
        fonts,
        "install_hint",
        lambda: fonts.InstallHint("fonts-noto-cjk", "sudo apt-get install fonts-noto-cjk"),
    )
    yield
    fonts.reset_for_tests()


def _banners(window) -> list[font_banner.FontBanner]:  # type: ignore[no-untyped-def]
    return window.findChildren(font_banner.FontBanner)


# Without a Chinese font the charts do draw boxes: that is the situation the banner explains.
@pytest.mark.filterwarnings("ignore:Glyph .* missing from font:UserWarning")
def test_charts_without_a_chinese_font_show_one_banner(
    no_chinese_font, build_window, qtbot: QtBot, tmp_path: Path
) -> None:
    context, window = build_window(tmp_path / "data", "en")
    window.show()
    (banner,) = _banners(window)
    assert not banner.isVisible()
    window.show_page("calculator")  # builds its charts: the font search runs
    qtbot.waitUntil(banner.isVisible)
    assert "sudo apt-get install fonts-noto-cjk" in banner.text.text()
    assert "No installed font can show Chinese" in banner.text.text()
    window.show_page("planner")  # more charts, still one banner
    assert len([b for b in _banners(window) if b.isVisible()]) == 1
    context.set_language("zh_CN", remember=False)
    # In Chinese, the English is kept beside it: without the font the Chinese is boxes too.
    qtbot.waitUntil(lambda: "\n" in banner.text.text())
    lines = banner.text.text().split("\n")
    assert len(lines) == 2 and lines[1].startswith("No installed font can show Chinese")
    assert "fonts-noto-cjk" in lines[0] and lines[0] != lines[1]
    banner.close_button.click()
    assert not banner.isVisible()


def test_qt_without_a_chinese_font_shows_the_banner_after_the_first_paint(
    no_chinese_font, build_window, qtbot: QtBot, tmp_path: Path
) -> None:
    _context, window = build_window(tmp_path / "data", "en")
    (banner,) = _banners(window)
    with qtbot.waitSignal(window.first_painted):
        window.show()
    qtbot.waitUntil(banner.isVisible)
    assert "fonts-noto-cjk" in banner.text.text()


def test_with_chinese_fonts_there_is_no_banner(build_window, qtbot: QtBot, tmp_path: Path) -> None:
    if not font_banner.qt_chinese_families():
        pytest.skip("this machine has no Chinese font")
    _context, window = build_window(tmp_path / "data", "en")
    with qtbot.waitSignal(window.first_painted):
        window.show()
    window.show_page("calculator")
    (banner,) = _banners(window)
    assert not banner.isVisible()
