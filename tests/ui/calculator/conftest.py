"""The learner of the story (issue #18): ¥3,000 of 白条, three cycles missed, then catching up,
opened on the calculator with the way out compared."""

from __future__ import annotations

import pytest

STORY = {
    "product": "cn_jd_baitiao",
    "amount": "3000",
    "scenario": "miss:3",
    "then": "catch-up",
    "start": "2025-01",
}


@pytest.fixture
def calc(main_window, qtbot):  # type: ignore[no-untyped-def]
    """(context, window, calculator page) on the story, its remedies compared."""
    context, window = main_window
    page = window.show_page("calculator")
    qtbot.waitUntil(lambda: page.result is not None)
    with qtbot.waitSignal(page.remedies_changed, timeout=5000):
        page.open_with(dict(STORY))
    return context, window, page
