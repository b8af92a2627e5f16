"""Look and feel: Fusion style, light/dark/high-contrast palettes, one accent colour, and the
text-size setting.

``styleHints().setColorScheme()`` does nothing on Linux without a desktop theme (platform notes
§4.9), so DueWise ships explicit palettes. "system" follows the platform's own palette, read once
before DueWise replaces it: a dark window colour means a dark system theme.

Every colour pair a user reads or must see is chosen for WCAG 2.2 level AA (checked by
``tests/ui/a11y/test_contrast.py``): 4.5:1 for text, 3:1 for large text and for what identifies
a control (field and check-box borders, slider handles) and for the focus ring. Fusion draws
those borders in a shade derived from the window colour (about 2:1), so the style sheet draws
them itself, in ``Scheme.control``; check marks and arrows are small SVG images in the text
colour, written once per colour into a temporary folder.

Everything grows with the text size: the font, and with it the check-box and radio indicators,
the arrows of combo and spin boxes, icons and slider handles (table rows follow the font in Qt 6).

Start-up note: the first use of any enum of PySide6's ``Qt`` namespace costs about 40 ms (PySide
6.12 builds all of them at once), so the start-up path (this module, the main window, the first
page's shared widgets) uses enums scoped to classes (``QPalette.ColorRole``) instead.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QColor, QFont, QFontInfo, QPalette
from PySide6.QtWidgets import QApplication

from duewise.storage import settings
from duewise.ui.common import focus_ring

ACCENT = "#2f6fb0"  # one accent colour; also the "on time" line in charts
THEMES = settings.THEMES
TEXT_SCALES = settings.TEXT_SCALES

_Role = QPalette.ColorRole


@dataclass(frozen=True)
class Scheme:
    """The colours of one theme.

    Attributes:
        palette: the Qt palette roles (text on backgrounds).
        disabled: text of disabled controls.
        muted: secondary text (notes, captions) on the window and on cards.
        card: background of cards; ``card_border`` their (decorative) outline.
        nav_bg: the navigation panel; ``nav_selected_text`` on ``nav_selected`` is the current
            place.
        error: error messages on the window and on cards.
        banner: the notice banner's background, ``banner_border`` its outline.
        control: what identifies a control: field, check-box and radio borders, slider grooves.
        handle: the slider handle.
        focus: the focus ring.
        good, caution: text saying an outcome is good or calls for care (next to ``error``
            for a bad one), on the window, cards and fields.
        positive_bg: what is recommended (a table's row or column), under the text colour.
        caution_bg: a row that needs care (a missed month), under the text colour.
        alert_bg: an alert's background (the planner's shortfall, a field's error cell), under
            the text colour and ``error`` (its border and an error cell's text).
        note_bg: a note's background (the planner's example), under the text colour;
            ``note_border`` its (decorative) outline.
        high_contrast: style push buttons, headers, tabs and scroll bars too (Fusion's bevels
            vanish on black).
    """

    name: str
    palette: Mapping[QPalette.ColorRole, str]
    disabled: str
    muted: str
    card: str
    card_border: str
    nav_bg: str
    nav_selected: str
    nav_selected_text: str
    error: str
    banner: str
    banner_border: str
    control: str
    handle: str
    focus: str
    good: str
    caution: str
    positive_bg: str
    caution_bg: str
    alert_bg: str
    note_bg: str
    note_border: str
    high_contrast: bool = False

    def colour(self, role: QPalette.ColorRole) -> str:
        """The colour of a palette role."""
        return self.palette[role]


LIGHT = Scheme(
    name="light",
    palette={
        _Role.Window: "#f6f5f2",
        _Role.WindowText: "#1f2328",
        _Role.Base: "#ffffff",
        _Role.AlternateBase: "#f0efeb",
        _Role.ToolTipBase: "#ffffe8",
        _Role.ToolTipText: "#1f2328",
        _Role.PlaceholderText: "#6e7781",
        _Role.Text: "#1f2328",
        _Role.Button: "#ecebe7",
        _Role.ButtonText: "#1f2328",
        _Role.BrightText: "#b42318",
        _Role.Highlight: ACCENT,
        _Role.HighlightedText: "#ffffff",
        _Role.Link: "#1d5fa0",
        _Role.LinkVisited: "#6f42c1",
    },
    disabled="#8c959f",
    muted="#57606a",
    card="#ffffff",
    card_border="#d8d6d0",
    nav_bg="#ebe9e4",
    nav_selected=ACCENT,
    nav_selected_text="#ffffff",
    error="#b42318",
    banner="#fff4ce",
    banner_border="#e6c35c",
    control="#6e7781",
    handle=ACCENT,
    focus=ACCENT,
    good="#1a7f37",
    caution="#8a5a00",
    positive_bg="#dff3e4",
    caution_bg="#fde8d7",
    alert_bg="#fdecea",
    note_bg="#e8f1fb",
    note_border="#9cc3e6",
)
DARK = Scheme(
    name="dark",
    palette={
        _Role.Window: "#202124",
        _Role.WindowText: "#e8eaed",
        _Role.Base: "#17181a",
        _Role.AlternateBase: "#2a2b2e",
        _Role.ToolTipBase: "#303134",
        _Role.ToolTipText: "#e8eaed",
        _Role.PlaceholderText: "#9aa0a6",
        _Role.Text: "#e8eaed",
        _Role.Button: "#303134",
        _Role.ButtonText: "#e8eaed",
        _Role.BrightText: "#f28b82",
        _Role.Highlight: "#5b9bd5",
        _Role.HighlightedText: "#101114",
        _Role.Link: "#8ab4f8",
        _Role.LinkVisited: "#c58af9",
    },
    disabled="#7d8590",
    muted="#9aa0a6",
    card="#2a2b2e",
    card_border="#3c4043",
    nav_bg="#17181a",
    nav_selected="#5b9bd5",
    nav_selected_text="#101114",
    error="#f28b82",
    banner="#4a3b12",
    banner_border="#8a6d1c",
    control="#8b9096",
    handle="#8ab4f8",
    focus="#8ab4f8",
    good="#81c995",
    caution="#fdd663",
    positive_bg="#1e3a2b",
    caution_bg="#3d2d1c",
    alert_bg="#3d2220",
    note_bg="#1d2e40",
    note_border="#4a6f94",
)
#: White and yellow on black, as the high-contrast themes of Windows and GNOME.
HIGH_CONTRAST = Scheme(
    name="high_contrast",
    palette={
        _Role.Window: "#000000",
        _Role.WindowText: "#ffffff",
        _Role.Base: "#000000",
        _Role.AlternateBase: "#1c1c1c",
        _Role.ToolTipBase: "#000000",
        _Role.ToolTipText: "#ffffff",
        _Role.PlaceholderText: "#c8c8c8",
        _Role.Text: "#ffffff",
        _Role.Button: "#000000",
        _Role.ButtonText: "#ffffff",
        _Role.BrightText: "#ffb3b3",
        _Role.Highlight: "#ffff00",
        _Role.HighlightedText: "#000000",
        _Role.Link: "#00e5ff",
        _Role.LinkVisited: "#ff9eff",
    },
    disabled="#a0a0a0",
    muted="#d0d0d0",
    card="#000000",
    card_border="#ffffff",
    nav_bg="#000000",
    nav_selected="#ffff00",
    nav_selected_text="#000000",
    error="#ffb3b3",
    banner="#000000",
    banner_border="#ffff00",
    control="#ffffff",
    handle="#ffff00",
    focus="#ffff00",
    good="#7dffa0",
    caution="#ffe066",
    positive_bg="#003b17",
    caution_bg="#332900",
    alert_bg="#3b0000",
    note_bg="#002640",
    note_border="#00e5ff",
    high_contrast=True,
)
SCHEMES = {scheme.name: scheme for scheme in (LIGHT, DARK, HIGH_CONTRAST)}

_base_point_size: float | None = None
_system_dark: bool | None = None
_current = LIGHT
_current_scale = 100


def is_dark(theme: str) -> bool:
    """Whether ``theme`` resolves to a palette with light text on a dark window."""
    return scheme_for(theme).name != "light"


def scheme_for(theme: str) -> Scheme:
    """The colours ``theme`` stands for on this system (``system``: the platform's light/dark)."""
    if theme == "system":
        return DARK if _system_dark else LIGHT
    return SCHEMES.get(theme, LIGHT)


def current() -> Scheme:
    """The scheme applied last."""
    return _current


def text_scale() -> int:
    """The text size applied last, in percent."""
    return _current_scale


def body_point_size(scale: int | None = None) -> float:
    """The body text size in points at ``scale`` percent (default: the current size)."""
    base = _base_point_size if _base_point_size is not None else 10.0
    return base * (_current_scale if scale is None else scale) / 100


def _palette(scheme: Scheme) -> QPalette:
    palette = QPalette()
    for role, colour in scheme.palette.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor(scheme.disabled)
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


# --- images: check marks and arrows in the text colour ---------------------------------------

_SHAPES = {
    "check": '<path d="M3.2 8.4 6.5 11.6 12.8 4.6" fill="none" stroke="{c}" stroke-width="2.4" '
    'stroke-linecap="round" stroke-linejoin="round"/>',
    "partial": '<path d="M4 8h8" stroke="{c}" stroke-width="2.4" stroke-linecap="round"/>',
    "dot": '<circle cx="8" cy="8" r="4.2" fill="{c}"/>',
    "down": '<path d="M3 6 8 11.5 13 6z" fill="{c}"/>',
    "up": '<path d="M3 10 8 4.5 13 10z" fill="{c}"/>',
}
_image_dir: Path | None = None


def _image(shape: str, colour: str) -> str:
    """The path of an SVG of ``shape`` in ``colour`` (written on first use), for ``url(...)``."""
    global _image_dir  # noqa: PLW0603 - one folder per process, removed at exit
    if _image_dir is None:
        _image_dir = Path(tempfile.mkdtemp(prefix="duewise-style-"))
        atexit.register(shutil.rmtree, _image_dir, True)
    path = _image_dir / f"{shape}-{colour.lstrip('#')}.svg"
    if not path.exists():
        body = _SHAPES[shape].format(c=colour)
        path.write_text(
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">{body}</svg>',
            encoding="utf-8",
        )
    return path.as_posix()


# --- the style sheet -------------------------------------------------------------------------


def _controls(scheme: Scheme, unit: int) -> str:
    """Fields, check boxes, radio buttons, combo and spin boxes, sliders: borders in
    ``scheme.control`` and indicators, arrows and handles that grow with the text (``unit``:
    the body text's pixel size)."""
    text = scheme.colour(_Role.Text)
    base = scheme.colour(_Role.Base)
    indicator = max(14, round(unit * 0.9))
    arrow_box = max(16, round(unit * 1.2))
    arrow = max(10, round(unit * 0.75))
    icon = max(16, round(unit * 1.2))
    handle = max(16, round(unit * 1.1))
    groove = max(4, round(unit * 0.3))
    check, partial, dot = (_image(s, text) for s in ("check", "partial", "dot"))
    down, up = _image("down", text), _image("up", text)
    off_check, off_dot = _image("check", scheme.disabled), _image("dot", scheme.disabled)
    off_down, off_up = _image("down", scheme.disabled), _image("up", scheme.disabled)
    return f"""
    QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit {{
        border: 1px solid {scheme.control}; border-radius: 4px; background: {base};
        color: {text}; padding: 2px 4px; }}
    QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled, QPlainTextEdit:disabled {{
        border-color: {scheme.disabled}; color: {scheme.disabled}; }}
    QComboBox {{ padding-right: {arrow_box + 4}px; }}
    QLineEdit[invalid="true"], QAbstractSpinBox[invalid="true"], QComboBox[invalid="true"],
    QPlainTextEdit[invalid="true"] {{
        border: 2px solid {scheme.error}; padding: 1px 3px; }}
    QComboBox[invalid="true"], QAbstractSpinBox[invalid="true"] {{
        padding-right: {arrow_box + 3}px; }}
    QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
        width: {arrow_box}px; border: none; }}
    QComboBox::down-arrow {{ image: url({down}); width: {arrow}px; height: {arrow}px; }}
    QComboBox::down-arrow:disabled {{ image: url({off_down}); }}
    QComboBox QAbstractItemView {{ background: {base}; color: {text};
        border: 1px solid {scheme.control}; }}
    QAbstractSpinBox {{ padding-right: {arrow_box + 4}px; }}
    QAbstractSpinBox::up-button {{ subcontrol-origin: border; subcontrol-position: top right;
        width: {arrow_box}px; border: none; }}
    QAbstractSpinBox::down-button {{ subcontrol-origin: border;
        subcontrol-position: bottom right; width: {arrow_box}px; border: none; }}
    QAbstractSpinBox::up-arrow {{ image: url({up}); width: {arrow}px; height: {arrow}px; }}
    QAbstractSpinBox::down-arrow {{ image: url({down}); width: {arrow}px; height: {arrow}px; }}
    QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::up-arrow:off {{
        image: url({off_up}); }}
    QAbstractSpinBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:off {{
        image: url({off_down}); }}
    QCheckBox::indicator, QRadioButton::indicator, QAbstractItemView::indicator {{
        width: {indicator}px; height: {indicator}px; border: 2px solid {scheme.control};
        background: {base}; border-radius: 4px; }}
    QRadioButton::indicator {{ border-radius: {indicator // 2 + 2}px; }}
    QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {{
        image: url({check}); }}
    QCheckBox::indicator:indeterminate {{ image: url({partial}); }}
    QRadioButton::indicator:checked {{ image: url({dot}); }}
    QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
        border-color: {scheme.disabled}; }}
    QCheckBox::indicator:checked:disabled {{ image: url({off_check}); }}
    QRadioButton::indicator:checked:disabled {{ image: url({off_dot}); }}
    QAbstractButton, QTabBar {{ icon-size: {icon}px; }}
    QSlider:horizontal {{ min-height: {handle + 4}px; }}
    QSlider::groove:horizontal {{ height: {groove}px; background: {scheme.control};
        border-radius: {groove // 2}px; }}
    QSlider::handle:horizontal {{ width: {handle}px; height: {handle}px;
        margin: -{(handle - groove) // 2}px 0; border-radius: {handle // 2}px;
        background: {scheme.handle}; border: 1px solid {text}; }}
    QSlider::handle:horizontal:disabled {{ background: {scheme.disabled}; }}
    """


def _high_contrast(scheme: Scheme, unit: int) -> str:
    """Push buttons, table headers, tabs, scroll bars and tooltips drawn in black, white and
    yellow (Fusion's shaded bevels are invisible on black)."""
    text = scheme.colour(_Role.Text)
    base = scheme.colour(_Role.Base)
    mark = scheme.colour(_Role.Highlight)
    on_mark = scheme.colour(_Role.HighlightedText)
    bar = max(12, round(unit * 0.9))
    return f"""
    QPushButton, QToolButton {{ background: {base}; color: {text};
        border: 2px solid {text}; border-radius: 4px; padding: 3px 10px; }}
    QPushButton:hover, QToolButton:hover {{ background: #333333; }}
    QPushButton:pressed, QPushButton:checked, QToolButton:checked {{
        background: {mark}; color: {on_mark}; border-color: {mark}; }}
    QPushButton:disabled, QToolButton:disabled {{ color: {scheme.disabled};
        border-color: {scheme.disabled}; }}
    QHeaderView::section {{ background: {base}; color: {text}; border: 1px solid {text};
        padding: 2px 4px; }}
    QTableView, QTableWidget {{ gridline-color: {scheme.control}; }}
    QAbstractItemView {{ border: 1px solid {scheme.control}; }}
    QTabBar::tab {{ background: {base}; color: {text}; border: 1px solid {text};
        padding: 4px 12px; }}
    QTabBar::tab:selected {{ background: {mark}; color: {on_mark}; }}
    QTabWidget::pane {{ border: 1px solid {text}; }}
    QScrollBar:vertical {{ background: {base}; width: {bar}px; border: 1px solid {text}; }}
    QScrollBar:horizontal {{ background: {base}; height: {bar}px; border: 1px solid {text}; }}
    QScrollBar::handle {{ background: {text}; min-height: {bar * 2}px; min-width: {bar * 2}px;
        margin: 2px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    QProgressBar {{ border: 1px solid {text}; color: {text}; text-align: center; }}
    QProgressBar::chunk {{ background: {mark}; }}
    QToolTip {{ background: {base}; color: {text}; border: 1px solid {text}; }}
    QWidget#navPanel {{ border-right: 2px solid {text}; }}
    """


def _stylesheet(scheme: Scheme, pt: float, unit: int) -> str:
    nav_item = f"padding: {pt * 0.7:.0f}px {pt:.0f}px; border-radius: 6px; margin: 2px 6px;" + (
        " border: 1px solid transparent;" if scheme.high_contrast else ""
    )
    sheet = f"""
    QWidget#navPanel {{ background: {scheme.nav_bg}; }}
    QListWidget#nav {{ background: transparent; border: none; outline: 0; }}
    QListWidget#nav::item {{ {nav_item} }}
    QListWidget#nav::item:selected {{ background: {scheme.nav_selected};
                                      color: {scheme.nav_selected_text}; }}
    QLabel#appTitle {{ font-size: {pt * 1.5:.1f}pt; font-weight: 600;
                       padding: 12px 12px 4px 12px; }}
    QLabel#appSubtitle {{ color: {scheme.muted}; padding: 0 12px 12px 12px; }}
    QLabel#pageStandIn {{ color: {scheme.muted}; qproperty-alignment: AlignCenter; }}
    QLabel[role="h1"] {{ font-size: {pt * 1.7:.1f}pt; font-weight: 600; }}
    QLabel[role="h2"] {{ font-size: {pt * 1.25:.1f}pt; font-weight: 600; }}
    QLabel[role="muted"] {{ color: {scheme.muted}; }}
    QLabel[role="error"] {{ color: {scheme.error}; }}
    QLabel[role="good"] {{ color: {scheme.good}; }}
    QLabel[role="caution"] {{ color: {scheme.caution}; }}
    QFrame[role="alert"] {{ background: {scheme.alert_bg}; border: 2px solid {scheme.error};
                            border-radius: 8px; }}
    QFrame[role="note"] {{ background: {scheme.note_bg}; border: 1px solid {scheme.note_border};
                           border-radius: 6px; }}
    QFrame[role="alert"] QLabel, QFrame[role="note"] QLabel {{ background: transparent;
        border: none; }}
    QLabel[role="disclosure"] {{ background: {scheme.colour(_Role.Base)};
        color: {scheme.colour(_Role.Text)}; border: 2px solid {scheme.colour(_Role.Text)};
        padding: 8px; }}
    QFrame[role="card"] {{ background: {scheme.card}; border: 1px solid {scheme.card_border};
                           border-radius: 8px; }}
    QFrame#banner {{ background: {scheme.banner}; border: 1px solid {scheme.banner_border};
                     border-radius: 6px; }}
    """
    sheet += _controls(scheme, unit)
    if scheme.high_contrast:
        sheet += _high_contrast(scheme, unit)
    return sheet


#: Set on the application once it uses Qt's Fusion style (every theme is drawn with it). The
#: entry point creates the application with ``-style fusion`` and sets it, which costs nothing.
FUSION_PROPERTY = "duewiseFusion"


def apply(app: QApplication, theme: str, text_scale: int) -> None:
    """Apply a theme (one of ``THEMES``) and a text size in percent to the whole app."""
    global _base_point_size, _system_dark, _current, _current_scale  # noqa: PLW0603 - app-wide
    if _system_dark is None:
        _system_dark = app.palette().color(_Role.Window).lightness() < 128
    if _base_point_size is None:
        size = app.font().pointSizeF()
        # Offscreen and some desktops report 9 pt, which is small for Chinese text.
        _base_point_size = max(size, 10.0)
    if not app.property(FUSION_PROPERTY):
        app.setStyle("Fusion")  # ~10 ms, once: PySide builds its QStyle type with ~15 enums
        app.setProperty(FUSION_PROPERTY, True)
    scheme = scheme_for(theme)
    _current, _current_scale = scheme, text_scale
    app.setPalette(_palette(scheme))
    font = QFont(app.font())
    pt = _base_point_size * text_scale / 100
    font.setPointSizeF(pt)
    app.setFont(font)
    app.setStyleSheet(_stylesheet(scheme, pt, QFontInfo(font).pixelSize()))
    focus_ring.install(app, scheme.focus)
