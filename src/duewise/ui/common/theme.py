"""Look and feel: Fusion style, light/dark palettes, one accent colour, and the text-size setting.

``styleHints().setColorScheme()`` does nothing on Linux without a desktop theme (platform notes
§4.9), so DueWise ships explicit palettes. "system" follows the platform's own palette, read once
before DueWise replaces it: a dark window colour means a dark system theme.

Start-up note: the first use of any enum of PySide6's ``Qt`` namespace costs about 40 ms (PySide
6.12 builds all of them at once), so the start-up path (this module, the main window, the first
page's shared widgets) uses enums scoped to classes (``QPalette.ColorRole``) instead.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from duewise.storage import settings

ACCENT = "#2f6fb0"  # one accent colour; also the "on time" line in charts
THEMES = settings.THEMES
TEXT_SCALES = settings.TEXT_SCALES

_LIGHT = {
    QPalette.ColorRole.Window: "#f6f5f2",
    QPalette.ColorRole.WindowText: "#1f2328",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f0efeb",
    QPalette.ColorRole.ToolTipBase: "#ffffe8",
    QPalette.ColorRole.ToolTipText: "#1f2328",
    QPalette.ColorRole.PlaceholderText: "#6e7781",
    QPalette.ColorRole.Text: "#1f2328",
    QPalette.ColorRole.Button: "#ecebe7",
    QPalette.ColorRole.ButtonText: "#1f2328",
    QPalette.ColorRole.BrightText: "#b42318",
    QPalette.ColorRole.Highlight: ACCENT,
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#1d5fa0",
}
_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a",
    QPalette.ColorRole.AlternateBase: "#2a2b2e",
    QPalette.ColorRole.ToolTipBase: "#303134",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#303134",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#f28b82",
    QPalette.ColorRole.Highlight: "#5b9bd5",
    QPalette.ColorRole.HighlightedText: "#101114",
    QPalette.ColorRole.Link: "#8ab4f8",
}

_base_point_size: float | None = None
_system_dark: bool | None = None


def is_dark(theme: str) -> bool:
    """Whether ``theme`` resolves to the dark palette on this system."""
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return bool(_system_dark)


def _palette(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#7d8590" if dark else "#8c959f")
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def _stylesheet(dark: bool, pt: float) -> str:
    muted = "#9aa0a6" if dark else "#57606a"
    card = "#2a2b2e" if dark else "#ffffff"
    border = "#3c4043" if dark else "#d8d6d0"
    nav_bg = "#17181a" if dark else "#ebe9e4"
    return f"""
    QWidget#navPanel {{ background: {nav_bg}; }}
    QListWidget#nav {{ background: transparent; border: none; outline: 0; }}
    QListWidget#nav::item {{ padding: {pt * 0.7:.0f}px {pt:.0f}px; border-radius: 6px;
                             margin: 2px 6px; }}
    QListWidget#nav::item:selected {{ background: {ACCENT}; color: white; }}
    QLabel#appTitle {{ font-size: {pt * 1.5:.1f}pt; font-weight: 600;
                       padding: 12px 12px 4px 12px; }}
    QLabel#appSubtitle {{ color: {muted}; padding: 0 12px 12px 12px; }}
    QLabel#pageStandIn {{ color: {muted}; qproperty-alignment: AlignCenter; }}
    QLabel[role="h1"] {{ font-size: {pt * 1.7:.1f}pt; font-weight: 600; }}
    QLabel[role="h2"] {{ font-size: {pt * 1.25:.1f}pt; font-weight: 600; }}
    QLabel[role="muted"] {{ color: {muted}; }}
    QLabel[role="error"] {{ color: {"#f28b82" if dark else "#b42318"}; }}
    QFrame[role="card"] {{ background: {card}; border: 1px solid {border}; border-radius: 8px; }}
    QFrame#banner {{ background: {"#4a3b12" if dark else "#fff4ce"};
                     border: 1px solid {"#8a6d1c" if dark else "#e6c35c"}; border-radius: 6px; }}
    """


def apply(app: QApplication, theme: str, text_scale: int) -> None:
    """Apply a theme (``system``/``light``/``dark``) and a text size in percent to the whole app."""
    global _base_point_size, _system_dark  # noqa: PLW0603 - the platform's own values, read once
    if _system_dark is None:
        _system_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    if _base_point_size is None:
        size = app.font().pointSizeF()
        # Offscreen and some desktops report 9 pt, which is small for Chinese text.
        _base_point_size = max(size, 10.0)
    app.setStyle("Fusion")
    dark = is_dark(theme)
    app.setPalette(_palette(dark))
    font = QFont(app.font())
    pt = _base_point_size * text_scale / 100
    font.setPointSizeF(pt)
    app.setFont(font)
    app.setStyleSheet(_stylesheet(dark, pt))
