"""Classroom charts: the class's answer distribution for one question, and team points."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from duewise.ui.common.charts.base import COLOURS, ChartCanvas

RIGHT_COLOUR = COLOURS["on_time"]
OTHER_COLOUR = COLOURS["principal"]


class BarsChart(ChartCanvas):
    """Vertical bars with a value label on each; right answers are blue and plain, the others
    grey and hatched (told apart without colour too).

    The bars are rebuilt only when their number changes; otherwise heights and labels are updated
    in place.
    """

    def __init__(self, parent: QWidget | None = None, *, height_in: float = 3.0) -> None:
        super().__init__(parent, height_in=height_in)
        self.axes = self.figure.add_subplot()
        self.bars: list = []  # type: ignore[type-arg]
        self.value_texts: list = []  # type: ignore[type-arg]
        self.font_scale = 100
        # The presenter swaps these for colours that stand out on black.
        self.right_colour = RIGHT_COLOUR
        self.other_colour = OTHER_COLOUR
        self.axes.spines[["top", "right"]].set_visible(False)

    def show_bars(
        self,
        labels: Sequence[str],
        values: Sequence[int],
        highlight: Sequence[bool],
        value_labels: Sequence[str],
        *,
        ylabel: str,
    ) -> None:
        """Draw one bar per label; ``highlight`` marks the right answers."""
        self._shown = (list(labels), list(value_labels), list(highlight), ylabel)
        axes = self.axes
        if len(self.bars) != len(values):
            axes.clear()
            axes.spines[["top", "right"]].set_visible(False)
            container = axes.bar(range(len(values)), [0] * len(values), width=0.6)
            self.bars = list(container)
            self.value_texts = [
                axes.text(i, 0, "", ha="center", va="bottom") for i in range(len(values))
            ]
        top = max([*values, 1])
        for bar, text, value, right, label in zip(
            self.bars, self.value_texts, values, highlight, value_labels, strict=True
        ):
            bar.set_height(value)
            bar.set_facecolor(self.right_colour if right else self.other_colour)
            bar.set_hatch("" if right else "//")
            bar.set_edgecolor(self.text_colour())
            text.set_position((bar.get_x() + bar.get_width() / 2, value))
            text.set_text(label)
        # Labels stay on one line ("A↵队" was unreadable); long or many labels lean instead.
        axes.set_xticks(range(len(labels)), list(labels))
        lean = len(labels) > 4 and max((len(label) for label in labels), default=0) > 4
        for tick in axes.get_xticklabels():
            tick.set_rotation(25 if lean else 0)
            tick.set_horizontalalignment("right" if lean else "center")
        axes.set_ylim(0, top * 1.25)
        axes.set_ylabel(ylabel)
        axes.yaxis.get_major_locator().set_params(integer=True)
        self.scale_fonts(self.font_scale)
        self.apply_palette()
        for text in self.value_texts:
            text.set_color(self.text_colour())
        self.redraw()

    def bar_heights(self) -> list[float]:
        """The bar heights shown (for tests and accessibility text)."""
        return [float(bar.get_height()) for bar in self.bars]

    def bar_is_highlighted(self) -> list[bool]:
        """Which bars are drawn as right answers."""
        return [bar.get_hatch() in ("", None) for bar in self.bars]

    # --- text alternative ---------------------------------------------------------------------

    def _rows(self) -> list[tuple[str, str, bool]]:
        labels, values, highlight, _ = getattr(self, "_shown", ([], [], [], ""))
        marked = not all(highlight)  # a mark means something only when some bars lack it
        return [
            (label, value, marked and right)
            for label, value, right in zip(labels, values, highlight, strict=True)
        ]

    def summary(self) -> str:
        """Each bar's label and value, the right answers said so."""
        rows = self._rows()
        if not rows:
            return ""
        right = QCoreApplication.translate("ClassroomCharts", "right answer")
        parts = [
            f"{label} {value}" + (f" ({right})" if mark else "") for label, value, mark in rows
        ]
        return f"{self._shown[3]}: " + "; ".join(parts) + "."

    def table(self) -> tuple[list[str], list[list[str]]]:
        """One row per bar: its label, its value, and "right answer" where it is one."""
        rows = self._rows()
        if not rows:
            return [], []
        right = QCoreApplication.translate("ClassroomCharts", "right answer")
        first = self.axes.get_xlabel() or QCoreApplication.translate("ClassroomCharts", "Item")
        table = [[label, value, right if mark else ""] for label, value, mark in rows]
        if not any(mark for _, _, mark in rows):
            return [first, self._shown[3]], [row[:2] for row in table]
        return [first, self._shown[3], right], table


def count_axis_label() -> str:
    """The y-axis label of a tally chart."""
    return QCoreApplication.translate("ClassroomCharts", "Answers")


def points_axis_label() -> str:
    """The y-axis label of the final team scoreboard."""
    return QCoreApplication.translate("ClassroomCharts", "Points in total")


def running_points_axis_label() -> str:
    """The y-axis label of the team chart during the quiz: totals so far, not this question's."""
    return QCoreApplication.translate("ClassroomCharts", "Points so far")
