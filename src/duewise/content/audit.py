"""What ``duewise lessons check`` says beyond the loader's problems: warnings about content that
loads but could be better (non-standard terms, guessable answer keys, near-duplicate test items,
scenario choices that do not say which option is wiser), and the problems of the pack's
``terms.toml``.

Warnings never make a lesson skipped and never make the check fail (exit 0); they are computed
only when a pack is checked, not when the app loads it.
"""

from __future__ import annotations

from dataclasses import dataclass

from duewise.content import choice_advice, guessing, terms
from duewise.content.loader import LoadResult, lesson_folders
from duewise.content.problems import Problem, Severity


@dataclass(frozen=True, slots=True)
class Audit:
    """Attributes:
    problems: errors in pack-level files (``terms.toml``); they make the check fail.
    warnings: advice, sorted by file and line.
    """

    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...]


def _key(problem: Problem) -> tuple[str, int, str]:
    return problem.path.as_posix(), problem.line, problem.message


def audit(result: LoadResult) -> Audit:
    """The warnings (and ``terms.toml`` problems) of a loaded pack."""
    pack = result.pack
    sink: list[Problem] = []
    found = list(result.warnings)
    found.extend(terms.check_pack(pack.path, lesson_folders(pack.path), sink))
    found.extend(guessing.check_pack(pack))
    found.extend(choice_advice.check_pack(pack))
    errors = [p for p in sink if p.severity is Severity.ERROR]
    return Audit(tuple(sorted(errors, key=_key)), tuple(sorted(found, key=_key)))
