"""Build the standalone DueWise app folder with PyInstaller (``make bundle``; on Windows and macOS
``python packaging/build_bundle.py`` from the project's virtual environment).

Steps: render the icons (``make_icons.py``), write the third-party notices from the installed
distributions (``python -m duewise.notices``), run PyInstaller on ``duewise.spec``, then put the
licence, the notices and (Linux) the desktop entry at the top of the folder. Prints the folder's
size. Set ``DUEWISE_BUNDLE_TRIM=0`` to build without trimming Qt (to compare sizes).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def run(*args: str | Path) -> None:
    print("+", " ".join(str(a) for a in args), flush=True)
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT)


def main() -> int:
    python = sys.executable
    run(python, ROOT / "packaging" / "make_icons.py", BUILD / "icons")
    run(python, "-m", "duewise.notices", "--output", BUILD / "THIRD-PARTY-NOTICES.txt")
    run(
        python,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        DIST,
        "--workpath",
        BUILD / "pyinstaller",
        ROOT / "packaging" / "duewise.spec",
    )
    if sys.platform == "darwin":
        top = DIST / "DueWise.app" / "Contents" / "Resources"
        app = DIST / "DueWise.app"
    else:
        top = app = DIST / "DueWise"
    shutil.copy2(ROOT / "LICENSE", top / "LICENSE.txt")
    shutil.copy2(BUILD / "THIRD-PARTY-NOTICES.txt", top / "THIRD-PARTY-NOTICES.txt")
    if sys.platform.startswith("linux"):
        share = top / "share"
        (share / "icons").mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / "packaging" / "linux" / "duewise.desktop", share / "duewise.desktop")
        for size in (48, 128, 256, 512):
            shutil.copy2(BUILD / "icons" / f"duewise-{size}.png", share / "icons")
        shutil.copy2(ROOT / "assets" / "icons" / "duewise.svg", share / "icons")
        target = top / "install-desktop-entry.sh"
        shutil.copy2(ROOT / "packaging" / "linux" / "install-desktop-entry.sh", target)
        os.chmod(target, 0o755)
    size = folder_size(app)
    trimmed = os.environ.get("DUEWISE_BUNDLE_TRIM", "1") != "0"
    print(
        f"build_bundle: {app} is {size / 2**20:.1f} MiB ({'trimmed' if trimmed else 'untrimmed'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
