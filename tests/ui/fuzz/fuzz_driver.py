"""The GUI fuzz test's hands: find every control shown, feed it hostile values, press buttons,
and record every Python exception, Qt warning, error log record or modal dialog, with the case
that caused it.

A *case* is one action on one widget (a value typed, an index picked, a box ticked, a button
pressed), followed by letting Qt run everything it queued (layouts, deferred redraws, zero and
debounce timers). Widgets are named by where they live (``a11y_tour.where``), so a report reads
``duewise.ui.calculator.next_loan_panel:NextLoanPanel.rate_edit ← '1e400'``.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
import time
import traceback
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from a11y_tour import settle, shown, where
from fuzz_corpus import LONG, dealt, in_turn, short, submitted_values, typeable, values_for
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
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
    QDialog,
    QDoubleSpinBox,
    QHeaderView,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QSpinBox,
    QTabBar,
    QTabWidget,
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


#: A file to append every case to, with its CPU seconds (while working on the fuzz test).
TRACE = os.environ.get("DUEWISE_GUI_FUZZ_TRACE", "")
#: At most this many rows (and list entries) of a view are fuzzed.
ROWS = 3 if LONG else 1
LIST_ROWS = 8 if LONG else 3
#: At most this many combo box entries are picked per configuration.
COMBO_ENTRIES = 40 if LONG else 4
#: Buttons pressed beside each text field with hostile text in it.
SUBMIT_BUTTONS = 6 if LONG else 3
#: Button presses per sweep, and how deep the sweep follows what a press or a choice opens.
PRESSES = 80


@dataclass(frozen=True)
class Problem:
    """One failure: what (``kind``), during which case, and the evidence."""

    kind: str
    case: str
    detail: str


@dataclass
class Tally:
    """How many cases of each kind were run (over the whole module)."""

    cases: Counter[str] = field(default_factory=Counter)
    #: What the default run leaves to another configuration (done there instead).
    left: Counter[str] = field(default_factory=Counter)
    cpu_seconds: dict[str, float] = field(default_factory=dict)
    #: Controls that change the whole window's language or look (a theme, the text size):
    #: each change costs seconds, so the default run exercises each in one configuration.
    window_wide: set[str] = field(default_factory=set)


TALLY = Tally()
#: The fuzzer at work (dialogs opened through a page's replaceable classmethod are fuzzed by it).
ACTIVE: list[Fuzzer] = []


def _trace_key(exc: BaseException) -> str:
    """Where an exception was raised in DueWise's code (to report each distinct one once)."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "duewise" in f.filename] or frames
    last = ours[-1] if ours else None
    place = f"{last.filename.split('src/')[-1]}:{last.lineno}" if last else "?"
    return f"{type(exc).__name__} at {place}"


class Recorder:
    """Collects problems, attributing each to the case in progress."""

    def __init__(self, qtlog, caplog) -> None:  # type: ignore[no-untyped-def]
        self.case = "building the window"
        self.problems: list[Problem] = []
        self._seen: set[tuple[str, str]] = set()
        self._qtlog = qtlog
        self._caplog = caplog
        self._qt_seen = 0
        self._log_seen = 0
        self._previous_hook = sys.excepthook

    # --- hooks ---------------------------------------------------------------------------------

    @contextmanager
    def installed(self) -> Iterator[None]:
        """Catch exceptions reaching the event loop, unraisable ones and threads' ones."""
        previous = sys.excepthook, sys.unraisablehook, threading.excepthook
        self._previous_hook = sys.excepthook
        sys.excepthook = self._excepthook
        sys.unraisablehook = self._unraisablehook
        threading.excepthook = self._threading_hook
        self._caplog.set_level(logging.WARNING)
        try:
            yield
        finally:
            sys.excepthook, sys.unraisablehook, threading.excepthook = previous

    def _add(self, kind: str, key: str, detail: str) -> bool:
        if (kind, key) in self._seen:
            return False
        self._seen.add((kind, key))
        self.problems.append(Problem(kind, self.case, detail))
        return True

    def _excepthook(self, exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        text = "".join(traceback.format_exception(exc_type, exc, tb)[-6:])
        if self._add("exception", _trace_key(exc), text):
            # pytest-qt's capture sees each distinct exception once too (its report stays short).
            self._previous_hook(exc_type, exc, tb)

    def _unraisablehook(self, unraisable) -> None:  # type: ignore[no-untyped-def]
        exc = unraisable.exc_value
        text = f"{unraisable.err_msg}: {exc!r} in {unraisable.object!r}"
        self._add("unraisable", _trace_key(exc) if exc else text, text)

    def _threading_hook(self, args) -> None:  # type: ignore[no-untyped-def]
        exc = args.exc_value
        text = "".join(traceback.format_exception(args.exc_type, exc, args.exc_traceback)[-6:])
        self._add("thread exception", _trace_key(exc) if exc else text, text)

    def modal(self, what: str) -> None:
        """A real modal dialog was about to run (every dialog has a replaceable classmethod)."""
        self._add("modal dialog", what, f"{what} was called")

    # --- after each case -----------------------------------------------------------------------

    def check(self) -> None:
        """Record Qt warnings and error log records that appeared since the last check."""
        records = self._qtlog.records
        for record in records[self._qt_seen :]:
            if record.matches_level("WARNING") and not record.ignored:
                message = record.message
                self._add("Qt warning", re.sub(r"\d+", "N", message), message)
        self._qt_seen = len(records)
        logs = self._caplog.records
        for record in logs[self._log_seen :]:
            if record.levelno >= logging.ERROR:
                text = f"{record.name}: {record.getMessage()}"
                self._add("error log", f"{record.name}:{record.msg}", text)
        self._log_seen = len(logs)

    def report(self) -> str:
        lines = []
        for problem in self.problems:
            lines.append(f"--- {problem.kind} during: {problem.case}\n{problem.detail.rstrip()}")
        return "\n".join(lines)


# --- finding widgets ---------------------------------------------------------------------------


def _inside_control(widget: QWidget) -> bool:
    """Parts of another control: a spin box's editor, a combo box's field, a view's editor."""
    node = widget.parentWidget()
    while node is not None:
        if isinstance(node, QAbstractSpinBox | QComboBox | QAbstractItemView | QTabBar):
            return True
        node = node.parentWidget()
    return False


def input_kind(widget: QWidget) -> str:
    """What the fuzz does with a widget ('' for nothing)."""
    if isinstance(widget, QScrollBar | QHeaderView) or _inside_control(widget):
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


def _text_of(obj: QObject) -> str:
    parts = [obj.objectName()]
    if isinstance(obj, QAbstractButton | QAction):
        parts.append(obj.text())
        parts.append(obj.toolTip())
    if isinstance(obj, QWidget):
        parts.append(obj.accessibleName())
    return " ".join(parts)


def skipped(obj: QObject, place: str) -> bool:
    """Whether a button or action is on the skip list."""
    words = place.rsplit(":", maxsplit=1)[-1] + " " + _text_of(obj)
    return bool(SKIP.search(words)) and not ALLOW.search(words)


# --- the fuzzer --------------------------------------------------------------------------------


class Fuzzer:
    """Feeds hostile values to every control of a window and presses its buttons.

    Args:
        app, window: the application and the main window under test.
        recorder: where problems go.
        config_index: which of the four configurations runs (which values each widget gets).
        keep: called after every case to put back what a case may change globally (the
            language and text size of the configuration, the page shown); returns whether it
            had to put back the language or the appearance.
    """

    def __init__(  # type: ignore[no-untyped-def]
        self, app, window, recorder: Recorder, config_index: int, keep: Callable[[], None]
    ) -> None:
        self.app = app
        self.window = window
        self.recorder = recorder
        self.config_index = config_index
        self.keep = keep
        self.fuzzed: set[str] = set()
        self.pressed: set[str] = set()
        #: The last case changed the language or appearance of the whole window (a second
        #: such choice of the same control is left to the long run: each costs seconds).
        self.changed_all = False
        #: Where the control being fuzzed is (``a11y_tour.where``).
        self.current_place = ""
        ACTIVE[:] = [self]
        #: The state's way back (``sweep``'s ``reenter``).
        self.reenter: Callable[[], object] | None = None
        #: Window-wide controls met in their configuration: changed once, at its end
        #: (``change_window_last``), so that nothing has to be restyled back.
        self.deferred: list[tuple[str, QWidget, str, Callable[[], object] | None]] = []
        #: Whether a case puts back the configuration's language and look (``keep``).
        self.holding = True

    def new_state(self) -> None:
        """Forget what was fuzzed and pressed: the next sweep is of another page state."""
        self.fuzzed.clear()
        self.pressed.clear()

    # --- one case ------------------------------------------------------------------------------

    @contextmanager
    def case(self, kind: str, description: str) -> Iterator[None]:
        """Run one case: name it, do it, let Qt run what it queued, check for problems."""
        self.recorder.case = description
        TALLY.cases[kind] += 1
        started = time.process_time()
        try:
            yield
        finally:
            self.settle()
            self.recorder.check()
            self.changed_all = self.keep() if self.holding else False
            if self.changed_all:
                TALLY.window_wide.add(self.current_place)
                self.settle()
                self.recorder.check()
            if TRACE:
                with open(TRACE, "a", encoding="utf-8") as trace:
                    trace.write(f"{time.process_time() - started:7.3f} {description[:300]!r}\n")

    @contextmanager
    def put_back(self, description: str) -> Iterator[None]:
        """Put a field's text back without waiting for what it queues: the next case runs it
        (most often with hostile text in another field, so the page does not compute twice)."""
        self.recorder.case = description
        TALLY.cases["put back"] += 1
        try:
            yield
        finally:
            self.recorder.check()

    def settle(self) -> None:
        """Layouts, deferred redraws, and the debounce timers at once (no waiting)."""
        for _ in range(4):
            settle(self.app, 1)
            # What the event loop does on its next turn: widgets a page let go are deleted.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            waiting = [
                t for t in self.window.findChildren(QTimer) if t.isActive() and t.isSingleShot()
            ]
            if not waiting:
                return
            for timer in waiting:
                if timer.interval() > 0:
                    timer.start(0)

    # --- collecting ----------------------------------------------------------------------------

    def _visible(self, root: QWidget) -> list[QWidget]:
        top = root.window()
        return [w for w in root.findChildren(QWidget) if shown(w, top) and w.isEnabled()]

    def inputs(self, root: QWidget) -> list[tuple[str, QWidget, str]]:
        """``(key, widget, kind)`` of every input shown in ``root`` (key: place + ordinal)."""
        found = []
        ordinal: Counter[str] = Counter()
        for widget in self._visible(root):
            kind = input_kind(widget)
            if not kind:
                continue
            place = where(widget)
            ordinal[place] += 1
            found.append((f"{place}#{ordinal[place]}", widget, kind))
        return found

    def buttons(self, root: QWidget) -> list[tuple[str, QAbstractButton, str]]:
        """``(key, button, place)`` of each plain button shown in ``root``, not on the skip list
        (``key``: its place, its ordinal there, then its text)."""
        found = []
        ordinal: Counter[str] = Counter()
        for widget in self._visible(root):
            if not isinstance(widget, QAbstractButton) or widget.isCheckable():
                continue
            if _inside_control(widget):
                continue
            place = where(widget)
            ordinal[place] += 1
            if skipped(widget, place):
                continue
            found.append((f"{place}#{ordinal[place]}|{widget.text()}", widget, place))
        return found

    def actions(self, root: QWidget) -> list[tuple[str, QAction, str]]:
        """Actions added to shown widgets (keyboard commands), not on the skip list."""
        found = []
        for widget in [root, *self._visible(root)]:
            for number, action in enumerate(widget.actions()):
                if not action.isEnabled():
                    continue
                place = f"{where(widget)}.action:{action.objectName() or action.text()}"
                if skipped(action, place):
                    continue
                found.append((f"{where(widget)}.action#{number}|{action.text()}", action, place))
        return found

    # --- the sweep -----------------------------------------------------------------------------

    def sweep(
        self,
        root: QWidget,
        label: str,
        *,
        presses: int = PRESSES,
        reenter: Callable[[], object] | None = None,
    ) -> None:
        """Every input of ``root`` (and of every tab in it), then every button, one at a time,
        fuzzing whatever each press shows that was not fuzzed yet. A press that leaves the
        state under test (a quiz started, a view changed) is followed by ``reenter``, which
        brings it back, so that every button of the state is pressed."""
        self.reenter = reenter
        self.fuzz_inputs(root, label, depth=1)
        self._tabs(root, label, presses, reenter)
        done = 0
        while done < presses and _alive(root):
            todo = [b for b in self.buttons(root) if b[0] not in self.pressed]
            todo += [a for a in self.actions(root) if a[0] not in self.pressed]
            if not todo:
                break
            key, target, place = todo[0]
            self.pressed.add(key)
            if not in_turn(key.split("|", maxsplit=1)[0], self.config_index):
                TALLY.left["press left to the other pair of configurations"] += 1
                continue
            done += 1
            text = target.text() if isinstance(target, QAbstractButton | QAction) else ""
            with self.case("button press", f"{label}: press {place} ({text!r})"):
                if isinstance(target, QAction):
                    target.trigger()
                else:
                    target.click()
            self._handle_windows(label)
            if not _alive(root):  # a dialog that closed and deleted itself
                return
            if root.isVisible():
                self.fuzz_inputs(root, f"{label}, after pressing {text!r}", depth=0)
                self._tabs(root, label, presses - done, reenter)
            if not root.isVisible() and reenter is not None:
                with self.case("restore", f"{label}: back to it after pressing {text!r}"):
                    reenter()
        if _alive(root) and root.isVisible():
            self.submit(root, label)

    def change_window_last(self) -> None:
        """The configuration's window-wide control (the language, text size, theme or larger
        text), changed once as a user would, as the configuration's last case (nothing after it
        needs the configuration's own language and look back)."""
        for place, widget, label, reenter in self.deferred:
            if reenter is not None:
                reenter()
            self.settle()
            if not _alive(widget) or not widget.isVisible() or not widget.isEnabled():
                continue
            self.holding = False
            if isinstance(widget, QComboBox):
                entries = [i for i in range(widget.count()) if i != widget.currentIndex()]
                index = entries[zlib.crc32(place.encode()) % len(entries)]
                with self.case(
                    "window-wide", f"{label} ← entry {index} {widget.itemText(index)!r}"
                ):
                    _pick(widget, index)
            elif isinstance(widget, QAbstractButton):
                with self.case("window-wide", f"{label} ← flipped"):
                    widget.click()
        self.deferred.clear()

    def submit(self, root: QWidget, label: str) -> None:
        """Hostile text in each text field, then Return in it, then a press of each button
        beside it (the form's own buttons: "Add learner" with a formula for a name)."""
        for key, edit, kind in self.inputs(root):
            if kind != "line edit" or f"submit {key}" in self.fuzzed:
                continue
            self.fuzzed.add(f"submit {key}")
            if not in_turn(key, self.config_index):
                continue
            place = key.split("#")[0]
            original = edit.text()
            form = edit.parentWidget() or root
            for value in submitted_values(place, self.config_index):
                if not _alive(edit) or not edit.isVisible() or not edit.isEnabled():
                    break
                with self.case("submit", f"{label}: {place} ← {short(value)}, then Return"):
                    _enter(edit, value, typed=typeable(value))
                    QTest.keyClick(edit, Qt.Key.Key_Return)
                self._handle_windows(label)
                for _, button, button_place in self.buttons(form)[:SUBMIT_BUTTONS]:
                    if not _alive(edit) or not edit.isVisible() or not _alive(button):
                        break
                    if not button.isVisible() or not button.isEnabled():
                        continue
                    with self.case(
                        "submit", f"{label}: {place} ← {short(value)}, then press {button_place}"
                    ):
                        _enter(edit, value, typed=False)
                        button.click()
                    self._handle_windows(label)
            if _alive(edit) and edit.isVisible() and edit.isEnabled():
                with self.put_back(f"{label}: {place} back to {short(original)}"):
                    _paste(edit, original)
                    _leave(edit)

    def _tabs(
        self, root: QWidget, label: str, presses: int, reenter: Callable[[], object] | None
    ) -> None:
        for tabs in [t for t in self._visible(root) if isinstance(t, QTabWidget)]:
            place = where(tabs)
            original = tabs.currentIndex()
            for index in range(tabs.count()):
                key = f"{place}[{index}]"
                if key in self.fuzzed or not tabs.isTabEnabled(index):
                    continue
                self.fuzzed.add(key)
                with self.case("tab", f"{label}: tab {index} of {place}"):
                    tabs.setCurrentIndex(index)
                if tabs.isVisible() and tabs.currentWidget() is not None:

                    def back(tabs: QTabWidget = tabs, index: int = index) -> None:
                        if reenter is not None:
                            reenter()
                        if _alive(tabs):
                            tabs.setCurrentIndex(index)

                    self.sweep(
                        tabs.currentWidget(),
                        f"{label}, tab {tabs.tabText(index)!r}",
                        presses=presses,
                        reenter=back,
                    )
            if _alive(tabs) and tabs.isVisible():
                tabs.setCurrentIndex(original)
                self.settle()

    def _handle_windows(self, label: str) -> None:
        """Fuzz and close what a press opened on top (a dialog, the presenter's screen)."""
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        for top in QApplication.topLevelWidgets():
            if not _alive(top) or top is self.window or not top.isVisible():
                continue
            if top.windowType() == Qt.WindowType.ToolTip:
                continue
            if top.windowType() == Qt.WindowType.Popup:
                top.close()
                continue
            place = f"{type(top).__module__}:{type(top).__qualname__}"
            key = f"window {place}"
            if key not in self.fuzzed:
                self.fuzzed.add(key)
                self.sweep(top, f"{label}, in {place}", presses=12)
            if _alive(top) and top.isVisible():
                with self.case("close window", f"{label}: close {place}"):
                    if isinstance(top, QDialog):
                        top.reject()
                    else:
                        top.close()

    # --- inputs ----------------------------------------------------------------------------------

    def fuzz_inputs(self, root: QWidget, label: str, *, depth: int) -> None:
        """Each input of ``root`` not fuzzed yet; choices that show new inputs (a combo entry,
        a ticked box) have those fuzzed while shown, ``depth`` levels down."""
        while True:
            todo = [i for i in self.inputs(root) if i[0] not in self.fuzzed]
            if not todo:
                return
            key, widget, kind = todo[0]
            self.fuzzed.add(key)
            place = key.split("#")[0]
            if (place in WINDOW_WIDE or place in TALLY.window_wide) and not window_turn(
                place, self.config_index
            ):
                TALLY.left["window-wide control left to another configuration"] += 1
                continue
            if place in WINDOW_WIDE and not LONG:  # its one change ends the configuration
                self.deferred.append((place, widget, f"{label}: {place}", self.reenter))
                continue
            follow = (lambda: self.fuzz_inputs(root, label, depth=depth - 1)) if depth else None
            self.current_place = place
            FUZZERS[kind](self, widget, key, f"{label}: {key.split('#')[0]}", follow)

    def values(self, key: str) -> tuple[str, ...]:
        return values_for(key.split("#", maxsplit=1)[0], self.config_index)

    def type_text(self, widget: QWidget, key: str, label: str, _follow) -> None:  # type: ignore[no-untyped-def]
        """Each hostile value over the whole text, typed key by key (pasted when it cannot be
        typed: control characters, 10,000 characters), then leave."""
        original = _get_text(widget)
        for value in self.values(key):
            if not _alive(widget) or not widget.isVisible() or not widget.isEnabled():
                return
            way = "typed" if typeable(value) else "pasted"
            with self.case(kind_of(widget), f"{label} ← {way} {short(value)}"):
                _enter(widget, value, typed=typeable(value))
                _leave(widget)
        if _alive(widget) and widget.isVisible() and _get_text(widget) != original:
            with self.put_back(f"{label}: back to {short(original)}"):
                _paste(widget, original)
                _leave(widget)

    def spin(self, widget: QAbstractSpinBox, key: str, label: str, follow) -> None:  # type: ignore[no-untyped-def]
        """Type hostile text into a spin box key by key, then set its minimum and maximum."""
        original = _spin_value(widget)
        for value in self.values(key):
            if not _alive(widget) or not widget.isVisible() or not widget.isEnabled():
                return
            way = "typed" if typeable(value) else "pasted"
            with self.case("spin box", f"{label} ← {way} {short(value)}"):
                _enter(widget, value, typed=typeable(value))
                _leave(widget)
        for end in ("minimum", "maximum") if in_turn(key, self.config_index) else ():
            if not _alive(widget) or not widget.isVisible() or not widget.isEnabled():
                return
            with self.case("spin box", f"{label} ← its {end}"):
                _set_spin_end(widget, end)
            if follow is not None:
                follow()
        if _alive(widget) and widget.isVisible():
            with self.put_back(f"{label}: back"):
                _set_spin_value(widget, original)

    def combo(self, widget: QComboBox, key: str, label: str, follow) -> None:  # type: ignore[no-untyped-def]
        """Pick entries as a user does (``activated`` is emitted; each configuration picks its
        share, see ``fuzz_corpus.dealt``), and type hostile text into an editable one."""
        original = widget.currentIndex()
        place = key.split("#", maxsplit=1)[0]
        entries = dealt(place, self.config_index, widget.count())[:COMBO_ENTRIES]
        for index in entries:
            if not _alive(widget) or not widget.isVisible() or not widget.isEnabled():
                return
            if index == original or index >= widget.count():
                continue
            with self.case("combo box", f"{label} ← entry {index} {widget.itemText(index)!r}"):
                _pick(widget, index)
            if self.changed_all and not LONG:
                break
            if follow is not None:
                follow()
        if widget.isEditable() and _alive(widget) and widget.lineEdit() is not None:
            self.type_text(widget.lineEdit(), key, label, None)
        if _alive(widget) and widget.isVisible() and widget.currentIndex() != original:
            with self.case("restore", f"{label}: back to entry {original}"):
                _pick(widget, original)

    def slider(self, widget: QAbstractSlider, key: str, label: str, follow) -> None:  # type: ignore[no-untyped-def]
        if not in_turn(key, self.config_index):
            return
        original = widget.value()
        for action, name in (
            (QAbstractSlider.SliderAction.SliderToMinimum, "minimum"),
            (QAbstractSlider.SliderAction.SliderToMaximum, "maximum"),
            (QAbstractSlider.SliderAction.SliderPageStepSub, "a page down"),
        ):
            if not _alive(widget) or not widget.isVisible():
                return
            with self.case("slider", f"{label} ← {name}"):
                widget.triggerAction(action)
            if follow is not None:
                follow()
        if _alive(widget) and widget.isVisible():
            with self.case("restore", f"{label}: back"):
                widget.setValue(original)

    def toggle(self, widget: QAbstractButton, key: str, label: str, follow) -> None:  # type: ignore[no-untyped-def]
        """Tick and untick (a radio button: choose it, then the one chosen before)."""
        if not in_turn(key, self.config_index):
            return
        if isinstance(widget, QRadioButton):
            if widget.isChecked():
                return
            before = [
                r
                for r in (widget.parentWidget() or widget).findChildren(QRadioButton)
                if r.isChecked()
            ]
            with self.case("radio button", f"{label} ← chosen"):
                widget.click()
            if follow is not None:
                follow()
            for radio in before:
                if _alive(radio) and radio.isVisible() and radio.isEnabled():
                    with self.case("restore", f"{label}: back to the one chosen before"):
                        radio.click()
            return
        for step in ("flipped", "flipped back"):
            if not _alive(widget) or not widget.isVisible() or not widget.isEnabled():
                return
            with self.case(kind_of(widget), f"{label} ← {step}"):
                widget.click()
            if follow is not None and step == "flipped":
                follow()

    def view(self, widget: QAbstractItemView, key: str, label: str, follow) -> None:  # type: ignore[no-untyped-def]
        """Choose rows (lists), and edit each editable cell of the first rows through the
        view's delegate with hostile values."""
        model = widget.model()
        rows = model.rowCount(QModelIndex())
        first_column = widget.modelColumn() if isinstance(widget, QListView) else 0
        choose = in_turn(key, self.config_index)
        if (
            choose
            and rows
            and widget.selectionMode() != QAbstractItemView.SelectionMode.NoSelection
        ):
            original = widget.currentIndex()
            for row in range(min(rows, LIST_ROWS)):
                if (
                    not _alive(widget)
                    or not widget.isVisible()
                    or row >= model.rowCount(QModelIndex())
                ):
                    return
                index = model.index(row, first_column)
                if not index.flags() & Qt.ItemFlag.ItemIsSelectable:
                    continue
                with self.case("row chosen", f"{label} ← row {row}"):
                    widget.setCurrentIndex(index)
            if _alive(widget) and widget.isVisible() and original.isValid():
                with self.case("restore", f"{label}: back to row {original.row()}"):
                    widget.setCurrentIndex(original)
        columns = (
            [widget.modelColumn()]
            if isinstance(widget, QListView)
            else range(model.columnCount(QModelIndex()))
        )
        for row in range(min(rows, ROWS)):
            for column in columns:
                if not _alive(widget) or not widget.isVisible():
                    return
                if row >= model.rowCount(QModelIndex()) or widget.isIndexHidden(
                    model.index(row, column)
                ):
                    continue
                index = model.index(row, column)
                if index.flags() & Qt.ItemFlag.ItemIsEditable and _user_can_edit(widget):
                    self._cell(widget, model, row, column, f"{label} cell ({row}, {column})")

    def _cell(
        self, view: QAbstractItemView, model: QAbstractItemModel, row: int, column: int, label: str
    ) -> None:
        original = model.index(row, column).data(Qt.ItemDataRole.EditRole)
        key = f"{where(view)} column {column}"
        values: list[object] = list(self.values(key))
        editor = self._open_editor(view, model.index(row, column))
        if isinstance(editor, QComboBox):
            values = list(dealt(key, self.config_index, editor.count())[:COMBO_ENTRIES])
        _close_editor(view, editor)
        for value in [*values, None]:
            if not _alive(view) or not view.isVisible() or row >= model.rowCount(QModelIndex()):
                return
            index = model.index(row, column)
            if not index.flags() & Qt.ItemFlag.ItemIsEditable:
                return
            what = (
                "back"
                if value is None
                else (f"entry {value}" if isinstance(value, int) else short(str(value)))
            )
            # A cell's Return commits through a queued call: even putting a cell back is a case
            # (the queue runs before the next editor opens, as it does for a user).
            with self.case("table cell" if value is not None else "restore", f"{label} ← {what}"):
                editor = self._open_editor(view, index)
                if editor is None:
                    continue
                if value is None:
                    if isinstance(editor, QComboBox):
                        found = editor.findData(original)
                        if found < 0:
                            found = editor.findText(str(original))
                        editor.setCurrentIndex(max(found, 0))
                    else:
                        _paste(editor, "" if original is None else str(original))
                elif isinstance(editor, QComboBox):
                    editor.setCurrentIndex(int(value))  # type: ignore[call-overload]
                else:
                    _enter(editor, str(value), typed=typeable(str(value)))
                QTest.keyClick(editor, Qt.Key.Key_Return)

    def _open_editor(self, view: QAbstractItemView, index: QModelIndex) -> QWidget | None:
        """Open the cell's editor as a double click would (``None`` if none opens)."""
        _close_editor(view, _editor(view))  # a commit may have moved on to the next cell
        settle(self.app, 1)
        view.setCurrentIndex(index)
        view.edit(index)
        settle(self.app, 1)
        return _editor(view)


def fuzz_dialog(dialog: QDialog) -> QDialog.DialogCode:
    """Show a page's own modal dialog without blocking, let the fuzzer at work fill it with
    hostile values and press its buttons, and return what it was closed with (``Rejected`` if
    the fuzz left it open)."""
    dialog.show()
    fuzzer = ACTIVE[-1] if ACTIVE else None
    if fuzzer is not None:
        place = f"{type(dialog).__module__}:{type(dialog).__qualname__}"
        if f"window {place}" not in fuzzer.fuzzed:
            fuzzer.fuzzed.add(f"window {place}")
            case = fuzzer.recorder.case
            fuzzer.sweep(dialog, f"{case}, in {place}", presses=12)
            fuzzer.recorder.case = case
    result = QDialog.DialogCode(dialog.result())
    if _alive(dialog) and dialog.isVisible():
        dialog.reject()
    if _alive(dialog):
        dialog.deleteLater()
    return result


def _editor(view: QAbstractItemView) -> QWidget | None:
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


def _close_editor(view: QAbstractItemView, editor: QWidget | None) -> None:
    if editor is not None:
        QTest.keyClick(editor, Qt.Key.Key_Escape)


def _user_can_edit(view: QAbstractItemView) -> bool:
    """Whether a user can open a cell editor at all (a double click, a key, F2)."""
    return view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers


def kind_of(widget: QWidget) -> str:
    return input_kind(widget) or type(widget).__name__


def _alive(widget: QObject) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # deleted on the C++ side by what the case did
        return False
    return True


def _get_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    return ""


def _enter(widget: QWidget, value: str, *, typed: bool) -> None:
    """Replace the whole text with ``value``: select it all, Backspace, then type the value key
    by key (each key a key event, as a keyboard sends it) or paste it."""
    widget.setFocus()
    # A spin box takes the keys itself (its arrows, its validator); a combo box's field does.
    target = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    if target is None:
        return
    target.selectAll()
    _key(target, Qt.Key.Key_Backspace, "")
    if typed:
        for char in value:
            code = ord(char.upper()) if char.isascii() and char.isprintable() else 0
            _key(target, Qt.Key(code) if code else Qt.Key.Key_unknown, char)
    else:
        _paste(target, value)


def _key(widget: QWidget, key: Qt.Key, text: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def _paste(widget: QWidget, value: str) -> None:
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


def _leave(widget: QWidget) -> None:
    """Move the keyboard focus away, as Tab would (``editingFinished``)."""
    widget.clearFocus()


def _pick(box: QComboBox, index: int) -> None:
    box.setCurrentIndex(index)
    box.activated.emit(index)


def _spin_value(widget: QAbstractSpinBox) -> object:
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime()
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    return widget.text()


def _set_spin_value(widget: QAbstractSpinBox, value: object) -> None:
    if isinstance(widget, QDateTimeEdit):
        widget.setDateTime(value)  # type: ignore[arg-type]
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.setValue(value)  # type: ignore[arg-type]


def _set_spin_end(widget: QAbstractSpinBox, end: str) -> None:
    if isinstance(widget, QDateTimeEdit):
        widget.setDateTime(
            widget.minimumDateTime() if end == "minimum" else widget.maximumDateTime()
        )
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.setValue(widget.minimum() if end == "minimum" else widget.maximum())
    widget.editingFinished.emit()


FUZZERS: dict[str, Callable[..., None]] = {
    "line edit": Fuzzer.type_text,
    "text box": Fuzzer.type_text,
    "spin box": Fuzzer.spin,
    "combo box": Fuzzer.combo,
    "slider": Fuzzer.slider,
    "check box": Fuzzer.toggle,
    "radio button": Fuzzer.toggle,
    "toggle button": Fuzzer.toggle,
    "view": Fuzzer.view,
}
