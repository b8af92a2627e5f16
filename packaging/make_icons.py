"""Render the app icon (assets/icons/duewise.svg) to PNGs, a Windows .ico and a macOS .icns.

Qt's SVG renderer draws each size; Pillow writes the .ico and .icns (on every system, so the
Windows and macOS icons are made here too). Run by ``packaging/build_bundle.py``:

    python packaging/make_icons.py OUT_DIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SOURCE = Path(__file__).resolve().parents[1] / "assets" / "icons" / "duewise.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int, renderer: QSvgRenderer, target: Path) -> None:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(target)):
        raise SystemExit(f"make_icons: could not write {target}")


def main(out_dir: Path) -> int:
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SOURCE} is not a valid SVG")
    out_dir.mkdir(parents=True, exist_ok=True)
    pngs = {}
    for size in SIZES:
        pngs[size] = out_dir / f"duewise-{size}.png"
        render(size, renderer, pngs[size])
    images = {}
    for size, path in pngs.items():
        with Image.open(path) as image:
            images[size] = image.convert("RGBA")
    images[256].save(out_dir / "duewise.ico", sizes=[(s, s) for s in ICO_SIZES])
    others = [images[s] for s in (16, 32, 64, 128, 256, 512)]
    images[1024].save(out_dir / "duewise.icns", append_images=others)
    print(f"make_icons: {len(SIZES)} PNGs, duewise.ico and duewise.icns in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")))
