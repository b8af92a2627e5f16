"""A scenario beside paying on time, as the calculator shows it: owed per month, extra by kind.

Pure presentation of a :class:`duewise.finance.missed.Simulation` (no new finance): the amount owed
on each due date with that day's charges, before the payment (``closing + payment`` of the
statement row: the opening balance plus the cycle's charges and any late fee), both runs padded to
the same months, and the extra cost split into the kinds the engine already totals.

>>> from decimal import Decimal
>>> from duewise.finance import missed, products
>>> p = products.load_preset("cn_jd_baitiao")
>>> sim = missed.simulate(p, Decimal("1000"), (2025, 1), missed.parse_scenario("miss:3"))
>>> s = owed_series(sim)
>>> [str(v) for v in s.scenario[:5]], [str(v) for v in s.on_time[:3]]
(['1000.00', '1021.70', '1041.30', '1063.00', '0.00'], ['1000.00', '0.00', '0.00'])
>>> extra_split(sim).penalties, extra_split(sim).total == sim.extra_cost
(Decimal('63.00'), True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from duewise.finance import record
from duewise.finance.money import ZERO

if TYPE_CHECKING:
    from duewise.finance.missed import Simulation, StatementRow


@dataclass(frozen=True)
class OwedSeries:
    """Owed on each due date (with its charges, before its payment); one more point after the end.

    Attributes:
        months: the statement month of each point (the extra last point: the month after).
        on_time: the on-time run, padded with its final balance.
        scenario: the scenario, padded with its final balance.
    """

    months: tuple[date, ...]
    on_time: tuple[Decimal, ...]
    scenario: tuple[Decimal, ...]


@dataclass(frozen=True)
class ExtraSplit:
    """scenario − on time, per kind; the parts add up to ``Simulation.extra_cost``."""

    interest: Decimal
    interest_on_interest: Decimal
    penalties: Decimal
    fees: Decimal

    @property
    def total(self) -> Decimal:
        """The whole extra cost."""
        return self.interest + self.interest_on_interest + self.penalties + self.fees


def _points(rows: Sequence[StatementRow], n: int) -> tuple[Decimal, ...]:
    values = [r.closing + r.payment for r in rows]
    last = rows[-1].closing if rows else ZERO
    return tuple(values + [last] * (n - len(values)))


def owed_series(sim: Simulation, min_points: int = 7) -> OwedSeries:
    """Both runs' owed amounts on the same months (at least ``min_points`` points)."""
    n = max(len(sim.rows), len(sim.baseline_rows)) + 1
    n = max(n, min_points)
    months = tuple(record.add_months(sim.start, k) for k in range(n))
    return OwedSeries(months, _points(sim.baseline_rows, n), _points(sim.rows, n))


def extra_split(sim: Simulation) -> ExtraSplit:
    """The extra cost of the scenario split into interest, interest on interest, 违约金/罚息/late
    fees, and plan or instalment fees."""
    s, b = sim.totals, sim.baseline_totals
    return ExtraSplit(
        interest=s.interest - b.interest,
        interest_on_interest=s.interest_on_interest - b.interest_on_interest,
        penalties=s.penalties - b.penalties,
        fees=s.fees - b.fees,
    )
