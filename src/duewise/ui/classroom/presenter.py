"""Presenter mode: a lesson full screen on the projector, very large type, high contrast.

:class:`PresenterBase` is the projector window itself (screen, type size, blanking, leaving); the
class quiz's presenter (:mod:`duewise.ui.classroom.quiz_presenter`) is built on it too.

Slides are the lesson's title (with its objectives) and then each section, built from the Learn
page's own widgets (prose, live calculators, credit-record grids, choices, figures), so the
interactive blocks work on the projector as they do for a learner. Nothing of any learner is shown:
no name, no progress, no answers.

Keys (a presentation clicker sends PageUp/PageDown, and often "B" or "." to blank):

- PageDown, Right, Down, Space: the rest of a long section, then the next slide;
- PageUp, Left, Up, Backspace: back up a long section, then the previous slide;
- Home / End: first / last slide;
- B or . : blank the screen (any key brings it back);
- Esc: leave presenter mode.

Arrow keys go to a slider first when one has focus, so a live calculator can be moved with them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from duewise import paths
from duewise.content.model import (
    CalculatorBlock,
    ChoiceBlock,
    FigureRef,
    Language,
    Lesson,
    Markdown,
    Pack,
    Question,
    QuestionType,
    RecordBlock,
    Segment,
)
from duewise.ui.common.app_language import app_language
from duewise.ui.common.basics import RetranslatingWidget

BACKGROUND = "#000000"
FOREGROUND = "#ffffff"
ACCENT = "#ffd400"  # yellow on black: the highest-contrast accent that is not white
MUTED = "#d0d0d0"  # still 13:1 on black


def presenter_palette() -> QPalette:
    """White on black, yellow accents (WCAG contrast above 13:1 everywhere)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: BACKGROUND,
        QPalette.ColorRole.WindowText: FOREGROUND,
        QPalette.ColorRole.Base: "#111111",
        QPalette.ColorRole.AlternateBase: "#1a1a1a",
        QPalette.ColorRole.Text: FOREGROUND,
        QPalette.ColorRole.Button: "#1f1f1f",
        QPalette.ColorRole.ButtonText: FOREGROUND,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: BACKGROUND,
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.ToolTipBase: "#1f1f1f",
        QPalette.ColorRole.ToolTipText: FOREGROUND,
        QPalette.ColorRole.PlaceholderText: MUTED,
        QPalette.ColorRole.BrightText: ACCENT,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def stylesheet(pt: float) -> str:
    """Very large type for everything inside the presenter, whatever the app's text size."""
    return f"""
    QWidget#presenter, QWidget#presenterSlide, QScrollArea#presenterScroll {{
        background: {BACKGROUND}; }}
    QWidget {{ font-size: {pt:.0f}pt; color: {FOREGROUND}; }}
    QLabel#presenterTitle {{ font-size: {pt * 1.9:.0f}pt; font-weight: 700; color: {ACCENT}; }}
    QLabel#presenterHeading {{ font-size: {pt * 1.5:.0f}pt; font-weight: 700; color: {ACCENT}; }}
    QLabel#presenterStatus, QLabel#presenterHint {{ font-size: {pt * 0.55:.0f}pt;
        color: {MUTED}; }}
    QLabel[role="h1"] {{ font-size: {pt * 1.5:.0f}pt; font-weight: 700; }}
    QLabel[role="h2"] {{ font-size: {pt * 1.2:.0f}pt; font-weight: 700; }}
    QLabel[role="muted"] {{ color: {MUTED}; }}
    QLabel[role="error"] {{ color: #ff9b8f; }}
    QFrame[role="card"] {{ background: #111111; border: 3px solid {MUTED};
        border-radius: 12px; }}
    QPushButton {{ background: #1f1f1f; border: 3px solid {FOREGROUND}; border-radius: 8px;
        padding: 8px 18px; }}
    QPushButton:focus, QSlider:focus {{ border-color: {ACCENT}; }}
    QWidget#presenterBlank {{ background: #000000; }}
    QSlider::groove:horizontal {{ height: 10px; background: #555555; border-radius: 5px; }}
    QSlider::sub-page:horizontal {{ background: {ACCENT}; border-radius: 5px; }}
    QSlider::handle:horizontal {{ background: {FOREGROUND}; border: 3px solid {ACCENT};
        width: 30px; margin: -12px 0; border-radius: 17px; }}
    QScrollBar:vertical {{ background: #000000; width: 10px; border: none; }}
    QScrollBar::handle:vertical {{ background: #555555; border-radius: 5px; min-height: 40px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
    """


def screen_choices() -> list[tuple[str, int]]:
    """The screens to present on, worded for a combo box: ``(text, index)``, first to last."""
    # The words were written for the Present panel first (context "PresentPanel").
    primary = QGuiApplication.primaryScreen()
    choices: list[tuple[str, int]] = []
    for number, screen in enumerate(QGuiApplication.screens(), start=1):
        size = screen.size()
        if screen.name():
            text = QCoreApplication.translate("PresentPanel", "Screen %1: %2 (%3 × %4)")
            text = text.replace("%2", screen.name())
        else:
            text = QCoreApplication.translate("PresentPanel", "Screen %1 (%3 × %4)")
        text = text.replace("%1", str(number)).replace("%3", str(size.width()))
        text = text.replace("%4", str(size.height()))
        if screen is primary:
            text += " " + QCoreApplication.translate("PresentPanel", "(main screen)")
        choices.append((text, number - 1))
    return choices


def fill_screen_box(box: QComboBox) -> None:
    """List the screens in ``box``, keeping the choice; a second screen (the projector, usually)
    is the default when there is one."""
    current = box.currentIndex()
    box.clear()
    for text, index in screen_choices():
        box.addItem(text, index)
    count = box.count()
    box.setCurrentIndex(current if 0 <= current < count else (1 if count > 1 else 0))


def show_on_screen(window: QWidget, index: int) -> None:
    """Show ``window`` full screen on screen ``index`` (the last one if it is gone); a
    presenter gives the keyboard back to the control it came from when it closes."""
    if isinstance(window, PresenterBase):
        window.came_from = QApplication.focusWidget()
    screens = QGuiApplication.screens()
    if screens:
        screen = screens[max(0, min(index, len(screens) - 1))]
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
    window.showFullScreen()
    window.activateWindow()
    window.setFocus()


class PresenterBase(RetranslatingWidget):
    """The projector window every presenter shares: full screen, frameless, white on black, type
    scaled to the screen, B (or .) blanks and any key brings the picture back, Esc leaves.

    Subclasses fill ``page_layout``, react to other keys in :meth:`handle_key` and re-fit their
    content in :meth:`fit_content`.

    Signals:
        closed(): presenter mode was left.
    """

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("presenter")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setAutoFillBackground(True)
        self.setPalette(presenter_palette())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self.page = QWidget(self.stack)
        self.page.setObjectName("presenterSlide")
        self.page_layout = QVBoxLayout(self.page)
        self.blank = QWidget(self.stack)
        self.blank.setObjectName("presenterBlank")
        self.blank.setAutoFillBackground(True)
        self.stack.addWidget(self.page)
        self.stack.addWidget(self.blank)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._shortcuts: list[QShortcut] = []
        self.add_shortcut(Qt.Key.Key_Escape, self.close)
        #: The control that had the keyboard focus before presenting (``show_on_screen``).
        self.came_from: QWidget | None = None

    def add_shortcut(self, key: Qt.Key, slot: Callable[[], object]) -> None:
        """A key that wins over focused controls (a focused slider would eat PageUp/PageDown)."""
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.activated.connect(slot)
        self._shortcuts.append(shortcut)

    # --- size -------------------------------------------------------------------------------

    def base_point_size(self) -> float:
        """Body text size: 30 pt on a 1080-line projector, scaled with the window height."""
        return max(18.0, 30.0 * max(self.height(), 600) / 1080)

    def extra_stylesheet(self, pt: float) -> str:
        """Style rules of a subclass's own widgets (added after the shared ones)."""
        return ""

    def apply_size(self) -> None:
        """Scale the type and the margins to the window (call after a resize)."""
        pt = self.base_point_size()
        self.setStyleSheet(stylesheet(pt) + self.extra_stylesheet(pt))
        font = QFont(self.font())
        font.setPointSizeF(pt)
        self.setFont(font)
        side = max(24, self.width() // 14)
        self.page_layout.setContentsMargins(side, 18, side, 12)
        self.fit_content()

    def fit_content(self) -> None:
        """Re-fit the content to the type size (subclasses)."""

    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        """Follow the window (and screen) size."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.apply_size()

    # --- blank, keys, leaving ---------------------------------------------------------------

    def is_blank(self) -> bool:
        """Whether the screen is blanked."""
        return self.stack.currentWidget() is self.blank

    def set_blank(self, blank: bool) -> None:
        """Blank the screen (or show the picture again)."""
        self.stack.setCurrentWidget(self.blank if blank else self.page)

    def handle_key(self, event: QKeyEvent) -> bool:
        """A subclass's keys; ``True`` when the key was used."""
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Any key un-blanks; B or . blanks; Esc leaves; the rest goes to :meth:`handle_key`."""
        key = event.key()
        if self.is_blank():
            self.set_blank(False)
            return
        if key in (Qt.Key.Key_B, Qt.Key.Key_Period):
            self.set_blank(True)
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif not self.handle_key(event):
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Tell the page that presenter mode ended, and give the keyboard back to the main
        window (with the projector on another screen, the system may leave it nowhere)."""
        super().closeEvent(event)
        back, self.came_from = self.came_from, None
        if back is not None and isValid(back) and back.isVisible():
            back.window().activateWindow()
            back.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    def retranslate_ui(self) -> None:
        """Set every visible text of the presenter's own (subclasses)."""


class PresenterWindow(PresenterBase):
    """A lesson on the projector.

    Signals:
        slide_changed(int): the slide now shown (0 = title slide).
        closed(): presenter mode was left.
    """

    slide_changed = Signal(int)

    def __init__(
        self, lesson: Lesson, pack: Pack, language: Language, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from duewise.ui.common.lesson_text import Glossary

        self.lesson = lesson
        self.pack = pack
        self.language = language
        self.index = 0
        self.glossary = Glossary(self)
        self.glossary.terms = pack.glossary
        self.glossary.language = language
        self.slide_widgets: list[QWidget] = []

        page_layout = self.page_layout
        top = QHBoxLayout()
        self.lesson_label = QLabel(self.page)
        self.lesson_label.setObjectName("presenterStatus")
        self.position_label = QLabel(self.page)
        self.position_label.setObjectName("presenterStatus")
        top.addWidget(self.lesson_label, 1)
        top.addWidget(self.position_label)
        page_layout.addLayout(top)
        self.scroll = QScrollArea(self.page)
        self.scroll.setObjectName("presenterScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.content = QWidget(self.scroll)
        self.content.setObjectName("presenterSlide")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll.setWidget(self.content)
        page_layout.addWidget(self.scroll, 1)
        self.hint = QLabel(self.page)
        self.hint.setObjectName("presenterHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page_layout.addWidget(self.hint)
        # Clicker keys win over focused controls (a focused slider would eat PageUp/PageDown).
        self.add_shortcut(Qt.Key.Key_PageDown, self.next_slide)
        self.add_shortcut(Qt.Key.Key_PageUp, self.previous_slide)
        self.apply_size()
        self.show_slide(0)
        self.retranslate_ui()

    # --- size -------------------------------------------------------------------------------

    def fit_content(self) -> None:
        """Lesson text follows the presenter's type size."""
        for widget in self.slide_widgets:
            self._fit(widget)

    def _fit(self, widget: QWidget) -> None:
        from duewise.ui.common.lesson_text import LessonText

        if isinstance(widget, LessonText):
            font = QFont(widget.font())
            font.setPointSizeF(self.base_point_size())
            widget.document().setDefaultFont(font)
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # --- slides -----------------------------------------------------------------------------

    def slide_count(self) -> int:
        """The title slide and one slide per section."""
        return 1 + len(self.lesson.body(self.language).sections)

    def _page(self) -> int:
        # One screenful, keeping two lines of the previous one for the eye to follow.
        bar = self.scroll.verticalScrollBar()
        return max(bar.pageStep() - int(self.base_point_size() * 3), bar.pageStep() // 2, 1)

    def more_below(self) -> bool:
        """Whether the slide continues below the screen."""
        bar = self.scroll.verticalScrollBar()
        return bar.value() < bar.maximum()

    def next_slide(self) -> None:
        """Go forward: the rest of a long section first, then the next section (or un-blank)."""
        if self.is_blank():
            self.set_blank(False)
            return
        bar = self.scroll.verticalScrollBar()
        if self.more_below():
            bar.setValue(min(bar.value() + self._page(), bar.maximum()))
            self.retranslate_ui()
        elif self.index + 1 < self.slide_count():
            self.show_slide(self.index + 1)

    def previous_slide(self) -> None:
        """Go back: up a long section first, then the previous section (or un-blank)."""
        if self.is_blank():
            self.set_blank(False)
            return
        bar = self.scroll.verticalScrollBar()
        if bar.value() > 0:
            bar.setValue(max(bar.value() - self._page(), 0))
            self.retranslate_ui()
        elif self.index > 0:
            self.show_slide(self.index - 1)

    def show_slide(self, index: int) -> None:
        """Build and show slide ``index``."""
        self.index = max(0, min(index, self.slide_count() - 1))
        while self.content_layout.count():
            item = self.content_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.slide_widgets = []
        body = self.lesson.body(self.language)
        widgets: list[QWidget] = []
        if self.index == 0:
            title = QLabel(self.lesson.title.get(self.language), self.content)
            title.setObjectName("presenterTitle")
            title.setWordWrap(True)
            title.setTextFormat(Qt.TextFormat.PlainText)
            summary = QLabel(self.lesson.summary.get(self.language), self.content)
            summary.setWordWrap(True)
            summary.setTextFormat(Qt.TextFormat.PlainText)
            widgets.extend([title, summary])
            from duewise.ui.classroom.printing import word

            objectives = QLabel(word("objectives", self.language), self.content)
            objectives.setObjectName("presenterHeading")
            widgets.append(objectives)
            for objective in self.lesson.objectives:
                item = QLabel("•  " + objective.text.get(self.language), self.content)
                item.setWordWrap(True)
                item.setTextFormat(Qt.TextFormat.PlainText)
                widgets.append(item)
        else:
            section = body.sections[self.index - 1]
            if self.index == 1 and self.lesson.hook is not None:
                # The question the lesson starts from opens its first slide (the title slide is
                # full with the objectives).
                from duewise.ui.classroom.printing import word

                hook = QLabel(word("hook", self.language), self.content)
                hook.setObjectName("presenterHeading")
                widgets.extend([hook, self._plain(self.lesson.hook.get(self.language))])
            heading = QLabel(section.title, self.content)
            heading.setObjectName("presenterHeading")
            heading.setWordWrap(True)
            heading.setTextFormat(Qt.TextFormat.PlainText)
            widgets.append(heading)
            intro: list[Segment] = list(body.intro) if self.index == 1 else []
            widgets.extend(self._segment_widget(segment) for segment in intro)
            questions = {q.id: q for q in self.lesson.questions}
            for position, segment in enumerate((*section.segments, None)):
                for block in section.practice:  # a practice block goes after `after` segments
                    if block.after == position and block.question in questions:
                        widgets.append(self._practice_widget(questions[block.question]))
                if segment is not None:
                    widgets.append(self._segment_widget(segment))
        for widget in widgets:
            self.content_layout.addWidget(widget)
            self._fit(widget)
            widget.show()
        self.content_layout.addStretch(1)
        self.slide_widgets = widgets
        self.content.adjustSize()
        self.scroll.verticalScrollBar().setValue(0)
        self.set_blank(False)
        self.setFocus()
        self.retranslate_ui()
        self.slide_changed.emit(self.index)

    def _plain(self, text: str) -> QLabel:
        label = QLabel(text, self.content)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _practice_widget(self, question: Question) -> QWidget:
        """A practice item for the class to think about: its prompt and choices, lettered as on
        the handout; no answer (the teacher notes have it)."""
        from duewise.learning import shuffle
        from duewise.ui.classroom.printing import LETTERS, printout_seed, word

        frame = QFrame(self.content)
        frame.setProperty("role", "card")
        layout = QVBoxLayout(frame)
        kicker = QLabel(word("try_it", self.language), frame)
        kicker.setObjectName("presenterHeading")
        lines = [question.prompt.get(self.language)]
        if question.type is QuestionType.TRUE_FALSE:
            lines.append(f"○ {word('true', self.language)}    ○ {word('false', self.language)}")
        order = shuffle.choice_order(question, printout_seed(self.lesson, 1))
        lines += [
            f"{LETTERS[k]}. {question.choices[i].get(self.language)}" for k, i in enumerate(order)
        ]
        layout.addWidget(kicker)
        layout.addWidget(self._plain("\n".join(lines)))
        return frame

    def _segment_widget(self, segment: Segment) -> QWidget:
        parent = self.content
        code = app_language(self.language)
        if isinstance(segment, Markdown):
            from duewise.ui.common.lesson_text import LessonText

            view = LessonText(self.glossary, parent)
            view.set_lesson_markdown(segment.text)
            return view
        if isinstance(segment, CalculatorBlock):
            from duewise.ui.common.calculator_block import LessonCalculator

            calculator = LessonCalculator(segment, lambda: code, parent)
            button = getattr(calculator, "open_button", None)
            if isinstance(button, QWidget):
                button.hide()  # no leaving the projector for the full calculator
            return calculator
        if isinstance(segment, RecordBlock):
            from duewise.ui.common.record_block import LessonRecord

            return LessonRecord(segment, code, parent)
        if isinstance(segment, ChoiceBlock):
            from duewise.ui.common.choice_block import LessonChoice

            return LessonChoice(segment, self.glossary, parent)
        assert isinstance(segment, FigureRef)
        from duewise.ui.common.lesson_figure import LessonFigure

        return LessonFigure(segment, paths.assets_dir() / "figures", 2.0, parent)

    # --- keys -------------------------------------------------------------------------------

    def handle_key(self, event: QKeyEvent) -> bool:
        """Arrows, Space, Backspace and Home/End when no control used them."""
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
            self.next_slide()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp):
            self.previous_slide()
        elif key == Qt.Key.Key_Home:
            self.show_slide(0)
        elif key == Qt.Key.Key_End:
            self.show_slide(self.slide_count() - 1)
        else:
            return False
        return True

    # --- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set every visible text of the presenter's own (lesson text stays in its language)."""
        self.setWindowTitle(self.tr("DueWise presenter"))
        self.setAccessibleName(self.tr("Presenter"))
        self.lesson_label.setText(self.lesson.title.get(self.language))
        position = self.tr("%1 / %2").replace("%1", str(self.index + 1))
        position = position.replace("%2", str(self.slide_count()))
        if self.more_below():
            position = self.tr("%1 · continues below ↓").replace("%1", position)
        self.position_label.setText(position)
        self.hint.setText(self.tr("PageDown / → next    PageUp / ← back    B blank    Esc leave"))
