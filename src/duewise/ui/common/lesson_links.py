"""The links of a lesson text as keyboard stops: one small focusable widget over each link.

A ``QTextBrowser`` can step through its anchors with Tab, but a screen reader hears nothing of it:
the focus stays on the text, no link is reported and the glossary's tooltip is never read. So
:class:`~duewise.ui.common.lesson_text.LessonText` puts a :class:`TextLink` over every link of its
text (glossary terms, lesson and section links, web addresses) and takes its own anchors out of
the keyboard's way. Each ``TextLink`` is a real widget: Tab and Shift+Tab reach it in reading
order (after the text, before whatever follows it, so Tab leaves after the last link), the app's
focus ring is drawn around it, and screen readers get its role (link, through the accessibility
factory installed here), its name (the link's words) and, for a glossary term, the definition as
its description. Enter, Space or F1 opens it; Escape closes an open definition and leaves the
focus on the term. The mouse goes through it to the text underneath (hover and click as before).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QFocusEvent,
    QKeyEvent,
    QTextCursor,
    QTextDocument,
    QTextLine,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextEdit, QToolTip, QWidget

#: The keys that open a link (follow it, or show a glossary term's definition).
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_F1)


@dataclass(frozen=True, slots=True)
class Anchor:
    """One link of a document: its target and the characters it covers (``start``–``end``)."""

    href: str
    start: int
    end: int
    text: str


def anchors(document: QTextDocument) -> list[Anchor]:
    """Every link of ``document`` in reading order (fragments of one link are joined)."""
    found: list[Anchor] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            href = fmt.anchorHref() if fmt.isAnchor() else ""
            if href:
                start, end = fragment.position(), fragment.position() + fragment.length()
                last = found[-1] if found else None
                if last is not None and last.href == href and last.end == start:
                    found[-1] = Anchor(href, last.start, end, last.text + fragment.text())
                else:
                    found.append(Anchor(href, start, end, fragment.text()))
            it += 1
        block = block.next()
    return [a for a in found if a.text.strip()]


def anchor_rect(view: QTextEdit, start: int, end: int) -> QRect:
    """Where the characters ``start``–``end`` stand in ``view``'s viewport: their line's rectangle,
    or the part on the first line when the link wraps (a ring around two half lines would also
    enclose words that are not the link)."""
    document = view.document()
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    first = view.cursorRect(cursor)
    cursor.setPosition(end)
    last = view.cursorRect(cursor)
    if last.top() == first.top() and last.left() > first.left():
        return QRect(first.left(), first.top(), last.left() - first.left(), first.height())
    block = document.findBlock(start)
    layout = block.layout()
    line = layout.lineForTextPosition(start - block.position()) if layout is not None else None
    if line is None or not line.isValid():
        return QRect(first.left(), first.top(), max(first.width(), 1), first.height())
    offset = first.left() - _x(line, start - block.position())
    right = offset + _x(line, line.textStart() + line.textLength())
    return QRect(first.left(), first.top(), max(round(right) - first.left(), 1), first.height())


def _x(line: QTextLine, position: int) -> float:
    """The x of a cursor position on ``line`` (PySide returns it with the position it used)."""
    found = line.cursorToX(position)
    return float(found[0] if isinstance(found, tuple) else found)


class TextLink(QWidget):
    """A keyboard stop over one link of a lesson text (see the module docstring).

    Args:
        anchor: the link.
        open_link: called with this widget to follow the link or show the definition.
        parent: the text's viewport.
    """

    def __init__(
        self, anchor: Anchor, open_link: Callable[[TextLink], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        install_accessibility()
        self.anchor = anchor
        self._open_link = open_link
        #: A definition opened from the keyboard is showing (Escape closes it).
        self.definition_open = False
        self.setObjectName("textLink")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(" ".join(anchor.text.split()))

    @property
    def href(self) -> str:
        """The link's target (``glossary:id``, ``lesson:id#section``, ``#section``, ``https:``)."""
        return self.anchor.href

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter, Space or F1 open the link; Escape closes an open definition."""
        key = event.key()
        if key in OPEN_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self._open_link(self)
            return
        if key == Qt.Key.Key_Escape and (self.definition_open or QToolTip.isVisible()):
            QToolTip.hideText()
            self.definition_open = False
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """The definition goes with the focus."""
        if self.definition_open:
            QToolTip.hideText()
            self.definition_open = False
        super().focusOutEvent(event)


# --- the accessibility factory: TextLink is a link ---------------------------------------------

_installed = False


def _factory(key: str, obj: object) -> QAccessibleInterface | None:
    del key
    if isinstance(obj, TextLink):
        return QAccessibleWidget(obj, QAccessible.Role.Link)
    return None


def install_accessibility() -> None:
    """Tell Qt's accessibility layer that a :class:`TextLink` has the role *link* (once)."""
    global _installed  # noqa: PLW0603 - one factory per process, like Qt's own
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
