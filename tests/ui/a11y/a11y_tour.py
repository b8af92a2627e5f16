"""A tour of every page, and names for the widgets met on the way (shared by the a11y tests).

A violation is reported by *where* it is: the screen module, the class and the attribute that
holds the widget (``duewise.ui.settings.page:SettingsPage.theme_box``), so a report can be
acted on without a debugger, and a list of known violations can name them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from duewise.ui.shell.main_window import PAGE_IDS

#: The window size of the issue's check (a classroom laptop).
WINDOW_SIZE = (1280, 800)
LANGUAGES = ("zh_CN", "en")


def settle(app: QApplication, rounds: int = 6) -> None:
    """Let posted layout requests, deferred redraws and zero timers run (no sleeping)."""
    for _ in range(rounds):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


def open_page(app: QApplication, window, page_id: str) -> QWidget:  # type: ignore[no-untyped-def]
    """Show a page as a user would land on it, with its data loaded and its layout settled."""
    page = window.show_page(page_id)
    ensure_loaded = getattr(page, "ensure_loaded", None)
    if callable(ensure_loaded):
        ensure_loaded()
    settle(app)
    return page


def pages(
    app: QApplication, context, window, languages: Iterable[str] = LANGUAGES
) -> Iterator[tuple[str, str, QWidget]]:  # type: ignore[no-untyped-def]
    """``(language, page_id, page)`` for every page in every language, the window 1280×800."""
    window.resize(*WINDOW_SIZE)
    window.show()
    settle(app)
    for language in languages:
        context.set_language(language, remember=False)
        settle(app)
        for page_id in PAGE_IDS:
            yield language, page_id, open_page(app, window, page_id)


def shown(widget: QWidget, window: QWidget) -> bool:
    """Visible on the window (not on a hidden page, tab or collapsed part) and not empty."""
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.height() > 0


def where(widget: QWidget) -> str:
    """``module:Class.attribute`` of the nearest ancestor that keeps ``widget`` in an
    attribute (or in a list/dict attribute: ``Class.attribute[]``), else its class and name."""
    node = widget.parent()
    while node is not None:
        try:
            attributes = vars(node)
        except TypeError:
            attributes = {}
        for name, value in attributes.items():
            if value is widget:
                return f"{type(node).__module__}:{type(node).__qualname__}.{name}"
            if isinstance(value, list | tuple) and any(_holds(v, widget) for v in value):
                return f"{type(node).__module__}:{type(node).__qualname__}.{name}[]"
            if isinstance(value, dict) and any(v is widget for v in value.values()):
                return f"{type(node).__module__}:{type(node).__qualname__}.{name}{{}}"
        node = node.parent()
    name = widget.objectName()
    return f"{type(widget).__module__}:{type(widget).__qualname__}" + (f"#{name}" if name else "")


def _holds(value: object, widget: QWidget) -> bool:
    """``value`` is the widget, or a tuple or list of a row of widgets that holds it."""
    if value is widget:
        return True
    return isinstance(value, list | tuple) and any(v is widget for v in value)


@dataclass(frozen=True, order=True)
class Violation:
    """One problem found: what (``check``), where (see :func:`where`) and the evidence."""

    check: str
    place: str
    detail: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return self.check, self.place


def compare_with_known(
    found: Iterable[Violation], known: Iterable[tuple[str, str]]
) -> tuple[list[Violation], list[tuple[str, str]]]:
    """``(new, fixed)``: violations not in the known list, and known ones no longer found."""
    found = sorted(set(found))
    known = set(known)
    keys = {v.key for v in found}
    new = [v for v in found if v.key not in known]
    fixed = sorted(k for k in known if k not in keys)
    return new, fixed


def report(new: list[Violation], fixed: list[tuple[str, str]]) -> str:
    """A readable failure message (one violation per line, each once)."""
    lines = []
    seen: set[tuple[str, str]] = set()
    for v in new:
        if v.key in seen:
            continue
        seen.add(v.key)
        lines.append(f"  {v.check}: {v.place}  ({v.detail})")
    if fixed:
        lines.append("fixed (remove from the known list):")
        lines.extend(f"  {check}: {place}" for check, place in fixed)
    return "\n".join(lines)


__all__ = [
    "LANGUAGES",
    "PAGE_IDS",
    "WINDOW_SIZE",
    "Violation",
    "compare_with_known",
    "open_page",
    "pages",
    "report",
    "settle",
    "shown",
    "where",
]
