"""``duewise lessons check`` advice on scenario choices: every option should say how wise it is
(``verdict``) and why (``why``), and at least one option should be the wise one, so the reader
learns which choice was wiser and why, not only what follows (issue 20).

Both keys are optional, so packs written before them still load and show their outcomes; these
are warnings, computed only when a pack is checked.
"""

from __future__ import annotations

from pathlib import Path

from duewise.content import problems
from duewise.content.model import ChoiceBlock, ChoiceVerdict, Pack
from duewise.content.problems import Problem, Severity


def check_pack(pack: Pack) -> list[Problem]:
    """The warnings about every choice block of every lesson body in ``pack``."""
    found: list[Problem] = []
    for lesson in pack.lessons:
        for body in lesson.bodies.values():
            segments = [*body.intro, *(s for section in body.sections for s in section.segments)]
            for segment in segments:
                if isinstance(segment, ChoiceBlock):
                    found.extend(_check(segment, body.path))
    return found


def _warn(code: str, block: ChoiceBlock, path: Path, **params: object) -> Problem:
    where = f"choice block '{block.id}'"
    return problems.make(code, path, block.line, where, Severity.WARNING, **params)


def _check(block: ChoiceBlock, path: Path) -> list[Problem]:
    options = block.options
    if not any(o.verdict is not None or o.why.strip() for o in options):
        return [_warn("choice_no_verdict", block, path)]
    found = []
    for index, option in enumerate(options, start=1):
        for key, missing in (("verdict", option.verdict is None), ("why", not option.why.strip())):
            if missing:
                found.append(_warn("choice_verdict_partial", block, path, option=index, field=key))
    if not any(o.verdict is ChoiceVerdict.WISE for o in options):
        found.append(_warn("choice_no_wise", block, path))
    return found
