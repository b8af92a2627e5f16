"""WCAG 2.2 AA contrast of every theme, computed: text 4.5:1, large text 3:1, what identifies a
control and the focus ring 3:1 (SC 1.4.3, 1.4.11); chart lines and series 3:1 against the chart,
on screen and in exported files; chart palettes still told apart with colour-vision
deficiencies (simulated), and lines that share a plot told apart by their style.

Run with ``-s`` to see the lowest ratio of each theme.
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
from a11y_tour import open_page, settle
from matplotlib.collections import Collection
from matplotlib.colors import to_hex, to_rgba
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from PySide6.QtGui import QPalette

from duewise.ui.common import contrast, record_grid, theme
from duewise.ui.common.charts import base
from duewise.ui.common.charts.style import SHADE_ALPHA

Role = QPalette.ColorRole
SCHEMES = list(theme.SCHEMES.values())


def _pairs(scheme: theme.Scheme) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, ratio needed) for every colour pair the theme shows."""
    c = scheme.colour
    backgrounds = {
        "window": c(Role.Window),
        "card": scheme.card,
        "base": c(Role.Base),
        "navigation": scheme.nav_bg,
    }
    pairs = [
        ("window text", c(Role.WindowText), c(Role.Window), contrast.NORMAL_TEXT),
        ("text on cards", c(Role.WindowText), scheme.card, contrast.NORMAL_TEXT),
        ("navigation text", c(Role.WindowText), scheme.nav_bg, contrast.NORMAL_TEXT),
        ("field text", c(Role.Text), c(Role.Base), contrast.NORMAL_TEXT),
        ("alternate rows", c(Role.Text), c(Role.AlternateBase), contrast.NORMAL_TEXT),
        ("button text", c(Role.ButtonText), c(Role.Button), contrast.NORMAL_TEXT),
        ("selection", c(Role.HighlightedText), c(Role.Highlight), contrast.NORMAL_TEXT),
        ("tooltip", c(Role.ToolTipText), c(Role.ToolTipBase), contrast.NORMAL_TEXT),
        ("placeholder", c(Role.PlaceholderText), c(Role.Base), contrast.NORMAL_TEXT),
        ("current place", scheme.nav_selected_text, scheme.nav_selected, contrast.NORMAL_TEXT),
        ("banner text", c(Role.WindowText), scheme.banner, contrast.NORMAL_TEXT),
    ]
    for name, background in backgrounds.items():
        pairs += [
            (f"muted text on {name}", scheme.muted, background, contrast.NORMAL_TEXT),
            (f"error text on {name}", scheme.error, background, contrast.NORMAL_TEXT),
            (f"link on {name}", c(Role.Link), background, contrast.NORMAL_TEXT),
            (f"visited link on {name}", c(Role.LinkVisited), background, contrast.NORMAL_TEXT),
            (f"control border on {name}", scheme.control, background, contrast.NON_TEXT),
            (f"slider handle on {name}", scheme.handle, background, contrast.NON_TEXT),
            (f"focus ring on {name}", scheme.focus, background, contrast.NON_TEXT),
        ]
    pairs += [
        ("check mark in its box", c(Role.Text), c(Role.Base), contrast.NON_TEXT),
        ("focus ring on a button", scheme.focus, c(Role.Button), contrast.NON_TEXT),
    ]
    # Outcomes (the next loan: approved, at a higher rate, refused) where they are written.
    for name in ("window", "card", "base"):
        pairs += [
            (f"good outcome on {name}", scheme.good, backgrounds[name], contrast.NORMAL_TEXT),
            (f"caution on {name}", scheme.caution, backgrounds[name], contrast.NORMAL_TEXT),
        ]
    # Marked cells and boxes (ui/common/marks.py, the theme's QFrame roles) and what is
    # written on them.
    marked = {
        "recommended": scheme.positive_bg,
        "needs care": scheme.caution_bg,
        "alert": scheme.alert_bg,
        "note": scheme.note_bg,
    }
    for name, background in marked.items():
        pairs += [
            (f"text on {name}", c(Role.Text), background, contrast.NORMAL_TEXT),
            (f"window text on {name}", c(Role.WindowText), background, contrast.NORMAL_TEXT),
            (f"muted text on {name}", scheme.muted, background, contrast.NORMAL_TEXT),
            (f"link on {name}", c(Role.Link), background, contrast.NORMAL_TEXT),
        ]
    pairs += [
        ("error in an error cell", scheme.error, scheme.alert_bg, contrast.NORMAL_TEXT),
        ("alert border on window", scheme.error, c(Role.Window), contrast.NON_TEXT),
        ("alert border on its box", scheme.error, scheme.alert_bg, contrast.NON_TEXT),
        ("boxed notice border", c(Role.Text), c(Role.Base), contrast.NON_TEXT),
    ]
    return pairs


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_every_colour_pair_of_the_theme_meets_wcag_aa(scheme: theme.Scheme) -> None:
    pairs = _pairs(scheme)
    failing = [
        (what, fg, bg, round(contrast.contrast_ratio(fg, bg), 2), needed)
        for what, fg, bg, needed in pairs
        if contrast.contrast_ratio(fg, bg) < needed
    ]
    assert not failing
    text = [p for p in pairs if p[3] == contrast.NORMAL_TEXT]
    other = [p for p in pairs if p[3] == contrast.NON_TEXT]
    low_text = min(text, key=lambda p: contrast.contrast_ratio(p[1], p[2]))
    low_other = min(other, key=lambda p: contrast.contrast_ratio(p[1], p[2]))
    print(
        f"\n{scheme.name}: lowest text {contrast.contrast_ratio(low_text[1], low_text[2]):.2f}:1"
        f" ({low_text[0]}), lowest non-text"
        f" {contrast.contrast_ratio(low_other[1], low_other[2]):.2f}:1 ({low_other[0]})"
    )


def test_the_contrast_formula_gives_the_published_values() -> None:
    assert contrast.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast.relative_luminance("#ffffff") == pytest.approx(1.0)
    assert contrast.blend("#000000", 0.5, "#ffffff") in ("#7f7f7f", "#808080")


def test_record_grid_cells_are_readable() -> None:
    """Each credit-record code is written on its own colour (the text says it, not the
    colour): 4.5:1 between the two, in every theme (the cells bring their own background)."""
    failing = []
    for code in record_grid.CODE_COLOURS:
        style = dict(
            part.split(":", 1)
            for part in (p.strip() for p in record_grid.cell_style(code).split(";"))
            if ":" in part
        )
        fg, bg = style["color"].strip(), style["background"].strip()
        ratio = contrast.contrast_ratio(fg, bg)
        if ratio < contrast.NORMAL_TEXT:
            failing.append((code, fg, bg, round(ratio, 2)))
    assert not failing


# --- charts ---------------------------------------------------------------------------------

_CVD = {  # Machado, Oliveira & Fernandes (2009), severity 1.0, on linear sRGB
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}


def _oklab(colour: str, matrix) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    """The colour as seen with a deficiency (``matrix``), in Oklab (Björn Ottosson, 2020)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(colour.lstrip("#")[i : i + 2], 16) / 255) for i in (0, 2, 4))
    r, g, b = (min(1.0, max(0.0, m[0] * r + m[1] * g + m[2] * b)) for m in matrix)
    lms = (
        0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b,
        0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b,
        0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b,
    )
    l_, m_, s_ = (math.copysign(abs(v) ** (1 / 3), v) for v in lms)
    return (
        0.2104542553 * l_ + 0.7936177850 * m_ - 0.0040720468 * s_,
        1.9779984951 * l_ - 2.4285922050 * m_ + 0.4505937099 * s_,
        0.0259040371 * l_ + 0.7827717662 * m_ - 0.8086757660 * s_,
    )


def test_series_colours_stay_apart_with_colour_vision_deficiencies() -> None:
    """Stacked areas and bars of one chart are told apart by colour alone: every two colours
    of the cycle differ by at least 0.07 in Oklab (a clear step) as seen with protanopia,
    deuteranopia and tritanopia, and as seen with normal vision."""
    matrices = {"normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)), **_CVD}
    close = []
    for one, two in itertools.combinations(base.SERIES_CYCLE, 2):
        for name, matrix in matrices.items():
            distance = math.dist(_oklab(one, matrix), _oklab(two, matrix))
            if distance < 0.07:
                close.append((one, two, name, round(distance, 3)))
    assert not close


def test_on_time_and_missed_are_told_apart_by_line_style() -> None:
    assert base.LINE_STYLES["on_time"] != base.LINE_STYLES["scenario"]
    from duewise.ui.planner.charts import STRATEGY_STYLES

    styles = [style for _, style in STRATEGY_STYLES.values()]
    assert len(set(styles)) == len(styles)


def _visible(artist) -> bool:  # type: ignore[no-untyped-def]
    return bool(artist.get_visible())


def _chart_problems(chart: base.ChartCanvas, fg: str, bg: str) -> list[str]:
    """Lines under 3:1, fills with neither face nor outline at 3:1, texts under 4.5:1, and
    lines of one plot that share a colour and a style."""
    problems = []
    for axes in chart.figure.axes:
        styles = []
        for line in axes.lines:
            if not _visible(line) or len(line.get_xdata()) == 0:
                continue
            colour, alpha = to_hex(line.get_color()), to_rgba(line.get_color())[3]
            alpha = line.get_alpha() if line.get_alpha() is not None else alpha
            if alpha < SHADE_ALPHA:
                continue
            shown = contrast.blend(colour, alpha, bg)
            if contrast.contrast_ratio(shown, bg) < contrast.NON_TEXT:
                problems.append(f"line {line.get_label()!r} {colour} on {bg}")
            if len(line.get_xdata()) > 1:
                styles.append((colour, line.get_linestyle(), line.get_marker()))
        if len(set(styles)) < len(styles):
            problems.append(f"two lines look the same: {styles}")
        fills: list = [*axes.patches, *axes.collections]
        for fill in fills:
            if not _visible(fill) or isinstance(fill, Line2D):
                continue
            if isinstance(fill, Patch):
                faces, edges = [fill.get_facecolor()], [fill.get_edgecolor()]
                widths = [fill.get_linewidth()]
            elif isinstance(fill, Collection):
                faces, edges, widths = fill.get_facecolors(), fill.get_edgecolors(), []
                widths = list(fill.get_linewidths())
            else:
                continue
            if len(faces) != 1:
                continue
            face = to_rgba(faces[0])
            if face[3] < SHADE_ALPHA:
                continue
            face_ratio = contrast.contrast_ratio(contrast.blend(to_hex(face), face[3], bg), bg)
            edge_ratio = 0.0
            if len(edges) == 1 and widths and widths[0] > 0 and to_rgba(edges[0])[3] > 0:
                edge = to_rgba(edges[0])
                edge_ratio = contrast.contrast_ratio(contrast.blend(to_hex(edge), edge[3], bg), bg)
            if max(face_ratio, edge_ratio) < contrast.NON_TEXT:
                problems.append(f"fill {to_hex(face)} on {bg} without an outline")
        texts = [axes.title, axes.xaxis.label, axes.yaxis.label, *axes.texts]
        for text in texts:
            colour = to_hex(text.get_color())
            shown = text.get_text() and _visible(text)
            if shown and contrast.contrast_ratio(colour, bg) < contrast.NORMAL_TEXT:
                problems.append(f"text {text.get_text()!r} {colour}")
    for overlay in chart.canvas.tick_overlays:
        if not overlay.exporting and contrast.contrast_ratio(overlay.colour, bg) < 4.5:
            problems.append(f"tick labels {overlay.colour} on {bg}")
    return problems


@pytest.mark.slow
@pytest.mark.parametrize("theme_name", ["light", "dark", "high_contrast"])
def test_every_chart_line_and_series_is_readable(  # type: ignore[no-untyped-def]
    build_window, qapp, tmp_path: Path, theme_name
) -> None:
    """The real charts of the pages (calculator, planner, check yourself), on screen in each
    theme and while being exported (dark on white)."""
    context, window = build_window(tmp_path / "data", "en")
    context.set_appearance(theme_name=theme_name, remember=False)
    window.resize(1280, 800)
    window.show()
    problems = []
    charts = 0
    for page_id in ("calculator", "planner", "check"):
        page = open_page(qapp, window, page_id)
        for chart in page.findChildren(base.ChartCanvas):
            chart.canvas.draw()
            settle(qapp, 2)
            fg, bg = chart.text_colour(), chart.background_colour()
            assert to_hex(chart.figure.get_facecolor()) == bg
            problems += [
                f"{page_id} {type(chart).__name__}: {p}" for p in _chart_problems(chart, fg, bg)
            ]
            with chart.exporting():
                problems += [
                    f"{page_id} {type(chart).__name__} (file): {p}"
                    for p in _chart_problems(chart, "#000000", "#ffffff")
                ]
            charts += 1
    assert charts >= 5
    assert not problems
