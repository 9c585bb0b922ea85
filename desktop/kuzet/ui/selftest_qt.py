"""The Qt half of ``kuzet selftest``: the shipped translations load, and a window draws.

Kept in ``ui/`` because it imports PySide6; ``cli/selftest.py`` calls it.
"""

from __future__ import annotations

import os
from pathlib import Path

from .i18n_qt import CONTEXT, LANGUAGES

PROBE = "Licences"


def translation_samples(folder: Path) -> dict[str, str]:
    """``Licences`` in each shipped language; raises if a .qm is missing or untranslated."""
    from PySide6.QtCore import QTranslator

    samples = {}
    for language in LANGUAGES:
        if language == "en":
            continue
        translator = QTranslator()
        qm = folder / f"kuzet_{language}.qm"
        if not translator.load(str(qm)):
            raise RuntimeError(f"{qm} is missing or unreadable")
        text = translator.translate(CONTEXT, PROBE)
        if not text or text == PROBE:
            raise RuntimeError(f"{qm.name} has no translation of {PROBE!r}")
        samples[language] = text
    return samples


def draw_offscreen() -> str:
    """Start Qt (offscreen unless a platform is set), draw a window with Kazakh text."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(["kuzet-selftest"])
    label = QLabel("Күзет: ә ғ қ ң ө ұ ү һ і")
    label.resize(320, 40)
    image = label.grab().toImage()
    drawn = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if image.pixelColor(x, y).lightness() < 128
    )
    if image.isNull() or drawn == 0:
        raise RuntimeError("the window drew nothing")
    platform = QGuiApplication.platformName()
    del app
    return f"platform plugin {platform!r} loaded, a window with Kazakh text drawn"
