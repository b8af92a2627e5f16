"""A keyboard-only user for the persona walks: every step is a key press on the focused widget.

:class:`Walk` never calls a widget's methods and never clicks: it sends keys to
``QApplication.focusWidget()`` (or to the active window when nothing has the focus), as the
keyboard does, and after every press checks that the focus can be seen (:meth:`Walk.focus_problem`:
the focused widget is on screen, not scrolled away, and the focus ring surrounds it).
:meth:`Walk.cycle` presses Tab from the navigation all the way round and back to it, then
Shift+Tab the same way, and checks that the two orders are each other's reverse (no trap, and
the order does not depend on the direction).

Tests read what is displayed (label texts, table cells) to assert on each step; reading is not
acting, so that is allowed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from a11y_tour import settle, where
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)

from duewise.ui.common import focus_ring

Key = Qt.Key
Mod = Qt.KeyboardModifier
#: How many Tabs a walk may press looking for one control before it gives up.
TAB_LIMIT = 160


def settle_all(app: QApplication) -> None:
    """Let the event loop catch up, as it does between two key presses: layouts, deferred
    redraws, and widgets a page replaced (``deleteLater``: a test never returns to the main
    loop, so they would linger in the Tab order)."""
    settle(app, 3)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle(app, 1)


def label_of(widget: QWidget) -> str:
    """What a user hears for a widget: its accessible name, else its text."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    if name:
        return name
    if isinstance(widget, QAbstractButton | QLabel | QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


def describe(widget: QWidget | None) -> str:
    """A focused widget in a failure message: where it is and what it says."""
    if widget is None:
        return "(nothing has the focus)"
    return f"{where(widget)} [{type(widget).__name__}] {label_of(widget)[:60]!r}"


def owner(widget: QWidget | None) -> QWidget | None:
    """The control a focused part belongs to (a spin box for its line edit)."""
    node = widget
    while node is not None:
        parent = node.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            node = parent
            continue
        return node
    return None


def _seen_part(widget: QWidget, rect: QRect) -> QRect:
    """The part of ``rect`` (in ``widget``'s coordinates) that its window shows: cut by every
    ancestor (a scroll area's viewport hides what is scrolled away)."""
    top = widget.window()
    seen = QRect(widget.mapTo(top, rect.topLeft()), rect.size())
    node = widget.parentWidget()
    while node is not None:
        seen = seen.intersected(QRect(node.mapTo(top, QPoint(0, 0)), node.size()))
        node = node.parentWidget()
    return seen


def named(text: str) -> Callable[[QWidget], bool]:
    """Matches a control whose accessible name or text contains ``text``."""
    return lambda widget: text in label_of(widget)


@dataclass
class Cycle:
    """What :meth:`Walk.cycle` met: the controls in Tab order and in Shift+Tab order."""

    forward: list[str] = field(default_factory=list)
    backward: list[str] = field(default_factory=list)

    def reaches(self, text: str) -> bool:
        """Whether a control that says ``text`` was met."""
        return any(text in entry for entry in self.forward)


class Walk:
    """A keyboard-only user of one main window."""

    def __init__(self, app: QApplication, qtbot, window) -> None:  # type: ignore[no-untyped-def]
        self.app = app
        self.qtbot = qtbot
        self.window = window
        #: Every focus problem met on the way (a walk asserts it stays empty).
        self.problems: list[str] = []

    # --- the focus ---------------------------------------------------------------------------

    @property
    def focus(self) -> QWidget:
        """The control with the keyboard focus (its owner for a spin box's or combo's editor)."""
        widget = owner(QApplication.focusWidget())
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def focus_problem(self) -> str:
        """Why the focus cannot be seen now ("" when it can)."""
        focused = QApplication.focusWidget()
        if focused is None:
            return "nothing has the keyboard focus"
        widget = owner(focused) or focused
        top = widget.window()
        if not widget.isVisible():
            return f"{describe(widget)} has the focus but is hidden"
        if widget.isWindow():
            # A projector window takes the keys itself: the whole screen is the focus.
            return "" if widget.isActiveWindow() else f"{describe(widget)} is not active"
        if _seen_part(widget, widget.rect()).isEmpty():
            return f"{describe(widget)} has the focus but is scrolled out of sight"
        if isinstance(widget, QTextEdit) and widget.textCursor().hasSelection():
            # A link chosen with Tab inside a long text: the link itself must be in sight.
            link = widget.cursorRect().translated(widget.viewport().pos())
            if _seen_part(widget, link).isEmpty():
                return f"{describe(widget)}: its focused link is scrolled out of sight"
        ring = focus_ring.ring()
        if ring is None or not ring.isVisible():
            return f"{describe(widget)}: no focus ring shown"
        if ring.window() is not top:
            return f"{describe(widget)}: the focus ring is in another window"
        target = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        box = QRect(ring.mapTo(top, QPoint(0, 0)), ring.size())
        if not box.contains(target.adjusted(1, 1, -1, -1)):
            return f"{describe(widget)}: the ring {box} does not surround it {target}"
        return ""

    def check_focus(self, after: str = "") -> None:
        """Record a focus problem, if there is one now (``after``: the key just pressed)."""
        problem = self.focus_problem()
        if problem:
            problem = f"after {after}: {problem}" if after else problem
            if problem not in self.problems:
                self.problems.append(problem)

    # --- keys --------------------------------------------------------------------------------

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Mod.NoModifier) -> None:
        """Press (and release) a key on the focused widget."""
        target = QApplication.focusWidget() or QApplication.activeWindow() or self.window
        QTest.keyClick(target, key, modifier)
        settle_all(self.app)
        if modifier & Mod.AltModifier:
            # A mnemonic (Alt+letter) "animates" its button's click: the button is released,
            # and clicked, 100 ms later.
            down = [
                w
                for w in QApplication.allWidgets()
                if isinstance(w, QAbstractButton) and w.isDown()
            ]
            if down:
                self.qtbot.waitUntil(lambda: not any(w.isDown() for w in down))
                settle(self.app, 3)
        self.check_focus(QKeySequence(key | modifier).toString())

    def type(self, text: str) -> None:
        """Type ``text`` into the focused widget."""
        target = QApplication.focusWidget() or self.window
        QTest.keyClicks(target, text)
        settle_all(self.app)
        self.check_focus(repr(text))

    def retype(self, text: str) -> None:
        """Select what the focused field holds (Ctrl+A) and type ``text`` over it."""
        self.press(Key.Key_A, Mod.ControlModifier)
        self.type(text)

    def go_to_page(self, number: int) -> None:
        """Ctrl+1 … Ctrl+6: a place of the navigation."""
        self.press(getattr(Key, f"Key_{number}"), Mod.ControlModifier)

    def tab_to(
        self,
        match: QWidget | Callable[[QWidget], bool],
        *,
        back: bool = False,
        limit: int = TAB_LIMIT,
    ) -> QWidget:
        """Press Tab (Shift+Tab: ``back``) until the focus is on ``match`` (a widget, or a test
        of the focused control); fails, listing what was met, if it never is."""
        seen: list[str] = []
        modifier = Mod.ShiftModifier if back else Mod.NoModifier

        def hit() -> bool:
            widget = QApplication.focusWidget()
            if isinstance(match, QWidget):
                return widget is not None and (widget is match or match.isAncestorOf(widget))
            return widget is not None and match(owner(widget) or widget)

        for _ in range(limit):
            if hit():
                return self.focus
            self.press(Key.Key_Backtab if back else Key.Key_Tab, modifier)
            entry = describe(owner(QApplication.focusWidget()))
            if not seen or seen[-1] != entry:
                seen.append(entry)
        if hit():
            return self.focus
        raise AssertionError(f"Tab never reached {match!r}; met:\n  " + "\n  ".join(seen))

    # --- the whole page ----------------------------------------------------------------------

    def cycle(self, *, backward: bool = True, limit: int = 400) -> Cycle:
        """From the navigation, Tab all the way round to it, then Shift+Tab all the way round
        (``backward``: False leaves Shift+Tab out, where a known trap is tested on its own).

        Fails if either direction never comes back (a trap), or if Shift+Tab does not meet the
        controls in the reverse order of Tab. Returns the controls met.
        """
        nav = self.window.nav
        self.tab_to(nav, limit=limit)
        result = Cycle()
        directions = ((False, result.forward), (True, result.backward))
        for back, met in directions if backward else directions[:1]:
            modifier = Mod.ShiftModifier if back else Mod.NoModifier
            for _ in range(limit):
                self.press(Key.Key_Backtab if back else Key.Key_Tab, modifier)
                widget = owner(QApplication.focusWidget())
                if widget is nav:
                    break
                entry = describe(widget)
                if not met or met[-1] != entry:
                    met.append(entry)
            else:
                direction = "Shift+Tab" if back else "Tab"
                raise AssertionError(
                    f"{direction} never came back to the navigation (a trap); last met:\n  "
                    + "\n  ".join(met[-8:])
                )
        if backward and result.backward != list(reversed(result.forward)):
            raise AssertionError(
                "Shift+Tab does not go back the way Tab came:\nTab:\n  "
                + "\n  ".join(result.forward)
                + "\nShift+Tab:\n  "
                + "\n  ".join(result.backward)
            )
        return result

    def wait(self, condition: Callable[[], object], timeout: int = 10000) -> None:
        """Wait (on the event loop, never sleeping) until ``condition()`` is true."""
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)
        settle(self.app, 2)


def start(build_window, qapp, qtbot, data_dir, *, size=(1280, 800)):  # type: ignore[no-untyped-def]
    """A main window in English, shown and active at ``size``, the focus where the app starts it
    (the navigation): ``(context, window, walk)``."""
    context, window = build_window(data_dir, "en")
    window.resize(*size)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    walk = Walk(qapp, qtbot, window)
    window.nav.setFocus()
    settle(qapp)
    return context, window, walk


def first_places(cycle_forward: list[str], landmarks: list[str]) -> list[int]:
    """Where each landmark is first met in a Tab cycle (fails on one never met)."""
    found = []
    for landmark in landmarks:
        hits = [i for i, entry in enumerate(cycle_forward) if landmark in entry]
        assert hits, f"Tab never reaches {landmark}:\n  " + "\n  ".join(cycle_forward)
        found.append(hits[0])
    return found
