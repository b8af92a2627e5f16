"""Change the teacher PIN from inside the open teacher area (the current PIN is asked again)."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from duewise.storage import teacher_pin
from duewise.ui.common import basics, errors, wrap_label
from duewise.ui.common.basics import RetranslatingWidget


class ChangePinPanel(RetranslatingWidget):
    """Current PIN, new PIN twice, then save.

    The current PIN is checked through :meth:`TeacherLock.try_unlock`, so wrong tries here count
    towards the same lockout as at the door: an open, unattended teacher area cannot be used to
    guess the PIN (or to take it over without knowing it).

    Signals:
        pin_changed(): the new PIN was saved.
        cancelled(): the teacher closed the form without changing the PIN.
    """

    pin_changed = Signal()
    cancelled = Signal()

    def __init__(self, lock: teacher_pin.TeacherLock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        card, layout = basics.card(self)
        outer.addWidget(card)
        self.heading = basics.heading(2, card)
        self.current_label = QLabel(card)
        self.current_edit = QLineEdit(card)
        self.new_label = QLabel(card)
        self.new_edit = QLineEdit(card)
        self.repeat_label = QLabel(card)
        self.repeat_edit = QLineEdit(card)
        form = QGridLayout()
        for row, (label, edit) in enumerate(
            (
                (self.current_label, self.current_edit),
                (self.new_label, self.new_edit),
                (self.repeat_label, self.repeat_edit),
            )
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(teacher_pin.MAX_PIN_LENGTH)
            edit.setInputMethodHints(
                Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
            )
            label.setBuddy(edit)
            form.addWidget(label, row, 0)
            form.addWidget(edit, row, 1)
        form.setColumnStretch(2, 1)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(card)
        self.cancel_button = QPushButton(card)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.message = wrap_label.paragraph(card)
        self.message.setObjectName("changePinMessage")
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.setTabOrder(self.current_edit, self.new_edit)
        self.setTabOrder(self.new_edit, self.repeat_edit)
        self.setTabOrder(self.repeat_edit, self.save_button)
        self.setTabOrder(self.save_button, self.cancel_button)
        self._message: tuple[str, float] | None = None
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.current_edit.returnPressed.connect(self.new_edit.setFocus)
        self.new_edit.returnPressed.connect(self.repeat_edit.setFocus)
        self.repeat_edit.returnPressed.connect(self._on_save_button_clicked)

    def reset(self) -> None:
        """Empty the form (when it is opened or closed)."""
        for edit in (self.current_edit, self.new_edit, self.repeat_edit):
            edit.clear()
        self._message = None
        self.retranslate_ui()

    def change(self) -> bool:
        """Check the entries and save the new PIN; ``True`` when it was changed."""
        new, repeat = self.new_edit.text(), self.repeat_edit.text()
        # The new PIN is checked first: a typo there must not cost a try of the current PIN.
        try:
            teacher_pin.check_pin_format(new)
            if new != repeat:
                raise teacher_pin.PinError("pin_mismatch")
        except teacher_pin.PinError as exc:
            self._message = (exc.code, 0.0)
            self.retranslate_ui()
            return False
        result = self.lock.try_unlock(self.current_edit.text())
        self.current_edit.clear()
        if not result.ok:
            if result.status is teacher_pin.UnlockStatus.WRONG and result.wait_seconds <= 0:
                self._message = ("wrong_pin", float(teacher_pin.FREE_TRIES - result.failures))
            else:
                self._message = ("locked", result.wait_seconds)
            self.retranslate_ui()
            return False
        self.lock.set_pin(new, repeat, unlocked=True)
        self.new_edit.clear()
        self.repeat_edit.clear()
        self._message = ("changed", 0.0)
        self.retranslate_ui()
        self.pin_changed.emit()
        return True

    def _on_save_button_clicked(self) -> None:
        self.change()

    def _on_cancel_button_clicked(self) -> None:
        self.reset()
        self.cancelled.emit()

    def message_text(self) -> str:
        """The message under the form in the current language (empty when none)."""
        if self._message is None:
            return ""
        code, value = self._message
        texts = {
            "changed": self.tr("The teacher PIN was changed. Use the new PIN from now on."),
            "wrong_pin": self.tr(
                "The current PIN is wrong. Tries left before a waiting time: %1."
            ).replace("%1", str(int(value))),
            "locked": self.tr("Too many wrong PINs. You can try again in %1 s.").replace(
                "%1", str(math.ceil(value))
            ),
        }
        return texts.get(code) or errors.pin_message(code)  # a PinError code

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Change the teacher PIN"))
        self.current_label.setText(self.tr("C&urrent PIN:"))
        self.current_edit.setAccessibleName(self.tr("Current teacher PIN"))
        self.new_label.setText(self.tr("&New PIN:"))
        self.new_edit.setAccessibleName(self.tr("New teacher PIN"))
        self.repeat_label.setText(self.tr("Re&peat new PIN:"))
        self.repeat_edit.setAccessibleName(self.tr("Repeat the new teacher PIN"))
        self.save_button.setText(self.tr("Sa&ve new PIN"))
        self.save_button.setAccessibleName(self.tr("Save the new teacher PIN"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Close without changing the PIN"))
        text = self.message_text()
        ok = self._message is not None and self._message[0] == "changed"
        self.message.setProperty("role", "" if ok else "error")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
