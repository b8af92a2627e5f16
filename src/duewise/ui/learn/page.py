"""Learn (课程): the lesson list with progress, and a reader for one lesson at a time.

The lesson pack (``paths.lessons_dir()``) is the one the app reads once on a worker thread
(``AppContext.lessons`` / ``load_lessons`` / ``lessons_loaded``), asked for shortly after the page
is first painted (so start-up does not wait for it); meanwhile the list says it is loading, and a
lesson asked for (``open_with``) opens once it is read. A lesson with problems is listed with its
file and line; every other lesson opens.

Reading progress is kept per profile in saved items: kind ``reading``, name = lesson id, payload
``{"seen": [section ids], "section": last section id}``; the last lesson read is kind
``reading-last``, name ``last``, payload ``{"lesson": id, "section": id}``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
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
    from duewise.content.loader import LoadResult, PackPathError
    from duewise.content.model import Language, Lesson
    from duewise.ui.common.lesson_text import Glossary
from duewise.ui.learn.lesson_list import LessonListPart
from duewise.ui.learn.parts import LOAD_DELAY_MS
from duewise.ui.learn.reader import ReaderPart


class LearnPage(
    LessonListPart,
    ReaderPart,
    Page,
):
    """The lesson list (order, title, time, level, progress) and the reader.

    ``open_with({"lesson": id, "section": section_id})`` opens a lesson at a section.
    """

    page_id = "learn"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.result: LoadResult | None = None
        #: Why the pack folder is not a pack (worded by ``errors.describe`` when shown).
        self.pack_error: PackPathError | None = None
        self.lesson: Lesson | None = None
        self.section_index = 0
        self.seen: set[str] = set()
        self._glossary: Glossary | None = None
        self._load_scheduled = False
        self._reader_built = False
        #: What ``open_with`` asked for before the pack was read (opened once it is).
        self._pending_open: dict[str, object] | None = None
        #: Why the quiz mastery could not be read (``None``: it was).
        self.mastery_error: str | None = None
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
        self.context.lessons_loaded.connect(self._on_context_lessons_loaded)
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
        except loader.PackPathError as exc:
            self.pack_choice_error.setText(errors.describe(exc))
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
        """Show the lesson pack, reading it here if the worker has not yet (screenshots, and the
        moment the worker reports: then it takes no time)."""
        if self.loaded:
            return
        from duewise.content import loader
        from duewise.learning import bank  # one loaded copy, shared with the quiz pages

        self.loading_bar.hide()
        try:
            self.result = bank.load_result(paths.lessons_dir())
        except loader.PackPathError as exc:
            self.pack_error = exc
        if self.result is not None:
            self.glossary.terms = self.result.pack.glossary
        self.glossary.language = self.language
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
        if bank.is_loaded(paths.lessons_dir()) or self.context.lessons_error is not None:
            self.ensure_loaded()  # read already (or the course is not a pack): no wait
            return
        self.retranslate_ui()  # "Loading the lessons…"
        self.loading_bar.show()
        self.context.load_lessons()

    def _on_context_lessons_loaded(self) -> None:
        # A teacher's pack that failed is set aside by the context (the course then loads);
        # the course itself failing is shown here (``lessons_error``).
        if not self.loaded and (self.isVisible() or self._pending_open is not None):
            self.ensure_loaded()  # read already: this takes no time
            pending, self._pending_open = self._pending_open, None
            if pending is not None:
                self.open_with(pending)

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

    def open_with(self, params: dict[str, object]) -> None:
        """``{"lesson": id, "section": section_id}``: open that lesson at that section (once the
        pack is read)."""
        if not self.loaded:
            from duewise.learning import bank

            if not bank.is_loaded(paths.lessons_dir()) and self.context.lessons_error is None:
                self._pending_open = dict(params)
                self._start_loading()
                return
            self.ensure_loaded()
        lesson_id = params.get("lesson")
        if isinstance(lesson_id, str):
            section = params.get("section")
            self.open_lesson(lesson_id, section if isinstance(section, str) else "")

    def show_list(self) -> None:
        """Back to the list of lessons."""
        self.reader.hide()
        self.title.show()
        self.intro.show()
        self.list_view.show()
        self._rebuild_list()
        self._update_continue()
        self._scroll_to_top()

    @classmethod
    def open_external(cls, url: QUrl) -> None:
        """Open a web link in the system browser (only ever on a click; tests replace this)."""
        if url.scheme() == "https":
            QDesktopServices.openUrl(url)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-arrange the reader for the new width."""
        super().resizeEvent(event)
        self._update_direction()

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
        self._show_progress_note()
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
