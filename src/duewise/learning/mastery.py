"""Mastery per lesson for the Learn page: ``lesson_mastery(database, profile_id)``.

The computation is :func:`duewise.learning.quiz.lesson_mastery` over the profile's stored answers;
this module is the entry point the Learn page looks up (it lives here so that pages ask the
learning package, not the storage layer, what a learner has mastered).
"""

from __future__ import annotations

from duewise.storage.quiz_store import lesson_mastery, objective_mastery

__all__ = ["lesson_mastery", "objective_mastery"]
