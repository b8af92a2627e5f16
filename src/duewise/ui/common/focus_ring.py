"""One focus ring for the whole app: a thick outline, in the theme's focus colour, around the
widget that has the keyboard focus.

Fusion marks focus with a 1-pixel line close to the control's own border colour, which is hard to
see (WCAG 2.2 SC 2.4.7 asks the focus to be visible; SC 1.4.11 asks 3:1 for it). Style-sheet
``:focus`` rules would replace Fusion's drawing of every push button and combo box, so instead a
``QFocusFrame`` follows the focus: it sits just outside the focused widget (in the margin the
style keeps for it) and is painted here as a solid ring of ``RING_WIDTH`` pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget
from shiboken6 import isValid

#: Pixels of the ring; it covers the style's focus-frame margin and one pixel of the widget.
RING_WIDTH = 3


class FocusRing(QFocusFrame):
    """The ring around the focused widget (made and moved by :func:`install`)."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.setObjectName("focusRing")

    def paintEvent(self, event: QPaintEvent) -> None:
        """A rounded rectangle of ``RING_WIDTH`` pixels in ``colour``."""
        del event
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            # QPen() and strokePath, not QPen(colour) and setPen: their overloads take Qt
            # enums, and the first use of one builds all ~95 of Qt's namespace (~25 ms) in the
            # middle of the app's first paint.
            pen = QPen()
            pen.setColor(QColor(self.colour))
            pen.setWidthF(RING_WIDTH)
            half = RING_WIDTH / 2
            ring = QPainterPath()
            ring.addRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
            painter.strokePath(ring, pen)
        finally:
            painter.end()


class _Tracker:
    """Moves the ring to each newly focused widget (one per application)."""

    def __init__(self, app: QApplication, colour: str) -> None:
        self.colour = colour
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._on_app_focus_changed)

    def set_colour(self, colour: str) -> None:
        self.colour = colour
        if self.ring is not None and isValid(self.ring):
            self.ring.colour = colour
            self.ring.update()

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # The ring lives in the focused widget's parent; it goes when that parent goes.
        if self.ring is None or not isValid(self.ring):
            self.ring = FocusRing(self.colour)
        if new is not None and not isValid(new):
            new = None
        self.ring.setWidget(new)


_tracker: _Tracker | None = None


def install(app: QApplication, colour: str) -> None:
    """Draw the focus ring in ``colour`` from now on (call again when the theme changes)."""
    global _tracker  # noqa: PLW0603 - one tracker per process, like the app's style
    if _tracker is None:
        _tracker = _Tracker(app, colour)
    else:
        _tracker.set_colour(colour)


def ring() -> FocusRing | None:
    """The ring, if the focus has moved since :func:`install` (tests)."""
    if _tracker is None or _tracker.ring is None or not isValid(_tracker.ring):
        return None
    return _tracker.ring
