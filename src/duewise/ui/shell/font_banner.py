"""One banner when no installed font can draw Chinese, saying which font or package to install.

Two things can find out: the charts (``ui.common.charts.fonts`` tells its listeners when
matplotlib has no Chinese font even after looking for one), and Qt itself, asked once after the
window is first painted (``QFontDatabase`` lists no family for Simplified Chinese: the whole
interface would show boxes). Either shows the same banner, once, above the pages. The message is
given in the interface language and, when that is not English, in English too (without a Chinese
font the Chinese words are boxes themselves).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from duewise.ui.common.charts import fonts

MESSAGE = QT_TRANSLATE_NOOP(
    "FontBanner",
    "No installed font can show Chinese, so Chinese text and chart labels would appear as empty "
    "boxes. Install %1 (%2), then restart DueWise.",
)


def qt_chinese_families() -> list[str]:
    """The font families Qt can draw Simplified Chinese with."""
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


class FontBanner(QFrame):
    """Hidden until a missing Chinese font is reported (:meth:`report`).

    Attributes:
        hint: what to install (``None`` while nothing is missing).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fontBanner")
        self.hint: fonts.InstallHint | None = None
        layout = QHBoxLayout(self)
        self.text = QLabel(self)
        self.text.setObjectName("fontBannerText")
        self.text.setWordWrap(True)
        self.close_button = QPushButton(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.close_button.clicked.connect(self.hide)
        self.hide()
        self.retranslate_ui()

    def report(self, hint: fonts.InstallHint) -> None:
        """Show the banner (once: a second report changes nothing)."""
        if self.hint is not None:
            return
        self.hint = hint
        self.retranslate_ui()
        self.show()

    def check_qt(self) -> None:
        """Report a missing font if Qt has no family for Simplified Chinese."""
        if not qt_chinese_families():
            self.report(fonts.install_hint())

    def message(self, *, translate: bool = True) -> str:
        """The banner's text, in the interface language (English when ``translate`` is false)."""
        hint = self.hint or fonts.install_hint()
        text = QCoreApplication.translate("FontBanner", MESSAGE) if translate else MESSAGE
        return text.replace("%1", hint.what).replace("%2", hint.how)

    def changeEvent(self, event: QEvent) -> None:
        """Re-set the texts when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        translated, english = self.message(), self.message(translate=False)
        self.text.setText(translated if translated == english else f"{translated}\n{english}")
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss the font message"))


def attach(window: QWidget, stack: QWidget) -> FontBanner:
    """Put a font banner above ``stack`` and connect both reporters (charts and Qt)."""
    holder = stack.parentWidget()
    layout = holder.layout()
    banner = FontBanner(holder)
    layout.insertWidget(layout.indexOf(stack), banner)
    listener = banner.report
    fonts.on_missing_font(listener)
    banner.destroyed.connect(lambda: fonts.off_missing_font(listener))
    first_painted = getattr(window, "first_painted", None)
    if first_painted is not None:
        first_painted.connect(banner.check_qt)
    return banner
