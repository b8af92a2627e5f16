"""Where DueWise finds its shipped data (``assets/``, ``lessons/``) and keeps the user's data.

Shipped data lives at the top of the source tree (the package is installed editable by
``make run``/``make test``). ``DUEWISE_ASSETS_DIR`` and ``DUEWISE_LESSONS_DIR`` override the
locations; in the app, a teacher's own lesson pack chosen on the Learn page is set with
:func:`use_lessons_dir` (it wins over both).
"""

from __future__ import annotations

import os
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
_lessons_override: Path | None = None


def assets_dir() -> Path:
    """The folder holding product presets, figures and other shipped data."""
    return Path(os.environ.get("DUEWISE_ASSETS_DIR") or _ROOT / "assets")


def shipped_lessons_dir() -> Path:
    """The course that comes with DueWise (or ``$DUEWISE_LESSONS_DIR``)."""
    return Path(os.environ.get("DUEWISE_LESSONS_DIR") or _ROOT / "lessons")


def lessons_dir() -> Path:
    """The lesson pack in use: a chosen teacher's pack, else the shipped course."""
    return _lessons_override or shipped_lessons_dir()


def use_lessons_dir(folder: Path | None) -> None:
    """Use the pack in ``folder`` from now on (``None``: back to the shipped course)."""
    global _lessons_override  # noqa: PLW0603 - the one pack the running app shows
    _lessons_override = Path(folder) if folder is not None else None


def products_dir() -> Path:
    """Product presets: one TOML file per product."""
    return assets_dir() / "products"
