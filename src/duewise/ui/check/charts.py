"""Progress charts of the Check-yourself page: score over time, mastery per objective.

Both charts create their artists once; :meth:`update_data` changes them with ``set_data`` /
``set_height`` and redraws. Texts come in already translated (the page owns them). Each has a
text alternative (``ChartCanvas.summary`` and ``table``): a sentence with the figures that
matter, and the data as a table under "Show as a table".
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from duewise.ui.common.charts import text_alternative as alt
from duewise.ui.common.charts.base import COLOURS, SERIES_CYCLE, ChartCanvas


def _percent(value: float) -> str:
    """A percentage as the tables show it: one decimal at most ("80", "66.7")."""
    return alt.number(value, 1).removesuffix(".0")


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
        self._scores: list[float] = []
        self._words = ("", "", "", "")

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
        self._scores = list(scores)
        self._words = (x_label, y_label, empty, pass_label)
        self.apply_palette()
        self.redraw()

    def summary(self) -> str:
        """How many quizzes, the first, last and best score, and the pass mark."""
        _, y_label, empty, pass_label = self._words
        if not y_label:
            return ""
        scores = self._scores
        if not scores:
            return alt.chart_sentence(y_label, [self.tr("%1.").replace("%1", empty)])
        best = max(range(len(scores)), key=lambda i: scores[i])
        said = (
            self.tr("Finished quizzes: %1; the first %2, the last %3, the highest %4 (quiz %5).")
            .replace("%1", str(len(scores)))
            .replace("%2", _percent(scores[0]))
            .replace("%3", _percent(scores[-1]))
            .replace("%4", _percent(scores[best]))
            .replace("%5", str(best + 1))
        )
        mark = self.tr("%1: %2.").replace("%1", pass_label)
        mark = mark.replace("%2", _percent(float(self.pass_line.get_ydata()[0])))
        return alt.chart_sentence(y_label, [said, mark])

    def table(self) -> tuple[list[str], list[list[str]]]:
        """One row per finished quiz: its number and its score."""
        x_label, y_label, _, _ = self._words
        rows = [[str(i + 1), _percent(score)] for i, score in enumerate(self._scores)]
        return ([x_label, y_label], rows) if y_label else ([], [])


class MasteryChart(ChartCanvas):
    """One bar per objective in course order (0–100 %), lessons told apart by colour and ticks."""

    def __init__(self, objective_lessons: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent, height_in=2.6)
        self.axes = self.figure.add_subplot()
        self.lesson_of: list[int] | None = None
        self.bars = self.axes.bar([], [])
        self._names: list[str] = []
        self._words = ("", "")
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

    def update_data(
        self,
        mastery: list[float],
        *,
        x_label: str,
        y_label: str,
        names: Sequence[str] = (),
    ) -> None:
        """Set the bar heights (percent, one per objective, in course order); ``names``: the
        objectives' texts, for the text alternative."""
        for bar, value in zip(self.bars, mastery, strict=False):
            bar.set_height(value)
        self.axes.set_xlabel(x_label)
        self.axes.set_ylabel(y_label)
        self._names = list(names)
        self._words = (x_label, y_label)
        self.apply_palette()
        self.redraw()

    def _rows(self) -> list[tuple[int, str, float]]:
        """(lesson number, objective, mastery) of every bar."""
        lessons = self.lesson_of or []
        return [
            (lessons[i] + 1 if i < len(lessons) else 0, name, height)
            for i, (name, height) in enumerate(zip(self._names, self.heights(), strict=False))
        ]

    def summary(self) -> str:
        """How many objectives, the average, and the strongest and the weakest."""
        rows, y_label = self._rows(), self._words[1]
        if not rows or not y_label:
            return ""
        average = sum(r[2] for r in rows) / len(rows)
        high = max(rows, key=lambda r: r[2])
        low = min(rows, key=lambda r: r[2])
        if high[2] == low[2]:
            said = self.tr("%1 objectives, all at %2.").replace("%1", str(len(rows)))
            return alt.chart_sentence(y_label, [said.replace("%2", _percent(high[2]))])
        said = (
            self.tr("%1 objectives, on average %2.")
            .replace("%1", str(len(rows)))
            .replace("%2", _percent(average))
        )
        parts = [said]
        for words, (lesson, name, value) in (
            (self.tr("Highest: “%1” (lesson %2), %3."), high),
            (self.tr("Lowest: “%1” (lesson %2), %3."), low),
        ):
            parts.append(
                words.replace("%1", name).replace("%2", str(lesson)).replace("%3", _percent(value))
            )
        return alt.chart_sentence(y_label, parts)

    def table(self) -> tuple[list[str], list[list[str]]]:
        """One row per objective: its lesson, its words and the learner's mastery."""
        x_label, y_label = self._words
        if not y_label:
            return [], []
        rows = [[str(lesson), name, _percent(v)] for lesson, name, v in self._rows()]
        return [x_label, self.tr("Objective"), y_label], rows

    def heights(self) -> list[float]:
        """The bar heights shown (for tests)."""
        return [float(bar.get_height()) for bar in self.bars]
