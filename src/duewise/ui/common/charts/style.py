"""How every chart follows the text size and the theme, whatever its screen drew.

A chart module makes its artists with the colours of ``base.COLOURS`` (Okabe-Ito, chosen for
colour-vision deficiencies) and the line widths that look right at 100 % text. Before each full
draw, on a theme change and for an export, :class:`ChartStyler` then:

- sets every text to the chart's text size (never smaller than the body text) and multiplies
  every line width, marker, hatch, tick and spine by the same factor as the text;
- draws "ink" (``#000000``: spines, crosses, outlines, texts) in the theme's text colour;
- keeps every *line* at 3:1 or more against the background (WCAG 2.2 SC 1.4.11): a line colour
  that is too close to the background is darkened (on light) or lightened (on dark) in its own
  hue, so the series keep their identity and their line styles;
- gives a *filled* series (bar, area) whose face is under 3:1 a thin outline in the text
  colour, which then carries the contrast (faces more transparent than ``SHADE_ALPHA`` are shading
  behind lines and are left alone).

It remembers each artist's own colour and width, so switching back and forth between themes and
text sizes never drifts. Pure matplotlib: the Qt canvas calls it (``base.ChartCanvas``).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from typing import Any

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import Collection, LineCollection
from matplotlib.colors import to_hex, to_rgba
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text

from duewise.ui.common import contrast

INK = "#000000"
#: A fill this transparent (or more) is shading behind lines, not a series of its own.
SHADE_ALPHA = 0.5
#: Width of the outline given to a fill that is too close to the background (at 100 %).
OUTLINE_WIDTH = 0.8
#: matplotlib's own tick and grid sizes at 100 % (rcParams defaults), scaled with the text.
TICK_WIDTH, TICK_LENGTH, GRID_WIDTH = 0.8, 3.5, 0.8


def _hex(colour: Any) -> tuple[str, float]:
    """A matplotlib colour as ``#rrggbb`` and its alpha (``none`` gives alpha 0)."""
    rgba = to_rgba(colour)
    return to_hex(rgba, keep_alpha=False), rgba[3]


def readable(colour: str, background: str, alpha: float = 1.0, *, ratio: float = 3.0) -> str:
    """``colour``, or the nearest shade of it (towards black on a light background, white on a
    dark one) that reaches ``ratio`` against ``background`` when drawn with ``alpha``."""
    if contrast.contrast_ratio(contrast.blend(colour, alpha, background), background) >= ratio:
        return colour
    towards = "#000000" if contrast.relative_luminance(background) > 0.18 else "#ffffff"
    for step in range(1, 21):
        shade = contrast.blend(towards, step / 20, colour)
        if contrast.contrast_ratio(contrast.blend(shade, alpha, background), background) >= ratio:
            return shade
    return towards


class _Memory:
    """Per artist: the value the chart gave it and the value applied here, so a value that the
    chart changed since (``current != applied``) counts as the chart's new own value."""

    def __init__(self) -> None:
        self._values: weakref.WeakKeyDictionary[Artist, dict[str, Any]] = (
            weakref.WeakKeyDictionary()
        )

    def own(self, artist: Artist, key: str, current: Any) -> Any:
        record = self._values.setdefault(artist, {})
        if key in record and record[key][1] == current:
            return record[key][0]
        record[key] = (current, current)
        return current

    def applied(self, artist: Artist, key: str, value: Any) -> None:
        record = self._values.setdefault(artist, {})
        record[key] = (record[key][0] if key in record else value, value)

    def remember(self, artist: Artist, key: str, own: Any, current: Any) -> None:
        """The chart's own value of ``key`` is ``own``; ``current`` is what is applied now."""
        self._values.setdefault(artist, {})[key] = (own, current)

    def knows(self, artist: Artist, key: str) -> bool:
        return key in self._values.get(artist, {})


class ChartStyler:
    """Applies a text size, a line-width factor and a theme's colours to a figure."""

    def __init__(self) -> None:
        self._memory = _Memory()
        self._last_factor = 1.0

    # --- walking the figure ------------------------------------------------------------------

    @staticmethod
    def _legends(figure: Figure) -> list[Legend]:
        legends = [axes.get_legend() for axes in figure.axes] + list(figure.legends)
        return [legend for legend in legends if legend is not None]

    def _texts(self, figure: Figure) -> Iterator[Text]:
        yield from figure.texts
        for axes in figure.axes:
            # The left and right titles have no public accessor (only their texts).
            yield from (axes.title, axes._left_title, axes._right_title)
            yield from (axes.xaxis.label, axes.yaxis.label)
            yield from axes.texts
        for legend in self._legends(figure):
            yield from legend.get_texts()
            yield legend.get_title()

    def _data_artists(self, figure: Figure) -> Iterator[tuple[Artist, bool]]:
        """Lines, patches and collections the chart drew (``True``: a legend's copy)."""
        for axes in figure.axes:
            yield from ((artist, False) for artist in axes.lines)
            yield from ((artist, False) for artist in axes.patches)
            yield from ((artist, False) for artist in axes.collections)
        for legend in self._legends(figure):
            yield from ((handle, True) for handle in legend.legend_handles if handle is not None)

    # --- sizes -------------------------------------------------------------------------------

    def apply_sizes(self, figure: Figure, points: float, factor: float) -> None:
        """Every text at ``points``; line widths, markers, hatches and ticks times ``factor``."""
        for text in self._texts(figure):
            if text.get_fontsize() != points:
                text.set_fontsize(points)
        for axes in figure.axes:
            self._ticks(axes, points, factor)
            for spine in axes.spines.values():
                self._width(spine, factor)
        for artist, in_legend in self._data_artists(figure):
            if in_legend and not self._memory.knows(artist, "lw"):
                # A legend copies its lines' widths when it is made, as they were then (at
                # the factor applied last): its own widths are those divided by that factor.
                self._adopt(artist, self._last_factor)
            self._width(artist, factor)
        self._last_factor = factor

    def _adopt(self, artist: Artist, factor: float) -> None:
        """Remember a legend handle's own widths: its current ones at ``factor``."""
        memory = self._memory
        if isinstance(artist, Line2D):
            for key, value in (
                ("lw", artist.get_linewidth()),
                ("ms", artist.get_markersize()),
                ("mew", artist.get_markeredgewidth()),
            ):
                memory.remember(artist, key, value / factor, value)
        elif isinstance(artist, Patch):
            memory.remember(artist, "lw", artist.get_linewidth() / factor, artist.get_linewidth())
            hatch = artist.get_hatch_linewidth()
            memory.remember(artist, "hatch_lw", hatch / factor, hatch)
        elif isinstance(artist, Collection):
            widths = tuple(float(w) for w in artist.get_linewidths())
            memory.remember(artist, "lw", tuple(w / factor for w in widths), widths)

    def _ticks(self, axes: Axes, points: float, factor: float) -> None:
        wanted = (points, factor)
        if getattr(axes, "_duewise_ticks", None) == wanted:
            return
        axes.tick_params(
            which="major",
            labelsize=points,
            width=TICK_WIDTH * factor,
            length=TICK_LENGTH * factor,
            grid_linewidth=GRID_WIDTH * factor,
        )
        axes._duewise_ticks = wanted  # type: ignore[attr-defined]

    def _width(self, artist: Artist, factor: float) -> None:
        memory = self._memory
        if isinstance(artist, Line2D):
            width = memory.own(artist, "lw", artist.get_linewidth())
            size = memory.own(artist, "ms", artist.get_markersize())
            edge = memory.own(artist, "mew", artist.get_markeredgewidth())
            for key, value, setter in (
                ("lw", width, artist.set_linewidth),
                ("ms", size, artist.set_markersize),
                ("mew", edge, artist.set_markeredgewidth),
            ):
                setter(value * factor)
                memory.applied(artist, key, value * factor)
        elif isinstance(artist, Patch):
            width = memory.own(artist, "lw", artist.get_linewidth())
            artist.set_linewidth(width * factor)
            memory.applied(artist, "lw", width * factor)
            hatch = memory.own(artist, "hatch_lw", artist.get_hatch_linewidth())
            artist.set_hatch_linewidth(hatch * factor)
            memory.applied(artist, "hatch_lw", hatch * factor)
        elif isinstance(artist, Collection):
            widths = tuple(float(w) for w in artist.get_linewidths())
            own = memory.own(artist, "lw", widths)
            scaled = tuple(w * factor for w in own)
            artist.set_linewidths(scaled)
            memory.applied(artist, "lw", scaled)

    # --- colours -----------------------------------------------------------------------------

    def apply_colours(self, figure: Figure, fg: str, bg: str) -> None:
        """Ink in ``fg``; lines and filled series readable on ``bg`` (see the module docstring)."""
        for text in self._texts(figure):
            self._text_colour(text, fg)
        for artist, _ in self._data_artists(figure):
            if isinstance(artist, Line2D | LineCollection):
                self._line_colour(artist, fg, bg)
            elif isinstance(artist, Patch | Collection):
                self._fill_colour(artist, fg, bg)

    def _ink(self, colour: str, fg: str) -> str:
        return fg if colour == INK else colour

    def _text_colour(self, text: Text, fg: str) -> None:
        current, _ = _hex(text.get_color())
        own = self._memory.own(text, "colour", current)
        new = self._ink(own, fg)
        text.set_color(new)
        self._memory.applied(text, "colour", new)

    def _line_colour(self, artist: Line2D | LineCollection, fg: str, bg: str) -> None:
        if isinstance(artist, Line2D):
            current, alpha = _hex(artist.get_color())
        else:
            colours = artist.get_colors()
            if len(colours) != 1:
                return
            current, alpha = _hex(colours[0])
        if artist.get_alpha() is not None:
            alpha = float(artist.get_alpha())
        own = self._memory.own(artist, "colour", current)
        new = self._ink(own, fg)
        if alpha >= SHADE_ALPHA:  # fainter lines (grids, guides) are decoration
            new = readable(new, bg, alpha)
        artist.set_color(new)
        self._memory.applied(artist, "colour", new)

    def _fill_colour(self, artist: Patch | Collection, fg: str, bg: str) -> None:
        memory = self._memory
        if isinstance(artist, Patch):
            face, face_alpha = _hex(artist.get_facecolor())
            edge, edge_alpha = _hex(artist.get_edgecolor())
            edge_width = float(artist.get_linewidth())
        else:
            faces, edges = artist.get_facecolors(), artist.get_edgecolors()
            if len(faces) != 1 or len(edges) > 1:
                return
            face, face_alpha = _hex(faces[0])
            edge, edge_alpha = _hex(edges[0]) if len(edges) else ("#000000", 0.0)
            widths = artist.get_linewidths()
            edge_width = float(widths[0]) if len(widths) else 0.0
        own_face = memory.own(artist, "face", face)
        own_edge = memory.own(artist, "edge", (edge, edge_alpha))
        new_face = self._ink(own_face, fg)
        new_edge = (self._ink(own_edge[0], fg), own_edge[1])
        own_alpha = face_alpha
        if artist.get_alpha() is not None:
            face_alpha = float(artist.get_alpha())
        shown_face = contrast.blend(new_face, face_alpha, bg)
        faint = contrast.contrast_ratio(shown_face, bg) < contrast.NON_TEXT
        outlined = (
            new_edge[1] >= SHADE_ALPHA
            and edge_width > 0
            and contrast.contrast_ratio(contrast.blend(new_edge[0], new_edge[1], bg), bg)
            >= contrast.NON_TEXT
        )
        added = memory.own(artist, "outline", False)
        if faint and face_alpha >= SHADE_ALPHA and not outlined:
            new_edge, added = (fg, 1.0), True
            if edge_width <= 0:
                self._add_outline_width(artist)
        elif added and not faint:
            added = False
        self._set_fill(artist, (new_face, own_alpha), new_edge)
        memory.applied(artist, "face", new_face)
        memory.applied(artist, "edge", new_edge)
        memory.applied(artist, "outline", added)

    def _add_outline_width(self, artist: Patch | Collection) -> None:
        memory = self._memory
        if isinstance(artist, Patch):
            factor = artist.get_linewidth() or OUTLINE_WIDTH
            artist.set_linewidth(OUTLINE_WIDTH if factor <= 0 else factor)
            memory.applied(artist, "lw", artist.get_linewidth())
        else:
            artist.set_linewidths([OUTLINE_WIDTH])
            memory.applied(artist, "lw", (OUTLINE_WIDTH,))

    @staticmethod
    def _set_fill(
        artist: Patch | Collection, face: tuple[str, float], edge: tuple[str, float]
    ) -> None:
        # The colours keep their own alpha ("none" stays invisible); an alpha property set on
        # the artist still applies on top (shading stays shading).
        artist.set_facecolor(to_rgba(*face))
        artist.set_edgecolor(to_rgba(*edge))
