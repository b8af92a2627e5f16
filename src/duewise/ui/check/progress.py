"""What the panels of the Check yourself page read: the learner's quiz store, the lesson pack in
use, and the words for quizzes, lessons and scores.

The page owns one :class:`Progress` and hands it to each panel's constructor; when the data
changes (another learner, another pack, everything deleted) the page updates it and asks the
panels to show it again. No widgets here; texts are translated in the ``CheckPage`` context.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from duewise import formatting
from duewise.content.model import Pack, Question
from duewise.learning import quiz
from duewise.learning.grading import Response
from duewise.learning.quiz import QuizKind, ScoredAnswer
from duewise.storage.quiz_store import Attempt, QuizStore
from duewise.ui.check.parts import percent_value
from duewise.ui.common.app_language import lesson_language


@dataclass(frozen=True, slots=True)
class Mistake:
    """A question of an attempt that did not earn its full point.

    Attributes:
        position: its place in the attempt (0 for the first question).
        response: the learner's answer (``None``: not answered, the time ran out).
        score: what it earned, from 0 to less than 1.
    """

    position: int
    question: Question
    response: Response | None
    score: Fraction


class Progress:
    """The learner's quizzes over the pack in use.

    Args:
        store: the learner's answers (replaced with :attr:`store` when the data changes).
        pack: the lesson pack in use (replaced with :meth:`use_pack`).
        profile_id: the learner using the app now.
        language: the interface language now (``zh_CN`` or ``en``).
        now: the clock (only the page asks it).
    """

    def __init__(
        self,
        store: QuizStore,
        pack: Pack,
        *,
        profile_id: Callable[[], int],
        language: Callable[[], str],
        now: Callable[[], dt.datetime],
    ) -> None:
        self.store = store
        self.pack = pack
        self.questions: dict[str, Question] = {q.id: q for q in pack.questions}
        self._profile_id = profile_id
        self._language = language
        self.now = now

    def use_pack(self, pack: Pack) -> None:
        """Another pack is in use: its questions."""
        self.pack = pack
        self.questions = {q.id: q for q in pack.questions}

    @property
    def profile_id(self) -> int:
        """The learner using the app now."""
        return self._profile_id()

    @property
    def language(self) -> str:
        """The interface language now."""
        return self._language()

    # --- attempts ------------------------------------------------------------------------------

    def open_position(self, attempt: Attempt) -> int:
        """The first question of ``attempt`` not answered yet (its length when all are)."""
        done = {a.position for a in attempt.answers}
        for i, item in enumerate(attempt.items):
            if i not in done and item.question_id in self.questions:
                return i
        return len(attempt.items)

    def resumable(self) -> list[Attempt]:
        """Unfinished attempts whose questions are all in the lesson pack in use."""
        return [
            attempt
            for attempt in self.store.unfinished(self.profile_id)
            if all(item.question_id in self.questions for item in attempt.items)
        ]

    def attempt_answers(self, attempt: Attempt) -> list[ScoredAnswer]:
        """Every asked question: unanswered ones (time ran out) count as 0."""
        answers = list(attempt.scored_answers())
        done = {a.position for a in attempt.answers}
        for position, item in enumerate(attempt.items):
            question = self.questions.get(item.question_id)
            if position not in done and question is not None:
                answers.append(
                    ScoredAnswer(question.id, question.objective, question.lesson_id, Fraction(0))
                )
        return answers

    def mistakes(self, attempt: Attempt) -> list[Mistake]:
        """Every question of ``attempt`` answered wrongly, partly or not at all, in quiz order
        (questions no longer in the pack are left out)."""
        found = []
        for position, item in enumerate(attempt.items):
            question = self.questions.get(item.question_id)
            if question is None:
                continue
            answer = attempt.answer_at(position)
            if answer is None:
                found.append(Mistake(position, question, None, Fraction(0)))
            elif answer.score < 1:
                found.append(Mistake(position, question, answer.response, answer.score))
        return found

    def report(self, attempt: Attempt) -> quiz.Report:
        """The report of ``attempt`` (per objective and per lesson)."""
        return quiz.build_report(self.attempt_answers(attempt), self.pack)

    def passed_final(self) -> tuple[Attempt, quiz.Report] | None:
        """The learner's latest scored final test that passed, with its report."""
        finals = self.store.attempts(self.profile_id, finished=True, kinds=[QuizKind.FINAL])
        for attempt in reversed(finals):
            if attempt.scored:
                report = self.report(attempt)
                if quiz.passed(report):
                    return attempt, report
        return None

    # --- words ---------------------------------------------------------------------------------

    def sentence_gap(self) -> str:
        """Sentences are joined with a space in English and with nothing in Chinese."""
        return "" if self.language.startswith("zh") else " "

    def pct(self, value: Fraction) -> str:
        """A share as a whole percent in the interface language."""
        return formatting.pct(percent_value(value), self.language, 0)

    def points(self, value: Fraction) -> str:
        """Points with up to two decimals (``2.5``, ``3``)."""
        number = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
            Decimal("0.01"), ROUND_HALF_UP
        )
        return formatting.number(
            number.normalize() if number == number.to_integral() else number, self.language
        )

    def kind_name(self, attempt: Attempt) -> str:
        """What the quiz was: "Lesson quiz: …", "Diagnostic test" …"""
        if attempt.kind is QuizKind.LESSON:
            lesson = self.pack.lesson(attempt.lesson_id or "")
            title = lesson.title.get(lesson_language(self.language)) if lesson else "?"
            return QCoreApplication.translate("CheckPage", "Lesson quiz: %1").replace("%1", title)
        if attempt.kind is QuizKind.DIAGNOSTIC:
            return QCoreApplication.translate("CheckPage", "Diagnostic test")
        if attempt.kind is QuizKind.FINAL:
            return QCoreApplication.translate("CheckPage", "Final test")
        return QCoreApplication.translate("CheckPage", "Review")

    def lesson_title(self, lesson_id: str) -> str:
        """``3. Title`` of a lesson in the interface language (its id if it is not in the pack)."""
        lesson = self.pack.lesson(lesson_id)
        if lesson is None:
            return lesson_id
        return f"{lesson.order}. {lesson.title.get(lesson_language(self.language))}"
