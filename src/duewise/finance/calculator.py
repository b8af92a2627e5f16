"""What the missed-payment calculator shows, from one call: :func:`evaluate`.

The calculator page gathers its inputs — the product and the learner's edits of its terms, the
amount, the first statement month (:class:`Terms`), the scenario (a ``missed.Scenario``) and the
next loan the learner wants (:class:`NextLoan`) — asks this module once, and draws the answer
(:class:`Evaluation`): the simulation, the credit record, the owed series and the extra-cost
split, the consequences checklist and, computed when first read, the next-loan outlook.

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

from duewise.finance import borrowing, comparison, consequences, missed, products, record
from duewise.finance.money import MoneyError, check_amount, check_count, check_rate

#: How many application months the next-loan chart covers, from the record's month.
NEXT_LOAN_MONTHS = {record.RecordSystem.PBOC: 72, record.RecordSystem.US: 96}
#: The longest next loan that can be priced (50 years).
MAX_LOAN_MONTHS = 600
#: The highest clean-record rate a next loan can be given (a fraction a year: 100 %).
MAX_LOAN_RATE = Decimal(1)


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
    """

    product: products.Product
    amount: Decimal
    start: date
    edits: Mapping[str, Decimal | int] = field(default_factory=lambda: MappingProxyType({}))
    as_of: date | None = None


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


@dataclass(frozen=True)
class NextLoanOutlook:
    """What the record does to the next loan: the chosen month, and every month of the chart."""

    assessment: borrowing.Assessment
    first_month: date
    by_month: tuple[borrowing.Assessment, ...]
    chosen: int  # index of the application month in ``by_month``


@dataclass(frozen=True)
class Evaluation:
    """Everything the calculator page shows for one valid set of inputs."""

    product: products.Product  # with the learner's edits
    sim: missed.Simulation
    rec: record.CreditRecord
    series: comparison.OwedSeries
    split: comparison.ExtraSplit
    consequences: tuple[consequences.Consequence, ...]
    loan: NextLoan | None = None

    @property
    def extra_cost(self) -> Decimal:
        """What the scenario costs more than paying on time."""
        return self.sim.extra_cost

    @functools.cached_property
    def next_loan(self) -> NextLoanOutlook | None:
        """The next-loan outlook (computed when first read; ``None`` without a next loan).

        Raises:
            MoneyError: ``loan_amount``, ``loan_rate`` or ``loan_months`` out of range.
        """
        if self.loan is None:
            return None
        return _next_loan(self.rec, self.loan)


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


def evaluate(
    scenario: missed.Scenario, terms: Terms, next_loan: NextLoan | None = None
) -> Evaluation:
    """Play ``scenario`` on ``terms`` and gather what the calculator shows.

    Raises:
        MoneyError: an input out of range (``param`` names it).
        ProductError: an edited term the product cannot take (``key`` names it).
    """
    amount = check_amount(terms.amount, "amount")
    product = edited_product(terms)
    sim = missed.simulate(product, amount, (terms.start.year, terms.start.month), scenario)
    rec = record.build_record(sim, product)
    return Evaluation(
        product=product,
        sim=sim,
        rec=rec,
        series=comparison.owed_series(sim),
        split=comparison.extra_split(sim),
        consequences=consequences.consequences(sim, product),
        loan=next_loan,
    )


def check_next_loan(loan: NextLoan) -> None:
    """Raise ``MoneyError`` (``param``: ``loan_amount``, ``loan_rate`` or ``loan_months``) if the
    next loan cannot be priced."""
    check_amount(loan.amount, "loan_amount")
    check_rate(loan.clean_annual_rate, "loan_rate", maximum=MAX_LOAN_RATE)
    check_count(loan.months, "loan_months", maximum=MAX_LOAN_MONTHS)


def _next_loan(rec: record.CreditRecord, loan: NextLoan) -> NextLoanOutlook:
    check_next_loan(loan)
    future = borrowing.FutureLoan(
        kind=loan.kind,
        amount=loan.amount,
        months=loan.months,
        clean_annual_rate=loan.clean_annual_rate,
    )
    first = rec.as_of.replace(day=1)
    application = (loan.application or first).replace(day=1)
    assessment = borrowing.assess(rec, application, future, loan.rules)
    by_month = borrowing.cost_by_application_month(
        rec, first, NEXT_LOAN_MONTHS[rec.system], future, loan.rules
    )
    chosen = (application.year - first.year) * 12 + application.month - first.month
    return NextLoanOutlook(assessment, first, tuple(by_month), chosen)
