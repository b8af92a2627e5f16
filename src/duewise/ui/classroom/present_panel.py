"""Present panel: choose a lesson, its language and the screen, then start presenter mode."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from duewise.content.model import Language, Pack
from duewise.ui.classroom import controls
from duewise.ui.classroom.presenter import PresenterWindow, fill_screen_box, show_on_screen
from duewise.ui.common import basics
from duewise.ui.common.app_language import lesson_language
from duewise.ui.common.basics import RetranslatingWidget


class PresentPanel(RetranslatingWidget):
    """Start presenter mode on the chosen screen.

    Signals:
        presenter_started(object): the :class:`PresenterWindow` now showing.
    """

    presenter_started = Signal(object)

    def __init__(
        self, pack: Pack, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pack = pack
        self._language = language
        self.presenter: PresenterWindow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        card, card_layout = basics.card(self)
        self.heading = basics.heading(2, card)
        self.explanation = basics.paragraph(card, muted=True)
        form = QFormLayout()
        self.lesson_box = controls.combo(card)
        self.language_box = controls.language_combo(card, language())
        self.screen_box = controls.combo(card)
        self.lesson_label = QLabel(card)
        self.language_label = QLabel(card)
        self.screen_label = QLabel(card)
        for label, field in (
            (self.lesson_label, self.lesson_box),
            (self.language_label, self.language_box),
            (self.screen_label, self.screen_box),
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self.start_button = QPushButton(card)
        self.keys = basics.paragraph(card)
        self.keys.setTextFormat(Qt.TextFormat.RichText)
        self.status = basics.paragraph(card, muted=True)
        card_layout.addWidget(self.heading)
        card_layout.addWidget(self.explanation)
        card_layout.addLayout(form)
        card_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        card_layout.addWidget(self.keys)
        card_layout.addWidget(self.status)
        layout.addWidget(card)
        layout.addStretch(1)
        self.setTabOrder(self.lesson_box, self.language_box)
        self.setTabOrder(self.language_box, self.screen_box)
        self.setTabOrder(self.screen_box, self.start_button)
        self._f5 = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self._f5.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._f5.activated.connect(self.start)
        self.start_button.clicked.connect(self.start)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self._fill_screens)
            app.screenRemoved.connect(self._fill_screens)
        self.retranslate_ui()

    def _fill_screens(self) -> None:
        fill_screen_box(self.screen_box)

    def start(self) -> PresenterWindow | None:
        """Open presenter mode full screen on the chosen screen."""
        lesson = self.pack.lesson(str(self.lesson_box.currentData()))
        if lesson is None:
            return None
        if self.presenter is not None:
            self.presenter.close()
        language = Language(self.language_box.currentData())
        presenter = PresenterWindow(lesson, self.pack, language)
        presenter.closed.connect(self._on_presenter_closed)
        self.presenter = presenter
        show_on_screen(presenter, int(self.screen_box.currentData() or 0))
        self.status.setText(self.tr("Presenting. Press Esc on the presenter screen to leave."))
        self.presenter_started.emit(presenter)
        return presenter

    def _on_presenter_closed(self) -> None:
        self.status.setText(self.tr("Presenter mode ended."))
        presenter = self.presenter
        self.presenter = None
        if presenter is not None:
            presenter.deleteLater()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.heading.setText(self.tr("Present a lesson"))
        self.explanation.setText(
            self.tr(
                "Shows a lesson full screen on the projector in very large white-on-black type, "
                "one section at a time. The live calculators and other blocks work on the "
                "projector. No learner's name, progress or answers are shown."
            )
        )
        self.lesson_label.setText(self.tr("&Lesson:"))
        self.lesson_box.setAccessibleName(self.tr("Lesson to present"))
        ui_language = lesson_language(self._language())
        controls.fill_lessons(self.lesson_box, self.pack.lessons, ui_language)
        self.language_label.setText(self.tr("Lesson l&anguage:"))
        self.language_box.setAccessibleName(self.tr("Language of the lesson on the projector"))
        self.screen_label.setText(self.tr("Sc&reen:"))
        self.screen_box.setAccessibleName(self.tr("Screen to present on"))
        self._fill_screens()
        self.start_button.setText(self.tr("&Start presenting (F5)"))
        self.start_button.setAccessibleName(self.tr("Start presenter mode"))
        rows = (
            (self.tr("PageDown, →, ↓ or Space"), self.tr("next section")),
            (self.tr("PageUp, ←, ↑"), self.tr("previous section")),
            (self.tr("B or ."), self.tr("blank the screen (any key shows it again)")),
            (self.tr("Esc"), self.tr("leave presenter mode")),
        )
        self.keys.setText(
            "<table cellspacing='6'>"
            + "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
            + "</table>"
        )
