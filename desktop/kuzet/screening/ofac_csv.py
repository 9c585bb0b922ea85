"""The OFAC SDN list as its CSV set: ``sdn.csv`` with optional ``alt.csv`` and ``add.csv``.

The files have no header; ``-0-`` means empty; lines end in CRLF and the file may end in
a 0x1A byte (both handled). Columns:

* sdn (12): ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage,
  GRT, Vess_flag, Vess_owner, Remarks;
* alt (5): ent_num, alt_num, alt_type, alt_name, alt_remarks;
* add (6): ent_num, add_num, address, city/state/postal code, country, add_remarks.

Which file is which: pass a mapping ``{"sdn": path, "alt": path, "add": path}`` (only
"sdn" is required), or a sequence of paths, in which case each file is recognised by the
column count of its first record (12, 5 or 6). The hash of the set is taken over the
files in the order sdn, alt, add. Text is UTF-8 when it decodes as such, else Windows-1252
(OFAC's older files). Addresses are summarised into ``remarks`` (the reviewing officer sees
them); alternate names become names; weak a.k.a.s in Remarks only with ``weak_akas=True``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from kuzet.screening import ofac_common as oc
from kuzet.screening.entries import ListEntry, ListFormatError, ParsedList, unique, where
from kuzet.screening.listbuild import csv_records
from kuzet.screening.listdates import ofac_remark_birth_dates
from kuzet.screening.listfiles import PathLike, combined_sha256, read_bytes, sha256_hex

ROLES = {"sdn": 12, "alt": 5, "add": 6}
_EMPTY = "-0-"
Rows = list[tuple[int, list[str]]]  # (first line of the record, its cells)
Table = tuple[str, Rows, str]  # file name, records, sha256
RowReader = Callable[[str, str, list[str], dict, list[str]], None]


def parse_ofac_csv(
    paths: Mapping[str, PathLike] | Sequence[PathLike] | PathLike,
    *,
    source: str = oc.SOURCE,
    weak_akas: bool = False,
) -> ParsedList:
    """Read the SDN CSV set; every bad record is reported before anything is returned."""
    tables = _load(paths)
    problems: list[str] = []
    sdn_name, sdn_rows, _digest = tables["sdn"]
    records: dict[str, dict] = {}
    for line, row in sdn_rows:
        record = _sdn_record(sdn_name, line, row, problems)
        if record is None:
            continue
        if record["ref"] in records:
            problems.append(
                f"{where(sdn_name, f'line {line}', 'ent_num')}: {record['ref']} appears twice"
            )
            continue
        records[record["ref"]] = record
    if "alt" in tables:
        _attach(tables["alt"], ROLES["alt"], records, problems, _alt_name)
    if "add" in tables:
        _attach(tables["add"], ROLES["add"], records, problems, _address)
    if problems:
        raise ListFormatError(problems)
    entries = tuple(_entry(record, weak_akas) for record in records.values())
    names = [tables[role][0] for role in ROLES if role in tables]
    digests = [tables[role][2] for role in ROLES if role in tables]
    return ParsedList(
        source=source,
        published=None,
        entries=entries,
        sha256=digests[0] if len(digests) == 1 else combined_sha256(digests),
        files=tuple(names),
    )


def _load(paths: Mapping[str, PathLike] | Sequence[PathLike] | PathLike) -> dict[str, Table]:
    """role → (file name, records, sha256)."""
    if isinstance(paths, str | Path):
        paths = [paths]
    tables: dict[str, Table] = {}
    if isinstance(paths, Mapping):
        unknown = sorted(set(paths) - set(ROLES))
        if unknown:
            raise ListFormatError(
                f"OFAC CSV set: unknown file role(s) {unknown}; use sdn, alt, add"
            )
        items = list(paths.items())
    else:
        items = [(None, p) for p in paths]
    for role, path in items:
        name = Path(path).name
        data = read_bytes(path)
        rows = _rows(data, name)
        if role is None:
            width = len(rows[0][1]) if rows else 0
            role = next((r for r, w in ROLES.items() if w == width), None)
            if role is None:
                raise ListFormatError(
                    f"{name} line {rows[0][0] if rows else 1}: {width} columns; an OFAC sdn "
                    "file has 12, alt 5 and add 6, so this file cannot be recognised"
                )
        if role in tables:
            raise ListFormatError(f"{name}: a second {role} file (first: {tables[role][0]})")
        tables[role] = (name, rows, sha256_hex(data))
    if "sdn" not in tables:
        raise ListFormatError("OFAC CSV set: no sdn file (the 12-column primary file) given")
    return tables


def _rows(data: bytes, name: str) -> Rows:
    data = data.rstrip(b"\x1a\r\n\t ")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    reader = csv.reader(io.StringIO(text, newline=""))
    return [(line, [_clean(c) for c in cells]) for line, cells in csv_records(reader, name, 1)]


def _clean(cell: str) -> str:
    cell = cell.strip()
    return "" if cell == _EMPTY else cell


def _sdn_record(name: str, line: int, row: list[str], problems: list[str]) -> dict | None:
    place = f"line {line}"
    if len(row) != ROLES["sdn"]:
        problems.append(f"{where(name, place)}: {len(row)} columns, an sdn record has 12")
        return None
    ent_num, sdn_name, sdn_type, program, title = row[0], row[1], row[2], row[3], row[4]
    if not ent_num.isdigit():
        problems.append(f"{where(name, place, 'ent_num')}: {ent_num!r} is not a number")
        return None
    if not sdn_name:
        problems.append(f"{where(name, place, 'SDN_Name')}: empty name")
        return None
    kind = oc.ofac_kind(sdn_type)
    if kind is None:
        problems.append(f"{where(name, place, 'SDN_Type')}: unknown type {sdn_type!r}")
        return None
    remarks = row[11]
    vessel = "; ".join(
        f"{label} {value}"
        for label, value in zip(
            ("Call sign", "Vessel type", "Tonnage", "GRT", "Flag", "Owner"), row[5:11], strict=True
        )
        if value
    )
    return {
        "ref": ent_num,
        "kind": kind,
        "names": [oc.person_name(sdn_name) if kind == "person" else sdn_name],
        "programmes": oc.programmes(program),
        "remarks": "; ".join(p for p in (f"Title: {title}" if title else "", vessel, remarks) if p),
        "raw_remarks": remarks,
        "addresses": [],
    }


def _attach(
    table: Table, width: int, records: dict[str, dict], problems: list[str], reader: RowReader
) -> None:
    name, rows, _digest = table
    for line, row in rows:
        place = f"line {line}"
        if len(row) != width:
            problems.append(f"{where(name, place)}: {len(row)} columns, expected {width}")
            continue
        record = records.get(row[0])
        if record is None:
            problems.append(
                f"{where(name, place, 'ent_num')}: {row[0]!r} is not in the sdn file "
                "(are the files from the same edition?)"
            )
            continue
        reader(name, place, row, record, problems)


def _alt_name(name: str, place: str, row: list[str], record: dict, problems: list[str]) -> None:
    alt_name = row[3]
    if not alt_name:
        problems.append(f"{where(name, place, 'alt_name')}: empty name")
        return
    record["names"].append(oc.person_name(alt_name) if record["kind"] == "person" else alt_name)


def _address(name: str, place: str, row: list[str], record: dict, problems: list[str]) -> None:
    text = ", ".join(p for p in row[2:5] if p)
    if text:
        record["addresses"].append(text)


def _entry(record: dict, weak_akas: bool) -> ListEntry:
    raw = record["raw_remarks"]
    names = list(record["names"])
    if weak_akas:
        akas = oc.weak_akas(raw)
        names += [oc.person_name(a) if record["kind"] == "person" else a for a in akas]
    remarks = record["remarks"]
    if record["addresses"]:
        remarks = "; ".join(
            p for p in (remarks, "Addresses: " + " | ".join(record["addresses"])) if p
        )
    return ListEntry(
        ref=record["ref"],
        kind=record["kind"],
        names=unique(names),
        dobs=unique(ofac_remark_birth_dates(raw)) if record["kind"] == "person" else (),
        iins=unique(oc.kazakh_ids(raw)),
        nationalities=unique(oc.citizenships(raw)),
        programmes=unique(record["programmes"]),
        crypto_addresses=unique(oc.crypto_addresses(raw)),
        remarks=remarks,
    )
