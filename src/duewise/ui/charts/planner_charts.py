"""The planner's chart: total balance per strategy (left) and the chosen plan per debt (right).

One figure with two axes. Every artist is made once and updated in place: the strategy lines with
``set_data``, the stacked areas (``fill_between`` collections, one per debt) with their own
``set_data``; they are re-made only when the number of debts changes.

Redrawing is what costs: a full draw of this figure (mostly its text: tick labels, titles,
legends) takes far longer than the 30 ms an edit may take (DESIGN.md). So:

- the axes never change their limits: the data are scaled to 0–1 (the month axis ends at a whole
  number of years, the money axis at 5 "nice" steps) and the tick labels, which do change, are
  painted by Qt over the canvas (``TickOverlay``);
- the data, the grid, the spines and the legends are *animated* artists, left out of a full draw.
  After a full draw the figure without them is kept as the background; an edit restores it and
  draws only those artists, in the order a full draw would (stacks, grid, lines, spines,
  legends), then blits. A legend no data comes near is not drawn again but restored from a copy
  taken after the full draw (drawing legend text is the slowest part);
- a full ``draw_idle`` happens only when texts, colours, the text size or the canvas size change,
  or a tick label grows wider than the room kept for it.

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

from duewise.ui.charts.base import COLOURS, SERIES_CYCLE, ChartCanvas, TickOverlay
from duewise.ui.charts.calculator_charts import nice_scale, tick_text

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
#: Equal steps on the month axis (every end in ``_MONTH_STEPS`` divides by it) and the money axis.
_MONTH_TICKS = 6
_MONEY_TICKS = 5


def _fractions(intervals: int) -> list[float]:
    return [i / intervals for i in range(intervals + 1)]


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
        self._raw: dict[str, tuple[list[float], list[float]]] = {}
        # Fixed limits: the data are scaled to 0–1; the tick labels say what 0–1 stands for.
        self._ticks: dict[Axes, tuple[TickOverlay, TickOverlay]] = {}
        self._month_step: dict[Axes, float] = {}
        for axes in (self.strategy_axes, self.plan_axes):
            axes.set_xlim(0.0, 1.0)
            axes.set_ylim(0.0, 1.0)
            self._ticks[axes] = (
                self.add_tick_overlay(axes.xaxis, _fractions(_MONTH_TICKS), placeholder="888"),
                self.add_tick_overlay(axes.yaxis, _fractions(_MONEY_TICKS), placeholder="88,888"),
            )
            self._month_step[axes] = 1.0 / 12
        self._labels_changed = False
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
        self._background: object | None = None
        # Per legend: its box, and copies of its pixels by what data lies under it (nothing, or
        # the data of the last draw).
        self._legend_boxes: dict[Legend, Bbox] = {}
        self._legend_cache: dict[Legend, dict[tuple[object, ...], object]] = {}
        self._full_pending = True
        self.full_draws = 0  # how many full draws ran (tests, benchmarks)
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
        highest = start_balance
        self._raw = {}
        for key, values in series.items():
            if values:
                ys = [start_balance, *values]
                self._raw[key] = ([float(i) for i in range(len(ys))], ys)
                longest = max(longest, len(ys) - 1)
                highest = max(highest, *ys)
        x_max = month_ceiling(longest)
        y_max = self._set_scale(self.strategy_axes, x_max, highest * 1.05)
        for key, line in self.lines.items():
            if key in self._raw:
                xs, ys = self._raw[key]
                line.set_data(np.asarray(xs) / x_max, np.asarray(ys, dtype=float) / y_max)
            else:
                line.set_data([], [])

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
            x_max = month_ceiling(months)
            ys = np.array([[first, *series] for first, series in zip(start, balances, strict=True)])
            # As Axes.stackplot: each layer between the running sums below and above it.
            stack = np.cumsum(ys, axis=0, dtype=np.promote_types(ys.dtype, np.float32))
            y_max = self._set_scale(axes, x_max, float(stack[-1].max()) * 1.05)
            xs = np.arange(months + 1, dtype=float) / x_max
            stack = stack / y_max
            lower: np.ndarray | float = 0.0
            for collection, upper in zip(self.stacks, stack, strict=True):
                collection.set_data(xs, lower, upper)
                lower = upper
            self._xs, self._tops = xs, stack[-1]
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

    def _set_scale(self, axes: Axes, x_max: float, highest: float) -> float:
        """Label the axes for months 0…``x_max`` and money 0…top (returned: the data are divided
        by it); a label wider than the room kept for it means a full draw."""
        top, step = nice_scale(max(highest, 1.0), _MONEY_TICKS)
        month_step = x_max / _MONTH_TICKS
        x_ticks, y_ticks = self._ticks[axes]
        labels = (
            [tick_text(i * month_step, month_step) for i in range(_MONTH_TICKS + 1)],
            [tick_text(i * step, step) for i in range(_MONEY_TICKS + 1)],
        )
        for overlay, texts in zip((x_ticks, y_ticks), labels, strict=True):
            if texts != overlay.labels:
                self._labels_changed = True
                if overlay.set_labels(texts):
                    self._full_pending = True
        self._month_step[axes] = 1.0 / x_max
        return top

    def strategy_data(self, key: str) -> tuple[list[float], list[float]]:
        """A strategy's line in months and money (for tests)."""
        xs, ys = self._raw.get(key, ([], []))
        return list(xs), [float(y) for y in ys]

    # --- drawing ------------------------------------------------------------------------------

    def redraw(self) -> None:
        """Show the updated artists: blit over the kept background, or a full draw if needed."""
        if self._full_pending or self._background is None:
            self.canvas.draw_idle()
            self.canvas.update()  # after a PNG export only a paint event draws (see png_bytes)
            return
        self._compose()
        # New tick labels are painted outside the axes; otherwise only the axes changed (less
        # to copy to the screen).
        if self._labels_changed:
            box = self.figure.bbox
        else:
            box = Bbox.union([axes.bbox for axes in self.figure.axes]).padded(_DATA_PAD)
        self._labels_changed = False
        self.canvas.blit(box)
        self.blits += 1

    def draw_now(self) -> None:
        """Finish a pending full draw now (benchmarks, tests)."""
        if self._full_pending or self._background is None:
            self.canvas.draw()

    def after_export(self) -> None:
        # Printing replaced the screen buffer; the Qt canvas redraws it on its next paint (until
        # then its draw_idle does nothing).
        self._full_pending = True
        super().after_export()

    def _on_canvas_resize(self, _event: Event) -> None:
        self._full_pending = True

    def _on_canvas_draw(self, _event: DrawEvent) -> None:
        if self.canvas.is_saving():
            return  # a PNG export: matplotlib draws the animated artists itself
        self.full_draws += 1
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        self._place_grid()
        self._legend_boxes = {}
        self._legend_cache = {}
        self._labels_changed = False
        self._full_pending = False
        self._compose()

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
        month = self._month_step[axes]  # one month in axes units
        if axes is self.plan_axes:
            # Areas filled from 0 up to the top: what reaches the box is the layers' edges over
            # the box's months (and one month either side, where the edges enter it).
            near = (self._xs >= x0 - month) & (self._xs <= x1 + month)
            if near.any() and self._tops[near].max() >= y0:
                for collection in self.stacks:
                    under.append(np.asarray(collection.get_paths()[0].vertices).tobytes())
            return tuple(under)
        for key, line in self.lines.items():
            xs = np.asarray(line.get_xdata(), float)
            ys = np.asarray(line.get_ydata(), float)
            # Months are 1 apart: a segment crossing the box has both ends within a month of it.
            near = (xs >= x0 - month) & (xs <= x1 + month)
            crosses = near.any() and ys[near].max() >= y0 and ys[near].min() <= y1
            if line.get_visible() and crosses:
                # The whole line: where a dash falls depends on the length before the box.
                under.append((key, xs.tobytes(), ys.tobytes()))
        return tuple(under)
