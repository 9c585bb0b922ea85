"""Turning one table row into ready-made PDF text operators, once, as fast as Python allows.

Each column gets a ``ColumnPlan`` when the table is laid out (its font, width caches and
the fixed ``Tm`` of a left-aligned cell); a row is then wrapped, measured, aligned and
encoded in one pass into a string of operators relative to the row's first baseline. The
page drawing only places that string (``q 1 0 0 1 0 y cm BT … ET Q``), so a row costs a
few dictionary look-ups per cell. This is the hot loop of a 100,000-row register.
"""

from __future__ import annotations

from typing import NamedTuple

from kuzet.reports.badges import TONES, Status
from kuzet.reports.pdftext import FontMetrics, TextEncoder
from kuzet.reports.styles import TABLE, Palette, rgb_op
from kuzet.reports.table_cells import Align, Cell, Unbroken, wrap_text

INK = rgb_op(Palette.ink)
FIRST_LINE = TABLE.pad_y + (TABLE.leading - TABLE.font_size) / 2 + 0.78 * TABLE.font_size
ONE_LINE = TABLE.leading + 2 * TABLE.pad_y

BADGE_SIZE = 6.2
BADGE_HEIGHT = 10.6
BADGE_PAD = 3.6
BADGE_BOTTOM = -(ONE_LINE + BADGE_HEIGHT) / 2  # below the row's top
BADGE_TEXT_DY = FIRST_LINE + BADGE_BOTTOM + 3.1  # from the row's first baseline


class ColumnPlan:
    """Everything needed to place text in one column, computed once per table."""

    __slots__ = (
        "align",
        "cells",
        "encoder",
        "inner",
        "left_tm",
        "measure",
        "right",
        "runs",
        "size",
        "width",
        "widths",
        "x",
    )

    def __init__(
        self,
        x: float,
        width: float,
        align: Align,
        measure: FontMetrics,
        encoder: TextEncoder,
    ) -> None:
        self.x, self.width, self.align = x, width, align
        self.size = TABLE.font_size
        self.inner = width - 2 * TABLE.pad_x
        self.right = x + width - TABLE.pad_x
        self.left_tm = f"1 0 0 1 {x + TABLE.pad_x:.2f} 0 Tm"
        self.measure, self.encoder = measure, encoder
        self.widths = measure.cache_for(self.size)
        self.runs = encoder.cache_for(self.size)
        self.cells: dict[str, tuple[str, str, str, str, str]] = {}

    def x_for(self, text_width: float) -> float:
        if self.align == "right":
            return self.right - text_width
        if self.align == "center":
            return self.x + (self.width - text_width) / 2
        return self.x + TABLE.pad_x


class BadgePlan(NamedTuple):
    """How each status badge is drawn in this table (the same on every row)."""

    width: dict[Status, float]
    text: dict[Status, str]  # colour, font and label operators, then ink again


def badge_plan(lang: str, encoder: TextEncoder, measure: FontMetrics) -> BadgePlan:
    widths, texts = {}, {}
    for status in Status:
        label = status.label(lang).upper()
        widths[status] = measure.width(label, BADGE_SIZE) + 2 * BADGE_PAD
        tone = rgb_op(TONES[status].text)
        runs = " ".join(f"{op} {show}" for op, show in encoder.runs(label, BADGE_SIZE))
        texts[status] = f"{tone} {runs} {INK}"
    return BadgePlan(widths, texts)


class PreparedRow(NamedTuple):
    """A row ready to draw: its height; its text as operators from its first baseline (set
    by the page); and its badges' pills as (status, x, width). ``more`` holds the pieces of
    a row whose text is longer than ``PIECE_LINES`` lines: they follow it as rows of their
    own (``shade`` keeps the first piece's zebra tint), so a cell longer than a page
    continues on the next one instead of being cut."""

    height: float
    text: str
    badges: tuple[tuple[Status, float, float], ...]
    bold: bool
    more: tuple[PreparedRow, ...] = ()
    shade: int = -1  # -1: by the row's position


PIECE_LINES = 12  # lines of one piece of a long row: a long text flows page by page

_CELL_CACHE_LIMIT = 20_000  # per column: repeated names, dates, assets, statuses


def _single_line(plan: ColumnPlan, cell: str, width: float) -> tuple[str, str, str, str, str]:
    """(Tm, first font op, ops with it, ops without it, last font op) for a one-line cell."""
    tm = plan.left_tm if plan.align == "left" else f"1 0 0 1 {plan.x_for(width):.2f} 0 Tm"
    runs = plan.runs.get(cell) or plan.encoder.runs(cell, plan.size)
    with_font = " ".join(f"{op} {show}" for op, show in runs)
    without = " ".join([runs[0][1], *(f"{op} {show}" for op, show in runs[1:])])
    return tm, runs[0][0], with_font, without, runs[-1][0]


def prepare_row(
    plans: list[ColumnPlan], badge: BadgePlan, cells: tuple[Cell, ...], bold: bool
) -> PreparedRow:
    parts: list[str] = []
    append = parts.append
    badges: list[tuple[Status, float, float]] = []
    font_op = ""
    most = 1
    long_cells: list[tuple[ColumnPlan, list[str]]] = []
    for plan, cell in zip(plans, cells, strict=True):
        done = plan.cells.get(cell)  # type: ignore[arg-type]
        if done is not None:  # seen before in this column: operators ready
            append(done[0])
            append(done[3] if done[1] == font_op else done[2])
            font_op = done[4]
            continue
        if cell.__class__ is Status:
            bw = badge.width[cell]  # type: ignore[index]
            bx = plan.x_for(bw)
            badges.append((cell, bx, bw))  # type: ignore[arg-type]
            append(f"1 0 0 1 {bx + BADGE_PAD:.2f} {BADGE_TEXT_DY:.2f} Tm")
            append(badge.text[cell])  # type: ignore[index]
            font_op = ""  # the badge set its own font and colour, then ink again
            continue
        if not cell:
            continue
        width = plan.widths.get(cell)  # type: ignore[arg-type]
        if width is None:
            width = plan.measure.width(cell, plan.size)  # type: ignore[arg-type]
        if width <= plan.inner or (cell.__class__ is Unbroken and "\n" not in cell):
            done = _single_line(plan, cell, width)  # type: ignore[arg-type]
            if len(plan.cells) < _CELL_CACHE_LIMIT:
                plan.cells[cell] = done  # type: ignore[index]
            append(done[0])
            append(done[3] if done[1] == font_op else done[2])
            font_op = done[4]
            continue
        lines = wrap_text(cell, plan.measure, plan.size, plan.inner)  # type: ignore[arg-type]
        most = max(most, len(lines))
        if len(lines) > PIECE_LINES:
            long_cells.append((plan, lines[PIECE_LINES:]))
            lines = lines[:PIECE_LINES]
        font_op = _put_lines(parts, plan, lines, font_op)
    if not long_cells:
        height = most * TABLE.leading + 2 * TABLE.pad_y
        return PreparedRow(height, " ".join(parts), tuple(badges), bold)
    height = PIECE_LINES * TABLE.leading + 2 * TABLE.pad_y
    return PreparedRow(height, " ".join(parts), tuple(badges), bold, _pieces(long_cells, bold))


def _put_lines(parts: list[str], plan: ColumnPlan, lines: list[str], font_op: str) -> str:
    append = parts.append
    for j, line in enumerate(lines):
        if not line:
            continue
        x = plan.x_for(plan.measure.width(line, plan.size))
        append(f"1 0 0 1 {x:.2f} {-j * TABLE.leading:.2f} Tm")
        for op, show in plan.encoder.runs(line, plan.size):
            if op != font_op:
                append(op)
                font_op = op
            append(show)
    return font_op


def _pieces(cells: list[tuple[ColumnPlan, list[str]]], bold: bool) -> tuple[PreparedRow, ...]:
    """The continuation rows of a long row: the next ``PIECE_LINES`` lines of each long cell."""
    pieces = []
    while cells:
        parts: list[str] = []
        font_op, most, rest = "", 1, []
        for plan, lines in cells:
            most = max(most, min(len(lines), PIECE_LINES))
            font_op = _put_lines(parts, plan, lines[:PIECE_LINES], font_op)
            if len(lines) > PIECE_LINES:
                rest.append((plan, lines[PIECE_LINES:]))
        height = most * TABLE.leading + 2 * TABLE.pad_y
        pieces.append(PreparedRow(height, " ".join(parts), (), bold))
        cells = rest
    return tuple(pieces)
