"""The cells of a pack table: columns, the conversion of plain values to cell text, wrapping,
and the split of the page width between columns (used by ``table_flow`` and ``table_rows``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Literal

from kuzet.reports.badges import Status
from kuzet.reports.formatting import date_formatter, format_value, is_numeric, number_formatter
from kuzet.reports.pdftext import FontMetrics

Align = Literal["left", "right", "center"]
Cell = str | Status

SAMPLE_ROWS = 200
MAX_LINES = 12  # a longer cell is cut with "…": a register's long notes belong elsewhere
MAX_LINES_LIMIT = 60  # 60 lines still fit one page, so every row can be placed


@dataclass(frozen=True)
class Column:
    """One column: header text, optional share of the width (0–1), alignment, font."""

    header: str
    width: float | None = None  # fraction of the table width; None: measured
    align: Align | None = None  # None: right for numbers, centre for statuses, else left
    mono: bool = False  # hashes, identifiers, file paths
    max_lines: int = MAX_LINES
    decimals: int | None = None  # fixed decimals for numbers (None: as the value has them)

    def __post_init__(self) -> None:
        if not 1 <= self.max_lines <= MAX_LINES_LIMIT:
            raise ValueError(f"max_lines must be 1..{MAX_LINES_LIMIT}: a row must fit a page")
        if self.width is not None and not 0 < self.width <= 1:
            raise ValueError("Column.width is a fraction of the table width (0 < width <= 1)")


def as_columns(columns: Sequence[Column | str]) -> list[Column]:
    return [c if isinstance(c, Column) else Column(str(c)) for c in columns]


class Unbroken(str):
    """Cell text that must stay on one line: numbers, dates, amounts."""

    __slots__ = ()


def make_cell_converter(
    columns: Sequence[Column], lang: str
) -> tuple[Callable[[int, Sequence[object], bool], tuple[Cell, ...]], list[Align | None]]:
    """A function turning a row of plain values into cell texts, and the guessed alignments.

    The alignment of a column without an explicit one is decided by its first non-empty
    value. Numbers and dates become ``Unbroken`` text. With ``blank=True`` (a total row)
    empty values print as nothing instead of a dash.
    """
    count = len(columns)
    guessed: list[Align | None] = [c.align for c in columns]
    places = [c.decimals for c in columns]
    number = number_formatter(lang)
    day = date_formatter(lang)
    dash = format_value(None, lang)
    pending = [None in guessed]

    def guess(row: Sequence[object]) -> None:
        for col, value in enumerate(row):
            if guessed[col] is None and value is not None and value != "":
                if isinstance(value, Status):
                    guessed[col] = "center"
                elif is_numeric(value):
                    guessed[col] = "right"
                else:
                    guessed[col] = "left"
        pending[0] = None in guessed

    def convert(index: int, row: Sequence[object], blank: bool = False) -> tuple[Cell, ...]:
        if len(row) != count:
            raise ValueError(f"table row {index + 1} has {len(row)} cells, expected {count}")
        if pending[0] and not blank:
            guess(row)
        cells: list[Cell] = []
        append = cells.append
        for col, value in enumerate(row):
            kind = value.__class__
            if kind is str:
                append(value or ("" if blank else dash))  # type: ignore[arg-type]
            elif kind is Decimal or kind is int or kind is float:
                append(Unbroken(number(value, places[col])))  # type: ignore[arg-type]
            elif kind is Status:
                append(value)  # type: ignore[arg-type]
            elif kind is date:
                append(Unbroken(day(value)))  # type: ignore[arg-type]
            elif value is None:
                append("" if blank else dash)
            elif isinstance(value, datetime | date):
                append(Unbroken(format_value(value, lang)))
            elif is_numeric(value):
                append(Unbroken(number(value, places[col])))  # type: ignore[arg-type]
            else:
                append(format_value(value, lang))
        return tuple(cells)

    return convert, guessed


def wrap_text(
    text: str, metrics: FontMetrics, size: float, max_width: float, max_lines: int = MAX_LINES
) -> list[str]:
    """Break ``text`` into lines no wider than ``max_width``; words longer than a line are
    broken between characters; more than ``max_lines`` lines end with "…"."""
    width = metrics.width
    lines: list[str] = []
    space = width(" ", size)
    for para in text.replace("\t", " ").split("\n"):
        if width(para, size) <= max_width:
            lines.append(para)
            continue
        current, current_w = "", 0.0
        for word in para.split(" "):
            word_w = width(word, size)
            if current and current_w + space + word_w <= max_width:
                current, current_w = f"{current} {word}", current_w + space + word_w
                continue
            if current:
                lines.append(current)
            if word_w <= max_width:
                current, current_w = word, word_w
                continue
            pieces = _break_word(word, metrics, size, max_width)
            lines.extend(pieces[:-1])
            current, current_w = pieces[-1], width(pieces[-1], size)
        if current or not lines:
            lines.append(current)
        if len(lines) > max_lines:
            break
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and width(last + "…", size) > max_width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def _break_word(word: str, metrics: FontMetrics, size: float, max_width: float) -> list[str]:
    pieces, current = [], ""
    for char in word:
        if current and metrics.width(current + char, size) > max_width:
            pieces.append(current)
            current = char
        else:
            current += char
    pieces.append(current)
    return pieces


def distribute_widths(
    total: float, fixed: Sequence[float | None], natural: Sequence[float], minimum: Sequence[float]
) -> list[float]:
    """Column widths in points summing to ``total``.

    ``fixed`` holds the fractions given by the caller (None for measured columns). Measured
    columns get their natural width when it all fits, and share any spare room in
    proportion. When it does not fit, the widest columns are capped first (narrow ones such
    as dates, amounts and ids keep their natural width) but none goes below its minimum
    (the header's longest word), unless even the minimums do not fit.
    """
    given = sum(f for f in fixed if f is not None)
    if all(f is not None for f in fixed):
        return [total * f / given for f in fixed]  # type: ignore[operator]
    left = max(total - total * given, 0.0)
    auto = [i for i, f in enumerate(fixed) if f is None]
    want = {i: max(natural[i], minimum[i]) for i in auto}
    need = sum(want.values())
    if need <= left:
        share = {i: want[i] + (left - need) * want[i] / need for i in auto}
    elif sum(minimum[i] for i in auto) >= left:
        floor = sum(minimum[i] for i in auto)
        share = {i: left * minimum[i] / floor for i in auto}
    else:
        low, high = 0.0, max(want.values())  # find the cap at which the columns fit
        for _ in range(40):
            cap = (low + high) / 2
            used = sum(min(want[i], max(cap, minimum[i])) for i in auto)
            low, high = (cap, high) if used < left else (low, cap)
        share = {i: min(want[i], max(low, minimum[i])) for i in auto}
        spare = left - sum(share.values())
        capped = [i for i in auto if share[i] < want[i]] or auto
        for i in capped:
            share[i] += spare / len(capped)
    return [total * f if f is not None else share[i] for i, f in enumerate(fixed)]
