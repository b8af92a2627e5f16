"""The question bank: the shipped lesson pack, loaded once per process and shared.

Loading and validating the pack (both languages, computed answers from the finance engine) takes a
few hundred milliseconds, so the Check-yourself page, the Learn page and :func:`lesson_mastery`
share one loaded copy per pack folder.
"""

from __future__ import annotations

import functools
from pathlib import Path

from duewise import paths
from duewise.content import loader
from duewise.content.model import Pack


@functools.lru_cache(maxsize=4)
def _load(folder: str) -> loader.LoadResult:
    return loader.load_pack(Path(folder))


def load_result(folder: Path | None = None) -> loader.LoadResult:
    """The (cached) load result of the pack in ``folder`` (default: the shipped lessons)."""
    return _load(str((folder or paths.lessons_dir()).resolve()))


def load_bank(folder: Path | None = None) -> Pack:
    """The lessons that loaded from ``folder`` (default: the shipped lessons), cached."""
    return load_result(folder).pack
