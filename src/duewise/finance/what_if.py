"""One-figure what-ifs for a lesson's calculator block: the cost of one scenario on one product.

A lesson's calculator block names a product preset, an amount, a scenario (``on-time``,
``minimum``, ``miss:N``, ``partial:AMOUNT``) and what happens afterwards, plus one or two sliders
(days late, amount, missed cycles, APR, months). :func:`evaluate` turns those inputs into the few
numbers the block shows, always with the same engine the missed-payment calculator uses:

* **days late** given → :func:`duewise.finance.penalties.late_charge`: what paying the amount that
  many days late costs (the ``duewise calc late`` figure).
* otherwise → :func:`duewise.finance.missed.simulate` against the on-time baseline, and the credit
  record that history leaves (:func:`duewise.finance.record.build_record`).

Slider meanings: ``amount`` replaces the amount; ``missed_cycles`` is ``N`` of ``miss:N``;
``annual_rate`` replaces the product's APR (a product quoted by its daily rate gets
``annual_rate / 365``); ``months`` is the plan length when the block negotiates, otherwise how many
months are simulated.

A minimum-payment scenario is simulated for :data:`MINIMUM_HORIZON_MONTHS` unless ``months`` is
given: a percentage minimum without a floor never quite reaches zero, so the horizon is part of the
answer ("after 10 years you still owe …").

>>> r = evaluate("cn_jd_baitiao", Decimal("1000"), "miss:1", days_late=5)  # credit-rules §1
>>> r.kind.value, r.cost, r.penalty
('late', Decimal('3.50'), Decimal('3.50'))
>>> r = evaluate("cn_jd_baitiao", Decimal("1000"), "miss:3", "catch-up")
>>> r.cost, "".join(r.record_codes)
(Decimal('63.00'), '123C')
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from duewise.finance import missed, penalties, products, record
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

MINIMUM_HORIZON_MONTHS = 120  # ten years of minimum payments
START = (2025, 1)  # the first statement month of every what-if (only dates in the record move)


class WhatIfKind(Enum):
    """Which figure the block shows."""

    LATE = "late"  # the charge for paying days late
    MISSED = "missed"  # missed cycles: extra cost over paying on time
    MINIMUM = "minimum"  # minimum payments only: months to repay, interest paid
    PARTIAL = "partial"  # part payments: extra cost over paying on time
    ON_TIME = "on-time"  # the baseline itself


@dataclass(frozen=True)
class WhatIf:
    """The figures of one what-if.

    Attributes:
        kind: which figure is the headline.
        product_id, currency: the product and its currency code.
        amount: the amount used.
        cost: the headline money figure: the late charge (LATE), the extra cost over paying on
            time (MISSED, PARTIAL), interest and charges paid beyond the principal (MINIMUM,
            ON_TIME), within the months simulated.
        penalty: 违约金 / late fees / 罚息 within ``cost``.
        interest: interest within ``cost`` (incl. interest on interest).
        on_time_total, scenario_total: everything paid or owed on time and in the scenario
            (``None`` for LATE).
        days_late: the days late used (LATE), else ``None``.
        cycles_missed: ``N`` of ``miss:N`` (MISSED), else ``None``.
        annual_rate: the APR used, as a fraction (the product's own unless replaced).
        months: the months simulated, or the plan length when negotiating.
        repaid_after: months until nothing is owed, ``None`` if still owing at the end.
        owed_at_end: what is still owed when the simulation stops.
        record_system: ``"pboc"`` or ``"us"``.
        record_start: the month of ``record_codes[0]`` (its first day).
        record_codes: the credit-report marks month by month (empty for LATE).
        flags: lender heuristics the record trips (``lian_san`` …), sorted.
    """

    kind: WhatIfKind
    product_id: str
    currency: str
    amount: Decimal
    cost: Decimal
    penalty: Decimal
    interest: Decimal
    on_time_total: Decimal | None
    scenario_total: Decimal | None
    days_late: int | None
    cycles_missed: int | None
    annual_rate: Decimal
    months: int | None
    repaid_after: int | None
    owed_at_end: Decimal
    record_system: str
    record_start: date
    record_codes: tuple[str, ...]
    flags: tuple[str, ...]


def with_annual_rate(product: products.Product, annual_rate: Decimal) -> products.Product:
    """A copy of ``product`` charging ``annual_rate`` (daily-rate products: ``annual_rate/365``).

    Raises:
        MoneyError: ``annual_rate`` out of range (``param="annual_rate"``).
    """
    check_rate(annual_rate, "annual_rate")
    daily = "daily_rate" in product.rules
    if daily and "annual_rate" in product.rules:
        return products.with_terms(product, daily_rate=annual_rate / 365, annual_rate=annual_rate)
    if daily:
        return products.with_terms(product, daily_rate=annual_rate / 365)
    return products.with_terms(product, annual_rate=annual_rate)


def _scenario_kind(scenario: str) -> WhatIfKind:
    head = scenario.strip().split(":", 1)[0]
    return {
        "miss": WhatIfKind.MISSED,
        "minimum": WhatIfKind.MINIMUM,
        "partial": WhatIfKind.PARTIAL,
        "on-time": WhatIfKind.ON_TIME,
    }.get(head, WhatIfKind.MISSED)


def evaluate(
    product_id: str,
    amount: Decimal,
    scenario: str,
    then: str | None = None,
    *,
    days_late: int | None = None,
    missed_cycles: int | None = None,
    annual_rate: Decimal | None = None,
    months: int | None = None,
) -> WhatIf:
    """The figures of a calculator block (see the module docstring for what each input means).

    Args:
        product_id: a preset id (``assets/products/<id>.toml``).
        amount: the statement or loan amount, > 0.
        scenario: ``on-time`` | ``minimum`` | ``miss:N`` | ``partial:AMOUNT``.
        then: ``catch-up`` | ``keep-missing`` | ``negotiate`` (default catch-up).
        days_late: pay ``amount`` this many days late (the late-charge figure).
        missed_cycles: replaces ``N`` in ``miss:N``.
        annual_rate: replaces the product's APR (a fraction: ``Decimal("0.18")``).
        months: the plan length when ``then`` is negotiate, else the months simulated.

    Raises:
        MoneyError: bad input, with ``param`` naming it (``preset_not_found`` for the product).
    """
    product = products.load_preset(product_id)
    check_amount(amount, "amount")
    if annual_rate is not None:
        product = with_annual_rate(product, annual_rate)
    system = "us" if product.is_us else "pboc"
    rate = product.annual_rate
    if days_late is not None:
        charge = penalties.late_charge(product, amount, days_late)
        return WhatIf(
            kind=WhatIfKind.LATE,
            product_id=product.id,
            currency=product.currency.value,
            amount=amount,
            cost=charge.total,
            penalty=charge.penalty,
            interest=charge.interest,
            on_time_total=None,
            scenario_total=None,
            days_late=days_late,
            cycles_missed=None,
            annual_rate=rate,
            months=None,
            repaid_after=None,
            owed_at_end=ZERO,
            record_system=system,
            record_start=date(*START, 1),
            record_codes=(),
            flags=(),
        )
    kind = _scenario_kind(scenario)
    text = scenario.strip()
    if missed_cycles is not None:
        check_count(missed_cycles, "missed_cycles", maximum=missed.MAX_CYCLES)
        if kind is not WhatIfKind.MISSED:
            raise MoneyError("not_used", param="missed_cycles", scenario=text)
        text = f"miss:{missed_cycles}"
    negotiate = (then or "").strip().startswith(missed.After.NEGOTIATE.value)
    parsed = missed.parse_scenario(text, then)
    cycles: int | None = None
    if months is not None:
        check_count(months, "months", maximum=missed.MAX_CYCLES)
        if negotiate:
            parsed = missed.Scenario(
                actions=parsed.actions,
                then=parsed.then,
                negotiate_months=months,
                negotiate_monthly_fee_rate=parsed.negotiate_monthly_fee_rate,
                repeat=parsed.repeat,
            )
        else:
            cycles = months
    elif kind is WhatIfKind.MINIMUM:
        cycles = MINIMUM_HORIZON_MONTHS
    sim = missed.simulate(product, amount, START, parsed, cycles)
    rec = record.build_record(sim, product)
    totals, base = sim.totals, sim.baseline_totals
    interest = totals.interest + totals.interest_on_interest
    if kind in (WhatIfKind.MINIMUM, WhatIfKind.ON_TIME):
        cost = totals.total - totals.principal
        penalty = totals.penalties
    else:
        cost = sim.extra_cost
        penalty = totals.penalties - base.penalties
        interest -= base.interest + base.interest_on_interest
    repaid_after = next((r.cycle + 1 for r in sim.rows if r.closing <= 0), None)
    return WhatIf(
        kind=kind,
        product_id=product.id,
        currency=product.currency.value,
        amount=sim.amount,
        cost=cost,
        penalty=penalty,
        interest=interest,
        on_time_total=sim.on_time_total,
        scenario_total=sim.scenario_total,
        days_late=None,
        cycles_missed=len(parsed.actions) if kind is WhatIfKind.MISSED else None,
        annual_rate=rate,
        months=months if months is not None else len(sim.rows),
        repaid_after=repaid_after if sim.finished else None,
        owed_at_end=totals.owed_at_end,
        record_system=system,
        record_start=rec.months[0].month if rec.months else date(*START, 1),
        record_codes=tuple(m.code for m in rec.months),
        flags=tuple(sorted(f.value for f in rec.flags)),
    )


# --- "Open in calculator": the same scenario on the calculator page ------------------------------


def calculator_params(
    product_id: str,
    amount: Decimal,
    scenario: str,
    then: str | None = None,
    *,
    days_late: int | None = None,
    missed_cycles: int | None = None,
    annual_rate: Decimal | None = None,
    months: int | None = None,
) -> dict[str, object]:
    """What a calculator block's "Open in calculator" must pass so the page computes the *same*
    figure as :func:`evaluate` with these inputs (issue #14).

    The block's ¥0.70 (paying ¥1,000 of 白条 one day late: ``days_late=1``, 1,000 × 0.07 % × 1)
    became ¥21.70 on the calculator because the old parameters carried only the scenario
    ``miss:1 then catch-up``: without ``days_late`` the page simulates repaying at the next due
    date, 31 days late. Every slider that changes the figure is passed on: ``days_late``,
    ``annual_rate`` (percent text), ``months``; ``missed_cycles`` becomes ``miss:N``; ``then`` only
    when the block gives one.
    :func:`evaluate_params` is what the page must show for these parameters.

    >>> p = calculator_params("cn_jd_baitiao", Decimal("1000"), "miss:1", "catch-up", days_late=1)
    >>> p["days_late"], evaluate_params(p).cost
    ('1', Decimal('0.70'))
    """
    text = scenario.strip()
    if missed_cycles is not None and _scenario_kind(text) is WhatIfKind.MISSED:
        text = f"miss:{missed_cycles}"
    params: dict[str, object] = {
        "product": product_id,
        "amount": format(amount, "f"),
        "scenario": text,
    }
    if then:
        # Only when the block has one: "minimum" alone repeats every cycle, but "minimum" with
        # "then catch-up" is one minimum payment and then everything (the old parameters always
        # added catch-up, so a minimum-only block opened on another scenario too).
        params["then"] = then.strip()
    if days_late is not None:
        params["days_late"] = str(days_late)
    if annual_rate is not None:
        params["annual_rate"] = format((annual_rate * 100).normalize(), "f")
    if months is not None:
        params["months"] = str(months)
    return params


def evaluate_params(params: Mapping[str, object]) -> WhatIf:
    """:func:`evaluate` of calculator open parameters (:func:`calculator_params`'s shape).

    Raises:
        MoneyError: a parameter that cannot be read, naming it.
    """
    product = params.get("product")
    if not isinstance(product, str) or not product:
        raise MoneyError("missing", param="product")
    scenario = params.get("scenario")
    if not isinstance(scenario, str) or not scenario:
        raise MoneyError("missing", param="scenario")
    then = params.get("then")
    rate = params.get("annual_rate")
    return evaluate(
        product,
        read_amount(params.get("amount"), "amount"),
        scenario,
        then if isinstance(then, str) else None,
        days_late=read_count(params["days_late"], "days_late", minimum=0, maximum=36500)
        if params.get("days_late") is not None
        else None,
        annual_rate=read_percent(rate, "annual_rate") if rate is not None else None,
        months=read_count(params["months"], "months", maximum=missed.MAX_CYCLES)
        if params.get("months") is not None
        else None,
    )
