"""The planner's estimates agree with the calculator and the lessons (#14, the page side): a debt
is simulated as what it is, a preset row carries the preset's terms, the minimum-payment box
appears only where the minimum really is a trap, recording a short payment charges its late fee,
and the money fields are read through ``finance.forms``. Each test failed before its fix."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from duewise import formatting
from duewise.finance import planner, planner_debts, planner_tools, products
from duewise.finance.schedules import MinimumPayment
from duewise.ui.planner import models
from duewise.ui.planner.page import PlannerPage

D = Decimal
CAR = models.DebtRow("车贷", models.CUSTOM, "80000", "4.5", "0", "2400", "10")


@pytest.fixture
def planner_page(main_window, qtbot):  # type: ignore[no-untyped-def]
    context, window = main_window
    page = window.show_page("planner")
    qtbot.waitUntil(lambda: page.comparison is not None)
    return context, window, page


def _rows(page: PlannerPage, rows: list[models.DebtRow], budget: str) -> None:
    page.debts_model.apply(rows, "test")
    page.budget_edit.setText(budget)


def test_a_custom_car_loan_short_of_budget_is_an_instalment_loan(  # type: ignore[no-untyped-def]
    planner_page, qtbot
) -> None:
    """¥80,000 at 4.5 % paying ¥2,400: one missed instalment costs its 罚息 (about ¥14), not the
    ¥2,640 of a bank card with the whole balance; the calculator opens on that loan."""
    context, window, page = planner_page
    _rows(page, [CAR], "1000")
    assert page.shortfall_frame.isVisible()
    car = planner.Debt("车贷", D("80000"), D("0.045"), MinimumPayment.fixed(D("2400")))
    setup = planner_debts.missed_payment_setup(car, None, "CNY")
    shortfall = page._first_shortfall()
    start = page.month_date(shortfall.month)
    expected = setup.simulate((start.year, start.month)).extra_cost
    assert expected < 20
    text = page.overdue_text.text()
    assert f"costs about {formatting.money(expected, 'CNY', 'en')} more" in text
    assert "penalty interest on the overdue instalment" in text
    assert "¥2,6" not in text
    with qtbot.waitSignal(context.navigate_requested) as blocker:
        qtbot.mouseClick(page.calculator_button, Qt.MouseButton.LeftButton)
    page_id, params = blocker.args
    assert page_id == "calculator"
    assert params["product"] == "cn_personal_loan"
    assert params["terms"] == {"annual_rate": "4.5", "term_months": "36"}
    assert window.current_page_id() == "calculator"
    calc = window.show_page("calculator")
    assert calc.result.product.kind.value == "loan"
    assert calc.result.product.annual_rate == D("0.045")
    assert calc.result.extra_cost == expected
    assert formatting.money(expected, "CNY", "en") in calc.summary.text()


def test_a_huabei_row_paid_in_full_costs_no_interest(planner_page) -> None:  # type: ignore[no-untyped-def]
    """花呗 on its preset: a 100 % minimum and a 13.57 % carried-balance rate; paid in full in
    its first month it costs nothing (the planner charged ¥16.96)."""
    _, _, page = planner_page
    row = page.debts_model.with_product(models.DebtRow("花呗", balance="3000"), "cn_huabei")
    _rows(page, [row], "3000")
    debt = page.debts_model.debts()[0]
    assert debt.interest_free_if_paid and debt.minimum.rate == 1
    for result in page.comparison.results.values():
        assert result.total_interest == 0
        assert result.months == 1
    assert page.strategy_table.item(0, 2).text() == "¥0.00"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_minimum_box_only_where_it_is_a_trap_worded_in_years_and_months(  # type: ignore[no-untyped-def]
    planner_page, qtbot, language: str
) -> None:
    context, _, page = planner_page
    context.set_language(language, remember=False)
    huabei = page.debts_model.with_product(models.DebtRow("花呗", balance="3000"), "cn_huabei")
    card = models.DebtRow("5 % card", models.CUSTOM, "10000", "18.25", "5", "50", "10")
    _rows(page, [huabei, card], "3000")
    boxes = [label.text() for label in page.warning_labels if not label.isHidden()]
    assert len(boxes) == 1  # none for 花呗: its minimum is the whole statement
    assert "5 % card" in boxes[0] and "花呗" not in boxes[0]
    if language == "en":
        assert "in about 7 years and 6 months (90 months)" in boxes[0]
        assert "0 years" not in boxes[0]
    else:
        assert "约 7 年零 6 个月（90 个月）" in boxes[0]
        assert "0 年" not in boxes[0]


def test_recording_a_short_card_payment_adds_its_late_fee(planner_page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The example's bank card paid ¥100 against its minimum: its 违约金 (5 % of the unpaid
    minimum, at least ¥30, CGB) is shown and added to its balance; it was only marked overdue."""
    _, _, page = planner_page
    paid: dict[str, Decimal] = {}

    def ask(cls, parent, planned, currency, language):  # type: ignore[no-untyped-def]
        paid.update(planned)
        paid["银行信用卡"] = D("100")
        return dict(paid)

    monkeypatch.setattr(PlannerPage, "ask_payments", classmethod(ask))
    debts = page.debts_model.debts()
    page.record_button.click()
    expected = planner_tools.record_month(
        debts, paid, {"银行信用卡": products.load_preset("cn_bank_card")}
    )
    fee = expected.late_charges["银行信用卡"]
    assert fee >= 30
    money = formatting.money(fee, "CNY", "en")
    assert f"Late charges added to the balance: 银行信用卡 {money}." in page.status.text()
    after = next(r for r in page.debts_model.rows if r.name == "银行信用卡")
    left = next(d.balance for d in expected.debts if d.name == "银行信用卡")
    assert D(after.balance) == left


def test_the_money_fields_are_read_through_the_forms(planner_page, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A fraction of a cent was a budget; every refusal is worded by the catalogue."""
    _, _, page = planner_page
    for text, message in (
        ("0.001", "At most two decimal places."),
        ("1,0,0", "Commas only between thousands: 1,000.50 or 1000.50."),
        ("²", "Use the digits 0–9."),
        ("99999999999999999999", "Too large: at most 10,000,000,000."),
    ):
        page.budget_edit.setText(text)
        assert page.budget_error.isVisible()
        assert page.budget_error.text() == message
    page.budget_edit.setText("2500")
    assert not page.budget_error.isVisible()
    page.lump_amount_edit.setText("0.001")
    page.lump_add_button.click()
    assert page.lump_error.text() == "At most two decimal places."


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_hostile_text_in_every_planner_field_never_raises(  # type: ignore[no-untyped-def]
    planner_page, monkeypatch, language: str
) -> None:
    """Every line edit, every cell of the debts table and a pasted table: a message, never an
    exception (a due day of "²" or of 5,000 digits crashed the table's undo command)."""
    context, _, page = planner_page
    monkeypatch.setattr(PlannerPage, "confirm_import", classmethod(lambda cls, parent, rows: True))
    context.set_language(language, remember=False)
    hostile = ("", "abc", "-5", "1e400", "99999999999999999999", "9" * 5000, "²", "2,5",
               "1,0,0,0", "0.001", "NaN", "=1+1", "１２")  # fmt: skip
    edits = [e for e in page.findChildren(QLineEdit) if e.isEnabled() and e.isVisibleTo(page)]
    assert len(edits) >= 3
    for edit in edits:
        original = edit.text()
        for text in hostile:
            edit.setText(text)
        edit.setText(original)
    model = page.debts_model
    for column in range(1, models.COLUMNS):
        for text in hostile:
            model.setData(model.index(1, column), text)
        model.undo_stack.undo()
    page.lump_amount_edit.setText("²")
    page.lump_add_button.click()
    for table in ("a,100,10,10,0,²", "b,100,10,10,0," + "9" * 5000, "c,²,10,10,0,10"):
        page.import_text(table)
    page.budget_edit.setText("2500")
    assert page.comparison is not None
