"""The missed-payment calculator, used as a learner would use it."""

from __future__ import annotations

import csv
import json
import math
import re
from decimal import Decimal
from html import unescape
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from duewise.finance import borrowing, citations, consequences, products
from duewise.ui.calculator import parts
from duewise.ui.calculator.page import CalculatorPage


@pytest.fixture
def page(main_window, qtbot):  # type: ignore[no-untyped-def]
    context, window = main_window
    calc = window.show_page("calculator")
    qtbot.waitUntil(lambda: calc.result is not None)
    return context, window, calc


def choose_product(qtbot, calc: CalculatorPage, name: str) -> None:  # type: ignore[no-untyped-def]
    index = calc.product_box.findText(name)
    assert index >= 0, name
    calc.product_box.setCurrentIndex(index)


def test_default_state_is_a_meaningful_example(page) -> None:  # type: ignore[no-untyped-def]
    _, _, calc = page
    assert calc.product_box.currentText() == "JD Baitiao"
    assert calc.amount_edit.text() == "1000"
    assert [c.action for c in calc.cycle_choices()] == ["miss", "miss", "miss"]
    assert "more than paying on time" in calc.summary.text()


def test_learner_misses_three_baitiao_cycles(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, calc = page
    choose_product(qtbot, calc, "JD Baitiao")
    calc.amount_edit.clear()
    qtbot.keyClicks(calc.amount_edit, "2000")
    with qtbot.waitSignal(calc.result_changed):
        qtbot.mouseClick(calc.miss_one_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(calc.result_changed):
        qtbot.mouseClick(calc.miss_three_button, Qt.MouseButton.LeftButton)
    sim = calc.result.sim
    assert [r.missed for r in sim.rows[:3]] == [True, True, True]
    extra = sim.extra_cost
    assert extra > 0
    # the big number, in yuan
    assert calc.summary.text() == (f"This scenario costs ¥{extra:,.2f} more than paying on time.")
    # the chart's dashed line is the scenario: starts at the amount and grows while unpaid
    series = calc.chart.series()
    assert series["scenario"][0] == 2000.0
    assert series["scenario"][1] > 2000.0 and series["scenario"][2] > series["scenario"][1]
    assert series["on_time"][:2] == [2000.0, 0.0]
    assert [float(r.closing + r.payment) for r in sim.rows] == series["scenario"][: len(sim.rows)]
    # the record: 1-2-3, then settled; the 连三 flag with a link to its lesson
    codes = calc.record_grid.codes()
    assert "".join(codes).replace("/", "").startswith("123")
    assert "连三" in calc.flags_label.text()
    assert "lesson:how-long#lian-san-lei-liu" in calc.flags_label.text()
    # consequences: the collection ladder up to the report is reached, legal action is not
    lines = calc.consequence_lines()
    assert any(line.startswith("☑ Collection step 3") for line in lines)
    assert any(line.startswith("☐ Collection step 4") for line in lines)


def test_hovering_a_month_shows_its_statement_line(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, calc = page
    calc.chart.hovered.emit(1)
    assert "50 days past due" in calc.hover_label.text() or "days past due" in (
        calc.hover_label.text()
    )
    assert "record code 2" in calc.hover_label.text()
    calc.table.selectRow(0)
    assert "record code 1" in calc.hover_label.text()


def test_nonsense_amount_is_marked_at_the_field(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, _, calc = page
    before = calc.chart.series()
    calc.amount_edit.clear()
    with qtbot.waitSignal(calc.input_rejected):
        qtbot.keyClicks(calc.amount_edit, "lots")
    assert calc.amount_error.isVisible()
    assert calc.amount_error.text() == "Please enter a number, for example 1000."
    assert calc.chart.series() == before  # the chart keeps the last valid result
    context.set_language("zh_CN", remember=False)
    qtbot.waitUntil(lambda: calc.amount_error.text() == "请输入数字，例如 1000。")
    calc.amount_edit.clear()
    qtbot.keyClicks(calc.amount_edit, "-5")
    assert calc.amount_error.text() == "请输入大于零的金额。"
    calc.amount_edit.clear()
    qtbot.keyClicks(calc.amount_edit, "800")
    assert not calc.amount_error.isVisible()


def test_invalid_rate_is_marked_at_its_field(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, calc = page
    _, edit, _, error = calc._rate_fields["penalty_daily_rate"]
    edit.clear()
    qtbot.keyClicks(edit, "5")  # 5 % a day: beyond any real product
    assert error.isVisible() and error.text()
    edit.clear()
    qtbot.keyClicks(edit, "0.05")
    assert not error.isVisible()
    assert calc.result.product.penalty_daily_rate == Decimal("0.0005")


def test_language_switch_changes_labels(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, _, calc = page
    assert calc.miss_three_button.text() == "Miss three in a row"
    context.set_language("zh_CN", remember=False)
    qtbot.waitUntil(lambda: calc.title.text() == "逾期计算器")
    assert calc.title.text() == "逾期计算器"
    assert calc.miss_three_button.text() == "连续逾期三次"
    assert calc.product_box.currentText() == "京东白条"
    assert calc.summary.text().startswith("这个情景比按时还款多花 ¥")
    assert "连三" in calc.flags_label.text()
    assert calc.table_model.headers()[0] == "月份"


def test_save_and_reopen_a_scenario(page, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    context, _, calc = page
    calc.amount_edit.clear()
    qtbot.keyClicks(calc.amount_edit, "1500")
    qtbot.mouseClick(calc.minimum_only_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(CalculatorPage, "ask_text", classmethod(lambda *a: "my minimum"))
    qtbot.mouseClick(calc.save_button, Qt.MouseButton.LeftButton)
    stored = context.database.item_names(context.profile_id, "scenario")
    assert stored == ["my minimum"]
    qtbot.mouseClick(calc.miss_one_button, Qt.MouseButton.LeftButton)
    calc.amount_edit.clear()
    qtbot.keyClicks(calc.amount_edit, "10")
    monkeypatch.setattr(CalculatorPage, "ask_choice", classmethod(lambda *a: "my minimum"))
    with qtbot.waitSignal(calc.result_changed):
        qtbot.mouseClick(calc.open_button, Qt.MouseButton.LeftButton)
    assert calc.amount_edit.text() == "1500"
    assert calc.scenario_text() == "minimum:*"
    payload = json.loads(
        context.database.load_item(context.profile_id, "scenario", "my minimum") or "{}"
    )
    assert payload["scenario"] == "minimum:*" and payload["amount"] == "1500"


def test_user_copy_with_edited_terms(page, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, _, calc = page
    _, edit, _, _ = calc._rate_fields["penalty_daily_rate"]
    edit.clear()
    qtbot.keyClicks(edit, "0.05")
    monkeypatch.setattr(CalculatorPage, "ask_text", classmethod(lambda *a: "old rate"))
    qtbot.mouseClick(calc.copy_button, Qt.MouseButton.LeftButton)
    assert calc.product_box.currentText() == "My copy: old rate"
    assert calc.result.product.penalty_daily_rate == Decimal("0.0005")
    assert "Edited by you." in calc._rate_fields["penalty_daily_rate"][2].toolTip()
    choose_product(qtbot, calc, "JD Baitiao")
    assert calc.result.product.penalty_daily_rate == Decimal("0.0007")
    choose_product(qtbot, calc, "My copy: old rate")
    assert calc.result.product.penalty_daily_rate == Decimal("0.0005")


def test_rates_show_source_and_date(page) -> None:  # type: ignore[no-untyped-def]
    _, _, calc = page
    _, edit, info, _ = calc._rate_fields["penalty_daily_rate"]
    assert edit.text() == "0.07"
    assert "hpgipv.com" in info.toolTip() and "2025" in info.toolTip()
    assert info.accessibleName().startswith("Source of: Penalty fee rate")


def test_every_rate_tooltip_shows_the_presets_source_and_date_as_written(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The ⓘ shows each rule's source and date as the preset writes them (no cleaning)."""
    _, _, calc = page
    for pid in products.PRESET_IDS:
        product = calc._presets[pid]
        choose_product(qtbot, calc, product.name_en)
        assert calc._rate_fields, pid
        for key, (_, _, info, _) in calc._rate_fields.items():
            rule = product.rules[key]
            tip = info.toolTip().split("\n")
            assert tip[0] == f"Source: {rule.source}", (pid, key)
            assert tip[1] == f"As of: {parts.day_text(rule.as_of, 'en')}", (pid, key)
            for alt in rule.alternatives:
                assert f"{alt.source}, {parts.day_text(alt.as_of, 'en')})" in info.toolTip()
            assert not citations.findings(info.toolTip()), (pid, key)


def test_next_loan_and_consequence_sources_are_shown_as_written(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, calc = page
    qtbot.waitUntil(lambda: calc._assessment is not None)
    assessment = calc._assessment
    assert assessment is not None and assessment.sources
    shown = calc.next_loan_panel.sources.text()
    assert shown == "Sources: " + "; ".join(s for s in assessment.sources if s)
    assert not citations.findings(shown)
    label = calc.consequences_label.text()
    assert consequences.SOURCES["lost_promotions"].replace("'", "&#x27;") in label
    assert not citations.findings(label)


#: Words of the English sources that a Chinese sources line must not show.
ENGLISH_SOURCE_WORDS = (
    "industry",
    "rule of thumb",
    "regulation",
    "weak source",
    "illustrative",
    "shrinking",
    "as reproduced",
    "no figure",
)
#: Addresses and names a source line keeps in any language (a cited title a reader looks up).
KEPT_AS_WRITTEN = re.compile(
    r"[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org)\b(?:/[\w./-]*[\w/])?|FICO Banking Analytics Blog"
    r"|Consumer Credit Regulation|Credit Card Penalty Fees|ABA Banking Journal"
    r"|Uniform Retail Credit Classification and Account Management Policy",
    re.ASCII,
)


def _english_phrases(text: str) -> list[str]:
    """Runs of three or more English words left once addresses and cited names are removed."""
    return re.findall(r"[A-Za-z']+(?:[ ,]+[A-Za-z']+){2,}", KEPT_AS_WRITTEN.sub(" ", text))


def test_next_loan_sources_follow_the_interface_language(build_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    context, window = build_window(tmp_path / "data", "zh_CN")
    window.show()
    calc = window.show_page("calculator")
    qtbot.waitUntil(lambda: calc._assessment is not None)
    panel = calc.next_loan_panel
    refused = calc._assessment
    assert refused is not None and refused.reasons == (borrowing.Reason.LIAN_SAN_LEI_LIU,)
    shown = panel.sources.text()
    assert shown == "来源：" + "；".join(refused.sources_in("zh"))
    for address in (
        "qiyebaizhang.com.cn/z/54655.html",
        "1230539.com/news/9992.html",
        "10100.com/article/17320473",
    ):
        assert address in shown
    assert "连三累六" in shown
    assert not [w for w in ENGLISH_SOURCE_WORDS if w in shown.lower()], shown
    assert not _english_phrases(shown), shown
    # Three years on the loan is priced: the premium's source is in Chinese too.
    with qtbot.waitSignal(calc.next_loan_changed):
        calc.loan_month_edit.setDate(calc.loan_month_edit.date().addYears(3))
    priced = calc._assessment
    assert priced is not None and priced.outcome is borrowing.Outcome.APPROVE_HIGHER_RATE
    shown = panel.sources.text()
    assert shown == "来源：" + "；".join(priced.sources_in("zh")) and "示意" in shown
    assert not [w for w in ENGLISH_SOURCE_WORDS if w in shown.lower()], shown
    assert not _english_phrases(shown), shown
    # Switched to English, the line shows the sources as borrowing.toml writes them.
    context.set_language("en", remember=False)
    qtbot.waitUntil(lambda: panel.sources.text().startswith("Sources: "))
    assert panel.sources.text() == "Sources: " + "; ".join(priced.sources)
    assert "illustrative" in panel.sources.text()
    context.set_language("zh_CN", remember=False)
    qtbot.waitUntil(lambda: panel.sources.text().startswith("来源："))
    assert panel.sources.text() == shown


def _titles(html: str) -> list[str]:
    """The tooltips (``title`` attributes) of a rich-text label."""
    return [unescape(t) for t in re.findall(r'title="([^"]*)"', html)]


def test_rate_and_consequence_sources_follow_the_language(build_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """In Chinese the ⓘ of every rate, and every consequence's tooltip, show the Chinese texts
    (source_zh, note_zh, SOURCES_ZH); switched to English, they show the English ones again."""
    context, window = build_window(tmp_path / "data", "zh_CN")
    window.show()
    calc = window.show_page("calculator")
    qtbot.waitUntil(lambda: calc.result is not None)
    for pid in products.PRESET_IDS:
        product = calc._presets[pid]
        choose_product(qtbot, calc, product.name_zh)
        qtbot.waitUntil(lambda: calc.result is not None and calc.result.product.id == pid)  # noqa: B023
        assert calc._rate_fields, pid
        for key, (_, _, info, _) in calc._rate_fields.items():
            rule = product.rules[key]
            tip = info.toolTip()
            assert rule.source_zh and tip.split("\n")[0] == f"来源：{rule.source_zh}", (pid, key)
            assert rule.source not in tip, (pid, key)
            if rule.note:
                assert rule.note_zh and rule.note_zh in tip and rule.note not in tip, (pid, key)
            for alt in rule.alternatives:
                assert alt.source_zh and alt.source_zh in tip, (pid, key)
            assert not _english_phrases(tip), (pid, key, _english_phrases(tip))
            assert not citations.findings(tip), (pid, key)
        titles = _titles(calc.consequences_label.text())
        assert titles, pid
        for title in titles:
            assert title.startswith("来源："), (pid, title)
            assert not _english_phrases(title), (pid, _english_phrases(title))
        assert f"来源：{consequences.SOURCES_ZH['reminder']}" in titles
    # Switched to English, the tooltips show the sources as the presets write them.
    context.set_language("en", remember=False)
    us = calc._presets["us_mortgage"]
    qtbot.waitUntil(lambda: calc.product_box.currentText() == us.name_en)
    for key, (_, _, info, _) in calc._rate_fields.items():
        assert info.toolTip().split("\n")[0] == f"Source: {us.rules[key].source}"
    titles = _titles(calc.consequences_label.text())
    assert f"Source: {consequences.SOURCES['reminder']}" in titles
    assert all(title.startswith("Source: ") for title in titles)


def test_chinese_pdf_summary_sources(build_window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, window = build_window(tmp_path / "data", "zh_CN")
    window.show()
    calc = window.show_page("calculator")
    qtbot.waitUntil(lambda: calc.result is not None and calc._assessment is not None)
    pdf_path = tmp_path / "summary.pdf"
    monkeypatch.setattr(CalculatorPage, "ask_save_path", classmethod(lambda *a: pdf_path))
    with qtbot.waitSignal(calc.pdf_finished, timeout=20000):
        qtbot.mouseClick(calc.pdf_button, Qt.MouseButton.LeftButton)
    text = re.sub(r"\s", "", "".join(page.extract_text() for page in PdfReader(pdf_path).pages))
    product = calc.result.product
    shown = [key for key in product.rules if key in calc._rate_fields]
    assert shown
    for key in shown:
        rule = product.rules[key]
        assert rule.source_zh and re.sub(r"\s", "", rule.source_zh)[:30] in text, key
        assert re.sub(r"\s", "", rule.source)[:30] not in text, key
    assert "asreproducedat" not in text and "undatedreproduction" not in text


def test_us_card_shows_dollars_and_us_marks(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, calc = page
    choose_product(qtbot, calc, calc._presets["us_card"].name_en)
    calc.cycles_spin.setValue(4)
    for _, combo, _ in calc._cycle_rows:
        combo.setCurrentIndex(combo.findData("miss"))
    assert "$" in calc.summary.text() and "¥" not in calc.summary.text()
    codes = [c for c in calc.record_grid.codes() if c != "/"]
    assert "30" in codes and "60" in codes
    assert "US lender" in calc.record_heading.text()


def test_next_loan_panel(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, calc = page
    qtbot.waitUntil(lambda: calc._assessment is not None)
    assert calc.loan_outcome.text().endswith("Likely refused")  # 连三 on the report
    series = calc.loan_chart.series()
    assert series["refused"] and series["refused"][0] == 0.0
    finite = [v for v in series["extra"] if not math.isnan(v)]
    assert finite and finite[0] >= finite[-1]  # the extra cost shrinks as the record ages
    later = calc.loan_month_edit.date().addYears(3)
    with qtbot.waitSignal(calc.next_loan_changed):
        calc.loan_month_edit.setDate(later)
    assert "higher rate" in calc.loan_outcome.text() or "clean-record" in calc.loan_outcome.text()
    assert "Illustration only" in calc.loan_illustrative.text()
    calc.loan_amount_edit.clear()
    qtbot.keyClicks(calc.loan_amount_edit, "x")
    qtbot.waitUntil(calc.loan_amount_error.isVisible)


def test_rule_links_open_lessons(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, _, calc = page
    with qtbot.waitSignal(context.navigate_requested) as blocker:
        calc.flags_label.linkActivated.emit("lesson:how-long#lian-san-lei-liu")
    assert blocker.args == ["learn", {"lesson": "how-long", "section": "lian-san-lei-liu"}]


def test_open_with_from_a_lesson(page) -> None:  # type: ignore[no-untyped-def]
    context, window, calc = page
    window.show_page("learn")
    context.navigate(
        "calculator",
        {
            "product": "cn_bank_card",
            "amount": "5000",
            "scenario": "miss:2",
            "then": "negotiate",
            "start": "2025-03",
        },
    )
    assert window.current_page_id() == "calculator"
    assert calc.result.product.id == "cn_bank_card"
    assert calc.result.sim.start.isoformat() == "2025-03-01"
    assert calc.scenario_text() == "miss,miss then negotiate:12"
    calc.open_with({"scenario": "nonsense"})
    assert calc.scenario_error.isVisible()


def test_exports(page, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    context, _, calc = page
    paths = iter([tmp_path / "c.png", tmp_path / "c.svg", tmp_path / "s.csv"])
    monkeypatch.setattr(CalculatorPage, "ask_save_path", classmethod(lambda *a: next(paths)))
    qtbot.mouseClick(calc.png_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(calc.svg_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(calc.csv_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "c.png").read_bytes().startswith(b"\x89PNG")
    assert b"<svg" in (tmp_path / "c.svg").read_bytes()
    raw = (tmp_path / "s.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][0] == "Month" and rows[0][-1] == "Record code"
    assert [r[-1] for r in rows[1:4]] == ["1", "2", "3"]
    assert rows[1][2] == "1000.00"  # plain numbers, no grouping or symbol

    context.set_language("zh_CN", remember=False)
    qtbot.waitUntil(lambda: calc.pdf_title() == "逾期计算器：情景摘要")
    pdf_path = tmp_path / "summary.pdf"
    monkeypatch.setattr(CalculatorPage, "ask_save_path", classmethod(lambda *a: pdf_path))
    with qtbot.waitSignal(calc.pdf_finished, timeout=20000):
        qtbot.mouseClick(calc.pdf_button, Qt.MouseButton.LeftButton)
    text = PdfReader(pdf_path).pages[0].extract_text()
    assert "逾期计算器：情景摘要" in text
    assert "京东白条" in text
    assert calc.pdf_button.isEnabled() and not calc.busy.isVisible()


def test_typing_an_amount_rescales_the_axis_without_a_full_redraw(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Each keystroke moves the money axis (1 → 10 → 100 …): only the data and the painted tick
    labels change; matplotlib does not draw the whole figure again (DESIGN.md: 30 ms)."""
    _, _, calc = page
    chart = calc.chart
    calc.amount_edit.clear()
    qtbot.keyClicks(calc.amount_edit, "5")
    qtbot.wait(100)  # any pending redraw happens
    full_draws = chart.full_draws
    for key in "600":
        with qtbot.waitSignal(calc.result_changed):
            qtbot.keyClicks(calc.amount_edit, key)
    assert calc.amount_edit.text() == "5600"
    assert chart.full_draws == full_draws  # the placeholder "8,888" is wide enough for "7,000"
    labels = chart.tick_labels(chart.ax_owed.yaxis)
    assert labels[0] == "0" and len(labels) == 6
    top = float(labels[-1].replace(",", ""))
    assert max(chart.series()["scenario"]) <= top < 2 * max(chart.series()["scenario"])
    assert chart.tick_labels(chart.ax_owed.xaxis)[0] == "0"
    # A label wider than the room kept for it lays the figure out once more, then no longer.
    qtbot.keyClicks(calc.amount_edit, "0")
    qtbot.wait(100)
    assert chart.full_draws == full_draws + 1
    top = chart.tick_labels(chart.ax_owed.yaxis)[-1]
    assert len(top) == 6 and float(top.replace(",", "")) >= max(chart.series()["scenario"])
    qtbot.keyClick(calc.amount_edit, Qt.Key.Key_Backspace)
    qtbot.wait(100)
    assert chart.full_draws == full_draws + 1  # the room kept only grows


def test_exported_chart_has_real_tick_labels(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """On screen Qt paints the tick labels; files get matplotlib's own, and the screen is back
    to painted labels afterwards."""
    _, _, calc = page
    chart = calc.chart
    seen: list[str] = []

    def spy(event) -> None:  # type: ignore[no-untyped-def]
        if chart.canvas.is_saving():
            seen.extend(t.get_text() for t in chart.ax_owed.yaxis.get_ticklabels())

    cid = chart.canvas.mpl_connect("draw_event", spy)
    calc.export_png(tmp_path / "chart.png")
    chart.canvas.mpl_disconnect(cid)
    assert seen[:6] == chart.tick_labels(chart.ax_owed.yaxis)
    assert (tmp_path / "chart.png").read_bytes().startswith(b"\x89PNG")
    overlay = chart.owed_ticks
    assert not overlay.exporting
    assert overlay.axis.get_ticklabels()[0].get_text() in ("", overlay.placeholder)
    chart.draw_now()
    assert {t.get_text() for t in chart.ax_owed.yaxis.get_ticklabels()} == {overlay.placeholder}


def test_pointing_at_the_chart_shows_that_months_statement(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The mouse over the owed chart picks the month under it (the data are drawn scaled to the
    axes, so the month comes from the axis range)."""
    from PySide6.QtCore import QPoint

    _, window, calc = page
    window.resize(1280, 820)
    chart = calc.chart
    chart.draw_now()
    qtbot.wait(50)
    axes = chart.ax_owed
    month = 2
    x, y = axes.transData.transform((month / chart.x_max, 0.5))
    ratio = chart.canvas.device_pixel_ratio
    point = QPoint(round(x / ratio), round((chart.figure.bbox.height - y) / ratio))
    with qtbot.waitSignal(chart.hovered) as hovered:
        qtbot.mouseMove(chart.canvas, point)
    assert hovered.args == [month]
    assert calc.hover_label.text() == calc.statement_line(month)
