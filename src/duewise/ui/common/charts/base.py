"""The matplotlib canvas all DueWise charts use: Chinese fonts, a colour-blind-safe palette,
text that grows with the app's, a text alternative, and a wheel that scrolls the page.

matplotlib is imported here, and this module is imported only by pages that draw charts, when they
are first built, so start-up never pays for it. Charts create their artists once and then update
them with ``set_data`` + ``draw_idle`` (never ``pyplot``).
"""

from __future__ import annotations

import matplotlib

matplotlib.use("QtAgg")

import contextlib
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from matplotlib.axis import Axis
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FixedLocator, FuncFormatter
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPainter,
    QPaintEvent,
    QPalette,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from duewise.ui.common import theme
from duewise.ui.common.charts import fonts
from duewise.ui.common.charts.style import ChartStyler
from duewise.ui.common.charts.text_alternative import ChartTable

#: Okabe-Ito colours: distinguishable with the common colour-vision deficiencies.
COLOURS = {
    "on_time": "#0072B2",
    "scenario": "#D55E00",
    "principal": "#999999",
    "interest": "#E69F00",
    "penalty": "#CC79A7",
    "fees": "#009E73",
    "interest_on_interest": "#56B4E9",
    "extra": "#F0E442",
    "black": "#000000",
}
#: Line styles, so on-time vs. missed is told apart without colour too.
LINE_STYLES = {"on_time": "-", "scenario": "--"}
SERIES_CYCLE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
#: Figure resolution on screen: a matplotlib point is FIGURE_DPI / 72 logical pixels.
FIGURE_DPI = 100

_configured = False


def configure_matplotlib() -> None:
    """Use DejaVu Sans for Latin text and a Chinese family for Chinese (per-glyph fallback).

    ``fonts.chart_families`` makes matplotlib know the system's Chinese fonts even when its
    cached font list predates them, and lists only families it knows (a missing one floods the
    log with ``findfont`` messages); with none at all, the window's banner says what to install.
    """
    global _configured  # noqa: PLW0603 - configure the process-wide rcParams once
    if _configured:
        return
    matplotlib.rcParams["font.family"] = fonts.chart_families()
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["svg.fonttype"] = "path"
    _configured = True


_qt_tick_family: str | None = None


def _tick_family() -> str:
    """The family matplotlib draws Latin text in (DejaVu Sans, from matplotlib's own files), made
    known to Qt so painted tick labels look like the rest of the chart."""
    global _qt_tick_family  # noqa: PLW0603 - register the font file with Qt once
    if _qt_tick_family is None:
        path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _qt_tick_family = families[0] if families else ""
    return _qt_tick_family


class TickOverlay:
    """Tick labels that Qt paints over the canvas, so new labels need no matplotlib redraw.

    A full matplotlib draw is mostly text (each tick label costs 1–2 ms to lay out and render), so
    a chart whose tick labels change with every edit cannot be redrawn within 30 ms. Instead the
    axis keeps fixed tick positions (the charts scale their data to a fixed range), matplotlib
    draws the ticks, the grid and an invisible *placeholder* label at each (which reserves the room
    the layout needs), and the real labels are painted by Qt after the figure (microseconds).

    Exports (``ChartCanvas.exporting``) switch back to real matplotlib labels, so PNG, SVG and PDF
    files show them.
    """

    def __init__(self, axis: Axis, positions: Sequence[float], *, placeholder: str) -> None:
        self.axis = axis
        self.positions: list[float] = []
        self.labels: list[str] = []
        self.placeholder = placeholder
        self.colour = "#000000"
        self.exporting = False
        self._font: QFont | None = None
        self._anchors: tuple[list[tuple[float, float]], str, str] | None = None
        axis.set_major_formatter(FuncFormatter(self._format))
        self.set_positions(positions)

    def set_positions(self, positions: Sequence[float]) -> bool:
        """Move the ticks (data coordinates). True if they moved: the figure must be redrawn."""
        new = [float(p) for p in positions]
        if new == self.positions:
            return False
        self.positions = new
        self.labels = [""] * len(new)
        self._anchors = None
        self.axis.set_major_locator(FixedLocator(new))
        return True

    def set_labels(self, labels: Sequence[str]) -> bool:
        """Show these labels (one per position). True if one is longer than the placeholder, which
        then grows: the layout must run again to make room."""
        self.labels = list(labels)
        longest = max(self.labels, key=len, default="")
        if len(longest) > len(self.placeholder):
            self.placeholder = "8" * len(longest)
            return True
        return False

    def _format(self, value: float, _pos: object = None) -> str:
        if not self.exporting:
            return self.placeholder
        for position, label in zip(self.positions, self.labels, strict=False):
            if abs(position - value) < 1e-9:
                return label
        return ""

    def hide_drawn_labels(self) -> None:
        """matplotlib draws the placeholders transparent (call after colouring the axes)."""
        self.axis.set_tick_params(labelcolor=self.colour if self.exporting else "none")

    def forget_anchors(self) -> None:
        """The figure was drawn again (new layout or size): place the labels afresh."""
        self._anchors = None

    def _place(self, canvas: FigureCanvasQTAgg) -> tuple[list[tuple[float, float]], str, str]:
        """Where each label is anchored (widget pixels) and how it aligns there, as matplotlib
        would draw it; kept until the next full draw."""
        if self._anchors is None:
            label = self.axis.get_major_ticks(len(self.positions))[0].label1
            transform = label.get_transform()
            ratio = canvas.device_pixel_ratio or 1.0
            height = canvas.figure.bbox.height
            is_x = self.axis.axis_name == "x"
            points = transform.transform([(p, 0.0) if is_x else (0.0, p) for p in self.positions])
            self._anchors = (
                [(x / ratio, (height - y) / ratio) for x, y in points],
                label.get_horizontalalignment(),
                label.get_verticalalignment(),
            )
        return self._anchors

    def pixel_size(self, canvas: FigureCanvasQTAgg) -> int:
        """The labels' font size in logical pixels: matplotlib's tick-label size on this
        canvas (so they grow with the chart's text)."""
        label = self.axis.get_major_ticks(1)[0].label1
        ratio = canvas.device_pixel_ratio or 1.0
        return max(1, round(label.get_fontsize() * canvas.figure.dpi / ratio / 72))

    def paint(self, painter: QPainter, canvas: FigureCanvasQTAgg) -> None:
        """Paint the labels where matplotlib would have drawn them, aligned the same way."""
        if not self.positions or not any(self.labels):
            return
        label = self.axis.get_major_ticks(1)[0].label1
        if not label.get_visible():
            return
        pixels = self.pixel_size(canvas)
        if self._font is None or self._font.pixelSize() != pixels:
            font = QFont(canvas.font())
            family = _tick_family()
            if family:
                font.setFamily(family)
            font.setPixelSize(pixels)
            self._font = font
        painter.setFont(self._font)
        painter.setPen(QColor(self.colour))
        metrics = painter.fontMetrics()
        anchors, ha, va = self._place(canvas)
        for (anchor_x, anchor_y), text in zip(anchors, self.labels, strict=False):
            if not text:
                continue
            x, y = anchor_x, anchor_y
            width = metrics.horizontalAdvance(text)
            if ha == "right":
                x -= width
            elif ha == "center":
                x -= width / 2
            if va == "top":
                y += metrics.ascent()
            elif va == "bottom":
                y -= metrics.descent()
            elif va != "baseline":  # center, center_baseline
                y += (metrics.ascent() - metrics.descent()) / 2
            painter.drawText(QPointF(x, y), text)


class _OverlayCanvas(FigureCanvasQTAgg):
    """A Qt-Agg canvas that paints ``TickOverlay`` labels after the figure, styles the figure
    before each full draw (``before_draw``) and lets the mouse wheel scroll the page."""

    def __init__(self, figure: Figure, parent: QWidget | None = None) -> None:
        super().__init__(figure)
        if parent is not None:
            self.setParent(parent)
        self.tick_overlays: list[TickOverlay] = []
        #: ``time.perf_counter()`` when the canvas last finished painting (benchmarks).
        self.painted_at = 0.0
        #: Called before every full draw (the owner restyles the figure there).
        self.before_draw: Callable[[], None] = lambda: None
        #: True: the chart uses the wheel itself (``scroll_event``) and keeps it from the page.
        self.wants_wheel = False
        self.mpl_connect("draw_event", self._on_draw)
        self._draw_when_shown = False

    def draw(self) -> None:
        self.before_draw()
        super().draw()

    def draw_idle(self) -> None:
        """Draw soon, or, on a page that is not shown, once it is: a theme or text-size change
        with every page open had every chart drawn at once (half a second) for nobody."""
        if self.isVisible():
            super().draw_idle()
        else:
            self._draw_when_shown = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._draw_when_shown:
            self._draw_when_shown = False
            super().draw_idle()

    def _on_draw(self, _event: object) -> None:
        for overlay in self.tick_overlays:
            overlay.forget_anchors()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """matplotlib sees the wheel (``scroll_event``), then the page scrolls: FigureCanvasQT
        would keep the event accepted and the page would stop scrolling under the pointer."""
        super().wheelEvent(event)
        if not self.wants_wheel:
            event.ignore()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.tick_overlays and hasattr(self, "renderer"):
            painter = QPainter(self)
            try:
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
                for overlay in self.tick_overlays:
                    if not overlay.exporting:
                        overlay.paint(painter, self)
            finally:
                painter.end()
        self.painted_at = time.perf_counter()


class ChartCanvas(QWidget):
    """A ``Figure`` in a ``FigureCanvasQTAgg``, coloured from the Qt palette, sized with the
    text, and with a text alternative.

    Text size: every chart text is as large as the body text (``scale_fonts`` can ask for
    larger, as the projector does), and line widths, markers and ticks grow by the same factor,
    on screen and in exported files (``style.ChartStyler``). A change of the app's font or
    palette restyles and redraws the chart by itself.

    Text alternative: a subclass returns one sentence from :meth:`summary` and the data from
    :meth:`table` (or a page sets both with :meth:`set_text_alternative`). They are asked again
    shortly after each redraw; the summary becomes the canvas's accessible description and that
    of the "Show as a table" button under the chart, which shows it with the data as a table.

    Attributes:
        figure: the matplotlib figure (build axes on it once).
        canvas: the Qt canvas; call ``redraw()`` after updating artists.
        text_alternative: the button, summary and table under the canvas.
    """

    def __init__(self, parent: QWidget | None = None, *, height_in: float = 3.2) -> None:
        super().__init__(parent)
        configure_matplotlib()
        self.figure = Figure(figsize=(6.4, height_in), dpi=FIGURE_DPI, layout="constrained")
        self.canvas = _OverlayCanvas(self.figure, self)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(220)
        self.canvas.before_draw = self._before_full_draw
        self.text_alternative = ChartTable(self)
        self.text_alternative.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.canvas)
        layout.addWidget(self.text_alternative)
        self.font_scale = 100
        #: False: no "Show as a table" under the chart (a projector's copy of a chart the
        #: teacher's own screen offers as a table); the summary is still its description.
        self.offers_table = True
        self._styler = ChartStyler()
        self._colours = ("#000000", "#ffffff")
        self._alternative: tuple[str, list[str], list[list[str]]] | None = None
        self._alternative_timer = QTimer(self)
        self._alternative_timer.setSingleShot(True)
        self._alternative_timer.setInterval(0)
        self._alternative_timer.timeout.connect(self.update_text_alternative)

    def set_fixed_height(self, pixels: int) -> None:
        """Keep the chart this tall whatever the page layout does (a canvas that follows the
        layout is resized, and fully redrawn, whenever a text near it rewraps). The button and
        table of the text alternative come below it."""
        self.canvas.setFixedHeight(pixels)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    # --- colours -----------------------------------------------------------------------------

    def text_colour(self) -> str:
        """The window text colour of the current palette, for labels and ticks."""
        return str(self.palette().color(QPalette.ColorRole.WindowText).name())

    def background_colour(self) -> str:
        """The base colour of the current palette, for the figure background."""
        return str(self.palette().color(QPalette.ColorRole.Base).name())

    def apply_palette(self) -> None:
        """Colour the figure and every axes from the Qt palette (light, dark or high contrast)."""
        self._apply_colours(self.text_colour(), self.background_colour())

    def _apply_colours(self, fg: str, bg: str) -> None:
        self._colours = (fg, bg)
        self.figure.set_facecolor(bg)
        for axes in self.figure.axes:
            axes.set_facecolor(bg)
            axes.tick_params(colors=fg, labelcolor=fg)
            axes.xaxis.label.set_color(fg)
            axes.yaxis.label.set_color(fg)
            axes.title.set_color(fg)
            for spine in axes.spines.values():
                spine.set_color(fg)
        legends = [axes.get_legend() for axes in self.figure.axes] + list(self.figure.legends)
        for legend in legends:
            if legend is not None:
                legend.get_frame().set_facecolor(bg)
                for text in legend.get_texts():
                    text.set_color(fg)
        self._styler.apply_colours(self.figure, fg, bg)
        for overlay in self.canvas.tick_overlays:
            overlay.colour = fg
            overlay.hide_drawn_labels()

    # --- text size ---------------------------------------------------------------------------

    def scale_fonts(self, text_scale: int) -> None:
        """Draw the chart's text at least ``text_scale`` % of the body text at 100 % (and never
        smaller than the body text now), its lines as much thicker."""
        self.font_scale = text_scale
        self._apply_sizes()

    def text_points(self) -> float:
        """The size of the chart's text, in matplotlib points."""
        return self._text_pixels() * 72 / FIGURE_DPI

    def line_factor(self) -> float:
        """How much thicker than at 100 % lines are drawn (the text's growth)."""
        return self._text_pixels() / _body_pixels(theme.body_point_size(100), self)

    def _text_pixels(self) -> float:
        wanted = _body_pixels(theme.body_point_size(100), self) * self.font_scale / 100
        body = _body_pixels(self.font().pointSizeF(), self)
        return max(wanted, body)

    def _apply_sizes(self) -> None:
        self._styler.apply_sizes(self.figure, self.text_points(), self.line_factor())

    def _before_full_draw(self) -> None:
        """Sizes and colours again: artists made since the last styling follow too."""
        self._apply_sizes()
        self._styler.apply_colours(self.figure, *self._colours)

    def changeEvent(self, event: QEvent) -> None:
        """Follow the app's text size and theme by themselves; new words for the button."""
        kind = event.type()
        if kind in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            if kind == QEvent.Type.PaletteChange:
                self.apply_palette()
            self._apply_sizes()
            self.style_changed()
        elif kind == QEvent.Type.LanguageChange:
            self.text_alternative.retranslate_ui()
            self.text_alternative_changed()
        super().changeEvent(event)

    def style_changed(self) -> None:
        """The text size or the theme changed: draw the figure again (subclasses lay it out
        again first)."""
        self.canvas.draw_idle()

    # --- text alternative --------------------------------------------------------------------

    def summary(self) -> str:
        """One sentence saying what the chart shows now (subclasses say more); a chart with
        no summary offers no table."""
        if self._alternative is not None:
            return self._alternative[0]
        return ""

    def table(self) -> tuple[list[str], list[list[str]]]:
        """The chart's data: column headers and rows of texts, as a reader would say them."""
        if self._alternative is not None:
            return self._alternative[1], self._alternative[2]
        return [], []

    def chart_title(self) -> str:
        """The chart's name for assistive technology: each plot's title, or its y-axis label."""
        names: list[str] = []
        for axes in self.figure.axes:
            name = axes.get_title() or axes.get_ylabel()
            if name and name not in names:
                names.append(name)
        return " / ".join(names) or QCoreApplication.translate("ChartCanvas", "Chart")

    def focus_chain(self) -> list[QWidget]:
        """What Tab reaches of the chart, in order: its table's button, then the table."""
        return self.text_alternative.focus_chain()

    def set_text_alternative(
        self, summary: str, headers: Sequence[str], rows: Sequence[Sequence[str]]
    ) -> None:
        """Give the chart its summary and data from outside (instead of overriding them)."""
        self._alternative = (summary, list(headers), [list(r) for r in rows])
        self.update_text_alternative()

    def text_alternative_changed(self) -> None:
        """The data changed: ask :meth:`summary` and :meth:`table` again soon (once, however
        often this is called before the event loop runs)."""
        self._alternative_timer.start()

    def update_text_alternative(self) -> None:
        """Ask :meth:`summary` and :meth:`table` now and show the answers."""
        self._alternative_timer.stop()
        summary = self.summary()
        title = self.chart_title()
        self.canvas.setAccessibleName(title)
        self.canvas.setAccessibleDescription(summary)
        self.text_alternative.set_content(title, summary, self.table)
        if not self.offers_table:
            self.text_alternative.hide()

    # --- drawing and files -------------------------------------------------------------------

    def add_tick_overlay(
        self, axis: Axis, positions: Sequence[float], *, placeholder: str = "8,888"
    ) -> TickOverlay:
        """Let Qt paint this axis's tick labels (see ``TickOverlay``)."""
        overlay = TickOverlay(axis, positions, placeholder=placeholder)
        overlay.colour = self.text_colour()
        overlay.hide_drawn_labels()
        self.canvas.tick_overlays.append(overlay)
        return overlay

    def tick_labels(self, axis: Axis) -> list[str]:
        """The tick labels shown on an axis (painted or drawn), for tests and accessibility."""
        for overlay in self.canvas.tick_overlays:
            if overlay.axis is axis:
                return list(overlay.labels)
        return [label.get_text() for label in axis.get_ticklabels()]

    @contextlib.contextmanager
    def exporting(self) -> Iterator[None]:
        """matplotlib draws the real tick labels while saving a file (Qt paints them on screen);
        files are printed, so they are drawn dark on white at the chart's text size."""
        overlays = self.canvas.tick_overlays
        for overlay in overlays:
            overlay.exporting = True
        self._apply_sizes()
        self._apply_colours("#000000", "#ffffff")
        try:
            yield
        finally:
            for overlay in overlays:
                overlay.exporting = False
            self.apply_palette()
            self.after_export()

    def after_export(self) -> None:
        """Saving drew the figure at another size into a new buffer: draw the screen again."""
        self.canvas.draw_idle()
        self.canvas.update()

    def redraw(self) -> None:
        """Schedule a repaint after artists changed."""
        self.canvas.draw_idle()
        self.text_alternative_changed()

    def png_bytes(self, dpi: int = 150) -> bytes:
        """The chart as PNG (for PDF reports and exports)."""
        import io

        buffer = io.BytesIO()
        with self.exporting():
            self.figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
        return buffer.getvalue()

    def svg_bytes(self) -> bytes:
        """The chart as SVG (text as paths, so it looks the same without our fonts)."""
        import io

        buffer = io.BytesIO()
        with self.exporting():
            self.figure.savefig(buffer, format="svg", facecolor="white")
        return buffer.getvalue()


def _body_pixels(points: float, widget: QWidget) -> float:
    """``points`` of a Qt font in the widget's logical pixels."""
    return points * widget.logicalDpiY() / 72
