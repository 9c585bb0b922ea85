"""The streaming table behind ``tables.data_table``: it lays out one page of rows at a time.

Why not reportlab's ``Table``: measured here, 100,000 six-column rows took 32-42 s and
415 MB as ``Table`` chunks (every cell a ``drawString``, a style object per cell, each page
re-splitting the rest of its chunk). A ``DataTable`` is a flowable that, asked to fit a
frame, reads just enough rows for that page from a shared buffer and returns
``[page, rest]``: the page (``_TablePage``) is drawn by ``table_draw`` from rows that
``table_rows`` turned into PDF operators once, and the rest is a new ``DataTable`` starting
after it. Rows already drawn leave the buffer, so memory holds about a page of rows; the
same 100,000 rows now take about 6 s of CPU and 150 MB for the whole build.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from kuzet.reports.badges import BADGE_FONT, Status
from kuzet.reports.fonts import MONO, SANS, SANS_BOLD, register_fonts
from kuzet.reports.hyphenation import widest_identifier
from kuzet.reports.pdftext import TextEncoder, metrics
from kuzet.reports.styles import TABLE
from kuzet.reports.table_cells import (
    SAMPLE_ROWS,
    Cell,
    Column,
    Unbroken,
    distribute_widths,
    make_cell_converter,
    wrap_text,
)
from kuzet.reports.table_draw import HEADER_LEADING, draw_table_page, encoders_for
from kuzet.reports.table_rows import ColumnPlan, PreparedRow, badge_plan, prepare_row

_FORCE_SPLIT = 1e7  # a height no frame has: makes the frame ask us to split


@dataclass
class TableSpec:
    columns: list[Column]
    lang: str
    title: str | None
    empty_text: str | None
    total_row: Sequence[object] | None


class TableLayout:
    """State shared by every page of one table: layout, and the buffer of read rows."""

    def __init__(self, spec: TableSpec, rows: Iterable[Sequence[object]]) -> None:
        register_fonts()
        self.spec = spec
        self.convert, self.aligns = make_cell_converter(spec.columns, spec.lang)
        tail = [] if spec.total_row is None else [spec.total_row]
        self._raw = itertools.chain(((row, False) for row in rows), ((row, True) for row in tail))
        self._buffer: deque[list] = deque()  # [cells, bold, PreparedRow or None]
        self._base = 0  # absolute index of _buffer[0]
        self._read = 0
        self._exhausted = False
        self.widths: list[float] | None = None
        self.width = 0.0
        self.body = metrics(SANS)
        self.bold = metrics(SANS_BOLD)
        self.mono = metrics(MONO)
        self.fonts: dict[str, TextEncoder] = {}

    def bind(self, canv: Canvas) -> None:
        """Rows are encoded for the PDF document being written; learn it on first use."""
        if not self.fonts:
            self.fonts = encoders_for(canv)
            self.badge = badge_plan(self.spec.lang, self.fonts[BADGE_FONT], metrics(BADGE_FONT))

    # ----- the row buffer -----
    def _entry(self, index: int) -> list | None:
        while index >= self._base + len(self._buffer):
            if self._exhausted:
                return None
            try:
                raw, bold = next(self._raw)
            except StopIteration:
                self._exhausted = True
                return None
            anchor = getattr(raw, "anchor", "")
            self._buffer.append([self.convert(self._read, raw, bold), bold, None, anchor])
            self._read += 1
        if index < self._base:
            raise IndexError(f"table row {index} was already drawn and released")
        return self._buffer[index - self._base]

    def row(self, index: int) -> PreparedRow | None:
        entry = self._entry(index)
        if entry is None:
            return None
        if entry[2] is None:
            plans = self.bold_plans if entry[1] else self.plans
            prepared = prepare_row(plans, self.badge, entry[0], entry[1])
            if prepared.more:  # a long row: its pieces follow it as rows of their own
                shade = index % 2
                at = index - self._base + 1
                for offset, piece in enumerate(prepared.more):
                    self._buffer.insert(at + offset, [(), entry[1], piece._replace(shade=shade)])
                prepared = prepared._replace(more=(), shade=shade)
            entry[2] = prepared
        return entry[2]

    def anchor_of(self, index: int) -> str:
        """The page anchor row ``index`` marks ("" for none)."""
        entry = self._entry(index)
        return entry[3] if entry is not None and len(entry) > 3 else ""

    def release(self, upto: int) -> None:
        while self._base < upto and self._buffer:
            self._buffer.popleft()
            self._base += 1

    # ----- layout -----
    def ensure_layout(self, avail_width: float) -> None:
        if self.widths is not None:
            return
        sample = []
        for i in range(SAMPLE_ROWS):
            entry = self._entry(i)
            if entry is None:
                break
            sample.append(entry[0])
        if self.spec.total_row is not None:
            sample.append(self.convert(-1, self.spec.total_row, True))
        for i, align in enumerate(self.aligns):
            if align is None:
                self.aligns[i] = "left"
        pad2 = 2 * TABLE.pad_x
        natural, minimum = [], []
        for col, column in enumerate(self.spec.columns):
            words = column.header.split() or [""]
            longest = max(self.bold.width(w, TABLE.header_font_size) for w in words)
            unsplit = max((self._unsplit(cells[col], col) for cells in sample), default=0.0)
            minimum.append(max(longest, 14.0, min(unsplit, avail_width * 0.35)) + pad2)
            wanted = max((self._natural(cells[col], col) for cells in sample), default=0.0)
            header_w = self.bold.width(column.header, TABLE.header_font_size)
            natural.append(max(min(wanted, avail_width * 0.45), min(header_w, 90.0)) + pad2 + 1)
        fixed = [c.width for c in self.spec.columns]
        self.widths = distribute_widths(avail_width, fixed, natural, minimum)
        self.width = avail_width
        self.xs = list(itertools.accumulate([0.0, *self.widths[:-1]]))
        self.plans = self._plans(bold=False)
        self.bold_plans = self._plans(bold=True)
        self.header_lines = [
            wrap_text(c.header, self.bold, TABLE.header_font_size, w - pad2, 4)
            for c, w in zip(self.spec.columns, self.widths, strict=True)
        ]
        lines = max(len(h) for h in self.header_lines)
        self.header_h = lines * HEADER_LEADING + 2 * TABLE.pad_y + 1.5
        self.title_h = TABLE.title_size * 1.25 + TABLE.title_gap if self.spec.title else 0.0
        self.empty_h = TABLE.leading + 2 * TABLE.pad_y + 4

    def _plans(self, bold: bool) -> list[ColumnPlan]:
        assert self.widths is not None
        plans = []
        for col, column in enumerate(self.spec.columns):
            font = SANS_BOLD if bold else (MONO if column.mono else SANS)
            plans.append(
                ColumnPlan(
                    self.xs[col],
                    self.widths[col],
                    self.aligns[col] or "left",
                    metrics(font),
                    self.fonts[font],
                )
            )
        return plans

    def _unsplit(self, cell: Cell, col: int) -> float:
        """The widest token of a cell that must not split (an identifier, a hash group)."""
        if isinstance(cell, Status) or not cell or isinstance(cell, Unbroken):
            return 0.0
        font = self.mono if self.spec.columns[col].mono else self.body
        return widest_identifier(cell, lambda text: font.width(text, TABLE.font_size))

    def _natural(self, cell: Cell, col: int) -> float:
        if isinstance(cell, Status):
            return self.badge.width[cell] + 2
        font = self.mono if self.spec.columns[col].mono else self.body
        width = max(font.width(part, TABLE.font_size) for part in cell.split("\n"))
        if isinstance(cell, Unbroken) and cell[-1:].isdigit():
            width += font.width("00", TABLE.font_size)  # room for larger numbers further down
        return width

    def fit(self, start: int, avail_height: float) -> tuple[int, float, bool]:
        """How many rows from ``start`` fit: (count, height, True if that is all of them)."""
        height = self.title_h + self.header_h
        count = 0
        while True:
            row = self.row(start + count)
            if row is None:
                if start == 0 and count == 0:
                    height += self.empty_h
                return count, height, True
            if height + row.height > avail_height + 1e-6:
                return count, height, False
            height += row.height
            count += 1


class DataTable(Flowable):
    """The rows of a table from ``start`` on; splits itself page by page."""

    def __init__(self, shared: TableLayout, start: int) -> None:
        super().__init__()
        self._shared = shared
        self._start = start
        self._whole: tuple[int, float] | None = None
        self.spaceBefore = 4.0 if start == 0 else 0.0
        self.spaceAfter = 10.0

    @classmethod
    def start(cls, spec: TableSpec, rows: Iterable[Sequence[object]]) -> DataTable:
        return cls(TableLayout(spec, rows), 0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._shared.bind(self.canv)
        self._shared.ensure_layout(avail_width)
        count, height, complete = self._shared.fit(self._start, avail_height)
        if complete:
            self._whole = (count, height)
            return self._shared.width, height
        self._whole = None
        return self._shared.width, _FORCE_SPLIT

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._shared.bind(self.canv)
        self._shared.ensure_layout(avail_width)
        count, height, complete = self._shared.fit(self._start, avail_height)
        if count == 0 and not (complete and self._start == 0 and height <= avail_height):
            return []  # not even one row fits here: try the next frame
        page = _TablePage(self._shared, self._start, count, height, last=complete)
        page.spaceBefore = self.spaceBefore
        if complete:
            return [page]
        return [page, DataTable(self._shared, self._start + count)]

    def draw(self) -> None:
        if self._whole is None:
            raise RuntimeError("DataTable drawn without fitting")
        count, height = self._whole
        draw_table_page(self.canv, self._shared, self._start, count, height)
        self._shared.release(self._start + count)


class _TablePage(Flowable):
    """One page of a table: title, header and a fixed run of rows."""

    def __init__(self, shared: TableLayout, start: int, count: int, height: float, last: bool):
        super().__init__()
        self._shared, self._start, self._count = shared, start, count
        self.width, self.height = shared.width, height
        self.spaceAfter = 10.0 if last else 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_table_page(self.canv, self._shared, self._start, self._count, self.height)
        self._shared.release(self._start + self._count)
