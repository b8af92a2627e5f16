"""Every page, in Chinese and in English, through Qt's accessibility interface and the keyboard.

For every shown, enabled interactive widget (buttons, fields, combo and spin boxes, sliders,
tables, lists, tab bars, text views, labels with links):

- ``name``: ``QAccessible.queryAccessibleInterface(w).text(Name)`` is not empty (a screen
  reader has something to say; a buddy label counts, as it does for Qt);
- ``role``: the interface's role is the one for its kind of control;
- ``focus``: it takes the keyboard focus with Tab (``Qt.TabFocus``) and says so (``focusable``);
- ``tab``: pressing Tab from the navigation reaches it (the real key presses, as a user would);
- ``trap``: Tab does not stay in one widget for more than one press (a table walking through
  all its cells, a text box eating Tab);
- ``ring``: once focused, the focus ring is shown around it.

Violations in screens that other work is changing now are listed in ``KNOWN`` with what is
missing (the test fails when one is fixed, so the list only shrinks).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from a11y_tour import (
    PAGE_IDS,
    Violation,
    compare_with_known,
    open_page,
    report,
    settle,
    shown,
    where,
)
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTableView,
    QTextBrowser,
    QTextEdit,
    QTreeView,
    QWidget,
)

from duewise.ui.common import focus_ring

Role = QAccessible.Role

#: (check, place) found on main in screens that other branches are changing now.
KNOWN: set[tuple[str, str]] = set()


def _expected_roles(widget: QWidget) -> set[QAccessible.Role]:
    if isinstance(widget, QCheckBox):
        return {Role.CheckBox}
    if isinstance(widget, QRadioButton):
        return {Role.RadioButton}
    if isinstance(widget, QAbstractButton):
        return {Role.Button, Role.CheckBox} if widget.isCheckable() else {Role.Button}
    if isinstance(widget, QComboBox):
        return {Role.ComboBox}
    if isinstance(widget, QAbstractSpinBox):
        return {Role.SpinBox}
    if isinstance(widget, QLineEdit):
        return {Role.EditableText}
    if isinstance(widget, QAbstractSlider):
        return {Role.Slider}
    if isinstance(widget, QTableView):
        return {Role.Table}
    if isinstance(widget, QTreeView):
        return {Role.Tree}
    if isinstance(widget, QListView):
        return {Role.List}
    if isinstance(widget, QTabBar):
        return {Role.PageTabList}
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return {Role.EditableText, Role.StaticText}
    if isinstance(widget, QLabel):
        return {Role.StaticText}
    if isinstance(widget, QScrollArea):
        return {Role.Client, Role.ScrollBar, Role.Pane}
    return set()


def _inside_another_control(widget: QWidget) -> bool:
    """Parts of a control (a spin box's editor, a table's corner button, a combo's field)."""
    node = widget.parentWidget()
    while node is not None:
        if isinstance(node, QAbstractSpinBox | QComboBox | QAbstractItemView):
            return True
        node = node.parentWidget()
    return False


def _interactive(window: QWidget, page: QWidget) -> list[QWidget]:
    found = []
    for widget in page.findChildren(QWidget):
        if not shown(widget, window) or not widget.isEnabled():
            continue
        if isinstance(widget, QScrollBar | QHeaderView | focus_ring.FocusRing):
            continue
        if _inside_another_control(widget):
            continue
        if isinstance(widget, QLabel):
            flags = widget.textInteractionFlags()
            if not (flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard) and not (
                widget.openExternalLinks() and "href" in widget.text()
            ):
                continue
            if "href" not in widget.text():
                continue
        elif isinstance(widget, QScrollArea):
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
        elif (
            isinstance(widget, QAbstractScrollArea)
            and not isinstance(widget, QAbstractItemView | QTextEdit | QPlainTextEdit)
        ) or not isinstance(
            widget,
            QAbstractButton
            | QComboBox
            | QAbstractSpinBox
            | QLineEdit
            | QAbstractSlider
            | QAbstractItemView
            | QTabBar
            | QTextEdit
            | QPlainTextEdit,
        ):
            continue
        found.append(widget)
    return found


def _describe_problems(widget: QWidget) -> list[Violation]:
    found = []
    place = where(widget)
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return [Violation("name", place, "no accessible interface")]
    name = interface.text(QAccessible.Text.Name).strip()
    if not name:
        found.append(Violation("name", place, f"{type(widget).__name__} without a name"))
    roles = _expected_roles(widget)
    if roles and interface.role() not in roles:
        found.append(Violation("role", place, f"{interface.role().name}, not {roles}"))
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not interface.state().focusable:
        found.append(Violation("focus", place, f"focus policy {widget.focusPolicy().name}"))
    return found


def _owner(widget: QWidget | None, targets: set[int]) -> QWidget | None:
    """The interactive widget a focused widget belongs to (a spin box for its editor)."""
    while widget is not None:
        if id(widget) in targets:
            return widget
        widget = widget.parentWidget()
    return None


def _tabs_allowed(widget: QWidget) -> int:
    """How many Tabs a widget may keep: a date edit steps through its sections (year, month)
    and a text through its links before it lets go; everything else takes one."""
    if isinstance(widget, QDateTimeEdit):
        return widget.sectionCount()
    if isinstance(widget, QLabel):  # the label, then from link to link, as in a browser
        return 1 + widget.text().count("href=")
    if isinstance(widget, QTextBrowser):
        return 1 + widget.toHtml().count("href=")
    return 1


def _ring_problem(widget: QWidget, window: QWidget) -> str:
    ring = focus_ring.ring()
    if ring is None or not ring.isVisible():
        return "no focus ring shown"
    top_left = widget.mapTo(window, QPoint(0, 0))
    target = QRect(top_left, widget.size())
    ring_box = QRect(ring.mapTo(window, QPoint(0, 0)), ring.size())
    if not ring_box.contains(target.adjusted(1, 1, -1, -1)):
        return f"ring {ring_box} does not surround {target}"
    return ""


def _tab_walk(app: QApplication, window, page: QWidget, targets: list[QWidget]):  # type: ignore[no-untyped-def]
    """Press Tab from the navigation all the way round; what was reached, in order."""
    by_id = {id(w) for w in targets}
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    settle(app, 2)
    start = QApplication.focusWidget()
    reached: list[QWidget] = []
    problems: list[Violation] = []
    last, presses = None, 0
    for _ in range(3 * len(targets) + 400):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is start:
            break
        owner = _owner(focused, by_id)
        if owner is None:
            continue
        presses = presses + 1 if owner is last else 1
        if presses == _tabs_allowed(owner) + 1:
            problems.append(Violation("trap", where(owner), "Tab stays in it"))
        if owner is not last:
            reached.append(owner)
            problem = _ring_problem(owner, window)
            if problem:
                problems.append(Violation("ring", where(owner), problem))
        last = owner
    else:
        problems.append(Violation("tab", where(page), "Tab never came back to the navigation"))
    return reached, problems


@pytest.mark.slow
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_control_is_named_and_reached_by_tab(  # type: ignore[no-untyped-def]
    build_window, qapp, qtbot, tmp_path: Path, language
) -> None:
    _, window = build_window(tmp_path / "data", language)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    found: list[Violation] = []
    checked = 0
    for page_id in PAGE_IDS:
        page = open_page(qapp, window, page_id)
        targets = _interactive(window, page)
        checked += len(targets)
        for widget in targets:
            found += _describe_problems(widget)
        reached, problems = _tab_walk(qapp, window, page, targets)
        found += problems
        reached_ids = {id(w) for w in reached}
        for widget in targets:
            tabbable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if tabbable and id(widget) not in reached_ids:
                found.append(Violation("tab", where(widget), f"{page_id}: never reached"))
    assert checked > 50  # the walk really met the pages' controls
    found = [Violation(v.check, v.place, f"{language}: {v.detail}") for v in found]
    new, fixed = compare_with_known(found, KNOWN)
    assert not new and not fixed, "\n" + report(new, fixed)
