"""The calculator's charts: amount owed on time vs. the scenario, the extra cost by kind, and the
next loan's extra cost by application month.

Every edit of the calculator changes the data and, usually, the axis ranges. A full matplotlib
draw costs 100–300 ms (mostly text: tick labels, legends, titles), far over the 30 ms an edit may
take (DESIGN.md), so a full draw happens only when the size, the texts, the colours or the text
size change. For everything else:

- each axis has fixed tick positions: the data are scaled to a fixed range (0–1 on the money
  axes: the top is 4 or 5 "nice" steps) and only the tick *labels* change, which Qt paints over
  the canvas (``TickOverlay``), while matplotlib draws the grid and the ticks once;
- the data artists are *animated*: after a full draw the figure without them is kept as the
  background, and an edit restores it, draws them and blits.

The constrained layout runs only on a full draw, with a placeholder label as wide as the widest
expected one; a label wider than that grows the placeholder and lays the figure out again.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from matplotlib.axes import Axes
from matplotlib.backend_bases import Event, MouseEvent
from matplotlib.legend import Legend
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from duewise.ui.common.charts import text_alternative as alt
from duewise.ui.common.charts.base import COLOURS, LINE_STYLES
from duewise.ui.common.charts.blit import (
    CHART_TEXT_SCALE_MAX,
    BlitChart,
    fractions,
    nice_scale,
)

#: Segments of the extra-cost bar, bottom to top.
EXTRA_KINDS = ("interest", "penalties", "fees", "interest_on_interest")
_EXTRA_COLOURS = {
    "interest": COLOURS["interest"],
    "penalties": COLOURS["penalty"],
    "fees": COLOURS["fees"],
    "interest_on_interest": COLOURS["interest_on_interest"],
}
_EXTRA_HATCH = {"interest": "", "penalties": "//", "fees": "..", "interest_on_interest": "xx"}
#: Month steps for the next-loan chart's ticks.
_MONTH_TICK_STEPS = (1, 2, 3, 4, 6, 12, 24, 36, 60)


def _legend_above(axes: Axes, handles: list[Any], labels: list[str], *, columns: int) -> Legend:
    """A frameless legend just above the plot area, left-aligned (every calculator chart's)."""
    return axes.legend(
        handles,
        labels,
        loc="lower left",
        bbox_to_anchor=(0.0, 1.01),
        ncols=columns,
        frameon=False,
        borderaxespad=0.2,
    )


class CompoundingChart(BlitChart):
    """Owed over time (on time: solid; scenario: dashed; the gap shaded) and the extra-cost bar.

    Signals:
        hovered(int): the pointer is over this point of the owed chart (-1 when it leaves).
    """

    hovered = Signal(int)
    #: Equal steps on the money axes (owed, extra cost) and on the month axis.
    OWED_STEPS, EXTRA_STEPS, MONTH_STEPS = 5, 4, 6
    #: Canvas height in pixels at 100 % text.
    HEIGHT = 400

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, height_in=3.4)
        # A fixed height: a canvas that follows the page layout is resized (and fully redrawn)
        # whenever an edit rewraps a text near it.
        self.set_fixed_height(self.HEIGHT)
        grid = self.figure.add_gridspec(1, 2, width_ratios=(3.2, 1.0))
        self.ax_owed = self.figure.add_subplot(grid[0])
        self.ax_extra = self.figure.add_subplot(grid[1])
        ax = self.ax_owed
        (self.line_on_time,) = ax.plot(
            [],
            [],
            LINE_STYLES["on_time"],
            color=COLOURS["on_time"],
            linewidth=2,
            marker="o",
            markersize=3,
            animated=True,
        )
        (self.line_scenario,) = ax.plot(
            [],
            [],
            LINE_STYLES["scenario"],
            color=COLOURS["scenario"],
            linewidth=2.2,
            marker="s",
            markersize=3,
            animated=True,
        )
        self.gap = ax.fill_between(
            [0.0, 1.0],
            [0.0, 0.0],
            [0.0, 0.0],
            color=COLOURS["scenario"],
            alpha=0.18,
            linewidth=0,
            animated=True,
        )
        self.hover_line = ax.axvline(0, color=COLOURS["black"], linewidth=0.8, alpha=0.5)
        self.hover_line.set_animated(True)
        self.hover_line.set_visible(False)
        # Data are scaled to 0–1 on both axes; the margins keep the end markers inside.
        ax.set_xlim(-0.01, 1.01)
        ax.set_ylim(0, 1)
        self.owed_ticks = self.add_tick_overlay(
            ax.yaxis, fractions(self.OWED_STEPS), placeholder="8,888"
        )
        self.month_ticks = self.add_tick_overlay(
            ax.xaxis, fractions(self.MONTH_STEPS), placeholder="88"
        )
        ax.grid(True, axis="y", alpha=0.3)
        # Both legends are the figure's, above and below the plots: the layout gives them their
        # own rows (a legend of the narrow owed axes that is wider than it squeezes the axes).
        self.legend = self.figure.legend(
            [self.line_on_time, self.line_scenario, self.gap],
            ["", "", ""],
            loc="outside upper left",
            ncols=3,
            frameon=False,
        )
        bars = self.ax_extra.bar(
            [0.0] * len(EXTRA_KINDS),
            [0.0] * len(EXTRA_KINDS),
            width=0.6,
            color=[_EXTRA_COLOURS[k] for k in EXTRA_KINDS],
            edgecolor=COLOURS["black"],
            linewidth=0.5,
        )
        self.bars = dict(zip(EXTRA_KINDS, bars.patches, strict=True))
        for kind, patch in self.bars.items():
            patch.set_hatch(_EXTRA_HATCH[kind])
            patch.set_animated(True)
        self.ax_extra.set_xlim(-0.6, 0.6)
        self.ax_extra.set_ylim(0, 1)
        self.ax_extra.set_xticks([])
        self.extra_ticks = self.add_tick_overlay(
            self.ax_extra.yaxis, fractions(self.EXTRA_STEPS), placeholder="8,888"
        )
        self.extra_legend = self.figure.legend(
            [self.bars[k] for k in EXTRA_KINDS],
            [""] * len(EXTRA_KINDS),
            loc="outside lower left",
            ncols=2,
            frameon=False,
        )
        self.x: list[float] = []
        self.on_time: list[float] = []
        self.scenario: list[float] = []
        self.extra: dict[str, float] = dict.fromkeys(EXTRA_KINDS, 0.0)
        self.x_max = float(self.MONTH_STEPS)
        self.y_max = 1.0
        self.extra_max = 1.0
        self._hover_index = -1
        self._animated = [
            self.gap,
            self.line_on_time,
            self.line_scenario,
            self.hover_line,
            *self.bars.values(),
        ]
        self.canvas.mpl_connect("motion_notify_event", self._on_canvas_motion)
        self.canvas.mpl_connect("axes_leave_event", self._on_canvas_leave)

    # --- texts --------------------------------------------------------------------------------

    def set_texts(
        self,
        *,
        x_label: str,
        y_label: str,
        on_time: str,
        scenario: str,
        gap: str,
        extra_title: str,
        extra_labels: dict[str, str],
        text_scale: int = 100,
    ) -> None:
        """Set every label (language change) and lay the figure out again."""
        self._words = {"x": x_label, "y": y_label, "on_time": on_time, "scenario": scenario}
        self._words.update(
            extra_title=extra_title, **{f"extra_{k}": v for k, v in extra_labels.items()}
        )
        self.ax_owed.set_xlabel(x_label)
        self.ax_owed.set_ylabel(y_label)
        large = text_scale >= 150
        # Legends are rebuilt: their column count follows the text size (a legend lays its
        # entries out when it is made).
        self.legend.remove()
        self.legend = self.figure.legend(
            [self.line_on_time, self.line_scenario, self.gap],
            [on_time, scenario, gap],
            loc="outside upper left",
            ncols=1 if large else 3,
            frameon=False,
        )
        self.ax_extra.set_title(extra_title)
        self.extra_legend.remove()
        self.extra_legend = self.figure.legend(
            [self.bars[k] for k in EXTRA_KINDS],
            [extra_labels[k] for k in EXTRA_KINDS],
            loc="outside lower left",
            ncols=1 if large else 2,
            frameon=False,
        )
        self.set_fixed_height(int(self.HEIGHT * (1.5 if large else 1.0)))
        # Large text needs a wider extra-cost plot for its title and tick labels.
        grid = self.ax_owed.get_subplotspec().get_gridspec()
        grid.set_width_ratios((2.2, 1.0) if large else (3.2, 1.0))
        self.scale_fonts(min(text_scale, CHART_TEXT_SCALE_MAX))
        self.apply_palette()
        self.relayout()

    # --- data ---------------------------------------------------------------------------------

    def set_data(
        self,
        on_time: Sequence[float],
        scenario: Sequence[float],
        extra: dict[str, float],
    ) -> None:
        """Show new series (owed per month) and the extra cost by kind (see ``EXTRA_KINDS``)."""
        n = len(scenario)
        self.x = [float(i) for i in range(n)]
        self.on_time = list(on_time)
        self.scenario = list(scenario)
        self.extra = {k: max(0.0, extra.get(k, 0.0)) for k in EXTRA_KINDS}
        total_extra = sum(self.extra.values())
        self.x_max = float(max(6, math.ceil(max(n - 1, 1) / 6) * 6))
        self.y_max, y_step = nice_scale(
            max([*self.on_time, *self.scenario, 0.0]) * 1.08, self.OWED_STEPS
        )
        self.extra_max, extra_step = nice_scale(total_extra * 1.05, self.EXTRA_STEPS)
        xs = [x / self.x_max for x in self.x]
        y0 = [v / self.y_max for v in self.on_time]
        y1 = [v / self.y_max for v in self.scenario]
        self.line_on_time.set_data(xs, y0)
        self.line_scenario.set_data(xs, y1)
        self.gap.set_data(xs, y0, y1)
        bottom = 0.0
        for kind in EXTRA_KINDS:
            patch = self.bars[kind]
            patch.set_y(bottom / self.extra_max)
            patch.set_height(self.extra[kind] / self.extra_max)
            bottom += self.extra[kind]
        x_step = self.x_max / self.MONTH_STEPS
        relayout = [
            self._update_scale(self.owed_ticks, self.OWED_STEPS, y_step),
            self._update_scale(self.month_ticks, self.MONTH_STEPS, x_step),
            self._update_scale(self.extra_ticks, self.EXTRA_STEPS, extra_step),
        ]
        if self._hover_index >= 0:
            self.hover_line.set_xdata([self._hover_index / self.x_max] * 2)
        if any(relayout):
            self._full_redraw()
        else:
            self._blit()

    def series(self) -> dict[str, list[float]]:
        """What the chart shows, in money and months (tests, accessibility): x, on_time,
        scenario."""
        return {"x": list(self.x), "on_time": list(self.on_time), "scenario": list(self.scenario)}

    # --- text alternative ---------------------------------------------------------------------

    def _month_names(self) -> alt.Names:
        def name(i: int) -> str:
            month = QCoreApplication.translate("CalculatorCharts", "month %1")
            return month.replace("%1", str(int(self.x[i])))

        return alt.Names(len(self.x), name)

    def summary(self) -> str:
        """Owed on time and in the scenario, from the first month to the last, and the extra
        cost by kind."""
        words = getattr(self, "_words", None)
        if not words or not self.x:
            return ""
        months = self._month_names()
        kinds = [f"{words[f'extra_{k}']} {alt.number(v)}" for k, v in self.extra.items() if v > 0]
        extra = (
            QCoreApplication.translate("CalculatorCharts", "%1: %2 in all (%3).")
            .replace("%1", words["extra_title"])
            .replace("%2", alt.number(sum(self.extra.values())))
            .replace("%3", ", ".join(kinds) or alt.number(0))
        )
        return alt.chart_sentence(
            words["y"],
            [
                alt.series_sentence(words["on_time"], self.on_time, months),
                alt.series_sentence(words["scenario"], self.scenario, months),
                extra,
            ],
        )

    def table(self) -> tuple[list[str], list[list[str]]]:
        """One row per month: owed on time and in the scenario."""
        words = getattr(self, "_words", None)
        if not words or not self.x:
            return [], []
        return alt.columns(
            words["x"],
            [str(int(x)) for x in self.x],
            {words["on_time"]: self.on_time, words["scenario"]: self.scenario},
        )

    # --- hover --------------------------------------------------------------------------------

    def set_hover(self, index: int) -> None:
        """Mark one month with a vertical line (-1: none)."""
        self._hover_index = index
        visible = 0 <= index < len(self.x)
        self.hover_line.set_visible(visible)
        if visible:
            self.hover_line.set_xdata([index / self.x_max] * 2)
        self._blit()

    def _on_canvas_motion(self, event: Event) -> None:
        if not isinstance(event, MouseEvent) or event.inaxes is not self.ax_owed:
            return
        if event.xdata is None or not self.x:
            return
        index = min(max(round(event.xdata * self.x_max), 0), len(self.x) - 1)
        if index != self._hover_index:
            self.set_hover(index)
            self.hovered.emit(index)

    def _on_canvas_leave(self, _event: Event) -> None:
        if self._hover_index != -1:
            self.set_hover(-1)
            self.hovered.emit(-1)


class NextLoanChart(BlitChart):
    """Extra cost of the next loan by application month; months when it is likely refused are
    marked with crosses on the axis, the chosen month with a vertical line."""

    #: Equal steps on the money axis.
    MONEY_STEPS = 4
    #: Canvas height in pixels at 100 % text.
    HEIGHT = 220

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, height_in=2.3)
        self.set_fixed_height(self.HEIGHT)
        self.axes = self.figure.add_subplot()
        (self.line_extra,) = self.axes.plot(
            [],
            [],
            "-",
            drawstyle="steps-post",
            color=COLOURS["scenario"],
            linewidth=2,
            animated=True,
        )
        (self.line_refused,) = self.axes.plot(
            [], [], "x", color=COLOURS["black"], markersize=6, clip_on=False, animated=True
        )
        self.chosen = self.axes.axvline(0, color=COLOURS["on_time"], linewidth=1.2, linestyle=":")
        self.chosen.set_animated(True)
        self.axes.set_ylim(0, 1)
        self.axes.set_xlim(-0.5, 1.5)
        self.money_ticks = self.add_tick_overlay(
            self.axes.yaxis, fractions(self.MONEY_STEPS), placeholder="8,888"
        )
        self.month_ticks = self.add_tick_overlay(self.axes.xaxis, [0.0], placeholder="8")
        self.axes.grid(True, axis="y", alpha=0.3)
        self.legend = _legend_above(
            self.axes, [self.line_extra, self.line_refused, self.chosen], ["", "", ""], columns=3
        )
        self._animated = [self.line_extra, self.chosen, self.line_refused]
        self._tick_label: Callable[[int], str] = str
        self._max_month_ticks = 7
        self._months = 0
        self._extra: list[float | None] = []
        self._chosen_index = 0

    def set_texts(
        self,
        *,
        x_label: str,
        y_label: str,
        extra: str,
        refused: str,
        chosen: str,
        tick_label: Callable[[int], str],
        text_scale: int = 100,
    ) -> None:
        """Set every label; ``tick_label(i)`` names the i-th month after the first."""
        self._words = {"x": x_label, "y": y_label, "extra": extra, "refused": refused}
        self._words["chosen"] = chosen
        self.axes.set_xlabel(x_label)
        self.axes.set_ylabel(y_label)
        self._tick_label = tick_label
        large = text_scale >= 150
        self.legend.remove()
        self.legend = _legend_above(
            self.axes,
            [self.line_extra, self.line_refused, self.chosen],
            [extra, refused, chosen],
            columns=1 if large else 3,
        )
        self._max_month_ticks = 4 if large else 7
        self.set_fixed_height(int(self.HEIGHT * (1.8 if large else 1.0)))
        self.scale_fonts(min(text_scale, CHART_TEXT_SCALE_MAX))
        self.apply_palette()
        self.month_ticks.placeholder = "8"  # measured again from the new month names
        if self._months:
            self.set_data(self._extra, self._chosen_index)
        self.relayout()

    def set_data(self, extra: Sequence[float | None], chosen_index: int) -> None:
        """``extra[i]``: extra cost applying i months after the first month (None: refused)."""
        self._extra = list(extra)
        self._chosen_index = chosen_index
        months = len(extra)
        x = [float(i) for i in range(months)]
        finite = [v for v in extra if v is not None]
        top, step = nice_scale(max([*finite, 0.0]) * 1.1, self.MONEY_STEPS)
        values = [math.nan if v is None else v / top for v in extra]
        refused_x = [i for i, v in zip(x, extra, strict=True) if v is None]
        self.line_extra.set_data(x, values)
        self.line_refused.set_data(refused_x, [0.0] * len(refused_x))
        self.chosen.set_xdata([chosen_index, chosen_index])
        redraw = False
        if months != self._months:
            self._months = months
            self.axes.set_xlim(-0.5, max(months - 1, 1) + 0.5)
            redraw = True
        month_step = next(
            (s for s in _MONTH_TICK_STEPS if (months - 1) // s + 1 <= self._max_month_ticks),
            _MONTH_TICK_STEPS[-1],
        )
        month_positions = [float(i) for i in range(0, max(months, 1), month_step)]
        redraw |= self._update_ticks(
            self.month_ticks,
            month_positions,
            [self._tick_label(int(i)) for i in month_positions],
        )
        redraw |= self._update_scale(self.money_ticks, self.MONEY_STEPS, step)
        if redraw:
            self._full_redraw()
        else:
            self._blit()

    def series(self) -> dict[str, list[float]]:
        """What the chart shows: x, the extra cost (NaN when refused), refused months."""
        x, _ = self.line_extra.get_data()
        rx, _ = self.line_refused.get_data()
        extra = [math.nan if v is None else float(v) for v in self._extra]
        return {"x": list(x), "extra": extra, "refused": list(rx)}

    # --- text alternative ---------------------------------------------------------------------

    def summary(self) -> str:
        """The extra cost when approved, how many months are likely refused, and the month
        chosen."""
        words = getattr(self, "_words", None)
        if not words or not self._extra:
            return ""
        months = alt.Names(len(self._extra), self._tick_label)
        approved = [i for i, v in enumerate(self._extra) if v is not None]
        parts = []
        if approved:
            values = [float(self._extra[i] or 0.0) for i in approved]
            names = alt.Names(len(approved), lambda k: months[approved[k]])
            parts.append(alt.series_sentence(words["extra"], values, names))
        refused = len(self._extra) - len(approved)
        if refused:
            parts.append(
                QCoreApplication.translate("CalculatorCharts", "%1: %2 of %3 months.")
                .replace("%1", words["refused"])
                .replace("%2", str(refused))
                .replace("%3", str(len(self._extra)))
            )
        if 0 <= self._chosen_index < len(months):
            parts.append(f"{words['chosen']}: {months[self._chosen_index]}.")
        return alt.chart_sentence(words["y"], parts)

    def table(self) -> tuple[list[str], list[list[str]]]:
        """One row per application month: the extra cost, or "likely refused"."""
        words = getattr(self, "_words", None)
        if not words or not self._extra:
            return [], []
        rows = []
        for i, value in enumerate(self._extra):
            shown = words["refused"] if value is None else alt.number(value)
            mark = f" ({words['chosen']})" if i == self._chosen_index else ""
            rows.append([self._tick_label(i) + mark, shown])
        return [words["x"], words["extra"]], rows
