"""Fast text for big tables: measure and encode strings once, emit PDF text operators.

reportlab's ``drawString`` costs tens of microseconds per call (a text object, subset
lookup, number formatting), which is 30 s and more for a 100,000-row register. A table
page instead draws all its cells inside one ``BT … ET`` block built here: each distinct
string is measured and encoded once per document (subset name + escaped bytes, as
``TTFont.splitString`` documents) and reused, so repeated dates, statuses and names are
almost free. Fonts stay embedded and searchable exactly as with ``drawString``.
"""

from __future__ import annotations

import weakref

from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

_CACHE_LIMIT = 20_000  # per font and size: repeated names, dates, statuses; not every amount
_ASCII_PROBE = "".join(chr(c) for c in range(32, 127))


class FontMetrics:
    """String widths of one registered TrueType font, cached per size and string."""

    def __init__(self, font_name: str) -> None:
        font = pdfmetrics.getFont(font_name)
        if not isinstance(font, TTFont):
            raise TypeError(f"{font_name} is not a TrueType font")
        self.font_name = font_name
        self._widths = font.face.charWidths
        self._default = font.face.defaultWidth
        self._chars = {chr(code): width for code, width in self._widths.items()}
        self._by_size: dict[float, dict[str, float]] = {}

    def cache_for(self, size: float) -> dict[str, float]:
        """The width cache at ``size``: look up there first, call ``width`` on a miss."""
        found = self._by_size.get(size)
        if found is None:
            found = self._by_size[size] = {}
        return found

    def width(self, text: str, size: float) -> float:
        """Width of ``text`` in points at ``size``."""
        cache = self.cache_for(size)
        points = cache.get(text)
        if points is None:
            try:
                units = sum(map(self._chars.__getitem__, text))
            except KeyError:  # a character the font lacks: reportlab draws it as .notdef
                get, default = self._widths.get, self._default
                units = sum([get(code, default) for code in map(ord, text)])
            points = units * size * 0.001
            if len(cache) < _CACHE_LIMIT:
                cache[text] = points
        return points

    def clear(self) -> None:
        self._by_size.clear()


_metrics: dict[str, FontMetrics] = {}


def metrics(font_name: str) -> FontMetrics:
    found = _metrics.get(font_name)
    if found is None:
        found = _metrics[font_name] = FontMetrics(font_name)
    return found


def clear_caches() -> None:
    """Forget cached widths (they may hold customer names) once a pack is built."""
    for found in _metrics.values():
        found.clear()


def _escape(data: bytes) -> str:
    """A PDF literal-string body: parentheses and backslash escaped, other bytes outside
    printable ASCII as octal (content streams must stay 7-bit, as reportlab's own are)."""
    return escapePDF(data)


class TextEncoder:
    """Turns strings into ``Tf … Tj`` operators for one font in one PDF document."""

    def __init__(self, canv: Canvas, font_name: str) -> None:
        font = pdfmetrics.getFont(font_name)
        if not isinstance(font, TTFont):
            raise TypeError(f"{font_name} is not a TrueType font")
        self._font = font
        self._doc = canv._doc  # the PDF document owns the font subsets
        self._cache: dict[float, dict[str, tuple[tuple[str, str], ...]]] = {}
        # With reportlab's "ascii readable" subsets, printable ASCII is subset 0 with its own
        # byte values; check once instead of assuming, and encode ASCII without a lookup.
        probe = font.splitString(_ASCII_PROBE, self._doc)
        self._ascii_name = None
        if probe == [(0, _ASCII_PROBE.encode("ascii"))]:
            self._ascii_name = font.getSubsetInternalName(0, self._doc)

    def cache_for(self, size: float) -> dict[str, tuple[tuple[str, str], ...]]:
        """The operator cache at ``size``: look up there first, call ``runs`` on a miss."""
        found = self._cache.get(size)
        if found is None:
            found = self._cache[size] = {}
        return found

    def runs(self, text: str, size: float) -> tuple[tuple[str, str], ...]:
        """``text`` as (font operator, show operator) pairs, one per font subset used."""
        cache = self.cache_for(size)
        found = cache.get(text)
        if found is None:
            points = num(size)
            plain = text.replace("\xa0", " ")  # reportlab prints a no-break space as a space
            if self._ascii_name is not None and plain.isascii() and plain.isprintable():
                safe = plain.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                found = ((f"{self._ascii_name} {points} Tf", f"({safe}) Tj"),)
            else:
                found = tuple(
                    (
                        f"{self._font.getSubsetInternalName(subset, self._doc)} {points} Tf",
                        f"({_escape(chunk)}) Tj",
                    )
                    for subset, chunk in self._font.splitString(text, self._doc)
                )
            if len(cache) < _CACHE_LIMIT:
                cache[text] = found
        return found

    def show(self, text: str, size: float) -> str:
        """PDF operators that set the font and show ``text`` at the current text position."""
        return " ".join(f"{tf} {tj}" for tf, tj in self.runs(text, size))


_encoders: weakref.WeakKeyDictionary[object, dict[str, TextEncoder]] = weakref.WeakKeyDictionary()


def encoder(canv: Canvas, font_name: str) -> TextEncoder:
    """The encoder for ``font_name`` in the document ``canv`` is writing (one per document)."""
    per_doc = _encoders.setdefault(canv._doc, {})
    found = per_doc.get(font_name)
    if found is None:
        found = per_doc[font_name] = TextEncoder(canv, font_name)
    return found


def num(value: float) -> str:
    """A coordinate or size for PDF operators (two decimals: 1/7200 inch)."""
    return f"{value:.2f}"


def fit_text(text: str, measure: FontMetrics, size: float, room: float) -> str:
    """``text`` cut with "…" to fit ``room`` points."""
    if measure.width(text, size) <= room:
        return text
    while text and measure.width(text + "…", size) > room:
        text = text[:-1]
    return text.rstrip() + "…"
