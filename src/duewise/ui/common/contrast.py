"""WCAG 2.2 contrast: relative luminance and contrast ratio of sRGB colours.

The formulas are those of WCAG 2.2, "relative luminance" and "contrast ratio" (W3C
Recommendation, https://www.w3.org/TR/WCAG22/#dfn-relative-luminance). Success criterion 1.4.3
asks 4.5:1 for normal text and 3:1 for large text (18 pt, or 14 pt bold); 1.4.11 asks 3:1 for the
parts of controls and graphics that are needed to use or understand them, focus indicators
included. Pure functions: the theme, the chart palettes and their tests use them.
"""

from __future__ import annotations

#: Success criteria 1.4.3 and 1.4.11 (level AA).
NORMAL_TEXT = 4.5
LARGE_TEXT = 3.0
NON_TEXT = 3.0


def _channels(colour: str) -> tuple[float, float, float]:
    """``#rrggbb`` (or ``#rgb``) as three 0–1 channel values."""
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    if len(text) != 6:
        raise ValueError(f"not an #rrggbb colour: {colour!r}")
    return tuple(int(text[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _linear(channel: float) -> float:
    # WCAG 2.2 gives 0.04045 here (the sRGB standard's value; older WCAG texts said 0.03928).
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised channels (0 black … 1 white)."""
    red, green, blue = (_linear(c) for c in _channels(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """(L1 + 0.05) / (L2 + 0.05) with L1 the lighter colour: from 1 (same) to 21 (black/white)."""
    one, two = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(one, two), min(one, two)
    return (lighter + 0.05) / (darker + 0.05)


def blend(colour: str, alpha: float, background: str) -> str:
    """``colour`` drawn with opacity ``alpha`` over ``background``, as ``#rrggbb``."""
    top, bottom = _channels(colour), _channels(background)
    mixed = (round((alpha * t + (1 - alpha) * b) * 255) for t, b in zip(top, bottom, strict=True))
    return "#" + "".join(f"{c:02x}" for c in mixed)
