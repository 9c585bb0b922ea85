"""Small building blocks for sections: paragraphs, sub-headings, notes, key figures.

Text given to ``para``/``subheading``/``note`` is plain text and is escaped (a customer
called "A&B <Holding>" prints as such); pass ``markup=True`` only for trusted markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from kuzet.reports.badges import Status, badge_markup
from kuzet.reports.fonts import SANS
from kuzet.reports.formatting import format_value
from kuzet.reports.styles import CONTENT_WIDTH, Palette, paragraph_styles


def para(text: str, style: str = "body", *, markup: bool = False) -> Paragraph:
    """A paragraph in one of the named styles of ``styles.paragraph_styles``."""
    body = text if markup else escape(text).replace("\n", "<br/>")
    return Paragraph(body, paragraph_styles()[style])


def subheading(text: str) -> Paragraph:
    """A heading inside a section (kept with what follows; not listed in the contents)."""
    return para(text, "heading2")


def note(text: str) -> Paragraph:
    return para(text, "note")


@dataclass(frozen=True)
class KeyFigure:
    label: str
    value: object
    note: str | None = None  # a small line under the value, e.g. "of 120 customers"


def key_figures(
    figures: Sequence[KeyFigure | tuple[str, object]],
    *,
    lang: str = "en",
    columns: int = 3,
    width: float = CONTENT_WIDTH,
) -> Flowable:
    """A grid of cards, each a label over a large value (numbers formatted for ``lang``;
    a ``Status`` shows as a badge)."""
    styles = paragraph_styles()
    items = [f if isinstance(f, KeyFigure) else KeyFigure(f[0], f[1]) for f in figures]
    if not items:
        return Spacer(1, 0)
    cells = []
    for item in items:
        if isinstance(item.value, Status):
            value = Paragraph(badge_markup(item.value, lang), styles["figure_value"])
        else:
            value = Paragraph(escape(format_value(item.value, lang)), styles["figure_value"])
        stack = [Paragraph(escape(item.label), styles["figure_label"]), value]
        if item.note:
            stack.append(Paragraph(escape(item.note), styles["figure_label"]))
        cells.append(stack)
    columns = max(1, min(columns, len(items)))
    rows = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    if len(rows[-1]) < columns:
        rows[-1] += [""] * (columns - len(rows[-1]))
    gap = 6.0
    table = Table(rows, colWidths=[width / columns] * columns, hAlign="LEFT")
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), SANS),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("INNERGRID", (0, 0), (-1, -1), gap, "white"),
    ]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell != "":
                commands.append(("BACKGROUND", (c, r), (c, r), Palette.card))
    table.setStyle(TableStyle(commands))
    table.spaceAfter = 12
    return table


def ruled_table(rows: list[list], widths: Sequence[float]) -> Table:
    """A table of paragraphs and flowables (cells that hold more than text: badges, page
    numbers), its header row repeated on each page and ruled like the data tables."""
    table = Table(rows, colWidths=list(widths), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), SANS),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, Palette.accent),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, Palette.hairline),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table
