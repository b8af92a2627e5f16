"""Chinese fonts for the charts: make sure matplotlib knows one, or say which one to install.

matplotlib keeps its font list in a cache (``fontlist-v<version>.json`` in its cache folder, shared
by every environment of the user) and never rescans it. A Chinese font installed after that cache
was written (the usual "run, see the hint, install fonts-noto-cjk, run again") is unknown to it, and
every Chinese label is drawn as empty boxes. Qt does not have this problem: it asks fontconfig (or
the system) at every start.

:func:`chart_families` runs once, when the first chart is built:

1. a Chinese family that matplotlib already knows: use it (no file access, no subprocess);
2. else the Chinese font files the system has (``fc-list :lang=zh`` where fontconfig exists; the
   fonts Windows and macOS ship, by their file locations) that the cached list lacks are added with
   ``fontManager.addfont`` and the cache is written again, so the next start takes step 1;
3. else every font file matplotlib's own scan finds (``findSystemFonts``) and its list lacks is
   checked for Chinese characters, and those are added;
4. else there is no Chinese font at all: the listeners (the window's banner) are told once, with
   the package to install (:func:`install_hint`).

Families go into ``font.family`` after DejaVu Sans (per-glyph fallback: Latin from DejaVu, Han from
the Chinese font). Only families matplotlib knows are ever listed: an unknown one floods the log
with ``findfont`` messages. Preferred, in this order: the fonts each system ships (Noto Sans CJK /
WenQuanYi on Linux, Microsoft YaHei / DengXian / SimHei on Windows, PingFang SC / Hiragino Sans GB /
Heiti on macOS), then the other systems' (a Noto font installed on Windows works too).

This module needs matplotlib but not Qt, and imports it only when a search runs: the window's
banner registers its listener at start-up without paying for matplotlib.
"""

from __future__ import annotations

import glob
import logging
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.font_manager import FontManager

_log = logging.getLogger(__name__)

LATIN_FAMILY = "DejaVu Sans"
PREFERRED = {
    "linux": (
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "Noto Sans SC",
        "WenQuanYi Micro Hei",
        "WenQuanYi Zen Hei",
        "Droid Sans Fallback",
        "AR PL UMing CN",
    ),
    "win32": ("Microsoft YaHei", "DengXian", "SimHei", "SimSun"),
    "darwin": ("PingFang SC", "Hiragino Sans GB", "Heiti SC", "STHeiti", "Songti SC"),
}
#: The Chinese fonts Windows ships, by file name (in %WINDIR%\\Fonts or the user's font folder).
WINDOWS_FONT_FILES = ("msyh.ttc", "msyhbd.ttc", "msyh.ttf", "Deng.ttf", "simhei.ttf", "simsun.ttc")
#: The Chinese fonts macOS ships (PingFang moved into the font asset store in macOS 13).
MACOS_FONT_FILES = (
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/AssetsV2/com_apple_MobileAsset_Font*/*/AssetData/PingFang.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
)
#: Characters a font must have to count as a Chinese font (common characters of the UI).
PROBE = "逾期还款账"


@dataclass(frozen=True)
class FontCheck:
    """What :func:`ensure_cjk_font` found.

    Attributes:
        families: Chinese families matplotlib knows now, best first (empty: none at all).
        added: font files added to matplotlib's list (empty when the cached list was complete).
        cache_written: the refreshed list was saved, so the next start needs no search.
    """

    families: tuple[str, ...]
    added: tuple[str, ...] = ()
    cache_written: bool = False


@dataclass(frozen=True)
class InstallHint:
    """What to install so that Chinese can be drawn: a font or package name, and how."""

    what: str
    how: str


_check: FontCheck | None = None
_listeners: list[Callable[[InstallHint], None]] = []


def platform_key(platform: str | None = None) -> str:
    """``win32``, ``darwin`` or ``linux`` (every other Unix uses the Linux fonts)."""
    platform = platform or sys.platform
    return platform if platform in {"win32", "darwin"} else "linux"


def preferred_families(platform: str | None = None) -> tuple[str, ...]:
    """This system's own Chinese families first, then the other systems'."""
    own = platform_key(platform)
    return PREFERRED[own] + tuple(f for key, fs in PREFERRED.items() if key != own for f in fs)


def fontconfig_files() -> list[str]:
    """Font files fontconfig says cover Chinese (``fc-list :lang=zh``); empty without fontconfig."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    import subprocess  # only when a search runs: the module is imported at start-up

    try:
        result = subprocess.run(
            [fc_list, "--format", "%{file}\\n", ":lang=zh"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError) as error:
        _log.info("fc-list failed: %s", error)
        return []
    return sorted({line.strip() for line in result.stdout.splitlines() if line.strip()})


def shipped_system_files(platform: str | None = None) -> list[str]:
    """The Chinese font files Windows or macOS ship, where they exist on this machine."""
    key = platform_key(platform)
    found: list[str] = []
    if key == "win32":
        folders = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
        if os.environ.get("LOCALAPPDATA"):
            folders.append(Path(os.environ["LOCALAPPDATA"]) / "Microsoft" / "Windows" / "Fonts")
        found = [str(d / n) for d in folders for n in WINDOWS_FONT_FILES if (d / n).is_file()]
    elif key == "darwin":
        found = sorted({p for pattern in MACOS_FONT_FILES for p in glob.glob(pattern)})
    return found


def system_cjk_files() -> list[str]:
    """Chinese font files this system has, from fontconfig and the systems' own font folders."""
    return sorted(set(fontconfig_files()) | set(shipped_system_files()))


def covers_chinese(path: str) -> bool:
    """True if the font file (its first face) has a glyph for every character of :data:`PROBE`."""
    from matplotlib import ft2font

    try:
        font = ft2font.FT2Font(path)
        return all(font.get_char_index(ord(ch)) for ch in PROBE)
    except (OSError, RuntimeError, ValueError):
        return False


def rescanned_cjk_files() -> list[str]:
    """Every font file matplotlib's own scan finds with Chinese characters (slow: last resort)."""
    from matplotlib import font_manager

    return [p for p in font_manager.findSystemFonts() if covers_chinese(p)]


def cache_file() -> Path:
    """Where matplotlib keeps its font list (the file its next start reads)."""
    import matplotlib
    from matplotlib import font_manager

    return Path(matplotlib.get_cachedir(), f"fontlist-v{font_manager.FontManager.__version__}.json")


def _known(manager: FontManager) -> dict[str, set[str]]:
    """Family name → font files, of the fonts ``manager`` knows."""
    families: dict[str, set[str]] = {}
    for entry in manager.ttflist:
        families.setdefault(entry.name, set()).add(os.path.normcase(entry.fname))
    return families


def _choose(known: dict[str, set[str]], cjk_files: Iterable[str]) -> tuple[str, ...]:
    """Known Chinese families, best first: the preferred ones, then any whose file covers zh."""
    # A cached entry whose file is gone (the font was removed) does not count.
    present = {name: {p for p in paths if os.path.isfile(p)} for name, paths in known.items()}
    preferred = [f for f in preferred_families() if present.get(f)]
    files = {os.path.normcase(f) for f in cjk_files}
    others = sorted(
        (name for name, paths in present.items() if paths & files and name not in preferred),
        key=lambda name: (not any(tag in name for tag in ("SC", "CN", "GB", "Hans")), name),
    )
    return tuple(preferred + others)


def _add(manager: FontManager, files: Sequence[str]) -> list[str]:
    cached = {os.path.normcase(f) for paths in _known(manager).values() for f in paths}
    added: list[str] = []
    for path in files:
        if os.path.normcase(path) in cached or not os.path.isfile(path):
            continue
        try:
            manager.addfont(path)
        except (OSError, RuntimeError, ValueError) as error:  # a font FreeType cannot read
            _log.info("matplotlib cannot read the font %s: %s", path, error)
            continue
        added.append(path)
    return added


def ensure_cjk_font(
    manager: FontManager | None = None,
    *,
    system_files: Callable[[], list[str]] = system_cjk_files,
    rescan: Callable[[], list[str]] = rescanned_cjk_files,
    cache: Path | None = None,
) -> FontCheck:
    """Make ``manager`` (default: matplotlib's) know a Chinese font if this machine has one.

    Args:
        manager: the font manager to complete (tests pass their own).
        system_files: the Chinese font files the system knows (fontconfig, system folders).
        rescan: last resort, every font file with Chinese characters matplotlib's scan finds.
        cache: where to save the completed list (default: matplotlib's cache file, when
            ``manager`` is matplotlib's).
    """
    from matplotlib import font_manager

    if manager is None:
        manager = font_manager.fontManager
        cache = cache or cache_file()
    families = _choose(_known(manager), ())
    if families:
        return FontCheck(families)
    added: list[str] = []
    for find in (system_files, rescan):
        files = find()
        added += _add(manager, files)
        families = _choose(_known(manager), files)
        if families:
            break
    written = False
    if added and cache is not None:
        try:  # json_dump takes matplotlib's lock on the file; a failure only costs a search
            font_manager.json_dump(manager, cache)
            written = True
        except Exception as error:  # whatever it is, the charts must still be drawn
            _log.warning("could not save matplotlib's font list to %s: %s", cache, error)
    return FontCheck(families, tuple(added), written)


def install_hint(
    platform: str | None = None, os_release: Path = Path("/etc/os-release")
) -> InstallHint:
    """Which font or package to install on this system so that Chinese can be drawn."""
    key = platform_key(platform)
    if key == "win32":
        return InstallHint(
            "Microsoft YaHei",
            "Settings → System → Optional features → Add a feature → "
            "Chinese (Simplified) Supplemental Fonts",
        )
    if key == "darwin":
        return InstallHint("PingFang SC", "Font Book → search “PingFang SC” → Download")
    ids: set[str] = set()
    try:
        for line in os_release.read_text(encoding="utf-8", errors="replace").splitlines():
            name, _, value = line.partition("=")
            if name in {"ID", "ID_LIKE"}:
                ids.update(value.strip().strip('"').split())
    except OSError:
        pass
    if ids & {"debian", "ubuntu"}:
        return InstallHint("fonts-noto-cjk", "sudo apt-get install fonts-noto-cjk")
    if ids & {"fedora", "rhel", "centos"}:
        return InstallHint(
            "google-noto-sans-cjk-fonts", "sudo dnf install google-noto-sans-cjk-fonts"
        )
    if ids & {"arch"}:
        return InstallHint("noto-fonts-cjk", "sudo pacman -S noto-fonts-cjk")
    if ids & {"suse", "opensuse"}:
        return InstallHint("noto-sans-sc-fonts", "sudo zypper install noto-sans-sc-fonts")
    return InstallHint(
        "Noto Sans CJK SC", "your system's Noto Sans CJK package (fonts-noto-cjk on Debian/Ubuntu)"
    )


def on_missing_font(listener: Callable[[InstallHint], None]) -> None:
    """Call ``listener(hint)`` when the charts find no Chinese font (at once if already known)."""
    _listeners.append(listener)
    if _check is not None and not _check.families:
        listener(install_hint())


def off_missing_font(listener: Callable[[InstallHint], None]) -> None:
    """Stop calling ``listener`` (its window is gone)."""
    if listener in _listeners:
        _listeners.remove(listener)


def chart_families() -> list[str]:
    """The ``font.family`` list for the charts; the first call completes matplotlib's font list."""
    global _check  # noqa: PLW0603 - one search per process
    if _check is None:
        _check = ensure_cjk_font()
        if _check.added:
            _log.info("added %d Chinese font file(s) to matplotlib's list", len(_check.added))
        if not _check.families:
            hint = install_hint()
            _log.warning("no Chinese font: charts cannot draw Chinese; install %s", hint.what)
            for listener in list(_listeners):
                listener(hint)
    return [LATIN_FAMILY, *_check.families[:2]]


def reset_for_tests() -> None:
    """Forget the search result and the listeners (tests only)."""
    global _check  # noqa: PLW0603
    _check = None
    _listeners.clear()
