"""The domain packages must import neither Qt nor matplotlib (DESIGN.md, Architecture)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import duewise

DOMAIN_PACKAGES = ["duewise.finance", "duewise.content", "duewise.learning", "duewise.storage"]
FORBIDDEN = ("PySide6", "matplotlib")


def _modules_of(package: str) -> list[str]:
    module = __import__(package, fromlist=["__path__"])
    names = [package]
    for info in pkgutil.walk_packages(module.__path__, prefix=package + "."):
        names.append(info.name)
    return names


@pytest.mark.parametrize("package", DOMAIN_PACKAGES)
def test_domain_package_imports_no_qt_or_matplotlib(package: str) -> None:
    modules = _modules_of(package)
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "", f"{package} pulled in: {result.stdout.strip()}"


def test_package_has_a_version() -> None:
    assert duewise.__version__
