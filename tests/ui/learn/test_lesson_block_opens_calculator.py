"""A lesson's calculator block opens the calculator on exactly the scenario it shows (#14): the
block's figure is the figure the calculator leads with, for every block of the course and after
its sliders move."""

from __future__ import annotations

from PySide6.QtCore import Qt

from duewise import formatting
from duewise.content.model import CalculatorBlock
from duewise.finance import what_if
from duewise.ui.common.calculator_block import LessonCalculator
from duewise.ui.learn.page import LearnPage


def _show_learn(window, qtbot) -> LearnPage:  # type: ignore[no-untyped-def]
    window.show_page("settings")
    page = window.show_page("learn")
    assert isinstance(page, LearnPage)
    qtbot.waitUntil(lambda: page.loaded, timeout=10000)
    return page


def _calculator_sections(page: LearnPage) -> list[tuple[str, str]]:
    assert page.result is not None
    found = []
    for lesson in page.result.pack.lessons:
        for section in lesson.body(page.language).sections:
            if any(isinstance(b, CalculatorBlock) for b in section.blocks):
                found.append((lesson.id, section.id))
    return found


def _open_and_compare(window, qtbot, context, block: LessonCalculator) -> None:  # type: ignore[no-untyped-def]
    shown = block.result
    assert shown is not None
    with qtbot.waitSignal(context.navigate_requested) as blocker:
        qtbot.mouseClick(block.open_button, Qt.MouseButton.LeftButton)
    page_id, params = blocker.args
    assert page_id == "calculator"
    assert params == what_if.calculator_params(**block.inputs())
    calc = window.show_page("calculator")
    assert calc.result.headline_cost == shown.cost, (params, shown)
    assert formatting.money(shown.cost, shown.currency, "en") in calc.summary.text()


def test_every_block_opens_on_its_own_figure(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Lesson 01's ¥0.70 (¥1,000 of 白条 one day late) opened the calculator at ¥21.70."""
    context, window = main_window
    page = _show_learn(window, qtbot)
    sections = _calculator_sections(page)
    assert len(sections) >= 8
    seen = 0
    for lesson_id, section_id in sections:
        page = _show_learn(window, qtbot)
        page.open_with({"lesson": lesson_id, "section": section_id})
        blocks = [w for w in page.reader.block_widgets if isinstance(w, LessonCalculator)]
        for index in range(len(blocks)):
            page = _show_learn(window, qtbot)
            page.open_with({"lesson": lesson_id, "section": section_id})
            block = [w for w in page.reader.block_widgets if isinstance(w, LessonCalculator)][index]
            # Each slider one step from its lesson's value: the page must follow it.
            for control in block.controls:
                control.slider.setValue(control.slider.value() + control.slider.pageStep())
            page._scroll_area.ensureWidgetVisible(block.open_button, 0, 0)
            _open_and_compare(window, qtbot, context, block)
            seen += 1
    assert seen >= 8


def test_one_day_late_is_0_70_on_both(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    context, window = main_window
    page = _show_learn(window, qtbot)
    page.open_with({"lesson": "what-is-credit", "section": "late"})
    blocks = [w for w in page.reader.block_widgets if isinstance(w, LessonCalculator)]
    if not blocks:  # the section's id may change: the first section with a calculator
        lesson, section = _calculator_sections(page)[0]
        page.open_with({"lesson": lesson, "section": section})
        blocks = [w for w in page.reader.block_widgets if isinstance(w, LessonCalculator)]
    block = blocks[0]
    block.controls[0].slider.setValue(1)
    assert block.headline.text() == "Paying one day late costs ¥0.70"
    page._scroll_area.ensureWidgetVisible(block.open_button, 0, 0)
    _open_and_compare(window, qtbot, context, block)
    calc = window.show_page("calculator")
    assert calc.summary.text() == "Paying ¥1,000.00 one day late costs ¥0.70."
