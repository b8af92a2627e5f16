"""The class quiz on the projector: the "Present full screen (F5)" button with its note, and the
quiz presenter window it opens on the chosen screen and closes again.

The presenter window only shows what the class-quiz panel holds and follows its
``state_changed``; this control owns the window's lifetime and the button's words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from duewise.ui.classroom.presenter import show_on_screen
from duewise.ui.common import wrap_label
from duewise.ui.common.basics import RetranslatingWidget


class QuizProjectorControl(RetranslatingWidget):
    """Opens the full-screen quiz on a screen, and closes it.

    Args:
        make_window: builds the presenter window (a widget with a ``closed`` signal).
        screen: the index of the screen to show it on (the panel's screen choice).

    Signals:
        presenter_started(object): the presenter window is now showing.
        presenter_closed(): the presenter window was closed (F5, Esc or the button).
    """

    presenter_started = Signal(object)
    presenter_closed = Signal()

    def __init__(
        self,
        make_window: Callable[[], QWidget],
        screen: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._make_window = make_window
        self._screen = screen
        #: The presenter window showing, or ``None``.
        self.presenter: QWidget | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.present_button = QPushButton(self)
        self.present_status = wrap_label.paragraph(self, muted=True)
        row.addWidget(self.present_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.present_status, 1)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.present_button.clicked.connect(self._on_present_button_clicked)

    def present(self) -> QWidget:
        """Show the quiz full screen on the chosen screen (a window already open is replaced)."""
        if self.presenter is not None:
            self.presenter.close()
        presenter = self._make_window()
        presenter.closed.connect(self._on_presenter_closed)  # type: ignore[attr-defined]
        self.presenter = presenter
        show_on_screen(presenter, self._screen())
        self.retranslate_ui()
        self.presenter_started.emit(presenter)
        return presenter

    def toggle(self) -> None:
        """Leave full screen if the quiz is on the projector, else present it (F5)."""
        if self.presenter is not None:
            self.presenter.close()
        else:
            self.present()

    def _on_present_button_clicked(self) -> None:
        self.toggle()

    def _on_presenter_closed(self) -> None:
        presenter = self.presenter
        self.presenter = None
        if presenter is not None:
            presenter.deleteLater()
        self.retranslate_ui()
        self.presenter_closed.emit()

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        if self.presenter is not None:
            self.present_button.setText(self.tr("Leave &full screen (F5)"))
            self.present_button.setAccessibleName(self.tr("Leave the full-screen quiz"))
            self.present_status.setText(
                self.tr(
                    "On the projector now. Type the counts here or on the projector with the "
                    "keys: ↑ ↓ choose an answer, 0–9 type its count, → reveal and next, "
                    "B blank, Esc leave."
                )
            )
        else:
            self.present_button.setText(self.tr("Present &full screen (F5)"))
            self.present_button.setAccessibleName(
                self.tr("Show the class quiz full screen on the projector")
            )
            self.present_status.setText(
                self.tr("Shows the current question full screen, in very large type.")
            )
