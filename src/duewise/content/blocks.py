"""Interactive blocks in lesson prose: fenced code blocks whose language is the block kind and whose
body is TOML (calculator, record, choice, practice)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from duewise.content import limits, problems
from duewise.content.fields import Fields, did_you_mean, parse_number
from duewise.content.model import (
    PBOC_CODES,
    US_CODES,
    Block,
    CalculatorBlock,
    ChoiceBlock,
    ChoiceOption,
    ChoiceVerdict,
    PracticeBlock,
    RecordBlock,
    RecordSystem,
    Scenario,
    ScenarioKind,
    Slider,
    Then,
)
from duewise.content.problems import Problem, Severity
from duewise.content.tomllines import TomlLines, decode_error

BLOCK_KINDS = ("calculator", "record", "choice", "practice")
MAX_RECORD_MONTHS = 60
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SCENARIO = re.compile(r"^(on-time|minimum|miss:(\d+)|partial:(.+))$")


@dataclass(frozen=True, slots=True)
class BlockContext:
    """What block checks need from outside the pack.

    Attributes:
        preset_ids: product preset ids, or ``None`` when they cannot be known.
    """

    preset_ids: frozenset[str] | None


def parse_block(
    kind: str,
    body: str,
    path: Path,
    fence_line: int,
    *,
    context: BlockContext,
    sink: list[Problem],
) -> Block | None:
    """Parse the TOML body of a ``kind`` block that opens at ``fence_line``.

    Returns:
        The block, or ``None`` when it has problems (they are appended to ``sink``).
    """
    refusal = limits.toml_refusal(body)
    if refusal is not None:  # too deep for tomllib: refused before parsing
        sink.append(problems.make(refusal.code, path, fence_line + refusal.line, **refusal.params))
        return None
    try:
        data = tomllib.loads(body)
    except tomllib.TOMLDecodeError as error:
        line, detail = decode_error(error, body)
        sink.append(problems.make("block_toml", path, fence_line + line, kind=kind, detail=detail))
        return None
    lines = TomlLines(body, offset=fence_line)
    before = len(sink)
    fields = Fields(data, path, lines, where=f"{kind} block", sink=sink)
    block: Block | None
    if kind == "calculator":
        block = _calculator(fields, fence_line, context)
    elif kind == "record":
        block = _record(fields, fence_line)
    elif kind == "practice":
        block = _practice(fields, fence_line)
    else:
        block = _choice(fields, fence_line)
    if len(sink) > before and any(p.severity is Severity.ERROR for p in sink[before:]):
        return None
    return block


def _calculator(fields: Fields, line: int, context: BlockContext) -> CalculatorBlock | None:
    fields.check_keys(("product", "amount", "scenario", "sliders"), ("then",))
    product = fields.string("product")
    if product is not None:
        if context.preset_ids is None:
            fields.sink.append(
                problems.make(
                    "engine_unavailable",
                    fields.path,
                    fields.line("product"),
                    fields.where,
                    Severity.NOTE,
                    what=f"product presets, so '{product}' is unchecked",
                )
            )
        elif product not in context.preset_ids:
            fields.report(
                "unknown_preset",
                "product",
                id=product,
                hint=_known(product, context.preset_ids),
            )
    amount = fields.number("amount", positive=True)
    scenario = _scenario(fields)
    then_value = fields.choice("then", [t.value for t in Then])
    sliders = _sliders(fields)
    if product is None or amount is None or scenario is None or sliders is None:
        return None
    then = Then(then_value) if then_value is not None else None
    return CalculatorBlock(product, amount, scenario, then, sliders, line)


def _known(word: str, known: Collection[str]) -> str:
    hint = did_you_mean(word, known)
    return hint or f" (presets: {', '.join(sorted(known))})"


def _scenario(fields: Fields) -> Scenario | None:
    value = fields.string("scenario")
    if value is None:
        return None
    match = _SCENARIO.match(value)
    detail = f"must be on-time, minimum, miss:N or partial:AMOUNT, not '{value}'"
    if not match:
        fields.report("bad_value", "scenario", field="scenario", detail=detail)
        return None
    if match.group(2) is not None:
        cycles = int(match.group(2))
        if cycles < 1:
            fields.report("bad_value", "scenario", field="scenario", detail=detail)
            return None
        return Scenario(ScenarioKind.MISS, cycles=cycles)
    if match.group(3) is not None:
        amount = parse_number(match.group(3))
        if amount is None or amount <= 0:
            fields.report("bad_value", "scenario", field="scenario", detail=detail)
            return None
        return Scenario(ScenarioKind.PARTIAL, amount=amount)
    return Scenario(ScenarioKind(value))


def _sliders(fields: Fields) -> tuple[Slider, ...] | None:
    if "sliders" not in fields.data:
        return None
    value = fields.data["sliders"]
    allowed = [s.value for s in Slider]
    detail = f"must list one or two of {', '.join(allowed)}"
    if not isinstance(value, list) or not 1 <= len(value) <= 2:
        fields.report("bad_value", "sliders", field="sliders", detail=detail)
        return None
    sliders: list[Slider] = []
    for item in value:
        if not isinstance(item, str) or item not in allowed or Slider(item) in sliders:
            fields.report("bad_value", "sliders", field="sliders", detail=f"{detail}: {item!r}")
            return None
        sliders.append(Slider(item))
    return tuple(sliders)


def _record(fields: Fields, line: int) -> RecordBlock | None:
    fields.check_keys(("system", "start", "codes"), ("caption",))
    system_value = fields.choice("system", [s.value for s in RecordSystem])
    start = _month(fields)
    caption = fields.string("caption", empty_ok=True) or ""
    raw = fields.string("codes")
    if system_value is None or raw is None:
        return None
    system = RecordSystem(system_value)
    if system is RecordSystem.PBOC:
        codes = tuple(raw.replace(" ", ""))
        allowed = " ".join(sorted(PBOC_CODES))
        valid: Collection[str] = PBOC_CODES
    else:
        codes = tuple(code.strip() for code in raw.split(","))
        allowed = " ".join(["OK", "30", "60", "90", "120", "150", "180", "CO"])
        valid = US_CODES
    for code in codes:
        if code not in valid:
            fields.report("bad_code", "codes", code=code, system=system.value, allowed=allowed)
            return None
    if not 1 <= len(codes) <= MAX_RECORD_MONTHS:
        detail = f"must give 1 to {MAX_RECORD_MONTHS} months, not {len(codes)}"
        fields.report("bad_value", "codes", field="codes", detail=detail)
        return None
    if start is None:
        return None
    return RecordBlock(system, start, codes, caption, line)


def _month(fields: Fields) -> date | None:
    value = fields.string("start")
    if value is None:
        return None
    match = _MONTH.match(value)
    if not match or not 1 <= int(match.group(2)) <= 12:
        detail = f"must be a month written YYYY-MM, not '{value}'"
        fields.report("bad_value", "start", field="start", detail=detail)
        return None
    return date(int(match.group(1)), int(match.group(2)), 1)


def _choice(fields: Fields, line: int) -> ChoiceBlock | None:
    fields.check_keys(("id", "prompt", "options"), ())
    block_id = fields.ident("id", "choice block")
    prompt = fields.string("prompt")
    raw_options = fields.data.get("options")
    options: list[ChoiceOption] = []
    if raw_options is not None:
        if not isinstance(raw_options, list) or not all(isinstance(o, dict) for o in raw_options):
            fields.report(
                "wrong_type",
                "options",
                field="options",
                expected="[[options]] tables",
                actual="something else",
            )
            return None
        if not 2 <= len(raw_options) <= 6:
            detail = f"must have 2 to 6 [[options]], not {len(raw_options)}"
            fields.report("bad_value", "options", field="options", detail=detail)
        for index, raw in enumerate(raw_options):
            option = Fields(
                raw,
                fields.path,
                fields.lines,
                table="options",
                index=index,
                where=f"choice block option {index + 1}",
                sink=fields.sink,
            )
            option.check_keys(("label", "outcome"), ("verdict", "why"))
            label, outcome = option.string("label"), option.string("outcome")
            verdict = option.choice("verdict", [v.value for v in ChoiceVerdict])
            why = option.string("why")
            if label is not None and outcome is not None:
                options.append(
                    ChoiceOption(
                        label,
                        outcome,
                        ChoiceVerdict(verdict) if verdict is not None else None,
                        why or "",
                    )
                )
    if block_id is None or prompt is None or raw_options is None:
        return None
    return ChoiceBlock(block_id, prompt, tuple(options), line)


def _practice(fields: Fields, line: int) -> PracticeBlock | None:
    """``question = "l05-p01"``: which practice question of the lesson it shows (checked against
    the lesson's questions by :mod:`duewise.content.extras`)."""
    fields.check_keys(("question",), ())
    question = fields.ident("question", "question")
    if question is None:
        return None
    return PracticeBlock(question, line)
