"""What every page receives: the database, the data folder, language and appearance controls.

Pages get an :class:`AppContext` through ``__init__``; there is no global registry.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from duewise import paths
from duewise.storage import db as storage_db
from duewise.storage import settings
from duewise.ui.common import pack_loading, theme
from duewise.ui.common.language import LanguageManager
from duewise.ui.common.pack_loading import PackLoading

if TYPE_CHECKING:  # annotations only: the loader is imported once the window is painted
    from duewise.content.loader import LoadResult, PackPathError


def _note(message: str, *args: object) -> None:
    """Log a warning (logging is imported only when there is something to say)."""

    logging.getLogger(__name__).warning(message, *args)


class AppContext(QObject):
    """Shared state of one running app.

    Signals:
        language_changed(str): the interface language changed (``zh_CN`` or ``en``).
        appearance_changed(): the theme or the text size changed.
        data_deleted(): every user record was deleted; pages drop what they show.
        profile_changed(int): another learner profile is now in use (``profile_id`` is set);
            pages re-read the learner's data.
        profiles_changed(): a learner profile was added, renamed or deleted.
        lessons_changed(): another lesson pack is in use (``paths.lessons_dir()``); pages that
            show lessons or questions ask for it again (:meth:`lessons`, :meth:`load_lessons`).
        lessons_loaded(): the pack in use has been read on the worker thread: :meth:`lessons`
            gives it (or, if the course itself is not a pack, ``lessons_error`` says why).
            Pages that waited for it show it now.
        navigate_requested(str, object): a page asks to show another page (by id) opened with
            these parameters (a dict, or ``None``); the main window calls that page's
            ``open_with(params)``. This is how a lesson's "try it" lands pre-filled in the
            calculator.
    """

    language_changed = Signal(str)
    appearance_changed = Signal()
    data_deleted = Signal()
    navigate_requested = Signal(str, object)
    profile_changed = Signal(int)
    profiles_changed = Signal()
    lessons_changed = Signal()
    lessons_loaded = Signal()
    lesson_pack_set_aside = Signal(str, str)

    def __init__(
        self,
        app: QApplication,
        database: storage_db.Database,
        data_dir: Path,
        open_report: storage_db.OpenReport | None = None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.database = database
        self.data_dir = data_dir
        self.open_report = open_report or storage_db.OpenReport(database.path)
        self._languages = LanguageManager(app)
        self._languages.language_changed.connect(self.language_changed)
        self.theme = "system"
        self.text_scale = 100
        self.profile_id = self._remembered_profile()
        #: The teacher's pack in use, or ``None`` for the shipped course.
        self.lesson_pack: Path | None = None
        #: A remembered pack not used this start, and why (``PackPathError`` code, ``too_slow``).
        self.set_aside: tuple[Path, str] | None = None
        #: Why the course (not a teacher's pack: that is set aside) could not be read.
        self.lessons_error: PackPathError | None = None
        self.pack_loading = PackLoading(self)
        self.pack_loading.finished.connect(self._on_pack_loading_finished)
        self.pack_loading.failed.connect(self._on_pack_loading_failed)
        self.pack_loading.too_slow.connect(self._on_pack_loading_too_slow)
        self._apply_stored_lesson_pack()

    # --- language ---------------------------------------------------------------------------

    @property
    def language(self) -> str:
        """The current interface language: ``zh_CN`` or ``en``."""
        return self._languages.language

    def set_language(self, language: str, *, remember: bool = True) -> None:
        """Switch the interface language live (and store the choice)."""
        self._languages.set_language(language)
        if remember:
            settings.write(self.database, settings.LANGUAGE, language)

    def follow_language_in_file_dialogs(self) -> None:
        """File dialogs in the interface language from now on (after the first paint)."""
        self._languages.follow_language_in_file_dialogs()

    # --- appearance -------------------------------------------------------------------------

    def set_appearance(
        self, *, theme_name: str | None = None, text_scale: int | None = None, remember: bool = True
    ) -> None:
        """Apply a theme and/or text size to the whole app (and store the choice)."""
        if theme_name is not None:
            if theme_name not in theme.THEMES:
                raise ValueError(f"unknown theme {theme_name!r}")
            self.theme = theme_name
        if text_scale is not None:
            if text_scale not in theme.TEXT_SCALES:
                raise ValueError(f"unknown text size {text_scale!r}")
            self.text_scale = text_scale
        # A user's own change restyles every widget built so far: about a second with every
        # page open, so the pointer says the app is busy (not at start-up: no window yet).
        with _busy_cursor(self.app) if remember else contextlib.nullcontext():
            theme.apply(self.app, self.theme, self.text_scale)
            if remember:
                settings.write(self.database, settings.THEME, self.theme)
                settings.write(self.database, settings.TEXT_SCALE, self.text_scale)
            self.appearance_changed.emit()

    # --- lesson pack ------------------------------------------------------------------------

    def _apply_stored_lesson_pack(self) -> None:
        stored = settings.read(self.database, settings.LESSON_PACK)
        folder = Path(stored) if stored else None
        # A pack on a USB stick that is gone today: fall back to the course, keep the choice.
        self.lesson_pack = folder if folder is not None and folder.is_dir() else None
        paths.use_lessons_dir(self.lesson_pack)

    def set_lesson_pack(self, folder: Path | None) -> None:
        """Use the lesson pack in ``folder`` (``None``: the shipped course), remembered."""
        settings.write(self.database, settings.LESSON_PACK, str(folder) if folder else "")
        self.lesson_pack = folder
        self.set_aside = None
        self.lessons_error = None
        self.pack_loading.forget()
        paths.use_lessons_dir(folder)
        self.lessons_changed.emit()

    def lessons(self) -> LoadResult | None:
        """The pack in use if it has been read (one copy, shared by every page through
        ``learning.bank``); ``None`` while it is not: call :meth:`load_lessons` and show it on
        :attr:`lessons_loaded`. Never reads the pack itself, so it never waits."""
        from duewise.learning import bank

        folder = paths.lessons_dir()
        return bank.load_result(folder) if bank.is_loaded(folder) else None

    def load_lessons(self) -> None:
        """Read the pack in use on a worker thread, unless it is read or being read
        (``pack_loading`` reports, then :attr:`lessons_loaded`); a teacher's pack gets the time
        limit."""
        from duewise.learning import bank

        if self.pack_loading.running or bank.is_loaded(paths.lessons_dir()):
            return
        if self.lessons_error is not None and self.lesson_pack is None:
            return  # the course is not a pack: asking again cannot help this start
        limit = pack_loading.PACK_TIME_LIMIT_MS if self.lesson_pack is not None else None
        self.pack_loading.start(paths.lessons_dir(), time_limit_ms=limit)

    def set_aside_lesson_pack(self, reason: str) -> None:
        """Show the course this start instead of the remembered pack (which stays remembered):
        it is not a pack any more (``reason``: the ``PackPathError`` code) or is ``too_slow``."""
        folder = self.lesson_pack
        if folder is None:
            return
        self.set_aside = (folder, reason)
        self.lesson_pack = None
        self.lessons_error = None
        self.pack_loading.forget()
        paths.use_lessons_dir(None)
        self.lessons_changed.emit()
        self.lesson_pack_set_aside.emit(str(folder), reason)

    def _on_pack_loading_finished(self, _result: object) -> None:
        self.lessons_loaded.emit()

    def _on_pack_loading_failed(self, code: str, error: object) -> None:
        if self.lesson_pack is not None:
            self.set_aside_lesson_pack(code)  # the course loads instead
            return
        from duewise.content import loader

        if isinstance(error, loader.PackPathError):
            self.lessons_error = error
        self.lessons_loaded.emit()

    def _on_pack_loading_too_slow(self) -> None:
        self.set_aside_lesson_pack("too_slow")

    # --- profiles ---------------------------------------------------------------------------

    def _remembered_profile(self) -> int:
        ids = [profile_id for profile_id, _ in self.database.profiles()]
        if not ids:
            # Every start needs a learner; a file left without one gets a new default learner.
            from duewise.storage import profiles  # rare: not worth its import at every start

            _note("no learner profile in %s; starting a new one", self.database.path)
            profile = profiles.create_profile(self.database, storage_db.DEFAULT_PROFILE_NAME)
            ids = [profile.id]
        stored = settings.read(self.database, settings.LAST_PROFILE)
        if stored is not None and stored not in ids:
            _note("setting last_profile: learner %s no longer exists; using %s", stored, ids[0])
        return stored if stored in ids else ids[0]

    def set_profile(self, profile_id: int) -> None:
        """Switch to another learner profile (remembered for the next start)."""
        if profile_id == self.profile_id:
            return
        self.profile_id = profile_id
        settings.write(self.database, settings.LAST_PROFILE, profile_id)
        self.profile_changed.emit(profile_id)

    # --- navigation -------------------------------------------------------------------------

    def navigate(self, page_id: str, params: dict[str, object] | None = None) -> None:
        """Ask the main window to show ``page_id``, opened with ``params``."""
        self.navigate_requested.emit(page_id, params)

    # --- data -------------------------------------------------------------------------------

    def delete_all_data(self) -> None:
        """Delete every profile, answer, saved plan and setting, then return to defaults."""
        had_pack = paths.lessons_dir() != paths.shipped_lessons_dir()
        self.database.delete_all_data()
        self.profile_id = self._remembered_profile()
        self._apply_stored_lesson_pack()
        self.data_deleted.emit()
        if had_pack:
            self.lessons_changed.emit()


@contextlib.contextmanager
def _busy_cursor(app: QApplication) -> Iterator[None]:
    """The wait cursor over the whole app while the block runs."""
    from PySide6.QtCore import Qt  # here: the first use of Qt's namespace costs ~25 ms
    from PySide6.QtGui import QCursor

    app.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        app.restoreOverrideCursor()
