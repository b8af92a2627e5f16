"""The matplotlib canvas all DueWise charts use: Chinese fonts, a colour-blind-safe palette.

matplotlib is imported here, and this module is imported only by pages that draw charts, when they
are first built, so start-up never pays for it. Charts create their artists once and then update
them with ``set_data`` + ``draw_idle`` (never ``pyplot``).
"""

from __future__ import annotations

import matplotlib

matplotlib.use("QtAgg")

from matplotlib import font_manager
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

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

CJK_CANDIDATES = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
)
_configured = False


def configure_matplotlib() -> None:
    """Use DejaVu Sans for Latin text and an installed CJK family for Chinese (per-glyph fallback).

    Only installed families are listed: a missing one floods the log with ``findfont`` messages.
    """
    global _configured  # noqa: PLW0603 - configure the process-wide rcParams once
    if _configured:
        return
    installed = {f.name for f in font_manager.fontManager.ttflist}
    families = ["DejaVu Sans"] + [f for f in CJK_CANDIDATES if f in installed]
    matplotlib.rcParams["font.family"] = families
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["svg.fonttype"] = "path"
    _configured = True


class ChartCanvas(QWidget):
    """A ``Figure`` in a ``FigureCanvasQTAgg``, coloured from the Qt palette.

    Attributes:
        figure: the matplotlib figure (build axes on it once).
        canvas: the Qt canvas; call ``redraw()`` after updating artists.
    """

    def __init__(self, parent: QWidget | None = None, *, height_in: float = 3.2) -> None:
        super().__init__(parent)
        configure_matplotlib()
        self.figure = Figure(figsize=(6.4, height_in), layout="constrained")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(220)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def text_colour(self) -> str:
        """The window text colour of the current palette, for labels and ticks."""
        return str(self.palette().color(QPalette.ColorRole.WindowText).name())

    def background_colour(self) -> str:
        """The base colour of the current palette, for the figure background."""
        return str(self.palette().color(QPalette.ColorRole.Base).name())

    def apply_palette(self) -> None:
        """Colour the figure and every axes from the Qt palette (light or dark theme)."""
        fg, bg = self.text_colour(), self.background_colour()
        self.figure.set_facecolor(bg)
        for axes in self.figure.axes:
            axes.set_facecolor(bg)
            axes.tick_params(colors=fg, labelcolor=fg)
            axes.xaxis.label.set_color(fg)
            axes.yaxis.label.set_color(fg)
            axes.title.set_color(fg)
            for spine in axes.spines.values():
                spine.set_color(fg)
            legend = axes.get_legend()
            if legend is not None:
                legend.get_frame().set_facecolor(bg)
                for text in legend.get_texts():
                    text.set_color(fg)

    def scale_fonts(self, text_scale: int) -> None:
        """Follow the app's text-size setting (100–200 %)."""
        size = 9.0 * text_scale / 100
        for text in self.figure.findobj(match=lambda a: hasattr(a, "set_fontsize")):
            text.set_fontsize(size)

    def redraw(self) -> None:
        """Schedule a repaint after artists changed."""
        self.canvas.draw_idle()

    def png_bytes(self, dpi: int = 150) -> bytes:
        """The chart as PNG (for PDF reports and exports)."""
        import io

        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", dpi=dpi, facecolor="white")
        return buffer.getvalue()
