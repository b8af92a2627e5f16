"""Shared test setup: headless Qt, and a temporary data folder for every test."""

from __future__ import annotations

import os

# Must happen before anything imports PySide6: without a display Qt would abort the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# matplotlib must never try an interactive backend in tests.
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own data folder; tests never touch the user's real data."""
    data_dir = tmp_path_factory.mktemp("duewise-data")
    monkeypatch.setenv("DUEWISE_DATA_DIR", str(data_dir))
    return data_dir
