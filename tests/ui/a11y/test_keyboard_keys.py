"""Keys that work on every page: Enter presses the focused button, as Space does, and the
focused control is scrolled into sight."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from duewise.ui.shell import keyboard


def _row(qtbot, parent_kind=QWidget):  # type: ignore[no-untyped-def]
    window = parent_kind()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    edit, button, tool = QLineEdit(window), QPushButton("Open", window), QToolButton(window)
    for widget in (edit, button, tool):
        layout.addWidget(widget)
    clicks: list[str] = []
    button.clicked.connect(lambda: clicks.append("button"))
    tool.clicked.connect(lambda: clicks.append("tool"))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, edit, button, tool, clicks


def test_enter_presses_the_focused_button(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    keyboard.install(qapp)
    keyboard.install(qapp)  # once is enough: a second call changes nothing
    window, edit, button, tool, clicks = _row(qtbot)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    tool.setFocus()
    qtbot.keyClick(tool, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert clicks == ["button", "tool"]
    # Not with a modifier (Ctrl+Enter belongs to the page), not on a disabled button, and a
    # field keeps its Enter.
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    edit.setFocus()
    returned: list[bool] = []
    edit.returnPressed.connect(lambda: returned.append(True))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert clicks == ["button", "tool"] and returned == [True] and window.isVisible()


def test_a_dialog_keeps_its_own_enter(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """In a dialog the focused button is "auto default" and clicks itself, once."""
    keyboard.install(qapp)
    dialog, _, button, _, clicks = _row(qtbot, QDialog)
    assert button.autoDefault()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert clicks == ["button"] and dialog.result() == QDialog.DialogCode.Rejected


def _long_page(qtbot):  # type: ignore[no-untyped-def]
    area = QScrollArea()
    qtbot.addWidget(area)
    area.resize(300, 200)
    area.setWidgetResizable(True)
    content = QWidget()
    layout = QVBoxLayout(content)
    first = QPushButton("First", content)
    layout.addWidget(first)
    spacer = QWidget(content)
    spacer.setFixedHeight(1500)
    layout.addWidget(spacer)
    last = QPushButton("Last", content)
    layout.addWidget(last)
    area.setWidget(content)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    first.setFocus()
    return area, first, last


def test_a_control_focused_by_the_page_is_scrolled_into_sight(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A page that moves the focus itself (after "Check answer", to "Next question") scrolls
    it into sight; a click never makes the page jump."""
    keyboard.install(qapp)
    area, first, last = _long_page(qtbot)
    bar = area.verticalScrollBar()
    assert bar.value() == 0
    last.setFocus(Qt.FocusReason.OtherFocusReason)
    assert bar.value() > 0
    top = last.mapTo(area.viewport(), last.rect().topLeft()).y()
    assert top >= 0 and top + last.height() <= area.viewport().height()
    first.setFocus(Qt.FocusReason.MouseFocusReason)  # a click: the page stays
    assert bar.value() > 0
