"""A learner's name pasted with its line break (copied from a spreadsheet cell) stays one line."""

from __future__ import annotations

from classroom_helpers import open_page
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from duewise.storage import profiles


def test_a_pasted_name_is_one_line(build_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, _, page = open_page(build_window, tmp_path / "data")
    panel = page.profiles_panel
    QGuiApplication.clipboard().setText("Lin\r\nWang\t")
    panel.name_edit.setFocus()
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert panel.name_edit.text() == "Lin  Wang "
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.list.item(panel.list.count() - 1).text() == "Lin Wang"
    assert profiles.list_profiles(context.database)[-1].name == "Lin Wang"
