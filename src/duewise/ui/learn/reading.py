"""What the Learn page's panels read and write: a learner's reading of the lessons (saved items)
and the quiz mastery the list shows.

Reading progress is kept per profile in saved items: kind ``reading``, name = lesson id, payload
``{"seen": [section ids], "section": last section id}``; the last lesson read is kind
``reading-last``, name ``last``, payload ``{"lesson": id, "section": id}``. The page owns one
:class:`Reading` and hands it to the list and the reader. No widgets here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from duewise.ui.learn.parts import LAST_KIND, LAST_NAME, READING_KIND

if TYPE_CHECKING:
    from duewise.content.model import Lesson, Pack
    from duewise.storage.db import Database


class Reading:
    """One learner's reading progress.

    Args:
        database: the app's database.
        profile_id: the learner using the app now.
    """

    def __init__(self, database: Database, profile_id: Callable[[], int]) -> None:
        self.database = database
        self._profile_id = profile_id

    def progress(self, lesson_id: str) -> dict[str, Any]:
        """``{"seen": [...], "section": ...}`` of a lesson (``{}`` if never opened or damaged)."""
        import json  # here, not at start-up: the page module is imported before the first paint

        raw = self.database.load_item(self._profile_id(), READING_KIND, lesson_id)
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            data = {}
        return data if isinstance(data, dict) else {}

    def save(self, lesson: Lesson, section_index: int, seen: Iterable[str]) -> None:
        """Keep what was read of ``lesson`` and that reading stopped at ``section_index``."""
        import json

        order = lesson.section_ids
        section = order[section_index]
        shown = set(seen)
        database, profile = self.database, self._profile_id()
        database.save_item(
            profile,
            READING_KIND,
            lesson.id,
            json.dumps({"seen": [s for s in order if s in shown], "section": section}),
        )
        database.save_item(
            profile, LAST_KIND, LAST_NAME, json.dumps({"lesson": lesson.id, "section": section})
        )

    def last_position(self, pack: Pack | None) -> tuple[str, str] | None:
        """``(lesson id, section id)`` where reading stopped, if that lesson is in ``pack``."""
        import json

        raw = self.database.load_item(self._profile_id(), LAST_KIND, LAST_NAME)
        try:
            data = json.loads(raw) if raw else None
        except ValueError:
            return None
        if not isinstance(data, dict) or pack is None:
            return None
        lesson = pack.lesson(str(data.get("lesson", "")))
        if lesson is None:
            return None
        return lesson.id, str(data.get("section", ""))

    def mastery(self, pack: Pack) -> tuple[Mapping[str, object], Exception | None]:
        """Quiz mastery per lesson id, and why it could not be read (``None``: it was; else the
        error, for ``errors.describe``): a damaged quiz table must not hide the lessons, so the
        list shows them without it."""
        from duewise.learning import mastery
        from duewise.storage.quiz_store import QuizStore

        try:
            answers = QuizStore(self.database).scored_answers(self._profile_id())
        except (sqlite3.Error, ValueError, KeyError) as exc:
            return {}, exc
        return mastery.lesson_mastery(answers, pack), None
