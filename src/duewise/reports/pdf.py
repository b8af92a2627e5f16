"""PDF documents from HTML with Qt (QPdfWriter + QTextDocument), Chinese included.

The PDF font is WenQuanYi Micro Hei when installed: with Noto CJK, Qt's PDF text layer maps about
200 common characters to Kangxi radicals, so copy and search break (platform notes §4.7). Charts are
embedded as PNG images added as document resources.

:func:`write_pdf` may run on a worker thread (it makes its own writer and document). Call
:func:`prepare` on the GUI thread first (it reads the screen and the font list once) and pass
images as ready ``QImage``s decoded there (see ``duewise.ui.common.jobs``).
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, Qt, QUrl
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

from duewise.storage import files

PDF_FONT_CANDIDATES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC")


_prepared: dict[str, object] = {}


def pdf_font_family() -> str:
    """The first installed family of :data:`PDF_FONT_CANDIDATES` (else the default font)."""
    if "family" in _prepared:
        return str(_prepared["family"])
    installed = set(QFontDatabase.families())
    for family in PDF_FONT_CANDIDATES:
        if family in installed:
            return family
    return QFont().family()


def _layout_dpi() -> float:
    """The DPI QTextDocument lays out in without a paint device (Qt's ``qt_defaultDpi``)."""
    if "dpi" in _prepared:
        return float(_prepared["dpi"])  # type: ignore[arg-type]
    app = QGuiApplication.instance()
    screen = QGuiApplication.primaryScreen() if app is not None else None
    if screen is None or app.testAttribute(Qt.ApplicationAttribute.AA_Use96Dpi):
        return 96.0
    return float(round(screen.logicalDotsPerInchX()))


def prepare() -> None:
    """Read what :func:`write_pdf` needs from the screen and the font list, on the GUI thread
    (a worker then needs neither)."""
    _prepared.pop("family", None)
    _prepared.pop("dpi", None)
    _prepared["family"] = pdf_font_family()
    _prepared["dpi"] = _layout_dpi()


def escape(text: object) -> str:
    """HTML-escape any value for inclusion in a document (lesson text is never trusted)."""
    return html.escape(str(text))


def write_pdf(
    path: Path,
    body_html: str,
    *,
    title: str,
    images: dict[str, bytes] | dict[str, QImage] | None = None,
    landscape: bool = False,
) -> None:
    """Render ``body_html`` to an A4 PDF at ``path``.

    The PDF is made in memory and written by the one atomic writer (``storage.files``): a full
    disk or a refused rename leaves any old file at ``path`` as it was.

    Args:
        path: the PDF to write.
        body_html: the document's HTML body (escape every user or lesson value with :func:`escape`).
        title: the PDF's title metadata.
        images: PNG bytes or decoded ``QImage``s by name (decode on the GUI thread when this
            runs on a worker); reference them in the HTML as ``<img src="name">``.
        landscape: A4 landscape instead of portrait.

    Raises:
        storage.files.FileWriteError: the file could not be written (the old one is unchanged).
    """
    path = Path(path)
    output = QByteArray()
    buffer = QBuffer(output)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
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
        image = data if isinstance(data, QImage) else QImage.fromData(data)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
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
    del writer  # ends the PDF
    buffer.close()
    files.write_atomic(path, output.data())
