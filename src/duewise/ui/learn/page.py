"""Learn (课程): the lesson list with progress, and a reader for one lesson at a time.

The lesson pack (``paths.lessons_dir()``) is loaded once, shortly after the page is first painted
(so start-up does not wait for it; anything that needs it earlier loads it on the spot), and kept in
memory. A lesson with problems is listed with its file and line; every other lesson opens.

Reading progress is kept per profile in saved items: kind ``reading``, name = lesson id, payload
``{"seen": [section ids], "section": last section id}``; the last lesson read is kind
``reading-last``, name ``last``, payload ``{"lesson": id, "section": id}``.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from duewise import paths
from duewise.ui.common import basics, errors
from duewise.ui.common.context import AppContext
from duewise.ui.common.page import Page

if TYPE_CHECKING:
    from duewise.content.loader import LoadResult
    from duewise.content.model import Language, Lesson, Section
    from duewise.ui.common.lesson_text import Glossary

READING_KIND = "reading"
LAST_KIND = "reading-last"
LAST_NAME = "last"
# After the page is first shown: the window's first paint (and `--exit-after-startup`) happen
# before the pack (a few hundred ms of parsing) is read, so start-up does not wait for it.
LOAD_DELAY_MS = 200
_TITLE_LINE = re.compile(r"^\s*#\s[^\n]*\n+")


class LearnPage(Page):
    """The lesson list (order, title, time, level, progress) and the reader.

    ``open_with({"lesson": id, "section": section_id})`` opens a lesson at a section.
    """

    page_id = "learn"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.result: LoadResult | None = None
        self.pack_error: str | None = None
        self.lesson: Lesson | None = None
        self.section_index = 0
        self.seen: set[str] = set()
        self._glossary: Glossary | None = None
        self._load_scheduled = False
        self._reader_built = False
        self.mastery_available = False
        self.block_widgets: list[QWidget] = []

        content = self.body.parentWidget()
        # --- the list of lessons -----------------------------------------------------------
        self.list_view = QWidget(content)
        list_layout = QVBoxLayout(self.list_view)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(12)
        self.status = basics.paragraph(self.list_view, muted=True)
        # While the pack is read on a worker thread (a teacher's pack may take seconds).
        self.loading_bar = QProgressBar(self.list_view)
        self.loading_bar.setRange(0, 0)
        self.loading_bar.setTextVisible(False)
        self.loading_bar.hide()
        self.continue_button = QPushButton(self.list_view)
        self.continue_button.hide()
        continue_row = QHBoxLayout()
        continue_row.addWidget(self.continue_button)
        continue_row.addStretch(1)
        self.lessons_frame, lessons_layout = basics.card(self.list_view)
        self.lessons_grid = QGridLayout()
        self.lessons_grid.setHorizontalSpacing(16)
        self.lessons_grid.setVerticalSpacing(16)
        self.lessons_grid.setColumnStretch(1, 1)
        lessons_layout.addLayout(self.lessons_grid)
        self.progress_note = basics.paragraph(self.list_view, muted=True)
        self.problems_frame, problems_layout = basics.card(self.list_view)
        self.problems_title = basics.heading(2, self.problems_frame)
        self.problems_intro = basics.paragraph(self.problems_frame)
        self.problems_text = basics.paragraph(self.problems_frame)
        self.problems_text.setProperty("role", "error")
        for widget in (self.problems_title, self.problems_intro, self.problems_text):
            problems_layout.addWidget(widget)
        self.problems_frame.hide()
        self.lessons_frame.hide()
        # Which pack is shown: the course, or a teacher's own folder of lessons.
        self.pack_label = basics.paragraph(self.list_view, muted=True)
        self.pack_choice_error = basics.paragraph(self.list_view)
        self.pack_choice_error.setProperty("role", "error")
        self.pack_choice_error.hide()
        self.open_pack_button = QPushButton(self.list_view)
        self.builtin_button = QPushButton(self.list_view)
        pack_row = QHBoxLayout()
        pack_row.addWidget(self.pack_label, 1)
        pack_row.addWidget(self.open_pack_button)
        pack_row.addWidget(self.builtin_button)
        list_layout.addLayout(pack_row)
        list_layout.addWidget(self.pack_choice_error)
        list_layout.addWidget(self.status)
        list_layout.addWidget(self.loading_bar)
        list_layout.addLayout(continue_row)
        list_layout.addWidget(self.lessons_frame)
        list_layout.addWidget(self.progress_note)
        list_layout.addWidget(self.problems_frame)
        self.lesson_rows: dict[str, dict[str, QWidget]] = {}

        # --- the reader (filled when the first lesson opens) --------------------------------
        self.reader = QWidget(content)
        self.reader.hide()

        # PageUp/PageDown turn sections: the scroll area would use them to scroll, so catch them
        # there (controls that use them, such as sliders, still get them first).
        self._scroll_area = self.findChild(QScrollArea)
        self._scroll_area.installEventFilter(self)
        self._stale = False

        self.body.addWidget(self.list_view)
        self.body.addWidget(self.reader)
        self.body.addStretch(1)
        self._connect_signals()
        self.finish_init()

    def _connect_signals(self) -> None:
        self.continue_button.clicked.connect(self._on_continue_button_clicked)
        self.open_pack_button.clicked.connect(self._on_open_pack_button_clicked)
        self.builtin_button.clicked.connect(self._on_builtin_button_clicked)
        self.context.lessons_changed.connect(self._on_context_lessons_changed)
        self.context.pack_loading.finished.connect(self._on_pack_loading_finished)
        self.context.pack_loading.failed.connect(self._on_pack_loading_failed)
        self.context.language_changed.connect(self._on_context_language_changed)
        self.context.appearance_changed.connect(self._on_context_appearance_changed)
        self.context.data_deleted.connect(self._on_context_data_deleted)
        # Another learner's data: re-read it as after a deletion.
        self.context.profile_changed.connect(lambda _profile: self._on_context_data_deleted())

    # --- which lesson pack -------------------------------------------------------------------

    @classmethod
    def choose_pack_folder(cls, parent: QWidget, title: str) -> Path | None:
        """Ask for a lesson-pack folder (tests replace this)."""
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(parent, title)
        return Path(chosen) if chosen else None

    def _on_open_pack_button_clicked(self) -> None:
        from duewise.content import loader

        folder = self.choose_pack_folder(self, self.tr("Choose a folder of lessons"))
        if folder is None:
            return
        try:
            loader.lesson_folders(folder)
        except loader.PackPathError:
            self.pack_choice_error.setText(
                self.tr(
                    "“%1” holds no lessons: choose the folder that contains the lesson folders "
                    "(each with a lesson.toml)."
                ).replace("%1", str(folder))
            )
            self.pack_choice_error.show()
            return
        self.pack_choice_error.hide()
        self.context.set_lesson_pack(folder)

    def _on_builtin_button_clicked(self) -> None:
        self.pack_choice_error.hide()
        self.context.set_lesson_pack(None)

    def _on_context_lessons_changed(self) -> None:
        self.result = None
        self.pack_error = None
        self.lesson = None
        self._stale = False
        self.show_list()
        if self.isVisible():
            self._start_loading()
        else:
            self.retranslate_ui()

    # --- loading ----------------------------------------------------------------------------

    @property
    def language(self) -> Language:
        """The lesson language for the interface language (zh_CN → zh, otherwise en)."""
        from duewise.ui.common.app_language import lesson_language

        return lesson_language(self.context.language)

    @property
    def glossary(self) -> Glossary:
        """The glossary shared by every prose view of this page."""
        if self._glossary is None:
            from duewise.ui.common.lesson_text import Glossary

            self._glossary = Glossary(self)
        return self._glossary

    @property
    def loaded(self) -> bool:
        """Whether the pack has been read (successfully or not)."""
        return self.result is not None or self.pack_error is not None

    def ensure_loaded(self) -> None:
        """Read the lesson pack now if it has not been read yet (once per page)."""
        if self.loaded:
            return
        from duewise.content import loader
        from duewise.learning import bank  # one loaded copy, shared with the quiz pages

        self.loading_bar.hide()
        try:
            self.result = bank.load_result(paths.lessons_dir())
        except loader.PackPathError as exc:
            self.pack_error = str(exc)
        if self.result is not None:
            self.glossary.terms = self.result.pack.glossary
        self.glossary.language = self.language
        self._load_progress_flags()
        self._rebuild_list()
        self.retranslate_ui()
        self._reopen_last()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """PageUp/PageDown in the reader: previous/next section."""
        if (
            watched is self._scroll_area
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.lesson is not None
            and self.reader.isVisible()
            and not event.modifiers()
        ):
            from PySide6.QtCore import Qt

            if event.key() == Qt.Key.Key_PageDown:
                self.next_section()
                return True
            if event.key() == Qt.Key.Key_PageUp:
                self.previous_section()
                return True
        return super().eventFilter(watched, event)

    def _load_if_still_shown(self) -> None:
        # The window may have been closed (or another page chosen) within the delay; the next
        # show schedules the load again.
        self._load_scheduled = False
        if self.isVisible():
            self._start_loading()

    def _start_loading(self) -> None:
        """Read the pack on a worker thread, showing that it is loading (at once if read)."""
        from duewise.learning import bank

        if self.loaded:
            return
        if bank.is_loaded(paths.lessons_dir()):
            self.ensure_loaded()
            return
        self.retranslate_ui()  # "Loading the lessons…"
        self.loading_bar.show()
        self.context.load_lessons()

    def _on_pack_loading_finished(self, _result: object) -> None:
        if not self.loaded and self.isVisible():
            self.ensure_loaded()  # read already: this takes no time

    def _on_pack_loading_failed(self, _code: str, _text: str) -> None:
        # A teacher's pack is set aside by the context (the course then loads); the course
        # itself failing is shown here.
        if self.context.lesson_pack is None and not self.loaded:
            self.ensure_loaded()

    def showEvent(self, event: QShowEvent) -> None:
        """First show: schedule reading the pack; later: refresh the progress shown (another
        profile may have read meanwhile)."""
        super().showEvent(event)
        if not self.loaded and not self._load_scheduled:
            self._load_scheduled = True
            QTimer.singleShot(LOAD_DELAY_MS, self._load_if_still_shown)
        elif self.loaded and self._stale:
            self._refresh()
        elif self.loaded and self.list_view.isVisible():
            self._rebuild_list()

    def _refresh(self) -> None:
        """Re-render for the current language, text size and data (now or when next shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.glossary.language = self.language
        if self.reader.isVisible() and self.lesson is not None:
            self._fill_section_list()
            self._render_section()
        else:
            self._rebuild_list()
            self._update_continue()

    # --- progress ---------------------------------------------------------------------------

    def _load_progress_flags(self) -> None:
        self.mastery_available = self._mastery_function() is not None

    def _mastery_function(self) -> Callable[..., Any] | None:
        """``duewise.learning``'s per-lesson mastery, when the quiz engine provides it."""
        for name in ("duewise.learning", "duewise.learning.mastery"):
            try:
                module = importlib.import_module(name)
            except ImportError:
                continue
            function = getattr(module, "lesson_mastery", None)
            if callable(function):
                return function  # type: ignore[no-any-return]
        return None

    def _mastery(self) -> Mapping[str, object]:
        function = self._mastery_function()
        if function is None:
            return {}
        pack = self.result.pack if self.result is not None else None
        try:
            values = function(self.context.database, self.context.profile_id, pack=pack)
        except Exception:  # a failing quiz store must not hide the lessons
            return {}
        return values if isinstance(values, Mapping) else {}

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
            number.setText(_number(lesson.order, self.context.language))
            texts = QWidget(self.lessons_frame)
            texts_layout = QVBoxLayout(texts)
            texts_layout.setContentsMargins(0, 0, 0, 0)
            texts_layout.setSpacing(2)
            title = QLabel(lesson.title.get(language), texts)
            title.setWordWrap(True)
            title.setStyleSheet("font-weight: 600;")
            summary = basics.paragraph(texts, muted=True)
            summary.setText(_plain(lesson.summary.get(language)))
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
            "beginner": self.tr("Beginner"),
            "intermediate": self.tr("Intermediate"),
            "advanced": self.tr("Advanced"),
        }
        minutes = self.tr("%1 min").replace("%1", _number(lesson.minutes, self.context.language))
        return f"{levels.get(lesson.level.value, lesson.level.value)} · {minutes}"

    def _progress_text(self, lesson: Lesson, mastery: object = None) -> str:
        seen = set(self._progress(lesson.id).get("seen", [])) & set(lesson.section_ids)
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
                percent = _percent(share, self.context.language)
                text += " · " + self.tr("Quiz mastery: %1").replace("%1", percent)
            else:
                text += " · " + self.tr("Quiz mastery: none yet")
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
            self.problems_text.setText(self.pack_error)
            return
        if result is None or not result.problems:
            self.problems_frame.hide()
            return
        self.problems_frame.show()
        self.problems_text.setText("\n".join(errors.lesson_problem(p) for p in result.problems))

    # --- the reader -------------------------------------------------------------------------

    def _build_reader(self) -> None:
        """Create the reader's widgets (first time a lesson opens)."""
        from PySide6.QtCore import Qt

        self._reader_built = True
        layout = QVBoxLayout(self.reader)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.reader)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.lesson_title = basics.heading(1, self.reader)
        self.lesson_meta = basics.paragraph(self.reader, muted=True)
        layout.addLayout(top)
        layout.addWidget(self.lesson_title)
        layout.addWidget(self.lesson_meta)
        self.reader_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.reader_row.setSpacing(20)
        side = QVBoxLayout()
        self.sections_label = QLabel(self.reader)
        self.sections_label.setProperty("role", "muted")
        self.section_list = QListWidget(self.reader)
        self.section_list.setWordWrap(True)
        self.section_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections_label.setBuddy(self.section_list)
        side.addWidget(self.sections_label)
        side.addWidget(self.section_list)
        side.addStretch(1)
        self.reader_row.addLayout(side)
        column = QVBoxLayout()
        column.setSpacing(12)
        self.segments_frame, self.segments_layout = basics.card(self.reader)
        self.segments_layout.setContentsMargins(18, 16, 18, 16)
        self.segments_layout.setSpacing(12)
        column.addWidget(self.segments_frame)
        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.reader)
        self.position_label = QLabel(self.reader)
        self.position_label.setProperty("role", "muted")
        self.next_button = QPushButton(self.reader)
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.position_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        column.addLayout(nav)
        self.quiz_frame, quiz_layout = basics.card(self.reader)
        self.quiz_text = basics.paragraph(self.quiz_frame)
        quiz_row = QHBoxLayout()
        self.quiz_button = QPushButton(self.quiz_frame)
        quiz_row.addWidget(self.quiz_button)
        quiz_row.addStretch(1)
        quiz_layout.addWidget(self.quiz_text)
        quiz_layout.addLayout(quiz_row)
        column.addWidget(self.quiz_frame)
        column.addStretch(1)
        self.reader_row.addLayout(column, 1)
        layout.addLayout(self.reader_row)
        for first, second in (
            (self.back_button, self.section_list),
            (self.section_list, self.prev_button),
            (self.prev_button, self.next_button),
            (self.next_button, self.quiz_button),
        ):
            QWidget.setTabOrder(first, second)
        self.back_button.clicked.connect(self.show_list)
        self.prev_button.clicked.connect(self.previous_section)
        self.next_button.clicked.connect(self.next_section)
        self.quiz_button.clicked.connect(self._on_quiz_button_clicked)
        self.section_list.currentRowChanged.connect(self._on_section_list_current_row_changed)
        self._retranslate_reader()

    def open_with(self, params: dict[str, object]) -> None:
        """``{"lesson": id, "section": section_id}``: open that lesson at that section."""
        self.ensure_loaded()
        lesson_id = params.get("lesson")
        if isinstance(lesson_id, str):
            section = params.get("section")
            self.open_lesson(lesson_id, section if isinstance(section, str) else "")

    def open_lesson(self, lesson_id: str, section_id: str = "") -> bool:
        """Show a lesson at a section (its last-read section if none is given).

        Returns:
            False when no such lesson loaded (it is missing or broken; the list says why).
        """
        self.ensure_loaded()
        lesson = self.result.pack.lesson(lesson_id) if self.result is not None else None
        if lesson is None:
            self.show_list()
            self.status.setText(
                self.tr("The lesson “%1” is not available (see the problems below).").replace(
                    "%1", lesson_id
                )
            )
            return False
        if not self._reader_built:
            self._build_reader()
        progress = self._progress(lesson.id)
        self.lesson = lesson
        self.seen = set(progress.get("seen", [])) & set(lesson.section_ids)
        if not section_id:
            section_id = str(progress.get("section", ""))
        ids = lesson.section_ids
        self.section_index = ids.index(section_id) if section_id in ids else 0
        self.list_view.hide()
        self.title.hide()
        self.intro.hide()
        self.reader.show()
        self._fill_section_list()
        self._render_section()
        return True

    def show_list(self) -> None:
        """Back to the list of lessons."""
        self.reader.hide()
        self.title.show()
        self.intro.show()
        self.list_view.show()
        self._rebuild_list()
        self._update_continue()
        self._scroll_to_top()

    def go_to_section(self, section_id: str) -> None:
        """Show a section of the open lesson."""
        if self.lesson is not None and section_id in self.lesson.section_ids:
            self.section_index = self.lesson.section_ids.index(section_id)
            self._render_section()

    def next_section(self) -> None:
        """The next section (PageDown)."""
        if self.lesson is not None and self.section_index + 1 < len(self.lesson.section_ids):
            self.section_index += 1
            self._render_section()

    def previous_section(self) -> None:
        """The previous section (PageUp)."""
        if self.lesson is not None and self.section_index > 0:
            self.section_index -= 1
            self._render_section()

    def current_section(self) -> Section | None:
        """The section shown, in the current language."""
        if self.lesson is None:
            return None
        return self.lesson.body(self.language).sections[self.section_index]

    def _fill_section_list(self) -> None:
        lesson = self.lesson
        if lesson is None:
            return
        blocker = self.section_list.blockSignals(True)
        self.section_list.clear()
        for i, section in enumerate(lesson.body(self.language).sections):
            mark = "✓ " if section.id in self.seen else ""
            item = QListWidgetItem(f"{mark}{i + 1}. {section.title}", self.section_list)
            item.setData(256, section.id)  # Qt.ItemDataRole.UserRole
        self.section_list.setCurrentRow(self.section_index)
        self.section_list.blockSignals(blocker)
        self._update_direction()

    def _fit_section_list(self, width: int | None = None) -> None:
        """Size every row to its wrapped title and the list to all rows (the page scrolls)."""
        from PySide6.QtCore import QRect, QSize, Qt

        section_list = self.section_list
        metrics = section_list.fontMetrics()
        if width is None:
            width = metrics.averageCharWidth() * 26 + 24
            section_list.setFixedWidth(width)
        text_width = max(width - 2 * section_list.frameWidth() - 16, 40)
        height = 2 * section_list.frameWidth() + 4
        for row in range(section_list.count()):
            item = section_list.item(row)
            bounds = metrics.boundingRect(
                QRect(0, 0, text_width, 10000), Qt.TextFlag.TextWordWrap, item.text()
            )
            item_height = bounds.height() + metrics.height() // 2
            item.setSizeHint(QSize(0, item_height))
            height += item_height
        section_list.setFixedHeight(height)

    def _on_section_list_current_row_changed(self, row: int) -> None:
        lesson = self.lesson
        if lesson is not None and 0 <= row < len(lesson.section_ids) and row != self.section_index:
            self.section_index = row
            self._render_section()

    def _clear_segments(self) -> None:
        while self.segments_layout.count():
            item = self.segments_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.block_widgets = []

    def _render_section(self) -> None:
        """Build the widgets of the current section: prose, blocks, figures."""
        lesson = self.lesson
        if lesson is None:
            return
        from duewise.content.model import Markdown

        body = lesson.body(self.language)
        section = body.sections[self.section_index]
        self._clear_segments()
        segments: list[object] = []
        if self.section_index == 0:
            for segment in body.intro:
                if isinstance(segment, Markdown):
                    text = _TITLE_LINE.sub("", segment.text, count=1)
                    if text.strip():
                        segments.append(Markdown(text, segment.line))
                else:
                    segments.append(segment)
        heading = basics.heading(2, self.segments_frame)
        heading.setText(section.title)
        self.section_heading = heading
        widgets: list[QWidget] = []
        for segment in segments:
            widgets.append(self._segment_widget(segment))
        widgets.append(heading)
        for segment in section.segments:
            widgets.append(self._segment_widget(segment))
        for widget in widgets:
            self.segments_layout.addWidget(widget)
            widget.show()  # at once, not on the next turn of the event loop
        self.block_widgets = widgets
        self.seen.add(section.id)
        self._save_progress()
        blocker = self.section_list.blockSignals(True)
        for row in range(self.section_list.count()):
            item = self.section_list.item(row)
            sid = lesson.section_ids[row]
            mark = "✓ " if sid in self.seen else ""
            title = lesson.body(self.language).sections[row].title
            item.setText(f"{mark}{row + 1}. {title}")
        self.section_list.setCurrentRow(self.section_index)
        self.section_list.blockSignals(blocker)
        self._retranslate_reader()
        self._update_direction()
        self._scroll_to_top()

    def _segment_widget(self, segment: object) -> QWidget:
        from duewise.content.model import (
            CalculatorBlock,
            ChoiceBlock,
            FigureRef,
            Markdown,
            RecordBlock,
        )

        parent = self.segments_frame
        if isinstance(segment, Markdown):
            from duewise.ui.common.lesson_text import LessonText

            view = LessonText(self.glossary, parent)
            view.set_lesson_markdown(segment.text)
            view.lesson_link_activated.connect(self._on_text_lesson_link_activated)
            view.section_link_activated.connect(self.go_to_section)
            view.web_link_activated.connect(self.open_external)
            view.setAccessibleName(self.tr("Lesson text"))
            return view
        if isinstance(segment, CalculatorBlock):
            from duewise.ui.learn.calculator_block import LessonCalculator

            calculator = LessonCalculator(segment, lambda: self.context.language, parent)
            calculator.open_in_calculator_requested.connect(
                self._on_calculator_open_in_calculator_requested
            )
            return calculator
        if isinstance(segment, RecordBlock):
            from duewise.ui.learn.record_block import LessonRecord

            return LessonRecord(segment, self.context.language, parent)
        if isinstance(segment, ChoiceBlock):
            from duewise.ui.learn.choice_block import LessonChoice

            return LessonChoice(segment, self.glossary, parent)
        assert isinstance(segment, FigureRef)
        from duewise.ui.common.lesson_figure import LessonFigure

        figures = paths.assets_dir() / "figures"
        return LessonFigure(segment, figures, self.context.text_scale / 100, parent)

    def _on_text_lesson_link_activated(self, lesson_id: str, section_id: str) -> None:
        if self.lesson is not None and lesson_id == self.lesson.id and section_id:
            self.go_to_section(section_id)
        else:
            self.open_lesson(lesson_id, section_id)

    def _on_calculator_open_in_calculator_requested(self, params: object) -> None:
        self.context.navigate("calculator", dict(params) if isinstance(params, dict) else None)

    def _on_quiz_button_clicked(self) -> None:
        if self.lesson is not None:
            self.context.navigate("check", {"lesson": self.lesson.id})

    def _on_continue_button_clicked(self) -> None:
        position = self._last_position()
        if position is not None:
            self.open_lesson(*position)

    @classmethod
    def open_external(cls, url: QUrl) -> None:
        """Open a web link in the system browser (only ever on a click; tests replace this)."""
        if url.scheme() == "https":
            QDesktopServices.openUrl(url)

    def _settle_layout(self) -> None:
        """Lay out the new rows now (wrapped labels need their height for the current width)."""
        content = self.body.parentWidget()
        self.body.activate()
        content.resize(content.width(), max(content.height(), self.body.sizeHint().height()))

    def _scroll_to_top(self) -> None:
        area = self.findChild(QScrollArea)
        if area is not None:
            area.verticalScrollBar().setValue(0)

    def _update_direction(self) -> None:
        """Sections beside the text when there is room, above it when narrow or in large type."""
        if not self._reader_built:
            return
        room = self.width() / max(self.fontMetrics().averageCharWidth(), 1)
        wide = room >= 110
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.reader_row.direction() != direction:
            self.reader_row.setDirection(direction)
        if wide:
            self._fit_section_list()
        else:
            self.section_list.setMinimumWidth(0)
            self.section_list.setMaximumWidth(16777215)
            self._fit_section_list(max(self.reader.width(), 200))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-arrange the reader for the new width."""
        super().resizeEvent(event)
        self._update_direction()

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
            self.tr("Continue reading: %1 — %2")
            .replace("%1", lesson.title.get(self.language))
            .replace("%2", section.title)
        )
        self.continue_button.show()

    # --- signals from the app ---------------------------------------------------------------

    def _on_context_language_changed(self, _language: str) -> None:
        if self.loaded:
            self._refresh()

    def _on_context_appearance_changed(self) -> None:
        if self.loaded:
            self._refresh()

    def _on_context_data_deleted(self) -> None:
        self.lesson = None
        self.seen = set()
        if self.loaded:
            self.reader.hide()
            self.title.show()
            self.intro.show()
            self.list_view.show()
            self._refresh()

    # --- texts ------------------------------------------------------------------------------

    def _retranslate_reader(self) -> None:
        if not self._reader_built:
            return
        self.back_button.setText(self.tr("← &All lessons"))
        self.back_button.setAccessibleName(self.tr("Back to all lessons"))
        self.sections_label.setText(self.tr("&Sections"))
        self.section_list.setAccessibleName(self.tr("Sections of this lesson"))
        self.prev_button.setText(self.tr("‹ &Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous section (Page Up)"))
        self.next_button.setText(self.tr("&Next ›"))
        self.next_button.setAccessibleName(self.tr("Next section (Page Down)"))
        self.quiz_button.setText(self.tr("Take the &quiz"))
        lesson = self.lesson
        if lesson is None:
            return
        total = len(lesson.section_ids)
        self.lesson_title.setText(
            self.tr("Lesson %1: %2")
            .replace("%1", str(lesson.order))
            .replace("%2", lesson.title.get(self.language))
        )
        self.lesson_meta.setText(self._meta_text(lesson))
        self.position_label.setText(
            self.tr("Section %1 of %2")
            .replace("%1", str(self.section_index + 1))
            .replace("%2", str(total))
        )
        self.prev_button.setEnabled(self.section_index > 0)
        self.next_button.setEnabled(self.section_index + 1 < total)
        last = self.section_index + 1 == total
        self.quiz_frame.setVisible(last)
        self.quiz_text.setText(
            self.tr(
                "You have reached the end of this lesson. Check what you learned with its %1 "
                "questions."
            ).replace("%1", str(len(lesson.questions)))
        )
        self.quiz_button.setAccessibleName(
            self.tr("Take the quiz for lesson %1").replace("%1", str(lesson.order))
        )

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.title.setText(self.tr("Learn"))
        self.intro.setText(
            self.tr(
                "Short lessons on consumer credit, each with live examples and a quiz. "
                "Hover over an underlined term, or press F1 on it, for its definition in both "
                "languages."
            )
        )
        if not self.loaded:
            self.status.setText(self.tr("Loading the lessons…"))
            self.status.show()
        else:
            self.status.setText("")
            self.status.hide()
        pack = self.context.lesson_pack
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
        if self.mastery_available:
            self.progress_note.setText(
                self.tr("Progress: sections read, and your mastery from the lesson quizzes.")
            )
        else:
            self.progress_note.setText(
                self.tr(
                    "Progress shows the sections you have read. Quiz mastery will be shown here "
                    "once quiz results are available."
                )
            )
        self.progress_note.setVisible(self.loaded and self.result is not None)
        self.continue_button.setAccessibleName(self.tr("Continue where you stopped reading"))
        if self.loaded and not self.isVisible():
            self._stale = True  # rows and progress are re-read when the page is shown
        elif self.loaded:
            if self.lesson_rows and self.result is not None:
                mastery = self._mastery()
                for lesson in self.result.pack.lessons:
                    row = self.lesson_rows.get(lesson.id)
                    if row is not None:
                        meta, progress = row["meta"], row["progress"]
                        assert isinstance(meta, QLabel) and isinstance(progress, QLabel)
                        meta.setText(self._meta_text(lesson))
                        progress.setText(self._progress_text(lesson, mastery.get(lesson.id)))
            self._retranslate_rows()
            self._show_problems()
            if self.list_view.isVisible() or not self.reader.isVisible():
                self._update_continue()
        self._retranslate_reader()


def _number(value: int, language: str) -> str:
    from duewise import formatting  # babel: not needed before the first paint

    return formatting.number(value, language)


def _percent(share: float, language: str) -> str:
    from decimal import Decimal

    from duewise import formatting

    return formatting.pct(Decimal(round(share * 100)), language, 0)


def _plain(markdown: str) -> str:
    from duewise.ui.common.lesson_text import plain

    return plain(markdown)
