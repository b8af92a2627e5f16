"""PDF documents from HTML with Qt (QPdfWriter + QTextDocument), Chinese included.

The PDF font is WenQuanYi Micro Hei when installed: with Noto CJK, Qt's PDF text layer maps about
200 common characters to Kangxi radicals, so copy and search break (platform notes §4.7). Charts are
embedded as PNG images added as document resources.

The writer must run on the GUI thread or a worker thread with its own QTextDocument; call
:func:`write_pdf` from a ``QThreadPool`` task for long documents and report progress around it.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

PDF_FONT_CANDIDATES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC")


def pdf_font_family() -> str:
    """The first installed family of :data:`PDF_FONT_CANDIDATES` (else the default font)."""
    installed = set(QFontDatabase.families())
    for family in PDF_FONT_CANDIDATES:
        if family in installed:
            return family
    return QFont().family()


def _layout_dpi() -> float:
    """The DPI QTextDocument lays out in without a paint device (Qt's ``qt_defaultDpi``)."""
    app = QGuiApplication.instance()
    screen = QGuiApplication.primaryScreen() if app is not None else None
    if screen is None or app.testAttribute(Qt.ApplicationAttribute.AA_Use96Dpi):
        return 96.0
    return float(round(screen.logicalDotsPerInchX()))


def escape(text: object) -> str:
    """HTML-escape any value for inclusion in a document (lesson text is never trusted)."""
    return html.escape(str(text))


def write_pdf(
    path: Path,
    body_html: str,
    *,
    title: str,
    images: dict[str, bytes] | None = None,
    landscape: bool = False,
) -> None:
    """Render ``body_html`` to an A4 PDF at ``path``.

    Args:
        path: the PDF to write (written to a temporary name, then renamed).
        body_html: the document's HTML body (escape every user or lesson value with :func:`escape`).
        title: the PDF's title metadata.
        images: PNG bytes by name; reference them in the HTML as ``<img src="name">``.
        landscape: A4 landscape instead of portrait.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(title)
    writer.setCreator("DueWise")
    writer.setResolution(300)
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    font = QFont(pdf_font_family())
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    for name, data in (images or {}).items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(data)
        )
    document.setHtml(
        "<html><head><meta charset='utf-8'><style>"
        "h1{font-size:18pt} h2{font-size:13pt} table{border-collapse:collapse}"
        "td,th{border:1px solid #999;padding:3px 6px} th{background:#eee}"
        ".muted{color:#555}</style></head><body>" + body_html + "</body></html>"
    )
    # The document lays out in Qt's default (screen) DPI and print_() scales it to the writer's
    # 300 dpi; a page size in writer pixels would shrink everything by 96/300 (text ~3.4 pt).
    source_dpi = _layout_dpi()
    painter_rect = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(
        QSizeF(painter_rect.width() * source_dpi / 72, painter_rect.height() * source_dpi / 72)
    )
    document.print_(writer)
    del writer  # flushes and closes the file
    tmp.replace(path)
