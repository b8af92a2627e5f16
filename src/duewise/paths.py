"""Where DueWise finds its shipped data (the course, presets, figures, icons, translations).

Authors edit ``lessons/`` and ``assets/`` at the top of the source tree. The wheel maps them into
the package as ``duewise/data/lessons`` and ``duewise/data/assets`` (hatchling ``sources`` in
``pyproject.toml``), and so does the frozen app (``packaging/duewise.spec``). They are found with
:mod:`importlib.resources`, so the same code works from an installed wheel, from a zip on
``sys.path`` and from a PyInstaller bundle:

1. ``duewise/data/<name>`` inside the package, when it is there (wheel, zip, frozen app);
2. else ``<name>/`` at the top of the source checkout the package was imported from (the editable
   install of ``make run``/``make test``, or ``PYTHONPATH=src``): edits to ``lessons/`` show at
   once, with no reinstall.

Callers get real folders (:class:`pathlib.Path`), because the lesson loader walks them and Qt reads
files by name. An installed wheel and a frozen app are plain files on disk, so their folders are
used as they are; only a zip is extracted, once per process, into a temporary folder removed at exit
(:func:`importlib.resources.as_file` on the whole tree from Python 3.12; a copy on 3.11, whose
``as_file`` takes single files only).

``DUEWISE_ASSETS_DIR`` and ``DUEWISE_LESSONS_DIR`` override the locations; in the app, a teacher's
own lesson pack chosen on the Learn page is set with :func:`use_lessons_dir` (it wins over both).
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import shutil
import sys
import tempfile
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

#: The folder inside the package that holds the shipped data in a wheel or a frozen app.
DATA_PACKAGE_DIR = "data"
#: The top of the source checkout, when the package is imported from ``src/duewise``.
_CHECKOUT = Path(__file__).resolve().parents[2]
_lessons_override: Path | None = None
_cleanup = contextlib.ExitStack()
atexit.register(_cleanup.close)


class MissingDataError(FileNotFoundError):
    """The package has no shipped data of this name (a broken install)."""


def _package_root() -> Traversable:
    return resources.files("duewise")


def _is_checkout(root: Path) -> bool:
    return (root / "pyproject.toml").is_file() and (root / "src" / "duewise").is_dir()


def _on_disk(tree: Traversable) -> Path:
    """A real folder holding ``tree``: itself when it is on disk, else a temporary copy."""
    if isinstance(tree, Path):
        return tree
    if sys.version_info >= (3, 12):  # as_file takes a whole directory from 3.12 on
        return Path(_cleanup.enter_context(resources.as_file(tree)))
    target = Path(tempfile.mkdtemp(prefix="duewise-data-")) / tree.name
    _cleanup.callback(shutil.rmtree, target.parent, ignore_errors=True)
    _copy_tree(tree, target)
    return target


def _copy_tree(source: Traversable, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for entry in source.iterdir():
        if entry.is_dir():
            _copy_tree(entry, target / entry.name)
        else:
            (target / entry.name).write_bytes(entry.read_bytes())


@functools.cache
def shipped_data_dir(name: str) -> Path:
    """The shipped ``lessons`` or ``assets`` folder, ignoring the environment overrides.

    Raises:
        MissingDataError: neither the package nor a source checkout has it.
    """
    packaged = _package_root().joinpath(DATA_PACKAGE_DIR, name)
    if packaged.is_dir():
        return _on_disk(packaged)
    if _is_checkout(_CHECKOUT) and (_CHECKOUT / name).is_dir():
        return _CHECKOUT / name
    raise MissingDataError(
        f"DueWise's {name}/ folder is missing from this installation "
        f"(looked in {packaged} and {_CHECKOUT / name}); reinstall DueWise"
    )


@functools.cache
def package_dir(name: str) -> Path:
    """A folder of the package itself (e.g. ``i18n`` with the compiled translations), on disk."""
    return _on_disk(_package_root().joinpath(name))


def _shipped_or_placeholder(name: str) -> Path:
    # A broken install must not crash at import or start-up: the loaders then report the folder
    # as missing ("not a lesson pack: no such folder", "no product preset") in their own words.
    try:
        return shipped_data_dir(name)
    except MissingDataError:
        return _CHECKOUT / name


def assets_dir() -> Path:
    """The folder holding product presets, figures and other shipped data."""
    override = os.environ.get("DUEWISE_ASSETS_DIR")
    return Path(override) if override else _shipped_or_placeholder("assets")


def shipped_lessons_dir() -> Path:
    """The course that comes with DueWise (or ``$DUEWISE_LESSONS_DIR``)."""
    override = os.environ.get("DUEWISE_LESSONS_DIR")
    return Path(override) if override else _shipped_or_placeholder("lessons")


def lessons_dir() -> Path:
    """The lesson pack in use: a chosen teacher's pack, else the shipped course."""
    return _lessons_override or shipped_lessons_dir()


def use_lessons_dir(folder: Path | None) -> None:
    """Use the pack in ``folder`` from now on (``None``: back to the shipped course)."""
    global _lessons_override  # noqa: PLW0603 - the one pack the running app shows
    _lessons_override = Path(folder) if folder is not None else None


def products_dir() -> Path:
    """Product presets: one TOML file per product."""
    return assets_dir() / "products"


def catalogue_dir() -> Path:
    """The compiled Qt translations (``duewise_<lang>.qm``)."""
    return package_dir("i18n")


def icon_file(name: str = "duewise.svg") -> Path:
    """An application icon from the shipped ``assets/icons`` (never from an overriding folder:
    ``DUEWISE_ASSETS_DIR`` replaces presets and figures, not the app's own look)."""
    return _shipped_or_placeholder("assets") / "icons" / name
