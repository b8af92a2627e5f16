"""``duewise --screenshot DIR``: every page in both languages, saved as ``<page>-<lang>.png``."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

SIZE = (1280, 820)


def render_all(
    app: QApplication,
    data_dir: Path,
    out_dir: Path,
    text_scale: int = 100,
    theme: str = "light",
) -> int:
    """Render every page in Chinese and English; returns the process exit status.

    Files are ``<page>-<lang>.png``, with ``-<text_scale>`` when it is not 100 and ``-<theme>``
    when it is not ``light`` (``calculator-en-200-high_contrast.png``).

    Screenshots use a throw-away copy of nothing: a fresh temporary data folder, so the user's own
    data never appears in a picture meant for a README.
    """
    from duewise.ui.shell.bootstrap import build
    from duewise.ui.shell.main_window import PAGE_IDS

    del data_dir  # never photograph real data
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="duewise-shots-") as tmp:
        context, window = build(app, Path(tmp), "en")
        context.set_appearance(theme_name=theme, text_scale=text_scale, remember=False)
        window.resize(*SIZE)
        window.show()
        suffix = "" if text_scale == 100 else f"-{text_scale}"
        suffix += "" if theme == "light" else f"-{theme}"
        written = 0
        for language in ("zh_CN", "en"):
            context.set_language(language, remember=False)
            for page_id in PAGE_IDS:
                page = window.show_page(page_id)
                ensure_loaded = getattr(page, "ensure_loaded", None)
                if callable(ensure_loaded):  # pages that load their data after the first paint
                    ensure_loaded()
                _settle(app)
                _scroll_to_focus(page)
                _settle(app)
                target = out_dir / f"{page_id}-{language}{suffix}.png"
                if not window.grab().save(str(target)):
                    print(f"duewise: could not write {target}")
                    return 1
                written += 1
        window.close()
        context.database.close()
    print(f"duewise: wrote {written} screenshots to {out_dir}")
    return 0


def _settle(app: QApplication) -> None:
    """Let layouts and deferred redraws finish (a few rounds of the event loop)."""
    for _ in range(5):
        app.processEvents()


def _scroll_to_focus(page: object) -> None:
    """Scroll a page so that its ``screenshot_focus()`` widget (if any) is at the top."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QScrollArea, QWidget

    focus = getattr(page, "screenshot_focus", None)
    if not callable(focus) or not isinstance(page, QWidget):
        return
    scroll = page.findChild(QScrollArea)
    widget = focus()
    if scroll is None or widget is None or scroll.widget() is None:
        return
    top = widget.mapTo(scroll.widget(), QPoint(0, 0)).y()
    scroll.verticalScrollBar().setValue(max(0, top - 16))
