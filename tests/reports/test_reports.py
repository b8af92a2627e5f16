"""CSV and PDF exports: Excel-friendly CSV, a PDF whose Chinese text can be searched."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from duewise.reports import csv_writer, pdf


def test_csv_has_bom_plain_decimals_and_chinese(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    csv_writer.write_csv(
        target, ["月份", "payment"], [["2026-01", Decimal("1234.50")], ["x", None]]
    )
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig") == "月份,payment\r\n2026-01,1234.50\r\nx,\r\n"


def test_pdf_text_layer_keeps_chinese(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.pdf"
    body = "<h1>还款计划</h1><p>" + pdf.escape("借款人 月利率 入门 <b>") + "</p>"
    pdf.write_pdf(target, body, title="test")
    text = " ".join(PdfReader(str(target)).pages[0].extract_text().split())
    assert "还款计划" in text
    # The real ideographs, not look-alike Kangxi radicals (platform notes §4.7).
    assert "借款人 月利率 入门 <" in text
