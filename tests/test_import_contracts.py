"""The layers and the absence of cycles, as the import-linter contracts in pyproject.toml state
them (DESIGN.md, Architecture; CONVENTIONS.md, Layers). ``make test`` fails on a violation."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "duewise"


def test_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint_imports), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"Contracts: \d+ kept, 0 broken", result.stdout), result.stdout


def _sources(*folders: str) -> list[Path]:
    return [path for folder in folders for path in sorted((SOURCE / folder).rglob("*.py"))]


# Loading a module by name (importlib.import_module, __import__, importlib.util specs) hides the
# dependency from mypy and import-linter; importlib.resources and importlib.metadata read data.
_DYNAMIC_IMPORT = re.compile(
    r"^\s*import importlib\s*(?:#.*)?$"
    r"|^\s*import importlib\.(?!resources|metadata)"
    r"|^\s*from importlib(?:\.util)? import (?!resources|metadata)"
    r"|importlib\.(?:import_module|util)"
    r"|__import__\(",
    re.M,
)


def test_no_importlib_for_modules_that_always_exist() -> None:
    """Nowhere in the package (finance and the entry points included): every module DueWise
    runs is imported with a plain ``import`` (inside a function where start-up time matters)."""
    users = [
        str(path.relative_to(SOURCE))
        for path in sorted(SOURCE.rglob("*.py"))
        if _DYNAMIC_IMPORT.search(path.read_text())
    ]
    assert users == []


def test_the_dynamic_import_check_sees_what_it_must() -> None:
    for hidden in (
        "import importlib\n",
        "import importlib.util\n",
        "from importlib import import_module\n",
        "x = importlib.import_module(name)\n",
        "x = __import__(name)\n",
    ):
        assert _DYNAMIC_IMPORT.search(hidden), hidden
    for reading in (
        "from importlib import resources\n",
        "from importlib import metadata, resources\n",
        "from importlib.resources.abc import Traversable\n",
    ):
        assert not _DYNAMIC_IMPORT.search(reading), reading


def test_the_ui_reads_only_the_planners_public_results() -> None:
    readers = [
        str(path.relative_to(SOURCE)) for path in _sources("ui") if "raw_months" in path.read_text()
    ]
    assert readers == []


# Modules over the ~600-line rule, each waiting for the split its owner is making; none may
# grow past 650, and a module not listed here stays under 600.
_BEING_SPLIT = {
    "ui/calculator/page.py",  # the calculator's panels (branch calcui)
    "ui/classroom/live/panel.py",  # the live quiz (branch live2)
    "ui/classroom/live/server.py",  # the live quiz (branch live2)
}


def test_no_ui_module_is_a_god_module() -> None:
    counts = {
        str(path.relative_to(SOURCE)): len(path.read_text().splitlines()) for path in _sources("ui")
    }
    long = {
        name: count
        for name, count in counts.items()
        if count > (650 if name in _BEING_SPLIT else 600)
    }
    assert long == {}, "split these into one module per panel (CONVENTIONS.md, Screens)"


def test_check_and_learn_are_assembled_from_panel_widgets() -> None:
    """CONVENTIONS.md, Screens: page.py assembles panels, one module per panel; a panel is a
    widget with its inputs in its constructor and its outputs as signals, not a mixin sharing
    the page's state (``*_part.py`` classes mixed into the page). The planner's parts are
    converted by the branch that owns ui/planner/ (calcui)."""
    from duewise.ui.check.page import CheckPage
    from duewise.ui.common.page import Page
    from duewise.ui.learn.page import LearnPage

    bases = {page.__name__: page.__bases__ for page in (CheckPage, LearnPage)}
    assert bases == {"CheckPage": (Page,), "LearnPage": (Page,)}
    parts = [
        str(path.relative_to(SOURCE))
        for path in _sources("ui/check", "ui/learn")
        if re.search(r"^class \w+Part\b", path.read_text(), re.M)
    ]
    assert parts == []
