"""Shared test setup: headless Qt, and a temporary data folder for every test."""

from __future__ import annotations

import os

# Must happen before anything imports PySide6: without a display Qt would abort the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# matplotlib must never try an interactive backend in tests.
os.environ.setdefault("MPLBACKEND", "Agg")

import pytest
from hypothesis import settings

# No deadline for any property test: Hypothesis's default fails an example that takes over
# 200 ms, a wall-clock assertion that a loaded CI machine trips now and then (an IRR over 36
# flows did). Speed is measured by the benchmarks instead.
settings.register_profile("duewise", deadline=None)
settings.load_profile("duewise")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own data folder; tests never touch the user's real data."""
    data_dir = tmp_path_factory.mktemp("duewise-data")
    monkeypatch.setenv("DUEWISE_DATA_DIR", str(data_dir))
    return data_dir
