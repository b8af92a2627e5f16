"""The class quiz's countdown: the seconds left for the question on screen, one tick a second,
and the bell when time is up."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal


class QuizCountdown(QObject):
    """Seconds left, counting down once a second while running.

    Signals:
        ticked(): a second went by (``remaining`` changed; at zero it stopped and rang).
    """

    ticked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Seconds left for the question on screen.
        self.remaining = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._on_timer_timeout)

    def reset(self, seconds: int) -> None:
        """Stop, with ``seconds`` left (a new question)."""
        self._timer.stop()
        self.remaining = seconds

    def stop(self) -> None:
        """Pause (the seconds left are kept)."""
        self._timer.stop()

    def toggle(self, seconds: int) -> None:
        """Start (from ``seconds`` again if time was up), or pause while running."""
        if self._timer.isActive():
            self._timer.stop()
            return
        if self.remaining == 0:
            self.remaining = seconds
        self._timer.start()

    def running(self) -> bool:
        """Whether it is ticking."""
        return self._timer.isActive()

    def tick(self) -> None:
        """One second (the timer calls this; tests may too)."""
        self._on_timer_timeout()

    def _on_timer_timeout(self) -> None:
        self.remaining = max(0, self.remaining - 1)
        if self.remaining == 0:
            self._timer.stop()
            QApplicationBeep.beep()
        self.ticked.emit()


class QApplicationBeep:
    """The end-of-countdown sound (a classmethod so tests stay silent)."""

    @classmethod
    def beep(cls) -> None:
        """Ring the system bell."""
        from PySide6.QtWidgets import QApplication

        QApplication.beep()
