"""The running live quiz on the teacher's window: join details, the step buttons, who has joined.

Only widgets: :class:`~duewise.ui.classroom.live.panel.LivePanel` sets their texts and reacts to
their buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duewise.learning import live
from duewise.ui.classroom.live.projector import plain_label
from duewise.ui.classroom.live.qr import QrCode
from duewise.ui.classroom.presenter import fill_screen_box

STUDENT_ID = Qt.ItemDataRole.UserRole
"""The item data of a joined-list row: the student's id."""


class LiveRunView(QWidget):
    """The controls of a running session (their texts come from the panel).

    The joined list's rows carry the student id (:data:`STUDENT_ID`); the selected student can
    be let join again with :attr:`release_button` or the same action in the row's context menu
    (:attr:`release_action`: right click, the Menu key or Shift+F10).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        words = QVBoxLayout()
        self.join_label = plain_label(self)
        self.join_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.network_note = plain_label(self)
        self.network_note.setProperty("role", "muted")
        words.addWidget(self.join_label)
        words.addWidget(self.network_note)
        buttons = QHBoxLayout()
        self.present_button = QPushButton(self)
        self.screen_box = QComboBox(self)
        fill_screen_box(self.screen_box)
        self.board_button = QPushButton(self)
        self.board_button.setCheckable(True)
        buttons.addWidget(self.present_button)
        buttons.addWidget(self.screen_box)
        buttons.addWidget(self.board_button)
        buttons.addStretch(1)
        words.addLayout(buttons)
        words.addStretch(1)
        top.addLayout(words, 1)
        self.qr = QrCode(self)
        self.qr.setFixedSize(180, 180)
        top.addWidget(self.qr)
        layout.addLayout(top)
        self.question_label = plain_label(self)
        self.question_label.setProperty("role", "h2")
        self.count_label = plain_label(self)
        layout.addWidget(self.question_label)
        layout.addWidget(self.count_label)
        steps = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.reveal_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.finish_button = QPushButton(self)
        self.stop_button = QPushButton(self)
        self.csv_button = QPushButton(self)
        for button in (
            self.open_button,
            self.close_button,
            self.reveal_button,
            self.next_button,
            self.finish_button,
            self.stop_button,
            self.csv_button,
        ):
            steps.addWidget(button)
        steps.addStretch(1)
        layout.addLayout(steps)
        #: The buttons that move the quiz on, in their order.
        self.step_buttons = (
            self.open_button,
            self.close_button,
            self.reveal_button,
            self.next_button,
            self.finish_button,
        )
        self.run_status = plain_label(self)
        layout.addWidget(self.run_status)
        self.joined_heading = plain_label(self)
        self.joined_heading.setProperty("role", "h2")
        self.joined_list = QListWidget(self)
        self.release_action = QAction(self.joined_list)
        self.release_action.setEnabled(False)
        self.joined_list.addAction(self.release_action)
        self.joined_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.release_button = QPushButton(self)
        self.release_button.setEnabled(False)
        layout.addWidget(self.joined_heading)
        layout.addWidget(self.joined_list, 1)
        layout.addWidget(self.release_button, 0, Qt.AlignmentFlag.AlignLeft)

    def fill_joined(self, view: live.TeacherView, may_join_again: str) -> None:
        """List who has joined, ticking who answered the open question; a student let join
        again (who has not yet) is marked with ``may_join_again``."""
        answering = view.phase in (live.Phase.OPEN, live.Phase.CLOSED, live.Phase.REVEALED)
        rows = [
            (
                s.student_id,
                (f"✓ {s.name}" if answered and answering else f"   {s.name}")
                + (f"  ({s.team})" if s.team else "")
                + (f"  — {may_join_again}" if s.student_id in view.released else ""),
            )
            for s, answered in view.students
        ]
        # Rows are updated in place (students only ever join, so the list only grows).
        for i, (student_id, text) in enumerate(rows):
            item = self.joined_list.item(i)
            if item is None:
                item = QListWidgetItem(text, self.joined_list)
                item.setData(STUDENT_ID, student_id)
            elif item.text() != text:
                item.setText(text)
        while self.joined_list.count() > len(rows):
            self.joined_list.takeItem(self.joined_list.count() - 1)

    def selected_student(self) -> str:
        """The id of the student selected in the joined list (``""``: none)."""
        item = self.joined_list.currentItem()
        if item is None or not item.isSelected():
            return ""
        return str(item.data(STUDENT_ID) or "")
