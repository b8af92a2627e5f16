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

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
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
    page_footer: str | None = None,
    style: str = "",
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
        page_footer: a footer painted on every page, ``%1`` the page number and ``%2`` the page
            count (``"Page %1 of %2"``, in the document's language); the text is laid out in
            the page above it, so nothing runs into it.
        style: more CSS for the document's style sheet.

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
    document = _document(body_html, images, style)
    _render(writer, document, page_footer)
    del writer  # ends the PDF
    buffer.close()
    files.write_atomic(path, output.data())


def _document(
    body_html: str, images: dict[str, bytes] | dict[str, QImage] | None, style: str
) -> QTextDocument:
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
        ".muted{color:#555}" + style + "</style></head><body>" + body_html + "</body></html>"
    )
    return document


def _render(device: QPagedPaintDevice, document: QTextDocument, page_footer: str | None) -> None:
    """Lay ``document`` out for ``device``'s pages and paint it there."""
    # The document lays out in Qt's default (screen) DPI and is scaled to the device's; a page
    # size in device pixels would shrink everything by 96/300 (text ~3.4 pt).
    source_dpi = _layout_dpi()
    painter_rect = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    width = painter_rect.width() * source_dpi / 72
    height = painter_rect.height() * source_dpi / 72
    if page_footer is None:
        document.setPageSize(QSizeF(width, height))
        document.print_(device)
    else:
        _paint_pages(
            device,
            document,
            width=width,
            height=height,
            source_dpi=source_dpi,
            footer=page_footer,
        )


def print_document(
    device: QPagedPaintDevice,
    body_html: str,
    *,
    images: dict[str, bytes] | dict[str, QImage] | None = None,
    page_footer: str | None = None,
    style: str = "",
) -> None:
    """Print ``body_html`` on ``device`` (a ``QPrinter`` the user chose: its paper and margins)
    exactly as :func:`write_pdf` lays it out."""
    _render(device, _document(body_html, images, style), page_footer)


def _paint_pages(
    writer: QPagedPaintDevice,
    document: QTextDocument,
    *,
    width: float,
    height: float,
    source_dpi: float,
    footer: str,
) -> None:
    """Paint ``document`` page by page with a footer below each page's text.

    The document is paginated at the page height less the footer's room, so a line or a table
    row never straddles two pages and the footer never covers text.
    """
    footer_font = QFont(document.defaultFont())
    footer_font.setPointSizeF(8.5)
    room = QFontMetricsF(footer_font).height() * 2.2
    page_height = height - room
    document.setPageSize(QSizeF(width, page_height))
    count = document.pageCount()
    painter = QPainter(writer)
    try:
        scale = writer.logicalDpiY() / source_dpi
        for page in range(count):
            if page:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -page * page_height)
            document.drawContents(painter, QRectF(0, page * page_height, width, page_height))
            painter.restore()
            # The footer in the writer's own coordinates: a point size means points on paper.
            painter.setFont(footer_font)
            painter.setPen(QColor("#555555"))
            text = footer.replace("%1", str(page + 1)).replace("%2", str(count))
            painter.drawText(
                QRectF(0, page_height * scale, width * scale, room * scale),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                text,
            )
    finally:
        painter.end()
