"""The loaders refuse a preset or borrowing file whose sources a reader could not look up.

A preset folder from someone else (``DUEWISE_ASSETS_DIR``, a teacher's assets) is data from
outside: a rule citing the project's notes file, a strength mark, an empty alternative source or a
date-time where a date belongs is refused with the file, the line and the rule, as every other
preset problem is. A learner's own saved copy (``parse_preset``) still loads, so nothing is lost.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from duewise import calc_cli, paths
from duewise.finance import borrowing, products
from duewise.finance.products import ProductError

JD = "cn_jd_baitiao.toml"


def _assets(tmp_path: Path) -> Path:
    folder = tmp_path / "assets"
    shutil.copytree(paths.assets_dir(), folder, ignore=shutil.ignore_patterns("screenshots"))
    return folder


def _edit(path: Path, old: str, new: str) -> str:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text


def _line_of(text: str, fragment: str, after: str) -> int:
    return text[: text.index(fragment, text.index(after))].count("\n") + 1


def _rule_source(text: str, key: str) -> str:
    start = text.index(f"[rules.{key}]")
    line = text[text.index("source = ", start) :].split("\n", 1)[0]
    return line


@pytest.mark.parametrize(
    ("addition", "word"),
    [(" (credit-rules.md §1)", "notes"), (" [R]", "strength mark"), (" (§4)", "notes")],
)
def test_a_rule_source_citing_the_notes_or_a_mark_is_refused_at_its_line(
    tmp_path: Path, addition: str, word: str
) -> None:
    folder = _assets(tmp_path) / "products"
    path = folder / JD
    text = path.read_text(encoding="utf-8")
    source = _rule_source(text, "penalty_daily_rate")
    _edit(path, source, source[:-1] + addition + '"')
    with pytest.raises(ProductError) as info:
        products.load_preset("cn_jd_baitiao", folder)
    error = info.value
    assert error.code == "preset_invalid" and error.params["key"] == "penalty_daily_rate"
    assert error.params["file"] == str(path)
    assert error.params["line"] == _line_of(text, "source = ", "[rules.penalty_daily_rate]")
    assert word in str(error.params["detail"]) and "source" in str(error.params["detail"])


def test_an_alternative_or_a_note_is_checked_too(tmp_path: Path) -> None:
    folder = _assets(tmp_path) / "products"
    path = folder / JD
    text = _edit(path, 'note = "older / commonly cited rate"', 'note = "see credit-rules.md"')
    with pytest.raises(ProductError) as info:
        products.load_preset("cn_jd_baitiao", folder)
    assert info.value.params["key"] == "penalty_daily_rate"
    assert info.value.params["line"] == _line_of(text, "{ value = 0.0005", "[rules.penalty")
    assert "note" in str(info.value.params["detail"])
    path.write_text(text, encoding="utf-8")
    alt = text[text.index("{ value = 0.0005") :].split("\n", 1)[0]
    start = alt.index('source = "') + len('source = "')
    end = alt.index('", as_of')
    _edit(path, alt, alt[:start] + alt[end:])
    with pytest.raises(ProductError, match="preset_invalid") as info:
        products.load_preset("cn_jd_baitiao", folder)
    assert "empty" in str(info.value.params["detail"])


def _rule_line(text: str, key: str, field: str) -> str:
    """The ``field = …`` line of the rule ``key`` (``source_zh``, ``note_zh``)."""
    start = text.index(f"[rules.{key}]")
    return text[text.index(f"\n{field} = ", start) + 1 :].split("\n", 1)[0]


@pytest.mark.parametrize("field", ["source_zh", "note_zh"])
@pytest.mark.parametrize("value", ['""', '"  "', "1"])
def test_a_chinese_text_that_is_empty_or_not_text_is_refused(
    tmp_path: Path, field: str, value: str
) -> None:
    folder = _assets(tmp_path) / "products"
    path = folder / JD
    text = path.read_text(encoding="utf-8")
    _edit(path, _rule_line(text, "penalty_daily_rate", field), f"{field} = {value}")
    with pytest.raises(ProductError) as info:
        products.load_preset("cn_jd_baitiao", folder)
    error = info.value
    assert error.code == "preset_invalid" and error.params["key"] == "penalty_daily_rate"
    assert error.params["file"] == str(path)
    assert field in str(error.params["detail"])


def test_a_chinese_source_citing_the_notes_or_a_mark_is_refused_at_its_line(
    tmp_path: Path,
) -> None:
    folder = _assets(tmp_path) / "products"
    path = folder / JD
    text = path.read_text(encoding="utf-8")
    line = _rule_line(text, "penalty_daily_rate", "source_zh")
    _edit(path, line, line[:-1] + ' [R]"')
    with pytest.raises(ProductError) as info:
        products.load_preset("cn_jd_baitiao", folder)
    error = info.value
    assert error.params["key"] == "penalty_daily_rate"
    assert error.params["line"] == _line_of(text, "source_zh = ", "[rules.penalty_daily_rate]")
    assert "strength mark" in str(error.params["detail"])
    assert "source_zh" in str(error.params["detail"])


def test_an_alternatives_chinese_source_is_checked_too(tmp_path: Path) -> None:
    folder = _assets(tmp_path) / "products"
    path = folder / JD
    text = path.read_text(encoding="utf-8")
    alt = text[text.index("{ value = 0.0005") :].split("\n", 1)[0]
    start = alt.index('source_zh = "') + len('source_zh = "')
    end = alt.index('", as_of')
    _edit(path, alt, alt[:start] + alt[end:])
    with pytest.raises(ProductError) as info:
        products.load_preset("cn_jd_baitiao", folder)
    assert info.value.params["key"] == "penalty_daily_rate"
    assert "source_zh" in str(info.value.params["detail"])
    path.write_text(text, encoding="utf-8")
    _edit(path, alt, alt[:start] + "见 credit-rules.md，" + alt[start:])
    with pytest.raises(ProductError) as info:
        products.load_preset("cn_jd_baitiao", folder)
    assert info.value.params["line"] == _line_of(text, "{ value = 0.0005", "[rules.penalty")
    assert "alternative's source_zh" in str(info.value.params["detail"])


def test_a_date_time_is_no_as_of_date(tmp_path: Path) -> None:
    folder = _assets(tmp_path) / "products"
    path = folder / JD
    text = path.read_text(encoding="utf-8")
    start = text.index("[rules.penalty_daily_rate]")
    as_of = text.index("as_of = 2025-05-01", start)
    end = as_of + len("as_of = 2025-05-01")
    path.write_text(text[:as_of] + "as_of = 2025-05-01T08:00:00" + text[end:], encoding="utf-8")
    with pytest.raises(ProductError) as info:
        products.load_preset("cn_jd_baitiao", folder)
    assert info.value.params["key"] == "penalty_daily_rate"
    assert "YYYY-MM-DD" in str(info.value.params["detail"])


def test_a_learners_saved_copy_with_old_sources_still_loads() -> None:
    text = (paths.products_dir() / JD).read_text(encoding="utf-8")
    source = _rule_source(text, "penalty_daily_rate")
    old = text.replace(source, 'source = "hpgipv.com (credit-rules.md §1) [R]"')
    product = products.parse_preset(old, file="my copy")
    assert "credit-rules" in product.rules["penalty_daily_rate"].source  # shown as written


def test_every_shipped_preset_passes_the_loader() -> None:
    assert set(products.load_presets()) == set(products.PRESET_IDS)


def test_calc_names_the_file_line_and_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assets = _assets(tmp_path)
    path = assets / "products" / JD
    text = path.read_text(encoding="utf-8")
    source = _rule_source(text, "penalty_daily_rate")
    _edit(path, source, source[:-1] + ' [W]"')
    monkeypatch.setenv("DUEWISE_ASSETS_DIR", str(assets))
    status = calc_cli.main(
        ["late", "--product", "cn_jd_baitiao", "--amount", "1000", "--days-late", "5"]
    )
    err = capsys.readouterr().err.strip()
    assert status == 2 and "\n" not in err
    line = _line_of(text, "source = ", "[rules.penalty_daily_rate]")
    assert str(path) in err and f"line {line}" in err
    assert "penalty_daily_rate" in err and "[W]" in err


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        (
            "10100.com/article/17320473 (industry websites, weak sources)",
            "10100.com/article/17320473 (credit-rules.md §4)",
            "rules.lian_san_lei_liu",
        ),
        ("(a third-party reproduction, not FICO's own page)", "[R]", "us_score[1]"),
    ],
)
def test_a_borrowing_entry_citing_the_notes_is_refused(
    tmp_path: Path, old: str, new: str, key: str
) -> None:
    path = _assets(tmp_path) / "borrowing.toml"
    _edit(path, old, new)
    with pytest.raises(borrowing.BorrowingError) as info:
        borrowing.load_rules(path)
    assert info.value.params["key"] == key
    assert "source" in str(info.value.params["detail"])


def test_a_borrowing_entry_needs_a_date(tmp_path: Path) -> None:
    path = _assets(tmp_path) / "borrowing.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[kind_factor]")
    as_of = text.index("as_of = 2025-05-01", start)
    end = as_of + len("as_of = 2025-05-01")
    path.write_text(text[:as_of] + 'as_of = "May 2025"' + text[end:], encoding="utf-8")
    with pytest.raises(borrowing.BorrowingError) as info:
        borrowing.load_rules(path)
    assert info.value.params["key"] == "kind_factor"
    assert "YYYY-MM-DD" in str(info.value.params["detail"])
