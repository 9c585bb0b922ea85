"""What every parser does with what it read: the records of a CSV file with the line each
starts on, each entry's ref kept once, and the list returned whole or not at all.

The parsers differ in their formats, not in these steps: a problem names the file and the
line (or element), and no ``ParsedList`` comes back while a single problem stands, so a
list is never imported in part.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from kuzet.screening.entries import ListEntry, ListFormatError, ParsedList


def csv_header(reader: Any, name: str) -> list[str]:
    """The first row of a CSV file (empty for an empty file); bad CSV names line 1."""
    try:
        return next(reader, [])
    except csv.Error as exc:
        raise ListFormatError(f"{name} line 1: not valid CSV ({exc})") from None


def csv_records(reader: Any, name: str, start: int) -> Iterator[tuple[int, list[str]]]:
    """Each record of a CSV file that is not blank, with the line it starts on (``start``
    for the first; a quoted cell may run over several lines), so every problem can name
    its line; bad CSV is a ``ListFormatError`` naming the line the reader stopped at."""
    try:
        for cells in reader:
            line = start
            start = reader.line_num + 1
            if any(c.strip() for c in cells):
                yield line, cells
    except csv.Error as exc:
        raise ListFormatError(f"{name} line {reader.line_num}: not valid CSV ({exc})") from None


def first_of_each_ref(
    found: Iterable[tuple[ListEntry | None, str]],
    problems: list[str],
    twice: str = "{ref} appears twice",
) -> list[ListEntry]:
    """The entries ``found``, each with where it stands in the file, keeping each ref once:
    an entry whose ref came before is the problem ``twice`` at its place, never a second
    entry (the matcher and the review key hits by ref). None, an entry already reported
    bad, is passed over."""
    entries: list[ListEntry] = []
    seen: set[str] = set()
    for entry, place in found:
        if entry is None:
            continue
        if entry.ref in seen:
            problems.append(f"{place}: {twice.format(ref=entry.ref)}")
            continue
        seen.add(entry.ref)
        entries.append(entry)
    return entries


def one_file_list(
    source: str,
    published: dt.date | None,
    entries: Iterable[ListEntry],
    sha256: str,
    name: str,
    problems: list[str],
    warnings: Iterable[str] = (),
) -> ParsedList:
    """The list read from the one file ``name`` (``sha256``, its hash), or every
    problem found as one ``ListFormatError``: a list with a bad entry is never returned in
    part. ``entries`` is read only when there is no problem; ``warnings`` go with the list."""
    if problems:
        raise ListFormatError(problems)
    return ParsedList(
        source=source,
        published=published,
        entries=tuple(entries),
        sha256=sha256,
        files=(name,),
        warnings=tuple(warnings),
    )
