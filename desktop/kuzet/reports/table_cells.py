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
from kuzet.reports.hyphenation import HASH_GROUP, hyphen_points, token_kind
from kuzet.reports.pdftext import FontMetrics

Align = Literal["left", "right", "center"]
Cell = str | Status

SAMPLE_ROWS = 200
MAX_LINES = 12  # kept for callers; a cell is never cut (issue #15): longer text continues
MAX_LINES_LIMIT = 60


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


class AnchoredRow(tuple):
    """A table row that marks the page anchor ``anchor`` (``reports.anchors``) on the page
    it is drawn on, so the findings summary can print that record's own page."""

    anchor: str = ""


def anchored(key: str, row: Sequence[object]) -> AnchoredRow:
    marked = AnchoredRow(row)
    marked.anchor = key
    return marked


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
    text: str,
    metrics: FontMetrics,
    size: float,
    max_width: float,
    max_lines: int | None = None,
) -> list[str]:
    """Break ``text`` into lines no wider than ``max_width``, keeping every character.

    Lines break at spaces. A word longer than a line must split: a word of letters is
    hyphenated (``typography.hyphen_points``: Russian rules for Cyrillic, Kazakh included,
    English for Latin), a hash breaks only between its 16-character groups, and any other
    token (a licence number, BIN, user name, list reference) is never split unless it is
    wider than the whole line, which the table prevents by sizing its columns to fit the
    widest token (``identifier_width``). Only ``max_lines`` given (headings in the table
    of contents, never evidence) cuts the text with "…".
    """
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
            if word_w <= max_width:
                if current:
                    lines.append(current)
                current, current_w = word, word_w
                continue
            room = max_width - current_w - space if current else max_width
            pieces = split_token(word, metrics, size, max_width, room)
            if pieces[0]:
                pieces[0] = f"{current} {pieces[0]}" if current else pieces[0]
                lines.extend(pieces[:-1])
            else:
                if current:
                    lines.append(current)
                lines.extend(pieces[1:-1])
            current = pieces[-1]
            current_w = width(current, size)
        if current or not lines:
            lines.append(current)
        if max_lines is not None and len(lines) > max_lines:
            break
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and width(last + "…", size) > max_width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


IDENTIFIER_BREAKS = "./_"


def split_token(
    word: str, metrics: FontMetrics, size: float, max_width: float, room: float
) -> list[str]:
    """``word`` (wider than ``max_width``) in pieces: the first fits ``room`` (the rest of
    the current line; "" when nothing fits there), the others ``max_width``."""
    kind = token_kind(word)
    if kind == "hash":
        points = list(range(HASH_GROUP, len(word), HASH_GROUP))
        return _split_at(word, points, metrics, size, max_width, room, hyphen=False)
    if kind == "word":
        points = hyphen_points(word)
        if points:
            return _split_at(word, points, metrics, size, max_width, room, hyphen=True)
    # an identifier wider than the whole line (a dotted rule key, a path): at its own
    # separators first, on a line of its own; letters are cut only as the last resort
    points = [i + 1 for i, char in enumerate(word[:-1]) if char in IDENTIFIER_BREAKS]
    if points:
        return _split_at(word, points, metrics, size, max_width, 0.0, hyphen=False)
    return ["", *_break_chars(word, metrics, size, max_width)]


def _split_at(
    word: str,
    points: list[int],
    metrics: FontMetrics,
    size: float,
    max_width: float,
    room: float,
    hyphen: bool,
) -> list[str]:
    pieces: list[str] = []
    start, limit = 0, room
    while metrics.width(word[start:], size) > limit:
        best = None
        for point in points:
            if point <= start:
                continue
            piece = word[start:point]
            mark = "-" if hyphen and not piece.endswith("-") else ""
            if metrics.width(piece + mark, size) > limit:
                break
            best = piece + mark, point
        if best is None:
            if limit < max_width:  # nothing fits the rest of this line: start a new one
                pieces.append("")
                limit = max_width
                continue
            rest = _break_chars(word[start:], metrics, size, max_width)  # last resort
            pieces.extend(rest[:-1])
            start = len(word) - len(rest[-1])
            break
        pieces.append(best[0])
        start, limit = best[1], max_width
    pieces.append(word[start:])
    return pieces


def _break_chars(word: str, metrics: FontMetrics, size: float, max_width: float) -> list[str]:
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
    (the header's longest word, the widest identifier); columns of a given share shrink to
    make room for those minimums (up to 3/4 of the width), and only beyond that do the
    minimums shrink too.
    """
    given = sum(f for f in fixed if f is not None)
    if all(f is not None for f in fixed):
        return [total * f / given for f in fixed]  # type: ignore[operator]
    left = max(total - total * given, 0.0)
    auto = [i for i, f in enumerate(fixed) if f is None]
    floor = sum(minimum[i] for i in auto)
    if given and floor > left:  # identifiers must fit whole: the given columns yield room,
        room = min(floor, total * 0.75)  # above their own minimum
        points = {i: total * f for i, f in enumerate(fixed) if f is not None}
        spare = sum(points[i] - min(minimum[i], points[i]) for i in points)
        cut = min(sum(points.values()) - (total - room), spare)
        for i, p in points.items():
            above = p - min(minimum[i], p)
            points[i] = p - (cut * above / spare if spare else 0.0)
        fixed = [points[i] / total if i in points else None for i in range(len(fixed))]
        left = max(total - sum(points.values()), 0.0)
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
