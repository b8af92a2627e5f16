"""The lesson list: level, time, reading progress and quiz mastery, and where reading stopped.

Part of :class:`~duewise.ui.learn.page.LearnPage` (a mixin: the page holds the widgets and
the state); texts are translated in the page's context.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duewise.ui.common import basics, errors

if TYPE_CHECKING:
    from duewise.content.model import Lesson

from duewise.ui.learn.parts import (
    LAST_KIND,
    LAST_NAME,
    READING_KIND,
    number_text,
    percent_text,
    plain_text,
)


class LessonListPart:
    """A part of the Learn page (see the module docstring)."""

    def _mastery(self) -> Mapping[str, object]:
        """Quiz mastery per lesson id; ``{}`` (and :attr:`mastery_error` set, shown on the page)
        when the learner's quiz results cannot be read."""
        from duewise.learning import mastery
        from duewise.storage.quiz_store import QuizStore

        self.mastery_error = None
        if self.result is None:
            return {}
        try:
            answers = QuizStore(self.context.database).scored_answers(self.context.profile_id)
        except (sqlite3.Error, ValueError, KeyError) as exc:
            # A damaged quiz table must not hide the lessons: say so, and show them without it.
            self.mastery_error = str(exc) or type(exc).__name__
            self._show_progress_note()
            return {}
        return mastery.lesson_mastery(answers, self.result.pack)

    def _show_progress_note(self) -> None:
        if self.mastery_error is not None:
            self.progress_note.setText(
                QCoreApplication.translate(
                    "LearnPage",
                    "Progress shows the sections you have read. Your quiz results could not be "
                    "read (%1), so quiz mastery is not shown.",
                ).replace("%1", self.mastery_error)
            )
        else:
            self.progress_note.setText(
                QCoreApplication.translate(
                    "LearnPage",
                    "Progress: sections read, and your mastery from the lesson quizzes.",
                )
            )

    def _progress(self, lesson_id: str) -> dict[str, Any]:
        import json  # here, not at start-up: the page module is imported before the first paint

        raw = self.context.database.load_item(self.context.profile_id, READING_KIND, lesson_id)
        try:
            data = json.loads(raw) if raw else {}
        except ValueError:
            data = {}
        return data if isinstance(data, dict) else {}

    def _save_progress(self) -> None:
        import json

        lesson = self.lesson
        if lesson is None:
            return
        order = lesson.section_ids
        section = order[self.section_index]
        seen = [s for s in order if s in self.seen]
        database, profile = self.context.database, self.context.profile_id
        database.save_item(
            profile, READING_KIND, lesson.id, json.dumps({"seen": seen, "section": section})
        )
        database.save_item(
            profile, LAST_KIND, LAST_NAME, json.dumps({"lesson": lesson.id, "section": section})
        )

    def _last_position(self) -> tuple[str, str] | None:
        import json

        raw = self.context.database.load_item(self.context.profile_id, LAST_KIND, LAST_NAME)
        try:
            data = json.loads(raw) if raw else None
        except ValueError:
            return None
        if not isinstance(data, dict) or self.result is None:
            return None
        lesson = self.result.pack.lesson(str(data.get("lesson", "")))
        if lesson is None:
            return None
        return lesson.id, str(data.get("section", ""))

    def _reopen_last(self) -> None:
        position = self._last_position()
        if position is not None:
            self.open_lesson(*position)

    # --- the list ---------------------------------------------------------------------------

    def _clear_grid(self) -> None:
        while self.lessons_grid.count():
            item = self.lessons_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.lesson_rows = {}

    def _rebuild_list(self) -> None:
        """One row per lesson: number, title and summary, level and time, progress, Open."""
        self._clear_grid()
        if self.result is None:
            return
        mastery = self._mastery()
        language = self.language
        for row, lesson in enumerate(self.result.pack.lessons):
            number = basics.heading(2, self.lessons_frame)
            number.setText(number_text(lesson.order, self.context.language))
            texts = QWidget(self.lessons_frame)
            texts_layout = QVBoxLayout(texts)
            texts_layout.setContentsMargins(0, 0, 0, 0)
            texts_layout.setSpacing(2)
            title = QLabel(lesson.title.get(language), texts)
            title.setWordWrap(True)
            title.setStyleSheet("font-weight: 600;")
            summary = basics.paragraph(texts, muted=True)
            summary.setText(plain_text(lesson.summary.get(language)))
            info = QHBoxLayout()
            info.setSpacing(16)
            meta = QLabel(texts)
            meta.setProperty("role", "muted")
            meta.setText(self._meta_text(lesson))
            progress = basics.paragraph(texts)
            progress.setText(self._progress_text(lesson, mastery.get(lesson.id)))
            info.addWidget(meta)
            info.addWidget(progress, 1)
            texts_layout.addWidget(title)
            texts_layout.addWidget(summary)
            texts_layout.addLayout(info)
            button = QPushButton(self.lessons_frame)
            button.clicked.connect(lambda _=False, lid=lesson.id: self.open_lesson(lid))
            for column, widget in enumerate((number, texts, button)):
                self.lessons_grid.addWidget(widget, row, column)
                widget.show()  # at once, so the layout below settles in this pass
            self.lesson_rows[lesson.id] = {
                "title": title,
                "meta": meta,
                "progress": progress,
                "button": button,
            }
        self.lessons_frame.setVisible(bool(self.lesson_rows))
        self._settle_layout()
        self._retranslate_rows()
        self._show_problems()

    def _meta_text(self, lesson: Lesson) -> str:
        levels = {
            "beginner": QCoreApplication.translate("LearnPage", "Beginner"),
            "intermediate": QCoreApplication.translate("LearnPage", "Intermediate"),
            "advanced": QCoreApplication.translate("LearnPage", "Advanced"),
        }
        minutes = QCoreApplication.translate("LearnPage", "%1 min").replace(
            "%1", number_text(lesson.minutes, self.context.language)
        )
        return f"{levels.get(lesson.level.value, lesson.level.value)} · {minutes}"

    def _progress_text(self, lesson: Lesson, mastery: object = None) -> str:
        seen = set(self._progress(lesson.id).get("seen", [])) & set(lesson.section_ids)
        total = len(lesson.section_ids)
        if not seen:
            text = QCoreApplication.translate("LearnPage", "Not started")
        elif len(seen) >= total:
            text = QCoreApplication.translate("LearnPage", "Read")
        else:
            text = QCoreApplication.translate("LearnPage", "Read %1 of %2 sections").replace(
                "%1", str(len(seen))
            )
            text = text.replace("%2", str(total))
        if isinstance(mastery, int | float) and not isinstance(mastery, bool):
            share = max(0.0, min(1.0, float(mastery)))
            if share > 0:
                percent = percent_text(share, self.context.language)
                text += " · " + QCoreApplication.translate("LearnPage", "Quiz mastery: %1").replace(
                    "%1", percent
                )
            else:
                text += " · " + QCoreApplication.translate("LearnPage", "Quiz mastery: none yet")
        return text

    def _retranslate_rows(self) -> None:
        if self.result is None:
            return
        for lesson in self.result.pack.lessons:
            row = self.lesson_rows.get(lesson.id)
            if row is None:
                continue
            button = row["button"]
            assert isinstance(button, QPushButton)
            button.setText(QCoreApplication.translate("LearnPage", "Open"))
            button.setAccessibleName(
                QCoreApplication.translate("LearnPage", "Open lesson %1: %2")
                .replace("%1", str(lesson.order))
                .replace("%2", lesson.title.get(self.language))
            )

    def _show_problems(self) -> None:
        result = self.result
        if self.pack_error is not None:
            self.problems_frame.show()
            self.problems_text.setText(errors.describe(self.pack_error))
            return
        if result is None or not result.problems:
            self.problems_frame.hide()
            return
        self.problems_frame.show()
        self.problems_text.setText("\n".join(errors.lesson_problem(p) for p in result.problems))

    # --- the reader -------------------------------------------------------------------------

    def _on_continue_button_clicked(self) -> None:
        position = self._last_position()
        if position is not None:
            self.open_lesson(*position)

    def _update_continue(self) -> None:
        position = self._last_position()
        if position is None or self.result is None:
            self.continue_button.hide()
            return
        lesson = self.result.pack.lesson(position[0])
        if lesson is None:
            self.continue_button.hide()
            return
        body = lesson.body(self.language)
        section = body.section(position[1]) or body.sections[0]
        self.continue_button.setText(
            QCoreApplication.translate("LearnPage", "Continue reading: %1 — %2")
            .replace("%1", lesson.title.get(self.language))
            .replace("%2", section.title)
        )
        self.continue_button.show()

    # --- signals from the app ---------------------------------------------------------------
