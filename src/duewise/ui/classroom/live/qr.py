"""The join QR code, drawn by Qt from segno's module matrix (made here, nothing fetched).

The code holds the join address with the code in its fragment (``http://host:port/#482913``):
the page fills the code in, and a fragment is never sent to the server or logged. Error
correction M survives a projector's glare and a phone held at an angle.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white around the code (ISO/IEC 18004)


def join_link(url: str, code: str) -> str:
    """What the QR code holds: the address with the join code after ``#``."""
    return f"{url.rstrip('/')}/#{code}"


def matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules of ``text`` (``True`` is dark), without the quiet zone."""
    code = segno.make_qr(text, error="m", boost_error=False)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


class QrCode(QWidget):
    """A square QR code, black on white with its quiet zone, as large as the widget allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._modules: tuple[tuple[bool, ...], ...] = ()
        self._cache: QPixmap | None = None
        self.text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)

    def set_text(self, text: str) -> None:
        """Show the code of ``text`` (empty: nothing)."""
        self.text = text
        self._modules = matrix(text) if text else ()
        self._cache = None
        self.setAccessibleName(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(240, 240)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def _picture(self, side: int) -> QPixmap:
        """The code drawn once per size (a paint then costs one call, not one per module)."""
        if self._cache is not None and self._cache.width() == side:
            return self._cache
        count = len(self._modules) + 2 * QUIET_ZONE
        pixmap = QPixmap(side, side)
        pixmap.fill(QColor("white"))
        painter = QPainter(pixmap)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        cell = side / count
        for y, row in enumerate(self._modules):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(
                        QRectF(
                            (x + QUIET_ZONE) * cell,
                            (y + QUIET_ZONE) * cell,
                            cell + 0.5,
                            cell + 0.5,
                        )
                    )
        painter.end()
        self._cache = pixmap
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._modules:
            return
        side = min(self.width(), self.height())
        painter = QPainter(self)
        left, top = (self.width() - side) // 2, (self.height() - side) // 2
        painter.drawPixmap(left, top, self._picture(side))
        painter.end()
