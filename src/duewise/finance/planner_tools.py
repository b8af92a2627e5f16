"""What the repayment planner page needs around :mod:`duewise.finance.planner`.

Pure helpers, additive to the planner engine:

- :func:`preset_terms`: the planner terms (APR, minimum rule) a product preset implies.
- :func:`feasible_budget`: the smallest monthly budget that covers every minimum, every month.
- :func:`negotiated_plan`: what converting one debt into a negotiated instalment plan
  (个性化分期 / hardship plan) would do to the whole plan.
- :func:`record_month`: one month of actual payments, giving the real balances to re-plan from.
- :func:`parse_debt_table`: debts pasted from a spreadsheet or read from CSV, row by row, with a
  code for every problem (the UI words it).
- :func:`overdue_cost`: what missing one payment on a debt and then catching up costs.

>>> from duewise.finance.schedules import MinimumPayment
>>> card = planner.Debt("card", Decimal("8000"), Decimal("0.1825"), MinimumPayment(Decimal("0.1")))
>>> feasible_budget([card])
Decimal('800.00')
>>> n = negotiated_plan([card], Decimal("300"), "card", 36)
>>> n.payment, n.comparison.results[planner.Strategy.AVALANCHE].feasible
(Decimal('222.22'), True)
"""

from __future__ import annotations

import csv
import enum
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from duewise.finance import instalments, missed, penalties, planner, products
from duewise.finance.money import (
    CENT,
    HUNDRED,
    MAX_AMOUNT,
    MAX_ANNUAL_RATE,
    ZERO,
    MoneyError,
    charge,
    check_amount,
    check_count,
    check_rate,
    from_cents,
    round_money,
    to_cents,
    to_decimal,
)
from duewise.finance.rates import MONTHS_PER_YEAR
from duewise.finance.schedules import MinimumPayment, annuity_payment

#: Months of the instalment plan used to price carrying a BNPL balance (白条/花呗 分期).
BNPL_PRICING_PERIODS = 12
#: A percent-only minimum never reaches zero (10 % of ¥0.04 rounds to ¥0.00): the planner pays a
#: balance below one yuan or dollar in full (an assumption; lenders' small-balance rules vary).
SMALL_BALANCE_FLOOR = Decimal(1)
#: Loans entered from a preset without a term left are spread over this many months.
DEFAULT_LOAN_MONTHS = 12
_PAYING = (planner.Strategy.AVALANCHE, planner.Strategy.SNOWBALL, planner.Strategy.CUSTOM)


class RateBasis(enum.Enum):
    """Where a preset's planner APR comes from (the UI explains it)."""

    CONTRACT = "contract"  # the card's or loan's own rate (日利率 × 365 for Chinese cards)
    INSTALMENT_FEE = "instalment_fee"  # BNPL: the true rate of a 12-period 分期 of the balance
    NONE = "none"  # the preset has no rate for a carried balance


@dataclass(frozen=True)
class PresetTerms:
    """Planner terms for a debt on a product preset.

    Attributes:
        annual_rate: APR as a fraction.
        minimum: the minimum-payment rule (a fixed instalment for loans).
        basis: where ``annual_rate`` comes from.
        card_like: the minimum is a share of the balance (a statement's warning box may apply:
            :func:`duewise.finance.planner_debts.minimum_payment_warning` decides).
        interest_free_if_paid: BNPL: a month paid in full costs no interest
            (:attr:`duewise.finance.planner.Debt.interest_free_if_paid`).
    """

    product_id: str
    annual_rate: Decimal
    minimum: MinimumPayment
    basis: RateBasis
    card_like: bool
    interest_free_if_paid: bool = False

    def debt(self, name: str, balance: Decimal) -> planner.Debt:
        """The planner debt of ``balance`` on these terms."""
        return planner.Debt(
            name, balance, self.annual_rate, self.minimum, self.interest_free_if_paid
        )


def preset_terms(
    product: products.Product, balance: Decimal, months_left: int | None = None
) -> PresetTerms:
    """The APR and minimum rule a preset implies for ``balance`` in the planner.

    - Cards: the preset's APR (a Chinese 日利率 × 365) and its minimum rule (10 % in China).
    - BNPL (白条, 花呗): no interest in a month paid in full (``interest_free_if_paid``); a
      carried balance is priced at the true simple APR of a 12-period 分期 (PBOC 〔2021〕第3号),
      with the preset's minimum rule.
    - Loans and mortgages: the contract APR and the 等额本息 instalment over ``months_left``
      (default: the preset's term) as a fixed monthly payment.

    >>> terms = preset_terms(products.load_preset("cn_jd_baitiao"), Decimal("3000"))
    >>> terms.annual_rate, terms.minimum.rate, terms.basis.value
    (Decimal('0.109'), Decimal('0.10'), 'instalment_fee')
    >>> loan = preset_terms(products.load_preset("cn_personal_loan"), Decimal("20000"), 24)
    >>> loan.annual_rate, loan.minimum.floor
    (Decimal('0.109'), Decimal('931.23'))
    """
    check_amount(balance, "balance")
    kind = product.kind
    if kind in (products.ProductKind.LOAN, products.ProductKind.MORTGAGE):
        months = months_left or product.term_months or DEFAULT_LOAN_MONTHS
        check_count(months, "months_left")
        payment = annuity_payment(balance, product.annual_rate / MONTHS_PER_YEAR, months)
        return PresetTerms(
            product.id,
            product.annual_rate,
            MinimumPayment.fixed(payment),
            RateBasis.CONTRACT,
            card_like=False,
        )
    floor = product.minimum_payment_floor
    if product.minimum_payment_rate < 1:
        floor = max(floor, SMALL_BALANCE_FLOOR)
    minimum = MinimumPayment(product.minimum_payment_rate, floor)
    rate, basis = product.annual_rate, RateBasis.CONTRACT
    if kind is products.ProductKind.BNPL:
        plan: instalments.InstalmentPlan | None = None
        if product.instalment_monthly_fee_rate:
            plan = instalments.flat_fee_plan(
                balance, BNPL_PRICING_PERIODS, product.instalment_monthly_fee_rate
            )
        elif product.instalment_fees:
            periods = (
                BNPL_PRICING_PERIODS
                if BNPL_PRICING_PERIODS in product.instalment_fees
                else max(product.instalment_fees)
            )
            plan = instalments.fee_table_plan(balance, periods, product.instalment_fees)
        if plan is not None:
            rate, basis = plan.true_rate.apr_simple / HUNDRED, RateBasis.INSTALMENT_FEE
        elif not rate:
            basis = RateBasis.NONE
    return PresetTerms(
        product.id,
        rate,
        minimum,
        basis,
        card_like=minimum.rate > 0,
        interest_free_if_paid=kind is products.ProductKind.BNPL,
    )


def _paying_feasible(
    debts: Sequence[planner.Debt],
    *,
    budget: Decimal,
    extra: Decimal,
    lump_sums: Mapping[int, Decimal],
    order: Sequence[str] | None,
    horizon: int,
) -> bool:
    return all(
        planner.plan(
            debts, budget, s, extra=extra, lump_sums=lump_sums, order=order, horizon=horizon
        ).feasible
        for s in _PAYING
    )


def feasible_budget(
    debts: Sequence[planner.Debt],
    *,
    extra: Decimal = ZERO,
    lump_sums: Mapping[int, Decimal] | None = None,
    order: Sequence[str] | None = None,
    horizon: int = planner.HORIZON_MONTHS,
) -> Decimal:
    """The smallest budget (to the cent) at which avalanche, snowball and custom are all feasible.

    It is at least the first month's minimums (less the extra and any month-1 lump sum); when
    minimums rise later (a minimum below the interest), the budget is found by bisection on
    cents: a larger budget never leaves a larger balance, so feasibility only improves.

    >>> from duewise.finance.schedules import MinimumPayment
    >>> d = planner.Debt("loan", Decimal("1000"), Decimal("0"), MinimumPayment.fixed(Decimal(90)))
    >>> feasible_budget([d], extra=Decimal("40"))
    Decimal('50.00')
    """
    lumps = dict(lump_sums or {})
    first_need = 0
    owed_total = 0
    for debt in debts:
        interest = charge(debt.balance, debt.annual_rate, per=MONTHS_PER_YEAR)
        owed = debt.balance + interest
        first_need += to_cents(debt.minimum.due(debt.balance, owed))
        owed_total += to_cents(owed)
    low = max(0, first_need - to_cents(extra) - to_cents(lumps.get(1, ZERO)))

    def feasible(cents: int) -> bool:
        return _paying_feasible(
            debts,
            budget=from_cents(cents),
            extra=extra,
            lump_sums=lumps,
            order=order,
            horizon=horizon,
        )

    if feasible(low):
        # The estimate is usually the answer. It can be a cent or so high when a balance is not
        # a whole number of cents (the planner rounds balances to cents first): then search
        # below it, with -1 standing for "infeasible".
        if low == 0 or not feasible(low - 1):
            return from_cents(low)
        low, high = -1, low - 1
    else:
        # Paying everything owed in month 1 is always feasible.
        high = max(low + 1, owed_total)
    # Bisection on cents: a larger budget never leaves a larger balance, so feasibility only
    # improves with the budget.
    while high - low > 1:
        middle = (low + high) // 2
        if feasible(middle):
            high = middle
        else:
            low = middle
    return from_cents(high)


@dataclass(frozen=True)
class NegotiatedPlan:
    """One debt turned into an instalment plan, and the whole plan after it.

    Attributes:
        name: the debt negotiated.
        months: the plan's length.
        payment: the regular monthly payment of the negotiated plan.
        total_fee: its fees (0 when no fee is charged).
        minimum_before: that debt's minimum in month 1 before negotiating.
        comparison: every strategy on the new set of debts.
        feasible_budget: the budget that covers every minimum after negotiating.
    """

    name: str
    months: int
    payment: Decimal
    total_fee: Decimal
    minimum_before: Decimal
    comparison: planner.Comparison
    feasible_budget: Decimal

    @property
    def feasible(self) -> bool:
        """Whether the budget covers every minimum once the plan is agreed."""
        return self.comparison.reason is not planner.RecommendationReason.BUDGET_BELOW_MINIMUMS


def negotiated_plan(
    debts: Sequence[planner.Debt],
    budget: Decimal,
    name: str,
    months: int = 36,
    monthly_fee_rate: Decimal = ZERO,
    *,
    extra: Decimal = ZERO,
    lump_sums: Mapping[int, Decimal] | None = None,
    order: Sequence[str] | None = None,
    horizon: int = planner.HORIZON_MONTHS,
) -> NegotiatedPlan:
    """What a negotiated instalment plan (个性化分期) on debt ``name`` would do.

    The debt's balance becomes ``months`` equal payments with no further interest, plus an
    optional flat monthly fee on the converted amount (the same assumption as the missed-payment
    simulation's ``negotiate``; real terms vary by lender). The other debts are unchanged.

    Raises:
        MoneyError: ``unknown_debt`` when no debt has that name, or on invalid input.
    """
    check_count(months, "months", maximum=horizon)
    check_rate(monthly_fee_rate, "monthly_fee_rate", maximum=Decimal("0.1"))
    index = next((i for i, d in enumerate(debts) if d.name == name), None)
    if index is None:
        raise MoneyError("unknown_debt", param="name", value=name)
    debt = debts[index]
    plan = instalments.flat_fee_plan(debt.balance, months, monthly_fee_rate)
    converted = replace(
        debt,
        balance=debt.balance + plan.total_fee,
        annual_rate=ZERO,
        minimum=MinimumPayment.fixed(plan.regular_payment),
    )
    new_debts = [converted if i == index else d for i, d in enumerate(debts)]
    owed = debt.balance + charge(debt.balance, debt.annual_rate, per=MONTHS_PER_YEAR)
    lumps = dict(lump_sums or {})
    return NegotiatedPlan(
        name=name,
        months=months,
        payment=plan.regular_payment,
        total_fee=plan.total_fee,
        minimum_before=debt.minimum.due(debt.balance, owed),
        comparison=planner.compare(
            new_debts, budget, extra=extra, lump_sums=lumps, order=order, horizon=horizon
        ),
        feasible_budget=feasible_budget(
            new_debts, extra=extra, lump_sums=lumps, order=order, horizon=horizon
        ),
    )


@dataclass(frozen=True)
class RecordedMonth:
    """A month of actual payments applied to the debts.

    Attributes:
        debts: the debts still owed afterwards, with their real balances (same order).
        repaid: names of the debts the payments cleared.
        interest: the month's interest per debt.
        below_minimum: debts paid less than their minimum (they are overdue).
        late_charges: the 违约金 / late fee / 罚息 each debt paid below its minimum was charged,
            by its product's rules (only debts whose product is known); included in the balance.
        overpaid: money paid beyond what a debt owed (not applied).
    """

    debts: tuple[planner.Debt, ...]
    repaid: tuple[str, ...]
    interest: dict[str, Decimal]
    below_minimum: tuple[str, ...]
    overpaid: Decimal
    late_charges: dict[str, Decimal] = field(default_factory=dict)


#: Days a payment below the minimum stays unpaid until the next month's record (for the daily
#: charges: 白条/花呗 违约金, loan 罚息).
RECORD_DAYS_LATE = 30


def late_charge_for_shortfall(
    product: products.Product, minimum_due: Decimal, paid: Decimal, days: int = RECORD_DAYS_LATE
) -> Decimal:
    """What paying ``paid`` against ``minimum_due`` costs by the product's late-charge rule.

    - card 违约金 (CGB): 5 % of the unpaid part of the minimum, at least ¥30
      (:func:`penalties.card_late_fee`, a first miss);
    - US card: the §1026.52(b)(1)(ii) safe-harbor fee, capped at the minimum due;
    - 白条/花呗: the daily 违约金 on the unpaid amount for ``days``;
    - loans: 罚息 on the unpaid instalment for ``days``; a percent-of-instalment fee.
    """
    unpaid = minimum_due - paid
    if unpaid <= 0:
        return ZERO.quantize(CENT)
    kind = product.late_charge_kind
    if kind is products.LateChargeKind.CARD_FEE:
        return penalties.card_late_fee(
            unpaid,
            1,
            rate=product.late_fee_rate,
            rate_repeat=product.late_fee_rate_repeat,
            repeat_after=product.late_fee_repeat_after_cycles,
            minimum=product.late_fee_minimum,
        )
    if kind is products.LateChargeKind.FLAT_FEE:
        return penalties.us_late_fee(
            minimum_due, False, first=product.late_fee_first, repeat_fee=product.late_fee_repeat
        )
    if kind is products.LateChargeKind.DAILY_SIMPLE:
        return penalties.daily_simple_penalty(
            unpaid, days, product.penalty_daily_rate, product.penalty_daily_minimum
        )
    if kind is products.LateChargeKind.PENALTY_RATE:
        return penalties.loan_penalty_interest(
            unpaid, days, product.annual_rate, product.penalty_rate_multiplier
        )
    return charge(unpaid, product.late_fee_rate)


def record_month(
    debts: Sequence[planner.Debt],
    paid: Mapping[str, Decimal],
    products_by_debt: Mapping[str, products.Product] | None = None,
) -> RecordedMonth:
    """Apply one month of real payments, in the planner's order: interest first, then payment.

    A debt missing from ``paid`` was paid nothing. A debt paid below its minimum is overdue; when
    its product is in ``products_by_debt`` the late charge its rules give
    (:func:`late_charge_for_shortfall`) is added to its balance.

    >>> from duewise.finance.schedules import MinimumPayment
    >>> d = planner.Debt("card", Decimal("1000"), Decimal("0.12"), MinimumPayment(Decimal("0.1")))
    >>> r = record_month([d], {"card": Decimal("50")})
    >>> r.debts[0].balance, r.interest["card"], r.below_minimum
    (Decimal('960.00'), Decimal('10.00'), ('card',))
    >>> card = products.load_preset("cn_bank_card")
    >>> r = record_month([d], {"card": Decimal("50")}, {"card": card})
    >>> r.late_charges["card"], r.debts[0].balance
    (Decimal('30.00'), Decimal('990.00'))
    """
    names = {d.name for d in debts}
    for name, amount in paid.items():
        if name not in names:
            raise MoneyError("unknown_debt", param="paid", value=name)
        check_amount(amount, "paid", allow_zero=True)
    known = products_by_debt or {}
    after: list[planner.Debt] = []
    repaid: list[str] = []
    below: list[str] = []
    interest: dict[str, Decimal] = {}
    late: dict[str, Decimal] = {}
    overpaid = ZERO
    for debt in debts:
        interest_charge = charge(debt.balance, debt.annual_rate, per=MONTHS_PER_YEAR)
        owed = debt.balance + interest_charge
        payment = round_money(paid.get(debt.name, ZERO))
        if payment > owed:
            overpaid += payment - owed
            payment = owed
        minimum_due = debt.minimum.due(debt.balance, owed)
        if debt.interest_free_if_paid and payment >= debt.balance:
            interest_charge, owed = ZERO.quantize(CENT), debt.balance  # paid in full: no interest
            overpaid += max(payment - owed, ZERO)
            payment = min(payment, owed)
        interest[debt.name] = interest_charge
        left = owed - payment
        if payment < minimum_due:
            below.append(debt.name)
            product = known.get(debt.name)
            if product is not None:
                late[debt.name] = late_charge_for_shortfall(product, minimum_due, payment)
                left += late[debt.name]
        if left > 0:
            after.append(replace(debt, balance=left))
        else:
            repaid.append(debt.name)
    return RecordedMonth(tuple(after), tuple(repaid), interest, tuple(below), overpaid, late)


# --- pasted and imported debts ---------------------------------------------------------------

#: Columns of a pasted or imported table, in order (the last three may be left out).
IMPORT_COLUMNS = ("name", "balance", "apr", "min_percent", "min_floor", "due_day", "product")
DEFAULT_DUE_DAY = 10


@dataclass(frozen=True)
class ImportedDebt:
    """One debt read from a table row (rates as fractions)."""

    name: str
    balance: Decimal
    annual_rate: Decimal
    min_rate: Decimal
    min_floor: Decimal
    due_day: int
    product_id: str | None


@dataclass(frozen=True)
class ImportRow:
    """One row of the source: the debt it gives, or its problems as ``(column, code)``.

    Codes: ``missing``, ``not_a_number`` (or the number reader's reason: ``ambiguous_comma``,
    ``bad_grouping``, ``not_ascii_digits``, ``number_too_long``, ``too_many_digits``,
    ``too_many_places``), ``must_be_positive``, ``must_not_be_negative``, ``rate_too_high``,
    ``min_too_high``, ``too_large``, ``bad_day``, ``no_minimum``, ``unknown_product``,
    ``duplicate_name``.
    """

    line: int
    cells: tuple[str, ...]
    debt: ImportedDebt | None
    errors: tuple[tuple[str, str], ...]


def _looks_like_header(cells: Sequence[str]) -> bool:
    if len(cells) < 2:
        return False
    try:
        to_decimal(cells[1].replace("%", ""))
    except MoneyError:
        return True
    return False


def _number(text: str, column: str, errors: list[tuple[str, str]]) -> Decimal | None:
    """The number in a cell (a ``%`` allowed), or its problem with the number reader's own code
    (``ambiguous_comma`` for ``2,5``, ``not_ascii_digits`` for ``10²`` …), as every field says."""
    try:
        value = to_decimal(text.replace("%", "").strip())
    except MoneyError as exc:
        errors.append((column, "not_a_number" if exc.code == "missing" else exc.code))
        return None
    return value


#: Limits of a debt as typed (the APR and the minimum in percent).
MAX_APR_PERCENT = MAX_ANNUAL_RATE * HUNDRED
MAX_MINIMUM_PERCENT = HUNDRED
MAX_DUE_DAY = 28


def _checked(
    text: str,
    column: str,
    errors: list[tuple[str, str]],
    *,
    allow_zero: bool,
    maximum: Decimal,
    high_code: str,
) -> Decimal | None:
    value = _number(text, column, errors)
    if value is None:
        return None
    if value < 0 or (value == 0 and not allow_zero):
        errors.append((column, "must_not_be_negative" if allow_zero else "must_be_positive"))
        return None
    if value > maximum:
        errors.append((column, high_code))
        return None
    return value


def read_debt(
    cells: Mapping[str, str], known_products: Sequence[str] = ()
) -> tuple[ImportedDebt | None, tuple[tuple[str, str], ...]]:
    """One debt from its cells as typed (keys: :data:`IMPORT_COLUMNS`), or its problems.

    The one set of rules for a debt typed in the planner's table and for a pasted or imported
    row: name required; balance above 0 and at most ``MAX_AMOUNT``; APR from 0 to
    :data:`MAX_APR_PERCENT` %; minimum 0–100 % (blank: 0) and at least (blank: 0), not both 0;
    due day 1–28 (a missing ``due_day`` key: :data:`DEFAULT_DUE_DAY`); a product, if given, among
    ``known_products``. Problems are ``(column, code)`` with the codes of :class:`ImportRow`
    plus ``too_large`` and ``min_too_high``.
    """
    errors: list[tuple[str, str]] = []
    name = cells.get("name", "").strip()
    if not name:
        errors.append(("name", "missing"))
    text = cells.get("balance", "").strip()
    balance = None
    if not text:
        errors.append(("balance", "missing"))
    else:
        balance = _checked(
            text, "balance", errors, allow_zero=False, maximum=MAX_AMOUNT, high_code="too_large"
        )
    text = cells.get("apr", "").strip()
    apr = None
    if not text:
        errors.append(("apr", "missing"))
    else:
        apr = _checked(
            text, "apr", errors, allow_zero=True, maximum=MAX_APR_PERCENT, high_code="rate_too_high"
        )
    min_percent = _checked(
        cells.get("min_percent", "").strip() or "0",
        "min_percent",
        errors,
        allow_zero=True,
        maximum=MAX_MINIMUM_PERCENT,
        high_code="min_too_high",
    )
    min_floor = _checked(
        cells.get("min_floor", "").strip() or "0",
        "min_floor",
        errors,
        allow_zero=True,
        maximum=MAX_AMOUNT,
        high_code="too_large",
    )
    if min_percent is not None and min_floor is not None and not (min_percent or min_floor):
        errors.append(("min_percent", "no_minimum"))
    due_day = DEFAULT_DUE_DAY
    if "due_day" in cells:
        text = cells["due_day"].strip()
        # ASCII digits only, and short: "²".isdigit() is true but int("²") raises, "٣" would
        # read as 3, and int() refuses strings over 4,300 digits.
        if text.isascii() and text.isdigit() and len(text) <= 2 and 1 <= int(text) <= MAX_DUE_DAY:
            due_day = int(text)
        else:
            errors.append(("due_day", "bad_day"))
    product_id = cells.get("product", "").strip() or None
    if product_id is not None and known_products and product_id not in known_products:
        errors.append(("product", "unknown_product"))
    if errors or balance is None or apr is None or min_percent is None or min_floor is None:
        return None, tuple(errors)
    debt = ImportedDebt(
        name, balance, apr / HUNDRED, min_percent / HUNDRED, min_floor, due_day, product_id
    )
    return debt, ()


def parse_debt_table(text: str, known_products: Sequence[str] = ()) -> list[ImportRow]:
    """Read debts from tab-separated (a spreadsheet's clipboard) or comma-separated text.

    Columns: name, balance, APR in percent, minimum in percent, minimum at least, due day (1–28),
    product preset id. A first row whose balance is not a number is taken as a header and
    skipped; empty rows are skipped. Missing minimum columns mean 0; at least one must be
    positive. Missing due day: :data:`DEFAULT_DUE_DAY`.

    >>> rows = parse_debt_table("Name\\tBalance\\tAPR\\nCard\\t8,000\\t18.25%\\t10\\nLoan\\tx\\t9")
    >>> rows[0].debt.balance, rows[0].debt.annual_rate
    (Decimal('8000'), Decimal('0.1825'))
    >>> rows[1].errors
    (('balance', 'not_a_number'), ('min_percent', 'no_minimum'))
    """
    text = text.replace("；", ";")
    if "\t" in text:
        delimiter = "\t"
    elif "," not in text and ";" in text:
        delimiter = ";"
    else:
        delimiter = ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    rows: list[ImportRow] = []
    seen: set[str] = set()
    for line, raw in enumerate(reader, start=1):
        cells = tuple(c.strip() for c in raw)
        if not any(cells):
            continue
        if not rows and line == 1 and _looks_like_header(cells):
            continue
        padded = list(cells) + [""] * (len(IMPORT_COLUMNS) - len(cells))
        typed = dict(zip(IMPORT_COLUMNS, padded, strict=False))
        if not typed["due_day"]:
            del typed["due_day"]  # a blank due day takes the default
        debt, problems = read_debt(typed, known_products)
        errors = list(problems)
        if typed["name"] and typed["name"] in seen:
            errors.insert(0, ("name", "duplicate_name"))
            debt = None
        if debt is not None:
            seen.add(debt.name)
        rows.append(ImportRow(line, cells, debt, tuple(errors)))
    return rows


# --- what missing a payment costs ------------------------------------------------------------


def overdue_cost(
    product: products.Product, amount: Decimal, start: tuple[int, int]
) -> missed.Simulation:
    """Missing one payment on ``amount`` of ``product`` and catching up at the next due date.

    The same scenario the page's link opens in the missed-payment calculator
    (``miss:1 then catch-up``); ``extra_cost`` is what the miss costs.
    """
    return missed.simulate(product, amount, start, missed.missed_scenario(1))
