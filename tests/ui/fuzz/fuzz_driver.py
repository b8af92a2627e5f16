"""The GUI fuzz test's driver: find every control shown, feed it hostile values, press its
buttons, follow what each press opens, and check after each case (``fuzz_recorder``) for a
Python exception, Qt warning, error log record or modal dialog, with the case that caused it.

A *case* is one action on one widget (a value typed, an index picked, a box ticked, a button
pressed), followed by letting Qt run everything it queued (layouts, deferred redraws, zero and
debounce timers). Widgets are named by where they live (``a11y_tour.where``), so a report reads
``duewise.ui.calculator.next_loan_panel:NextLoanPanel.rate_edit ← '1e400'``.
"""

from __future__ import annotations

import os
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from a11y_tour import settle, shown, where
from fuzz_corpus import LONG, dealt, in_turn, short, submitted_values, typeable, values_for
from fuzz_recorder import TALLY, Recorder
from fuzz_widgets import (
    WINDOW_WIDE,
    alive,
    close_editor,
    enter,
    get_text,
    input_kind,
    inside_control,
    kind_of,
    leave,
    open_editor_of,
    paste,
    pick,
    set_spin_end,
    set_spin_value,
    skipped,
    spin_value,
    user_can_edit,
    window_turn,
)
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QListView,
    QRadioButton,
    QTabWidget,
    QWidget,
)

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


#: The fuzzer at work (dialogs opened through a page's replaceable classmethod are fuzzed by it).
ACTIVE: list[Fuzzer] = []


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
            if inside_control(widget):
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
        while done < presses and alive(root):
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
            if not alive(root):  # a dialog that closed and deleted itself
                return
            if root.isVisible():
                self.fuzz_inputs(root, f"{label}, after pressing {text!r}", depth=0)
                self._tabs(root, label, presses - done, reenter)
            if not root.isVisible() and reenter is not None:
                with self.case("restore", f"{label}: back to it after pressing {text!r}"):
                    reenter()
        if alive(root) and root.isVisible():
            self.submit(root, label)

    def change_window_last(self) -> None:
        """The configuration's window-wide control (the language, text size, theme or larger
        text), changed once as a user would, as the configuration's last case (nothing after it
        needs the configuration's own language and look back)."""
        for place, widget, label, reenter in self.deferred:
            if reenter is not None:
                reenter()
            self.settle()
            if not alive(widget) or not widget.isVisible() or not widget.isEnabled():
                continue
            self.holding = False
            if isinstance(widget, QComboBox):
                entries = [i for i in range(widget.count()) if i != widget.currentIndex()]
                index = entries[zlib.crc32(place.encode()) % len(entries)]
                with self.case(
                    "window-wide", f"{label} ← entry {index} {widget.itemText(index)!r}"
                ):
                    pick(widget, index)
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
                if not alive(edit) or not edit.isVisible() or not edit.isEnabled():
                    break
                with self.case("submit", f"{label}: {place} ← {short(value)}, then Return"):
                    enter(edit, value, typed=typeable(value))
                    QTest.keyClick(edit, Qt.Key.Key_Return)
                self._handle_windows(label)
                for _, button, button_place in self.buttons(form)[:SUBMIT_BUTTONS]:
                    if not alive(edit) or not edit.isVisible() or not alive(button):
                        break
                    if not button.isVisible() or not button.isEnabled():
                        continue
                    with self.case(
                        "submit", f"{label}: {place} ← {short(value)}, then press {button_place}"
                    ):
                        enter(edit, value, typed=False)
                        button.click()
                    self._handle_windows(label)
            if alive(edit) and edit.isVisible() and edit.isEnabled():
                with self.put_back(f"{label}: {place} back to {short(original)}"):
                    paste(edit, original)
                    leave(edit)

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
                        if alive(tabs):
                            tabs.setCurrentIndex(index)

                    self.sweep(
                        tabs.currentWidget(),
                        f"{label}, tab {tabs.tabText(index)!r}",
                        presses=presses,
                        reenter=back,
                    )
            if alive(tabs) and tabs.isVisible():
                tabs.setCurrentIndex(original)
                self.settle()

    def _handle_windows(self, label: str) -> None:
        """Fuzz and close what a press opened on top (a dialog, the presenter's screen)."""
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        for top in QApplication.topLevelWidgets():
            if not alive(top) or top is self.window or not top.isVisible():
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
            if alive(top) and top.isVisible():
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
        original = get_text(widget)
        for value in self.values(key):
            if not alive(widget) or not widget.isVisible() or not widget.isEnabled():
                return
            way = "typed" if typeable(value) else "pasted"
            with self.case(kind_of(widget), f"{label} ← {way} {short(value)}"):
                enter(widget, value, typed=typeable(value))
                leave(widget)
        if alive(widget) and widget.isVisible() and get_text(widget) != original:
            with self.put_back(f"{label}: back to {short(original)}"):
                paste(widget, original)
                leave(widget)

    def spin(self, widget: QAbstractSpinBox, key: str, label: str, follow) -> None:  # type: ignore[no-untyped-def]
        """Type hostile text into a spin box key by key, then set its minimum and maximum."""
        original = spin_value(widget)
        for value in self.values(key):
            if not alive(widget) or not widget.isVisible() or not widget.isEnabled():
                return
            way = "typed" if typeable(value) else "pasted"
            with self.case("spin box", f"{label} ← {way} {short(value)}"):
                enter(widget, value, typed=typeable(value))
                leave(widget)
        for end in ("minimum", "maximum") if in_turn(key, self.config_index) else ():
            if not alive(widget) or not widget.isVisible() or not widget.isEnabled():
                return
            with self.case("spin box", f"{label} ← its {end}"):
                set_spin_end(widget, end)
            if follow is not None:
                follow()
        if alive(widget) and widget.isVisible():
            with self.put_back(f"{label}: back"):
                set_spin_value(widget, original)

    def combo(self, widget: QComboBox, key: str, label: str, follow) -> None:  # type: ignore[no-untyped-def]
        """Pick entries as a user does (``activated`` is emitted; each configuration picks its
        share, see ``fuzz_corpus.dealt``), and type hostile text into an editable one."""
        original = widget.currentIndex()
        place = key.split("#", maxsplit=1)[0]
        entries = dealt(place, self.config_index, widget.count())[:COMBO_ENTRIES]
        for index in entries:
            if not alive(widget) or not widget.isVisible() or not widget.isEnabled():
                return
            if index == original or index >= widget.count():
                continue
            with self.case("combo box", f"{label} ← entry {index} {widget.itemText(index)!r}"):
                pick(widget, index)
            if self.changed_all and not LONG:
                break
            if follow is not None:
                follow()
        if widget.isEditable() and alive(widget) and widget.lineEdit() is not None:
            self.type_text(widget.lineEdit(), key, label, None)
        if alive(widget) and widget.isVisible() and widget.currentIndex() != original:
            with self.case("restore", f"{label}: back to entry {original}"):
                pick(widget, original)

    def slider(self, widget: QAbstractSlider, key: str, label: str, follow) -> None:  # type: ignore[no-untyped-def]
        if not in_turn(key, self.config_index):
            return
        original = widget.value()
        for action, name in (
            (QAbstractSlider.SliderAction.SliderToMinimum, "minimum"),
            (QAbstractSlider.SliderAction.SliderToMaximum, "maximum"),
            (QAbstractSlider.SliderAction.SliderPageStepSub, "a page down"),
        ):
            if not alive(widget) or not widget.isVisible():
                return
            with self.case("slider", f"{label} ← {name}"):
                widget.triggerAction(action)
            if follow is not None:
                follow()
        if alive(widget) and widget.isVisible():
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
                if alive(radio) and radio.isVisible() and radio.isEnabled():
                    with self.case("restore", f"{label}: back to the one chosen before"):
                        radio.click()
            return
        for step in ("flipped", "flipped back"):
            if not alive(widget) or not widget.isVisible() or not widget.isEnabled():
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
                    not alive(widget)
                    or not widget.isVisible()
                    or row >= model.rowCount(QModelIndex())
                ):
                    return
                index = model.index(row, first_column)
                if not index.flags() & Qt.ItemFlag.ItemIsSelectable:
                    continue
                with self.case("row chosen", f"{label} ← row {row}"):
                    widget.setCurrentIndex(index)
            if alive(widget) and widget.isVisible() and original.isValid():
                with self.case("restore", f"{label}: back to row {original.row()}"):
                    widget.setCurrentIndex(original)
        columns = (
            [widget.modelColumn()]
            if isinstance(widget, QListView)
            else range(model.columnCount(QModelIndex()))
        )
        for row in range(min(rows, ROWS)):
            for column in columns:
                if not alive(widget) or not widget.isVisible():
                    return
                if row >= model.rowCount(QModelIndex()) or widget.isIndexHidden(
                    model.index(row, column)
                ):
                    continue
                index = model.index(row, column)
                if index.flags() & Qt.ItemFlag.ItemIsEditable and user_can_edit(widget):
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
        close_editor(view, editor)
        for value in [*values, None]:
            if not alive(view) or not view.isVisible() or row >= model.rowCount(QModelIndex()):
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
                        paste(editor, "" if original is None else str(original))
                elif isinstance(editor, QComboBox):
                    editor.setCurrentIndex(int(value))  # type: ignore[call-overload]
                else:
                    enter(editor, str(value), typed=typeable(str(value)))
                QTest.keyClick(editor, Qt.Key.Key_Return)

    def _open_editor(self, view: QAbstractItemView, index: QModelIndex) -> QWidget | None:
        """Open the cell's editor as a double click would (``None`` if none opens)."""
        close_editor(view, open_editor_of(view))  # a commit may have moved on to the next cell
        settle(self.app, 1)
        view.setCurrentIndex(index)
        view.edit(index)
        settle(self.app, 1)
        return open_editor_of(view)


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
    if alive(dialog) and dialog.isVisible():
        dialog.reject()
    if alive(dialog):
        dialog.deleteLater()
    return result


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
