"""Render Kuzet's icon sizes from ``resources/icons/kuzet.svg``.

    python packaging/make_icons.py

Writes ``resources/icons/kuzet-<size>.png`` (16 to 512 px; the window and the Linux
bundle use them) and ``kuzet.ico`` (Windows: the executable and the installer). The macOS
``.icns`` is made from the PNGs at build time by ``packaging/macos/build_app.sh``
(``iconutil`` runs only on macOS). The outputs are committed; run this after changing
the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path = ICONS / "kuzet.svg", out: Path = ICONS) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"kuzet-{size}.png"
        image.save(str(path))
        written.append(path)
    from PIL import Image  # Pillow comes with reportlab

    largest = Image.open(out / "kuzet-256.png")
    ico = out / "kuzet.ico"
    largest.save(ico, sizes=[(s, s) for s in ICO_SIZES])
    written.append(ico)
    return written


if __name__ == "__main__":
    for path in render():
        print(path)
