"""The calculator's form behaves (#18 point 4) and trusts only checked input (#14): fields read
through ``finance.forms``, errors worded by the one catalogue at the field, a plan that is still
running never called "paid", and other pages opening exactly their scenario."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QComboBox, QLineEdit, QScrollArea, QStyle, QStyleOptionComboBox

from duewise import formatting
from duewise.finance import planner, planner_debts, what_if
from duewise.finance.schedules import MinimumPayment
from duewise.ui.calculator.page import CalculatorPage

#: Text a user (or a paste) may put into any field: none of it may raise in the event loop.
HOSTILE = (
    "",
    " ",
    "abc",
    "-5",
    "0",
    "1e-25",
    "1e400",
    "99999999999999999999",
    "9" * 5000,
    "²",
    "٣",
    "2,5",
    "1,0,0,0",
    "0.001",
    "NaN",
    "Infinity",
    "1/0",
    "=1+1",
    "%",
    "１２",
    "\u202e12",
)


@pytest.fixture
def calc(main_window, qtbot):  # type: ignore[no-untyped-def]
    context, window = main_window
    window.resize(1280, 820)
    page = window.show_page("calculator")
    qtbot.waitUntil(lambda: page.result is not None)
    return context, window, page


def _settle(page: CalculatorPage) -> None:
    """Run the deferred work (the next loan, the remedies) now instead of when keys pause."""
    page._deferred_timer.stop()
    page._on_deferred_timer_timeout()


# --- #14: every field validates before the engine; the catalogue words it ----------------------


def test_a_next_loan_rate_of_99999999999999999999_is_a_field_message(calc, qtbot) -> None:  # type: ignore[no-untyped-def]
    """It raised an uncaught MoneyError in the event loop on every edit; the loan's fields are
    now read by ``forms.validate_next_loan`` (a fraction of a cent was priced as a loan)."""
    context, _, page = calc
    _settle(page)
    page.loan_amount_edit.setText("0.001")
    _settle(page)
    assert page.loan_amount_error.text() == (
        "An amount has at most two decimal places (whole cents)."
    )
    page.loan_amount_edit.setText("150000")
    page.loan_rate_edit.setText("99999999999999999999")
    _settle(page)
    assert page.loan_rate_error.isVisible()
    assert page.loan_rate_error.text() == "This rate is too high (at most 100 %)."
    context.set_language("zh_CN", remember=False)
    _settle(page)
    assert page.loan_rate_error.text() == "利率过高（最多 100%）。"


def test_an_amount_over_the_limit_names_it_with_digit_groups(calc, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, _, page = calc
    page.amount_edit.setText("99999999999")
    assert page.amount_error.text() == "This is too large (at most 10,000,000,000)."
    page.amount_edit.setText("1,0,0,0")
    assert page.amount_error.text().startswith("A comma only separates thousands")
    page.amount_edit.setText("0.001")
    assert page.amount_error.text() == "An amount has at most two decimal places (whole cents)."
    context.set_language("zh_CN", remember=False)
    qtbot.waitUntil(lambda: page.amount_error.text() == "金额最多只能有两位小数（精确到分）。")
    page.amount_edit.setText("99999999999")
    assert page.amount_error.text() == "数值过大（最多 10,000,000,000）。"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_hostile_text_in_every_field_never_raises(calc, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    """Every line edit of the page, every hostile text: a message or a result, no exception
    (pytest-qt fails the test on an exception in a slot)."""
    context, _, page = calc
    context.set_language(language, remember=False)
    # Part payments and the plan fields have their line edits too.
    page.scenario_editor.cycles_spin.setValue(2)
    combo = page._cycle_rows[1][1]
    combo.setCurrentIndex(combo.findData("partial"))
    page.remedies_panel.second_check.setChecked(True)
    edits = [e for e in page.findChildren(QLineEdit) if e.isEnabled() and e.isVisibleTo(page)]
    assert len(edits) >= 10
    for edit in edits:
        original = edit.text()
        for text in HOSTILE:
            edit.setText(text)
            _settle(page)
        edit.setText(original)
    _settle(page)
    assert page.result is not None


# --- #18 point 4: the form behaves ------------------------------------------------------------


def _cut(box: QComboBox) -> list[str]:
    """Items whose text does not fit the closed box's text field (as its style lays it out)."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    metrics = box.fontMetrics()
    return [
        box.itemText(i)
        for i in range(box.count())
        if metrics.horizontalAdvance(box.itemText(i)) > field.width()
    ]


def test_english_combo_boxes_are_wide_enough_also_after_a_live_switch(calc, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, _, page = calc
    boxes = [page.then_box, *[combo for _, combo, _ in page._cycle_rows], page.product_box]
    qtbot.wait(10)
    assert not [_cut(box) for box in boxes if _cut(box)]
    # "Pay nothing (m…", "Negotiate an instalment p…" were cut; and after 中文 → English again.
    context.set_language("zh_CN", remember=False)
    qtbot.waitUntil(lambda: page.then_box.itemText(0) == "一次还清全部欠款")
    context.set_language("en", remember=False)
    qtbot.waitUntil(lambda: page.then_box.itemText(2) == "Negotiate an instalment plan")
    qtbot.waitUntil(lambda: not [_cut(box) for box in boxes if _cut(box)])


def test_a_field_error_does_not_move_the_form(calc, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = calc
    below = [page.start_edit, page.miss_one_button, page.then_box, page.reset_terms_button]
    before = [w.mapTo(page, QPoint(0, 0)) for w in below]
    page.amount_edit.setText("lots")
    qtbot.waitUntil(page.amount_error.isVisible)
    qtbot.wait(10)  # the layout runs
    assert [w.mapTo(page, QPoint(0, 0)) for w in below] == before
    page.amount_edit.setText("1000")
    _, edit, _, error = page._rate_fields["penalty_daily_rate"]
    edit.setText("5")  # 5 % a day: refused at its field
    qtbot.waitUntil(error.isVisible)
    qtbot.wait(10)
    assert page.reset_terms_button.mapTo(page, QPoint(0, 0)) == before[3]


def test_the_last_valid_result_is_named_with_its_values(calc, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = calc
    page.amount_edit.setText("2500")
    assert page.result.sim.amount == Decimal("2500")
    page.amount_edit.setText("25000x")  # a slip
    assert page.status.text() == (
        "Showing the last valid result (¥2,500.00, Pay nothing (miss) ×3; after that: Catch up: "
        "pay everything owed) until the input is fixed."
    )
    assert page.result.sim.amount == Decimal("2500")
    assert "¥2,500.00" in page.summary_text() or page.result.extra_cost > 0


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_monthly_table_fits_without_a_sideways_scroll_bar(calc, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    context, _, page = calc
    context.set_language(language, remember=False)
    page.open_with({"product": "cn_bank_card", "amount": "88000", "scenario": "miss:3"})
    scroll = page.findChild(QScrollArea)
    scroll.ensureWidgetVisible(page.table)
    qtbot.waitUntil(page.table.isVisible)
    qtbot.wait(20)
    table = page.table
    assert table.horizontalScrollBar().maximum() == 0
    assert page.table_model.headers()[1] in ("Due date", "还款日")  # hidden, kept in the CSV
    assert table.isColumnHidden(1)
    tip = page.table_model.data(page.table_model.index(0, 0), 3)  # ToolTipRole
    assert formatting.day(page.result.sim.rows[0].due_date, language) in tip


# --- #14: a plan still running is "in a negotiated plan until …", never "paid on" ---------------


def test_a_plan_still_running_is_never_called_paid(calc, qtbot) -> None:  # type: ignore[no-untyped-def]
    _, _, page = calc
    page.open_with(
        {
            "product": "cn_bank_card",
            "amount": "10000",
            "scenario": "miss:3",
            "then": "negotiate",
            "start": "2026-01",
        }
    )
    page.scenario_editor.months_spin.setValue(10)  # the 12-month plan runs to month 15
    sentence = page.record_panel.timeline_sentence(page.result.rec)
    assert not re.search(r"\bpaid on\b", sentence)
    assert "in a negotiated plan until Mar 26, 2027" in sentence
    assert "until Apr 26, 2026, when the plan was agreed" in sentence
    page.scenario_editor.months_spin.setValue(0)  # automatic: the plan runs its course
    sentence = page.record_panel.timeline_sentence(page.result.rec)
    assert "paid off with the plan's last instalment on Mar 26, 2027" in sentence


# --- #14: other pages open exactly their scenario ---------------------------------------------


@pytest.mark.parametrize(
    "inputs",
    [
        {"product_id": "cn_jd_baitiao", "amount": Decimal("1000"), "scenario": "miss:1",
         "then": "catch-up", "days_late": 1},
        {"product_id": "cn_bank_card", "amount": Decimal("10000"), "scenario": "minimum",
         "annual_rate": Decimal("0.185")},
        {"product_id": "us_card", "amount": Decimal("1200"), "scenario": "minimum",
         "annual_rate": Decimal("0.2")},
        {"product_id": "cn_jd_baitiao", "amount": Decimal("1000"), "scenario": "miss:2",
         "then": "negotiate", "months": 6},
    ],
)  # fmt: skip
def test_open_with_a_lessons_parameters_leads_with_the_blocks_figure(calc, inputs) -> None:  # type: ignore[no-untyped-def]
    _, _, page = calc
    params = what_if.calculator_params(**inputs)
    page.open_with(params)
    block = what_if.evaluate_params(params)
    money = formatting.money(block.cost, block.currency, "en")
    assert money in page.summary.text()
    assert page.result.headline_cost == block.cost


def test_a_lessons_one_day_late_shows_0_70_not_21_70(calc) -> None:  # type: ignore[no-untyped-def]
    _, _, page = calc
    page.open_with(
        {"product": "cn_jd_baitiao", "amount": "1000", "scenario": "miss:1", "then": "catch-up",
         "days_late": "1"}
    )  # fmt: skip
    assert page.summary.text() == "Paying ¥1,000.00 one day late costs ¥0.70."
    assert page.scenario_editor.days_late_spin.value() == 1


def test_the_planners_car_loan_opens_as_an_instalment_loan(calc) -> None:  # type: ignore[no-untyped-def]
    """¥80,000 at 4.5 % paying ¥2,400 on custom terms: 罚息 on one instalment, not a card."""
    _, _, page = calc
    car = planner.Debt(
        "car", Decimal("80000"), Decimal("0.045"), MinimumPayment.fixed(Decimal("2400"))
    )
    setup = planner_debts.missed_payment_setup(car, None, "CNY")
    page.open_with({**setup.calculator_params, "start": "2025-01"})
    name = page._presets["cn_personal_loan"].name_en
    assert page.product_box.currentText() == f"Your debt's own terms ({name})"
    assert page.result.product.kind.value == "loan"
    assert page._rate_fields["annual_rate"][1].text() == "4.5"
    assert page._rate_fields["term_months"][1].text() == "36"
    assert page.result.extra_cost == setup.simulate((2025, 1)).extra_cost < 20
    assert "Penalty interest (罚息)" in page.breakdown.text()
