"""What every page has: a heading, an introduction, and live retranslation."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from duewise.ui.common import basics
from duewise.ui.common.basics import RetranslatingWidget
from duewise.ui.common.context import AppContext
from duewise.ui.common.not_yet import NotYetAvailable


class Page(RetranslatingWidget):
    """Base of the pages in the main window's stack.

    Subclasses set ``page_id`` (used in settings and screenshot names), build their body into
    ``self.body`` and implement :meth:`retranslate_ui`, which sets every visible text. It runs once
    from ``__init__`` (via :meth:`finish_init`) and again on every language change.
    """

    page_id = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        self.scroll_area = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget(scroll)
        scroll.setWidget(content)
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(32, 24, 32, 24)
        self.body.setSpacing(12)
        self.title = basics.heading(1, content)
        self.intro = basics.paragraph(content, muted=True)
        self.body.addWidget(self.title)
        self.body.addWidget(self.intro)

    def open_with(self, params: dict[str, object]) -> None:
        """Show this page pre-filled with ``params`` (see ``AppContext.navigate``).

        Pages that can be opened pre-filled override this; the default ignores the parameters.
        """
        del params

    def finish_init(self) -> None:
        """Call at the end of a subclass's ``__init__``: sets all texts once."""
        self.retranslate_ui()
        self._name_scroll_area()

    def changeEvent(self, event: QEvent) -> None:
        """Re-set the texts when the language changes (the page's own texts first)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._name_scroll_area()

    def _name_scroll_area(self) -> None:
        # The page scrolls with the arrow keys once Tab reaches it; a screen reader names it
        # after the page.
        self.scroll_area.setAccessibleName(self.title.text())


class PlaceholderPage(Page):
    """A place that a later version fills: says so honestly and what it will do.

    Subclasses implement :meth:`texts` returning ``(title, intro, explanation, plans)``.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.not_yet = NotYetAvailable(self)
        self.body.addWidget(self.not_yet)
        self.body.addStretch(1)
        self.finish_init()

    def texts(self) -> tuple[str, str, str, list[str]]:
        """The page's texts in the current language."""
        raise NotImplementedError

    def status_text(self) -> str:
        """The "not available yet" line."""
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        title, intro, explanation, plans = self.texts()
        self.title.setText(title)
        self.intro.setText(intro)
        self.not_yet.set_texts(self.status_text(), explanation, plans)
