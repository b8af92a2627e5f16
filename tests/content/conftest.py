"""Fixtures for the lesson-pack tests: the ``shipped_pack`` marker and a fixed finance engine."""

from __future__ import annotations

import pytest
from lessonpacks import FakeEngine


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "shipped_pack: checks the lessons the writers ship in lessons/; a failure lists every "
        "problem per lesson (run `duewise lessons check` for the same list)",
    )


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()
