"""Small helpers shared by the Classroom widgets: wrapping combos, lesson lists, fitting tabs."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QSizePolicy, QTabWidget, QVBoxLayout, QWidget

from duewise.content.model import Language, Lesson


def combo(parent: QWidget | None = None, min_chars: int = 12) -> QComboBox:
    """A combo box that does not widen the page to its longest item (lesson titles at 200 %)."""
    box = QComboBox(parent)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(min_chars)
    return box


def language_combo(parent: QWidget | None, app_language: str) -> QComboBox:
    """A choice of Chinese or English for what is shown or printed (item data: the
    ``Language`` value), names in their own language as in Settings; the app's language first
    chosen."""
    box = combo(parent)
    box.addItem("简体中文", Language.ZH.value)
    box.addItem("English", Language.EN.value)
    box.setCurrentIndex(0 if app_language == "zh_CN" else 1)
    return box


def fill_lessons(box: QComboBox, lessons: Iterable[Lesson], language: Language) -> None:
    """Fill ``box`` with numbered lesson titles in ``language``, keeping the chosen lesson.

    Each item's data is the lesson id; if the chosen lesson is gone, the first one is chosen.
    """
    current = box.currentData()
    box.clear()
    for number, lesson in enumerate(lessons, start=1):
        box.addItem(f"{number}. {lesson.title.get(language)}", lesson.id)
    box.setCurrentIndex(max(box.findData(current), 0))


def fit_current_tab(tabs: QTabWidget) -> None:
    """Size a tab widget to its current page, not to its tallest page.

    Call it on ``currentChanged``: hidden pages get an *ignored* size policy, so a short page does
    not show the empty space of a long one inside the scrolling page.
    """
    for index in range(tabs.count()):
        page = tabs.widget(index)
        policy = (
            QSizePolicy.Policy.Preferred
            if index == tabs.currentIndex()
            else QSizePolicy.Policy.Ignored
        )
        page.setSizePolicy(policy, policy)
    tabs.updateGeometry()


class Views(QWidget):
    """One of several views shown at a time, like ``QStackedWidget`` but in a box layout.

    A stacked layout does not pass height-for-width on, so wrapped labels (long options at 200 %
    text) were cut; a box layout with the other views hidden sizes them right.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._views: list[QWidget] = []
        self._current: QWidget | None = None

    def addWidget(self, widget: QWidget) -> None:
        """Add a view (the first one added is shown)."""
        self._layout.addWidget(widget)
        self._views.append(widget)
        if self._current is None:
            self._current = widget
        else:
            widget.hide()

    def setCurrentWidget(self, widget: QWidget) -> None:
        """Show ``widget`` and hide the others."""
        for view in self._views:
            view.setVisible(view is widget)
        self._current = widget

    def currentWidget(self) -> QWidget | None:
        """The view shown."""
        return self._current
