"""The app shell as a user meets it: navigation, live language, settings kept, bad data files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from duewise.storage import db as storage_db
from duewise.ui.settings.page import SettingsPage
from duewise.ui.shell.main_window import PAGE_IDS


def _nav_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def _visible_label_texts(widget) -> set[str]:  # type: ignore[no-untyped-def]
    return {label.text() for label in widget.findChildren(QLabel) if label.text()}


def test_navigation_shows_each_place(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, window = main_window
    assert _nav_texts(window) == [
        "Learn",
        "Check yourself",
        "Missed-payment calculator",
        "Repayment planner",
        "Classroom",
        "Settings",
    ]
    order = [*range(1, len(PAGE_IDS)), 0]  # row 0 is already shown at start
    for row in order:
        page_id = PAGE_IDS[row]
        rect = window.nav.visualItemRect(window.nav.item(row))
        with qtbot.waitSignal(window.page_changed) as blocker:
            qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert blocker.args == [page_id]
        assert window.stack.currentWidget() is window.page(page_id)
        assert window.page(page_id).title.text() == window.nav.item(row).text()


def test_first_page_is_really_shown_at_start(main_window) -> None:  # type: ignore[no-untyped-def]
    _, window = main_window
    assert window.current_page_id() == "learn"
    assert window.stack.currentWidget() is window.page("learn")


def test_keyboard_shortcuts_switch_pages(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, window = main_window
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_id() == "calculator"


def test_unfinished_places_say_so_honestly(main_window) -> None:  # type: ignore[no-untyped-def]
    _, window = main_window
    for page_id in ("learn", "check", "calculator", "planner", "classroom"):
        page = window.page(page_id)
        if hasattr(page, "not_yet"):
            assert page.not_yet.status.text() == "Not available yet"


def test_language_switches_live(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, window = main_window
    settings = window.show_page("settings")
    before = _visible_label_texts(window)
    index = settings.language_box.findData("zh_CN")
    settings.language_box.setCurrentIndex(index)
    with qtbot.waitSignal(context.language_changed):
        settings.language_box.activated.emit(index)
    # Qt delivers LanguageChange to the widgets as posted events.
    qtbot.waitUntil(lambda: _nav_texts(window)[:3] == ["课程", "自测", "逾期计算器"])
    assert settings.title.text() == "设置"
    assert window.windowTitle().startswith("明白账")
    after = _visible_label_texts(window)
    assert "Settings" in before and "Settings" not in after
    # Back to English, live again.
    settings.language_box.setCurrentIndex(settings.language_box.findData("en"))
    settings.language_box.activated.emit(settings.language_box.findData("en"))
    qtbot.waitUntil(lambda: _nav_texts(window)[0] == "Learn")


def test_settings_survive_a_restart(build_window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    context, window = build_window(data, None)
    window.show()
    settings = window.show_page("settings")
    context.set_language("zh_CN")
    settings.text_size_box.setCurrentIndex(settings.text_size_box.findData(150))
    settings.text_size_box.activated.emit(settings.text_size_box.findData(150))
    settings.theme_box.setCurrentIndex(settings.theme_box.findData("dark"))
    settings.theme_box.activated.emit(settings.theme_box.findData("dark"))
    window.show_page("planner")
    window.resize(760, 540)  # fits the 800x600 offscreen screen, which restoreGeometry clamps to
    window.close()
    context.database.close()

    context2, window2 = build_window(data, None)
    window2.restore_state()
    qtbot.waitUntil(lambda: _nav_texts(window2)[0] == "课程")
    assert context2.language == "zh_CN"
    assert context2.text_scale == 150
    assert context2.theme == "dark"
    assert window2.current_page_id() == "planner"
    assert (window2.size().width(), window2.size().height()) == (760, 540)
    assert _nav_texts(window2)[0] == "课程"
    settings2 = window2.page("settings")
    assert settings2.text_size_box.currentData() == 150


def test_a_chart_page_reopens_after_the_window_is_up(build_window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The last page comes back at the next start, but a chart page (matplotlib, first draws) is
    built after the first paint: the window appears at once and says the page is opening."""
    data = tmp_path / "data"
    context, window = build_window(data, "en")
    window.show()
    window.show_page("calculator")
    window.close()
    context.database.close()

    _context2, window2 = build_window(data, "en")
    window2.restore_state()
    assert window2.current_page_id() == "calculator"
    assert "calculator" not in window2.pages  # not yet: the window is painted first
    assert window2.stack.currentWidget().text() == "Opening…"
    with qtbot.waitSignal(window2.page_changed, timeout=20_000) as opened:
        window2.show()
    assert opened.args == ["calculator"]
    page = window2.pages["calculator"]
    assert window2.stack.currentWidget() is page
    assert window2.nav.currentRow() == PAGE_IDS.index("calculator")


def test_text_size_scales_the_whole_ui(main_window, qapp) -> None:  # type: ignore[no-untyped-def]
    context, window = main_window
    base = qapp.font().pointSizeF()
    context.set_appearance(text_scale=200)
    assert qapp.font().pointSizeF() == 2 * base
    assert window.nav.font().pointSizeF() == 2 * base


def test_every_page_fits_a_1280_window_at_200_percent(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """At the largest text size no page is wider than the window (no sideways scrolling): rows
    of buttons and fields wrap, long labels wrap, the navigation wraps its labels."""
    from PySide6.QtWidgets import QScrollArea

    context, window = main_window
    window.resize(1280, 820)
    for language in ("en", "zh_CN"):
        context.set_language(language, remember=False)
        context.set_appearance(text_scale=200, remember=False)
        for page_id in PAGE_IDS:
            page = window.show_page(page_id)
            qtbot.wait(20)
            scroll = page.findChild(QScrollArea)
            needed = scroll.widget().minimumSizeHint().width()
            assert needed <= scroll.viewport().width(), (language, page_id, needed)
    context.set_language("en", remember=False)
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Learn")
    panel_width = window.nav.parentWidget().width()
    assert panel_width <= 1280 // 4
    metrics = window.nav.fontMetrics()
    texts = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert any("\n" in text for text in texts)  # long names take two lines, none is cut
    for text in texts:
        assert all(metrics.horizontalAdvance(line) < panel_width - 40 for line in text.split("\n"))


def test_delete_all_data_asks_first_and_names_what_goes(main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    context, window = main_window
    context.database.save_item(context.profile_id, "plan", "mine", "{}")
    asked: list[str] = []

    def refuse(parent, title, text, confirm):  # type: ignore[no-untyped-def]
        asked.append(text)
        return False

    monkeypatch.setattr(SettingsPage, "confirm_delete", classmethod(lambda cls, *a: refuse(*a)))
    settings = window.show_page("settings")
    settings.delete_button.click()
    assert "repayment plans" in asked[0] and "quiz answers" in asked[0]
    assert "all data on this computer" in asked[0]  # no teacher PIN: anyone may, and is told so
    assert settings.delete_status.text() == "Nothing was deleted."
    assert context.database.item_names(context.profile_id, "plan") == ["mine"]

    monkeypatch.setattr(SettingsPage, "confirm_delete", classmethod(lambda cls, *a: True))
    with_signal = []
    context.data_deleted.connect(lambda: with_signal.append(True))
    settings.delete_button.click()
    assert with_signal == [True]
    assert settings.delete_status.text() == "All data on this computer was deleted."
    assert context.database.item_names(context.profile_id, "plan") == []


def test_corrupt_database_is_reported_and_kept(build_window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    data.mkdir()
    (data / storage_db.DB_FILENAME).write_bytes(b"garbage" * 500)
    context, window = build_window(data, "en")
    window.show()
    assert window.banner.isVisible()
    text = window.banner_text.text()
    assert "set aside" in text and str(context.open_report.moved_to) in text
    assert context.open_report.moved_to.read_bytes().startswith(b"garbage")
    # The app still works on the fresh database.
    assert window.show_page("settings").title.text() == "Settings"


def test_pages_can_ask_to_open_another_page(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, window = main_window
    received: list[object] = []
    page = window.page("planner")
    page.open_with = received.append  # type: ignore[method-assign]
    with qtbot.waitSignal(window.page_changed):
        context.navigate("planner", {"debts": []})
    assert window.current_page_id() == "planner"
    assert received == [{"debts": []}]


def test_profile_switch_is_announced_and_remembered(build_window, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "data"
    context, window = build_window(data, "en")
    window.show()
    with context.database.transaction() as conn:
        conn.execute("INSERT INTO profiles (name, created_at) VALUES ('Ming', 'now')")
    ming = next(pid for pid, name in context.database.profiles() if name == "Ming")
    for page_id in ("learn", "check", "calculator", "planner", "classroom"):
        window.page(page_id)  # every page listens, none may fail
    with qtbot.waitSignal(context.profile_changed) as blocker:
        context.set_profile(ming)
    assert blocker.args == [ming]
    window.close()
    context.database.close()
    context2, _ = build_window(data, "en")
    assert context2.profile_id == ming
