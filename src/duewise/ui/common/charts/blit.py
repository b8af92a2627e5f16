"""What the fast-redrawing charts share: fixed tick positions with "nice" scales, and a canvas
that blits its animated artists over a kept background.

See ``calculator_charts`` for why: a full matplotlib draw costs 100–300 ms, an edit may take 30.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence

from matplotlib.artist import Artist
from matplotlib.backend_bases import DrawEvent, Event
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.layout_engine import ConstrainedLayoutEngine
from PySide6.QtWidgets import QWidget

from duewise.ui.common.charts.base import ChartCanvas, TickOverlay

#: From this text size on, charts lay out for large text (taller, legends in one column). The
#: text itself keeps growing up to 200 %: ``ChartCanvas`` never draws it smaller than the body
#: text, whatever size a chart asks for.
CHART_TEXT_SCALE_MAX = 150
_NICE = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceiling(value: float) -> float:
    """The smallest "nice" number (1, 1.2, 1.5, 2 … 8 × 10ⁿ) at or above ``value``."""
    if not math.isfinite(value) or value <= 0:
        return 1.0
    scale = 10 ** math.floor(math.log10(value))
    for m in _NICE:
        if value <= m * scale * (1 + 1e-12):
            return m * scale
    return 10 * scale


def nice_scale(value: float, intervals: int) -> tuple[float, float]:
    """``(top, step)`` for an axis from 0 with ``intervals`` equal steps: the step is "nice" and
    the top (``step × intervals``) is at or above ``value``."""
    step = nice_ceiling(value / intervals) if value > 0 else 1.0
    return step * intervals, step


def tick_text(value: float, step: float) -> str:
    """A tick label: grouped digits, with as many decimals as the step needs."""
    decimals = 0
    while decimals < 6 and abs(step * 10**decimals - round(step * 10**decimals)) > 1e-9:
        decimals += 1
    return f"{value:,.{decimals}f}"


def fractions(intervals: int) -> list[float]:
    """``intervals + 1`` evenly spaced positions from 0 to 1 (fixed tick positions)."""
    return [i / intervals for i in range(intervals + 1)]


def quiet_layout(canvas: FigureCanvasQTAgg) -> None:
    """Let a too-small canvas skip the constrained layout silently.

    While a page is being laid out its canvas can be tiny for a moment; matplotlib then warns that
    the layout collapsed and draws without it. The next resize lays it out properly.
    """
    draw = canvas.draw

    def quiet_draw() -> None:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "constrained_layout not applied", UserWarning)
            draw()

    canvas.draw = quiet_draw  # type: ignore[method-assign]


class BlitChart(ChartCanvas):
    """A chart whose data artists are animated and blitted over a kept background.

    Subclasses list their animated artists in ``self._animated`` (in drawing order) and call
    ``_blit()`` after a data change, ``_full_redraw()`` after anything else changed and
    ``relayout()`` when the layout must run again (texts, text size).
    """

    def __init__(self, parent: QWidget | None, *, height_in: float) -> None:
        super().__init__(parent, height_in=height_in)
        quiet_layout(self.canvas)
        self._animated: list[Artist] = []
        self._background: object | None = None
        self._full_pending = True
        self.full_draws = 0  # how many full draws ran (tests, benchmarks)
        self.blits = 0
        self.canvas.mpl_connect("draw_event", self._on_canvas_draw)
        self.canvas.mpl_connect("resize_event", self._on_canvas_resize)

    def relayout(self) -> None:
        """Run the constrained layout on the next draw (texts, text size or size changed)."""
        self.figure.set_layout_engine("constrained")
        self._full_redraw()

    def _on_canvas_resize(self, _event: Event) -> None:
        self.figure.set_layout_engine("constrained")
        self._full_pending = True

    def redraw(self) -> None:
        """Show the updated artists: blit over the kept background, or a full draw if needed."""
        self._blit()

    def style_changed(self) -> None:
        """The app's text size or theme changed: lay the figure out again."""
        self.relayout()

    def _full_redraw(self) -> None:
        self._full_pending = True
        self.canvas.draw_idle()
        self.canvas.update()  # after an export only a paint event draws
        self.text_alternative_changed()

    def _on_canvas_draw(self, _event: DrawEvent) -> None:
        # A full draw leaves out the animated artists: keep it as the background, then add them.
        # The layout just ran; keep it fixed until the size or the texts change.
        # An export: matplotlib draws the animated artists itself. A PNG is saved by this
        # canvas; an SVG or PDF by a canvas of that format that stands in for it meanwhile.
        if self.figure.canvas is not self.canvas or self.canvas.is_saving():
            return
        if isinstance(self.figure.get_layout_engine(), ConstrainedLayoutEngine):
            self.figure.set_layout_engine("none")
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        self._full_pending = False
        self.full_draws += 1
        self._draw_animated()

    def _draw_animated(self) -> None:
        for artist in self._animated:
            if artist.get_visible():
                self.figure.draw_artist(artist)

    def _blit(self) -> None:
        if self._full_pending or self._background is None:
            self._full_redraw()
            return
        self.canvas.restore_region(self._background)
        self._draw_animated()
        # The whole canvas: the tick labels Qt paints over it may have changed too.
        self.canvas.blit()
        self.blits += 1
        self.text_alternative_changed()

    def _update_ticks(
        self, overlay: TickOverlay, positions: Sequence[float], labels: list[str]
    ) -> bool:
        """New tick labels (and positions). True if the figure itself must be drawn again."""
        moved = overlay.set_positions(positions)
        if overlay.set_labels(labels):
            self.figure.set_layout_engine("constrained")
            return True
        return moved

    def _update_scale(self, overlay: TickOverlay, intervals: int, step: float) -> bool:
        """Label an axis of ``intervals`` equal steps of ``step`` (0, step, 2 × step …). True if
        the figure itself must be drawn again."""
        labels = [tick_text(i * step, step) for i in range(intervals + 1)]
        return self._update_ticks(overlay, fractions(intervals), labels)

    def after_export(self) -> None:
        self._full_pending = True
        super().after_export()

    def draw_now(self) -> None:
        """Finish any pending redraw synchronously (benchmarks, exports)."""
        if self._full_pending:
            self.canvas.draw()
