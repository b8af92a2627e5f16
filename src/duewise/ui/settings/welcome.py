"""The welcome on the very first start: the language, who is using DueWise, and where to begin.

Shown once, when the app starts on an empty data folder (:func:`offer`, called by the app's start
after the window is up), and again only when asked from Settings ("Show the welcome again"). The
language applies at once, so the rest of the welcome is read in it. "Start" opens the place that
fits: Learn for a learner at home, Classroom for a teacher, Check yourself for someone checking
what they know. Closing it without choosing keeps the current page; either way it is done.

It is a window-modal dialog opened with ``open()`` (never ``exec()``): nothing waits for it, so
``--exit-after-startup`` and the start-up benchmark are not held up, and ``--screenshot`` never
builds it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from duewise.storage import settings
from duewise.storage.db import Database
from duewise.ui.common import basics
from duewise.ui.common.context import AppContext

#: (role, the page it opens), in the order shown (the roles of ``settings.ROLES``).
ROLES = (("learner", "learn"), ("teacher", "classroom"), ("self_check", "check"))
# Language names are written in their own language, so nobody is lost after a wrong switch.
LANGUAGES = (("zh_CN", "简体中文"), ("en", "English"))


def mark_first_start(database: Database) -> None:
    """Remember that this data folder was just created: the welcome is due."""
    if settings.read(database, settings.WELCOME) is None:
        settings.write(database, settings.WELCOME, "pending")


def is_due(database: Database) -> bool:
    """True when the welcome was due and has not been answered or closed yet."""
    return settings.read(database, settings.WELCOME) == "pending"


class WelcomeDialog(QDialog):
    """Language, role, and a "Start" that opens the matching place.

    Attributes:
        chosen_page: the page opened on "Start" (empty until then).
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.chosen_page = ""
        self.setObjectName("welcomeDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.heading = basics.heading(1, self)
        self.intro = basics.paragraph(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)

        self.language_heading = basics.heading(2, self)
        layout.addWidget(self.language_heading)
        self.language_group = QButtonGroup(self)
        self.language_buttons: dict[str, QRadioButton] = {}
        for code, name in LANGUAGES:
            button = QRadioButton(name, self)
            button.setObjectName(f"welcomeLanguage_{code}")
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            layout.addWidget(button)
        self.language_buttons.get(context.language, self.language_buttons["en"]).setChecked(True)

        self.role_heading = basics.heading(2, self)
        layout.addWidget(self.role_heading)
        self.role_group = QButtonGroup(self)
        self.role_buttons: dict[str, QRadioButton] = {}
        self.role_notes: dict[str, QLabel] = {}
        for role, _page in ROLES:
            button = QRadioButton(self)
            button.setObjectName(f"welcomeRole_{role}")
            note = basics.paragraph(self, muted=True)
            note.setIndent(24)
            self.role_group.addButton(button)
            self.role_buttons[role] = button
            self.role_notes[role] = note
            layout.addWidget(button)
            layout.addWidget(note)
        self.role_buttons[settings.read(context.database, settings.ROLE)].setChecked(True)

        self.later = basics.paragraph(self, muted=True)
        layout.addWidget(self.later)
        self.buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("welcomeStart")
        self.start_button.setDefault(True)
        self.skip_button = QPushButton(self)
        self.skip_button.setObjectName("welcomeSkip")
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.language_group.buttonToggled.connect(self._on_language_group_button_toggled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.finished.connect(self._on_finished)

    def chosen_role(self) -> str:
        """The role whose button is checked."""
        return next(role for role, button in self.role_buttons.items() if button.isChecked())

    def _on_language_group_button_toggled(self, button: QAbstractButton, checked: bool) -> None:
        code = next(c for c, b in self.language_buttons.items() if b is button)
        if checked and code != self.context.language:
            self.context.set_language(code)  # remembered; the dialog retranslates itself

    def accept(self) -> None:
        """Remember the role and open its place."""
        role = self.chosen_role()
        settings.write(self.context.database, settings.ROLE, role)
        self.chosen_page = dict(ROLES)[role]
        super().accept()
        self.context.navigate(self.chosen_page)

    def _on_finished(self, _result: int) -> None:
        settings.write(self.context.database, settings.WELCOME, "done")

    def changeEvent(self, event: QEvent) -> None:
        """Re-set the texts when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("Welcome to DueWise"))
        self.heading.setText(self.tr("Welcome to DueWise"))
        self.intro.setText(
            self.tr(
                "Learn how consumer credit works, see what a missed payment really costs, and "
                "plan your way out of debt. Everything stays on this computer."
            )
        )
        self.language_heading.setText(self.tr("Language"))
        self.role_heading.setText(self.tr("Who is using DueWise?"))
        texts = {
            "learner": (
                self.tr("I am learning at home"),
                self.tr("Short lessons on Baitiao, Huabei, cards and loans. Opens Learn."),
            ),
            "teacher": (
                self.tr("I am a teacher"),
                self.tr(
                    "Present lessons, run class quizzes and print worksheets. Opens Classroom."
                ),
            ),
            "self_check": (
                self.tr("I want to check what I know"),
                self.tr(
                    "A quiz that says what you know and what to study next. Opens Check yourself."
                ),
            ),
        }
        for role, (label, note) in texts.items():
            self.role_buttons[role].setText(label)
            self.role_notes[role].setText(note)
        self.later.setText(self.tr("You can change all of this later in Settings."))
        self.start_button.setText(self.tr("Start"))
        self.skip_button.setText(self.tr("Not now"))
        self.start_button.setAccessibleName(self.tr("Start with the chosen place"))
        self.skip_button.setAccessibleName(self.tr("Close the welcome"))


def open_welcome(context: AppContext, parent: QWidget) -> WelcomeDialog:
    """Open the welcome over ``parent`` without waiting for it."""
    dialog = WelcomeDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def offer(context: AppContext, parent: QWidget, *, first_start: bool) -> WelcomeDialog | None:
    """Open the welcome if it is due: on the first start (an empty data folder), and on later
    starts until it was answered or closed once; else do nothing."""
    if first_start:
        mark_first_start(context.database)
    if not is_due(context.database):
        return None
    return open_welcome(context, parent)
