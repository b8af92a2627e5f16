"""The lesson list of Learn: which pack is shown, the lessons with level, time, reading progress
and quiz mastery, where reading stopped, and the lessons that could not be loaded.

A panel of :class:`~duewise.ui.learn.page.LearnPage`: the page hands it the pack once read
(:meth:`LessonListPanel.show_pack`); it reads the learner's progress through the page's
:class:`~duewise.ui.learn.reading.Reading` and says with signals what the learner asks for.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duewise.ui.common import basics, errors
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.basics import RetranslatingWidget
from duewise.ui.learn.parts import meta_text, number_text, percent_text, plain_text
from duewise.ui.learn.reading import Reading

if TYPE_CHECKING:
    from duewise.content.loader import LoadResult, PackPathError
    from duewise.content.model import Lesson


class LessonListPanel(RetranslatingWidget):
    """The list of lessons and the choice of pack.

    Args:
        reading: the learner's reading progress (the page's).
        language: the interface language now (``zh_CN`` or ``en``).
        pack_folder: the teacher's pack in use (``None``: the DueWise course).

    Signals:
        lesson_requested(str, str): open this lesson at this section (``""``: where the learner
            stopped reading it).
        open_pack_requested(): choose a folder of lessons.
        course_requested(): go back to the DueWise course.
        rows_rebuilt(): the rows were made again (the page lays them out at once).
    """

    lesson_requested = Signal(str, str)
    open_pack_requested = Signal()
    course_requested = Signal()
    rows_rebuilt = Signal()

    def __init__(
        self,
        reading: Reading,
        language: Callable[[], str],
        pack_folder: Callable[[], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reading = reading
        self._language = language
        self._pack_folder = pack_folder
        #: The pack shown (``None`` while it is read, or when ``pack_error`` says why not).
        self.result: LoadResult | None = None
        #: Why the pack folder is not a pack (worded by ``errors.describe`` when shown).
        self.pack_error: PackPathError | None = None
        #: Why the quiz mastery could not be read (``None``: it was).
        self.mastery_error: Exception | None = None
        self.lesson_rows: dict[str, dict[str, QWidget]] = {}
        self._loading = True

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.status = basics.paragraph(self, muted=True)
        # While the pack is read on a worker thread (a teacher's pack may take seconds).
        self.loading_bar = QProgressBar(self)
        self.loading_bar.setRange(0, 0)
        self.loading_bar.setTextVisible(False)
        self.loading_bar.hide()
        self.continue_button = QPushButton(self)
        self.continue_button.hide()
        continue_row = QHBoxLayout()
        continue_row.addWidget(self.continue_button)
        continue_row.addStretch(1)
        self.lessons_frame, lessons_layout = basics.card(self)
        self.lessons_grid = QGridLayout()
        self.lessons_grid.setHorizontalSpacing(16)
        self.lessons_grid.setVerticalSpacing(16)
        self.lessons_grid.setColumnStretch(1, 1)
        lessons_layout.addLayout(self.lessons_grid)
        self.progress_note = basics.paragraph(self, muted=True)
        self.problems_frame, problems_layout = basics.card(self)
        self.problems_title = basics.heading(2, self.problems_frame)
        self.problems_intro = basics.paragraph(self.problems_frame)
        self.problems_text = basics.paragraph(self.problems_frame)
        self.problems_text.setProperty("role", "error")
        for widget in (self.problems_title, self.problems_intro, self.problems_text):
            problems_layout.addWidget(widget)
        self.problems_frame.hide()
        self.lessons_frame.hide()
        # Which pack is shown: the course, or a teacher's own folder of lessons.
        self.pack_label = basics.paragraph(self, muted=True)
        self.pack_choice_error = basics.paragraph(self)
        self.pack_choice_error.setProperty("role", "error")
        self.pack_choice_error.hide()
        self.open_pack_button = QPushButton(self)
        self.builtin_button = QPushButton(self)
        pack_row = QHBoxLayout()
        pack_row.addWidget(self.pack_label, 1)
        pack_row.addWidget(self.open_pack_button)
        pack_row.addWidget(self.builtin_button)
        layout.addLayout(pack_row)
        layout.addWidget(self.pack_choice_error)
        layout.addWidget(self.status)
        layout.addWidget(self.loading_bar)
        layout.addLayout(continue_row)
        layout.addWidget(self.lessons_frame)
        layout.addWidget(self.progress_note)
        layout.addWidget(self.problems_frame)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.continue_button.clicked.connect(self._on_continue_button_clicked)
        self.open_pack_button.clicked.connect(self.open_pack_requested)
        self.builtin_button.clicked.connect(self._on_builtin_button_clicked)

    @property
    def language(self) -> str:
        """The lesson language for the interface language."""
        return lesson_language(self._language())

    @property
    def loaded(self) -> bool:
        """Whether a pack (or why there is none) is shown."""
        return not self._loading

    # --- what is shown -------------------------------------------------------------------------

    def show_loading(self, *, busy: bool = True) -> None:
        """No pack shown yet: "Loading the lessons…", with the busy bar while it is being read
        (``busy``; not while another pack waits for the page to be shown)."""
        self._loading = True
        self.result, self.pack_error = None, None
        self._clear_grid()
        self.lessons_frame.hide()
        self.continue_button.hide()
        self.problems_frame.hide()
        self.loading_bar.setVisible(busy)
        self.retranslate_ui()

    def show_pack(self, result: LoadResult | None, pack_error: PackPathError | None) -> None:
        """Show the pack read (or why the folder is not a pack)."""
        self._loading = False
        self.result, self.pack_error = result, pack_error
        self.loading_bar.hide()
        self.retranslate_ui()
        self.refresh()

    def show_pack_choice_error(self, text: str | None) -> None:
        """Why the folder chosen is not a pack (``None``: hide it)."""
        self.pack_choice_error.setText(text or "")
        self.pack_choice_error.setVisible(text is not None)

    def refresh(self) -> None:
        """Read the learner's progress and mastery again: one row per lesson, and where reading
        stopped."""
        self._rebuild_list()
        self.update_continue()

    def _on_builtin_button_clicked(self) -> None:
        self.show_pack_choice_error(None)
        self.course_requested.emit()

    def _on_continue_button_clicked(self) -> None:
        position = self.reading.last_position(self.result.pack if self.result else None)
        if position is not None:
            self.lesson_requested.emit(*position)

    def update_continue(self) -> None:
        """The "Continue reading" button, if reading stopped in a lesson of this pack."""
        position = self.reading.last_position(self.result.pack if self.result else None)
        lesson = self.result.pack.lesson(position[0]) if position and self.result else None
        if position is None or lesson is None:
            self.continue_button.hide()
            return
        body = lesson.body(self.language)
        section = body.section(position[1]) or body.sections[0]
        self.continue_button.setText(
            self.tr("Continue reading: %1 — %2")
            .replace("%1", lesson.title.get(self.language))
            .replace("%2", section.title)
        )
        self.continue_button.show()

    # --- the rows ------------------------------------------------------------------------------

    def _mastery(self) -> Mapping[str, object]:
        if self.result is None:
            self.mastery_error = None
            return {}
        mastery, self.mastery_error = self.reading.mastery(self.result.pack)
        self._show_progress_note()
        return mastery

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
            self.lessons_frame.hide()
            self._show_problems()
            return
        mastery = self._mastery()
        language = self.language
        for row, lesson in enumerate(self.result.pack.lessons):
            number = basics.heading(2, self.lessons_frame)
            number.setText(number_text(lesson.order, self._language()))
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
            meta.setText(meta_text(lesson, self._language()))
            progress = basics.paragraph(texts)
            progress.setText(self._progress_text(lesson, mastery.get(lesson.id)))
            info.addWidget(meta)
            info.addWidget(progress, 1)
            texts_layout.addWidget(title)
            texts_layout.addWidget(summary)
            texts_layout.addLayout(info)
            button = QPushButton(self.lessons_frame)
            button.clicked.connect(
                lambda _=False, lid=lesson.id: self.lesson_requested.emit(lid, "")
            )
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
        self.rows_rebuilt.emit()
        self._retranslate_rows()
        self._show_problems()

    def _progress_text(self, lesson: Lesson, mastery: object = None) -> str:
        seen = set(self.reading.progress(lesson.id).get("seen", [])) & set(lesson.section_ids)
        total = len(lesson.section_ids)
        if not seen:
            text = self.tr("Not started")
        elif len(seen) >= total:
            text = self.tr("Read")
        else:
            text = self.tr("Read %1 of %2 sections").replace("%1", str(len(seen)))
            text = text.replace("%2", str(total))
        if isinstance(mastery, int | float) and not isinstance(mastery, bool):
            share = max(0.0, min(1.0, float(mastery)))
            if share > 0:
                percent = percent_text(share, self._language())
                text += " · " + self.tr("Quiz mastery: %1").replace("%1", percent)
            else:
                text += " · " + self.tr("Quiz mastery: none yet")
        return text

    def refresh_rows(self) -> None:
        """Re-word the rows and re-read their progress (another language, or shown again)."""
        if not self.lesson_rows or self.result is None:
            return
        mastery = self._mastery()
        for lesson in self.result.pack.lessons:
            row = self.lesson_rows.get(lesson.id)
            if row is not None:
                meta, progress = row["meta"], row["progress"]
                assert isinstance(meta, QLabel) and isinstance(progress, QLabel)
                meta.setText(meta_text(lesson, self._language()))
                progress.setText(self._progress_text(lesson, mastery.get(lesson.id)))
        self._retranslate_rows()

    def _retranslate_rows(self) -> None:
        if self.result is None:
            return
        for lesson in self.result.pack.lessons:
            row = self.lesson_rows.get(lesson.id)
            if row is None:
                continue
            button = row["button"]
            assert isinstance(button, QPushButton)
            button.setText(self.tr("Open"))
            button.setAccessibleName(
                self.tr("Open lesson %1: %2")
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

    def _show_progress_note(self) -> None:
        if self.mastery_error is not None:
            self.progress_note.setText(
                self.tr(
                    "Progress shows the sections you have read; your quiz results could not be "
                    "read, so quiz mastery is not shown. %1"
                ).replace("%1", errors.describe(self.mastery_error))
            )
        else:
            self.progress_note.setText(
                self.tr("Progress: sections read, and your mastery from the lesson quizzes.")
            )

    # --- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language (the rows' progress: re-read by
        :meth:`refresh_rows`)."""
        if self._loading:
            self.status.setText(self.tr("Loading the lessons…"))
            self.status.show()
        else:
            self.status.setText("")
            self.status.hide()
        pack = self._pack_folder()
        if pack is None:
            self.pack_label.setText(self.tr("Lessons: the DueWise course."))
        else:
            self.pack_label.setText(
                self.tr("Lessons: your own pack in %1").replace("%1", str(pack))
            )
        self.open_pack_button.setText(self.tr("Open a lesson pack…"))
        self.open_pack_button.setToolTip(
            self.tr(
                "Use a folder of lessons written by a teacher (see lessons/README.md). "
                "Lesson packs are data only: nothing in them runs."
            )
        )
        self.builtin_button.setText(self.tr("Back to the DueWise course"))
        self.builtin_button.setVisible(pack is not None)
        self.problems_title.setText(self.tr("Lessons that could not be loaded"))
        self.problems_intro.setText(
            self.tr(
                "These lesson files have problems, so their lessons are left out until they are "
                "fixed. Every other lesson opens normally. Each line gives the file and line:"
            )
        )
        self._show_progress_note()
        self.progress_note.setVisible(self.loaded and self.result is not None)
        self.continue_button.setAccessibleName(self.tr("Continue where you stopped reading"))
        self._retranslate_rows()
        if self.loaded:
            self._show_problems()
