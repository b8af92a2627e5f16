"""The GUI fuzz test's view of widgets: which controls it fuzzes and how (``input_kind``), the
deny-list of buttons (``SKIP``), the window-wide controls, and the hands that type, paste, pick
and leave a field as a user does."""

from __future__ import annotations

import re

from fuzz_corpus import LONG
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

#: Buttons and actions never pressed: they delete, remove, clear, export, save, print, close, quit
#: or reset (files, PDFs, pictures and calendars are exports; discarding an unfinished quiz or
#: dismissing a notice deletes it). Matched against the attribute that holds the widget
#: (``where``), its object name, its text, accessible name and tool tip, in either language.
#: Opening and importing files are pressed: every file dialog answers "cancel".
SKIP = re.compile(
    r"delete|remove|clear|erase|discard|dismiss|export|save|print|close|quit|exit|reset"
    r"|pdf|png|svg|csv|\bics\b|calendar|worksheet"
    r"|删除|移除|清除|清空|放弃|导出|保存|另存|打印|关闭|退出|重置|重设"
    r"|stop|停止",  # the live quiz's "stop serving" (its "start" fails: no network in tests)
    re.IGNORECASE,
)
#: Pressed although a word above matches ("Import CSV…"): importing only reads a file.
ALLOW = re.compile(r"import|导入", re.IGNORECASE)
#: Controls that change the whole window's language or look: each change restyles every page
#: (seconds), so the default run gives each to one configuration (``window_turn``), and one
#: change there (the configuration's number is given). A control found changing the window that
#: is not listed here is left to the configurations after the one that found it.
WINDOW_WIDE = {
    "duewise.ui.settings.page:SettingsPage.text_size_box": 0,
    "duewise.ui.settings.page:SettingsPage.language_box": 1,
    "duewise.ui.check.overview_panel:OverviewPanel.larger_check": 2,
    "duewise.ui.settings.page:SettingsPage.theme_box": 3,
}


def window_turn(place: str, config_index: int) -> bool:
    """Whether a window-wide control is exercised in this configuration."""
    return LONG or WINDOW_WIDE.get(place, -1) == config_index


# --- finding widgets ---------------------------------------------------------------------------


def inside_control(widget: QWidget) -> bool:
    """Parts of another control: a spin box's editor, a combo box's field, a view's editor."""
    node = widget.parentWidget()
    while node is not None:
        if isinstance(node, QAbstractSpinBox | QComboBox | QAbstractItemView | QTabBar):
            return True
        node = node.parentWidget()
    return False


def input_kind(widget: QWidget) -> str:
    """What the fuzz does with a widget ('' for nothing)."""
    if isinstance(widget, QScrollBar | QHeaderView) or inside_control(widget):
        return ""
    if isinstance(widget, QLineEdit):
        return "" if widget.isReadOnly() else "line edit"
    if isinstance(widget, QAbstractSpinBox):
        return "" if widget.isReadOnly() else "spin box"
    if isinstance(widget, QComboBox):
        return "combo box"
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return "" if widget.isReadOnly() else "text box"
    if isinstance(widget, QAbstractSlider):
        return "slider"
    if isinstance(widget, QCheckBox | QRadioButton):
        return "check box" if isinstance(widget, QCheckBox) else "radio button"
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return "toggle button"
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return "view"
    return ""


def text_of(obj: QObject) -> str:
    parts = [obj.objectName()]
    if isinstance(obj, QAbstractButton | QAction):
        parts.append(obj.text())
        parts.append(obj.toolTip())
    if isinstance(obj, QWidget):
        parts.append(obj.accessibleName())
    return " ".join(parts)


def skipped(obj: QObject, place: str) -> bool:
    """Whether a button or action is on the skip list."""
    words = place.rsplit(":", maxsplit=1)[-1] + " " + text_of(obj)
    return bool(SKIP.search(words)) and not ALLOW.search(words)


def open_editor_of(view: QAbstractItemView) -> QWidget | None:
    """The cell editor open in ``view``, if any."""
    if view.state() != QAbstractItemView.State.EditingState:
        return None
    # A delegate's editor is a child of the viewport (its own parts are children of it).
    editors = [
        w
        for w in view.viewport().findChildren(
            QWidget, "", Qt.FindChildOption.FindDirectChildrenOnly
        )
        if w.isVisible()
        and isinstance(w, QLineEdit | QComboBox | QAbstractSpinBox | QPlainTextEdit | QTextEdit)
    ]
    return editors[0] if editors else None


def close_editor(view: QAbstractItemView, editor: QWidget | None) -> None:
    if editor is not None:
        QTest.keyClick(editor, Qt.Key.Key_Escape)


def user_can_edit(view: QAbstractItemView) -> bool:
    """Whether a user can open a cell editor at all (a double click, a key, F2)."""
    return view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers


def kind_of(widget: QWidget) -> str:
    return input_kind(widget) or type(widget).__name__


def alive(widget: QObject) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # deleted on the C++ side by what the case did
        return False
    return True


def get_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    return ""


def enter(widget: QWidget, value: str, *, typed: bool) -> None:
    """Replace the whole text with ``value``: select it all, Backspace, then type the value key
    by key (each key a key event, as a keyboard sends it) or paste it."""
    widget.setFocus()
    # A spin box takes the keys itself (its arrows, its validator); a combo box's field does.
    target = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    if target is None:
        return
    target.selectAll()
    press_key(target, Qt.Key.Key_Backspace, "")
    if typed:
        for char in value:
            code = ord(char.upper()) if char.isascii() and char.isprintable() else 0
            press_key(target, Qt.Key(code) if code else Qt.Key.Key_unknown, char)
    else:
        paste(target, value)


def press_key(widget: QWidget, key: Qt.Key, text: str) -> None:
    """A key pressed and released on ``widget`` (``text``: what it types)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def paste(widget: QWidget, value: str) -> None:
    """Replace the whole text as a paste does (the widget's validator applies)."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        widget.insert(value)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.selectAll()
        widget.insertPlainText(value)
    elif isinstance(widget, QAbstractSpinBox):
        widget.lineEdit().selectAll()
        widget.lineEdit().insert(value)


def leave(widget: QWidget) -> None:
    """Move the keyboard focus away, as Tab would (``editingFinished``)."""
    widget.clearFocus()


def pick(box: QComboBox, index: int) -> None:
    box.setCurrentIndex(index)
    box.activated.emit(index)


def spin_value(widget: QAbstractSpinBox) -> object:
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    return widget.text()


def set_spin_value(widget: QAbstractSpinBox, value: object) -> None:
    if isinstance(widget, QDateTimeEdit):
        widget.setDateTime(value)  # type: ignore[arg-type]
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.setValue(value)  # type: ignore[arg-type]


def set_spin_end(widget: QAbstractSpinBox, end: str) -> None:
    if isinstance(widget, QDateTimeEdit):
        widget.setDateTime(
            widget.minimumDateTime() if end == "minimum" else widget.maximumDateTime()
        )
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.setValue(widget.minimum() if end == "minimum" else widget.maximum())
    widget.editingFinished.emit()
