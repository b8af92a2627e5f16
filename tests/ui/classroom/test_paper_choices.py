"""On paper, the handout's "What would you do?" choices are discussed by the class; the answer key
and the teacher notes say which option is wiser and why (symbol and words), in either language.

Printed as a teacher would (the printables panel), read back from the PDF's text.
"""

from __future__ import annotations

import pytest
from classroom_helpers import open_page, unlock
from PySide6.QtCore import Qt

from duewise.content.model import ChoiceOption, ChoiceVerdict, Language
from duewise.ui.classroom import paper_choices

pytestmark = pytest.mark.usefixtures("fast_pin_hash")

KEY = {
    "en": [
        "The handout's “What would you do?” choices: which is wiser, and why",
        "Your Baitiao bill (statement mode) is 1,000 yuan and due tomorrow",
        "✓ A wise choice: Paying at least the minimum by the due date keeps",
        "✗ Not a wise choice: Even one day late is overdue",
        "◐ Can work, with a catch: It avoids going overdue today",
    ],
    "zh": [
        "讲义里“你会怎么做？”的选择：哪个更明智，为什么",
        "✓ 明智的选择：",
        "✗ 不明智的选择：",
        "◐ 可以，但有代价：",
    ],
}
VERDICTS = ("✓ A wise choice", "✗ Not a wise choice", "✓ 明智的选择", "✗ 不明智的选择", "◐")


def _printed(build_window, tmp_path, qtbot, dialogs, *, kind: str, language: str) -> str:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    _, _, page = open_page(build_window, tmp_path / "data")
    unlock(qtbot, page)
    panel = page.printables_panel
    assert panel is not None and page.tools_tabs is not None
    page.tools_tabs.setCurrentWidget(panel)
    panel.lesson_box.setCurrentIndex(panel.lesson_box.findData("what-is-credit"))
    panel.kind_box.setCurrentIndex(panel.kind_box.findData(kind))
    panel.language_box.setCurrentIndex(panel.language_box.findData(language))
    dialogs["save"] = tmp_path / "out"
    with qtbot.waitSignal(panel.pdf_written, timeout=20_000):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "out.pdf").pages)
    return " ".join(text.split())


@pytest.mark.parametrize("kind", ["answer_key", "teacher_notes"])
@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_teachers_papers_say_which_choice_is_wiser_and_why(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock, *, kind, language
) -> None:
    text = _printed(build_window, tmp_path, qtbot, dialogs, kind=kind, language=language)
    for snippet in KEY[language]:
        assert snippet in text


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_pupils_handout_leaves_the_choice_to_discuss(  # type: ignore[no-untyped-def]
    build_window, tmp_path, qtbot, dialogs, clock, *, language
) -> None:
    text = _printed(build_window, tmp_path, qtbot, dialogs, kind="handout", language=language)
    assert ("What would you do?" if language == "en" else "你会怎么做？") in text
    assert not [words for words in VERDICTS if words in text]
    assert KEY[language][0] not in text


def test_an_option_without_a_verdict_prints_what_it_has() -> None:
    assert paper_choices.option_verdict(ChoiceOption("Pay", "Fine."), Language.EN) == ""
    why_only = ChoiceOption("Pay", "Fine.", why="It costs nothing.")
    assert paper_choices.option_verdict(why_only, Language.EN) == "It costs nothing."
    verdict_only = ChoiceOption("Pay", "Fine.", ChoiceVerdict.UNWISE)
    assert paper_choices.option_verdict(verdict_only, Language.ZH) == "✗ 不明智的选择"
