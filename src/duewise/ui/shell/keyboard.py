"""What the keyboard does the same on every page: Enter presses the focused button, and the
control that gets the focus is scrolled into sight.

Qt presses a focused push button with Space; Enter presses it only in a dialog (where buttons
are "auto default"). Keyboard users press Enter on a focused "Open" or "Take the quiz" button as
they do in a browser, and nothing happened: Enter (and the keypad's Enter) now clicks the focused
push or tool button anywhere in the app, as Space does. Dialogs keep Qt's own rule (their buttons
are auto default), and a widget that wants Enter itself still gets it when the focus is not on a
button.

A page's scroll area follows the focus only when Tab moves it. When a page moves the focus itself
(after "Check answer" the focus goes to "Next question", below the feedback that just appeared)
the focused control could sit below the window, where nobody sees it (WCAG 2.2 SC 2.4.11, focus
not obscured): every focus change that is not a mouse click now scrolls the nearest scroll area
so that the control is in sight (a click lands on what is on screen already, and the page must
not jump under the pointer).
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QToolButton, QWidget

#: Pixels kept around a control scrolled into sight (room for the focus ring).
MARGIN = 12


@functools.cache
def _keys() -> tuple[tuple[object, ...], tuple[object, ...], object]:
    """(Enter keys, focus reasons that do not scroll, the keypad modifier), looked up on first
    use: the first use of Qt's ``Qt`` namespace makes PySide build all its ~95 enums (~20 ms),
    which the start-up need not wait for."""
    from PySide6.QtCore import Qt

    enter = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
    #: Focus changes that do not scroll: a click, a popup closing, the window coming back.
    still = (
        Qt.FocusReason.MouseFocusReason,
        Qt.FocusReason.PopupFocusReason,
        Qt.FocusReason.ActiveWindowFocusReason,
    )
    return enter, still, Qt.KeyboardModifier.KeypadModifier


class KeyboardFilter(QObject):
    """The application's event filter: Enter on a focused button clicks it; a control that
    gets the focus other than by a click is scrolled into sight."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter on the focused, enabled button: click it. Focus in: scroll to it."""
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._enter(watched, event)
        if (
            kind == QEvent.Type.FocusIn
            and isinstance(event, QFocusEvent)
            and isinstance(watched, QWidget)
            and event.reason() not in _keys()[1]
        ):
            scroll_into_sight(watched)
        return False

    @staticmethod
    def _enter(watched: QObject, event: QKeyEvent) -> bool:
        enter, _, keypad = _keys()
        if event.key() not in enter or event.isAutoRepeat():
            return False
        if event.modifiers() & ~keypad:  # type: ignore[operator]
            return False
        if not isinstance(watched, QPushButton | QToolButton):
            return False
        if watched is not QApplication.focusWidget() or not watched.isEnabled():
            return False
        if isinstance(watched, QPushButton) and (watched.autoDefault() or watched.isDefault()):
            return False  # Qt's own rule: the button clicks itself (in dialogs)
        watched.click()
        return True


def scroll_into_sight(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it is shown (its top part, if it is
    taller than the area)."""
    node = widget.parentWidget()
    while node is not None:  # the innermost area first
        if isinstance(node, QScrollArea):
            content = node.widget()
            if content is not None and content.isAncestorOf(widget):
                node.ensureWidgetVisible(widget, MARGIN, MARGIN)
        node = node.parentWidget()


_filter: KeyboardFilter | None = None


def install(app: QApplication) -> None:
    """Use these keys from now on (once per application)."""
    global _filter  # noqa: PLW0603 - one filter per process, like the focus ring
    if _filter is None:
        _filter = KeyboardFilter(app)
        app.installEventFilter(_filter)
