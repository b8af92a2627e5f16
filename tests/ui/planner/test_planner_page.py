"""The repayment planner as a learner uses it: typing debts, budgets, strategies, exports."""

from __future__ import annotations

import csv
import datetime as dt
import json
from decimal import Decimal

import icalendar
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget

from duewise import formatting
from duewise.finance import planner, planner_tools
from duewise.finance.planner import Strategy
from duewise.ui.planner import models
from duewise.ui.planner.page import EXAMPLE_ROWS, STRATEGY_ORDER, PlannerPage

D = Decimal


@pytest.fixture
def page_en(main_window, qtbot):  # type: ignore[no-untyped-def]
    context, window = main_window
    page = window.show_page("planner")
    window.activateWindow()
    qtbot.waitExposed(window)
    return context, window, page


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _type_cell(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    editor = _focused()
    if hasattr(editor, "selectAll"):
        editor.selectAll()
    if text:
        qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def _add_debt_by_typing(qtbot, page: PlannerPage, values: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+N, then type name, (keep product), balance, APR, (keep daily), min %, min ≥, due day."""
    qtbot.keyClick(page.add_button, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    name, balance, apr, min_percent, min_floor, due = values
    _type_cell(qtbot, name)
    _type_cell(qtbot, "")  # product: keep "Custom terms"
    _type_cell(qtbot, balance)
    _type_cell(qtbot, apr)
    _type_cell(qtbot, "")  # daily rate: shown from the APR
    _type_cell(qtbot, min_percent)
    _type_cell(qtbot, min_floor)
    editor = _focused()
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, due)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Return commits through a queued call, then the editor closes.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.debts_view)
    assert page.debts_model.rows[-1].due_day == due


def _set_budget(qtbot, page: PlannerPage, text: str) -> None:  # type: ignore[no-untyped-def]
    page.budget_edit.selectAll()
    qtbot.keyClick(page.budget_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(page.budget_edit, text)


def _strategy_cells(page: PlannerPage) -> list[list[str]]:
    table = page.strategy_table
    return [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]


def _engine(page: PlannerPage, budget: str) -> planner.Comparison:
    debts = page.debts_model.debts()
    return planner.compare(debts, D(budget), order=[d.name for d in debts])


TYPED = [
    ["Card", "8000", "18.25", "10", "1", "26"],
    ["Huabei", "3000", "10.9", "10", "1", "10"],
    ["Loan", "20000", "10.9", "0", "931.23", "21"],
]


def _type_three_debts(qtbot, page: PlannerPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.clear_example_button, Qt.MouseButton.LeftButton)
    assert page.debts_model.rowCount() == 0
    for values in TYPED:
        _add_debt_by_typing(qtbot, page, values)


def test_opens_with_a_marked_example(page_en) -> None:  # type: ignore[no-untyped-def]
    _, _, page = page_en
    assert tuple(page.debts_model.rows) == EXAMPLE_ROWS
    assert page.example_frame.isVisible()
    assert "example" in page.example_label.text()
    cells = _strategy_cells(page)
    assert cells[0][0].startswith("★ Avalanche")
    assert "recommended" in cells[0][0]
    assert page.recommendation.text().startswith("Recommended: Avalanche")
    assert not page.shortfall_frame.isVisible()


def test_type_three_debts_set_budget_and_match_the_engine(page_en, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = page_en
    _type_three_debts(qtbot, page)
    rows = page.debts_model.rows
    assert [r.name for r in rows] == ["Card", "Huabei", "Loan"]
    assert rows[0] == models.DebtRow("Card", "custom", "8000", "18.25", "10", "1", "26")
    assert page.debts_errors.isHidden()
    # The daily rate is shown both ways.
    daily = page.debts_model.index(0, models.COL_DAILY).data()
    assert daily == "0.0500%"
    with qtbot.waitSignal(page.plan_changed):
        _set_budget(qtbot, page, "3000")
    comparison = _engine(page, "3000")
    cells = _strategy_cells(page)
    for r, strategy in enumerate(STRATEGY_ORDER):
        result = comparison.results[strategy]
        assert cells[r][2] == formatting.money(result.total_interest, "CNY", "en")
        assert cells[r][3] == formatting.money(result.total_paid, "CNY", "en")
        assert f"({result.months} months)" in cells[r][1]
    assert comparison.recommended is Strategy.AVALANCHE
    # The chart shows the same run: total balance after each month.
    _, ys = page.chart.strategy_data("avalanche")
    totals = [float(t[2]) for t in comparison.results[Strategy.AVALANCHE].totals]
    assert ys[1:] == pytest.approx(totals)
    assert ys[0] == pytest.approx(31000.0)
    # The schedule and each debt's payoff month.
    avalanche = comparison.results[Strategy.AVALANCHE]
    assert page.schedule_model.rowCount() == avalanche.months
    assert page.schedule_model.index(0, 2).data() == formatting.money(D("3000"), "CNY", "en")
    for name, month in avalanche.payoff_months.items():
        assert f"{name}: paid off in" in page.payoff_text.text()
        assert f"(month {month})" in page.payoff_text.text()


def test_reorder_for_a_custom_plan(page_en, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = page_en
    view = page.debts_view
    view.setFocus()
    view.setCurrentIndex(page.debts_model.index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert page.order() == ["个人贷款", "白条", "银行信用卡"]
    custom = _engine(page, "2500").results[Strategy.CUSTOM]
    row = STRATEGY_ORDER.index(Strategy.CUSTOM)
    assert page.strategy_table.item(row, 2).text() == formatting.money(
        custom.total_interest, "CNY", "en"
    )
    # Choosing the custom row shows its plan.
    page.strategy_table.setCurrentCell(row, 0)
    assert page.shown is Strategy.CUSTOM
    assert "Your order" in page.plan_heading.text()
    # Dragging rows reorders them too (the model's drop handler).
    model = page.debts_model
    data = model.mimeData([model.index(2, 0)])
    assert isinstance(data, QMimeData)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert page.order() == ["银行信用卡", "个人贷款", "白条"]
    # One undo brings the order back.
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.order() == ["个人贷款", "白条", "银行信用卡"]


def test_short_budget_warns_and_shows_the_feasible_budget(page_en, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, _, page = page_en
    _set_budget(qtbot, page, "1500")
    assert page.shortfall_frame.isVisible()
    debts = page.debts_model.debts()
    need = planner_tools.feasible_budget(debts, order=page.order())
    assert need == D("2031.23")
    money = formatting.money(need, "CNY", "en")
    assert money in page.feasible_text.text()
    assert "¥531.23 short" in page.shortfall_text.text()
    assert page.overdue_text.text().startswith("个人贷款 would go overdue first")
    assert "costs about" in page.overdue_text.text()
    assert "36 months" in page.negotiate_text.text()
    assert "No strategy works yet" in page.recommendation.text()
    # The calculator opens pre-filled.
    with qtbot.waitSignal(context.navigate_requested) as blocker:
        qtbot.mouseClick(page.calculator_button, Qt.MouseButton.LeftButton)
    shortfall = page._first_shortfall()
    start = page.month_date(shortfall.month)
    assert blocker.args == [
        "calculator",
        {
            "product": "cn_personal_loan",
            "amount": "20000",
            "scenario": "miss:1",
            "then": "catch-up",
            "start": f"{start:%Y-%m}",
        },
    ]
    # The remedy fixes it.
    window_page = page
    window_page.use_budget_button.click()
    assert page.budget_edit.text() == "2031.23"
    assert not page.shortfall_frame.isVisible()


def test_negotiating_another_debt(page_en, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = page_en
    _set_budget(qtbot, page, "1900")
    page.negotiate_box.setCurrentIndex(page.negotiate_box.findData("银行信用卡"))
    page.negotiate_box.activated.emit(page.negotiate_box.currentIndex())
    assert page.negotiation is not None and page.negotiation.name == "银行信用卡"
    assert "from ¥800.00 to ¥222.22" in page.negotiate_text.text()
    assert "debt-free by" in page.negotiate_text.text()


def test_bad_input_is_shown_and_the_last_plan_stays(page_en, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = page_en
    before = _strategy_cells(page)
    view = page.debts_view
    view.setFocus()
    view.setCurrentIndex(page.debts_model.index(0, models.COL_BALANCE))
    qtbot.keyClick(view, Qt.Key.Key_A)  # any key opens the editor with that key typed
    qtbot.keyClicks(_focused(), "bc")
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.debts_model.rows[0].balance == "abc")
    assert "Row 1 (白条), Balance: Enter a number" in page.debts_errors.text()
    index = page.debts_model.index(0, models.COL_BALANCE)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Enter a number, such as 1200.50."
    assert _strategy_cells(page) == before
    _set_budget(qtbot, page, "x")
    assert page.budget_error.text() == "Enter a number, such as 2500."
    assert _strategy_cells(page) == before


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("2,5", "Commas only between thousands: 1,000.50 or 1000.50."),
        ("1,0,0,0", "Commas only between thousands: 1,000.50 or 1000.50."),
        ("10²", "Use the digits 0–9."),
    ],
)
def test_a_bad_number_in_a_debt_cell_says_why_as_the_budget_does(  # type: ignore[no-untyped-def]
    page_en, typed: str, said: str
) -> None:
    """A balance of ``2,5`` was only "Enter a number" in the table while the budget field said
    why: the table reads a debt by the one rule (``planner_tools.read_debt``), with its codes."""
    _, _, page = page_en
    index = page.debts_model.index(0, models.COL_BALANCE)
    page.debts_model.setData(index, typed, Qt.ItemDataRole.EditRole)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == said
    page.budget_edit.setText(typed)
    assert page.budget_error.text() == said


def test_delete_with_the_key_and_undo(page_en, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = page_en
    view = page.debts_view
    view.setFocus()
    view.selectRow(1)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [r.name for r in page.debts_model.rows] == ["白条", "个人贷款"]
    assert "Ctrl+Z" in page.status.text()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tuple(page.debts_model.rows) == EXAMPLE_ROWS
    # Insert adds a row too, and the new row's empty cells are flagged.
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    assert page.debts_model.rowCount() == 4
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)
    assert "Row 4 (Debt 4), Balance: Required." in page.debts_errors.text()


def test_paste_and_csv_import_with_preview(page_en, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, _, page = page_en
    seen: list[list[planner_tools.ImportRow]] = []

    def preview(cls, parent, rows):  # type: ignore[no-untyped-def]
        seen.append(rows)
        return True

    monkeypatch.setattr(PlannerPage, "confirm_import", classmethod(preview))
    QApplication.clipboard().setText(
        "Name\tBalance\tAPR\tMin %\tMin\tDay\n"
        "Car loan\t12000\t6\t0\t500\t5\nBad\tabc\t5\t10\t0\t3\n"
    )
    page.debts_view.setFocus()
    qtbot.keyClick(page.debts_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(seen[0]) == 2
    assert seen[0][1].errors == (("balance", "not_a_number"),)
    assert page.debts_model.rows[-1] == models.DebtRow(
        "Car loan", "custom", "12000", "6", "0", "500", "5"
    )
    source = tmp_path / "debts.csv"
    source.write_text("name,balance,apr,min,floor\n花呗,1000,15,10,1\n白条,5,5,10,0\n", "utf-8-sig")
    monkeypatch.setattr(PlannerPage, "ask_open_path", classmethod(lambda cls, *a: source))
    page.import_button.click()
    assert seen[1][1].errors == (("name", "duplicate_name"),)
    assert page.debts_model.rows[-1].name == "花呗"
    assert page.status.text() == "Added 1 debt(s)."


def test_lump_sum_shortens_the_plan(page_en, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = page_en
    before = page.comparison.results[Strategy.AVALANCHE].months  # type: ignore[union-attr]
    page.lump_month_edit.setDate(page.start_edit.date().addMonths(2))
    qtbot.keyClicks(page.lump_amount_edit, "10000")
    qtbot.keyClick(page.lump_amount_edit, Qt.Key.Key_Return)
    assert page.lumps == {3: D("10000")}
    assert page.lump_list.count() == 1 and "(month 3)" in page.lump_list.item(0).text()
    after = page.comparison.results[Strategy.AVALANCHE].months  # type: ignore[union-attr]
    assert after is not None and before is not None and after < before
    debts = page.debts_model.debts()
    expected = planner.compare(debts, D("2500"), lump_sums={3: D("10000")}, order=page.order())
    assert after == expected.results[Strategy.AVALANCHE].months


def test_exports_csv_ics_pdf(page_en, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _, _, page = page_en
    targets = {
        "csv": tmp_path / "plan.csv",
        "ics": tmp_path / "plan.ics",
        "pdf": tmp_path / "p.pdf",
    }

    def ask(cls, parent, title, suggested, filter_text):  # type: ignore[no-untyped-def]
        return targets[suggested.rsplit(".", 1)[1]]

    monkeypatch.setattr(PlannerPage, "ask_save_path", classmethod(ask))
    result = page.comparison.results[page.shown]  # type: ignore[union-attr]
    expected_rows = sum(len(raw[0]) for raw in result.raw_months)

    with qtbot.waitSignal(page.export_finished) as blocker:
        page.csv_button.click()
    assert blocker.args == ["csv", str(targets["csv"])]
    with targets["csv"].open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == [
        "Month",
        "Due date",
        "Debt",
        "Payment",
        "Interest",
        "Principal",
        "Balance after",
    ]
    assert len(rows) - 1 == expected_rows
    first = result.schedule[0].debts[0]
    assert rows[1][2:] == [
        first.name,
        str(first.payment),
        str(first.interest),
        str(first.principal),
        str(first.balance),
    ]

    with qtbot.waitSignal(page.export_finished):
        page.ics_button.click()
    calendar = icalendar.Calendar.from_ical(targets["ics"].read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == expected_rows
    start = page.month_date(1)
    assert events[0]["DTSTART"].dt == start.replace(day=10)  # 白条's due day
    assert str(events[0]["SUMMARY"]).startswith("Pay 白条: ¥")
    alarm = events[0].walk("VALARM")[0]
    assert alarm["TRIGGER"].dt == dt.timedelta(days=-2)
    assert len({str(e["UID"]) for e in events}) == expected_rows

    with qtbot.waitSignal(page.export_finished, timeout=20000) as blocker:
        page.pdf_button.click()
        assert page.progress.isVisible()
    assert blocker.args[0] == "pdf"
    assert not page.progress.isVisible()
    text = " ".join("".join(p.extract_text() for p in PdfReader(targets["pdf"]).pages).split())
    assert "Repayment plan" in text
    assert "Avalanche" in text and "个人贷款" in text
    assert "Debt-free by" in text


def test_pdf_in_chinese(build_window, tmp_path, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, window = build_window(tmp_path / "data", "zh_CN")
    window.show()
    page = window.show_page("planner")
    target = tmp_path / "计划.pdf"
    monkeypatch.setattr(PlannerPage, "ask_save_path", classmethod(lambda cls, *a: target))
    with qtbot.waitSignal(page.export_finished, timeout=20000):
        page.pdf_button.click()
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "还款计划" in text
    assert "雪崩法" in text and "总利息" in text


def test_save_and_reopen_plans_by_name(page_en, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, _, page = page_en
    page.plan_name_box.setFocus()
    qtbot.keyClicks(page.plan_name_box.lineEdit(), "My plan")
    qtbot.keyClick(page.plan_name_box, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.status.text() == "Saved the plan “My plan”."
    saved = json.loads(context.database.load_item(context.profile_id, "plan", "My plan"))
    assert saved["budget"] == "2500" and len(saved["debts"]) == 3
    _set_budget(qtbot, page, "2800")
    page.plan_name_box.setEditText("Second")
    page.save_button.click()
    assert context.database.item_names(context.profile_id, "plan") == ["Second", "My plan"]
    page.plan_name_box.setEditText("My plan")
    page.open_button.click()
    assert page.budget_edit.text() == "2500"
    assert page.status.text() == "Opened the plan “My plan”."
    page.delete_plan_button.click()
    assert context.database.item_names(context.profile_id, "plan") == ["Second"]


def test_record_payments_and_replan(page_en, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, _, page = page_en
    result = page.comparison.results[page.shown]  # type: ignore[union-attr]
    asked: list[list[tuple[str, Decimal]]] = []

    def ask(cls, parent, planned, currency, language):  # type: ignore[no-untyped-def]
        asked.append(planned)
        paid = dict(planned)
        paid["银行信用卡"] = D("100")  # less than the minimum
        return paid

    monkeypatch.setattr(PlannerPage, "ask_payments", classmethod(ask))
    start = page.start_edit.date()
    page.record_button.click()
    assert [name for name, _ in asked[0]] == list(result.names)
    assert page.start_edit.date() == start.addMonths(1)
    first = result.schedule[0]
    loan_after = next(r.balance for r in first.debts if r.name == "个人贷款")
    assert page.debts_model.rows[2].balance == str(loan_after)
    assert "Below the minimum (overdue): 银行信用卡" in page.status.text()


def test_minimum_payment_warning_boxes(page_en) -> None:  # type: ignore[no-untyped-def]
    """A box only where paying just the minimum takes longer and costs more than 3 years: the
    example's 10 % minimums repay sooner and cheaper (87 months but ¥9,434 < ¥10,448), a 2 %
    card does not."""
    _, _, page = page_en
    assert not [label for label in page.warning_labels if not label.isHidden()]
    assert page.warnings_frame.isHidden()
    rows = [
        *page.debts_model.rows,
        models.DebtRow("5 % card", "custom", "10000", "18.25", "5", "50"),
    ]
    page.debts_model.apply(rows, "add")
    visible = [label for label in page.warning_labels if not label.isHidden()]
    assert len(visible) == 1
    text = visible[0].text()
    assert "Minimum payment warning: 5 % card" in text
    assert "in about 7 years and 6 months (90 months)" in text
    assert "in 3 years" in text


def test_strategy_help_on_f1_and_hover(page_en, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = page_en
    table = page.strategy_table
    table.setFocus()
    table.setCurrentCell(1, 0)
    qtbot.keyClick(table, Qt.Key.Key_F1)
    assert page.strategy_help.text().startswith("Pay every minimum, then clear the smallest")
    assert table.item(3, 0).toolTip().startswith("Pay only the minimums")


def test_keyboard_tab_order(page_en, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = page_en
    page.add_button.setFocus()
    order = []
    for _ in range(9):
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
        order.append(_focused())
    assert order[:8] == [
        page.delete_button,
        page.up_button,
        page.down_button,
        page.paste_button,
        page.import_button,
        page.undo_button,
        page.debts_view,
        page.budget_edit,
    ] or order[:7] == [  # the undo button is skipped while there is nothing to undo
        page.delete_button,
        page.up_button,
        page.down_button,
        page.paste_button,
        page.import_button,
        page.debts_view,
        page.budget_edit,
    ]
    for widget in (page.add_button, page.debts_view, page.budget_edit, page.strategy_table):
        assert widget.accessibleName()


def test_long_plans_scale_through_the_model(page_en, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = page_en
    rows = [
        models.DebtRow(f"D{i}", "custom", "5000", str(5 + i / 2), "2", "10", "10")
        for i in range(20)
    ]
    page.debts_model.apply(rows, "many")
    _set_budget(qtbot, page, "2000")
    page.strategy_table.setCurrentCell(STRATEGY_ORDER.index(Strategy.MINIMUM_ONLY), 0)
    result = page.comparison.results[page.shown]  # type: ignore[union-attr]
    assert page.schedule_model.rowCount() == len(result.raw_months) > 300
    assert page.schedule_model.columnCount() == 5 + 3 * 20
    last = page.schedule_model.rowCount() - 1
    page.schedule_view.scrollToBottom()
    assert page.schedule_model.index(last, 1).data() == page.month_text(last + 1)


def test_chinese_interface(build_window, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, window = build_window(tmp_path / "data", "zh_CN")
    window.show()
    page = window.show_page("planner")
    assert page.title.text() == "还款计划"
    assert page.debts_model.headerData(3, Qt.Orientation.Horizontal) == "年化利率 %"
    assert page.debts_model.index(1, 1).data() == "银行信用卡（典型）"
    cells = _strategy_cells(page)
    assert cells[0][0].startswith("★ 雪崩法")
    assert cells[0][2] == formatting.money(
        page.comparison.results[Strategy.AVALANCHE].total_interest,  # type: ignore[union-attr]
        "CNY",
        "zh_CN",
    )
    assert page.recommendation.text().startswith("推荐：雪崩法")
    _set_budget(qtbot, page, "1500")
    assert page.shortfall_heading.text() == "你的预算不够还最低还款额"
    assert "¥2,031.23" in page.feasible_text.text()
    # Live switch back to English.
    context.set_language("en", remember=False)
    qtbot.waitUntil(lambda: page.title.text() == "Repayment planner")
    assert page.shortfall_heading.text() == "Your budget does not cover the minimum payments"


def test_an_edit_redraws_only_the_data_and_looks_like_a_full_draw(page_en, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Axis limits move in whole steps, so a small budget change keeps them: the chart then
    draws only its data over the kept background (blitting), and the picture is the same as
    matplotlib's own full drawing of the figure."""
    import io

    _, _, page = page_en
    chart = page.chart
    chart.draw_now()
    blits, full_draws = chart.blits, chart.full_draws
    limits = [(axes.get_xlim(), axes.get_ylim()) for axes in chart.figure.axes]
    page.budget_edit.setFocus()
    page.budget_edit.setSelection(len(page.budget_edit.text()) - 1, 1)
    with qtbot.waitSignal(page.plan_changed):
        qtbot.keyClicks(page.budget_edit, "9")  # 2500 → 2509
    assert page.budget_edit.text() == "2509"
    assert [(axes.get_xlim(), axes.get_ylim()) for axes in chart.figure.axes] == limits
    assert (chart.blits, chart.full_draws) == (blits + 1, full_draws)
    _, ys = chart.strategy_data("avalanche")
    totals = [float(t[2]) for t in _engine(page, "2509").results[Strategy.AVALANCHE].totals]
    assert ys[1:] == pytest.approx(totals)
    screen = bytes(chart.canvas.buffer_rgba())
    raw = io.BytesIO()
    figure = chart.figure
    figure.savefig(raw, format="rgba", dpi=figure.dpi, facecolor=figure.get_facecolor())
    assert raw.getvalue() == screen
    # A larger budget ends the plan years sooner: the month axis of the plan gets new tick
    # labels (painted by Qt), the limits and the background stay, and it is still matplotlib's
    # picture.
    months_before = chart.tick_labels(chart.plan_axes.xaxis)
    blits, full_draws = chart.blits, chart.full_draws
    page.budget_edit.setSelection(0, 1)
    with qtbot.waitSignal(page.plan_changed):
        qtbot.keyClicks(page.budget_edit, "3")  # 2509 → 3509
    assert chart.tick_labels(chart.plan_axes.xaxis) != months_before
    assert chart.tick_labels(chart.plan_axes.xaxis)[0] == "0"
    assert [(axes.get_xlim(), axes.get_ylim()) for axes in chart.figure.axes] == limits
    assert (chart.blits, chart.full_draws) == (blits + 1, full_draws)
    screen = bytes(chart.canvas.buffer_rgba())
    raw = io.BytesIO()
    figure.savefig(raw, format="rgba", dpi=figure.dpi, facecolor=figure.get_facecolor())
    assert raw.getvalue() == screen
