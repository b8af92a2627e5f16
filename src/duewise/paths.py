"""Where DueWise finds its shipped data (``assets/``, ``lessons/``) and keeps the user's data.

Shipped data lives at the top of the source tree (the package is installed editable by
``make run``/``make test``). ``DUEWISE_ASSETS_DIR`` and ``DUEWISE_LESSONS_DIR`` override the
locations, e.g. for a teacher's own lesson pack.
"""

from __future__ import annotations

import os
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]


def assets_dir() -> Path:
    """The folder holding product presets, figures and other shipped data."""
    return Path(os.environ.get("DUEWISE_ASSETS_DIR") or _ROOT / "assets")


def lessons_dir() -> Path:
    """The shipped lesson pack."""
    return Path(os.environ.get("DUEWISE_LESSONS_DIR") or _ROOT / "lessons")


def products_dir() -> Path:
    """Product presets: one TOML file per product."""
    return assets_dir() / "products"
