"""Chart text and lines follow the text size, on screen and in exported files.

The real charts of the calculator, the planner and Check yourself at 100 % and at 200 %: every
matplotlib text (titles, axis labels, legends, tick labels) and the tick labels Qt paints are at
least as large as the body text and twice as large at 200 %; data lines, markers, spines and
ticks are twice as thick; an SVG export draws its lines twice as thick too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from a11y_tour import open_page, settle
from PySide6.QtGui import QFontInfo

from duewise.ui.common.charts.base import FIGURE_DPI, ChartCanvas

_PAGES = ("calculator", "planner", "check")


def _texts(chart: ChartCanvas) -> list:  # type: ignore[type-arg]
    texts = []
    for axes in chart.figure.axes:
        texts += [axes.title, axes.xaxis.label, axes.yaxis.label, *axes.texts]
        for axis in (axes.xaxis, axes.yaxis):
            texts += [tick.label1 for tick in axis.get_major_ticks()]
        legend = axes.get_legend()
        if legend is not None:
            texts += legend.get_texts()
    for legend in chart.figure.legends:
        texts += legend.get_texts()
    return [t for t in texts if t.get_text()]


def _measure(chart: ChartCanvas) -> dict[str, list[float]]:
    """Text sizes in logical pixels, and widths of lines, markers, spines and ticks."""
    chart.canvas.draw()
    pixels = FIGURE_DPI / 72
    lines, markers, spines, ticks = [], [], [], []
    for axes in chart.figure.axes:
        for line in axes.lines:
            if len(line.get_xdata()):
                lines.append(line.get_linewidth())
                if line.get_marker() not in (None, "None", ""):
                    markers.append(line.get_markersize())
        spines += [spine.get_linewidth() for spine in axes.spines.values()]
        ticks += [t.tick1line.get_markeredgewidth() for t in axes.yaxis.get_major_ticks()]
    legends = [axes.get_legend() for axes in chart.figure.axes] + list(chart.figure.legends)
    keys = [
        handle.get_linewidth()
        for legend in legends
        if legend is not None
        for handle in legend.legend_handles
        if handle is not None and handle.get_linewidth()
    ]
    painted = [o.pixel_size(chart.canvas) for o in chart.canvas.tick_overlays]
    return {
        "text": [t.get_fontsize() * pixels for t in _texts(chart)],
        "painted": [float(p) for p in painted],
        "lines": lines,
        "markers": markers,
        "spines": spines,
        "ticks": ticks,
        "legend keys": keys,
    }


def _svg_stroke_widths(chart: ChartCanvas) -> list[float]:
    svg = chart.svg_bytes().decode("utf-8")
    return sorted({float(w) for w in re.findall(r"stroke-width: ?([0-9.]+)", svg)})


def _charts(qapp, window) -> dict[str, ChartCanvas]:  # type: ignore[no-untyped-def]
    found = {}
    for page_id in _PAGES:
        page = open_page(qapp, window, page_id)
        for i, chart in enumerate(page.findChildren(ChartCanvas)):
            found[f"{page_id}/{i}/{type(chart).__name__}"] = chart
    return found


@pytest.mark.slow
def test_chart_text_and_lines_grow_with_the_text_size(build_window, qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    context, window = build_window(tmp_path / "data", "zh_CN")
    window.resize(1280, 800)
    window.show()
    measured: dict[int, dict[str, dict[str, list[float]]]] = {}
    exported: dict[int, dict[str, list[float]]] = {}
    for scale in (100, 200):
        context.set_appearance(text_scale=scale, remember=False)
        settle(qapp)
        body = QFontInfo(qapp.font()).pixelSize()
        charts = _charts(qapp, window)
        assert len(charts) >= 5
        measured[scale] = {name: _measure(chart) for name, chart in charts.items()}
        exported[scale] = {name: _svg_stroke_widths(chart) for name, chart in charts.items()}
        for name, sizes in measured[scale].items():
            smallest = min(sizes["text"] + sizes["painted"])
            assert smallest >= body - 0.5, f"{name} at {scale} %: text {smallest:.1f}px < {body}px"
            with charts[name].exporting():  # files keep the screen's sizes
                assert _measure(charts[name])["text"] == pytest.approx(sizes["text"])
    for name in measured[100]:
        small, large = measured[100][name], measured[200][name]
        for kind in ("text", "painted", "lines", "markers", "spines", "ticks", "legend keys"):
            if not small[kind]:
                continue
            # Large text may show fewer ticks: compare the smallest and largest of each kind.
            for pick in (min, max):
                one, two = pick(small[kind]), pick(large[kind])
                assert two == pytest.approx(2 * one, rel=0.04), f"{name}: {kind} {one} -> {two}"
        assert max(exported[200][name]) == pytest.approx(2 * max(exported[100][name]), rel=0.04)
