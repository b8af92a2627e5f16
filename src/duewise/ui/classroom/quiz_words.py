"""What the class quiz says about its options, answers and charts, for the teacher's panel and the
projector alike (the two draw the same data).

Texts are translated in the ``ClassQuizPanel`` context, where the panel kept them.
"""

from __future__ import annotations

import string
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from duewise import formatting
from duewise.content.model import Language, Question, QuestionType
from duewise.learning import classroom
from duewise.ui.classroom.charts import (
    count_axis_label,
    points_axis_label,
    running_points_axis_label,
)
from duewise.ui.common import answer_words, app_language

if TYPE_CHECKING:
    from duewise.ui.classroom.charts import BarsChart

LETTERS = string.ascii_uppercase


@dataclass(frozen=True, slots=True)
class ChartData:
    """What a bar chart of the class quiz shows (the panel and the presenter draw the same)."""

    labels: list[str]
    values: list[int]
    highlight: list[bool]
    value_labels: list[str]
    ylabel: str

    def show(self, chart: BarsChart) -> None:
        """Draw it on ``chart``."""
        chart.show_bars(
            self.labels, self.values, self.highlight, self.value_labels, ylabel=self.ylabel
        )


def option_text(
    question: Question,
    option: classroom.TallyOption,
    language: Language,
    position: int | None = None,
) -> str:
    """An option's words: ``A. …`` for choices (the letter of its shown ``position``), true/false,
    right/wrong."""
    if option.kind is classroom.OptionKind.CHOICE:
        choice = question.choices[option.index].get(language)
        return f"{LETTERS[option.index if position is None else position]}. {choice}"
    return {
        classroom.OptionKind.TRUE: QCoreApplication.translate("ClassQuizPanel", "True"),
        classroom.OptionKind.FALSE: QCoreApplication.translate("ClassQuizPanel", "False"),
        classroom.OptionKind.RIGHT: QCoreApplication.translate("ClassQuizPanel", "Right on paper"),
        classroom.OptionKind.WRONG: QCoreApplication.translate("ClassQuizPanel", "Wrong on paper"),
    }[option.kind]


def option_short(option: classroom.TallyOption, position: int | None = None) -> str:
    """A short label for the chart's axis (a choice: the letter of its shown ``position``)."""
    if option.kind is classroom.OptionKind.CHOICE:
        return LETTERS[option.index if position is None else position]
    return {
        classroom.OptionKind.TRUE: QCoreApplication.translate("ClassQuizPanel", "True"),
        classroom.OptionKind.FALSE: QCoreApplication.translate("ClassQuizPanel", "False"),
        classroom.OptionKind.RIGHT: QCoreApplication.translate("ClassQuizPanel", "Right"),
        classroom.OptionKind.WRONG: QCoreApplication.translate("ClassQuizPanel", "Wrong"),
    }[option.kind]


def option_mark(option: classroom.TallyOption, revealed: bool) -> str:
    """The words on an option once the answer is revealed: ``✓ Correct answer`` on each right
    choice (a symbol and words, not colour alone: WCAG 2.2 SC 1.4.1); ``""`` before the reveal,
    on the other options and on the "right/wrong on paper" counts (their words say it)."""
    if not revealed or not option.correct or option.kind is classroom.OptionKind.RIGHT:
        return ""
    return answer_words.mark_text(answer_words.Mark.RIGHT)


def reveal_words(
    run: classroom.QuizRun, question: Question, values: Sequence[int], app_lang: str, answer: str
) -> str:
    """What is announced at the reveal: the ``answer`` in words, in class mode how much of the
    class answered right (when it can be told), and the explanation."""
    parts = [QCoreApplication.translate("ClassQuizPanel", "Answer: %1").replace("%1", answer)]
    if not run.teams:
        share = classroom.summarize(question, values).share_right
        if share is not None:
            percent = formatting.pct(classroom.percent(share, 0), app_lang, 0)
            parts.append(
                QCoreApplication.translate(
                    "ClassQuizPanel", "%1 of the class answered right."
                ).replace("%1", percent)
            )
    language = app_language.lesson_language(app_lang)
    parts.append(question.explanation.get(language))
    stop = "。" if language is Language.ZH else "."
    ended = [p if p.rstrip()[-1:] in ".!?。！？" else p.rstrip() + stop for p in parts if p.strip()]
    return ("" if language is Language.ZH else " ").join(ended)


def shown(question: Question, seed: str | None) -> list[tuple[int, classroom.TallyOption]]:
    """``(tally index, option)`` in the order the class sees them (row k shows letter k); the
    written order without a session (``seed`` None)."""
    options = classroom.tally_options(question)
    if seed is None:
        return list(enumerate(options))
    return [(k, options[k]) for k in classroom.display_order(question, seed)]


def to_rows(values: Sequence[int], order: Sequence[int]) -> list[int]:
    """Counts per option (written order) as typed on the rows that show them (``order[row]`` is
    the option on each row); unchanged when the lengths differ (team points)."""
    if len(order) != len(values):
        return list(values)
    return [values[k] for k in order]


def from_rows(typed: Sequence[int], order: Sequence[int]) -> list[int]:
    """The inverse of :func:`to_rows`: what was typed per row, back per option."""
    if len(order) != len(typed):
        return list(typed)
    values = [0] * len(typed)
    for row, k in enumerate(order):
        values[k] = typed[row]
    return values


def answer_text(question: Question, app_lang: str, seed: str | None = None) -> str:
    """The right answer in words (``app_lang``: the interface language), with the letters shown
    for the session's ``seed`` (the written order without one)."""
    language = app_language.lesson_language(app_lang)
    order = (
        classroom.display_order(question, seed)
        if seed is not None
        else tuple(range(len(question.choices)))
    )
    position = {original: k for k, original in enumerate(order)}
    answer = question.answer
    if question.type is QuestionType.TRUE_FALSE:
        return (
            QCoreApplication.translate("ClassQuizPanel", "True")
            if answer is True
            else QCoreApplication.translate("ClassQuizPanel", "False")
        )
    if question.type is QuestionType.NUMERIC:
        unit = question.unit.get(language) if question.unit else ""
        value = formatting.number(answer, app_lang) if answer is not None else "?"  # type: ignore[arg-type]
        return f"{value} {unit}".strip()
    if question.type is QuestionType.SINGLE and isinstance(answer, int):
        option = classroom.TallyOption(classroom.OptionKind.CHOICE, True, answer)
        return option_text(question, option, language, position.get(answer))
    if isinstance(answer, tuple):
        separator = " → " if question.type is QuestionType.ORDERING else "; "
        picked = (
            answer if question.type is QuestionType.ORDERING else sorted(answer, key=position.get)
        )
        return separator.join(
            f"{LETTERS[position.get(i, i)]}. {question.choices[i].get(language)}" for i in picked
        )
    return "?"


def reveal_chart(
    run: classroom.QuizRun, question: Question, values: Sequence[int], app_lang: str
) -> ChartData:
    """The reveal chart: the answer distribution of ``values``, or the team points so far."""
    session = run.session
    if run.teams:
        board = {s.team: s.points for s in classroom.scoreboard(session)}
        points = [board.get(team, 0) for team in session.teams]
        return ChartData(
            list(session.teams),
            points,
            [True] * len(points),
            [formatting.number(v, app_lang) for v in points],
            running_points_axis_label(),
        )
    options = classroom.tally_options(question)
    summary = classroom.summarize(question, values)
    labels = [
        f"{formatting.number(c, app_lang)} ({formatting.pct(classroom.percent(s, 0), app_lang, 0)})"
        if summary.total
        else formatting.number(c, app_lang)
        for c, s in zip(summary.counts, summary.shares, strict=True)
    ]
    order = classroom.display_order(question, session.order_seed)  # bars as the class saw them
    return ChartData(
        [option_short(options[k], position) for position, k in enumerate(order)],
        [values[k] for k in order],
        [options[k].correct for k in order],
        [labels[k] for k in order],
        count_axis_label(),
    )


def scoreboard_chart(session: classroom.ClassSession, app_lang: str) -> ChartData:
    """The final team points; the winners are highlighted."""
    board = classroom.scoreboard(session)
    return ChartData(
        [s.team for s in board],
        [s.points for s in board],
        [s.rank == 1 for s in board],
        [formatting.number(s.points, app_lang) for s in board],
        points_axis_label(),
    )
