"""Lesson prose: Markdown in a read-only browser that grows to its text, with glossary tips.

Lesson packs are data from others, so this view trusts nothing in them: Markdown is rendered with
raw HTML switched off, no resource is loaded (figures are separate widgets), and links are handled
here instead of by Qt: ``glossary:`` shows a definition, ``lesson:`` and ``#section`` are passed on
as signals, ``https:`` is passed on only when clicked (the page opens the browser).

Keyboard and screen readers: every link is also a :class:`~duewise.ui.common.lesson_links.TextLink`
(a focusable widget with the role *link*, in the tab order right after the text), so Tab and
Shift+Tab step from term to term, Enter or F1 opens the definition and Escape closes it.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QUrl, Signal
from PySide6.QtGui import (
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QFrame, QSizePolicy, QTextBrowser, QToolTip, QWidget

from duewise.content.model import GlossaryTerm, Language
from duewise.ui.common import announce
from duewise.ui.common.lesson_links import TextLink, anchor_rect, anchors

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|`)")
GLOSSARY_SCHEME = "glossary:"
#: How long a definition opened from the keyboard stays (ms); any key, a click or Tab closes it.
KEYBOARD_TIP_MS = 600_000


def plain(markdown: str) -> str:
    """Markdown reduced to its words: link texts kept, emphasis marks dropped (for tooltips)."""
    return _EMPHASIS.sub("", _LINK.sub(r"\1", markdown)).strip()


class Glossary(QObject):
    """The pack's glossary and the reader's language, shared by every prose view of a page.

    Signals:
        term_shown(str): a definition was shown (term id), by hover, click or F1.
    """

    term_shown = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terms: Mapping[str, GlossaryTerm] = {}
        self.language = Language.ZH

    def term(self, term_id: str) -> GlossaryTerm | None:
        """The term with this id, if the pack defines it."""
        return self.terms.get(term_id)

    def find_by_text(self, text: str) -> GlossaryTerm | None:
        """The term whose name (in either language) is ``text``, ignoring case and spaces."""
        wanted = " ".join(text.split()).casefold()
        if not wanted:
            return None
        for term in self.terms.values():
            if wanted in (term.term.zh.casefold(), term.term.en.casefold()):
                return term
        return None

    def tooltip_html(self, term: GlossaryTerm) -> str:
        """The bilingual definition, the reader's language first."""
        order = (Language.ZH, Language.EN)
        if self.language is Language.EN:
            order = (Language.EN, Language.ZH)
        parts = []
        for language in order:
            name = html.escape(term.term.get(language))
            text = html.escape(plain(term.definition.get(language)))
            parts.append(f"<p><b>{name}</b><br>{text}</p>")
        return "<div style='max-width: 32em'>" + "".join(parts) + "</div>"

    def definition_text(self, term: GlossaryTerm) -> str:
        """The definition in the reader's language, as plain words (for screen readers)."""
        return plain(term.definition.get(self.language))

    def show(
        self, term: GlossaryTerm, global_pos: QPoint, widget: QWidget, *, keyboard: bool = False
    ) -> None:
        """Show ``term``'s definition as a tooltip at ``global_pos`` (``keyboard``: opened with a
        key, so it stays until a key, a click or the focus closes it, and it is announced)."""
        html_text = self.tooltip_html(term)
        if keyboard:
            QToolTip.showText(global_pos, html_text, widget, QRect(), KEYBOARD_TIP_MS)
            announce.announce(
                widget, f"{term.term.get(self.language)}: {self.definition_text(term)}"
            )
        else:
            QToolTip.showText(global_pos, html_text, widget)
        self.term_shown.emit(term.id)


class LessonText(QTextBrowser):
    """One run of lesson Markdown; its height follows its text, so the page scrolls, not it.

    Signals:
        lesson_link_activated(str, str): a ``lesson:id#section`` link was clicked (section may
            be empty).
        section_link_activated(str): a ``#section`` link was clicked.
        web_link_activated(QUrl): an ``https:`` link was clicked.
    """

    lesson_link_activated = Signal(str, str)
    section_link_activated = Signal(str)
    web_link_activated = Signal(QUrl)

    def __init__(self, glossary: Glossary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.glossary = glossary
        self._hover_anchor = ""
        #: The keyboard stops over the text's links, in reading order.
        self.links: list[TextLink] = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QTextBrowser { background: transparent; }")
        # Links by mouse here; by keyboard through the TextLink widgets (so not twice).
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setMouseTracking(True)
        self.document().setDocumentMargin(2)
        self.document().setDefaultFont(QApplication.font())
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.anchorClicked.connect(self._on_anchor_clicked)

    # --- content ----------------------------------------------------------------------------

    def set_lesson_markdown(self, text: str) -> None:
        """Render ``text`` (GitHub Markdown, raw HTML off) and mark glossary terms."""
        features = (
            QTextDocument.MarkdownFeature.MarkdownDialectGitHub
            | QTextDocument.MarkdownFeature.MarkdownNoHTML
        )
        self.document().setMarkdown(text, features)
        self._style_links()
        self._make_links()
        self._fit_height()

    def _style_links(self) -> None:
        # Glossary terms: dotted underline in the text colour, so they read as "defined here"
        # rather than as links that take you somewhere.
        doc = self.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isAnchor() and fmt.anchorHref().startswith(GLOSSARY_SCHEME):
                    cursor = QTextCursor(doc)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    change = QTextCharFormat()
                    change.setFontUnderline(True)
                    change.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                    change.setForeground(self.palette().text())
                    cursor.mergeCharFormat(change)
                it += 1
            block = block.next()

    def loadResource(self, kind: int, name: QUrl) -> object:
        """Load nothing: lesson images are figure widgets, and nothing comes from the web."""
        del kind, name
        return None

    # --- size -------------------------------------------------------------------------------

    def _fit_height(self) -> None:
        height = math.ceil(self.document().size().height()) + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(max(height, 1))
        self.place_links()

    def changeEvent(self, event: QEvent) -> None:
        """Follow the app font (the text-size setting) in the document too."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.document().setDefaultFont(self.font())
            self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The text wraps anew: the link stops follow their words."""
        super().resizeEvent(event)
        self.place_links()

    # --- links as keyboard stops ------------------------------------------------------------

    def _make_links(self) -> None:
        for link in self.links:
            link.hide()
            link.deleteLater()
        self.links = [
            TextLink(anchor, self.open_link, self.viewport())
            for anchor in anchors(self.document())
            if self._link_kind(anchor.href)
        ]
        previous: QWidget = self
        for link in self.links:
            link.setAccessibleDescription(self._link_description(link.href))
            QWidget.setTabOrder(previous, link)
            previous = link
            link.show()

    @staticmethod
    def _link_kind(href: str) -> str:
        """``glossary``, ``lesson``, ``section`` or ``web`` (``""``: a link nothing follows)."""
        if href.startswith(GLOSSARY_SCHEME):
            return "glossary"
        if href.startswith("lesson:"):
            return "lesson"
        if href.startswith("#"):
            return "section"
        return "web" if QUrl(href).scheme() == "https" else ""

    def _link_description(self, href: str) -> str:
        kind = self._link_kind(href)
        if kind == "glossary":
            term = self.glossary.term(href[len(GLOSSARY_SCHEME) :])
            if term is None:
                return self.tr("A glossary term this lesson pack does not define.")
            return self.glossary.definition_text(term)
        if kind == "lesson":
            return self.tr("Opens another lesson.")
        if kind == "section":
            return self.tr("Goes to another section of this lesson.")
        return self.tr("Opens %1 in your web browser.").replace("%1", href)

    def place_links(self) -> None:
        """Put each link stop over its words (after the text was laid out anew)."""
        for link in self.links:
            link.setGeometry(anchor_rect(self, link.anchor.start, link.anchor.end))

    def open_link(self, link: TextLink) -> None:
        """Follow ``link`` from the keyboard (a glossary term: show and say its definition)."""
        href = link.href
        if href.startswith(GLOSSARY_SCHEME):
            term = self.glossary.term(href[len(GLOSSARY_SCHEME) :])
            if term is not None:
                where = link.mapToGlobal(link.rect().bottomLeft())
                self.glossary.show(term, where, link, keyboard=True)
                link.definition_open = True
            return
        self._on_anchor_clicked(QUrl(href))

    # --- links and glossary -----------------------------------------------------------------

    def _on_anchor_clicked(self, url: QUrl) -> None:
        href = url.toString()
        if href.startswith(GLOSSARY_SCHEME):
            term = self.glossary.term(href[len(GLOSSARY_SCHEME) :])
            if term is not None:
                rect = self.cursorRect()
                self.glossary.show(term, self.viewport().mapToGlobal(rect.bottomLeft()), self)
        elif href.startswith("lesson:"):
            lesson_id, _, section = href[len("lesson:") :].partition("#")
            self.lesson_link_activated.emit(lesson_id, section)
        elif href.startswith("#"):
            self.section_link_activated.emit(href[1:])
        elif url.scheme() == "https":
            self.web_link_activated.emit(url)

    def term_at(self, pos: QPoint) -> GlossaryTerm | None:
        """The glossary term under viewport position ``pos``."""
        anchor = self.anchorAt(pos)
        if anchor.startswith(GLOSSARY_SCHEME):
            return self.glossary.term(anchor[len(GLOSSARY_SCHEME) :])
        return None

    def term_at_cursor(self) -> GlossaryTerm | None:
        """The term at the text cursor: a selected term's text, or a glossary link under it."""
        cursor = self.textCursor()
        if cursor.hasSelection():
            found = self.glossary.find_by_text(cursor.selectedText())
            if found is not None:
                return found
        for fmt in (cursor.charFormat(), self._format_after(cursor)):
            href = fmt.anchorHref()
            if fmt.isAnchor() and href.startswith(GLOSSARY_SCHEME):
                return self.glossary.term(href[len(GLOSSARY_SCHEME) :])
        return None

    def _format_after(self, cursor: QTextCursor) -> QTextCharFormat:
        probe = QTextCursor(cursor)
        probe.clearSelection()
        probe.setPosition(min(cursor.selectionStart() + 1, self.document().characterCount() - 1))
        return probe.charFormat()

    def show_term_help(self) -> bool:
        """F1: show the definition of the term at the cursor, else under the mouse."""
        term = self.term_at_cursor()
        where = self.viewport().mapToGlobal(self.cursorRect().bottomLeft())
        if term is None:
            local = self.viewport().mapFromGlobal(self.cursor().pos())
            if self.viewport().rect().contains(local):
                term = self.term_at(local)
                where = self.viewport().mapToGlobal(local)
        if term is None:
            return False
        self.glossary.show(term, where, self, keyboard=True)
        return True

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Hovering a glossary term shows its definition at once."""
        super().mouseMoveEvent(event)
        pos = event.position().toPoint()
        anchor = self.anchorAt(pos)
        if anchor == self._hover_anchor:
            return
        self._hover_anchor = anchor
        term = self.term_at(pos)
        if term is not None:
            self.glossary.show(term, self.viewport().mapToGlobal(pos), self)
        elif anchor.startswith("https:"):
            QToolTip.showText(self.viewport().mapToGlobal(pos), anchor, self)
        else:
            QToolTip.hideText()

    def viewportEvent(self, event: QEvent) -> bool:
        """Tooltips (the usual hover delay): definitions for terms, addresses for web links."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            term = self.term_at(event.pos())
            if term is not None:
                self.glossary.show(term, event.globalPos(), self)
                return True
            anchor = self.anchorAt(event.pos())
            if anchor.startswith("https:"):
                QToolTip.showText(event.globalPos(), anchor, self)
                return True
            QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F1 explains the term at the cursor; page keys go to the page (section navigation)."""
        key = event.key()
        if key == Qt.Key.Key_F1:
            if not self.show_term_help():
                event.ignore()
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            event.ignore()
            return
        super().keyPressEvent(event)
