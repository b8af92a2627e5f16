"""What the missed-payment calculator shows, from one call: :func:`evaluate`.

The calculator page gathers its inputs — the product and the learner's edits of its terms, the
amount, the first statement month, the months shown (:class:`Terms`), the scenario (a
``missed.Scenario``), the next loan the learner wants (:class:`NextLoan`), the remedies to
compare (:class:`RemediesRequest`) and, from a lesson, the days a payment is late — asks this
module once, and draws the answer (:class:`Evaluation`): the simulation, the credit record, the
owed series and the extra-cost split, the consequences checklist, the late charge and, computed
when first read, the next-loan outlook and the remedies side by side
(:func:`duewise.finance.remedies.compare`, issue #18).

Errors are ``MoneyError`` / ``ProductError`` whose ``param`` names the input at fault
(``amount``, ``scenario``, a term's rule key, ``loan_amount``, ``loan_rate``, ``loan_months``), so
the page marks that field.

>>> from decimal import Decimal
>>> from datetime import date
>>> from duewise.finance import missed, products
>>> terms = Terms(products.load_preset("cn_jd_baitiao"), Decimal("1000"), date(2025, 1, 1))
>>> result = evaluate(missed.missed_scenario(3), terms)
>>> [m.code for m in result.rec.months[:4]]
['1', '2', '3', 'C']
>>> result.extra_cost > 0
True
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from types import MappingProxyType
from typing import Any

from duewise.finance import (
    borrowing,
    comparison,
    consequences,
    missed,
    penalties,
    products,
    record,
    remedies,
    what_if,
)
from duewise.finance.money import (
    ZERO,
    MoneyError,
    check_amount,
    check_count,
    check_rate,
    read_amount,
    read_count,
    read_percent,
)

#: How many application months the next-loan chart covers, from the record's month.
NEXT_LOAN_MONTHS = {record.RecordSystem.PBOC: 72, record.RecordSystem.US: 96}
#: The longest next loan that can be priced (50 years).
MAX_LOAN_MONTHS = 600
#: The highest clean-record rate a next loan can be given (a fraction a year: 100 %).
MAX_LOAN_RATE = Decimal(1)
#: The most days late a lesson's "pay N days late" can ask (``duewise calc late``'s limit).
MAX_DAYS_LATE = penalties.MAX_DAYS_LATE


@dataclass(frozen=True)
class Terms:
    """The product and the statement the scenario plays on.

    Attributes:
        product: the preset or the learner's saved copy.
        amount: the statement (or loan) amount.
        start: the first statement's month (its first day).
        edits: rule key → the learner's value, in the rule's own unit (a fraction for rates,
            whole days for days …); only the rules the learner changed.
        as_of: the day of the edits (kept on the edited rules).
        months: how many cycles to simulate (``None``: the engine's default, 60 cycles or a
            loan's term + 24).
    """

    product: products.Product
    amount: Decimal
    start: date
    edits: Mapping[str, Decimal | int] = field(default_factory=lambda: MappingProxyType({}))
    as_of: date | None = None
    months: int | None = None


@dataclass(frozen=True)
class NextLoan:
    """The loan the learner means to apply for after the scenario.

    ``application`` is the month of the application (``None``: the month the record is read);
    ``clean_annual_rate`` is a fraction a year.
    """

    kind: borrowing.LoanKind
    amount: Decimal
    months: int
    clean_annual_rate: Decimal
    rules: borrowing.BorrowingRules
    application: date | None = None

    def future_loan(self) -> borrowing.FutureLoan:
        """The loan as :mod:`duewise.finance.borrowing` prices it."""
        return borrowing.FutureLoan(
            kind=self.kind,
            amount=self.amount,
            months=self.months,
            clean_annual_rate=self.clean_annual_rate,
        )


@dataclass(frozen=True)
class SecondMiss:
    """ "And I also miss my 花呗 / card next month": another account on the same report.

    Its one missed payment falls in the month the remedy starts (the month after the scenario's
    missed payments), and it is caught up at its next due date.
    """

    product: products.Product
    balance: Decimal
    missed_cycles: int = 1


@dataclass(frozen=True)
class RemediesRequest:
    """What the remedies view compares (issue #18), besides the page's own inputs.

    Attributes:
        negotiate_months: the negotiated plan's length, 1 … 60 (《商业银行信用卡业务监督管理办法》
            Art. 70).
        negotiate_monthly_fee_rate: the plan's flat monthly fee, as the agreement says.
        monthly_budget: money a month for the debt (a remedy whose first payment is above it is
            not recommended); ``None``: not given.
        also_missed: a second account missed on the same report.
    """

    negotiate_months: int = remedies.DEFAULT_NEGOTIATE_MONTHS
    negotiate_monthly_fee_rate: Decimal = ZERO
    monthly_budget: Decimal | None = None
    also_missed: SecondMiss | None = None


@dataclass(frozen=True)
class NextLoanOutlook:
    """What the record does to the next loan: the chosen month, and every month of the chart."""

    assessment: borrowing.Assessment
    first_month: date
    by_month: tuple[borrowing.Assessment, ...]
    chosen: int  # index of the application month in ``by_month``


@dataclass(frozen=True)
class Evaluation:
    """Everything the calculator page shows for one valid set of inputs.

    Attributes:
        late: with ``days_late``: what paying the amount that many days after its due date
            costs (the figure of a lesson's "days late" slider, ``duewise calc late``).
        remedies_missed: the missed payments the remedies start from: the scenario's missed
            cycles before its first payment (at least one).
    """

    product: products.Product  # with the learner's edits
    sim: missed.Simulation
    rec: record.CreditRecord
    series: comparison.OwedSeries
    split: comparison.ExtraSplit
    consequences: tuple[consequences.Consequence, ...]
    loan: NextLoan | None = None
    days_late: int | None = None
    late: penalties.LateCharge | None = None
    remedies_request: RemediesRequest | None = None
    remedies_missed: int = 1

    @property
    def extra_cost(self) -> Decimal:
        """What the scenario costs more than paying on time."""
        return self.sim.extra_cost

    @property
    def pays_every_cycle(self) -> bool:
        """The scenario pays every due date in full or the minimum: nothing is missed or short,
        so what it costs is the price of the credit itself, not an extra over paying on time."""
        scenario = self.sim.scenario
        paying = (missed.Action.PAY_FULL, missed.Action.PAY_MINIMUM)
        steps = (*scenario.actions, *((scenario.repeat,) if scenario.repeat else ()))
        return all(step.action in paying for step in steps)

    @property
    def cost_of_credit(self) -> Decimal:
        """Interest and fees of the scenario: everything it costs beyond the amount borrowed."""
        return self.sim.totals.total - self.sim.totals.principal

    @property
    def headline_cost(self) -> Decimal:
        """The figure the page leads with (what a lesson's calculator block shows for the same
        inputs): the late charge with ``days_late``; the cost of the credit when every due date
        is paid (on time, or the minimum); else the extra cost over paying on time."""
        if self.late is not None:
            return self.late.total
        return self.cost_of_credit if self.pays_every_cycle else self.sim.extra_cost

    @functools.cached_property
    def settlement(self) -> remedies.Settlement:
        """How the scenario's debt ends within the months shown: paid on a day, in a negotiated
        plan until a month (never "paid" the day the plan is agreed), or unpaid."""
        return remedies.settlement(self.sim)

    @functools.cached_property
    def next_loan(self) -> NextLoanOutlook | None:
        """The next-loan outlook (computed when first read; ``None`` without a next loan).

        Raises:
            MoneyError: ``loan_amount``, ``loan_rate`` or ``loan_months`` out of range.
        """
        if self.loan is None:
            return None
        return _next_loan(self.rec, self.loan)

    @functools.cached_property
    def remedies(self) -> remedies.RemedyComparison | None:
        """The remedies side by side after :attr:`remedies_missed` missed payments, over one
        horizon, the next loan priced in its application month (computed when first read;
        ``None`` without a :attr:`remedies_request`).

        Raises:
            MoneyError: an input of the request out of range (``param`` names it).
        """
        request = self.remedies_request
        if request is None:
            return None
        sim = self.sim
        second: remedies.SecondAccount | None = None
        if request.also_missed is not None:
            second = remedies.SecondAccount(
                product=request.also_missed.product,
                balance=request.also_missed.balance,
                missed_cycles=request.also_missed.missed_cycles,
                months_later=self.remedies_missed,
            )
        loan = self.loan
        return remedies.compare(
            self.product,
            sim.amount,
            self.remedies_missed,
            (sim.start.year, sim.start.month),
            negotiate_months=request.negotiate_months,
            negotiate_monthly_fee_rate=request.negotiate_monthly_fee_rate,
            apply_on=loan.application if loan is not None else None,
            next_loan=loan.future_loan() if loan is not None else None,
            monthly_budget=request.monthly_budget,
            also_missed=second,
            rules=loan.rules if loan is not None else None,
        )


def edited_product(terms: Terms) -> products.Product:
    """``terms.product`` with the learner's edits applied (the product itself without edits).

    Raises:
        ProductError: ``term_invalid`` with the rule's ``key``.
        MoneyError: ``not_a_whole_number`` with ``param`` = the key, for a fraction of a day.
    """
    # ``Any``: with_terms takes its changes as keyword arguments beside typed ones.
    changes: dict[str, Any] = {}
    for key, value in terms.edits.items():
        rule = terms.product.rules.get(key)
        if rule is not None and rule.value == value:
            continue  # typed back to the published value: not an edit
        whole = isinstance(rule.value if rule else None, int)
        if whole and not isinstance(value, int):
            if value != value.to_integral_value():
                raise MoneyError("not_a_whole_number", param=key, minimum=0)
            changes[key] = int(value)
        else:
            changes[key] = value
    if not changes:
        return terms.product
    return products.with_terms(terms.product, as_of=terms.as_of, **changes)


def missed_before_remedy(scenario: missed.Scenario) -> int:
    """The missed payments a remedy follows: the scenario's missed cycles before its first
    payment (``miss:3 then …`` → 3); a scenario that starts with a payment → 1."""
    count = 0
    for step in scenario.actions:
        if step.action is not missed.Action.PAY_NOTHING:
            break
        count += 1
    return max(count, 1)


def evaluate(
    scenario: missed.Scenario,
    terms: Terms,
    next_loan: NextLoan | None = None,
    *,
    remedies_request: RemediesRequest | None = None,
    days_late: int | None = None,
) -> Evaluation:
    """Play ``scenario`` on ``terms`` and gather what the calculator shows.

    Args:
        scenario: what happens each month.
        terms: the product, its edits, the amount, the first month and the months shown.
        next_loan: the loan the learner plans to apply for (priced when first read).
        remedies_request: the remedies view's inputs (compared when first read).
        days_late: the amount is paid this many days after its first due date (a lesson's
            "days late" slider): :attr:`Evaluation.late` is its charge, by
            :func:`duewise.finance.penalties.late_charge`.

    Raises:
        MoneyError: an input out of range (``param`` names it).
        ProductError: an edited term the product cannot take (``key`` names it).
    """
    amount = check_amount(terms.amount, "amount")
    if terms.months is not None:
        check_count(terms.months, "months", maximum=missed.MAX_CYCLES)
    product = edited_product(terms)
    sim = missed.simulate(
        product, amount, (terms.start.year, terms.start.month), scenario, terms.months
    )
    rec = record.build_record(sim, product)
    late = None
    if days_late is not None:
        late = penalties.late_charge(product, amount, days_late)
    return Evaluation(
        product=product,
        sim=sim,
        rec=rec,
        series=comparison.owed_series(sim),
        split=comparison.extra_split(sim),
        consequences=consequences.consequences(sim, product),
        loan=next_loan,
        days_late=days_late,
        late=late,
        remedies_request=remedies_request,
        remedies_missed=missed_before_remedy(scenario),
    )


def check_next_loan(loan: NextLoan) -> None:
    """Raise ``MoneyError`` (``param``: ``loan_amount``, ``loan_rate`` or ``loan_months``) if the
    next loan cannot be priced."""
    check_amount(loan.amount, "loan_amount")
    check_rate(loan.clean_annual_rate, "loan_rate", maximum=MAX_LOAN_RATE)
    check_count(loan.months, "loan_months", maximum=MAX_LOAN_MONTHS)


def _next_loan(rec: record.CreditRecord, loan: NextLoan) -> NextLoanOutlook:
    check_next_loan(loan)
    future = loan.future_loan()
    first = rec.as_of.replace(day=1)
    application = (loan.application or first).replace(day=1)
    assessment = borrowing.assess(rec, application, future, loan.rules)
    by_month = borrowing.cost_by_application_month(
        rec, first, NEXT_LOAN_MONTHS[rec.system], future, loan.rules
    )
    chosen = (application.year - first.year) * 12 + application.month - first.month
    return NextLoanOutlook(assessment, first, tuple(by_month), chosen)


# --- opening the calculator on another page's scenario ----------------------------------------

#: The open parameters' names of a debt's own terms (the planner's
#: :attr:`duewise.finance.planner_debts.MissedPaymentSetup.calculator_params` ``terms``), in the
#: unit they are written in: percent a year, whole months, percent of the balance, money.
OPEN_TERMS = ("annual_rate", "term_months", "minimum_percent", "minimum_floor")


@dataclass(frozen=True)
class OpenRequest:
    """What another page's "open in calculator" parameters ask for, read and checked.

    Attributes:
        product: the product to show: the preset, or a copy of it on the debt's own ``terms``
            (its id stays the preset's; ``custom`` tells them apart).
        custom: the product carries the debt's own terms (not a preset as published).
        edits: rule key → value for the terms form (a lesson's ``annual_rate`` on the preset:
            a daily-rate product gets ``annual_rate / 365``, as the lesson's block computes it).
        months: the cycles to show (the block's own horizon when it had none: a minimum-only
            block plays 120 months); ``None``: the page's default.
        negotiate_months: the plan length, when the scenario negotiates and ``months`` was given.
        days_late: pay the amount this many days late (the block's "days late" slider).
        start: (year, month) of the first statement: ``start`` when given, else the month every
            lesson what-if starts in (:data:`duewise.finance.what_if.START`), so that the
            figures are the block's to the cent (interest and penalties count days).
        errors: ``param`` → ``MoneyError`` for every value that could not be read (the rest is
            still applied).
    """

    product: products.Product | None
    custom: bool
    edits: Mapping[str, Decimal | int]
    months: int | None
    negotiate_months: int | None
    days_late: int | None
    start: tuple[int, int]
    errors: Mapping[str, MoneyError]


def _custom_terms(base: products.Product, terms: Mapping[str, object]) -> products.Product:
    """``base`` on a debt's own terms (see :data:`OPEN_TERMS`), as the planner simulates it.

    Raises:
        MoneyError: a term that cannot be read (``param`` names it).
        ProductError: a term the product cannot take.
    """
    changes: dict[str, Any] = {}
    for name, value in terms.items():
        if name not in OPEN_TERMS:
            raise MoneyError("unknown_param", param=name)
        if name == "annual_rate":
            rate = read_percent(value, "annual_rate")
            base = what_if.with_annual_rate(base, rate)
        elif name == "term_months":
            changes["term_months"] = read_count(value, "term_months", maximum=missed.MAX_CYCLES)
        elif name == "minimum_percent":
            changes["minimum_payment_rate"] = read_percent(
                value, "minimum_percent", maximum=Decimal(1)
            )
        else:
            changes["minimum_payment_floor"] = read_amount(value, "minimum_floor", allow_zero=True)
    return products.with_terms(base, **changes) if changes else base


def open_request(
    params: Mapping[str, object], presets: Mapping[str, products.Product]
) -> OpenRequest:
    """Read another page's open parameters for the calculator (never raises on input).

    The parameters are those of :func:`duewise.finance.what_if.calculator_params` (a lesson's
    block: ``product``, ``amount``, ``scenario``, ``then``, ``days_late``, ``annual_rate`` in
    percent, ``months``) and of the planner's missed-payment setup (``terms``); the page shows
    exactly the scenario they name: the figure it leads with is the block's
    (:func:`duewise.finance.what_if.evaluate_params`).
    """
    errors: dict[str, MoneyError] = {}
    start = what_if.START
    if params.get("start") is not None:
        try:
            start = missed.parse_month(params["start"], "start")
        except MoneyError as exc:
            errors["start"] = exc
    product: products.Product | None = None
    custom = False
    edits: dict[str, Decimal | int] = {}
    pid = params.get("product")
    if isinstance(pid, str) and pid:
        product = presets.get(pid)
        if product is None:
            errors["product"] = MoneyError("preset_not_found", param="product", id=pid)
    terms = params.get("terms")
    if product is not None and isinstance(terms, Mapping) and terms:
        try:
            product = _custom_terms(product, terms)
            custom = True
        except (MoneyError, products.ProductError) as exc:
            errors["terms"] = MoneyError(exc.code, **{**exc.params, "param": "terms"})
    rate_text = params.get("annual_rate")
    if product is not None and rate_text is not None:
        try:
            changed = what_if.with_annual_rate(product, read_percent(rate_text, "annual_rate"))
        except MoneyError as exc:
            errors["annual_rate"] = exc
        else:
            for key, rule in changed.rules.items():
                before = product.rules.get(key)
                if before is None or before.value != rule.value:
                    edits[key] = rule.value  # type: ignore[assignment]
    days_late: int | None = None
    if params.get("days_late") is not None:
        try:
            days_late = read_count(
                params["days_late"], "days_late", minimum=0, maximum=MAX_DAYS_LATE
            )
        except MoneyError as exc:
            errors["days_late"] = exc
    months: int | None = None
    negotiate_months: int | None = None
    then = params.get("then")
    negotiate = isinstance(then, str) and then.strip().startswith(missed.After.NEGOTIATE.value)
    if params.get("months") is not None:
        try:
            value = read_count(params["months"], "months", maximum=missed.MAX_CYCLES)
        except MoneyError as exc:
            errors["months"] = exc
        else:
            if negotiate:
                negotiate_months = value
            else:
                months = value
    elif days_late is None and product is not None and not custom:
        # The block's own horizon (a minimum-only block plays ten years, not the default five).
        try:
            months = what_if.evaluate_params({**params, "product": product.id}).months
        except (MoneyError, products.ProductError):
            months = None
    return OpenRequest(product, custom, edits, months, negotiate_months, days_late, start, errors)
