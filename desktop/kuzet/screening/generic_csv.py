"""The firm's own lists (in-house, domestic PEPs) as a simple CSV.

Header ``ref,name,aliases,dob,kind`` (any column order, names case-insensitive), with an
optional ``iin`` column. UTF-8, a BOM is fine. ``aliases`` are separated by ``;``; ``dob``
is ``YYYY-MM-DD`` or ``YYYY`` or empty; ``kind`` is ``person`` or ``organization``; ``iin``
is 12 digits or empty. Every row is checked first and every problem reported, each with
its file, line and field; nothing is returned unless all rows are good.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kuzet.screening.entries import ListEntry, ListFormatError, ParsedList, unique, where
from kuzet.screening.listbuild import csv_header, csv_records, one_file_list
from kuzet.screening.listdates import is_birth_date
from kuzet.screening.listfiles import PathLike, decode_utf8, read_bytes, sha256_hex

REQUIRED_COLUMNS = ("ref", "name", "aliases", "dob", "kind")
OPTIONAL_COLUMNS = ("iin",)
KINDS = ("person", "organization")


def parse_generic_csv(path: PathLike, *, source: str | None = None) -> ParsedList:
    """Read a generic list; ``source`` defaults to the file name without its extension."""
    file = Path(path)
    name = file.name
    data = read_bytes(path)
    reader = csv.reader(io.StringIO(decode_utf8(data, name), newline=""))
    header = [h.strip().lower() for h in csv_header(reader, name)]
    header_problems = [
        f"{where(name, 'line 1', column)}: column missing; the header must be "
        f"{','.join(REQUIRED_COLUMNS)}"
        for column in REQUIRED_COLUMNS
        if column not in header
    ]
    header_problems += [
        f"{where(name, 'line 1', column or '(empty)')}: unknown column; expected "
        f"{','.join(REQUIRED_COLUMNS)} and optionally {','.join(OPTIONAL_COLUMNS)}"
        for column in header
        if column not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS
    ]
    if header_problems:
        raise ListFormatError(header_problems)
    column = {h: i for i, h in enumerate(header)}
    problems: list[str] = []
    entries: list[ListEntry] = []
    first_line: dict[str, int] = {}
    for line, cells in csv_records(reader, name, start=2):
        entry = _row(name, line, cells, column, first_line, problems)
        if entry is not None:
            entries.append(entry)
    return one_file_list(source or file.stem, None, entries, sha256_hex(data), name, problems)


def _row(
    name: str,
    line: int,
    cells: list[str],
    column: dict[str, int],
    first_line: dict[str, int],
    problems: list[str],
) -> ListEntry | None:
    place = f"line {line}"
    start = len(problems)
    if len(cells) != len(column):
        problems.append(f"{where(name, place)}: {len(cells)} fields, the header has {len(column)}")
        return None
    value = {h: " ".join(cells[i].split()) for h, i in column.items()}
    ref, full_name, kind, dob = value["ref"], value["name"], value["kind"], value["dob"]
    if not ref:
        problems.append(f"{where(name, place, 'ref')}: empty")
    elif ref in first_line:
        problems.append(
            f"{where(name, place, 'ref')}: {ref!r} already used on line {first_line[ref]}"
        )
    else:
        first_line[ref] = line
    if not full_name:
        problems.append(f"{where(name, place, 'name')}: empty name")
    if kind not in KINDS:
        problems.append(f"{where(name, place, 'kind')}: {kind!r} is not person or organization")
    if dob and not is_birth_date(dob):
        problems.append(
            f"{where(name, place, 'dob')}: {dob!r} is not a date (YYYY-MM-DD) or a year (YYYY)"
        )
    if dob and kind == "organization":
        problems.append(f"{where(name, place, 'dob')}: an organization has no date of birth")
    iin = value.get("iin", "")
    if iin and not (iin.isdigit() and len(iin) == 12):
        problems.append(f"{where(name, place, 'iin')}: {iin!r} is not 12 digits")
    aliases = [a.strip() for a in value["aliases"].split(";")]
    if len(problems) > start:
        return None
    return ListEntry(
        ref=ref,
        kind=kind,
        names=unique([full_name, *aliases]),
        dobs=(dob,) if dob else (),
        iins=(iin,) if iin else (),
    )
