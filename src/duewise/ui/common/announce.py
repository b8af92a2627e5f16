"""Live announcements: tell screen-reader users what changed without moving their focus.

Quiz feedback ("Right: …"), a new total under the calculator's fields or a saved plan appear
somewhere on the page that the focus is not on; a sighted user sees them, a blind user hears
nothing unless the app says so (WCAG 2.2 SC 4.1.3, status messages). Qt 6.8 added
``QAccessibleAnnouncementEvent`` (AT-SPI's announcement signal, UIA's notification event),
which DueWise requires (PySide6 >= 6.8), so :func:`announce` sends one. If a PySide6 build lacks
it, the text is put in the widget's accessible name and an ``Alert`` event is sent, which screen
readers read out the same way.

Typing in a field changes a total many times a second: :class:`Announcer` waits until the
changes pause (``DELAY_MS``) and then says the latest text once.

Usage from a screen: ``announce.announce(self.feedback_label, text)`` after showing feedback, or
keep an ``Announcer(self)`` and call ``announcer.say_later(total_text)`` from the slot that
shows the new total.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

try:  # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - every supported PySide6 has it
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]

#: How long typing must pause before a changed total is announced (milliseconds).
DELAY_MS = 700


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` now, as coming from ``widget``.

    Args:
        widget: where the news is shown (a feedback label, a total); it must still exist.
        text: the words to say, in the current language (empty: nothing is sent).
        assertive: interrupt what the reader is saying (errors); polite ones wait their turn.
    """
    text = " ".join(text.split())
    if not text:
        return
    if QAccessibleAnnouncementEvent is not None:
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if assertive
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
        return
    widget.setAccessibleName(text)  # pragma: no cover - Qt before 6.8
    QAccessible.updateAccessibility(
        QAccessibleEvent(widget, QAccessible.Event.Alert)
    )  # pragma: no cover


class Announcer(QObject):
    """Says a changing text once it has stopped changing for ``DELAY_MS`` (totals while typing).

    Signals: none; the announcement goes to the accessibility layer.
    """

    def __init__(self, widget: QWidget, *, delay_ms: int = DELAY_MS) -> None:
        super().__init__(widget)
        self._widget = widget
        self._text = ""
        self._said = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.say_now)

    def say_later(self, text: str) -> None:
        """Announce ``text`` when no newer text has come for ``DELAY_MS`` (a text equal to the
        last one said is not said again)."""
        self._text = text
        self._timer.start()

    def known(self, text: str) -> None:
        """``text`` is on screen without news (the page was hidden, or just built): nothing
        is said now, and it is not said later."""
        self._timer.stop()
        self._text = self._said = text

    def say_or_know(self, text: str) -> None:
        """Announce ``text`` once typing pauses if the widget is on screen; else only note it
        (a hidden page recomputing, or a page's first result, is no news)."""
        if self._widget.isVisible():
            self.say_later(text)
        else:
            self.known(text)

    def say_now(self) -> None:
        """Announce the pending text at once."""
        self._timer.stop()
        if self._text and self._text != self._said:
            announce(self._widget, self._text)
            self._said = self._text

    def pending(self) -> bool:
        """Whether a text waits to be announced (tests)."""
        return self._timer.isActive()
