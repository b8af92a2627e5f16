"""Validating a page's form before the engine runs: one ``validate_*`` per form (issue #14).

Each function takes the fields as typed (text, or the value a spin box holds), reads them with the
same rules as ``duewise calc`` (:func:`duewise.finance.money.read_amount` and friends, the one
number reader of :mod:`duewise.finance.numbers`) and returns a :class:`Validated`: the values the
engine needs, and every problem as a :class:`FieldError` — a field name, a code and the
parameters its message names — for the page to word in the current language next to the field.
Nothing here raises on input: an annual rate of ``99999999999999999999`` is a ``rate_too_high``
error for the rate field, not an exception in the event loop.

The limits are the engine's: amounts in whole cents up to ten billion, card and loan APRs up to
1000 %, the next loan's rate up to 100 % (what :func:`duewise.finance.borrowing.assess` prices),
terms up to 600 months, negotiated plans up to 60 months (《商业银行信用卡业务监督管理办法》
Art. 70).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from duewise.finance import missed, planner_tools, remedies, schedules
from duewise.finance.money import (
    HUNDRED,
    MoneyError,
    read_amount,
    read_count,
    read_percent,
)

NEXT_LOAN_MAX_RATE = Decimal(1)  # 100 % a year: borrowing.assess prices no dearer loan
NEXT_LOAN_MAX_MONTHS = 600
MAX_FEE_PERCENT_A_MONTH = Decimal("10")


@dataclass(frozen=True)
class FieldError:
    """One problem at one field: ``code`` and ``params`` as ``MoneyError`` carries them."""

    field: str
    code: str
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Validated:
    """The values read (only the valid ones) and the problems found, field by field."""

    values: Mapping[str, object]
    errors: tuple[FieldError, ...]

    @property
    def ok(self) -> bool:
        """No problem: the engine may be called with :attr:`values`."""
        return not self.errors

    def error(self, name: str) -> FieldError | None:
        """The problem of field ``name``, if any."""
        return next((e for e in self.errors if e.field == name), None)


class _Form:
    def __init__(self) -> None:
        self.values: dict[str, object] = {}
        self.errors: list[FieldError] = []

    def read(self, name: str, reader: Callable[[], object]) -> None:
        try:
            self.values[name] = reader()
        except MoneyError as error:
            params = {k: v for k, v in error.params.items() if k != "param"}
            self.errors.append(FieldError(name, error.code, params))

    def fail(self, name: str, error: MoneyError) -> None:
        self.values.pop(name, None)
        params = {k: v for k, v in error.params.items() if k != "param"}
        self.errors.append(FieldError(name, error.code, params))

    def done(self) -> Validated:
        return Validated(dict(self.values), tuple(self.errors))


def _optional(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def validate_calculator(
    *,
    amount: object,
    scenario: str,
    start: object = None,
    negotiate_months: object = None,
    negotiate_fee_percent: object = None,
) -> Validated:
    """The missed-payment calculator's form: ``amount``, ``scenario`` (the grammar of
    :func:`duewise.finance.missed.parse_scenario`), ``start`` (``YYYY-MM``), the negotiated
    plan's ``negotiate_months`` (1–60) and monthly fee in percent (0–10)."""
    form = _Form()
    form.read("amount", lambda: read_amount(amount, "amount"))
    form.read("scenario", lambda: missed.parse_scenario(scenario))
    if _optional(start):
        form.read("start", lambda: missed.parse_month(start, "start"))
    if _optional(negotiate_months):
        form.read(
            "negotiate_months",
            lambda: read_count(
                negotiate_months, "negotiate_months", maximum=remedies.MAX_NEGOTIATE_MONTHS
            ),
        )
    if _optional(negotiate_fee_percent):
        form.read(
            "negotiate_fee_rate",
            lambda: read_percent(
                negotiate_fee_percent,
                "negotiate_fee_rate",
                maximum=MAX_FEE_PERCENT_A_MONTH / HUNDRED,
            ),
        )
    return form.done()


def validate_next_loan(*, amount: object, annual_rate: object, months: object) -> Validated:
    """The next-loan panel: ``amount``, ``annual_rate`` in percent (0–100), ``months`` (1–600).

    A loan too small for its term (its instalment would repay nothing) is an error at ``amount``.

    >>> v = validate_next_loan(amount="150000", annual_rate="99999999999999999999", months=36)
    >>> v.ok, v.error("annual_rate").code, v.error("annual_rate").params["maximum_percent"]
    (False, 'rate_too_high', Decimal('100'))
    """
    form = _Form()
    form.read("amount", lambda: read_amount(amount, "amount"))
    form.read(
        "annual_rate", lambda: read_percent(annual_rate, "annual_rate", maximum=NEXT_LOAN_MAX_RATE)
    )
    form.read("months", lambda: read_count(months, "months", maximum=NEXT_LOAN_MAX_MONTHS))
    values = form.values
    if {"amount", "annual_rate", "months"} <= values.keys():
        try:
            schedules.amortize(
                values["amount"],  # type: ignore[arg-type]
                values["annual_rate"],  # type: ignore[arg-type]
                values["months"],  # type: ignore[arg-type]
            )
        except MoneyError as error:
            form.fail("amount", error)
    return form.done()


def validate_planner(
    *,
    budget: object,
    extra: object = None,
    lump_sum_month: object = None,
    lump_sum_amount: object = None,
) -> Validated:
    """The planner's money fields: ``budget`` (≥ 0), ``extra`` (≥ 0), one lump sum's month
    (1–600) and amount (> 0)."""
    form = _Form()
    form.read("budget", lambda: read_amount(budget, "budget", allow_zero=True))
    if _optional(extra):
        form.read("extra", lambda: read_amount(extra, "extra", allow_zero=True))
    if _optional(lump_sum_month) or _optional(lump_sum_amount):
        form.read(
            "lump_sum_month", lambda: read_count(lump_sum_month, "lump_sum_month", maximum=600)
        )
        form.read("lump_sum_amount", lambda: read_amount(lump_sum_amount, "lump_sum_amount"))
    return form.done()


def validate_debt_row(
    *,
    name: str,
    balance: object,
    apr: object,
    min_percent: object = "0",
    min_floor: object = "0",
    due_day: object = "10",
) -> Validated:
    """One debt of the planner's table, by the one rule for typed, pasted and imported debts
    (:func:`planner_tools.read_debt`, with its codes): a name, ``balance`` (> 0), ``apr`` in
    percent (0–1000), ``min_percent`` (0–100) and ``min_floor`` (≥ 0), at least one of them
    above 0, and the ``due_day`` (1–28). The values are those of the debt read (rates as
    fractions)."""
    cells = {
        "name": name,
        "balance": str(balance),
        "apr": str(apr),
        "min_percent": str(min_percent),
        "min_floor": str(min_floor),
        "due_day": str(due_day),
    }
    debt, problems = planner_tools.read_debt(cells)
    form = _Form()
    form.errors.extend(FieldError(field, code) for field, code in problems)
    if debt is not None:
        form.values.update(
            balance=debt.balance,
            apr=debt.annual_rate,
            min_percent=debt.min_rate,
            min_floor=debt.min_floor,
            due_day=debt.due_day,
        )
    return form.done()


def validate_remedies(
    *,
    balance: object,
    missed_cycles: object,
    start: object,
    negotiate_months: object = None,
    horizon: object = None,
    budget: object = None,
) -> Validated:
    """The remedies view's inputs (the same as ``duewise calc remedies``, plus a budget)."""
    form = _Form()
    form.read("balance", lambda: read_amount(balance, "balance"))
    form.read("missed", lambda: read_count(missed_cycles, "missed", maximum=missed.MAX_CYCLES))
    form.read("start", lambda: missed.parse_month(start, "start"))
    if _optional(negotiate_months):
        form.read(
            "negotiate_months",
            lambda: read_count(
                negotiate_months, "negotiate_months", maximum=remedies.MAX_NEGOTIATE_MONTHS
            ),
        )
    if _optional(horizon):
        least = int(form.values.get("missed", 0)) + 1  # type: ignore[call-overload]
        form.read(
            "horizon",
            lambda: read_count(horizon, "horizon", minimum=least, maximum=remedies.MAX_HORIZON),
        )
    if _optional(budget):
        form.read("budget", lambda: read_amount(budget, "budget", allow_zero=True))
    return form.done()
