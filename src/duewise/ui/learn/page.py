"""Learn (课程): the lesson list with progress, and a reader for one lesson at a time.

The page assembles two panels, each a module of its own that gets the page's
:class:`~duewise.ui.learn.reading.Reading` (the learner's reading progress) and answers with
signals: the list (``lesson_list``: which pack, the lessons, reading progress, quiz mastery,
the problems of a broken lesson) and the reader (``reader``: a lesson's sections and blocks,
made the first time a lesson opens). The page reads the pack, chooses a teacher's pack, and
sends the learner to the calculator, the quiz or the browser.

The lesson pack (``paths.lessons_dir()``) is the one the app reads once on a worker thread
(``AppContext.lessons`` / ``load_lessons`` / ``lessons_loaded``), asked for shortly after the page
is first painted (so start-up does not wait for it); meanwhile the list says it is loading, and a
lesson asked for (``open_with``) opens once it is read. A lesson with problems is listed with its
file and line; every other lesson opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from duewise import paths
from duewise.ui.common import errors
from duewise.ui.common.context import AppContext
from duewise.ui.common.page import Page
from duewise.ui.learn.lesson_list import LessonListPanel
from duewise.ui.learn.parts import LOAD_DELAY_MS
from duewise.ui.learn.reading import Reading

if TYPE_CHECKING:
    from duewise.content.loader import LoadResult, PackPathError
    from duewise.content.model import Language, Lesson, Section
    from duewise.ui.common.lesson_text import Glossary
    from duewise.ui.learn.reader import ReaderPanel


class LearnPage(Page):
    """The lesson list (order, title, time, level, progress) and the reader (its panels).

    ``open_with({"lesson": id, "section": section_id})`` opens a lesson at a section.
    """

    page_id = "learn"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.reading = Reading(context.database, lambda: self.context.profile_id)
        self._glossary: Glossary | None = None
        self._load_scheduled = False
        #: What ``open_with`` asked for before the pack was read (opened once it is).
        self._pending_open: dict[str, object] | None = None
        self._stale = False

        self.lesson_list = LessonListPanel(
            self.reading,
            lambda: self.context.language,
            lambda: self.context.lesson_pack,
            self.body.parentWidget(),
        )
        #: The reader, made the first time a lesson opens (start-up does not pay for it).
        self.reader: ReaderPanel | None = None

        # PageUp/PageDown turn sections: the scroll area would use them to scroll, so catch them
        # there (controls that use them, such as sliders, still get them first).
        self._scroll_area = self.findChild(QScrollArea)
        self._scroll_area.installEventFilter(self)

        self.body.addWidget(self.lesson_list)
        self.body.addStretch(1)
        self._connect_signals()
        self.finish_init()

    def _connect_signals(self) -> None:
        self.lesson_list.lesson_requested.connect(self._on_lesson_list_lesson_requested)
        self.lesson_list.open_pack_requested.connect(self._on_lesson_list_open_pack_requested)
        self.lesson_list.course_requested.connect(self._on_lesson_list_course_requested)
        self.lesson_list.rows_rebuilt.connect(self._settle_layout)
        self.context.lessons_changed.connect(self._on_context_lessons_changed)
        self.context.lessons_loaded.connect(self._on_context_lessons_loaded)
        self.context.language_changed.connect(self._on_context_language_changed)
        self.context.appearance_changed.connect(self._on_context_appearance_changed)
        self.context.data_deleted.connect(self._on_context_data_deleted)
        # Another learner's data: re-read it as after a deletion.
        self.context.profile_changed.connect(lambda _profile: self._on_context_data_deleted())

    def _connect_reader_signals(self, reader: ReaderPanel) -> None:
        reader.list_requested.connect(self.show_list)
        reader.lesson_requested.connect(self._on_reader_lesson_requested)
        reader.calculator_requested.connect(self._on_reader_calculator_requested)
        reader.quiz_requested.connect(self._on_reader_quiz_requested)
        reader.web_link_activated.connect(self._on_reader_web_link_activated)
        reader.section_shown.connect(self._on_reader_section_shown)

    # --- what is shown -------------------------------------------------------------------------

    @property
    def result(self) -> LoadResult | None:
        """The pack shown (``None`` while it is read, or when ``pack_error`` says why not)."""
        return self.lesson_list.result

    @property
    def pack_error(self) -> PackPathError | None:
        """Why the pack folder is not a pack."""
        return self.lesson_list.pack_error

    @property
    def loaded(self) -> bool:
        """Whether the pack has been read (successfully or not)."""
        return self.lesson_list.loaded

    @property
    def lesson(self) -> Lesson | None:
        """The lesson open in the reader."""
        return self.reader.lesson if self.reader is not None else None

    def current_section(self) -> Section | None:
        """The section shown, in the current language."""
        return self.reader.current_section() if self.reader is not None else None

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

    def _reading_shown(self) -> bool:
        return self.reader is not None and self.reader.isVisible() and self.lesson is not None

    # --- which lesson pack ---------------------------------------------------------------------

    @classmethod
    def choose_pack_folder(cls, parent: QWidget, title: str) -> Path | None:
        """Ask for a lesson-pack folder (tests replace this)."""
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(parent, title)
        return Path(chosen) if chosen else None

    def _on_lesson_list_open_pack_requested(self) -> None:
        from duewise.content import loader

        folder = self.choose_pack_folder(self, self.tr("Choose a folder of lessons"))
        if folder is None:
            return
        try:
            loader.lesson_folders(folder)
        except loader.PackPathError as exc:
            self.lesson_list.show_pack_choice_error(errors.describe(exc))
            return
        self.lesson_list.show_pack_choice_error(None)
        self.context.set_lesson_pack(folder)

    def _on_lesson_list_course_requested(self) -> None:
        self.context.set_lesson_pack(None)

    def _on_context_lessons_changed(self) -> None:
        if self.reader is not None:
            self.reader.clear()
        self.lesson_list.show_loading(busy=False)
        self._stale = False
        self.show_list()
        if self.isVisible():
            self._start_loading()
        else:
            self.retranslate_ui()

    # --- loading -------------------------------------------------------------------------------

    def ensure_loaded(self) -> None:
        """Show the lesson pack, reading it here if the worker has not yet (screenshots, and the
        moment the worker reports: then it takes no time)."""
        if self.loaded:
            return
        from duewise.content import loader
        from duewise.learning import bank  # one loaded copy, shared with the quiz pages

        result: LoadResult | None = None
        error: PackPathError | None = None
        try:
            result = bank.load_result(paths.lessons_dir())
        except loader.PackPathError as exc:
            error = exc
        if result is not None:
            self.glossary.terms = result.pack.glossary
        self.glossary.language = self.language
        self.lesson_list.show_pack(result, error)
        self.retranslate_ui()
        self._reopen_last()
        # A lesson asked for while the pack was being read opens now, whichever noticed the
        # pack first (the context's signal, or this page when it was shown again).
        pending, self._pending_open = self._pending_open, None
        if pending is not None:
            self.open_with(pending)

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
        self.lesson_list.show_loading()  # "Loading the lessons…"
        self.context.load_lessons()

    def _on_context_lessons_loaded(self) -> None:
        # A teacher's pack that failed is set aside by the context (the course then loads);
        # the course itself failing is shown here (``lessons_error``).
        if not self.loaded and (self.isVisible() or self._pending_open is not None):
            self.ensure_loaded()  # read already: this takes no time (and opens what was asked)

    def showEvent(self, event: QShowEvent) -> None:
        """First show: schedule reading the pack; later: refresh the progress shown (another
        profile may have read meanwhile)."""
        super().showEvent(event)
        if not self.loaded and not self._load_scheduled:
            self._load_scheduled = True
            QTimer.singleShot(LOAD_DELAY_MS, self._load_if_still_shown)
        elif self.loaded and self._stale:
            self._refresh()
        elif self.loaded and self.lesson_list.isVisible():
            self.lesson_list.refresh()

    def _refresh(self) -> None:
        """Re-render for the current language, text size and data (now or when next shown)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.glossary.language = self.language
        if self._reading_shown():
            assert self.reader is not None
            self.reader.refresh()
        else:
            self.lesson_list.refresh()

    # --- reading -------------------------------------------------------------------------------

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

    def open_lesson(self, lesson_id: str, section_id: str = "") -> bool:
        """Show a lesson at a section (its last-read section if none is given).

        Returns:
            False when no such lesson loaded (it is missing or broken; the list says why).
        """
        self.ensure_loaded()
        lesson = self.result.pack.lesson(lesson_id) if self.result is not None else None
        if lesson is None:
            self.show_list()
            self.lesson_list.status.setText(
                self.tr("The lesson “%1” is not available (see the problems below).").replace(
                    "%1", lesson_id
                )
            )
            return False
        reader = self._ensure_reader()
        # Opened by keyboard on this page: the focus goes on into the lesson (its sections),
        # not back to the navigation with the hidden "Open" button.
        chose = self.isAncestorOf(QApplication.focusWidget())
        self.lesson_list.hide()
        self.title.hide()
        self.intro.hide()
        reader.show()
        reader.show_lesson(lesson, section_id)
        if chose:
            from PySide6.QtCore import Qt

            reader.section_list.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _ensure_reader(self) -> ReaderPanel:
        if self.reader is None:
            from duewise.ui.learn.reader import ReaderPanel

            reader = ReaderPanel(
                self.reading,
                self.glossary,
                lambda: self.context.language,
                lambda: self.context.text_scale,
                self.body.parentWidget(),
            )
            reader.hide()
            self.body.insertWidget(self.body.indexOf(self.lesson_list) + 1, reader)
            self._connect_reader_signals(reader)
            reader.update_direction(self.width())
            self.reader = reader
        return self.reader

    def _reopen_last(self) -> None:
        position = self.reading.last_position(self.result.pack if self.result else None)
        if position is not None:
            self.open_lesson(*position)

    def show_list(self) -> None:
        """Back to the list of lessons (by keyboard: the focus on the lesson just read)."""
        reader = self.reader
        read = reader.lesson.id if reader is not None and reader.lesson is not None else ""
        back = self.isAncestorOf(QApplication.focusWidget())
        if reader is not None:
            reader.hide()
        self.title.show()
        self.intro.show()
        self.lesson_list.show()
        self.lesson_list.refresh()
        self._scroll_to_top()
        row = self.lesson_list.lesson_rows.get(read)
        if back and row is not None:
            from PySide6.QtCore import Qt

            row["button"].setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_lesson_list_lesson_requested(self, lesson_id: str, section_id: str) -> None:
        self.open_lesson(lesson_id, section_id)

    def _on_reader_lesson_requested(self, lesson_id: str, section_id: str) -> None:
        self.open_lesson(lesson_id, section_id)

    def _on_reader_calculator_requested(self, params: object) -> None:
        self.context.navigate("calculator", dict(params) if isinstance(params, dict) else None)

    def _on_reader_quiz_requested(self, lesson_id: str) -> None:
        self.context.navigate("check", {"lesson": lesson_id})

    def _on_reader_web_link_activated(self, url: QUrl) -> None:
        self.open_external(url)

    def _on_reader_section_shown(self, _section_id: str) -> None:
        self._scroll_to_top()

    @classmethod
    def open_external(cls, url: QUrl) -> None:
        """Open a web link in the system browser (only ever on a click; tests replace this)."""
        if url.scheme() == "https":
            QDesktopServices.openUrl(url)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """PageUp/PageDown in the reader: previous/next section."""
        if (
            watched is self._scroll_area
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._reading_shown()
            and not event.modifiers()
        ):
            from PySide6.QtCore import Qt

            assert self.reader is not None
            if event.key() == Qt.Key.Key_PageDown:
                self.reader.next_section()
                return True
            if event.key() == Qt.Key.Key_PageUp:
                self.reader.previous_section()
                return True
        return super().eventFilter(watched, event)

    # --- layout --------------------------------------------------------------------------------

    def _settle_layout(self) -> None:
        """Lay out the new rows now (wrapped labels need their height for the current width)."""
        content = self.body.parentWidget()
        self.body.activate()
        content.resize(content.width(), max(content.height(), self.body.sizeHint().height()))

    def _scroll_to_top(self) -> None:
        self._scroll_area.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-arrange the reader for the new width."""
        super().resizeEvent(event)
        if self.reader is not None:
            self.reader.update_direction(self.width())

    # --- the app's signals ---------------------------------------------------------------------

    def _on_context_language_changed(self, _language: str) -> None:
        if self.loaded:
            self._refresh()

    def _on_context_appearance_changed(self) -> None:
        if self.loaded:
            self._refresh()

    def _on_context_data_deleted(self) -> None:
        if self.reader is not None:
            self.reader.clear()
        if self.loaded:
            if self.reader is not None:
                self.reader.hide()
            self.title.show()
            self.intro.show()
            self.lesson_list.show()
            self._refresh()

    # --- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.title.setText(self.tr("Learn"))
        self.intro.setText(
            self.tr(
                "Short lessons on consumer credit, each with live examples and a quiz. "
                "Hover over an underlined term, or reach it with Tab and press Enter or F1, for "
                "its definition in both languages."
            )
        )
        self.lesson_list.retranslate_ui()
        if self.loaded and not self.isVisible():
            self._stale = True  # rows and progress are re-read when the page is shown
        elif self.loaded:
            self.lesson_list.refresh_rows()
            if self.lesson_list.isVisible() or not self._reading_shown():
                self.lesson_list.update_continue()
        if self.reader is not None:
            self.reader.retranslate_ui()
