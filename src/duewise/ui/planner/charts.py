"""The planner's chart: total balance per strategy (left) and the chosen plan per debt (right).

One figure with two axes. Every artist is made once and updated in place: the strategy lines with
``set_data``, the stacked areas (``fill_between`` collections, one per debt) with their own
``set_data``; they are re-made only when the list of debts changes.

Redrawing is what costs: a full draw of this figure (mostly its text: tick labels, titles,
legends) takes far longer than the 30 ms an edit may take (DESIGN.md). So, as the calculator's
charts (``blit``):

- the axes never change their limits: the data are scaled to 0–1 (the month axis ends at a whole
  number of years, the money axis at 5 "nice" steps) and the tick labels, which do change, are
  painted by Qt over the canvas (``TickOverlay``);
- the data, the plan's grid (drawn over its areas) and the spines are *animated*: after a full
  draw the figure without them is kept as the background; an edit restores it, draws only those
  artists in the order a full draw would, and blits;
- the legends sit below the plots, where no data can reach them, so they stay in the background;
- a full draw (with the constrained layout) happens only when texts, colours, the text size, the
  canvas size or the list of debts change, or a tick label outgrows the room kept for it.

The result is the same picture a plain full draw gives (checked pixel for pixel by the tests).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import FillBetweenPolyCollection, LineCollection
from PySide6.QtCore import QCoreApplication

from duewise.ui.common.charts import text_alternative as alt
from duewise.ui.common.charts.base import COLOURS, SERIES_CYCLE, TickOverlay
from duewise.ui.common.charts.blit import (
    CHART_TEXT_SCALE_MAX,
    BlitChart,
    fractions,
    nice_scale,
)

#: Strategy key → (colour, line style): told apart by style as well as colour.
STRATEGY_STYLES = {
    "avalanche": (COLOURS["on_time"], "-"),
    "snowball": (COLOURS["fees"], "--"),
    "custom": (COLOURS["penalty"], "-."),
    "minimum": (COLOURS["scenario"], ":"),
}
#: Month axis ends, in whole years: an edit rarely moves a plan past the next one.
_MONTH_STEPS = tuple(12 * years for years in (1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 25, 30, 40, 50))
#: Grid lines as ``Axes.grid(True, alpha=0.3)`` draws them.
_GRID_ALPHA = 0.3
#: Canvas height in pixels at 100 % text (it grows with the text size).
_HEIGHT = 380
#: Equal steps on the month axis (every end in ``_MONTH_STEPS`` divides by it) and the money axis.
_MONTH_TICKS = 6
_MONEY_TICKS = 5
#: Debt names longer than this are shortened in the legend (the table shows them whole).
_LEGEND_NAME_MAX = 24


def month_ceiling(months: float) -> float:
    """The end of the month axis: the smallest step in ``_MONTH_STEPS`` at or above ``months``."""
    for step in _MONTH_STEPS:
        if months <= step:
            return float(step)
    return float(math.ceil(months / 120) * 120)


def _short(name: str) -> str:
    return name if len(name) <= _LEGEND_NAME_MAX else name[: _LEGEND_NAME_MAX - 1] + "…"


class PlannerChart(BlitChart):
    """Balance over time for every strategy, and the chosen plan's balance split by debt."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent, height_in=3.8)
        # A fixed height: a canvas that follows the page layout is resized (and fully redrawn)
        # whenever an edit rewraps a text above it.
        self.set_fixed_height(_HEIGHT)
        self.strategy_axes, self.plan_axes = self.figure.subplots(1, 2)
        self.lines = {}
        self._raw: dict[str, tuple[list[float], list[float]]] = {}
        # Fixed limits: the data are scaled to 0–1; the tick labels say what 0–1 stands for.
        self._ticks: dict[Axes, tuple[TickOverlay, TickOverlay]] = {}
        for axes in (self.strategy_axes, self.plan_axes):
            axes.set_xlim(0.0, 1.0)
            axes.set_ylim(0.0, 1.0)
            self._ticks[axes] = (
                self.add_tick_overlay(axes.xaxis, fractions(_MONTH_TICKS), placeholder="888"),
                self.add_tick_overlay(axes.yaxis, fractions(_MONEY_TICKS), placeholder="88,888"),
            )
            for spine in axes.spines.values():
                spine.set_animated(True)  # drawn over the data, as a full draw does
        for key, (colour, style) in STRATEGY_STYLES.items():
            (line,) = self.strategy_axes.plot(
                [], [], color=colour, linestyle=style, linewidth=2, animated=True
            )
            self.lines[key] = line
        # The lines are drawn over the grid, so the left grid stays in the background; the areas
        # are drawn under it, so the right grid is an animated artist drawn after them.
        self.strategy_axes.grid(True, alpha=_GRID_ALPHA)
        self.plan_grid = self._make_grid(self.plan_axes)
        self.stacks: list[FillBetweenPolyCollection] = []
        self._names: tuple[str, ...] = ()
        self._text_scale = 100
        self._texts: tuple[object, ...] = ()
        self._strategy_names: dict[str, str] = {}
        self._arrange_animated()

    def _make_grid(self, axes: Axes) -> LineCollection:
        """Grid lines at the (fixed) major ticks, as ``Axes.grid`` would draw them."""
        style = axes.xaxis.get_major_ticks()[0].gridline
        segments = [[(x, 0.0), (x, 1.0)] for x in fractions(_MONTH_TICKS)]
        segments += [[(0.0, y), (1.0, y)] for y in fractions(_MONEY_TICKS)]
        grid = LineCollection(
            segments,
            transform=axes.transAxes,
            colors=style.get_color(),
            linestyles=style.get_linestyle(),
            linewidths=style.get_linewidth(),
            alpha=_GRID_ALPHA,
            zorder=1.5,
            animated=True,
        )
        axes.add_collection(grid, autolim=False)
        return grid

    def _arrange_animated(self) -> None:
        """The animated artists in the order a full draw uses (per axes, by z-order)."""
        self._animated = [
            *self.lines.values(),
            *self.strategy_axes.spines.values(),
            *self.stacks,
            self.plan_grid,
            *self.plan_axes.spines.values(),
        ]

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
            return  # unchanged: keep the background (a redraw stays cheap)
        self._texts = key
        self.strategy_axes.set_title(strategy_title)
        self.plan_axes.set_title(plan_title)
        for axes in (self.strategy_axes, self.plan_axes):
            axes.set_xlabel(x_label)
        self.strategy_axes.set_ylabel(y_label)
        self._strategy_names = dict(strategy_names)
        self._make_legends()

    def set_text_scale(self, text_scale: int) -> None:
        """Follow the app's text size (the chart grows taller with it; from
        ``CHART_TEXT_SCALE_MAX`` on, the two plots are stacked, each as wide as the page)."""
        self._text_scale = text_scale
        grow = max(text_scale, 100) / 100
        stacked = text_scale >= CHART_TEXT_SCALE_MAX
        grid = self.figure.add_gridspec(2, 1) if stacked else self.figure.add_gridspec(1, 2)
        self.strategy_axes.set_subplotspec(grid[0])
        self.plan_axes.set_subplotspec(grid[1])
        self.set_fixed_height(int(_HEIGHT * (1 + (grow - 1) * (2.0 if stacked else 0.6))))
        self._make_legends()

    def _make_legends(self) -> None:
        """Legends below each plot, one entry a line (wider ones squeezed the plots to a sliver:
        the layout keeps a legend within the figure), then a full draw."""
        for axes in (self.strategy_axes, self.plan_axes):
            legend = axes.get_legend()
            if legend is not None:
                legend.remove()
        if self._strategy_names:
            self.strategy_axes.legend(
                list(self.lines.values()),
                [self._strategy_names.get(k, k) for k in self.lines],
                loc="upper left",
                bbox_to_anchor=(0.0, -0.18),
                ncols=1,
                frameon=False,
            )
        if self._names:
            self.plan_axes.legend(
                self.stacks,
                [_short(n) for n in self._names],
                loc="upper left",
                bbox_to_anchor=(0.0, -0.18),
                ncols=1 if len(self._names) <= 5 else 2,
                frameon=False,
            )
        self.scale_fonts(min(self._text_scale, CHART_TEXT_SCALE_MAX))
        self.apply_palette()
        self.relayout()

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
        months = len(balances[0]) if balances else 0
        names = tuple(names) if months else ()
        if names != self._names:
            self._make_stacks(names)
        self._plan: tuple[tuple[str, ...], list[list[float]]] = (names, [])
        if not months:
            return
        x_max = month_ceiling(months)
        ys = np.array([[first, *series] for first, series in zip(start, balances, strict=True)])
        self._plan = (names, ys.astype(float).tolist())
        # As Axes.stackplot: each layer between the running sums below and above it.
        stack = np.cumsum(ys, axis=0, dtype=np.promote_types(ys.dtype, np.float32))
        y_max = self._set_scale(self.plan_axes, x_max, float(stack[-1].max()) * 1.05)
        xs = np.arange(months + 1, dtype=float) / x_max
        lower: np.ndarray | float = 0.0
        for collection, upper in zip(self.stacks, stack / y_max, strict=True):
            collection.set_data(xs, lower, upper)
            lower = upper

    def _make_stacks(self, names: tuple[str, ...]) -> None:
        """New stacked areas (and their legend) for this list of debts."""
        for artist in self.stacks:
            artist.remove()
        self.stacks = []
        self._names = names
        if names:
            colours = [SERIES_CYCLE[i % len(SERIES_CYCLE)] for i in range(len(names))]
            zeros = [[0.0, 0.0] for _ in names]
            self.stacks = self.plan_axes.stackplot(
                [0.0, 1.0], zeros, labels=list(names), colors=colours, alpha=0.85
            )
            self.plan_axes.set_xlim(0.0, 1.0)  # the limits are fixed, not autoscaled
            self.plan_axes.set_ylim(0.0, 1.0)
            for collection in self.stacks:
                collection.set_animated(True)
        self._arrange_animated()
        self._make_legends()

    def _set_scale(self, axes: Axes, x_max: float, highest: float) -> float:
        """Label the axes for months 0…``x_max`` and money 0…top (returned: the data are divided
        by it); a label wider than the room kept for it means a full draw."""
        top, step = nice_scale(max(highest, 1.0), _MONEY_TICKS)
        month_step = x_max / _MONTH_TICKS
        x_ticks, y_ticks = self._ticks[axes]
        grow = self._update_scale(x_ticks, _MONTH_TICKS, month_step)
        grow |= self._update_scale(y_ticks, _MONEY_TICKS, step)
        if grow:
            self._full_pending = True
        return top

    def strategy_data(self, key: str) -> tuple[list[float], list[float]]:
        """A strategy's line in months and money (for tests)."""
        xs, ys = self._raw.get(key, ([], []))
        return list(xs), [float(y) for y in ys]

    # --- text alternative ---------------------------------------------------------------------

    @staticmethod
    def _payoff(name: str, balances: Sequence[float]) -> str:
        months = len(balances) - 1
        if balances and balances[-1] <= 0.005:
            return (
                QCoreApplication.translate("PlannerChart", "%1: paid off after %2 months.")
                .replace("%1", name)
                .replace("%2", str(months))
            )
        return (
            QCoreApplication.translate("PlannerChart", "%1: %2 still owed after %3 months.")
            .replace("%1", name)
            .replace("%2", alt.number(balances[-1] if balances else 0.0))
            .replace("%3", str(months))
        )

    def summary(self) -> str:
        """When each strategy pays everything off, and when the chosen plan pays each debt."""
        if not self._texts or not self._raw:
            return ""
        strategy_title, plan_title = str(self._texts[0]), str(self._texts[1])
        parts = [
            self._payoff(self._strategy_names.get(key, key), ys)
            for key, (_, ys) in self._raw.items()
        ]
        sentence = alt.chart_sentence(strategy_title, parts)
        names, rows = getattr(self, "_plan", ((), []))
        if names and rows:
            plan = [self._payoff(name, row) for name, row in zip(names, rows, strict=True)]
            sentence += " " + alt.chart_sentence(plan_title, plan)
        return sentence

    def table(self) -> tuple[list[str], list[list[str]]]:
        """One row per month: each strategy's total balance, then the plan's balance of each
        debt."""
        if not self._texts or not self._raw:
            return [], []
        series: dict[str, Sequence[float | None]] = {
            self._strategy_names.get(key, key): ys for key, (_, ys) in self._raw.items()
        }
        names, rows = getattr(self, "_plan", ((), []))
        for name, row in zip(names, rows, strict=False):
            series[f"{self._texts[1]}: {name}"] = row
        longest = max(len(values) for values in series.values())
        return alt.columns(str(self._texts[2]), [str(m) for m in range(longest)], series)
