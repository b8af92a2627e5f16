"""The door of the teacher area: set a PIN the first time, then unlock with it (with lockout); a
forgotten PIN is reset with the recovery code shown when it was set (no data is deleted)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duewise.storage import teacher_pin, teacher_recovery
from duewise.ui.common import basics, errors
from duewise.ui.common.basics import RetranslatingWidget


class TeacherLockPanel(RetranslatingWidget):
    """Set or enter the teacher PIN, or reset a forgotten one with the recovery code.

    Signals:
        unlocked(): the right PIN was entered (or a first PIN was set).
        pin_set(str): a new PIN was set; the argument is its recovery code, to show once.
    """

    unlocked = Signal()
    pin_set = Signal(str)

    def __init__(
        self,
        lock: teacher_pin.TeacherLock,
        recovery: teacher_recovery.RecoveryLock,
        issue_code: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lock = lock
        self.recovery = recovery
        self._issue_code = issue_code
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
        self.forgot_button = QPushButton(card)
        card_layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(card)

        # The recovery form (hidden until "Forgot the PIN?").
        self.recovery_card, recovery_layout = basics.card(self)
        self.recovery_heading = basics.heading(2, self.recovery_card)
        self.recovery_text = basics.paragraph(self.recovery_card, muted=True)
        self.code_label = QLabel(self.recovery_card)
        self.code_edit = QLineEdit(self.recovery_card)
        self.code_edit.setMaxLength(40)
        self.code_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhPreferUppercase | Qt.InputMethodHint.ImhSensitiveData
        )
        self.code_label.setBuddy(self.code_edit)
        self.reset_button = QPushButton(self.recovery_card)
        self.cancel_reset_button = QPushButton(self.recovery_card)
        self.recovery_message = basics.paragraph(self.recovery_card)
        self.recovery_message.setProperty("role", "error")
        self.recovery_message.setObjectName("recoveryMessage")
        code_row = QGridLayout()
        code_row.addWidget(self.code_label, 0, 0)
        code_row.addWidget(self.code_edit, 0, 1)
        code_row.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.cancel_reset_button)
        buttons.addStretch(1)
        for widget in (self.recovery_heading, self.recovery_text):
            recovery_layout.addWidget(widget)
        recovery_layout.addLayout(code_row)
        recovery_layout.addLayout(buttons)
        recovery_layout.addWidget(self.recovery_message)
        self.recovery_card.hide()
        layout.addWidget(self.recovery_card)
        layout.addStretch(1)
        self.setTabOrder(self.pin_edit, self.repeat_edit)
        self.setTabOrder(self.repeat_edit, self.submit_button)
        self.setTabOrder(self.submit_button, self.forgot_button)
        self.setTabOrder(self.forgot_button, self.code_edit)
        self.setTabOrder(self.code_edit, self.reset_button)
        self.setTabOrder(self.reset_button, self.cancel_reset_button)
        self._recovery_message: tuple[str, float] | None = None
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
        self.forgot_button.clicked.connect(self._on_forgot_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.code_edit.returnPressed.connect(self._on_reset_button_clicked)
        self.cancel_reset_button.clicked.connect(self._on_cancel_reset_button_clicked)

    def setting_pin(self) -> bool:
        """Whether the panel asks for a new PIN (none was set when it last refreshed)."""
        return self._setting

    def refresh(self) -> None:
        """Show the right form and the current lockout (reads the database)."""
        self._setting = not self.lock.has_pin()
        setting = self._setting
        self.repeat_label.setVisible(setting)
        self.repeat_edit.setVisible(setting)
        self.forgot_button.setVisible(not setting)
        if setting:
            self.recovery_card.hide()
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
            code = self._issue_code()
            self._succeed()
            self.pin_set.emit(code)
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

    # --- a forgotten PIN ----------------------------------------------------------------------

    def show_recovery(self) -> None:
        """Open the form that resets a forgotten PIN with its recovery code."""
        self.code_edit.clear()
        self._recovery_message = None
        self.recovery_card.show()
        self.retranslate_ui()
        self.code_edit.setFocus()

    def _on_forgot_button_clicked(self) -> None:
        self.show_recovery()

    def _on_cancel_reset_button_clicked(self) -> None:
        self.code_edit.clear()
        self._recovery_message = None
        self.recovery_card.hide()
        self.pin_edit.setFocus()

    def reset_with_code(self, code: str) -> bool:
        """Try a recovery code; when right the PIN is removed and a new one is asked for."""
        result = self.recovery.reset_pin(code)
        self.code_edit.clear()
        if result.ok:
            self.recovery_card.hide()
            self._recovery_message = None
            self._message = ("pin_removed", 0.0)
            self.refresh()
            self.pin_edit.setFocus()
            return True
        if result.status is teacher_pin.UnlockStatus.NO_PIN:
            self._recovery_message = ("no_code", 0.0)
        elif result.status is teacher_pin.UnlockStatus.WRONG and result.wait_seconds <= 0:
            self._recovery_message = (
                "wrong_code",
                float(teacher_pin.FREE_TRIES - result.failures),
            )
        else:
            self._recovery_message = ("locked", result.wait_seconds)
        self.retranslate_ui()
        return False

    def _on_reset_button_clicked(self) -> None:
        self.reset_with_code(self.code_edit.text())

    def recovery_message_text(self) -> str:
        """The message under the recovery form (empty when none)."""
        if self._recovery_message is None:
            return ""
        code, value = self._recovery_message
        if code == "wrong_code":
            return self.tr(
                "That is not the recovery code. Tries left before a waiting time: %1."
            ).replace("%1", str(int(value)))
        if code == "locked":
            return self.tr("Too many wrong codes. You can try again in %1 s.").replace(
                "%1", str(math.ceil(value))
            )
        return self.tr(
            "No recovery code was made for this PIN (it was set with an older DueWise). Each "
            "learner can still export their results (Learners → Export my results); deleting "
            "all data is the last resort. See “A forgotten teacher PIN” in the README."
        )

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
        if code == "pin_removed":
            return self.tr(
                "The recovery code was right: the old PIN is gone. Choose a new PIN. No "
                "learner's data was touched."
            )
        return errors.pin_message(code)  # a PinError code

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
                    "doubles with each further wrong try. Forgot the PIN? Use the recovery code "
                    "you were shown when it was set."
                ).replace("%1", str(teacher_pin.FREE_TRIES))
            )
            self.submit_button.setText(self.tr("&Unlock"))
            self.submit_button.setAccessibleName(self.tr("Unlock the teacher area"))
        self.forgot_button.setText(self.tr("&Forgot the PIN?"))
        self.forgot_button.setAccessibleName(
            self.tr("Forgot the PIN? Reset it with the recovery code")
        )
        self.recovery_heading.setText(self.tr("Reset a forgotten PIN"))
        self.recovery_text.setText(
            self.tr(
                "Type the recovery code you were shown when the PIN was set (case, spaces and "
                "dashes do not matter). Only the PIN is reset: no learner's profile, answer or "
                "plan is deleted. Then choose a new PIN."
            )
        )
        self.code_label.setText(self.tr("Recovery &code:"))
        self.code_edit.setAccessibleName(self.tr("Recovery code"))
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.reset_button.setText(self.tr("&Reset the PIN"))
        self.reset_button.setAccessibleName(self.tr("Reset the PIN with the recovery code"))
        self.cancel_reset_button.setText(self.tr("Cancel"))
        self.cancel_reset_button.setAccessibleName(self.tr("Close without resetting the PIN"))
        recovery = self.recovery_message_text()
        self.recovery_message.setText(recovery)
        self.recovery_message.setVisible(bool(recovery))
        self.pin_label.setText(self.tr("&PIN:"))
        self.pin_edit.setAccessibleName(self.tr("Teacher PIN"))
        self.repeat_label.setText(self.tr("&Repeat PIN:"))
        self.repeat_edit.setAccessibleName(self.tr("Repeat the teacher PIN"))
        text = self.message_text()
        good = self._message is not None and self._message[0] == "pin_removed"
        if self.message.property("role") != ("" if good else "error"):
            self.message.setProperty("role", "" if good else "error")
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
