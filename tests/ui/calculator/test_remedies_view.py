"""The way out, side by side (issue #18), used as the learner of the story uses it: ¥3,000 of
白条, three cycles missed, then what to do — on screen and in the take-home PDF, in both
languages."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from duewise import formatting
from duewise.finance import borrowing, products, record, remedies
from duewise.ui.calculator.page import CalculatorPage
from duewise.ui.calculator.remedies_chart import REMEDY_ORDER, REMEDY_STYLES
from duewise.ui.common.record_grid import code_colour


def _engine(page: CalculatorPage) -> remedies.RemedyComparison:
    """What the engine says for the inputs on screen (the page must show exactly this)."""
    loan = page.next_loan_panel
    return remedies.compare(
        products.load_preset("cn_jd_baitiao"),
        Decimal("3000"),
        3,
        (2025, 1),
        apply_on=loan.application_month(),
        next_loan=borrowing.FutureLoan(
            borrowing.LoanKind(str(loan.kind_box.currentData())),
            Decimal(loan.amount_edit.text()),
            loan.months_spin.value(),
            Decimal(loan.rate_edit.text()) / 100,
        ),
    )


def test_the_story_shows_every_future_with_the_engines_figures(calc) -> None:  # type: ignore[no-untyped-def]
    _, _, page = calc
    panel = page.remedies_panel
    engine = _engine(page)
    shown = panel.column_texts()
    assert list(shown) == list(REMEDY_ORDER)
    for outcome in engine.outcomes:
        column = shown[outcome.remedy.value]
        assert column["total"] == formatting.money(outcome.total_cost, "CNY", "en")
        assert column["extra"] == formatting.money(outcome.extra_cost, "CNY", "en")
        assert column["penalties"] == formatting.money(outcome.split.penalties, "CNY", "en")
    # The table on screen holds those texts, the recommended column starred.
    table = panel.table
    assert table.horizontalHeaderItem(1).text() == "★ Repay now"
    assert table.item(1, 1).text() == "¥189.00" and table.item(1, 4).text() == "¥3,769.50"
    assert [table.item(r, 0).text() for r in (0, 7, 8)] == [
        "Total cost over 60 months",
        "The record stops getting worse",
        "The record disappears",
    ]
    assert shown["repay-now"]["worse_until"] == "After Mar 2025 (3 months)"
    assert shown["repay-now"]["visible_until"] == "Apr 2030 (63 months from the first statement)"
    assert shown["keep-missing"]["visible_until"] == "Never, while it is unpaid"
    assert shown["keep-missing"]["worse_until"] == "Never within 60 months: still overdue"
    assert "连三" in shown["repay-now"]["flags"]
    assert "Currently overdue" in shown["keep-missing"]["flags"]
    assert shown["negotiate"]["ends"] == "Paid off with the plan's last instalment on Mar 10, 2026"
    assert shown["repay-now"]["ends"] == "Paid on Apr 10, 2025"
    # The recommendation says why, as the planner's strategy table does.
    assert engine.recommended is remedies.Remedy.REPAY_NOW
    assert panel.recommendation.text().startswith(
        "Recommended: Repay now, because it costs no more than the others (¥3,189.00 in all) "
        "and the debt is gone soonest."
    )
    # Records side by side: 1 2 3 then settled, or in the plan (N) until it is repaid.
    strips = {s.label: "".join(s.codes) for s in panel.strips.strips()}
    assert strips["Repay now"].startswith("123C")
    assert strips["Negotiate 12 months"].startswith("123NNNNNNNNNNNC")
    assert strips["Keep missing"].startswith("1234567777")


def test_one_chart_tells_the_remedies_apart_by_colour_and_line_style(calc) -> None:  # type: ignore[no-untyped-def]
    _, _, page = calc
    chart = page.remedies_panel.chart
    series = chart.series()
    assert set(series) == set(REMEDY_ORDER)
    engine = _engine(page)
    for outcome in engine.outcomes:
        rows = outcome.simulation.rows
        assert series[outcome.remedy.value] == [float(r.closing + r.payment) for r in rows]
    styles = chart.line_styles()
    assert len({colour for colour, _, _ in styles.values()}) == 4
    assert len({style for _, style, _ in styles.values()}) == 4  # told apart without colour
    assert {name: s[1] for name, s in styles.items()} == {
        name: REMEDY_STYLES[name][1] for name in REMEDY_ORDER
    }


def test_negotiated_plan_length_and_fee(calc, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = calc
    panel = page.remedies_panel
    with qtbot.waitSignal(page.remedies_changed):
        panel.months_spin.setValue(6)
    panel.fee_edit.clear()
    with qtbot.waitSignal(page.remedies_changed):
        qtbot.keyClicks(panel.fee_edit, "0.5")
    plan = panel.comparison.outcome(remedies.Remedy.NEGOTIATE)
    assert plan.simulation.scenario.negotiate_months == 6
    assert plan.split.fees == 6 * Decimal("15.95")  # 0.5 % of ¥3,189.00 a month, to the cent
    assert panel.table.horizontalHeaderItem(2).text() == "Negotiate 6 months"
    assert "Negotiate 6 months" in page.remedies_panel.chart.texts[2].values()


def test_bad_text_in_the_remedies_fields_is_said_at_the_field(calc, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = calc
    panel = page.remedies_panel
    before = panel.column_texts()
    for text, message in (
        ("abc", "Plan fee: Please enter a number, for example 1000."),
        ("99999999999999999999", "Plan fee: This rate is too high (at most 10 %)."),
        ("2,5", "Plan fee: Is the comma a decimal point?"),
    ):
        panel.fee_edit.setText(text)  # pasted: one change
        assert panel.error.text().startswith(message)
        assert panel.error.isVisible()
        assert panel.column_texts() == before  # the last valid comparison stays
    panel.fee_edit.clear()
    qtbot.keyClicks(panel.fee_edit, "0")
    assert not panel.error.isVisible()
    panel.budget_edit.clear()
    qtbot.keyClicks(panel.budget_edit, "1,0,0")
    assert panel.error.text().startswith("Budget: A comma only separates thousands")


def test_a_budget_below_repaying_at_once_recommends_the_plan(calc, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = calc
    panel = page.remedies_panel
    with qtbot.waitSignal(page.remedies_changed):
        qtbot.keyClicks(panel.budget_edit, "500")
    assert panel.comparison.recommended is remedies.Remedy.NEGOTIATE
    assert panel.comparison.reason is remedies.Reason.REPAY_NOW_UNAFFORDABLE
    assert panel.recommendation.text().startswith(
        "Recommended: Negotiate 12 months. Repaying everything at once (¥3,189.00) is more than "
        "your budget"
    )
    assert panel.table.horizontalHeaderItem(2).text() == "★ Negotiate 12 months"


def test_and_i_also_miss_my_huabei_next_month(calc, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = calc
    panel = page.remedies_panel
    assert not panel.second_box.isEnabled()
    with qtbot.waitSignal(page.remedies_changed):
        qtbot.mouseClick(panel.second_check, Qt.MouseButton.LeftButton)
    assert panel.second_box.currentText() == "Huabei (Ant Credit Pay)"
    second = panel.comparison.second_account
    assert second is not None and second.extra_cost > 0
    # Its one miss is in April 2025, the month the remedy starts: the second record.
    labels = [s.label for s in panel.strips.strips()]
    assert labels[4:] == ["Your Huabei (Ant Credit Pay)", "One report: Repay now"]
    huabei = "".join(panel.strips.strips()[4].codes)
    assert huabei.startswith("///1")
    one_report = "".join(panel.strips.strips()[5].codes)
    assert one_report.startswith("123")  # the worse code of each month
    assert panel.second_text.isVisible()
    money = formatting.money(second.extra_cost, "CNY", "en")
    assert f"missing it once and catching up costs {money} more" in panel.second_text.text()
    # The flags and the next loan are judged on both accounts.
    for outcome in panel.comparison.outcomes:
        assert outcome.combined_record is not None


def test_the_view_is_translated_live(calc, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, _, page = calc
    context.set_language("zh_CN", remember=False)
    panel = page.remedies_panel
    qtbot.waitUntil(lambda: panel.heading.text() == "出路并排比较")
    assert panel.table.horizontalHeaderItem(1).text() == "★ 立即还清"
    assert panel.column_texts()["repay-now"]["ends"] == "于 2025年4月10日 还清"
    assert panel.recommendation.text().startswith("推荐：立即还清")
    assert "¥3,189.00" in panel.recommendation.text()


def _export(page: CalculatorPage, qtbot, monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(CalculatorPage, "ask_save_path", classmethod(lambda *a: path))
    with qtbot.waitSignal(page.pdf_finished, timeout=30000):
        qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)


def _grid_codes(rec: record.CreditRecord) -> list[str]:
    return [m.code for m in record.grid(rec, rec.as_of)]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_take_home_summary_tells_the_whole_story(  # type: ignore[no-untyped-def]
    calc, qtbot, monkeypatch, tmp_path: Path, language: str
) -> None:
    context, _, page = calc
    if language != "en":
        context.set_language(language, remember=False)
        qtbot.waitUntil(lambda: page.pdf_title() == "逾期计算器：情景摘要")
        qtbot.waitUntil(lambda: page.remedies_panel.heading.text() == "出路并排比较")
    target = tmp_path / f"summary-{language}.pdf"
    _export(page, qtbot, monkeypatch, target)
    reader = PdfReader(target)
    pages = [" ".join(p.extract_text().split()) for p in reader.pages]
    text = "\n".join(pages)
    zh = language == "zh_CN"
    # Page numbers in the document's language, on every page.
    for i, page_text in enumerate(pages, start=1):
        footer = f"第 {i} 页，共 {len(pages)} 页" if zh else f"Page {i} of {len(pages)}"
        assert footer in page_text
    # The record drawn as a grid: the years, the twelve month names, the codes of each month.
    grid = page.record_panel.rec
    assert grid is not None
    for month in ("1月", "6月", "12月") if zh else ("Jan", "Jun", "Dec"):
        assert month in text
    assert "2025" in text and "2024" in text
    assert " ".join(c for c in _grid_codes(grid) if c != "/") in text
    # The remedies side by side, the recommendation, the next loan, the statement, the sources.
    for needle in (
        (
            "出路并排比较",
            "立即还清",
            "推荐",
            "¥6,769.50",
            "对你下一笔贷款的影响",
            "逐月账单",
            "假设与来源",
        )
        if zh
        else (
            "The way out, side by side",
            "Keep missing",
            "Recommended: Repay now",
            "¥6,769.50",
            "What it does to your next loan",
            "Statement, month by month",
            "Assumptions and sources",
            "hpgipv.com",
        )
    ):
        assert needle in text, needle
    # Nothing for the screen only: no link texts, no notes-file or strength marks.
    for absent in ("Learn why", "What the codes mean", "credit-rules", "[W]", "了解原因"):
        assert absent not in text
    # The grid's colours are painted (a fill per code colour in the page's drawing).
    content = b"".join(p.get_contents().get_data() for p in reader.pages)
    for code in ("1", "2", "3", "C"):
        red, green, blue = (int(code_colour(code)[i : i + 2], 16) / 255 for i in (1, 3, 5))
        assert f"{red:.4g} {green:.4g} {blue:.4g}".encode()[:4] in content
    if shutil.which("pdftoppm"):
        # And seen on an image of the page: cells in the colour of code 3 (61–90 days).
        prefix = tmp_path / "page"
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(target), str(prefix)], check=True)
        colour = code_colour("3")
        wanted = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
        found = 0
        for image_path in sorted(tmp_path.glob("page-*.png")):
            image = QImage(str(image_path))
            for y in range(0, image.height(), 2):
                for x in range(0, image.width(), 2):
                    c = image.pixelColor(x, y)
                    if max(abs(c.red() - wanted[0]), abs(c.green() - wanted[1]),
                           abs(c.blue() - wanted[2])) <= 6:  # fmt: skip
                        found += 1
        assert found > 20


def test_summary_has_no_hover_line_and_uses_the_last_valid_values(  # type: ignore[no-untyped-def]
    calc, qtbot, monkeypatch, tmp_path: Path
) -> None:
    _, _, page = calc
    page.cost_panel.chart.set_hover(2)
    assert page.cost_panel.chart.hover_line.get_visible()
    page.amount_edit.setText("3000a")  # a slip: the last valid result stays, and says so
    assert "Showing the last valid result (¥3,000.00," in page.status.text()
    target = tmp_path / "summary.pdf"
    drawn: list[bool] = []
    chart = page.cost_panel.chart

    def spy(event) -> None:  # type: ignore[no-untyped-def]
        if chart.canvas.is_saving():
            drawn.append(chart.hover_line.get_visible())

    chart.canvas.mpl_connect("draw_event", spy)
    _export(page, qtbot, monkeypatch, target)
    assert drawn and not any(drawn)  # the file was drawn without the pointer's line
    assert chart.hover_line.get_visible()  # and the screen keeps it
    text = " ".join(PdfReader(target).pages[0].extract_text().split())
    assert "¥3,000.00" in text and "3000a" not in text
    assert date.today().strftime("%Y") in text  # "Made on"


def test_print_lays_the_summary_out_as_the_pdf(calc, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """'Print summary…' prints the same pages on the printer chosen (here one that prints to a
    file, as a print dialog's "Print to file" does)."""
    from PySide6.QtPrintSupport import QPrinter

    _, _, page = calc
    target = tmp_path / "printed.pdf"

    def printer(cls, parent):  # type: ignore[no-untyped-def]
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(target))
        return chosen

    monkeypatch.setattr(CalculatorPage, "ask_printer", classmethod(printer))
    with qtbot.waitSignal(page.printed):
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    reader = PdfReader(target)
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "The way out, side by side" in text
    assert f"Page 1 of {len(reader.pages)}" in text
    assert page.status.text() == "Sent to the printer."
