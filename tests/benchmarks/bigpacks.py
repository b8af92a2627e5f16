"""Big lesson packs made from the shipped one: copies with renamed ids, optionally padded.

Used by ``test_bench_pack_limits.py`` to time ``duewise lessons check`` on a pack ten times the
shipped course and on the largest pack the limits allow.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from duewise import paths
from duewise.content import loader

_ID_LINE = re.compile(r'^(\s*(?:id|objective)\s*=\s*")([^"]+)(")', re.MULTILINE)
_LINK = re.compile(r"\b(glossary|lesson):([a-z0-9][a-z0-9.\-]*)")
_ORDER = re.compile(r"^order = (\d+)", re.MULTILINE)
_AMOUNT = re.compile(r'(amount|principal) = "(\d+)"')
PADDING = (
    "This paragraph pads the lesson to the size limit; it links to [a term](glossary:{term}) "
    "and has `code`, *emphasis* and a [web page](https://example.org/{n}) in it.\n\n"
)


def build(
    target: Path,
    copies: int,
    *,
    pad_to: int = 0,
    distinct_computes: bool = False,
) -> Path:
    """Write ``copies`` copies of the shipped pack into ``target`` and return it.

    Args:
        copies: how many times the shipped lessons appear (ids get ``-c<k>``; copy 0 keeps its).
        pad_to: grow every ``.md`` file to about this many bytes with ordinary prose.
        distinct_computes: change every computed question's amount per copy, so the finance
            engine's cache cannot help (its given answers then disagree: problems, same work).
    """
    source = paths.lessons_dir()
    shipped = loader.load_pack(source).pack
    known = {lesson.id for lesson in shipped.lessons}
    known |= set(shipped.objectives) | set(shipped.glossary)
    known |= {question.id for question in shipped.questions}
    term = next(iter(shipped.glossary))
    target.mkdir(parents=True, exist_ok=True)
    for copy in range(copies):
        suffix = f"-c{copy}" if copy else ""

        def rename(match: re.Match[str], suffix: str = suffix) -> str:
            value = match.group(2)
            if value not in known:
                return match.group(0)
            return f"{match.group(1)}{value}{suffix}{match.group(3)}"

        def relink(match: re.Match[str], suffix: str = suffix) -> str:
            if match.group(2) not in known:
                return match.group(0)
            return f"{match.group(1)}:{match.group(2)}{suffix}"

        for lesson in shipped.lessons:
            folder = target / f"{copy:03d}-{lesson.path.name}"
            shutil.copytree(lesson.path, folder)
            toml = folder / "lesson.toml"
            text = _LINK.sub(relink, _ID_LINE.sub(rename, toml.read_text(encoding="utf-8")))
            text = _ORDER.sub(lambda m, c=copy: f"order = {int(m.group(1)) + 100 * c}", text)
            if distinct_computes and copy:
                text = _AMOUNT.sub(
                    lambda m, c=copy: f'{m.group(1)} = "{int(m.group(2)) + c}"', text
                )
            toml.write_text(text, encoding="utf-8")
            for name in ("zh.md", "en.md"):
                path = folder / name
                body = _LINK.sub(relink, path.read_text(encoding="utf-8"))
                if pad_to:
                    filler = PADDING.format(term=term + suffix, n=copy)
                    count = max(0, (pad_to - len(body.encode("utf-8"))) // len(filler))
                    body += "\n" + filler * count
                path.write_text(body, encoding="utf-8")
    return target


def pack_bytes(pack: Path) -> int:
    """The bytes of every lesson file in the pack."""
    return sum(f.stat().st_size for f in pack.glob("*/*") if f.is_file())
