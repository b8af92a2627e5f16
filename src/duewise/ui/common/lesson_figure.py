"""A lesson figure: an image from ``assets/figures/`` and its alt text as the caption."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from duewise.content.model import FigureRef
from duewise.ui.common import basics
from duewise.ui.common.lesson_text import plain


def inside(path: Path, folder: Path) -> bool:
    """Whether ``path`` resolves to a file inside ``folder`` (no ``..`` or links out of it)."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False


class LessonFigure(QWidget):
    """The image scaled to the text size (never wider than its column), with a caption."""

    def __init__(
        self, block: FigureRef, figures_dir: Path, scale: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = basics.paragraph(self, muted=True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setText(plain(block.alt))
        layout.addWidget(self.image)
        layout.addWidget(self.caption)
        self.pixmap = QPixmap()
        # The loader only accepts file names inside assets/figures; check again before reading.
        if inside(block.path, figures_dir) and block.path.is_file():
            self.pixmap = QPixmap(str(block.path))
        if self.pixmap.isNull():
            self.image.setText(f"[{plain(block.alt)}]")
        else:
            width = int(self.pixmap.width() * scale)
            self.image.setPixmap(
                self.pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )
        self.image.setAccessibleName(plain(block.alt))
