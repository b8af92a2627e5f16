"""Settings (设置): language, text size, theme, and deleting data.

Who may delete what on a shared computer: any learner may delete **their own** data ("Delete my
data": their profile, answers and plans, :func:`duewise.storage.profiles.erase_learner`). Deleting
**all data on this computer** is for the teacher once a teacher PIN is set: then it is done from the
open teacher area (Classroom → Teacher area), and this page says so. Without a PIN, anyone may
delete everything here, as before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from duewise.storage import profiles, teacher_pin
from duewise.ui.common import basics, learner_name, theme
from duewise.ui.common.context import AppContext
from duewise.ui.common.page import Page
from duewise.ui.settings import app_panel

# Language names are written in their own language, so nobody is lost after a wrong switch.
LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))


class SettingsPage(Page):
    """Language, text size, theme, "delete my data" and "delete all data on this computer".

    Changes apply at once and are stored in the database.
    """

    page_id = "settings"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        appearance, appearance_layout = basics.card(self)
        self.appearance_heading = basics.heading(2, appearance)
        appearance_layout.addWidget(self.appearance_heading)
        # A grid, not a QFormLayout: each label gets the whole label column (a form layout gives
        # a label only its own hinted width, which cut off the end of "Text size").
        form = QGridLayout()
        form.setColumnStretch(2, 1)
        appearance_layout.addLayout(form)

        self.language_box = QComboBox(appearance)
        for code, name in LANGUAGE_NAMES:
            self.language_box.addItem(name, code)
        self.text_size_box = QComboBox(appearance)
        for scale in theme.TEXT_SCALES:
            self.text_size_box.addItem(f"{scale} %", scale)
        self.theme_box = QComboBox(appearance)
        for name in theme.THEMES:
            self.theme_box.addItem(name, name)
        self.language_label = QLabel(appearance)
        self.text_size_label = QLabel(appearance)
        self.theme_label = QLabel(appearance)
        for row, (label, box) in enumerate(
            (
                (self.language_label, self.language_box),
                (self.text_size_label, self.text_size_box),
                (self.theme_label, self.theme_box),
            )
        ):
            label.setBuddy(box)
            form.addWidget(label, row, 0)
            form.addWidget(box, row, 1)
        self.body.addWidget(appearance)

        data, data_layout = basics.card(self)
        self.data_heading = basics.heading(2, data)
        self.privacy = basics.paragraph(data)
        self.location = basics.paragraph(data, muted=True)
        self.delete_mine_button = QPushButton(data)
        self.delete_mine_note = basics.paragraph(data, muted=True)
        self.delete_button = QPushButton(data)
        self.delete_note = basics.paragraph(data, muted=True)
        self.delete_status = basics.paragraph(data)
        self.delete_status.setObjectName("deleteStatus")
        self.delete_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.data_heading, self.privacy, self.location):
            data_layout.addWidget(widget)
        data_layout.addWidget(self.delete_mine_button, 0, Qt.AlignmentFlag.AlignLeft)
        data_layout.addWidget(self.delete_mine_note)
        data_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        data_layout.addWidget(self.delete_note)
        data_layout.addWidget(self.delete_status)
        self.body.addWidget(data)
        self.app_panel = app_panel.AppPanel(context, self)  # About, and the welcome again
        self.body.addWidget(self.app_panel)
        self.body.addStretch(1)

        self.setTabOrder(self.language_box, self.text_size_box)
        self.setTabOrder(self.text_size_box, self.theme_box)
        self.setTabOrder(self.theme_box, self.delete_mine_button)
        self.setTabOrder(self.delete_mine_button, self.delete_button)
        self._status: tuple[str, object] | None = None
        self._protected = False  # a teacher PIN is set (read by update_data_roles)
        self._learner = ""  # the stored name of the learner using the app
        self.sync_from_context()
        self._connect_signals()
        self.update_data_roles()
        self.finish_init()

    def _connect_signals(self) -> None:
        self.language_box.activated.connect(self._on_language_box_activated)
        self.text_size_box.activated.connect(self._on_text_size_box_activated)
        self.theme_box.activated.connect(self._on_theme_box_activated)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.delete_mine_button.clicked.connect(self._on_delete_mine_button_clicked)
        self.context.profile_changed.connect(self._on_context_profile_changed)
        self.context.data_deleted.connect(self.update_data_roles)

    def sync_from_context(self) -> None:
        """Show the settings currently in force."""
        for box, value in (
            (self.language_box, self.context.language),
            (self.text_size_box, self.context.text_scale),
            (self.theme_box, self.context.theme),
        ):
            index = box.findData(value)
            if index >= 0:
                box.setCurrentIndex(index)

    # --- slots ------------------------------------------------------------------------------

    def _on_language_box_activated(self, index: int) -> None:
        self.context.set_language(str(self.language_box.itemData(index)))

    def _on_text_size_box_activated(self, index: int) -> None:
        self.context.set_appearance(text_scale=int(self.text_size_box.itemData(index)))

    def _on_theme_box_activated(self, index: int) -> None:
        self.context.set_appearance(theme_name=str(self.theme_box.itemData(index)))

    def _on_context_profile_changed(self, _profile_id: int) -> None:
        self.update_data_roles()

    def showEvent(self, event: QShowEvent) -> None:
        """A teacher PIN may have been set or removed meanwhile: show what may be deleted."""
        self.update_data_roles()
        super().showEvent(event)

    def teacher_pin_set(self) -> bool:
        """Whether a teacher PIN protects this computer's data (read from the database)."""
        return teacher_pin.TeacherLock(self.context.database).has_pin()

    def update_data_roles(self) -> None:
        """Offer "delete all data on this computer" here only when no teacher PIN is set (reads
        the database; retranslating only words what was read)."""
        self._protected = self.teacher_pin_set()
        profile = profiles.get_profile(self.context.database, self.context.profile_id)
        self._learner = profile.name if profile is not None else ""
        self._word_data_roles()

    def _word_data_roles(self) -> None:
        protected = self._protected
        self.delete_button.setVisible(not protected)
        self.delete_note.setText(
            self.tr(
                "A teacher PIN is set, so only the teacher can delete all data on this "
                "computer or other learners: Classroom → Teacher area."
            )
            if protected
            else self.tr(
                "No teacher PIN is set: anyone using this computer may delete all of its data. "
                "Set a PIN under Classroom → Teacher area to keep that for the teacher."
            )
        )
        name = learner_name.shown(self._learner)
        self.delete_mine_note.setText(
            self.tr(
                "Deletes only the learner using DueWise now (%1): their profile, quiz answers, "
                "review queue and saved plans. Nobody else's data is touched."
            ).replace("%1", name)
        )

    def _on_delete_button_clicked(self) -> None:
        if self.teacher_pin_set():  # the PIN was set on the Classroom page since
            self.update_data_roles()
            return
        confirmed = self.confirm_delete(
            self,
            self.tr("Delete all data on this computer?"),
            self.delete_question(),
            self.tr("Delete everything"),
        )
        if not confirmed:
            self._status = ("kept", None)
            self.retranslate_ui()
            return
        self.context.delete_all_data()
        self.context.set_language(self.context.language)
        self.context.set_appearance(theme_name=self.context.theme)
        self._status = ("all_deleted", None)
        self.retranslate_ui()

    def _on_delete_mine_button_clicked(self) -> None:
        self.delete_my_data()

    def delete_my_data(self) -> profiles.Erased | None:
        """Ask, then delete the current learner's own data (and nobody else's)."""
        database = self.context.database
        profile = profiles.get_profile(database, self.context.profile_id)
        if profile is None:
            return None
        counts = profiles.learner_data(database, profile.id)
        confirmed = self.confirm_delete(
            self,
            self.tr("Delete my data?"),
            self.delete_mine_question(learner_name.shown(profile.name), counts),
            self.tr("Delete my data"),
        )
        if not confirmed:
            self._status = ("kept", None)
            self.retranslate_ui()
            return None
        erased = profiles.erase_learner(database, profile.id)
        if erased.next_profile_id != self.context.profile_id:
            self.context.set_profile(erased.next_profile_id)
        else:  # the only learner was emptied: pages re-read "their" (now empty) data
            self.context.profile_changed.emit(erased.next_profile_id)
        self.context.profiles_changed.emit()
        now = profiles.get_profile(database, self.context.profile_id)
        self._status = ("mine_deleted", (erased, now.name if now is not None else ""))
        self.update_data_roles()
        self.retranslate_ui()
        return erased

    # --- dialogs (tests replace this) -------------------------------------------------------

    @classmethod
    def confirm_delete(cls, parent: QWidget, title: str, text: str, confirm: str) -> bool:
        """Ask before deleting; ``True`` only when the user chose the ``confirm`` button."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
        delete = box.addButton(confirm, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def delete_question(self) -> str:
        """The confirmation text, naming everything that will be deleted."""
        return self.tr(
            "This deletes all data on this computer, of every learner:\n"
            "• every learner profile and its quiz answers, progress and review queue\n"
            "• saved missed-payment scenarios and repayment plans\n"
            "• the class quizzes and class results kept for the teacher\n"
            "• the settings (language, text size, theme, window position, teacher PIN)\n\n"
            "Files you exported (CSV, PDF, calendars) are not touched. This cannot be undone."
        )

    def delete_mine_question(self, name: str, counts: profiles.LearnerData) -> str:
        """The confirmation text of "Delete my data", naming what goes and what stays."""
        return (
            self.tr(
                "This deletes the data of %1 only:\n"
                "• the learner profile “%1”\n"
                "• %2 quiz answers in %3 quizzes, and %4 questions in the review queue\n"
                "• %5 saved scenarios and plans\n\n"
                "Other learners' data and the teacher's class results are not touched. Files "
                "you exported are not touched. This cannot be undone."
            )
            .replace("%1", name)
            .replace("%2", str(counts.answers))
            .replace("%3", str(counts.quizzes))
            .replace("%4", str(counts.review_cards))
            .replace("%5", str(counts.saved_items))
        )

    def status_text(self) -> str:
        """What the last delete did (empty when nothing was asked yet)."""
        if self._status is None:
            return ""
        code, value = self._status
        if code == "kept":
            return self.tr("Nothing was deleted.")
        if code == "all_deleted":
            return self.tr("All data on this computer was deleted.")
        assert isinstance(value, tuple)
        erased, now = value
        assert isinstance(erased, profiles.Erased) and isinstance(now, str)
        text = self.tr(
            "Deleted the data of %1 only: %2 quiz answers, %3 review questions and %4 saved "
            "items. Other learners' data was not touched."
        )
        text = (
            text.replace("%1", learner_name.shown(erased.name))
            .replace("%2", str(erased.deleted.answers))
            .replace("%3", str(erased.deleted.review_cards))
            .replace("%4", str(erased.deleted.saved_items))
        )
        using = self.tr("Now using DueWise: %1.").replace("%1", learner_name.shown(now))
        return f"{text} {using}"

    # --- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.title.setText(self.tr("Settings"))
        self.intro.setText(self.tr("Changes apply at once and are remembered."))
        self.appearance_heading.setText(self.tr("Language and appearance"))
        self.language_label.setText(self.tr("&Language"))
        self.text_size_label.setText(self.tr("&Text size"))
        self.theme_label.setText(self.tr("T&heme"))
        theme_names = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
            "high_contrast": self.tr("High contrast"),
        }
        for i in range(self.theme_box.count()):
            self.theme_box.setItemText(i, theme_names[str(self.theme_box.itemData(i))])
        self.language_box.setAccessibleName(self.tr("Language"))
        self.text_size_box.setAccessibleName(self.tr("Text size"))
        self.theme_box.setAccessibleName(self.tr("Theme"))
        self.data_heading.setText(self.tr("Your data"))
        self.privacy.setText(
            self.tr(
                "DueWise works offline. There is no account, and nothing you enter leaves "
                "this computer."
            )
        )
        self.location.setText(self.tr("Kept in: %1").replace("%1", str(self.context.data_dir)))
        self.delete_mine_button.setText(self.tr("Delete &my data…"))
        self.delete_mine_button.setAccessibleName(
            self.tr("Delete my data: the learner using DueWise now")
        )
        self.delete_button.setText(self.tr("Delete &all data on this computer…"))
        self.delete_button.setAccessibleName(self.tr("Delete all data on this computer"))
        self._word_data_roles()
        self.delete_status.setText(self.status_text())
        self.sync_from_context()
