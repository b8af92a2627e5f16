"""The door of the teacher area: set a PIN the first time, then unlock with it (with lockout)."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from duewise.storage import teacher_pin
from duewise.ui.common import basics
from duewise.ui.common.basics import RetranslatingWidget


class TeacherLockPanel(RetranslatingWidget):
    """Set or enter the teacher PIN.

    Signals:
        unlocked(): the right PIN was entered (or a first PIN was set).
    """

    unlocked = Signal()

    def __init__(self, lock: teacher_pin.TeacherLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        card, card_layout = basics.card(self)
        self.heading = basics.heading(2, card)
        self.explanation = basics.paragraph(card, muted=True)
        self.pin_label = QLabel(card)
        self.pin_edit = QLineEdit(card)
        self.repeat_label = QLabel(card)
        self.repeat_edit = QLineEdit(card)
        for edit in (self.pin_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(teacher_pin.MAX_PIN_LENGTH)
            edit.setInputMethodHints(
                Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
            )
        self.pin_label.setBuddy(self.pin_edit)
        self.repeat_label.setBuddy(self.repeat_edit)
        self.submit_button = QPushButton(card)
        self.submit_button.setDefault(True)
        self.message = basics.paragraph(card)
        self.message.setProperty("role", "error")
        self.message.setObjectName("pinMessage")
        form = QGridLayout()
        form.addWidget(self.pin_label, 0, 0)
        form.addWidget(self.pin_edit, 0, 1)
        form.addWidget(self.repeat_label, 1, 0)
        form.addWidget(self.repeat_edit, 1, 1)
        form.addWidget(self.submit_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        form.setColumnStretch(2, 1)
        for widget in (self.heading, self.explanation):
            card_layout.addWidget(widget)
        card_layout.addLayout(form)
        card_layout.addWidget(self.message)
        layout.addWidget(card)
        layout.addStretch(1)
        self.setTabOrder(self.pin_edit, self.repeat_edit)
        self.setTabOrder(self.repeat_edit, self.submit_button)
        # Re-checks the lockout once a second while locked, so the button comes back by itself.
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._message: tuple[str, float] | None = None
        self._setting = not lock.has_pin()
        self._connect_signals()
        self.retranslate_ui()
        self.refresh()

    def _connect_signals(self) -> None:
        self.submit_button.clicked.connect(self._on_submit_button_clicked)
        self.pin_edit.returnPressed.connect(self._on_pin_edit_return_pressed)
        self.repeat_edit.returnPressed.connect(self._on_submit_button_clicked)
        self._tick.timeout.connect(self.refresh)

    def setting_pin(self) -> bool:
        """Whether the panel asks for a new PIN (none was set when it last refreshed)."""
        return self._setting

    def refresh(self) -> None:
        """Show the right form and the current lockout (reads the database)."""
        self._setting = not self.lock.has_pin()
        setting = self._setting
        self.repeat_label.setVisible(setting)
        self.repeat_edit.setVisible(setting)
        wait = 0.0 if setting else self.lock.wait_seconds()
        self.submit_button.setEnabled(wait <= 0)
        self.pin_edit.setEnabled(wait <= 0)
        if wait > 0:
            self._message = ("locked", wait)
            if not self._tick.isActive():
                self._tick.start()
        else:
            self._tick.stop()
            if self._message is not None and self._message[0] == "locked":
                self._message = ("try_again", 0.0)
        self.retranslate_ui()

    def _on_pin_edit_return_pressed(self) -> None:
        if self.setting_pin():
            self.repeat_edit.setFocus()
        else:
            self._on_submit_button_clicked()

    def _on_submit_button_clicked(self) -> None:
        pin = self.pin_edit.text()
        if self.setting_pin():
            try:
                self.lock.set_pin(pin, self.repeat_edit.text())
            except teacher_pin.PinError as exc:
                self._message = (exc.code, 0.0)
                self.retranslate_ui()
                return
            self._succeed()
            return
        result = self.lock.try_unlock(pin)
        self.pin_edit.clear()
        if result.ok:
            self._succeed()
            return
        if result.status is teacher_pin.UnlockStatus.WRONG and result.wait_seconds <= 0:
            left = teacher_pin.FREE_TRIES - result.failures
            self._message = ("wrong_pin", float(left))
        else:
            self._message = ("locked", result.wait_seconds)
        self.refresh()

    def _succeed(self) -> None:
        self.pin_edit.clear()
        self.repeat_edit.clear()
        self._message = None
        self.refresh()
        self.unlocked.emit()

    def message_text(self) -> str:
        """The message under the form in the current language (empty when none)."""
        if self._message is None:
            return ""
        code, value = self._message
        if code == "wrong_pin":
            return self.tr("Wrong PIN. Tries left before a waiting time: %1.").replace(
                "%1", str(int(value))
            )
        if code == "locked":
            return self.tr("Too many wrong PINs. You can try again in %1 s.").replace(
                "%1", str(math.ceil(value))
            )
        if code == "try_again":
            return self.tr("You can try again now.")
        if code == "pin_format":
            return (
                self.tr("A PIN is %1 to %2 digits (0–9).")
                .replace("%1", str(teacher_pin.MIN_PIN_LENGTH))
                .replace("%2", str(teacher_pin.MAX_PIN_LENGTH))
            )
        if code == "pin_mismatch":
            return self.tr("The two PINs differ. Type the same PIN twice.")
        return code

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        if self.setting_pin():
            self.heading.setText(self.tr("Set a teacher PIN"))
            self.explanation.setText(
                self.tr(
                    "The teacher area (presenting, class quizzes, printables and class results) "
                    "is protected by a PIN so learners sharing this computer cannot open it. "
                    "Choose %1 to %2 digits. Only a salted hash of the PIN is stored."
                )
                .replace("%1", str(teacher_pin.MIN_PIN_LENGTH))
                .replace("%2", str(teacher_pin.MAX_PIN_LENGTH))
            )
            self.submit_button.setText(self.tr("&Set PIN and open"))
            self.submit_button.setAccessibleName(self.tr("Set the teacher PIN"))
        else:
            self.heading.setText(self.tr("Teacher area"))
            self.explanation.setText(
                self.tr(
                    "Enter the teacher PIN. After %1 wrong tries you must wait, and the wait "
                    "doubles with each further wrong try. Forgot the PIN? Settings → Delete all "
                    "my data resets it (with everything else)."
                ).replace("%1", str(teacher_pin.FREE_TRIES))
            )
            self.submit_button.setText(self.tr("&Unlock"))
            self.submit_button.setAccessibleName(self.tr("Unlock the teacher area"))
        self.pin_label.setText(self.tr("&PIN:"))
        self.pin_edit.setAccessibleName(self.tr("Teacher PIN"))
        self.repeat_label.setText(self.tr("&Repeat PIN:"))
        self.repeat_edit.setAccessibleName(self.tr("Repeat the teacher PIN"))
        text = self.message_text()
        self.message.setText(text)
        self.message.setVisible(bool(text))
