"""Glossary terms and other links in lesson text, by keyboard and screen reader alone.

Tab and Shift+Tab step from link to link and leave the text after the last one; the focused
term has the focus ring in each theme's focus colour; Qt's accessibility interface gives each
link the role *link*, its words as the name and a term's definition as the description; Enter
or F1 shows the definition (and says it), Escape closes it and the focus stays on the term.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor
from PySide6.QtWidgets import QApplication, QPushButton, QToolTip, QVBoxLayout, QWidget

from duewise.content.model import GlossaryTerm, Language, Text
from duewise.ui.common import focus_ring, theme
from duewise.ui.common.lesson_links import TextLink
from duewise.ui.common.lesson_text import Glossary, LessonText

TEXT = (
    "On the [due date](glossary:due-date) the bill must be paid; the "
    "[minimum payment](glossary:minimum) keeps you current. Read more in "
    "[lesson 4](lesson:minimum-payment#why), [the rules](#rules) or "
    "[the regulator's page](https://www.pbc.gov.cn/)."
)
DUE = GlossaryTerm(
    "due-date",
    Text("到期还款日", "due date"),
    Text("必须还款的最后一天。", "The last day to pay the bill without being late."),
    "l1",
)
MINIMUM = GlossaryTerm(
    "minimum",
    Text("最低还款额", "minimum payment"),
    Text("按时还上它，账户就不算逾期。", "Paying it on time keeps the account current."),
    "l1",
)


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, QAccessible.AnnouncementPoliteness]]:
    """What DueWise announces (Qt passes it on to a screen reader when one runs)."""
    found: list = []

    def record(event: QAccessibleEvent) -> None:
        if event.type() == QAccessible.Event.Announcement:
            found.append((event.message(), event.politeness()))

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return found


@pytest.fixture
def lesson(qtbot):  # type: ignore[no-untyped-def]
    """A window: a button, the lesson text, a button (what comes before and after it)."""
    glossary = Glossary()
    glossary.terms = {DUE.id: DUE, MINIMUM.id: MINIMUM}
    glossary.language = Language.EN
    window = QWidget()
    layout = QVBoxLayout(window)
    before = QPushButton("Before", window)
    view = LessonText(glossary, window)
    after = QPushButton("After", window)
    for widget in (before, view, after):
        layout.addWidget(widget)
    view.set_lesson_markdown(TEXT)
    qtbot.addWidget(window)
    window.resize(640, 300)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window, before, view, after


def _tab(qtbot, backwards: bool = False) -> QWidget:  # type: ignore[no-untyped-def]
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, modifier)
    return QApplication.focusWidget()


def test_tab_steps_through_every_link_and_leaves_after_the_last(lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, before, view, after = lesson
    before.setFocus(Qt.FocusReason.TabFocusReason)
    assert _tab(qtbot) is view  # the text itself: a screen reader reads it
    reached = [_tab(qtbot) for _ in range(5)]
    assert all(isinstance(w, TextLink) for w in reached)
    assert [w.accessibleName() for w in reached] == [
        "due date",
        "minimum payment",
        "lesson 4",
        "the rules",
        "the regulator's page",
    ]
    assert _tab(qtbot) is after  # no trap
    back = [_tab(qtbot, backwards=True) for _ in range(6)]
    assert back == [*reversed(reached), view]
    assert _tab(qtbot, backwards=True) is before


def test_a_screen_reader_gets_each_links_role_name_and_definition(lesson) -> None:  # type: ignore[no-untyped-def]
    _, _, view, _ = lesson
    seen = []
    for link in view.links:
        interface = QAccessible.queryAccessibleInterface(link)
        assert interface is not None and interface.isValid()
        assert interface.state().focusable
        seen.append(
            (
                interface.role(),
                interface.text(QAccessible.Text.Name),
                interface.text(QAccessible.Text.Description),
            )
        )
    assert seen == [
        (QAccessible.Role.Link, "due date", DUE.definition.en),
        (QAccessible.Role.Link, "minimum payment", MINIMUM.definition.en),
        (QAccessible.Role.Link, "lesson 4", "Opens another lesson."),
        (QAccessible.Role.Link, "the rules", "Goes to another section of this lesson."),
        (
            QAccessible.Role.Link,
            "the regulator's page",
            "Opens https://www.pbc.gov.cn/ in your web browser.",
        ),
    ]
    # The links are children of the text in the accessibility tree (reached by exploring).
    parent = QAccessible.queryAccessibleInterface(view.links[0]).parent()
    assert (
        parent is not None
        and parent.indexOfChild(QAccessible.queryAccessibleInterface(view.links[0])) >= 0
    )


# The offscreen platform cannot raise the tooltip window; the tooltip is shown all the same.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_F1])
def test_enter_or_f1_opens_the_definition_and_escape_closes_it(lesson, qtbot, said, key) -> None:  # type: ignore[no-untyped-def]
    _, _, view, _ = lesson
    term = view.links[1]
    term.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(view.glossary.term_shown) as shown:
        qtbot.keyClick(term, key)
    assert shown.args == ["minimum"]
    assert QToolTip.isVisible()
    text = QToolTip.text()
    assert MINIMUM.term.en in text and MINIMUM.definition.en in text
    assert MINIMUM.term.zh in text and MINIMUM.definition.zh in text  # both languages
    assert said == [
        (f"minimum payment: {MINIMUM.definition.en}", QAccessible.AnnouncementPoliteness.Polite)
    ]
    qtbot.keyClick(term, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    assert QApplication.focusWidget() is term  # the focus is back on (never left) the term


def test_enter_on_other_links_follows_them(lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, view, _ = lesson
    lesson_link, section_link, web_link = view.links[2:]
    lesson_link.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(view.lesson_link_activated) as blocker:
        qtbot.keyClick(lesson_link, Qt.Key.Key_Return)
    assert blocker.args == ["minimum-payment", "why"]
    with qtbot.waitSignal(view.section_link_activated) as blocker:
        qtbot.keyClick(section_link, Qt.Key.Key_Enter)
    assert blocker.args == ["rules"]
    with qtbot.waitSignal(view.web_link_activated) as blocker:
        qtbot.keyClick(web_link, Qt.Key.Key_Space)
    assert blocker.args[0].toString() == "https://www.pbc.gov.cn/"


def _ring_pixels(window: QWidget, around: QRect, colour: str) -> int:
    image = window.grab().toImage()
    wanted = QColor(colour).rgb()
    box = around.adjusted(-6, -6, 6, 6)
    return sum(
        1
        for x in range(max(box.left(), 0), min(box.right(), image.width() - 1))
        for y in range(max(box.top(), 0), min(box.bottom(), image.height() - 1))
        if image.pixel(x, y) == wanted
    )


@pytest.mark.parametrize("name", list(theme.SCHEMES))
def test_the_focused_term_wears_the_focus_ring_in_every_theme(lesson, qtbot, qapp, name) -> None:  # type: ignore[no-untyped-def]
    window, _, view, after = lesson
    theme.apply(qapp, name, 100)
    try:
        term = view.links[0]
        term.setFocus(Qt.FocusReason.TabFocusReason)
        ring = focus_ring.ring()
        assert ring is not None and ring.isVisible() and ring.widget() is term
        where = QRect(term.mapTo(window, QPoint(0, 0)), term.size())
        assert QRect(ring.mapTo(window, QPoint(0, 0)), ring.size()).contains(where)
        assert where.width() >= view.fontMetrics().horizontalAdvance("due") > 0
        # Drawn: a solid ring in the theme's focus colour (3:1 against the card, computed by
        # test_contrast) frames the term, and nothing of that colour is there without focus.
        colour = theme.scheme_for(name).focus
        assert _ring_pixels(window, where, colour) > 2 * where.width()
        after.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: ring.widget() is after)
        assert _ring_pixels(window, where, colour) < where.width() // 2
    finally:
        theme.apply(qapp, "light", 100)


def test_links_follow_their_words_when_the_text_wraps_again(lesson, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, _, view, _ = lesson
    link = view.links[4]
    wide = link.geometry()
    window.resize(260, 600)
    qtbot.waitUntil(lambda: link.geometry() != wide)
    cursor = view.cursorForPosition(link.geometry().center())
    assert link.anchor.start <= cursor.position() <= link.anchor.end
