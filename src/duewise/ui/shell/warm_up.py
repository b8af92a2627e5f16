"""Warming the chart pages in idle time after the first paint, so that the first visit of the
calculator or the planner is quick.

Most of a chart page's first build is matplotlib's: importing it (and its Qt backend) and the
first figure drawn (the font cache, the Agg renderer). Start-up must not pay for that (the window
first, DESIGN.md), so the main window starts this after it has painted. Each step runs from the
event loop, one at a time with the loop turning in between, so a click is held up by one step at
most and the Learn page's own loading goes first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from duewise.ui.common.context import AppContext


class Window(Protocol):
    """What the steps use of the main window (which starts them)."""

    @property
    def context(self) -> AppContext: ...
    @property
    def pages(self) -> Mapping[str, QWidget]: ...
    def page(self, page_id: str) -> QWidget: ...
    def current_page_id(self) -> str: ...
    def page_laid_out(self, page: QWidget) -> AbstractContextManager[None]: ...


Step = Callable[[Window], None]

#: After the first paint, before the first step (the Learn page reads its lessons at 200 ms).
DELAY_MS = 400


def import_matplotlib(_window: Window) -> None:
    """matplotlib, its Qt backend and DueWise's chart base (fonts configured)."""
    from duewise.ui.common.charts import base

    base.configure_matplotlib()


def draw_a_figure(_window: Window) -> None:
    """One tiny figure with Latin and Chinese text, drawn off screen: loads fonts and renderer."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(1.5, 1.0), dpi=40)
    axes = figure.add_subplot()
    axes.plot([0, 1, 2], [2, 0, 1], "--")
    axes.set_title("明白账 DueWise ¥1,000")
    axes.legend(["0"])
    FigureCanvasAgg(figure).draw()


def _build_page(page_id: str) -> Step:
    def build(window: Window) -> None:
        window.page(page_id)  # built hidden in the page stack, at its size

    build.__name__ = f"build_{page_id}_page"
    return build


def _draw_page(page_id: str) -> Step:
    def draw(window: Window) -> None:
        from duewise.ui.common.charts.base import ChartCanvas

        page = window.pages.get(page_id)
        if page is None or window.current_page_id() == page_id:
            return  # shown already: its charts draw themselves
        # A hidden page is laid out only when shown: show it for a moment, with painting off,
        # so that its charts have their real size when they are drawn into their buffers.
        with window.page_laid_out(page):
            for chart in page.findChildren(ChartCanvas):
                chart.canvas.draw()

    draw.__name__ = f"draw_{page_id}_charts"
    return draw


def read_lessons(window: Window) -> None:
    """Start reading the lesson pack in use on its worker thread (if no page has yet), so that
    Check yourself and the Classroom find it read when they are first opened."""
    window.context.load_lessons()


#: What runs after the first paint, in order. Building a page hidden and drawing its charts off
#: screen makes its first visit a switch of the stack and a paint of the kept image.
STEPS: tuple[Step, ...] = (
    import_matplotlib,
    draw_a_figure,
    _build_page("calculator"),
    _draw_page("calculator"),
    _build_page("planner"),
    _draw_page("planner"),
    read_lessons,  # last: reading competes with the steps above for the interpreter
)


class WarmUp(QObject):
    """Runs the steps (:data:`STEPS`) once, each from the event loop.

    Signals:
        finished(): every step has run.
    """

    finished = Signal()

    def __init__(self, window: Window, parent: QObject, steps: Sequence[Step] = STEPS) -> None:
        super().__init__(parent)
        self._window = window
        self._steps = list(steps)
        self._started = False
        self.done = not self._steps

    def start(self, delay_ms: int = DELAY_MS) -> None:
        """Begin after ``delay_ms`` (again: nothing)."""
        if self._started:
            return
        self._started = True
        QTimer.singleShot(delay_ms, self, self._next)  # cancelled if the window goes

    def _next(self) -> None:
        if self._steps:
            self._steps.pop(0)(self._window)
        if self._steps:
            QTimer.singleShot(0, self, self._next)
        elif not self.done:
            self.done = True
            self.finished.emit()
