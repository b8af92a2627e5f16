"""Learner profiles on a shared computer: a list with avatars, quick switch, add and delete."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duewise.storage import profiles
from duewise.storage.db import Database
from duewise.ui.classroom import controls
from duewise.ui.classroom.dialogs import ClassroomDialogs
from duewise.ui.common import basics, contrast, errors, learner_name
from duewise.ui.common.basics import RetranslatingWidget

ICON_SIZE = 36
_DEFAULT_ROLE = Qt.ItemDataRole.UserRole + 1
_PROFILE_ROLE = Qt.ItemDataRole.UserRole + 2


def initials_colour(colour: str) -> str:
    """White or black initials, whichever reads better on ``colour`` (white on the
    palette's orange or sky blue is about 2.3:1)."""
    white, dark = "#ffffff", "#000000"
    on_white = contrast.contrast_ratio(white, colour)
    return white if on_white >= contrast.contrast_ratio(dark, colour) else dark


def avatar(profile: profiles.Profile, size: int = ICON_SIZE, initials: str = "") -> QIcon:
    """A filled circle in the profile's colour with its initials in white or black (the
    one that reads better on it), ringed in white so it stays visible on a selected
    (accent-coloured) row."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(profile.colour))
    ring = max(2, size // 14)
    painter.setPen(QPen(QColor("#ffffff"), ring))
    painter.drawEllipse(QRectF(ring / 2, ring / 2, size - ring, size - ring))
    font = QFont()
    font.setPixelSize(int(size * 0.42))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(initials_colour(profile.colour)))
    text = initials or profile.initials
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class ProfilesPanel(RetranslatingWidget):
    """Pick, add and delete learners.

    Deleting asks ``can_delete()`` first (the page answers: only with the teacher area open once
    a teacher PIN is set), so learners sharing a computer cannot delete each other.

    Signals:
        profile_switched(int): the learner now using the app (profile id).
        profiles_changed(): a learner was added, renamed or deleted.
    """

    profile_switched = Signal(int)
    profiles_changed = Signal()

    def __init__(
        self,
        database: Database,
        current_id: int,
        parent: QWidget | None = None,
        *,
        can_delete: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._can_delete = can_delete
        self.current_id = current_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        card, card_layout = basics.card(self)
        self.heading = basics.heading(2, card)
        self.explanation = basics.paragraph(card, muted=True)
        self.current_label = basics.paragraph(card)
        self.current_label.setObjectName("currentLearner")
        self.list = QListWidget(card)
        self.switch_button = QPushButton(card)
        self.delete_button = QPushButton(card)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        for widget in (self.heading, self.explanation, self.current_label, self.list):
            card_layout.addWidget(widget)
        card_layout.addLayout(buttons)

        self.add_heading = basics.heading(2, card)
        self.name_label = QLabel(card)
        self.name_edit = basics.keep_single_line(QLineEdit(card))  # a pasted name: one line
        self.name_edit.setMaxLength(profiles.MAX_NAME_LENGTH + 10)  # room to see the error
        self.colour_label = QLabel(card)
        self.colour_box = controls.combo(card)
        self.add_button = QPushButton(card)
        self.error = basics.paragraph(card)
        self.error.setProperty("role", "error")
        self.name_label.setBuddy(self.name_edit)
        self.colour_label.setBuddy(self.colour_box)
        form = QGridLayout()
        form.addWidget(self.name_label, 0, 0)
        form.addWidget(self.name_edit, 0, 1)
        form.addWidget(self.colour_label, 1, 0)
        form.addWidget(self.colour_box, 1, 1)
        form.addWidget(self.add_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        form.setColumnStretch(1, 1)
        card_layout.addWidget(self.add_heading)
        card_layout.addLayout(form)
        card_layout.addWidget(self.error)
        layout.addWidget(card)

        self.setTabOrder(self.list, self.switch_button)
        self.setTabOrder(self.switch_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.name_edit)
        self.setTabOrder(self.name_edit, self.colour_box)
        self.setTabOrder(self.colour_box, self.add_button)
        self._delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        self._delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._error_code: tuple[str, dict[str, object]] | None = None
        self._current_name = ""
        self._connect_signals()
        self.refresh()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.switch_button.clicked.connect(self._on_switch_button_clicked)
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self._delete_shortcut.activated.connect(self._on_delete_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.name_edit.returnPressed.connect(self._on_add_button_clicked)
        self.name_edit.textEdited.connect(self._clear_error)

    # --- data -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the profiles and show them (the current one in bold)."""
        selected = self.selected_id() or self.current_id
        self.list.clear()
        size = max(ICON_SIZE, round(self.fontMetrics().height() * 1.8))
        self.list.setIconSize(QSize(size, size))
        shown = profiles.list_profiles(self.database)
        for profile in shown:
            name = self.display_name(profile)
            item = QListWidgetItem(avatar(profile, size, name[:1].upper()), name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            item.setData(_DEFAULT_ROLE, profiles.is_default_name(profile.name))
            item.setData(_PROFILE_ROLE, profile)
            if profile.id == self.current_id:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if profile.id == selected:
                self.list.setCurrentItem(item)
        current = profiles.get_profile(self.database, self.current_id)
        self._current_name = current.name if current else ""
        rows = min(max(len(shown), 3), 8)
        self.list.setFixedHeight(rows * (size + 8) + 2 * self.list.frameWidth())
        self._update_current_label()
        self._update_buttons()

    def display_name(self, profile: profiles.Profile) -> str:
        """The name shown: the untouched default profile is called "Default learner" in words of
        the interface language (its stored name is a fixed key)."""
        return learner_name.shown(profile.name)

    def selected_id(self) -> int | None:
        """The profile selected in the list."""
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def select(self, profile_id: int) -> None:
        """Select a profile in the list (does not switch to it)."""
        for row in range(self.list.count()):
            if int(self.list.item(row).data(Qt.ItemDataRole.UserRole)) == profile_id:
                self.list.setCurrentRow(row)

    def switch_to(self, profile_id: int) -> None:
        """Make ``profile_id`` the learner using the app."""
        if profiles.get_profile(self.database, profile_id) is None:
            return
        self.current_id = profile_id
        self.refresh()
        self.profile_switched.emit(profile_id)

    # --- slots ------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        selected = self.selected_id()
        self.switch_button.setEnabled(selected is not None and selected != self.current_id)
        self.delete_button.setEnabled(selected is not None and self.list.count() > 1)

    def _update_current_label(self) -> None:
        # Texts only: the name was read in refresh(), the database is never touched here.
        text = self.tr("Using DueWise now: <b>%1</b>")
        name = learner_name.shown(self._current_name)
        self.current_label.setText(text.replace("%1", html.escape(name)))

    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.switch_to(int(item.data(Qt.ItemDataRole.UserRole)))

    def _on_switch_button_clicked(self) -> None:
        selected = self.selected_id()
        if selected is not None:
            self.switch_to(selected)

    def _on_delete_button_clicked(self) -> None:
        selected = self.selected_id()
        profile = None if selected is None else profiles.get_profile(self.database, selected)
        if profile is None or self.list.count() < 2:
            return
        if not self._can_delete():
            self._show_error("teacher_only", {})
            return
        if not ClassroomDialogs.confirm(
            self,
            self.tr("Delete learner"),
            self.tr(
                "Delete the learner “%1” with all their answers, progress and saved plans? "
                "This cannot be undone."
            ).replace("%1", self.display_name(profile)),
        ):
            return
        try:
            profiles.delete_profile(self.database, profile.id)
        except profiles.ProfileError as exc:
            self._show_error(exc.code, exc.params)
            return
        self._clear_error()
        if profile.id == self.current_id:
            self.current_id = profiles.list_profiles(self.database)[0].id
            self.refresh()
            self.profile_switched.emit(self.current_id)
        else:
            self.refresh()
        self.profiles_changed.emit()

    def _on_add_button_clicked(self) -> None:
        colour = str(self.colour_box.currentData() or profiles.AVATAR_COLOURS[0])
        try:
            profile = profiles.create_profile(self.database, self.name_edit.text(), colour)
        except profiles.ProfileError as exc:
            self._show_error(exc.code, exc.params)
            return
        self.name_edit.clear()
        self._clear_error()
        self.colour_box.setCurrentIndex(
            (self.colour_box.currentIndex() + 1) % self.colour_box.count()
        )
        self.refresh()
        self.select(profile.id)
        self.profiles_changed.emit()

    def _show_error(self, code: str, params: dict[str, object]) -> None:
        self._error_code = (code, params)
        self.error.setText(errors.profile_message(code, params))
        self.error.show()

    def _clear_error(self) -> None:
        self._error_code = None
        self.error.clear()
        self.error.hide()

    # --- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Learners on this computer"))
        self.explanation.setText(
            self.tr(
                "Several people can share this computer. Each learner's answers, progress and "
                "saved plans are kept apart: choose your name before you start."
            )
        )
        self._update_current_label()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_DEFAULT_ROLE):
                name = learner_name.shown(item.data(_PROFILE_ROLE).name)
                item.setText(name)
                size = self.list.iconSize().width()
                item.setIcon(avatar(item.data(_PROFILE_ROLE), size, name[:1].upper()))
        self.list.setAccessibleName(self.tr("Learners"))
        self.switch_button.setText(self.tr("&Switch to this learner"))
        self.switch_button.setAccessibleName(self.tr("Switch to the selected learner"))
        self.delete_button.setText(self.tr("Delete learner…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected learner"))
        self.add_heading.setText(self.tr("Add a learner"))
        self.name_label.setText(self.tr("&Name or nickname:"))
        self.name_edit.setAccessibleName(self.tr("New learner's name or nickname"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Lin"))
        self.colour_label.setText(self.tr("Avatar &colour:"))
        self.colour_box.setAccessibleName(self.tr("Avatar colour"))
        colour_names = (
            self.tr("Blue"),
            self.tr("Vermilion"),
            self.tr("Green"),
            self.tr("Pink"),
            self.tr("Orange"),
            self.tr("Sky blue"),
            self.tr("Black"),
            self.tr("Brown"),
        )
        index = max(self.colour_box.currentIndex(), 0)
        self.colour_box.clear()
        for colour, name in zip(profiles.AVATAR_COLOURS, colour_names, strict=True):
            swatch = QPixmap(16, 16)
            swatch.fill(QColor(colour))
            self.colour_box.addItem(QIcon(swatch), name, colour)
        self.colour_box.setCurrentIndex(index)
        self.add_button.setText(self.tr("&Add learner"))
        self.add_button.setAccessibleName(self.tr("Add the learner"))
        if self._error_code is not None:
            self.error.setText(errors.profile_message(*self._error_code))
        else:
            self.error.hide()
