"""The audit pack's fonts: DejaVu Sans (four faces) and DejaVu Sans Mono, embedded.

The standard PDF fonts have no Cyrillic, so every piece of text in the pack is set in
DejaVu, which covers Russian and the whole Kazakh alphabet (ә ғ қ ң ө ұ ү һ і). reportlab
embeds TrueType fonts as subsets, so a pack renders the same on the regulator's machine.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kuzet.paths import fonts_dir

SANS = "KuzetSans"
SANS_BOLD = "KuzetSans-Bold"
SANS_ITALIC = "KuzetSans-Oblique"
SANS_BOLD_ITALIC = "KuzetSans-BoldOblique"
MONO = "KuzetMono"

FONT_FILES: dict[str, str] = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}

_lock = threading.Lock()
_registered = False


def register_fonts(directory: Path | None = None) -> None:
    """Register the pack's fonts with reportlab once per process (later calls do nothing).

    Raises ``FileNotFoundError`` naming the missing file if the fonts are not installed.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = directory or fonts_dir()
        for name, filename in FONT_FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"audit pack font missing: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
        )
        pdfmetrics.registerFontFamily(MONO, normal=MONO, bold=MONO, italic=MONO, boldItalic=MONO)
        _registered = True


def string_width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points (fonts must be registered)."""
    return pdfmetrics.stringWidth(text, font, size)
