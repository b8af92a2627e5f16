"""What a desktop user gets beside the program: the icons, the .desktop entry and its installer."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def test_icons_are_rendered_for_every_system(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    with Image.open(tmp_path / "duewise.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(tmp_path / "duewise.icns") as icns:
        assert icns.format == "ICNS" and icns.size == (1024, 1024)
    with Image.open(tmp_path / "duewise-256.png") as image:
        png = image.convert("RGBA")
    assert png.getpixel((128, 128))[3] == 255  # drawn, not an empty canvas
    assert png.getpixel((0, 0))[3] == 0  # transparent outside the rounded square


def test_the_desktop_entry_names_the_program_and_the_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "linux" / "duewise.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "duewise"
    assert section["Icon"] == "duewise"  # = QGuiApplication.desktopFileName, for Wayland
    assert section["Name[zh_CN]"] == "明白账"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(PACKAGING / "linux" / "duewise.desktop")],
            capture_output=True,
            text=True,
            check=False,
        )
        assert check.returncode == 0 and not check.stdout, check.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX shell script")
def test_the_menu_installer_points_at_the_unpacked_folder(tmp_path: Path) -> None:
    folder = tmp_path / "Apps with space" / "DueWise"
    (folder / "share" / "icons").mkdir(parents=True)
    shutil.copy2(PACKAGING / "linux" / "install-desktop-entry.sh", folder)
    shutil.copy2(PACKAGING / "linux" / "duewise.desktop", folder / "share")
    shutil.copy2(ROOT / "assets" / "icons" / "duewise.svg", folder / "share" / "icons")
    for size in (48, 128, 256, 512):
        (folder / "share" / "icons" / f"duewise-{size}.png").write_bytes(b"png")
    home = tmp_path / "home"
    result = subprocess.run(
        ["sh", str(folder / "install-desktop-entry.sh")],
        capture_output=True,
        text=True,
        env={"PATH": os.environ["PATH"], "HOME": str(home)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    installed = home / ".local" / "share" / "applications" / "duewise.desktop"
    assert f'Exec="{folder / "duewise"}"' in installed.read_text(encoding="utf-8").splitlines()
    apps = home / ".local" / "share" / "icons" / "hicolor"
    assert (apps / "256x256" / "apps" / "duewise.png").is_file()
    assert (apps / "scalable" / "apps" / "duewise.svg").is_file()
