"""Drawing one page of a data table as raw PDF operators (see ``table_flow`` for why).

A page is one ``q … Q`` block: the zebra fills as one path, the header band, the badge
pills and the rules, then the title and header text, then each row's prepared text
(``table_rows``) placed with one ``cm``.
"""

from __future__ import annotations

from typing import Any, Protocol

from reportlab.pdfgen.canvas import Canvas

from kuzet.reports.badges import BADGE_FONT, TONES
from kuzet.reports.fonts import MONO, SANS, SANS_BOLD, SANS_ITALIC
from kuzet.reports.labels import t
from kuzet.reports.pdftext import TextEncoder, encoder, fit_text, num
from kuzet.reports.styles import PAGE_HEIGHT, TABLE, Palette, rgb_op
from kuzet.reports.table_rows import BADGE_BOTTOM, BADGE_HEIGHT, FIRST_LINE, INK


class PageLayout(Protocol):
    """What drawing a page reads of its table's layout (``table_flow.TableLayout``)."""

    spec: Any
    plans: Any
    fonts: dict[str, TextEncoder]
    bold: Any
    header_lines: Any
    width: float
    header_h: float
    title_h: float
    empty_h: float

    def row(self, index: int) -> Any: ...


HEADER_LEADING = 8.8
BADGE_RADIUS = 2.4

_MUTED = rgb_op(Palette.muted)
_ACCENT = rgb_op(Palette.accent)
_ZEBRA = rgb_op(Palette.zebra)
_HEADER_FILL = rgb_op(Palette.header_fill)
_RULE_HEADER = f"{rgb_op(Palette.accent, stroke=True)} 0.7 w"
_RULE_TOTAL = f"{rgb_op(Palette.ink, stroke=True)} 0.6 w"
_RULE_END = f"{rgb_op(Palette.faint, stroke=True)} 0.5 w"
_BADGE_PAINT = {
    s: f"{rgb_op(tone.fill)} {rgb_op(tone.border, stroke=True)} 0.5 w" for s, tone in TONES.items()
}
_pill_paths: dict[float, str] = {}


def encoders_for(canv: Canvas) -> dict[str, TextEncoder]:
    return {f: encoder(canv, f) for f in (SANS, SANS_BOLD, SANS_ITALIC, MONO, BADGE_FONT)}


def _pill(width: float) -> str:
    """A rounded-rectangle path with its lower-left corner at the origin (cached)."""
    key = round(width, 1)
    path = _pill_paths.get(key)
    if path is None:
        w, h, r = key, BADGE_HEIGHT, BADGE_RADIUS
        k = r * 0.5523  # Bézier control distance for a quarter circle

        def p(*coords: float) -> str:
            return " ".join(num(c) for c in coords)

        path = _pill_paths[key] = " ".join(
            [
                f"{p(r, 0)} m {p(w - r, 0)} l {p(w - r + k, 0, w, r - k, w, r)} c",
                f"{p(w, h - r)} l {p(w, h - r + k, w - r + k, h, w - r, h)} c",
                f"{p(r, h)} l {p(r - k, h, 0, h - r + k, 0, h - r)} c",
                f"{p(0, r)} l {p(0, r - k, r - k, 0, r, 0)} c h",
            ]
        )
    return path


def _put(ops: list[str], enc: TextEncoder, text: str, size: float, x: float, y: float) -> None:
    ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
    ops.extend(f"{op} {show}" for op, show in enc.runs(text, size))


def draw_table_page(
    canv: Canvas, layout: PageLayout, start: int, count: int, height: float
) -> None:
    """Draw title, header and rows ``start … start+count-1`` in the box (0, 0)–(width, height)."""
    spec, plans = layout.spec, layout.plans
    width = layout.width
    fonts = layout.fonts or encoders_for(canv)
    header_bottom = height - layout.title_h - layout.header_h
    fills = [f"{_HEADER_FILL} 0 {num(header_bottom)} {num(width)} {num(layout.header_h)} re f"]
    rules = [f"{_RULE_HEADER} 0 {num(header_bottom)} m {num(width)} {num(header_bottom)} l S"]
    zebra: list[str] = []
    text: list[str] = ["BT"]

    if spec.title:
        label = spec.title if start == 0 else t("table.continued", spec.lang, title=spec.title)
        label = fit_text(label, layout.bold, TABLE.title_size, width)
        text.append(_ACCENT)
        _put(text, fonts[SANS_BOLD], label, TABLE.title_size, 0, height - TABLE.title_size)

    text.append(INK)
    hsize = TABLE.header_font_size
    for plan, lines in zip(plans, layout.header_lines, strict=True):
        y = header_bottom + layout.header_h - TABLE.pad_y - 1 - hsize
        for line in lines:
            x = plan.x_for(layout.bold.width(line, hsize))
            _put(text, fonts[SANS_BOLD], line, hsize, x, y)
            y -= HEADER_LEADING
    top = header_bottom

    if count == 0 and start == 0:
        message = spec.empty_text or t("table.empty", spec.lang)
        y = top - TABLE.pad_y - 2 - TABLE.font_size
        text.append(_MUTED)
        _put(text, fonts[SANS_ITALIC], message, TABLE.font_size, TABLE.pad_x, y)
        top -= layout.empty_h
    text.append("ET")

    rows: list[str] = [INK]
    anchor_of = getattr(layout, "anchor_of", None)
    starts = getattr(canv, "section_starts", None)
    for index in range(start, start + count):
        row = layout.row(index)
        assert row is not None
        key = anchor_of(index) if anchor_of is not None and starts is not None else ""
        if key and key not in starts:  # a record other parts cite by page (findings)
            starts[key] = canv.getPageNumber()
            canv.bookmarkPage(key, fit="XYZ", left=0, top=PAGE_HEIGHT)
        bottom = top - row.height
        if row.bold:
            rules.append(f"{_RULE_TOTAL} 0 {num(top)} m {num(width)} {num(top)} l S")
        elif (row.shade if row.shade >= 0 else index % 2) == 1:
            zebra.append(f"0 {bottom:.2f} {width:.2f} {row.height:.2f} re")
        for status, bx, bw in row.badges:
            fills.append(
                f"{_BADGE_PAINT[status]} q 1 0 0 1 {bx:.2f} {top + BADGE_BOTTOM:.2f} cm "
                f"{_pill(bw)} B Q"
            )
        rows.append(f"q 1 0 0 1 0 {top - FIRST_LINE:.2f} cm BT {row.text} ET Q")
        top = bottom
    rules.append(f"{_RULE_END} 0 {num(top)} m {num(width)} {num(top)} l S")

    out = ["q"]
    if zebra:
        out.append(_ZEBRA)
        out.extend(zebra)
        out.append("f")
    out.extend(fills)
    out.extend(rules)
    out.extend(text)
    out.extend(rows)
    out.append("Q")
    canv.addLiteral("\n".join(out))
