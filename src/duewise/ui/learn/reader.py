"""The lesson reader of Learn: a lesson's sections, their text, figures, practice items and
interactive blocks, the steps between sections, and the quiz at the end.

A panel of :class:`~duewise.ui.learn.page.LearnPage`, made the first time a lesson opens: the
page hands it a lesson (:meth:`ReaderPanel.show_lesson`); it keeps what was read through the
page's :class:`~duewise.ui.learn.reading.Reading` and says with signals where the learner goes.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duewise import paths
from duewise.ui.common import basics
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.basics import RetranslatingWidget
from duewise.ui.learn.parts import TITLE_LINE, meta_text
from duewise.ui.learn.reading import Reading

if TYPE_CHECKING:
    from duewise.content.model import Language, Lesson, Section
    from duewise.ui.common.lesson_text import Glossary


class ReaderPanel(RetranslatingWidget):
    """One lesson, a section at a time.

    Args:
        reading: the learner's reading progress (the page's).
        glossary: the glossary every prose view of the page shares.
        language: the interface language now (``zh_CN`` or ``en``).
        text_scale: the text size now (percent), for the figures.

    Signals:
        list_requested(): back to the list of lessons.
        lesson_requested(str, str): open another lesson at a section (a link in the text).
        calculator_requested(object): open the calculator with these ``open_with`` params.
        quiz_requested(str): take this lesson's quiz.
        web_link_activated(QUrl): an ``https:`` link in the text was clicked.
        section_shown(str): a section (its id) is now shown, from its top.
    """

    list_requested = Signal()
    lesson_requested = Signal(str, str)
    calculator_requested = Signal(object)
    quiz_requested = Signal(str)
    web_link_activated = Signal(QUrl)
    section_shown = Signal(str)

    def __init__(
        self,
        reading: Reading,
        glossary: Glossary,
        language: Callable[[], str],
        text_scale: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self.reading = reading
        self.glossary = glossary
        self._language = language
        self._text_scale = text_scale
        #: The lesson shown, the section on screen, and the sections read.
        self.lesson: Lesson | None = None
        self.section_index = 0
        self.seen: set[str] = set()
        self.block_widgets: list[QWidget] = []
        self.section_heading: QLabel | None = None
        self._width = 0  # the page's width, for the sections' place (update_direction)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        top = QHBoxLayout()
        self.back_button = QPushButton(self)
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.lesson_title = basics.heading(1, self)
        self.lesson_meta = basics.paragraph(self, muted=True)
        layout.addLayout(top)
        layout.addWidget(self.lesson_title)
        layout.addWidget(self.lesson_meta)
        self.reader_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.reader_row.setSpacing(20)
        side = QVBoxLayout()
        self.sections_label = QLabel(self)
        self.sections_label.setProperty("role", "muted")
        self.section_list = QListWidget(self)
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
        self.segments_frame, self.segments_layout = basics.card(self)
        self.segments_layout.setContentsMargins(18, 16, 18, 16)
        self.segments_layout.setSpacing(12)
        column.addWidget(self.segments_frame)
        nav = QHBoxLayout()
        self.prev_button = QPushButton(self)
        self.position_label = QLabel(self)
        self.position_label.setProperty("role", "muted")
        self.next_button = QPushButton(self)
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.position_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        column.addLayout(nav)
        self.quiz_frame, quiz_layout = basics.card(self)
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
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.list_requested)
        self.prev_button.clicked.connect(self.previous_section)
        self.next_button.clicked.connect(self.next_section)
        self.quiz_button.clicked.connect(self._on_quiz_button_clicked)
        self.section_list.currentRowChanged.connect(self._on_section_list_current_row_changed)

    @property
    def language(self) -> Language:
        """The lesson language for the interface language."""
        return lesson_language(self._language())

    # --- the lesson ----------------------------------------------------------------------------

    def show_lesson(self, lesson: Lesson, section_id: str = "") -> None:
        """Show ``lesson`` at a section (where the learner stopped reading it if none)."""
        progress = self.reading.progress(lesson.id)
        self.lesson = lesson
        self.seen = set(progress.get("seen", [])) & set(lesson.section_ids)
        if not section_id:
            section_id = str(progress.get("section", ""))
        ids = lesson.section_ids
        self.section_index = ids.index(section_id) if section_id in ids else 0
        self.refresh()

    def refresh(self) -> None:
        """Show the section again (another language or text size)."""
        self._fill_section_list()
        self._render_section()

    def clear(self) -> None:
        """No lesson (the learner's data was deleted or another learner took over)."""
        self.lesson = None
        self.seen = set()

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
        self.update_direction()

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

            widgets.append(LessonOverview(lesson, self._language, self.segments_frame))
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
        self.reading.save(lesson, self.section_index, self.seen)
        blocker = self.section_list.blockSignals(True)
        for row in range(self.section_list.count()):
            item = self.section_list.item(row)
            sid = lesson.section_ids[row]
            mark = "✓ " if sid in self.seen else ""
            title = lesson.body(self.language).sections[row].title
            item.setText(f"{mark}{row + 1}. {title}")
        self.section_list.setCurrentRow(self.section_index)
        self.section_list.blockSignals(blocker)
        self.retranslate_ui()
        self.update_direction()
        self._order_tabs()
        self.section_shown.emit(section.id)

    def _order_tabs(self) -> None:
        """Tab reads the section in order: the list of sections, the section's text, links and
        blocks from top to bottom, then Previous, Next and the quiz (new blocks would otherwise
        come last, after the quiz button)."""
        from PySide6.QtCore import Qt

        frame = self.segments_frame
        inside: list[QWidget] = []
        widget = self.section_list.nextInFocusChain()
        for _ in range(10_000):  # the chain is a ring; the bound only guards a broken one
            if widget is self.section_list:
                break
            if (
                frame.isAncestorOf(widget)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None
            ):
                inside.append(widget)
            widget = widget.nextInFocusChain()
        chain = [self.section_list, *inside, self.prev_button, self.next_button, self.quiz_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

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
            view.web_link_activated.connect(self.web_link_activated)
            view.setAccessibleName(self.tr("Lesson text"))
            return view
        if isinstance(segment, CalculatorBlock):
            from duewise.ui.common.calculator_block import LessonCalculator

            calculator = LessonCalculator(segment, self._language, parent)
            calculator.open_in_calculator_requested.connect(self.calculator_requested)
            return calculator
        if isinstance(segment, RecordBlock):
            from duewise.ui.common.record_block import LessonRecord

            return LessonRecord(segment, self._language(), parent)
        if isinstance(segment, ChoiceBlock):
            from duewise.ui.common.choice_block import LessonChoice

            return LessonChoice(segment, self.glossary, parent)
        assert isinstance(segment, FigureRef)
        from duewise.ui.common.lesson_figure import LessonFigure

        figures = paths.assets_dir() / "figures"
        return LessonFigure(segment, figures, self._text_scale() / 100, parent)

    def _practice_widget(self, question: object) -> QWidget:
        from duewise.content.model import Question
        from duewise.ui.learn.practice_block import LessonPractice

        assert isinstance(question, Question)
        return LessonPractice(question, self._language, self.segments_frame)

    def _on_text_lesson_link_activated(self, lesson_id: str, section_id: str) -> None:
        if self.lesson is not None and lesson_id == self.lesson.id and section_id:
            self.go_to_section(section_id)
        else:
            self.lesson_requested.emit(lesson_id, section_id)

    def _on_quiz_button_clicked(self) -> None:
        if self.lesson is not None:
            self.quiz_requested.emit(self.lesson.id)

    # --- the sections' place -------------------------------------------------------------------

    def update_direction(self, width: int | None = None) -> None:
        """Sections beside the text when there is room (``width``: the page's, kept for later),
        above it when narrow or in large type."""
        if width is not None:
            self._width = width
        room = (self._width or self.width()) / max(self.fontMetrics().averageCharWidth(), 1)
        wide = room >= 110
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.reader_row.direction() != direction:
            self.reader_row.setDirection(direction)
        if wide:
            self._fit_section_list()
        else:
            self.section_list.setMinimumWidth(0)
            self.section_list.setMaximumWidth(16777215)
            self._fit_section_list(max(self.width(), 200))

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

    # --- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language (the section's own: :meth:`refresh`)."""
        self.back_button.setText(self.tr("← &All lessons"))
        self.back_button.setAccessibleName(self.tr("Back to all lessons"))
        self.sections_label.setText(self.tr("&Sections"))
        self.section_list.setAccessibleName(self.tr("Sections of this lesson"))
        self.prev_button.setText(self.tr("‹ &Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous section (Page Up)"))
        self.next_button.setText(self.tr("&Next ›"))
        self.next_button.setAccessibleName(self.tr("Next section (Page Down)"))
        self.quiz_button.setText(self.tr("Take the &quiz"))
        lesson = self.lesson
        if lesson is None:
            return
        total = len(lesson.section_ids)
        self.lesson_title.setText(
            self.tr("Lesson %1: %2")
            .replace("%1", str(lesson.order))
            .replace("%2", lesson.title.get(self.language))
        )
        self.lesson_meta.setText(meta_text(lesson, self._language()))
        self.position_label.setText(
            self.tr("Section %1 of %2")
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
            self.tr(
                "You have reached the end of this lesson. Check what you learned with its %1 "
                "questions."
            ).replace("%1", str(asked))
        )
        self.quiz_button.setAccessibleName(
            self.tr("Take the quiz for lesson %1").replace("%1", str(lesson.order))
        )
