"""Status badges: small pills, the only colour in the pack.

The four severities (CRITICAL, HIGH, MEDIUM, INFO; ``regime/severity.py``) are drawn in the
same palette as the window (``severity.PALETTE``), each pill saying its level in words;
OK beside them. WARNING and OVERDUE stay for sections that still use them.

Put a ``Status`` in a table cell and the table draws it as a badge; use ``badge()`` for a
badge on its own line and ``badge_markup()`` inside a paragraph.
"""

from __future__ import annotations

import enum
import functools
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from kuzet.regime import severity
from kuzet.reports.fonts import SANS_BOLD, register_fonts, string_width
from kuzet.reports.labels import t


class Status(enum.Enum):
    OK = "ok"
    WARNING = "warning"
    OVERDUE = "overdue"
    CRITICAL = severity.CRITICAL
    HIGH = severity.HIGH
    MEDIUM = severity.MEDIUM
    INFO = severity.INFO

    def label(self, lang: str) -> str:
        return _label(self, lang)

    @classmethod
    def of_severity(cls, level: str) -> Status:
        """The badge of a severity level ("critical", "high", "medium", "info")."""
        return cls(level)


@functools.cache
def _label(status: Status, lang: str) -> str:
    return t(f"status.{status.value}", lang)


@dataclass(frozen=True)
class BadgeTone:
    text: Color
    fill: Color
    border: Color


TONES: dict[Status, BadgeTone] = {
    Status.OK: BadgeTone(HexColor("#276749"), HexColor("#E3F2E8"), HexColor("#A7D3B5")),
    Status.WARNING: BadgeTone(HexColor("#8A5A00"), HexColor("#FBF0D9"), HexColor("#E8C98A")),
    Status.OVERDUE: BadgeTone(HexColor("#9B2C2C"), HexColor("#F9E2E2"), HexColor("#E3A5A5")),
    **{
        Status(level): BadgeTone(HexColor(on_fill), HexColor(fill), HexColor(fill))
        for level, (_text, fill, on_fill) in severity.PALETTE.items()
    },
}

BADGE_FONT = SANS_BOLD
BADGE_PAD_X = 4.0


def badge_width(status: Status, lang: str, size: float) -> float:
    register_fonts()
    return string_width(status.label(lang).upper(), BADGE_FONT, size) + 2 * BADGE_PAD_X


class Badge(Flowable):
    """A status pill as a flowable (left-aligned on its own line)."""

    def __init__(self, status: Status, lang: str = "en", size: float = 7.5) -> None:
        super().__init__()
        self.status = status
        self.lang = lang
        self.size = size
        self.text = status.label(lang).upper()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = badge_width(self.status, self.lang, self.size)
        self.height = self.size + 6
        return self.width, self.height

    def draw(self) -> None:
        draw_badge(self.canv, self.status, self.lang, 0, 0, self.size, self.text)


def draw_badge(
    canv: Canvas, status: Status, lang: str, x: float, y: float, size: float, text: str = ""
) -> float:
    """Draw a badge with its lower-left corner at (x, y); returns its width."""
    tone = TONES[status]
    text = text or status.label(lang).upper()
    width = string_width(text, BADGE_FONT, size) + 2 * BADGE_PAD_X
    height = size + 6
    canv.saveState()
    canv.setFillColor(tone.fill)
    canv.setStrokeColor(tone.border)
    canv.setLineWidth(0.5)
    canv.roundRect(x, y, width, height, 2.5, stroke=1, fill=1)
    canv.setFillColor(tone.text)
    canv.setFont(BADGE_FONT, size)
    canv.drawString(x + BADGE_PAD_X, y + 3 + size * 0.12, text)
    canv.restoreState()
    return width


def badge(status: Status, lang: str = "en") -> Badge:
    return Badge(status, lang)


def badge_markup(status: Status, lang: str = "en") -> str:
    """Paragraph markup for an inline badge (tinted background, coloured bold text)."""
    tone = TONES[status]
    return (
        f'<font name="{BADGE_FONT}" color="#{tone.text.hexval()[2:]}" '
        f'backColor="#{tone.fill.hexval()[2:]}">&nbsp;{status.label(lang).upper()}&nbsp;</font>'
    )
