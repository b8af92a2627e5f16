"""Settings (设置): language, text size, theme, and deleting all personal data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from duewise.ui.common import basics, theme
from duewise.ui.common.context import AppContext
from duewise.ui.common.page import Page
from duewise.ui.settings import app_panel

# Language names are written in their own language, so nobody is lost after a wrong switch.
LANGUAGE_NAMES = (("zh_CN", "简体中文"), ("en", "English"))


class SettingsPage(Page):
    """Language, text size, theme and "delete all my data".

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
        self.delete_button = QPushButton(data)
        self.delete_status = basics.paragraph(data)
        for widget in (self.data_heading, self.privacy, self.location):
            data_layout.addWidget(widget)
        data_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        data_layout.addWidget(self.delete_status)
        self.body.addWidget(data)
        self.app_panel = app_panel.AppPanel(context, self)  # About, and the welcome again
        self.body.addWidget(self.app_panel)
        self.body.addStretch(1)

        self.setTabOrder(self.language_box, self.text_size_box)
        self.setTabOrder(self.text_size_box, self.theme_box)
        self.setTabOrder(self.theme_box, self.delete_button)
        self.sync_from_context()
        self._connect_signals()
        self.finish_init()

    def _connect_signals(self) -> None:
        self.language_box.activated.connect(self._on_language_box_activated)
        self.text_size_box.activated.connect(self._on_text_size_box_activated)
        self.theme_box.activated.connect(self._on_theme_box_activated)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)

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

    def _on_delete_button_clicked(self) -> None:
        confirmed = self.confirm_delete(
            self,
            self.tr("Delete all my data?"),
            self.delete_question(),
            self.tr("Delete everything"),
        )
        if not confirmed:
            self.delete_status.setText(self.tr("Nothing was deleted."))
            return
        self.context.delete_all_data()
        self.context.set_language(self.context.language)
        self.context.set_appearance(theme_name=self.context.theme)
        self.delete_status.setText(self.tr("All your data was deleted."))

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
            "This deletes, on this computer:\n"
            "• every learner profile and its quiz answers, progress and review queue\n"
            "• saved missed-payment scenarios and repayment plans\n"
            "• your settings (language, text size, theme, window position)\n\n"
            "Files you exported (CSV, PDF, calendars) are not touched. This cannot be undone."
        )

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
        self.delete_button.setText(self.tr("Delete all my data…"))
        self.delete_button.setAccessibleName(self.tr("Delete all my data"))
        self.delete_status.clear()
        self.sync_from_context()
