"""Every rule, rate and fee DueWise ships names its original source and the date it was true.

The developer guide's rule, checked on the data a reader sees: each rule of every preset in
``assets/products/`` (and each of its alternatives), every entry of ``assets/borrowing.toml`` and
the consequence and record sources the calculator shows. A source is not empty, names no notes
file and carries no strength mark (``finance.citations``); its date is a TOML date, which can only
be written ``YYYY-MM-DD``. Notes shown beside a source (the ⓘ tooltip) follow the same rule.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from duewise import paths
from duewise.finance import citations, consequences, products, record

PRESET_FILES = sorted(paths.products_dir().glob("*.toml"))
BORROWING = paths.assets_dir() / "borrowing.toml"


def _flaws(where: str, text: object, *, empty_ok: bool = False) -> list[str]:
    if not isinstance(text, str):
        return [f"{where}: not text ({text!r})"]
    return [
        f"{where}: {citations.describe(f)}" for f in citations.findings(text, empty_ok=empty_ok)
    ]


def _date_flaws(where: str, value: object) -> list[str]:
    if isinstance(value, datetime) or not isinstance(value, date):
        return [f"{where}: as_of must be a date written YYYY-MM-DD, not {value!r}"]
    return []


def test_there_are_presets_to_check() -> None:
    assert {p.stem for p in PRESET_FILES} == set(products.PRESET_IDS)


@pytest.mark.parametrize("path", PRESET_FILES, ids=lambda p: p.stem)
def test_every_preset_rule_names_its_original_source_and_date(path: Path) -> None:
    product = products.parse_preset(path.read_text(encoding="utf-8"), file=str(path))
    misses: list[str] = []
    for key, rule in product.rules.items():
        where = f"{path.name} [rules.{key}]"
        misses += _flaws(f"{where} source", rule.source)
        misses += _flaws(f"{where} note", rule.note, empty_ok=True)
        misses += _date_flaws(where, rule.as_of)
        for i, alt in enumerate(rule.alternatives):
            misses += _flaws(f"{where} alternatives[{i}] source", alt.source)
            misses += _flaws(f"{where} alternatives[{i}] note", alt.note, empty_ok=True)
            misses += _date_flaws(f"{where} alternatives[{i}]", alt.as_of)
    assert not misses, "\n".join(misses)


def _sourced_tables(data: object, where: str) -> Iterator[tuple[str, Mapping[str, object]]]:
    if isinstance(data, Mapping):
        if "source" in data:
            yield where, data
        for key, value in data.items():
            yield from _sourced_tables(value, f"{where}.{key}" if where else str(key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _sourced_tables(value, f"{where}[{i}]")


def test_every_borrowing_model_entry_names_its_source_and_date() -> None:
    data = tomllib.loads(BORROWING.read_text(encoding="utf-8"), parse_float=Decimal)
    tables = list(_sourced_tables(data, ""))
    # Every outcome rule, premium step, multiplier table and score row is one of them.
    expected = (
        len(data["rules"]) + len(data["premium"]) + 2 + len(data["us_score"])  # severity, kind
    )
    assert len(tables) == expected
    misses: list[str] = []
    for where, table in tables:
        misses += _flaws(f"borrowing.toml {where} source", table["source"])
        misses += _date_flaws(f"borrowing.toml {where}", table.get("as_of"))
    assert not misses, "\n".join(misses)


def test_consequence_and_record_sources_cite_originals() -> None:
    texts = {f"consequences.SOURCES[{k!r}]": v for k, v in consequences.SOURCES.items()}
    texts["record.HEURISTIC_SOURCES"] = record.HEURISTIC_SOURCES
    texts |= {f"record.VISIBILITY_SOURCES[{k!r}]": v for k, v in record.VISIBILITY_SOURCES.items()}
    misses = [m for where, text in texts.items() for m in _flaws(where, text)]
    assert not misses, "\n".join(misses)
