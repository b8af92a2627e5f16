"""What a lesson opens with, above its introduction: its objectives ("after this lesson you can")
and its hook, the question or situation it starts from."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from duewise.content.model import Lesson
from duewise.ui.common import basics
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.basics import RetranslatingWidget


class LessonOverview(RetranslatingWidget):
    """The objectives as a list and the hook, in the current language.

    Args:
        lesson: the lesson.
        language: the interface language (``zh_CN`` or ``en``), asked each time texts are set.
    """

    def __init__(
        self, lesson: Lesson, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lesson = lesson
        self._language = language
        self.setObjectName("lessonOverview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.objectives_title = basics.paragraph(self)
        self.objectives_title.setStyleSheet("font-weight: 600;")
        self.objectives = basics.paragraph(self)
        self.objectives.setObjectName("lessonObjectives")
        self.objectives.setTextFormat(Qt.TextFormat.PlainText)
        frame, frame_layout = basics.card(self)
        self.hook_frame = frame
        self.hook_title = basics.paragraph(frame)
        self.hook_title.setStyleSheet("font-weight: 600;")
        self.hook = basics.paragraph(frame)
        self.hook.setObjectName("lessonHook")
        self.hook.setTextFormat(Qt.TextFormat.PlainText)
        frame_layout.addWidget(self.hook_title)
        frame_layout.addWidget(self.hook)
        frame.setVisible(lesson.hook is not None)
        layout.addWidget(self.objectives_title)
        layout.addWidget(self.objectives)
        layout.addWidget(frame)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        language = lesson_language(self._language())
        self.objectives_title.setText(self.tr("After this lesson you can:"))
        self.objectives.setText(
            "\n".join(f"• {o.text.get(language)}" for o in self.lesson.objectives)
        )
        self.objectives.setAccessibleName(self.tr("Objectives of this lesson"))
        self.hook_title.setText(self.tr("To start with"))
        if self.lesson.hook is not None:
            self.hook.setText(self.lesson.hook.get(language))
