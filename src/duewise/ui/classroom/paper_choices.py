"""The handout's scenario choices on the teacher's paper: which option is wiser, and why.

The handout prints each "What would you do?" choice with what follows from every option, for the
class to discuss; it does not say which option is wiser (that is the discussion). The answer key
and the teacher notes do, from the content's ``verdict`` and ``why`` of each option, in the same
A, B, C … as the handout. A choice whose options say neither (older packs) is left out.
"""

from __future__ import annotations

from duewise.content.model import ChoiceBlock, ChoiceOption, ChoiceVerdict, Language, Lesson
from duewise.reports.pdf import escape
from duewise.ui.classroom.paper_words import word

_VERDICT_KEYS = {
    ChoiceVerdict.WISE: "choice_wise",
    ChoiceVerdict.MIXED: "choice_mixed",
    ChoiceVerdict.UNWISE: "choice_unwise",
}


def choice_blocks(lesson: Lesson, language: Language) -> list[ChoiceBlock]:
    """The scenario choices of the lesson's prose in ``language``, in the order printed."""
    body = lesson.body(language)
    segments = [*body.intro, *(s for section in body.sections for s in section.segments)]
    return [segment for segment in segments if isinstance(segment, ChoiceBlock)]


def option_verdict(option: ChoiceOption, language: Language) -> str:
    """``✓ A wise choice: …why…`` (the verdict in a symbol and words, then why); either part
    alone when the content gives only one; ``""`` when it gives neither."""
    words = word(_VERDICT_KEYS[option.verdict], language) if option.verdict is not None else ""
    why = " ".join(option.why.split())
    if words and why:
        return word("choice_verdict_why", language).replace("%1", words).replace("%2", why)
    return words or why


def choices_key_html(lesson: Lesson, language: Language) -> str:
    """A section saying, for every scenario choice of the handout, which option is wiser and why
    (``""`` when the lesson has none that says so)."""
    parts = []
    for block in choice_blocks(lesson, language):
        verdicts = [option_verdict(option, language) for option in block.options]
        if not any(verdicts):
            continue
        items = "".join(
            f"<li><b>{escape(option.label)}</b> — {escape(verdict)}</li>"
            for option, verdict in zip(block.options, verdicts, strict=True)
        )
        parts.append(f"<p><b>{escape(block.prompt)}</b></p><ol type='A'>{items}</ol>")
    if not parts:
        return ""
    return f"<h2>{escape(word('choices_key', language))}</h2>" + "".join(parts)
