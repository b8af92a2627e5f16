"""The one wrapping table header: column titles on two lines rather than cut, at any text size.

A plain ``QHeaderView`` is one line tall and sizes a column to its title on one line, so a long
title ("银行信用卡: principal", "Due day" at 200 %) either widens its column far past its
amounts or, in a column sized for its amounts, is cut. A :class:`WrapHeader` wraps titles at
word boundaries and between Chinese characters, asks for no more width than the title needs on
``max_lines`` lines (never less than its longest word), and is as tall as its tallest wrapped
title at the columns' current widths.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView

_WRAP = Qt.TextFlag.TextWordWrap.value
_TALL = 100_000  # "no limit" for a measuring rectangle


class WrapHeader(QHeaderView):
    """A horizontal header whose titles wrap onto more lines (see the module docstring)."""

    def __init__(self, view: QTableView, max_lines: int = 2) -> None:
        super().__init__(Qt.Orientation.Horizontal, view)
        self._view = view
        self._max_lines = max_lines
        self._height = 0
        # Title widths by (title, font, room around it): measuring one takes a dozen layouts.
        self._widths: dict[tuple[str, str, int], int] = {}
        self._roomy: tuple[tuple[int, int, int, str], bool] | None = None
        # What QTableView gives its own header.
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.sectionResized.connect(self._refit)
        self.sectionCountChanged.connect(self._refit)
        view.setHorizontalHeader(self)

    # --- measuring ----------------------------------------------------------------------------

    def _metrics(self) -> QFontMetrics:
        # Titles of columns that hold the selection are drawn bold (highlightSections).
        bold = QFont(self.font())
        bold.setBold(True)
        return QFontMetrics(bold)

    def _title(self, logical: int) -> str:
        model = self.model()
        if model is None:
            return ""
        return str(model.headerData(logical, self.orientation()) or "")

    def title_margins(self, logical: int, text: str) -> QSize:
        """The room the style takes around a title (margins, padding, borders, sort arrow)."""
        option = QStyleOptionHeader()
        option.initFrom(self)
        option.rect = QRect(0, 0, _TALL, _TALL)
        option.section = logical
        option.text = text
        option.orientation = self.orientation()
        option.textAlignment = self.defaultAlignment()
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == logical:
            option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        label = self.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, self)
        return QSize(_TALL - label.width(), _TALL - label.height())

    def _wrapped(self, text: str, width: int) -> QSize:
        """The size of ``text`` wrapped into ``width`` pixels (wider when a word does not fit)."""
        flags = self.defaultAlignment().value | _WRAP
        return self._metrics().boundingRect(QRect(0, 0, max(width, 1), _TALL), flags, text).size()

    def title_width(self, logical: int) -> int:
        """The narrowest width that shows the column's title on at most ``max_lines`` lines."""
        text = self._title(logical)
        if not text:
            return 0
        chrome = self.title_margins(logical, text).width()
        key = (text, self.font().key(), chrome)
        if key in self._widths:
            return self._widths[key]
        if len(self._widths) > 1000:
            self._widths.clear()
        one_line = self._wrapped(text, _TALL)  # (Chinese lines are a little taller)
        allowed = self._max_lines * one_line.height() // max(1, text.count("\n") + 1)
        low, high = 1, one_line.width()
        while low < high:  # the narrowest width at which the title is no taller than allowed
            middle = (low + high) // 2
            box = self._wrapped(text, middle)
            if box.height() <= allowed and box.width() <= middle:
                high = middle
            else:
                low = middle + 1
        self._widths[key] = low + chrome
        return self._widths[key]

    def title_height(self, logical: int) -> int:
        """The height the column's title needs at the column's current width."""
        text = self._title(logical)
        if not text:
            return 0
        chrome = self.title_margins(logical, text)
        width = self.sectionSize(logical) - chrome.width()
        return self._wrapped(text, width).height() + chrome.height()

    def one_line_width(self, logical: int) -> int:
        """The width that shows the column's title on one line."""
        text = self._title(logical)
        if not text:
            return 0
        return self._wrapped(text, _TALL).width() + self.title_margins(logical, text).width()

    def roomy(self) -> bool:
        """Whether every column fits the view with its title on one line."""
        model = self._view.model()
        rows = model.rowCount() if model is not None else 0
        key = (self._view.viewport().width(), self.count(), rows, self.font().key())
        if self._roomy is None or self._roomy[0] != key:
            widths = (
                max(self.one_line_width(c), self._view.sizeHintForColumn(c))
                for c in range(self.count())
                if not self.isSectionHidden(c)
            )
            self._roomy = (key, sum(widths) <= key[0])
        return self._roomy[1]

    # --- Qt -----------------------------------------------------------------------------------

    def sectionSizeFromContents(self, logical: int) -> QSize:
        """For columns sized to their contents: the title on one line when every column then
        fits the view, else on ``max_lines`` lines."""
        hint = super().sectionSizeFromContents(logical)
        mode = self.sectionResizeMode(logical)
        if mode == QHeaderView.ResizeMode.ResizeToContents and self.roomy():
            return QSize(max(self.one_line_width(logical), 1), hint.height())
        return QSize(max(self.title_width(logical), 1), hint.height())

    def sizeHint(self) -> QSize:
        """As tall as the tallest wrapped title."""
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self._needed_height()))

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Follow the model's titles (another language, another plan)."""
        old = self.model()
        if old is not None:
            old.headerDataChanged.disconnect(self._refit)
            old.modelReset.disconnect(self._refit)
        super().setModel(model)
        if model is not None:
            model.headerDataChanged.connect(self._refit)
            model.modelReset.connect(self._refit)
        self._roomy = None
        self._refit()

    def changeEvent(self, event: QEvent) -> None:
        """Another font or style (the text size, the theme): measure again."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refit()

    def _needed_height(self) -> int:
        return max(
            (
                self.title_height(logical)
                for logical in range(self.count())
                if not self.isSectionHidden(logical) and self.sectionSize(logical) > 0
            ),
            default=0,
        )

    def _refit(self, *args: object) -> None:
        del args
        height = self._needed_height()
        if height != self._height:  # the view lays out again only when the height changes
            self._height = height
            self.updateGeometry()
            self.geometriesChanged.emit()


def keep_rows_in_sight(view: QTableView, spare_rows: int = 1, max_rows: int = 12) -> None:
    """Keep ``view`` as tall as its header, its rows and ``spare_rows`` empty ones (up to
    ``max_rows`` rows; more scroll), as rows come and go and the header grows or shrinks."""

    def fit(*args: object) -> None:
        del args
        model = view.model()
        rows = model.rowCount() if model is not None else 0
        shown = [view.rowHeight(r) for r in range(min(rows, max_rows))]
        spare = max(0, min(spare_rows, max_rows - rows))
        spare *= view.verticalHeader().defaultSectionSize()
        height = view.horizontalHeader().sizeHint().height() + sum(shown) + spare
        height += 2 * view.frameWidth()
        if view.horizontalScrollBar().maximum() > 0:
            height += view.horizontalScrollBar().sizeHint().height()
        if height != view.minimumHeight() or height != view.maximumHeight():
            view.setFixedHeight(height)

    model = view.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
        signal.connect(fit)
    view.horizontalHeader().geometriesChanged.connect(fit)
    view.verticalHeader().sectionResized.connect(fit)
    view.horizontalScrollBar().rangeChanged.connect(fit)
    fit()
