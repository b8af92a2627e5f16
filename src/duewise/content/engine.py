"""The finance engine as seen by the lesson loader: product preset ids and ``calc`` results.

Lessons name presets and compute numeric answers with ``duewise.finance``. The loader talks to it
through the small :class:`Engine` protocol so that tests can give a fixed one, and so that a pack
still loads (with notes saying what could not be checked) if the engine is missing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol, cast

from duewise import paths

COMMANDS = (
    "loan",
    "payoff",
    "disclosure",
    "instalment",
    "true-rate",
    "late",
    "adb",
    "missed",
    "plan",
)
"""The ``duewise calc`` commands a ``compute`` may name (README: "Numeric answers computed …")."""


class EngineUnavailableError(RuntimeError):
    """The finance engine is not installed (yet); compute checks are skipped with a note."""


class Engine(Protocol):
    """What the loader needs from the finance engine."""

    def preset_ids(self) -> frozenset[str] | None:
        """The product preset ids, or ``None`` when they cannot be known."""

    def run(self, command: str, params: Mapping[str, object]) -> Mapping[str, object]:
        """The JSON-ready result of ``duewise calc COMMAND`` with ``params``.

        Raises:
            EngineUnavailableError: no engine to ask.
            Exception: whatever the engine raises for inputs it refuses.
        """


_Run = Callable[[str, Mapping[str, object]], Mapping[str, object]]


class FinanceEngine:
    """The real engine: ``duewise.finance.products.load_presets`` and ``duewise.finance.calc.run``.

    Results are cached per instance, so a question asked twice costs one computation.

    Args:
        products_dir: where the preset files are (default: ``paths.products_dir()``).
    """

    def __init__(self, products_dir: Path | None = None) -> None:
        self._products_dir = products_dir or paths.products_dir()
        self._ids: frozenset[str] | None = None
        self._ids_known = False
        self._run: _Run | None = None
        self._run_known = False
        self._cache: dict[tuple[str, tuple[tuple[str, object], ...]], Mapping[str, object]] = {}

    def preset_ids(self) -> frozenset[str] | None:
        """Preset ids from the presets loader; the ``*.toml`` stems if it is missing or fails."""
        if not self._ids_known:
            self._ids_known = True
            ids: frozenset[str] = frozenset()
            try:
                module = importlib.import_module("duewise.finance.products")
                loaded = module.load_presets(self._products_dir)
                ids = frozenset(str(key) for key in loaded)
            except Exception:  # a broken preset must not break every lesson
                ids = frozenset(p.stem for p in self._products_dir.glob("*.toml"))
            self._ids = ids or None
        return self._ids

    def run(self, command: str, params: Mapping[str, object]) -> Mapping[str, object]:
        """``duewise.finance.calc.run(command, params)``, cached."""
        if not self._run_known:
            self._run_known = True
            try:
                module = importlib.import_module("duewise.finance.calc")
                self._run = cast(_Run, module.run)
            except (ImportError, AttributeError):
                self._run = None
        if self._run is None:
            raise EngineUnavailableError("duewise.finance.calc.run")
        key = (command, tuple(sorted(params.items())))
        if key not in self._cache:
            self._cache[key] = self._run(command, dict(params))
        return self._cache[key]
