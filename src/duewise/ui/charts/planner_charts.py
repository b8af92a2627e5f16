"""The planner's chart: total balance per strategy (left) and the chosen plan per debt (right).

One figure with two axes. Every artist is made once and updated in place: the strategy lines with
``set_data``, the stacked areas (``fill_between`` collections, one per debt) with their own
``set_data``; they are re-made only when the number of debts changes.

Redrawing is what costs: a full draw of this figure (mostly its text: tick labels, titles,
legends) takes far longer than the 30 ms an edit may take (DESIGN.md). So:

- the axis limits move in "nice" steps (whole years on x, 1–1.2–1.5–2… on y), so most edits keep
  them;
- the data, the grid, the spines and the legends are *animated* artists, left out of a full draw.
  After a full draw the figure without them is kept as the background; an edit that keeps the
  limits restores it and draws only those artists, in the order a full draw would (stacks, grid,
  lines, spines, legends), then blits. A legend no data comes near is not drawn again but restored
  from a copy taken after the full draw (drawing legend text is the slowest part);
- a full ``draw_idle`` happens only when limits, texts, colours, the text size or the canvas size
  change.

The result is the same picture a plain full draw gives (checked pixel for pixel by the tests).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backend_bases import DrawEvent, Event
from matplotlib.collections import FillBetweenPolyCollection, LineCollection
from matplotlib.layout_engine import PlaceHolderLayoutEngine
from matplotlib.legend import Legend
from matplotlib.transforms import Bbox

from duewise.ui.charts.base import COLOURS, SERIES_CYCLE, ChartCanvas
from duewise.ui.charts.calculator_charts import nice_ceiling

#: Strategy key → (colour, line style): told apart by style as well as colour.
STRATEGY_STYLES = {
    "avalanche": (COLOURS["on_time"], "-"),
    "snowball": (COLOURS["fees"], "--"),
    "custom": (COLOURS["penalty"], "-."),
    "minimum": (COLOURS["scenario"], ":"),
}
#: Month axis ends, in whole years: an edit rarely moves a plan past the next one.
_MONTH_STEPS = tuple(12 * years for years in (1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 25, 30, 40, 50))
#: Grid lines as ``Axes.grid(True, alpha=0.3)`` draws them (they sit above areas, below lines).
_GRID_ALPHA = 0.3
_GRID_ZORDER = 1.5
#: A legend is restored from its copy when no data comes within this many pixels of it.
_LEGEND_PAD = 2
#: Canvas height in pixels at 100 % text (it grows with the text size).
_HEIGHT = 300
_DATA_PAD = 4


def month_ceiling(months: float) -> float:
    """The end of the month axis: the smallest step in ``_MONTH_STEPS`` at or above ``months``."""
    for step in _MONTH_STEPS:
        if months <= step:
            return float(step)
    return float(math.ceil(months / 120) * 120)


class PlannerChart(ChartCanvas):
    """Balance over time for every strategy, and the chosen plan's balance split by debt."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent, height_in=3.0)
        # A fixed height: a canvas that follows the page layout is resized (and fully redrawn)
        # whenever an edit rewraps a text above it.
        self.canvas.setFixedHeight(_HEIGHT)
        # Fixed margins instead of constrained layout: laying out every draw cost most of the
        # redraw budget. Margins follow the text size (see _refresh_style).
        self.figure.set_layout_engine(
            PlaceHolderLayoutEngine(adjust_compatible=True, colorbar_gridspec=True)
        )
        self.strategy_axes, self.plan_axes = self.figure.subplots(1, 2)
        self.lines = {}
        for key, (colour, style) in STRATEGY_STYLES.items():
            (line,) = self.strategy_axes.plot(
                [], [], color=colour, linestyle=style, linewidth=2, animated=True
            )
            self.lines[key] = line
        self.stacks: list[FillBetweenPolyCollection] = []
        self._names: tuple[str, ...] = ()
        self._xs = np.zeros(0)
        self._tops = np.zeros(0)  # the stack's upper edge (total balance), for legend overlap
        self._legend_labels: dict[str, str] = {}
        # The lines are drawn over the grid, so the left grid can stay in the background; the
        # areas are drawn under it, so the right grid is drawn after them (animated).
        self.strategy_axes.grid(True, alpha=_GRID_ALPHA)
        self._grid: dict[Axes, list[LineCollection]] = {self.plan_axes: []}
        for axes in (self.strategy_axes, self.plan_axes):
            for spine in axes.spines.values():
                spine.set_animated(True)
        self._text_scale = 100
        self._texts: tuple[object, ...] = ()
        self._limits: tuple[float, ...] = ()
        self._background: object | None = None
        # Per legend: its box, and copies of its pixels by what data lies under it (nothing, or
        # the data of the last draw).
        self._legend_boxes: dict[Legend, Bbox] = {}
        self._legend_cache: dict[Legend, dict[tuple[object, ...], object]] = {}
        self._extents: dict[Axes, Bbox] = {}  # what each axes drew in the background
        self._stale_axes: set[Axes] = set()  # axes whose part of the background is out of date
        self._full_pending = True
        self.full_draws = 0  # how many full draws ran (tests, benchmarks)
        self.background_redraws = 0  # redraws of one axes' part of the background
        self.blits = 0
        self.canvas.mpl_connect("draw_event", self._on_canvas_draw)
        self.canvas.mpl_connect("resize_event", self._on_canvas_resize)

    # --- texts and style ---------------------------------------------------------------------

    def set_texts(
        self,
        *,
        strategy_title: str,
        plan_title: str,
        x_label: str,
        y_label: str,
        strategy_names: dict[str, str],
    ) -> None:
        """Titles, axis labels and legend entries in the current language."""
        key = (strategy_title, plan_title, x_label, y_label, tuple(strategy_names.items()))
        if key == self._texts:
            return  # unchanged: keep the cached text layouts (a redraw stays cheap)
        self._texts = key
        self.strategy_axes.set_title(strategy_title)
        self.plan_axes.set_title(plan_title)
        for axes in (self.strategy_axes, self.plan_axes):
            axes.set_xlabel(x_label)
        self.strategy_axes.set_ylabel(y_label)
        self._legend_labels = dict(strategy_names)
        for name, line in self.lines.items():
            line.set_label(strategy_names.get(name, name))
        self.strategy_axes.legend(loc="upper right").set_animated(True)
        self._refresh_style()

    def set_text_scale(self, text_scale: int) -> None:
        """Follow the app's text size (the chart grows taller with it)."""
        self._text_scale = text_scale
        self.canvas.setFixedHeight(max(_HEIGHT, int(260 * max(text_scale, 100) / 100)))
        self._refresh_style()

    def _refresh_style(self) -> None:
        self.scale_fonts(self._text_scale)
        self.apply_palette()
        grow = self._text_scale / 100
        self.figure.subplots_adjust(
            left=0.07 * grow + 0.02,
            right=0.98,
            bottom=0.1 * grow + 0.04,
            top=1 - 0.06 * grow - 0.02,
            wspace=0.12 * grow + 0.08,
        )
        self._full_pending = True

    def _colour_legend(self, legend) -> None:  # type: ignore[no-untyped-def]
        fg, bg = self.text_colour(), self.background_colour()
        legend.get_frame().set_facecolor(bg)
        for text in legend.get_texts():
            text.set_color(fg)

    # --- data ---------------------------------------------------------------------------------

    def update_strategies(self, series: dict[str, Sequence[float]], start_balance: float) -> None:
        """Each strategy's total balance after each month (month 0 = the starting balance)."""
        longest = 1
        for key, line in self.lines.items():
            values = series.get(key)
            if not values:
                line.set_data([], [])
                continue
            ys = [start_balance, *values]
            line.set_data(range(len(ys)), ys)
            longest = max(longest, len(ys) - 1)
        self._set_limits(
            self.strategy_axes, month_ceiling(longest), nice_ceiling(start_balance * 1.05)
        )

    def update_plan(
        self, names: Sequence[str], balances: Sequence[Sequence[float]], start: Sequence[float]
    ) -> None:
        """The chosen plan: each debt's balance after each month, stacked."""
        axes = self.plan_axes
        months = len(balances[0]) if balances else 0
        names = tuple(names) if months else ()
        if names != self._names:
            self._make_stacks(names)
        if months:
            xs = np.arange(months + 1, dtype=float)
            ys = np.array([[first, *series] for first, series in zip(start, balances, strict=True)])
            # As Axes.stackplot: each layer between the running sums below and above it.
            stack = np.cumsum(ys, axis=0, dtype=np.promote_types(ys.dtype, np.float32))
            lower: np.ndarray | float = 0.0
            for collection, upper in zip(self.stacks, stack, strict=True):
                collection.set_data(xs, lower, upper)
                lower = upper
            self._xs, self._tops = xs, stack[-1]
            self._set_limits(axes, month_ceiling(months), nice_ceiling(sum(start) * 1.05))
        else:
            self._xs, self._tops = np.zeros(0), np.zeros(0)

    def _make_stacks(self, names: tuple[str, ...]) -> None:
        """New stacked areas (and their legend) for this list of debts."""
        axes = self.plan_axes
        for artist in self.stacks:
            artist.remove()
        self.stacks = []
        legend = axes.get_legend()
        if legend is not None:
            legend.remove()
        self._names = names
        self._full_pending = True
        if not names:
            return
        colours = [SERIES_CYCLE[i % len(SERIES_CYCLE)] for i in range(len(names))]
        zeros = [[0.0, 0.0] for _ in names]
        xlim, ylim = axes.get_xlim(), axes.get_ylim()
        self.stacks = axes.stackplot(
            [0.0, 1.0], zeros, labels=list(names), colors=colours, alpha=0.85
        )
        axes.set_xlim(xlim)  # the limits are ours (nice steps), not autoscaled
        axes.set_ylim(ylim)
        for collection in self.stacks:
            collection.set_animated(True)
        if len(names) <= 6:
            legend = axes.legend(loc="upper right")
            size = 9.0 * self._text_scale / 100
            for text in legend.get_texts():
                text.set_fontsize(size)
            self._colour_legend(legend)
            legend.set_animated(True)

    def _set_limits(self, axes, x_max: float, y_max: float) -> None:  # type: ignore[no-untyped-def]
        limits = ((0.0, x_max), (0.0, max(y_max, 1.0)))
        if (axes.get_xlim(), axes.get_ylim()) != limits:
            axes.set_xlim(*limits[0])
            axes.set_ylim(*limits[1])
            self._stale_axes.add(axes)  # new ticks: redraw this axes' part of the background

    def strategy_data(self, key: str) -> tuple[list[float], list[float]]:
        """The x and y data of a strategy's line (for tests)."""
        line = self.lines[key]
        return list(line.get_xdata()), list(line.get_ydata())

    # --- drawing ------------------------------------------------------------------------------

    def redraw(self) -> None:
        """Show the updated artists: blit over the kept background, or a full draw if needed."""
        box = Bbox.union([axes.bbox for axes in self.figure.axes]).padded(_DATA_PAD)
        if self._stale_axes and not self._full_pending and self._background is not None:
            self._redraw_axes_background()
            box = self.figure.bbox  # new tick labels outside the axes
        if self._full_pending or self._background is None:
            self.canvas.draw_idle()
            self.canvas.update()  # after a PNG export only a paint event draws (see png_bytes)
            return
        self._compose()
        # Outside the axes nothing changed: repaint only the axes (less to copy to the screen).
        self.canvas.blit(box)
        self.blits += 1

    def draw_now(self) -> None:
        """Finish a pending full draw now (benchmarks, tests)."""
        if self._full_pending or self._background is None:
            self.canvas.draw()

    def png_bytes(self, dpi: int = 150) -> bytes:
        """The chart as PNG (saving draws the animated artists too); the screen is redrawn."""
        try:
            return super().png_bytes(dpi)
        finally:
            # Printing replaced the screen buffer; the Qt canvas redraws it on its next paint
            # (until then its draw_idle does nothing).
            self._full_pending = True
            self.canvas.update()

    def _on_canvas_resize(self, _event: Event) -> None:
        self._full_pending = True

    def _on_canvas_draw(self, _event: DrawEvent) -> None:
        if self.canvas.is_saving():
            return  # a PNG export: matplotlib draws the animated artists itself
        self.full_draws += 1
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        renderer = self.canvas.get_renderer()
        self._extents = {axes: axes.get_tightbbox(renderer) for axes in self.figure.axes}
        self._place_grid()
        self._legend_boxes = {}
        self._legend_cache = {}
        self._stale_axes = set()
        self._full_pending = False
        self._compose()

    def _redraw_axes_background(self) -> None:
        """Redraw only the stale axes' part of the background (their limits changed), keeping
        the other axes' part; a full draw when their drawings would overlap."""
        stale, self._stale_axes = self._stale_axes, set()
        if len(stale) == len(self.figure.axes):
            self._full_pending = True
            return
        renderer = self.canvas.get_renderer()
        fresh = {axes: axes.get_tightbbox(renderer) for axes in stale}
        width, height = self.figure.bbox.width, self.figure.bbox.height
        left_stale = self.strategy_axes in stale
        kept_axes = self.plan_axes if left_stale else self.strategy_axes
        kept = self._extents.get(kept_axes)
        drawn = [self._extents.get(axes) for axes in stale] + list(fresh.values())
        if kept is None or any(box is None for box in drawn):
            self._full_pending = True
            return
        # The kept axes lie on one side of a vertical split, everything the stale axes drew
        # before and will draw now on the other side (2 px apart for anti-aliasing).
        if left_stale:
            split = math.floor(kept.x0) - 2
            ok = all(box.x1 + 2 <= split for box in drawn)
            region = Bbox.from_extents(split, 0, width, height)
        else:
            split = math.ceil(kept.x1) + 2
            ok = all(box.x0 - 2 >= split for box in drawn)
            region = Bbox.from_extents(0, 0, split, height)
        if not ok:
            self._full_pending = True
            return
        self.canvas.restore_region(self._background)
        keep = self.canvas.copy_from_bbox(region)
        self.figure.draw_artist(self.figure.patch)  # as a full draw: the figure, then the axes
        self.canvas.restore_region(keep)
        for axes in stale:
            self.figure.draw_artist(axes)  # leaves out the animated artists, as a full draw
            legend = axes.get_legend()
            if legend is not None:
                self._legend_cache.pop(legend, None)  # its copies show the old grid
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        self._extents.update(fresh)
        self._place_grid()
        self.background_redraws += 1

    def _place_grid(self) -> None:
        """Grid lines at the major ticks a full draw just placed (as ``Axes.grid`` would)."""
        for axes, lines in self._grid.items():
            for line in lines:
                line.remove()
            lines.clear()
            for axis, vertical in ((axes.xaxis, True), (axes.yaxis, False)):
                low, high = sorted(axis.get_view_interval())
                slack = (high - low) * 1e-10
                ticks = axis.get_major_ticks()
                locs = [v for v in axis.get_majorticklocs() if low - slack <= v <= high + slack]
                style = ticks[0].gridline if ticks else None
                if vertical:
                    segments = [[(loc, 0.0), (loc, 1.0)] for loc in locs]
                    transform = axes.get_xaxis_transform("grid")
                else:
                    segments = [[(0.0, loc), (1.0, loc)] for loc in locs]
                    transform = axes.get_yaxis_transform("grid")
                grid = LineCollection(
                    segments,
                    transform=transform,
                    colors=style.get_color() if style else "#b0b0b0",
                    linestyles=style.get_linestyle() if style else "-",
                    linewidths=style.get_linewidth() if style else 0.8,
                    alpha=_GRID_ALPHA,
                    zorder=_GRID_ZORDER,
                    animated=True,
                )
                axes.add_collection(grid, autolim=False)
                lines.append(grid)

    def _draw_all(self, artists) -> None:  # type: ignore[no-untyped-def]
        renderer = self.canvas.get_renderer()  # as Figure.draw_artist, once for all of them
        for artist in artists:
            if artist.get_visible():
                artist.draw(renderer)

    def _compose(self) -> None:
        """Background, then every animated artist in the order a full draw uses."""
        self.canvas.restore_region(self._background)
        self._draw_all(self.stacks)
        self._draw_all(self._grid[self.plan_axes])
        self._draw_all(self.lines.values())
        for axes in (self.strategy_axes, self.plan_axes):
            self._draw_all(axes.spines.values())
        for axes in (self.strategy_axes, self.plan_axes):
            legend = axes.get_legend()
            if legend is not None and legend.get_visible():
                self._draw_legend(axes, legend)

    def _draw_legend(self, axes: Axes, legend: Legend) -> None:
        """Draw a legend, or restore the copy of it drawn over the same data as now."""
        box = self._legend_boxes.get(legend)
        cache = self._legend_cache.setdefault(legend, {})
        if box is not None:
            under = self._data_under(axes, box)
            region = cache.get(under)
            if region is not None:
                self.canvas.restore_region(region)
                return
        self.figure.draw_artist(legend)
        if box is None:
            extent = legend.get_window_extent().padded(_LEGEND_PAD)
            box = Bbox.from_extents(
                math.floor(extent.x0),
                math.floor(extent.y0),
                math.ceil(extent.x1),
                math.ceil(extent.y1),
            )
            self._legend_boxes[legend] = box
            under = self._data_under(axes, box)
        if under:  # keep the copy with no data under it, and the latest other one
            for key in [key for key in cache if key]:
                del cache[key]
        cache[under] = self.canvas.copy_from_bbox(box)

    def _data_under(self, axes, box: Bbox) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
        """What of the data of ``axes`` may be drawn within ``box`` (display pixels); empty if
        nothing. Two equal answers mean the same pixels there."""
        x0, y0, x1, y1 = (
            axes.transData.inverted().transform(box.padded(_DATA_PAD).get_points()).ravel()
        )
        under: list[object] = []
        if axes is self.plan_axes:
            # Areas filled from 0 up to the top: what reaches the box is the layers' edges over
            # the box's months (and one month either side, where the edges enter it).
            near = (self._xs >= x0 - 1) & (self._xs <= x1 + 1)
            if near.any() and self._tops[near].max() >= y0:
                for collection in self.stacks:
                    under.append(np.asarray(collection.get_paths()[0].vertices).tobytes())
            return tuple(under)
        for key, line in self.lines.items():
            xs = np.asarray(line.get_xdata(), float)
            ys = np.asarray(line.get_ydata(), float)
            # Months are 1 apart: a segment crossing the box has both ends within a month of it.
            near = (xs >= x0 - 1) & (xs <= x1 + 1)
            crosses = near.any() and ys[near].max() >= y0 and ys[near].min() <= y1
            if line.get_visible() and crosses:
                # The whole line: where a dash falls depends on the length before the box.
                under.append((key, xs.tobytes(), ys.tobytes()))
        return tuple(under)
