"""The question bank: the lesson pack in use, loaded once per process and shared.

Loading and validating a pack (both languages, computed answers from the finance engine) takes a
few hundred milliseconds for the course and seconds for the largest pack the limits allow
(``content.limits``), so the Check-yourself page, the Learn page and :func:`lesson_mastery` share
one loaded copy per pack folder. Loading may run on a worker thread (the app starts it there): a
second caller asking for the same folder meanwhile waits for that load instead of starting
another.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path

from duewise import paths
from duewise.content import loader
from duewise.content.model import Pack

_KEEP = 4  # packs kept loaded (the course and a few teachers' packs)
_lock = threading.Lock()
_loaded: OrderedDict[str, loader.LoadResult] = OrderedDict()
_loading: dict[str, threading.Event] = {}
_failed: dict[str, BaseException] = {}


def _key(folder: Path | None) -> str:
    return str((folder or paths.lessons_dir()).resolve())


def is_loaded(folder: Path | None = None) -> bool:
    """Whether the pack in ``folder`` (default: the pack in use) is loaded already."""
    with _lock:
        return _key(folder) in _loaded


def load_result(folder: Path | None = None) -> loader.LoadResult:
    """The (cached) load result of the pack in ``folder`` (default: the pack in use).

    Raises:
        content.loader.PackPathError: ``folder`` is not a lesson pack.
    """
    key = _key(folder)
    with _lock:
        if key in _loaded:
            _loaded.move_to_end(key)
            return _loaded[key]
        waiting = _loading.get(key)
        if waiting is None:
            _loading[key] = threading.Event()
    if waiting is not None:  # another thread is loading it: share its result
        waiting.wait()
        with _lock:
            if key in _loaded:
                return _loaded[key]
            error = _failed.get(key)
        if error is not None:
            raise error
        return load_result(folder)
    try:
        result = loader.load_pack(Path(key))
    except BaseException as error:
        with _lock:
            _failed[key] = error
            _loading.pop(key).set()
        raise
    with _lock:
        _loaded[key] = result
        _failed.pop(key, None)
        while len(_loaded) > _KEEP:
            _loaded.popitem(last=False)
        _loading.pop(key).set()
    return result


def load_bank(folder: Path | None = None) -> Pack:
    """The lessons that loaded from ``folder`` (default: the pack in use), cached."""
    return load_result(folder).pack


def forget() -> None:
    """Drop every loaded pack (tests; a pack edited on disk is read again)."""
    with _lock:
        _loaded.clear()
        _failed.clear()
