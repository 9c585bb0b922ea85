"""Page geometry, colours and paragraph styles of the audit pack: one place for the look.

Calm and legible: dark slate text on white, one muted navy accent for headings and rules,
grey zebra rows, status colours only inside small badges.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle

from kuzet.reports.fonts import MONO, SANS, SANS_BOLD, SANS_ITALIC, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 50.0
MARGIN_RIGHT = 50.0
MARGIN_TOP = 64.0  # body frame starts below the running header
MARGIN_BOTTOM = 56.0  # and ends above the running footer
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
CONTENT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

HEADER_BASELINE = PAGE_HEIGHT - 36.0
HEADER_RULE_Y = PAGE_HEIGHT - 42.0
FOOTER_RULE_Y = 40.0
FOOTER_BASELINE = 28.0
RUNNING_FONT_SIZE = 7.5


class Palette:
    ink = HexColor("#1F2933")  # body text
    muted = HexColor("#52606D")  # labels, captions
    faint = HexColor("#9AA5B1")  # rules, running header and footer
    hairline = HexColor("#CBD2D9")
    accent = HexColor("#24496B")  # headings, header rule, chart bars
    accent_soft = HexColor("#7C98B3")
    header_fill = HexColor("#E4E9EF")  # table header band
    zebra = HexColor("#F4F6F8")  # every other table row
    card = HexColor("#F7F9FA")  # key figure cards
    threshold = HexColor("#A94442")  # chart rule lines


@dataclass(frozen=True)
class TableMetrics:
    """Sizes of the data tables (points)."""

    font_size: float = 7.8
    leading: float = 9.6
    header_font_size: float = 7.4
    pad_x: float = 3.5
    pad_y: float = 2.6
    title_size: float = 9.0
    title_gap: float = 4.0


TABLE = TableMetrics()


def rgb_op(color: Color, stroke: bool = False) -> str:
    """The PDF colour operator for ``color`` (used by the fast table renderer)."""
    op = "RG" if stroke else "rg"
    return f"{color.red:.3f} {color.green:.3f} {color.blue:.3f} {op}"


@functools.cache
def paragraph_styles() -> dict[str, ParagraphStyle]:
    """Named paragraph styles; registers the fonts first."""
    register_fonts()
    base = ParagraphStyle(
        "body",
        fontName=SANS,
        fontSize=9.2,
        leading=13.2,
        textColor=Palette.ink,
        alignment=TA_LEFT,
        spaceAfter=5,
        # a word wider than the line splits at a syllable with a hyphen (``pyphen``; the
        # Russian patterns serve Kazakh too, see ``hyphenation``), never mid-letter
        hyphenationLang="ru_RU",
        embeddedHyphenation=1,
        uriWasteReduce=0.3,
    )

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": derive("small", fontSize=8, leading=11, textColor=Palette.muted),
        "note": derive(
            "note", fontName=SANS_ITALIC, fontSize=8, leading=11, textColor=Palette.muted
        ),
        "mono": derive("mono", fontName=MONO, fontSize=8, leading=11),
        "heading2": derive(
            "heading2",
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=Palette.accent,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "cover_kicker": derive(
            "cover_kicker", fontSize=8.5, leading=12, textColor=Palette.muted, spaceAfter=14
        ),
        "cover_title": derive(
            "cover_title",
            fontName=SANS_BOLD,
            fontSize=24,
            leading=30,
            textColor=Palette.accent,
            spaceAfter=6,
        ),
        "cover_subtitle": derive(
            "cover_subtitle", fontSize=10.5, leading=15, textColor=Palette.muted, spaceAfter=26
        ),
        "cover_firm": derive(
            "cover_firm", fontName=SANS_BOLD, fontSize=17, leading=22, spaceAfter=18
        ),
        "cover_label": derive("cover_label", fontSize=8.5, leading=12, textColor=Palette.muted),
        "cover_value": derive("cover_value", fontSize=9.5, leading=13, spaceAfter=0),
        "cover_value_mono": derive(
            "cover_value_mono", fontName=MONO, fontSize=9.5, leading=13, spaceAfter=0
        ),
        "toc_title": derive(
            "toc_title",
            fontName=SANS_BOLD,
            fontSize=13,
            leading=18,
            textColor=Palette.accent,
            spaceAfter=16,
        ),
        "figure_label": derive(
            "figure_label", fontSize=7.2, leading=9.5, textColor=Palette.muted, spaceAfter=2
        ),
        "figure_value": derive(
            "figure_value", fontName=SANS_BOLD, fontSize=13, leading=16, spaceAfter=0
        ),
        "figure_value_right": derive(
            "figure_value_right",
            fontName=SANS_BOLD,
            fontSize=13,
            leading=16,
            alignment=TA_RIGHT,
            spaceAfter=0,
        ),
    }
