"""Shared hypothesis strategies for finance tests: money, rates, terms, minimum rules, debts."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from duewise.finance.planner import Debt
from duewise.finance.schedules import MinimumPayment


def money(min_cents: int = 1, max_cents: int = 10_000_000_00) -> st.SearchStrategy[Decimal]:
    """Amounts with whole cents, default 0.01 … 10,000,000.00."""
    return st.integers(min_cents, max_cents).map(lambda c: Decimal(c).scaleb(-2))


def annual_rates(max_basis_points: int = 6000) -> st.SearchStrategy[Decimal]:
    """APRs as fractions with whole basis points, default 0 … 60 %."""
    return st.integers(0, max_basis_points).map(lambda bp: Decimal(bp).scaleb(-4))


def months(max_months: int = 360) -> st.SearchStrategy[int]:
    """Loan terms in months."""
    return st.integers(1, max_months)


def minimum_rules() -> st.SearchStrategy[MinimumPayment]:
    """Minimum-payment rules: 1–10 % of the balance with a 0–50 floor, or a fixed amount."""
    percent_rule = st.builds(
        MinimumPayment,
        st.integers(1, 10).map(lambda p: Decimal(p) / 100),
        st.integers(0, 50).map(Decimal),
    )
    fixed_rule = st.integers(10, 500).map(lambda a: MinimumPayment.fixed(Decimal(a)))
    return st.one_of(percent_rule, fixed_rule)


@st.composite
def debts(draw: st.DrawFn, min_size: int = 1, max_size: int = 6) -> list[Debt]:
    """A list of debts with unique names and modest balances."""
    count = draw(st.integers(min_size, max_size))
    return [
        Debt(
            f"debt{i}",
            draw(money(100_00, 20_000_00)),
            draw(annual_rates(3600)),
            draw(minimum_rules()),
        )
        for i in range(count)
    ]
