"""The calculator's charts: amount owed on time vs. the scenario, the extra cost by kind, and the
next loan's extra cost by application month.

Artists are created once. Data changes update them in place; when the axis limits stay the same
(limits move in "nice" steps, so most input changes keep them) only the data artists are redrawn
over a cached background (blitting), otherwise the canvas is redrawn with ``draw_idle``. The
constrained layout runs only when the size, texts or text size change, because it doubles the cost
of a full draw.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Sequence
from typing import Any

from matplotlib.axes import Axes
from matplotlib.backend_bases import DrawEvent, Event, MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.legend import Legend
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import Bbox
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from duewise.ui.charts.base import COLOURS, LINE_STYLES, ChartCanvas

#: Segments of the extra-cost bar, bottom to top.
EXTRA_KINDS = ("interest", "penalties", "fees", "interest_on_interest")
_EXTRA_COLOURS = {
    "interest": COLOURS["interest"],
    "penalties": COLOURS["penalty"],
    "fees": COLOURS["fees"],
    "interest_on_interest": COLOURS["interest_on_interest"],
}
_EXTRA_HATCH = {"interest": "", "penalties": "//", "fees": "..", "interest_on_interest": "xx"}
#: Chart text grows with the app's text size up to this percent (larger leaves no room to plot).
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


def _grouped(value: float, _pos: object = None) -> str:
    return f"{value:,.0f}"


def _quiet_layout(canvas: FigureCanvasQTAgg) -> None:
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


class CompoundingChart(ChartCanvas):
    """Owed over time (on time: solid; scenario: dashed; the gap shaded) and the extra-cost bar.

    Signals:
        hovered(int): the pointer is over this point of the owed chart (-1 when it leaves).
    """

    hovered = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, height_in=3.4)
        self.canvas.setMinimumHeight(260)
        _quiet_layout(self.canvas)
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
        ax.yaxis.set_major_locator(MaxNLocator(5))
        ax.yaxis.set_major_formatter(FuncFormatter(_grouped))
        ax.xaxis.set_major_locator(MaxNLocator(7, integer=True))
        ax.grid(True, axis="y", alpha=0.3)
        self.legend = _legend_above(
            ax, [self.line_on_time, self.line_scenario, self.gap], ["", "", ""], columns=3
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
        self.ax_extra.set_xticks([])
        self.ax_extra.yaxis.set_major_locator(MaxNLocator(4))
        self.ax_extra.yaxis.set_major_formatter(FuncFormatter(_grouped))
        self.extra_legend = self.figure.legend(
            [self.bars[k] for k in EXTRA_KINDS],
            [""] * len(EXTRA_KINDS),
            loc="outside lower right",
            ncols=len(EXTRA_KINDS),
            frameon=False,
        )
        self.x: list[float] = []
        self.on_time: list[float] = []
        self.scenario: list[float] = []
        self.extra: dict[str, float] = dict.fromkeys(EXTRA_KINDS, 0.0)
        self._limits: tuple[float, float, float] = (0.0, 0.0, 0.0)
        self._background: object | None = None
        self._full_pending = True
        self._hover_index = -1
        self._animated = [
            self.gap,
            self.line_on_time,
            self.line_scenario,
            self.hover_line,
            *self.bars.values(),
        ]
        self.canvas.mpl_connect("draw_event", self._on_canvas_draw)
        self.canvas.mpl_connect("motion_notify_event", self._on_canvas_motion)
        self.canvas.mpl_connect("axes_leave_event", self._on_canvas_leave)
        self.canvas.mpl_connect("resize_event", self._on_canvas_resize)

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
        self.ax_owed.set_xlabel(x_label)
        self.ax_owed.set_ylabel(y_label)
        large = text_scale >= 150
        # Legends are rebuilt: their column count follows the text size (a legend lays its
        # entries out when it is made).
        self.legend.remove()
        self.legend = _legend_above(
            self.ax_owed,
            [self.line_on_time, self.line_scenario, self.gap],
            [on_time, scenario, gap],
            columns=1 if large else 3,
        )
        self.ax_extra.set_title(extra_title)
        self.extra_legend.remove()
        self.extra_legend = self.figure.legend(
            [self.bars[k] for k in EXTRA_KINDS],
            [extra_labels[k] for k in EXTRA_KINDS],
            loc="outside lower right",
            ncols=2 if large else len(EXTRA_KINDS),
            frameon=False,
        )
        self.canvas.setMinimumHeight(int(260 * (1.6 if large else 1.0)))
        self.scale_fonts(min(text_scale, CHART_TEXT_SCALE_MAX))
        self.apply_palette()
        self.relayout()

    def relayout(self) -> None:
        """Run the constrained layout on the next draw (texts, text size or size changed)."""
        self.figure.set_layout_engine("constrained")
        self._full_redraw()

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
        self.line_on_time.set_data(self.x, self.on_time)
        self.line_scenario.set_data(self.x, self.scenario)
        self.gap.set_data(self.x, self.on_time, self.scenario)
        bottom = 0.0
        for kind in EXTRA_KINDS:
            patch = self.bars[kind]
            patch.set_y(bottom)
            patch.set_height(self.extra[kind])
            bottom += self.extra[kind]
        x_max = float(max(6, math.ceil(max(n - 1, 1) / 6) * 6))
        y_max = nice_ceiling(max([*self.on_time, *self.scenario, 0.0]) * 1.08)
        extra_max = nice_ceiling(bottom * 1.05) if bottom > 0 else 1.0
        limits = (x_max, y_max, extra_max)
        if limits != self._limits:
            digits_changed = len(_grouped(y_max)) != len(_grouped(self._limits[1])) or len(
                _grouped(extra_max)
            ) != len(_grouped(self._limits[2]))
            self._limits = limits
            self.ax_owed.set_xlim(-0.3, x_max + 0.3)
            self.ax_owed.set_ylim(0, y_max)
            self.ax_extra.set_ylim(0, extra_max)
            if digits_changed:
                self.figure.set_layout_engine("constrained")
            self._full_redraw()
        else:
            self._blit()

    def series(self) -> dict[str, list[float]]:
        """What the chart shows (tests and accessibility): x, on_time, scenario."""
        x, y = self.line_scenario.get_data()
        _, y0 = self.line_on_time.get_data()
        return {"x": list(map(float, x)), "on_time": list(map(float, y0)), "scenario": list(y)}

    # --- hover --------------------------------------------------------------------------------

    def set_hover(self, index: int) -> None:
        """Mark one month with a vertical line (-1: none)."""
        self._hover_index = index
        visible = 0 <= index < len(self.x)
        self.hover_line.set_visible(visible)
        if visible:
            self.hover_line.set_xdata([index, index])
        self._blit()

    def _on_canvas_motion(self, event: Event) -> None:
        if not isinstance(event, MouseEvent) or event.inaxes is not self.ax_owed:
            return
        if event.xdata is None or not self.x:
            return
        index = min(max(round(event.xdata), 0), len(self.x) - 1)
        if index != self._hover_index:
            self.set_hover(index)
            self.hovered.emit(index)

    def _on_canvas_leave(self, _event: Event) -> None:
        if self._hover_index != -1:
            self.set_hover(-1)
            self.hovered.emit(-1)

    # --- drawing ------------------------------------------------------------------------------

    def _on_canvas_resize(self, _event: Event) -> None:
        self.figure.set_layout_engine("constrained")
        self._full_pending = True

    def _full_redraw(self) -> None:
        self._full_pending = True
        self.redraw()

    def _on_canvas_draw(self, _event: DrawEvent) -> None:
        # A full draw leaves out the animated artists: keep it as the background, then add them.
        # The layout just ran; keep it fixed until the size or the texts change.
        if self.canvas.is_saving():
            return  # a PNG export: matplotlib draws the animated artists itself
        if isinstance(self.figure.get_layout_engine(), ConstrainedLayoutEngine):
            self.figure.set_layout_engine("none")
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        self._full_pending = False
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
        # Only the axes changed (the background is the same): repaint only them.
        self.canvas.blit(Bbox.union([axes.bbox for axes in self.figure.axes]).padded(4))

    def draw_now(self) -> None:
        """Finish any pending redraw synchronously (benchmarks, exports)."""
        if self._full_pending:
            self.canvas.draw()


class NextLoanChart(ChartCanvas):
    """Extra cost of the next loan by application month; months when it is likely refused are
    marked with crosses on the axis, the chosen month with a vertical line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, height_in=2.3)
        self.canvas.setMinimumHeight(200)
        _quiet_layout(self.canvas)
        self.axes = self.figure.add_subplot()
        (self.line_extra,) = self.axes.plot(
            [], [], "-", drawstyle="steps-post", color=COLOURS["scenario"], linewidth=2
        )
        (self.line_refused,) = self.axes.plot(
            [], [], "x", color=COLOURS["black"], markersize=6, clip_on=False
        )
        self.chosen = self.axes.axvline(0, color=COLOURS["on_time"], linewidth=1.2, linestyle=":")
        self.axes.yaxis.set_major_locator(MaxNLocator(4))
        self.axes.yaxis.set_major_formatter(FuncFormatter(_grouped))
        self.axes.xaxis.set_major_locator(MaxNLocator(7, integer=True))
        self.axes.grid(True, axis="y", alpha=0.3)
        self.legend = _legend_above(
            self.axes, [self.line_extra, self.line_refused, self.chosen], ["", "", ""], columns=3
        )
        self._tick_label: Callable[[int], str] = str

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
        self.axes.set_xlabel(x_label)
        self.axes.set_ylabel(y_label)
        self._tick_label = tick_label
        self.axes.xaxis.set_major_formatter(FuncFormatter(lambda v, _p: self._tick_label(int(v))))
        large = text_scale >= 150
        self.legend.remove()
        self.legend = _legend_above(
            self.axes,
            [self.line_extra, self.line_refused, self.chosen],
            [extra, refused, chosen],
            columns=1 if large else 3,
        )
        self.axes.xaxis.set_major_locator(MaxNLocator(4 if large else 7, integer=True))
        self.canvas.setMinimumHeight(int(200 * (1.8 if large else 1.0)))
        self.scale_fonts(min(text_scale, CHART_TEXT_SCALE_MAX))
        self.apply_palette()
        self.redraw()

    def set_data(self, extra: Sequence[float | None], chosen_index: int) -> None:
        """``extra[i]``: extra cost applying i months after the first month (None: refused)."""
        x = [float(i) for i in range(len(extra))]
        values = [math.nan if v is None else v for v in extra]
        refused_x = [i for i, v in zip(x, extra, strict=True) if v is None]
        self.line_extra.set_data(x, values)
        self.line_refused.set_data(refused_x, [0.0] * len(refused_x))
        self.chosen.set_xdata([chosen_index, chosen_index])
        finite = [v for v in values if not math.isnan(v)]
        self.axes.set_xlim(-0.5, max(len(extra) - 1, 1) + 0.5)
        self.axes.set_ylim(0, nice_ceiling(max([*finite, 0.0]) * 1.1))
        self.redraw()

    def series(self) -> dict[str, list[float]]:
        """What the chart shows: x and the extra cost (NaN when refused), refused months."""
        x, y = self.line_extra.get_data()
        rx, _ = self.line_refused.get_data()
        return {"x": list(x), "extra": list(y), "refused": list(rx)}
