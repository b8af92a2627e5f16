"""About DueWise: the version, the licence, and the notices of everything it is built on.

The notices are those the standalone app ships (``THIRD-PARTY-NOTICES.txt``, written when the
bundle is built), or, when DueWise runs from a wheel or a checkout, the same text built from the
installed libraries (``duewise.notices``). They are loaded when the dialog first opens.
"""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

import duewise
from duewise import notices, paths
from duewise.ui.common import basics


class AboutDialog(QDialog):
    """Name, version, licence, the platform it runs on, and the third-party notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.resize(720, 620)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.icon = QLabel(self)
        self.icon.setPixmap(QIcon(str(paths.icon_file())).pixmap(72, 72))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        self.heading = basics.heading(1, self)
        self.version = basics.paragraph(self)
        self.version.setObjectName("aboutVersion")
        self.licence = basics.paragraph(self)
        self.licence.setObjectName("aboutLicence")
        self.built_on = basics.paragraph(self, muted=True)
        for widget in (self.heading, self.version, self.licence, self.built_on):
            text.addWidget(widget)
        top.addWidget(self.icon)
        top.addLayout(text, 1)
        layout.addLayout(top)
        self.notices_heading = basics.heading(2, self)
        layout.addWidget(self.notices_heading)
        self.notices = QPlainTextEdit(self)
        self.notices.setObjectName("aboutNotices")
        self.notices.setReadOnly(True)
        self.notices.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.notices.setPlainText(notices.shipped_or_live_text())
        layout.addWidget(self.notices, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        """Re-set the texts when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        """Set every visible text in the current language."""
        self.setWindowTitle(self.tr("About DueWise"))
        self.heading.setText(self.tr("DueWise 明白账"))
        self.version.setText(self.tr("Version %1").replace("%1", duewise.__version__))
        self.licence.setText(
            self.tr(
                "Free software under the MIT licence. It runs on Python and Qt and uses the "
                "libraries listed below, each under its own licence. Qt is used under the LGPL "
                "version 3: where to get its source and how to replace it are in the notices."
            )
        )
        self.built_on.setText(
            self.tr("Python %1 · Qt %2 · PySide6 %3 · %4")
            .replace("%1", platform.python_version())
            .replace("%2", qVersion())
            .replace("%3", pyside_version)
            .replace("%4", platform.platform(terse=True))
        )
        self.notices_heading.setText(self.tr("Third-party notices"))
        self.notices.setAccessibleName(self.tr("Third-party notices"))


def open_about(parent: QWidget) -> AboutDialog:
    """Open the About dialog over ``parent`` without waiting for it."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
