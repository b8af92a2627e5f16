"""Lesson blocks for paper: what a calculator block's slider would show, as a small table.

On screen a calculator block has a slider ("days late", "missed cycles" …) and the learner watches
the cost change. A printed handout cannot move, so it prints the figures the same engine gives for
a few values of the block's first slider (:data:`SAMPLES`), with the other sliders at the values
the block starts with on screen (:func:`start_values`, the same as the Learn page's).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from duewise.content.model import CalculatorBlock, ScenarioKind, Slider, Then
from duewise.finance import products, what_if
from duewise.finance.money import MoneyError

#: The values printed for each slider (amount: multiples of the block's amount; APR: the
#: product's rate and a few percentage points around it; months: depends on the scenario).
SAMPLES: dict[Slider, tuple[int, ...]] = {
    Slider.DAYS_LATE: (1, 7, 30, 60, 90),
    Slider.MISSED_CYCLES: (1, 2, 3, 6),
}
AMOUNT_FACTORS = (Decimal("0.5"), Decimal(1), Decimal(2), Decimal(5))
APR_STEPS = (Decimal("-0.05"), Decimal(0), Decimal("0.05"), Decimal("0.10"))
NEGOTIATE_MONTHS = (3, 6, 12, 24)
MINIMUM_MONTHS = (12, 60, 120)


@dataclass(frozen=True, slots=True)
class PaperRow:
    """One printed line: the slider's value and what the engine gives for it."""

    value: int | Decimal
    result: what_if.WhatIf


@dataclass(frozen=True, slots=True)
class PaperTable:
    """A calculator block for paper.

    Attributes:
        product: the preset (``None`` when it cannot be loaded; ``error`` says why).
        slider: the slider the rows vary (``None`` for a block without one: a single row).
        rows: the figures, in slider order.
        error: a :class:`MoneyError` code when nothing could be computed.
    """

    product: products.Product | None
    slider: Slider | None
    rows: tuple[PaperRow, ...]
    error: str | None = None


def negotiates(block: CalculatorBlock) -> bool:
    """Whether the block ends with a negotiated instalment plan."""
    return block.then is Then.NEGOTIATE


def start_values(block: CalculatorBlock, product: products.Product) -> dict[Slider, object]:
    """Each slider's value when the block first shows (as on the Learn page)."""
    scenario = block.scenario
    cycles = scenario.cycles if scenario.kind is ScenarioKind.MISS and scenario.cycles else 1
    return {
        Slider.DAYS_LATE: min(30 * cycles, 180),
        Slider.MISSED_CYCLES: scenario.cycles or 1,
        Slider.MONTHS: 12 if negotiates(block) else what_if.MINIMUM_HORIZON_MONTHS,
        Slider.AMOUNT: block.amount,
        Slider.APR: product.annual_rate,
    }


def _samples(block: CalculatorBlock, slider: Slider, product: products.Product) -> list[object]:
    if slider is Slider.AMOUNT:
        return [block.amount * factor for factor in AMOUNT_FACTORS]
    if slider is Slider.APR:
        rates = [product.annual_rate + step for step in APR_STEPS]
        return [rate for rate in rates if rate >= 0]
    if slider is Slider.MONTHS:
        return list(NEGOTIATE_MONTHS if negotiates(block) else MINIMUM_MONTHS)
    return list(SAMPLES[slider])


_ARG = {
    Slider.DAYS_LATE: "days_late",
    Slider.MISSED_CYCLES: "missed_cycles",
    Slider.APR: "annual_rate",
    Slider.MONTHS: "months",
}


def _evaluate(block: CalculatorBlock, values: dict[Slider, object]) -> what_if.WhatIf:
    amount = values.get(Slider.AMOUNT, block.amount)
    assert isinstance(amount, Decimal)
    args: dict[str, object] = {}
    for slider in block.sliders:
        if slider in _ARG:
            args[_ARG[slider]] = values[slider]
    return what_if.evaluate(
        block.product,
        amount,
        str(block.scenario),
        block.then.value if block.then is not None else None,
        **args,  # type: ignore[arg-type]
    )


def calculator_table(block: CalculatorBlock) -> PaperTable:
    """The figures of ``block`` for a few values of its first slider (the others as they start).

    Values the engine refuses (a sample outside what the product allows) are left out; if none
    can be computed, ``error`` carries the engine's code.
    """
    try:
        product = products.load_preset(block.product)
    except MoneyError as exc:
        return PaperTable(None, None, (), exc.code)
    start = start_values(block, product)
    slider = block.sliders[0] if block.sliders else None
    samples = _samples(block, slider, product) if slider is not None else [None]
    rows: list[PaperRow] = []
    error: str | None = None
    for sample in samples:
        values = dict(start)
        if slider is not None:
            values[slider] = sample
        try:
            result = _evaluate(block, values)
        except MoneyError as exc:
            error = exc.code
            continue
        shown = sample if isinstance(sample, int | Decimal) else 0
        rows.append(PaperRow(shown, result))
    return PaperTable(product, slider, tuple(rows), None if rows else error)
