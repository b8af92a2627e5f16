"""Shared by the lesson-pack tests: where the test packs are, and a fixed finance engine."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).parent
VALID_PACK = HERE / "valid"
BROKEN_PACKS = HERE / "broken"
TEST_ASSETS = HERE / "assets"


class FakeEngine:
    """A fixed stand-in for the finance engine, so these tests do not depend on its numbers.

    Knows two presets and one command: ``late`` = amount × 0.07 % × days_late (JD's worked
    example, credit-rules.md §1: 1000 × 0.07 % × 5 = 3.50).
    """

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, object]]] = []

    def preset_ids(self) -> frozenset[str] | None:
        return frozenset({"cn_jd_baitiao", "us_card"})

    def run(self, command: str, params: Mapping[str, object]) -> Mapping[str, object]:
        self.calls.append((command, dict(params)))
        if command != "late":
            raise ValueError(f"the test engine only knows 'late', not {command!r}")
        amount = Decimal(str(params["amount"]))
        days = int(str(params["days_late"]))
        penalty = (amount * Decimal("0.0007") * days).quantize(Decimal("0.01"), ROUND_HALF_UP)
        return {"penalty": str(penalty), "days_late": days}
