"""The planner's chart: total balance per strategy (left) and the chosen plan per debt (right).

One figure with two axes, so an edit costs one draw. Lines are made once and updated with
``set_data``; the stacked areas are rebuilt (their number follows the debts).
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.layout_engine import PlaceHolderLayoutEngine

from duewise.ui.charts.base import COLOURS, SERIES_CYCLE, ChartCanvas

#: Strategy key → (colour, line style): told apart by style as well as colour.
STRATEGY_STYLES = {
    "avalanche": (COLOURS["on_time"], "-"),
    "snowball": (COLOURS["fees"], "--"),
    "custom": (COLOURS["penalty"], "-."),
    "minimum": (COLOURS["scenario"], ":"),
}


class PlannerChart(ChartCanvas):
    """Balance over time for every strategy, and the chosen plan's balance split by debt."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent, height_in=3.0)
        self.canvas.setMinimumHeight(260)
        # Fixed margins instead of constrained layout: laying out every draw cost most of the
        # redraw budget. Margins follow the text size (see _refresh_style).
        self.figure.set_layout_engine(
            PlaceHolderLayoutEngine(adjust_compatible=True, colorbar_gridspec=True)
        )
        self.strategy_axes, self.plan_axes = self.figure.subplots(1, 2)
        self.lines = {}
        for key, (colour, style) in STRATEGY_STYLES.items():
            (line,) = self.strategy_axes.plot([], [], color=colour, linestyle=style, linewidth=2)
            self.lines[key] = line
        self.stacks: list = []
        self._legend_labels: dict[str, str] = {}
        self.strategy_axes.grid(True, alpha=0.3)
        self.plan_axes.grid(True, alpha=0.3)
        self._text_scale = 100
        self._texts: tuple[object, ...] = ()

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
        for key, line in self.lines.items():
            line.set_label(strategy_names.get(key, key))
        self.strategy_axes.legend(loc="upper right")
        self._refresh_style()

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
        self.strategy_axes.set_xlim(0, longest)
        self.strategy_axes.set_ylim(0, max(start_balance * 1.05, 1.0))

    def update_plan(
        self, names: Sequence[str], balances: Sequence[Sequence[float]], start: Sequence[float]
    ) -> None:
        """The chosen plan: each debt's balance after each month, stacked."""
        for artist in self.stacks:
            artist.remove()
        self.stacks = []
        axes = self.plan_axes
        months = len(balances[0]) if balances else 0
        if months:
            xs = list(range(months + 1))
            ys = [[first, *series] for first, series in zip(start, balances, strict=True)]
            colours = [SERIES_CYCLE[i % len(SERIES_CYCLE)] for i in range(len(names))]
            self.stacks = axes.stackplot(xs, ys, labels=list(names), colors=colours, alpha=0.85)
            axes.set_xlim(0, max(months, 1))
            axes.set_ylim(0, max(sum(start) * 1.05, 1.0))
        legend = axes.get_legend()
        if legend is not None:
            legend.remove()
        if self.stacks and len(names) <= 6:
            legend = axes.legend(loc="upper right")
            size = 9.0 * self._text_scale / 100
            for text in legend.get_texts():
                text.set_fontsize(size)
            self._colour_legend(legend)

    def set_text_scale(self, text_scale: int) -> None:
        """Follow the app's text size (the chart grows taller with it)."""
        self._text_scale = text_scale
        self.canvas.setMinimumHeight(int(260 * max(text_scale, 100) / 100))
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

    def _colour_legend(self, legend) -> None:  # type: ignore[no-untyped-def]
        fg, bg = self.text_colour(), self.background_colour()
        legend.get_frame().set_facecolor(bg)
        for text in legend.get_texts():
            text.set_color(fg)

    def strategy_data(self, key: str) -> tuple[list[float], list[float]]:
        """The x and y data of a strategy's line (for tests)."""
        line = self.lines[key]
        return list(line.get_xdata()), list(line.get_ydata())
