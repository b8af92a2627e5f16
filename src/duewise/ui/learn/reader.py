"""The lesson reader: sections, their text, figures and interactive blocks, and the steps.

Part of :class:`~duewise.ui.learn.page.LearnPage` (a mixin: the page holds the widgets and
the state); texts are translated in the page's context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from duewise import paths
from duewise.ui.common import basics

if TYPE_CHECKING:
    from duewise.content.model import Section

from duewise.ui.learn.parts import TITLE_LINE


class ReaderPart:
    """A part of the Learn page (see the module docstring)."""

    def _build_reader(self) -> None:
        """Create the reader's widgets (first time a lesson opens)."""
        from PySide6.QtCore import Qt

        self._reader_built = True
        layout = QVBoxLayout(self.reader)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.reader)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.lesson_title = basics.heading(1, self.reader)
        self.lesson_meta = basics.paragraph(self.reader, muted=True)
        layout.addLayout(top)
        layout.addWidget(self.lesson_title)
        layout.addWidget(self.lesson_meta)
        self.reader_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.reader_row.setSpacing(20)
        side = QVBoxLayout()
        self.sections_label = QLabel(self.reader)
        self.sections_label.setProperty("role", "muted")
        self.section_list = QListWidget(self.reader)
        self.section_list.setWordWrap(True)
        self.section_list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections_label.setBuddy(self.section_list)
        side.addWidget(self.sections_label)
        side.addWidget(self.section_list)
        side.addStretch(1)
        self.reader_row.addLayout(side)
        column = QVBoxLayout()
        column.setSpacing(12)
        self.segments_frame, self.segments_layout = basics.card(self.reader)
        self.segments_layout.setContentsMargins(18, 16, 18, 16)
        self.segments_layout.setSpacing(12)
        column.addWidget(self.segments_frame)
        nav = QHBoxLayout()
        self.prev_button = QPushButton(self.reader)
        self.position_label = QLabel(self.reader)
        self.position_label.setProperty("role", "muted")
        self.next_button = QPushButton(self.reader)
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.position_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        column.addLayout(nav)
        self.quiz_frame, quiz_layout = basics.card(self.reader)
        self.quiz_text = basics.paragraph(self.quiz_frame)
        quiz_row = QHBoxLayout()
        self.quiz_button = QPushButton(self.quiz_frame)
        quiz_row.addWidget(self.quiz_button)
        quiz_row.addStretch(1)
        quiz_layout.addWidget(self.quiz_text)
        quiz_layout.addLayout(quiz_row)
        column.addWidget(self.quiz_frame)
        column.addStretch(1)
        self.reader_row.addLayout(column, 1)
        layout.addLayout(self.reader_row)
        for first, second in (
            (self.back_button, self.section_list),
            (self.section_list, self.prev_button),
            (self.prev_button, self.next_button),
            (self.next_button, self.quiz_button),
        ):
            QWidget.setTabOrder(first, second)
        self.back_button.clicked.connect(self.show_list)
        self.prev_button.clicked.connect(self.previous_section)
        self.next_button.clicked.connect(self.next_section)
        self.quiz_button.clicked.connect(self._on_quiz_button_clicked)
        self.section_list.currentRowChanged.connect(self._on_section_list_current_row_changed)
        self._retranslate_reader()

    def open_lesson(self, lesson_id: str, section_id: str = "") -> bool:
        """Show a lesson at a section (its last-read section if none is given).

        Returns:
            False when no such lesson loaded (it is missing or broken; the list says why).
        """
        self.ensure_loaded()
        lesson = self.result.pack.lesson(lesson_id) if self.result is not None else None
        if lesson is None:
            self.show_list()
            self.status.setText(
                QCoreApplication.translate(
                    "LearnPage", "The lesson “%1” is not available (see the problems below)."
                ).replace("%1", lesson_id)
            )
            return False
        if not self._reader_built:
            self._build_reader()
        progress = self._progress(lesson.id)
        self.lesson = lesson
        self.seen = set(progress.get("seen", [])) & set(lesson.section_ids)
        if not section_id:
            section_id = str(progress.get("section", ""))
        ids = lesson.section_ids
        self.section_index = ids.index(section_id) if section_id in ids else 0
        self.list_view.hide()
        self.title.hide()
        self.intro.hide()
        self.reader.show()
        self._fill_section_list()
        self._render_section()
        return True

    def go_to_section(self, section_id: str) -> None:
        """Show a section of the open lesson."""
        if self.lesson is not None and section_id in self.lesson.section_ids:
            self.section_index = self.lesson.section_ids.index(section_id)
            self._render_section()

    def next_section(self) -> None:
        """The next section (PageDown)."""
        if self.lesson is not None and self.section_index + 1 < len(self.lesson.section_ids):
            self.section_index += 1
            self._render_section()

    def previous_section(self) -> None:
        """The previous section (PageUp)."""
        if self.lesson is not None and self.section_index > 0:
            self.section_index -= 1
            self._render_section()

    def current_section(self) -> Section | None:
        """The section shown, in the current language."""
        if self.lesson is None:
            return None
        return self.lesson.body(self.language).sections[self.section_index]

    def _fill_section_list(self) -> None:
        lesson = self.lesson
        if lesson is None:
            return
        blocker = self.section_list.blockSignals(True)
        self.section_list.clear()
        for i, section in enumerate(lesson.body(self.language).sections):
            mark = "✓ " if section.id in self.seen else ""
            item = QListWidgetItem(f"{mark}{i + 1}. {section.title}", self.section_list)
            item.setData(256, section.id)  # Qt.ItemDataRole.UserRole
        self.section_list.setCurrentRow(self.section_index)
        self.section_list.blockSignals(blocker)
        self._update_direction()

    def _fit_section_list(self, width: int | None = None) -> None:
        """Size every row to its wrapped title and the list to all rows (the page scrolls)."""
        from PySide6.QtCore import QRect, QSize, Qt

        section_list = self.section_list
        metrics = section_list.fontMetrics()
        if width is None:
            width = metrics.averageCharWidth() * 26 + 24
            section_list.setFixedWidth(width)
        text_width = max(width - 2 * section_list.frameWidth() - 16, 40)
        height = 2 * section_list.frameWidth() + 4
        for row in range(section_list.count()):
            item = section_list.item(row)
            bounds = metrics.boundingRect(
                QRect(0, 0, text_width, 10000), Qt.TextFlag.TextWordWrap, item.text()
            )
            item_height = bounds.height() + metrics.height() // 2
            item.setSizeHint(QSize(0, item_height))
            height += item_height
        section_list.setFixedHeight(height)

    def _on_section_list_current_row_changed(self, row: int) -> None:
        lesson = self.lesson
        if lesson is not None and 0 <= row < len(lesson.section_ids) and row != self.section_index:
            self.section_index = row
            self._render_section()

    def _clear_segments(self) -> None:
        while self.segments_layout.count():
            item = self.segments_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.block_widgets = []

    def _render_section(self) -> None:
        """Build the widgets of the current section: prose, blocks, figures."""
        lesson = self.lesson
        if lesson is None:
            return
        from duewise.content.model import Markdown

        body = lesson.body(self.language)
        section = body.sections[self.section_index]
        self._clear_segments()
        segments: list[object] = []
        if self.section_index == 0:
            for segment in body.intro:
                if isinstance(segment, Markdown):
                    text = TITLE_LINE.sub("", segment.text, count=1)
                    if text.strip():
                        segments.append(Markdown(text, segment.line))
                else:
                    segments.append(segment)
        heading = basics.heading(2, self.segments_frame)
        heading.setText(section.title)
        self.section_heading = heading
        widgets: list[QWidget] = []
        if self.section_index == 0:  # the objectives and the hook, above the introduction
            from duewise.ui.learn.overview_block import LessonOverview

            widgets.append(
                LessonOverview(lesson, lambda: self.context.language, self.segments_frame)
            )
        for segment in segments:
            widgets.append(self._segment_widget(segment))
        widgets.append(heading)
        questions = {q.id: q for q in lesson.questions}
        for index, segment in enumerate((*section.segments, None)):
            for block in section.practice:  # a practice block goes after `after` segments
                if block.after == index and block.question in questions:
                    widgets.append(self._practice_widget(questions[block.question]))
            if segment is not None:
                widgets.append(self._segment_widget(segment))
        for widget in widgets:
            self.segments_layout.addWidget(widget)
            widget.show()  # at once, not on the next turn of the event loop
        self.block_widgets = widgets
        self.seen.add(section.id)
        self._save_progress()
        blocker = self.section_list.blockSignals(True)
        for row in range(self.section_list.count()):
            item = self.section_list.item(row)
            sid = lesson.section_ids[row]
            mark = "✓ " if sid in self.seen else ""
            title = lesson.body(self.language).sections[row].title
            item.setText(f"{mark}{row + 1}. {title}")
        self.section_list.setCurrentRow(self.section_index)
        self.section_list.blockSignals(blocker)
        self._retranslate_reader()
        self._update_direction()
        self._scroll_to_top()

    def _segment_widget(self, segment: object) -> QWidget:
        from duewise.content.model import (
            CalculatorBlock,
            ChoiceBlock,
            FigureRef,
            Markdown,
            RecordBlock,
        )

        parent = self.segments_frame
        if isinstance(segment, Markdown):
            from duewise.ui.common.lesson_text import LessonText

            view = LessonText(self.glossary, parent)
            view.set_lesson_markdown(segment.text)
            view.lesson_link_activated.connect(self._on_text_lesson_link_activated)
            view.section_link_activated.connect(self.go_to_section)
            view.web_link_activated.connect(self.open_external)
            view.setAccessibleName(QCoreApplication.translate("LearnPage", "Lesson text"))
            return view
        if isinstance(segment, CalculatorBlock):
            from duewise.ui.common.calculator_block import LessonCalculator

            calculator = LessonCalculator(segment, lambda: self.context.language, parent)
            calculator.open_in_calculator_requested.connect(
                self._on_calculator_open_in_calculator_requested
            )
            return calculator
        if isinstance(segment, RecordBlock):
            from duewise.ui.common.record_block import LessonRecord

            return LessonRecord(segment, self.context.language, parent)
        if isinstance(segment, ChoiceBlock):
            from duewise.ui.common.choice_block import LessonChoice

            return LessonChoice(segment, self.glossary, parent)
        assert isinstance(segment, FigureRef)
        from duewise.ui.common.lesson_figure import LessonFigure

        figures = paths.assets_dir() / "figures"
        return LessonFigure(segment, figures, self.context.text_scale / 100, parent)

    def _practice_widget(self, question: object) -> QWidget:
        from duewise.content.model import Question
        from duewise.ui.learn.practice_block import LessonPractice

        assert isinstance(question, Question)
        return LessonPractice(question, lambda: self.context.language, self.segments_frame)

    def _on_text_lesson_link_activated(self, lesson_id: str, section_id: str) -> None:
        if self.lesson is not None and lesson_id == self.lesson.id and section_id:
            self.go_to_section(section_id)
        else:
            self.open_lesson(lesson_id, section_id)

    def _on_calculator_open_in_calculator_requested(self, params: object) -> None:
        self.context.navigate("calculator", dict(params) if isinstance(params, dict) else None)

    def _on_quiz_button_clicked(self) -> None:
        if self.lesson is not None:
            self.context.navigate("check", {"lesson": self.lesson.id})

    def _settle_layout(self) -> None:
        """Lay out the new rows now (wrapped labels need their height for the current width)."""
        content = self.body.parentWidget()
        self.body.activate()
        content.resize(content.width(), max(content.height(), self.body.sizeHint().height()))

    def _scroll_to_top(self) -> None:
        area = self.findChild(QScrollArea)
        if area is not None:
            area.verticalScrollBar().setValue(0)

    def _update_direction(self) -> None:
        """Sections beside the text when there is room, above it when narrow or in large type."""
        if not self._reader_built:
            return
        room = self.width() / max(self.fontMetrics().averageCharWidth(), 1)
        wide = room >= 110
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.reader_row.direction() != direction:
            self.reader_row.setDirection(direction)
        if wide:
            self._fit_section_list()
        else:
            self.section_list.setMinimumWidth(0)
            self.section_list.setMaximumWidth(16777215)
            self._fit_section_list(max(self.reader.width(), 200))

    def _retranslate_reader(self) -> None:
        if not self._reader_built:
            return
        self.back_button.setText(QCoreApplication.translate("LearnPage", "← &All lessons"))
        self.back_button.setAccessibleName(
            QCoreApplication.translate("LearnPage", "Back to all lessons")
        )
        self.sections_label.setText(QCoreApplication.translate("LearnPage", "&Sections"))
        self.section_list.setAccessibleName(
            QCoreApplication.translate("LearnPage", "Sections of this lesson")
        )
        self.prev_button.setText(QCoreApplication.translate("LearnPage", "‹ &Previous"))
        self.prev_button.setAccessibleName(
            QCoreApplication.translate("LearnPage", "Previous section (Page Up)")
        )
        self.next_button.setText(QCoreApplication.translate("LearnPage", "&Next ›"))
        self.next_button.setAccessibleName(
            QCoreApplication.translate("LearnPage", "Next section (Page Down)")
        )
        self.quiz_button.setText(QCoreApplication.translate("LearnPage", "Take the &quiz"))
        lesson = self.lesson
        if lesson is None:
            return
        total = len(lesson.section_ids)
        self.lesson_title.setText(
            QCoreApplication.translate("LearnPage", "Lesson %1: %2")
            .replace("%1", str(lesson.order))
            .replace("%2", lesson.title.get(self.language))
        )
        self.lesson_meta.setText(self._meta_text(lesson))
        self.position_label.setText(
            QCoreApplication.translate("LearnPage", "Section %1 of %2")
            .replace("%1", str(self.section_index + 1))
            .replace("%2", str(total))
        )
        self.prev_button.setEnabled(self.section_index > 0)
        self.next_button.setEnabled(self.section_index + 1 < total)
        last = self.section_index + 1 == total
        self.quiz_frame.setVisible(last)
        from duewise.learning import quiz

        asked = min(quiz.LESSON_QUIZ_SIZE, len(quiz.lesson_quiz_questions(lesson)))
        self.quiz_text.setText(
            QCoreApplication.translate(
                "LearnPage",
                "You have reached the end of this lesson. Check what you learned with its %1 "
                "questions.",
            ).replace("%1", str(asked))
        )
        self.quiz_button.setAccessibleName(
            QCoreApplication.translate("LearnPage", "Take the quiz for lesson %1").replace(
                "%1", str(lesson.order)
            )
        )
