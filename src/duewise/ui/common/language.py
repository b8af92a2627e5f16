"""Switching the interface language while the app runs, with Qt's translators.

English is the source language, so English needs no catalogue. Chinese installs DueWise's own
``duewise_zh_CN.qm`` and Qt's ``qtbase_zh_CN.qm`` (standard buttons such as 确定/取消, the file
dialog; the few file-dialog words Qt's catalogue lacks are in DueWise's, ``qt_strings.py``).
Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every widget, and
each widget then re-sets its texts in ``retranslate_ui()``.

When the app's language differs from the system's, file dialogs are Qt's own rather than the
desktop's: a desktop dialog speaks the system's language, so a Chinese DueWise on an English
desktop showed an English "Save as".
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTimer, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from duewise import paths
from duewise.storage import settings

LANGUAGES = settings.LANGUAGES
#: The compiled catalogues, on disk (from a wheel, a zip or a frozen app: ``duewise.paths``).
CATALOGUE_DIR = paths.catalogue_dir()
_installed: list[QTranslator] = []


def system_language() -> str:
    """``zh_CN`` when the system locale is Chinese, else ``en``."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


class LanguageManager(QObject):
    """Owns the installed translators.

    Signals:
        language_changed(str): the new language code, after the translators were swapped.
    """

    language_changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.language = "en"
        #: Whether file dialogs follow the language yet: from the first paint on (see
        #: :meth:`follow_language_in_file_dialogs`), never before it.
        self._dialogs_follow = False

    def set_language(self, language: str) -> None:
        """Switch to ``language`` (``zh_CN`` or ``en``) at once."""
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        # Translators belong to the application, not to one manager: a rebuilt window (tests,
        # screenshots) must not inherit a previous manager's language.
        for translator in _installed:
            self._app.removeTranslator(translator)
        _installed.clear()
        self.language = language
        if self._dialogs_follow:
            QTimer.singleShot(0, self._set_dialog_attribute)
        if language == "zh_CN":
            QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            for name, folder in (("qtbase_zh_CN", qt_dir), ("duewise_zh_CN", str(CATALOGUE_DIR))):
                translator = QTranslator(self._app)
                if translator.load(name, folder):
                    self._app.installTranslator(translator)
                    _installed.append(translator)
        else:
            # Removing the translators above already sent LanguageChange to every widget.
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        _fit_combo_boxes(self._app)
        self.language_changed.emit(language)

    def follow_language_in_file_dialogs(self) -> None:
        """From now on, use Qt's own (translated) file dialogs when the interface language is not
        the system's, and the desktop's otherwise.

        Called once the window has painted (a warm-up step): the first use of Qt's ``Qt``
        namespace creates its ninety-odd enums, about 40 ms that start-up must not pay. Nobody
        opens a file dialog before the window is on screen.
        """
        self._dialogs_follow = True
        self._set_dialog_attribute()

    def _set_dialog_attribute(self) -> None:
        from PySide6.QtCore import Qt

        self._app.setAttribute(
            Qt.ApplicationAttribute.AA_DontUseNativeDialogs, self.language != system_language()
        )


def _fit_combo_boxes(app: QApplication) -> None:
    """Let every combo box follow its items' width from now on.

    Qt's default (``AdjustToContentsOnFirstShow``) measures the items once: a box first shown
    in Chinese keeps that width in English and elides its longer words ("Follow the sy…").
    """
    from PySide6.QtWidgets import QComboBox

    adjust = QComboBox.SizeAdjustPolicy
    for widget in app.allWidgets():
        if isinstance(widget, QComboBox) and (
            widget.sizeAdjustPolicy() == adjust.AdjustToContentsOnFirstShow
        ):
            widget.setSizeAdjustPolicy(adjust.AdjustToContents)
