"""Licence notices: DueWise's own, and those of Python, Qt and every library it runs with.

The standalone app redistributes Python, Qt (PySide6, LGPL-3.0) and the Python libraries, so it
must carry their licence texts and, for Qt, say how to get its source and relink. The text is built
from the installed distributions' metadata and licence files (``importlib.metadata``): the runtime
requirement tree of ``duewise``, walked with its environment markers. The bundle build writes it
into the app folder (``python -m duewise.notices --output FILE``); the About dialog shows that file
in a frozen app and builds the same text from the running environment otherwise.
"""

from __future__ import annotations

import argparse
import sys
import sysconfig
from collections.abc import Iterable, Sequence
from importlib import metadata, resources
from pathlib import Path

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from duewise import __version__, paths

#: Where a frozen app keeps the generated file (inside the package's shipped data).
NOTICES_NAME = "THIRD-PARTY-NOTICES.txt"
QT_PACKAGES = {"pyside6-essentials", "pyside6", "shiboken6", "pyside6-addons"}
_RULE = "=" * 78


def runtime_distributions(root: str = "duewise") -> list[metadata.Distribution]:
    """``root`` and every distribution it needs at run time (no extras), sorted by name."""
    found: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = canonicalize_name(todo.pop())
        if name in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        found[name] = dist
        for line in dist.requires or ():
            try:
                requirement = Requirement(line)
            except InvalidRequirement:
                continue
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return sorted(found.values(), key=lambda d: canonicalize_name(d.metadata["Name"]))


def _field(dist: metadata.Distribution, name: str) -> str:
    return str(dist.metadata.get(name) or "")  # type: ignore[attr-defined]


def _fields(dist: metadata.Distribution, name: str) -> list[str]:
    return list(dist.metadata.get_all(name) or [])


def licence_of(dist: metadata.Distribution) -> str:
    """The licence as the distribution declares it (SPDX expression, field or classifiers)."""
    if _field(dist, "License-Expression"):
        return _field(dist, "License-Expression")
    field = _field(dist, "License").strip()
    if field and "\n" not in field and len(field) < 120:
        return field
    classifiers = [
        c.split("::")[-1].strip() for c in _fields(dist, "Classifier") if c.startswith("License")
    ]
    return "; ".join(classifiers) or "see the licence text below"


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of the licence files a distribution installed."""
    texts: list[tuple[str, str]] = []
    for file in dist.files or ():
        parts = Path(str(file)).parts
        name = parts[-1].upper()
        in_dist_info = parts[0].endswith(".dist-info")
        if in_dist_info and (
            "licenses" in parts or name.startswith(("LICENSE", "LICENCE", "COPYING", "NOTICE"))
        ):
            try:
                data = Path(str(file.locate())).read_bytes()
            except OSError:
                continue
            texts.append((str(file), data.decode("utf-8", errors="replace")))
    return texts


def _urls(dist: metadata.Distribution) -> list[str]:
    urls = [_field(dist, "Home-page")] if _field(dist, "Home-page") else []
    urls += [u.split(",", 1)[-1].strip() for u in _fields(dist, "Project-URL")]
    return list(dict.fromkeys(urls))[:3]


def _python_licence() -> str:
    candidates = [
        Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
        Path(sys.base_prefix) / "LICENSE.txt",
    ]
    for path in candidates:
        if path.is_file():
            return path.read_text(encoding="utf-8", errors="replace")
    return "The PSF License Agreement: https://docs.python.org/3/license.html\n"


def _qt_section(dists: Iterable[metadata.Distribution]) -> list[str]:
    versions = {
        canonicalize_name(d.metadata["Name"]): d.version
        for d in dists
        if canonicalize_name(d.metadata["Name"]) in QT_PACKAGES
    }
    if not versions:
        return []
    version = versions.get(canonicalize_name("pyside6-essentials")) or next(iter(versions.values()))
    minor = ".".join(version.split(".")[:2])
    lines = [
        _RULE,
        f"Qt {version} and Qt for Python (PySide6 {version}, shiboken6)",
        _RULE,
        "",
        "Qt and PySide6 are (c) The Qt Company Ltd. and other contributors. They are offered under",
        "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only; DueWise uses them under the GNU Lesser",
        "General Public License version 3 (LGPL-3.0), whose text follows, with the GNU GPL",
        "version 3 it builds on.",
        "",
        "Source code: the complete source of this Qt and PySide6 version is available from",
        f"  https://download.qt.io/official_releases/qt/{minor}/{version}/single/",
        f"  https://download.qt.io/official_releases/QtForPython/pyside6/  (PySide6 {version})",
        f"  https://code.qt.io/cgit/pyside/pyside-setup.git/tag/?h=v{version}",
        "",
        "Relinking: DueWise does not modify Qt and links it dynamically. In the standalone app",
        "the Qt libraries are separate files (DueWise/_internal/PySide6/Qt/lib/ and the",
        "PySide6/*.so or *.pyd modules beside them; in a macOS app, under",
        "DueWise.app/Contents/Frameworks/). You may",
        "replace them with your own build of the same Qt and PySide6 version (for example, built",
        "from the source above), and DueWise will use it. With the wheel (pip/pipx), Qt is the",
        "PySide6-Essentials package installed beside DueWise and can be replaced with pip.",
        "",
        "Qt includes third-party components, each under its own licence:",
        f"  https://doc.qt.io/qt-{version.split('.')[0]}/licenses-used-in-qt.html",
        "",
    ]
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        path = paths.shipped_data_dir("assets") / "licenses" / name
        if path.is_file():
            lines += [f"--- {name} ---", path.read_text(encoding="utf-8"), ""]
    return lines


def notices_text(dists: Sequence[metadata.Distribution] | None = None) -> str:
    """The whole notices file: DueWise, Python, Qt, then each library with its licence texts."""
    dists = runtime_distributions() if dists is None else dists
    lines = [
        f"DueWise {__version__} — third-party notices",
        "",
        "DueWise (明白账) is free software under the MIT licence (see its section below). It runs",
        "on Python and Qt and uses the libraries listed here; each keeps its own licence.",
        "",
        _RULE,
        f"Python {sys.version.split()[0]} (Python Software Foundation License)",
        _RULE,
        "",
        _python_licence(),
        "Python's own bundled components (expat, libffi, OpenSSL, SQLite, zlib, …):",
        "  https://docs.python.org/3/license.html",
        "",
        *_qt_section(dists),
    ]
    for dist in dists:
        name = dist.metadata["Name"]
        lines += [_RULE, f"{name} {dist.version} — {licence_of(dist)}", _RULE]
        lines += [f"  {url}" for url in _urls(dist)]
        lines.append("")
        files = licence_files(dist)
        if not files and canonicalize_name(name) not in QT_PACKAGES:
            lines += ["(no licence file installed; licence as declared above)", ""]
        for file_name, text in files:
            lines += [f"--- {file_name} ---", text.rstrip(), ""]
    lines += [
        _RULE,
        "PyInstaller bootloader (standalone app only)",
        _RULE,
        "GPL-2.0-or-later with an exception that allows distributing the bundled app under any",
        "licence: https://github.com/pyinstaller/pyinstaller/blob/develop/COPYING.txt",
        "",
    ]
    return "\n".join(lines)


def shipped_or_live_text() -> str:
    """The notices file a frozen app carries, else the text for the running environment."""
    shipped = resources.files("duewise").joinpath("data", NOTICES_NAME)
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    return notices_text()


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m duewise.notices [--output FILE]``: write (or print) the notices."""
    parser = argparse.ArgumentParser(prog="python -m duewise.notices", description=__doc__)
    parser.add_argument("--output", metavar="FILE", help="write here instead of printing")
    args = parser.parse_args(argv)
    text = notices_text()
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
