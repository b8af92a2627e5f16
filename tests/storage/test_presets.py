"""A learner's edited preset on disk (``storage.presets``): written through the one atomic
writer, so a link planted at the old fixed temporary name is never followed and a failed write
leaves the old file as it was. Finance only turns the product into TOML text."""

from __future__ import annotations

import errno
import re
import sys
from pathlib import Path

import pytest

from duewise.finance import products
from duewise.storage import files, presets

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def mine() -> products.Product:
    return products.with_terms(products.load_preset("cn_huabei"), id="my_huabei")


def test_a_saved_copy_loads_back(mine: products.Product, tmp_path: Path) -> None:
    presets.save_preset(mine, tmp_path / "my_huabei.toml")
    assert products.load_preset("my_huabei", tmp_path) == mine
    assert [p.name for p in tmp_path.iterdir()] == ["my_huabei.toml"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links")
def test_a_link_planted_at_the_old_temporary_name_is_not_followed(
    mine: products.Product, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    folder = tmp_path / "shared"
    folder.mkdir()
    target = folder / "my_huabei.toml"
    planted = folder / "my_huabei.toml.tmp"  # the fixed name the old writer used
    planted.symlink_to(victim)
    presets.save_preset(mine, target)
    assert victim.read_text(encoding="utf-8") == "precious"
    assert planted.is_symlink()
    assert not target.is_symlink()
    assert products.load_preset("my_huabei", folder) == mine


@pytest.mark.parametrize("stage", ["fsync", "replace"])
def test_a_failed_write_leaves_the_old_file_intact(
    mine: products.Product, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str
) -> None:
    target = tmp_path / "my_huabei.toml"
    old = products.to_toml(products.with_terms(mine, daily_rate="0.0003"))
    target.write_text(old, encoding="utf-8")

    def fail(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, stage, fail)
    with pytest.raises(files.FileWriteError) as caught:
        presets.save_preset(mine, target)
    assert caught.value.code == "disk_full"
    assert target.read_text(encoding="utf-8") == old
    assert [p.name for p in tmp_path.iterdir()] == ["my_huabei.toml"]


def test_finance_writes_no_files() -> None:
    """Finance returns text (``products.to_toml``); storage is the layer that writes."""
    writers = re.compile(r"\.write_text\(|\.write_bytes\(|\bopen\(|os\.replace|\.replace\(path")
    found = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "src" / "duewise" / "finance").rglob("*.py"))
        if writers.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
    assert not hasattr(products, "save_product")
