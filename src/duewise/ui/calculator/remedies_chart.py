"""The remedies view's pictures: what is owed over time in every remedy (one chart, told apart by
colour, line style and marker), and each remedy's credit record as a strip of month cells.

The chart redraws as the calculator's charts do (``charts``): fixed tick positions with painted
labels, the lines animated and blitted over a kept background, so an edit costs no full draw.
The strips are painted by Qt (no widget per cell) and write every code in its cell, so nothing
depends on telling colours apart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from duewise.ui.common.charts.base import COLOURS, SERIES_CYCLE
from duewise.ui.common.charts.blit import CHART_TEXT_SCALE_MAX, BlitChart, fractions, nice_scale
from duewise.ui.common.record_grid import code_colour

#: How each remedy is drawn: colour (Okabe-Ito), line style and marker, so that the four lines
#: are told apart in black and white too.
REMEDY_STYLES = {
    "repay-now": (COLOURS["on_time"], "-", "o"),
    "negotiate": (SERIES_CYCLE[2], "--", "s"),
    "minimum": (SERIES_CYCLE[4], "-.", "^"),
    "keep-missing": (COLOURS["scenario"], ":", "D"),
}
REMEDY_ORDER = tuple(REMEDY_STYLES)
_DARK_CODES = frozenset({"7", "CO", "B", "D", "Z"})


class RemediesChart(BlitChart):
    """Owed at each due date for every remedy, over the same months."""

    MONEY_STEPS, MONTH_STEPS = 4, 6
    #: Canvas height in pixels at 100 % text.
    HEIGHT = 280

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, height_in=2.8)
        self.set_fixed_height(self.HEIGHT)
        self.axes = self.figure.add_subplot()
        self.lines = {}
        for name in REMEDY_ORDER:
            colour, style, marker = REMEDY_STYLES[name]
            (line,) = self.axes.plot(
                [],
                [],
                style,
                color=colour,
                linewidth=2,
                marker=marker,
                markersize=4,
                markevery=6,
                animated=True,
            )
            self.lines[name] = line
        self.axes.set_xlim(-0.01, 1.01)
        self.axes.set_ylim(0, 1)
        self.money_ticks = self.add_tick_overlay(
            self.axes.yaxis, fractions(self.MONEY_STEPS), placeholder="8,888"
        )
        self.month_ticks = self.add_tick_overlay(
            self.axes.xaxis, fractions(self.MONTH_STEPS), placeholder="88"
        )
        self.axes.grid(True, axis="y", alpha=0.3)
        self.legend = self.figure.legend(
            list(self.lines.values()),
            [""] * len(self.lines),
            loc="outside upper left",
            ncols=4,
            frameon=False,
        )
        self._animated = list(self.lines.values())
        self._values: dict[str, list[float]] = {}
        #: The texts last set: (x label, y label, names, text scale).
        self.texts: tuple[str, str, dict[str, str], int] | None = None
        self.x_max = float(self.MONTH_STEPS)
        self.y_max = 1.0

    def set_texts(
        self, *, x_label: str, y_label: str, names: dict[str, str], text_scale: int = 100
    ) -> None:
        """Set every label (language change, text size) and lay the figure out again."""
        self.texts = (x_label, y_label, dict(names), text_scale)
        self.axes.set_xlabel(x_label)
        self.axes.set_ylabel(y_label)
        large = text_scale >= 150
        self.legend.remove()
        self.legend = self.figure.legend(
            [self.lines[n] for n in REMEDY_ORDER],
            [names[n] for n in REMEDY_ORDER],
            loc="outside upper left",
            ncols=2 if large else 4,
            frameon=False,
        )
        self.set_fixed_height(int(self.HEIGHT * (1.5 if large else 1.0)))
        self.scale_fonts(min(text_scale, CHART_TEXT_SCALE_MAX))
        self.apply_palette()
        self.relayout()

    def set_data(self, owed: dict[str, Sequence[float]]) -> None:
        """``owed[name]``: owed at each due date of that remedy (all over the same months)."""
        self._values = {name: list(values) for name, values in owed.items()}
        n = max((len(v) for v in self._values.values()), default=1)
        self.x_max = float(max(6, math.ceil(max(n - 1, 1) / 6) * 6))
        top = max((max(v, default=0.0) for v in self._values.values()), default=0.0)
        self.y_max, step = nice_scale(top * 1.08, self.MONEY_STEPS)
        for name, line in self.lines.items():
            values = self._values.get(name, [])
            line.set_data(
                [i / self.x_max for i in range(len(values))], [v / self.y_max for v in values]
            )
        x_step = self.x_max / self.MONTH_STEPS
        redraw = self._update_scale(self.money_ticks, self.MONEY_STEPS, step)
        redraw |= self._update_scale(self.month_ticks, self.MONTH_STEPS, x_step)
        if redraw:
            self._full_redraw()
        else:
            self._blit()

    def series(self) -> dict[str, list[float]]:
        """What each line shows, in money (tests, accessibility)."""
        return {name: list(values) for name, values in self._values.items()}

    def line_styles(self) -> dict[str, tuple[str, str, str]]:
        """Each line's colour, line style and marker as drawn (tests)."""
        return {
            name: (str(line.get_color()), str(line.get_linestyle()), str(line.get_marker()))
            for name, line in self.lines.items()
        }


def _fitting_font(font: QFont, width: float) -> QFont:
    """``font``, smaller if need be, so that the widest code ("180") fits ``width`` pixels."""
    small = QFont(font)
    for _ in range(12):
        if QFontMetrics(small).horizontalAdvance("180") <= width:
            break
        if small.pointSizeF() > 0:
            small.setPointSizeF(max(small.pointSizeF() - 0.5, 5.0))
        else:
            small.setPixelSize(max(small.pixelSize() - 1, 6))
    return small


@dataclass(frozen=True)
class Strip:
    """One row of :class:`RecordStrips`: its label, its codes and a tooltip line per cell."""

    label: str
    codes: tuple[str, ...]
    tips: tuple[str, ...]


class RecordStrips(QWidget):
    """Credit records side by side: one row of month cells per remedy, the code in each cell.

    A header row numbers the months from the first statement; the cell colours repeat what the
    codes say (``record_grid.code_colour``), darker for longer delinquencies.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strips: list[Strip] = []
        self._months: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_strips(self, strips: Sequence[Strip], month_labels: Sequence[str]) -> None:
        """Show ``strips`` under a header of ``month_labels`` (one per cell)."""
        self._strips = list(strips)
        self._months = list(month_labels)
        self.updateGeometry()
        self.update()

    def strips(self) -> list[Strip]:
        """The rows shown (tests, accessibility)."""
        return list(self._strips)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 8

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(s.label) for s in self._strips), default=0)
        return min(widest + 12, max(self.width() // 3, 60))

    def sizeHint(self) -> QSize:
        """One header row and one row per strip."""
        return QSize(600, self._row_height() * (len(self._strips) + 1) + 2)

    def minimumSizeHint(self) -> QSize:
        """As tall as its rows; any width (cells narrow down)."""
        return QSize(200, self.sizeHint().height())

    def _cells(self) -> tuple[int, float, int]:
        count = max((len(s.codes) for s in self._strips), default=0)
        left = self._label_width()
        width = (self.width() - left - 2) / max(count, 1)
        return left, width, count

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the header, the labels and the cells."""
        del event
        painter = QPainter(self)
        fg = self.palette().color(QPalette.ColorRole.WindowText)
        row = self._row_height()
        left, width, count = self._cells()
        font = QFont(self.font())
        small = _fitting_font(font, width - 2)
        painter.setFont(small)
        painter.setPen(fg)
        metrics = painter.fontMetrics()
        drawn_to = -1.0
        for i, text in enumerate(self._months[:count]):
            x = left + i * width
            if not text or x < drawn_to:
                continue  # no room: the tooltip names every month
            painter.drawText(
                QRectF(x, 0, metrics.horizontalAdvance(text) + 2, row),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            drawn_to = x + metrics.horizontalAdvance(text + " ")
        for r, strip in enumerate(self._strips):
            top = (r + 1) * row
            painter.setFont(font)
            painter.setPen(fg)
            painter.drawText(
                QRectF(0, top, left - 6, row),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                painter.fontMetrics().elidedText(
                    strip.label, Qt.TextElideMode.ElideRight, left - 6
                ),
            )
            painter.setFont(small)
            for i, code in enumerate(strip.codes):
                rect = QRectF(left + i * width + 1, top + 2, max(width - 2, 1), row - 4)
                painter.fillRect(rect, QColor(code_colour(code)))
                painter.setPen(QColor("#ffffff" if code in _DARK_CODES else "#1f2328"))
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), code)
        painter.end()

    def cell_at(self, point: QPoint) -> tuple[int, int] | None:
        """(strip, month) under ``point``, if any."""
        row = self._row_height()
        left, width, count = self._cells()
        r = point.y() // row - 1
        i = int((point.x() - left) // width) if width > 0 else -1
        if 0 <= r < len(self._strips) and 0 <= i < min(count, len(self._strips[r].codes)):
            return r, i
        return None

    def event(self, event: QEvent) -> bool:
        """A tooltip naming the month and the code's meaning."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cell = self.cell_at(event.pos())
            if cell is None:
                QToolTip.hideText()
            else:
                strip = self._strips[cell[0]]
                tip = strip.tips[cell[1]] if cell[1] < len(strip.tips) else strip.codes[cell[1]]
                QToolTip.showText(event.globalPos(), f"{strip.label}\n{tip}", self)
            return True
        return super().event(event)
