"""Progress charts of the Check-yourself page: score over time, mastery per objective.

Both charts create their artists once; :meth:`update_data` changes them with ``set_data`` /
``set_height`` and redraws. Texts come in already translated (the page owns them).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from duewise.ui.common.charts.base import COLOURS, SERIES_CYCLE, ChartCanvas


class ScoreChart(ChartCanvas):
    """Score (0–100 %) of each finished scored attempt, in order; a line at the pass mark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, height_in=2.6)
        self.axes = self.figure.add_subplot()
        (self.line,) = self.axes.plot(
            [], [], marker="o", linestyle="-", color=COLOURS["on_time"], label="score"
        )
        self.pass_line = self.axes.axhline(80, color=COLOURS["scenario"], linestyle="--")
        self.axes.set_ylim(0, 105)
        self.axes.set_xlim(0.5, 1.5)
        self.empty_text = self.axes.text(
            0.5, 0.5, "", transform=self.axes.transAxes, ha="center", va="center"
        )

    def update_data(
        self, scores: list[float], *, x_label: str, y_label: str, empty: str, pass_label: str
    ) -> None:
        """Show ``scores`` (percent) for attempts 1…n."""
        xs = list(range(1, len(scores) + 1))
        self.line.set_data(xs, scores)
        self.axes.set_xlim(0.5, max(1, len(scores)) + 0.5)
        self.axes.set_xticks(xs if len(xs) <= 20 else xs[:: max(1, len(xs) // 10)])
        self.axes.set_xlabel(x_label)
        self.axes.set_ylabel(y_label)
        self.pass_line.set_label(pass_label)
        self.line.set_label(y_label)
        self.empty_text.set_text("" if scores else empty)
        self.axes.legend(loc="lower right")
        self.apply_palette()
        self.redraw()


class MasteryChart(ChartCanvas):
    """One bar per objective in course order (0–100 %), lessons told apart by colour and ticks."""

    def __init__(self, objective_lessons: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent, height_in=2.6)
        self.axes = self.figure.add_subplot()
        self.lesson_of: list[int] | None = None
        self.bars = self.axes.bar([], [])
        self.set_objectives(objective_lessons)

    def set_objectives(self, objective_lessons: list[int]) -> None:
        """The objectives to show (each by the index of its lesson): the bars are made again
        only when these change (another lesson pack)."""
        if objective_lessons == self.lesson_of:
            return
        self.bars.remove()
        self.lesson_of = list(objective_lessons)
        colours = [SERIES_CYCLE[lesson % 2] for lesson in objective_lessons]
        self.bars = self.axes.bar(
            range(len(objective_lessons)), [0] * len(objective_lessons), color=colours
        )
        self.axes.set_ylim(0, 100)
        self.axes.set_xlim(-0.7, max(1, len(objective_lessons)) - 0.3)
        centres: dict[int, list[int]] = {}
        for index, lesson in enumerate(objective_lessons):
            centres.setdefault(lesson, []).append(index)
        self.axes.set_xticks([sum(v) / len(v) for v in centres.values()])
        self.axes.set_xticklabels([str(k + 1) for k in centres])

    def update_data(self, mastery: list[float], *, x_label: str, y_label: str) -> None:
        """Set the bar heights (percent, one per objective, in course order)."""
        for bar, value in zip(self.bars, mastery, strict=False):
            bar.set_height(value)
        self.axes.set_xlabel(x_label)
        self.axes.set_ylabel(y_label)
        self.apply_palette()
        self.redraw()

    def heights(self) -> list[float]:
        """The bar heights shown (for tests)."""
        return [float(bar.get_height()) for bar in self.bars]
