"""The finance engine as seen by the lesson loader: product preset ids and ``calc`` results.

Lessons name presets and compute numeric answers with ``duewise.finance``. The loader talks to it
through the small :class:`Engine` protocol so that tests can give a fixed one (an engine that
raises :class:`EngineUnavailableError` makes the loader skip compute checks with a note).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Protocol

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
        self._cache: dict[tuple[str, tuple[tuple[str, object], ...]], Mapping[str, object]] = {}

    def preset_ids(self) -> frozenset[str] | None:
        """Preset ids from the presets loader; the ``*.toml`` stems if it is missing or fails."""
        if not self._ids_known:
            self._ids_known = True
            ids: frozenset[str] = frozenset()
            from duewise.finance import products  # here: loading a pack need not pay for it

            try:
                loaded = products.load_presets(self._products_dir)
                ids = frozenset(str(key) for key in loaded)
            except (products.ProductError, OSError):  # a broken preset must not break lessons
                ids = frozenset(p.stem for p in self._products_dir.glob("*.toml"))
            self._ids = ids or None
        return self._ids

    def run(self, command: str, params: Mapping[str, object]) -> Mapping[str, object]:
        """``duewise.finance.calc.run(command, params)``, cached."""
        if self._run is None:
            from duewise.finance import calc  # here: only a pack with compute blocks needs it

            self._run = calc.run
        key = (command, tuple(sorted(params.items())))
        if key not in self._cache:
            self._cache[key] = self._run(command, dict(params))
        return self._cache[key]
