"""Mastery per objective and per lesson, from a learner's scored answers.

Storage keeps the answers (``storage.quiz_store.QuizStore.scored_answers``); this module computes
what they say the learner has mastered (the rules are ``learning.quiz.objective_mastery`` and
``learning.quiz.lesson_mastery``), as fractions from 0 to 1 for the pages.
"""

from __future__ import annotations

from collections.abc import Iterable

from duewise.content.model import Pack
from duewise.learning import quiz
from duewise.learning.quiz import ScoredAnswer


def objective_mastery(answers: Iterable[ScoredAnswer]) -> dict[str, float]:
    """Mastery per objective id (0–1): the mean of the latest score of each question."""
    return {k: float(v) for k, v in quiz.objective_mastery(answers).items()}


def lesson_mastery(answers: Iterable[ScoredAnswer], pack: Pack) -> dict[str, float]:
    """Mastery per lesson id of ``pack`` (0–1; a lesson never quizzed is 0.0).

    A lesson's mastery is the mean over all its objectives of the objective's mastery (an
    objective never asked counts as 0).
    """
    mastery = quiz.lesson_mastery(quiz.objective_mastery(answers), pack)
    return {lesson.id: float(mastery.get(lesson.id, 0)) for lesson in pack.lessons}
