"""Every rule, rate and fee DueWise ships names its original source and the date it was true.

The developer guide's rule, checked on the data a reader sees: each rule of every preset in
``assets/products/`` (and each of its alternatives), every entry of ``assets/borrowing.toml`` and
the consequence and record sources the calculator shows. A source is not empty, names no notes
file and carries no strength mark (``finance.citations``); its date is a TOML date, which can only
be written ``YYYY-MM-DD``. Notes shown beside a source (the ⓘ tooltip) follow the same rule.
The Chinese texts shown in a Chinese interface (``source_zh`` in ``borrowing.toml`` and in every
preset, with the presets' ``note_zh``, the record's and the consequences' ``*_ZH`` constants)
follow it too, and keep every address, section, law name and figure.
"""

from __future__ import annotations

import re
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


# What a Chinese rendering of a source must keep from the English one: every address, section,
# law name and figure (an article number may be written 第十六条 as well as 第16条).
_ADDRESS = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|cn|net|org)\b(?:/[\w./-]*[\w/])?", re.ASCII)
_SECTION = re.compile(r"§\s*\d+(?:\.\d+)*(?:\(\w+\))*", re.ASCII)
_LAW = re.compile(r"《[^》]+》")
_ARTICLE = re.compile(r"\bArt\.\s*(\d+)")
_CHINESE_ARTICLE = re.compile(r"第\s*([\d〇一二三四五六七八九十]+)\s*条")
_FIGURE = re.compile(r"\d+(?:\.\d+)?", re.ASCII)
_DIGITS = "〇一二三四五六七八九"


def _chinese_number(n: int) -> str:
    """1–99 as written in a Chinese article number (16 → 十六, 70 → 七十)."""
    tens, ones = divmod(n, 10)
    return (_DIGITS[tens] if tens > 1 else "") + "十" * bool(tens) + (_DIGITS[ones] if ones else "")


def _lost_in_translation(where: str, english: str, chinese: object) -> list[str]:
    """What ``chinese`` drops of ``english``'s addresses, sections, law names and figures."""
    if not isinstance(chinese, str) or not chinese.strip():
        return [f"{where}: no Chinese text ({chinese!r})"]
    misses = [f"{where}: {m}" for m in _flaws("zh", chinese)]
    rest = english
    for pattern in (_ADDRESS, _SECTION, _LAW):
        for found in pattern.findall(rest):
            if found not in chinese:
                misses.append(f"{where}: the Chinese text lacks {found!r}")
        rest = pattern.sub(" ", rest)
    articles = set(_CHINESE_ARTICLE.findall(chinese))
    for number in _ARTICLE.findall(rest):
        n = int(number)
        if not {str(n), _chinese_number(n)} & articles:
            misses.append(f"{where}: the Chinese text lacks article {n}")
    rest = _ARTICLE.sub(" ", rest)
    misses += [
        f"{where}: the Chinese text lacks the figure {figure!r}"
        for figure in _FIGURE.findall(rest)
        if figure not in _FIGURE.findall(chinese)
    ]
    return misses


def test_chinese_source_check_catches_a_lost_address_figure_or_article() -> None:
    english = "rule of thumb (a.com/x.html, 30 days; 《条例》 Art. 16; FCRA §605(a)(5))"
    for article in ("第十六条", "第 16 条"):
        kept = f"经验规则（a.com/x.html，30 天；《条例》{article}；FCRA §605(a)(5)）"
        assert _lost_in_translation("t", english, kept) == []
    lost = _lost_in_translation("t", english, "经验规则（a.com，31 天；《条例》第六条；FCRA §605）")
    assert len(lost) == 4, lost  # the address, the section, article 16 and the figure 30
    assert _lost_in_translation("t", english, "  ") == ["t: no Chinese text ('  ')"]


def test_every_borrowing_model_entry_has_a_faithful_chinese_source() -> None:
    data = tomllib.loads(BORROWING.read_text(encoding="utf-8"), parse_float=Decimal)
    misses: list[str] = []
    for where, table in _sourced_tables(data, ""):
        misses += _lost_in_translation(
            f"borrowing.toml {where} source_zh", str(table["source"]), table.get("source_zh")
        )
    assert not misses, "\n".join(misses)


def test_record_sources_have_faithful_chinese_texts() -> None:
    assert set(record.VISIBILITY_SOURCES_ZH) == set(record.VISIBILITY_SOURCES)
    misses = _lost_in_translation(
        "record.HEURISTIC_SOURCES_ZH", record.HEURISTIC_SOURCES, record.HEURISTIC_SOURCES_ZH
    )
    for key, english in record.VISIBILITY_SOURCES.items():
        misses += _lost_in_translation(
            f"record.VISIBILITY_SOURCES_ZH[{key!r}]", english, record.VISIBILITY_SOURCES_ZH[key]
        )
    assert not misses, "\n".join(misses)


@pytest.mark.parametrize("path", PRESET_FILES, ids=lambda p: p.stem)
def test_every_preset_source_and_note_has_a_faithful_chinese_text(path: Path) -> None:
    product = products.load_preset(path.stem, path.parent)
    misses: list[str] = []
    checked = 0
    for key, rule in product.rules.items():
        where = f"{path.name} [rules.{key}]"
        misses += _lost_in_translation(f"{where} source_zh", rule.source, rule.source_zh)
        if rule.note:  # shown in the ⓘ tooltip beside the source
            misses += _lost_in_translation(f"{where} note_zh", rule.note, rule.note_zh)
        for i, alt in enumerate(rule.alternatives):
            misses += _lost_in_translation(
                f"{where} alternatives[{i}] source_zh", alt.source, alt.source_zh
            )
        checked += 1 + len(rule.alternatives)
    assert not misses, "\n".join(misses)
    # Every source the file writes (a rule's or an alternative's) was one of them.
    assert checked == path.read_text(encoding="utf-8").count('source = "')


def test_consequence_sources_have_faithful_chinese_texts() -> None:
    assert set(consequences.SOURCES_ZH) == set(consequences.SOURCES)
    misses = [
        miss
        for key, english in consequences.SOURCES.items()
        for miss in _lost_in_translation(
            f"consequences.SOURCES_ZH[{key!r}]", english, consequences.SOURCES_ZH[key]
        )
    ]
    assert not misses, "\n".join(misses)
