"""The EU consolidated financial sanctions list, CSV v1.1.

Semicolon-separated, UTF-8 with or without BOM, a header row, then one row per name,
address, birth date, citizenship or ID of an entity, with the entity columns repeated.
Rows are grouped by ``Entity_LogicalId``. Columns read (others are ignored):

* ``Entity_LogicalId`` (required), ``Entity_EU_ReferenceNumber`` (the ref; the logical id
  when empty), ``Entity_SubjectType`` (``person``/``P`` or ``enterprise``/``E``; the
  ``Entity_SubjectType_ClassificationCode`` column is used when present),
  ``Entity_Regulation_Programme``, ``Entity_DesignationDate``, ``Entity_Remark``;
* ``NameAlias_WholeName``, or ``NameAlias_FirstName``/``MiddleName``/``LastName`` joined;
* ``BirthDate_BirthDate`` (``YYYY-MM-DD``) or ``BirthDate_Year``;
* ``Citizenship_CountryDescription``;
* ``Identification_Number`` (12 digits with ``Identification_CountryDescription``
  Kazakhstan → IIN/BIN);
* ``fileGenerationDate`` (``dd/mm/yyyy``), when present, is the published date.

Rows of one entity that disagree on its subject type are an error, as is any bad date. So
is a record whose field count differs from the header's (records that all end in one
extra ``;`` are fine): a stray quote would otherwise join several lines into one record
silently, and shift every column after it. The problem names the file and the line(s).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from kuzet.screening.entries import ListEntry, ListFormatError, ParsedList, unique, where
from kuzet.screening.listbuild import csv_header, csv_records, one_file_list
from kuzet.screening.listdates import any_list_date, is_birth_date, iso_date
from kuzet.screening.listfiles import PathLike, decode_utf8, read_bytes, sha256_hex

SOURCE = "EU"
_KINDS = {"p": "person", "person": "person", "e": "organization", "enterprise": "organization"}
_NAME_PARTS = ("NameAlias_FirstName", "NameAlias_MiddleName", "NameAlias_LastName")
_COLUMNS = frozenset(
    [
        "fileGenerationDate", "Entity_LogicalId", "Entity_EU_ReferenceNumber",
        "Entity_DesignationDate", "Entity_Remark", "Entity_Regulation_Programme",
        "Entity_SubjectType", "Entity_SubjectType_ClassificationCode", "NameAlias_WholeName",
        *_NAME_PARTS, "BirthDate_BirthDate", "BirthDate_Year",
        "Citizenship_CountryDescription", "Identification_Number",
        "Identification_CountryDescription",
    ]
)  # fmt: skip


def parse_eu_csv(path: PathLike, *, source: str = SOURCE) -> ParsedList:
    """Read the EU CSV v1.1 file; every bad row is reported before anything is returned."""
    name = Path(path).name
    data = read_bytes(path)
    reader = csv.reader(io.StringIO(decode_utf8(data, name), newline=""), delimiter=";")
    header = [h.strip() for h in csv_header(reader, name)]
    column = {h: i for i, h in enumerate(header) if h in _COLUMNS}
    if "Entity_LogicalId" not in column:
        raise ListFormatError(
            f"{name} line 1: no Entity_LogicalId column; is this the EU consolidated list "
            "CSV (v1.1, semicolon-separated)?"
        )
    if "NameAlias_WholeName" not in column and "NameAlias_LastName" not in column:
        raise ListFormatError(f"{name} line 1: no NameAlias_WholeName or NameAlias_LastName column")

    problems: list[str] = []
    groups: dict[str, dict] = {}
    published: dt.date | None = None
    expected: int | None = None  # fields a record has: the header's, set by the first record
    for line, cells in csv_records(reader, name, start=2):
        if expected is None:
            expected = _fields_expected(cells, len(header))
        if len(cells) != expected or (expected > len(header) and cells[-1].strip()):
            problems.append(_field_count_problem(name, line, reader.line_num, len(cells), header))
            continue
        row = {h: " ".join(cells[i].split()) for h, i in column.items() if i < len(cells)}
        generated = row.get("fileGenerationDate", "")
        if generated and published is None:
            published = any_list_date(generated.replace("/", "."))
        _row(name, line, row, groups, problems)
    for logical_id, group in groups.items():
        if not group["names"]:
            first_line = f"line {group['line']}"
            problems.append(
                f"{where(name, first_line, 'NameAlias_WholeName')}: "
                f"entity {logical_id} has no name on any of its rows"
            )
    entries = (_entry(group) for group in groups.values())  # read once there is no problem
    return one_file_list(source, published, entries, sha256_hex(data), name, problems)


def _fields_expected(first: list[str], header: int) -> int:
    """The header's field count; one more when the first record ends in ``;`` (an empty
    last field), which every record must then do."""
    return header + 1 if len(first) == header + 1 and not first[-1].strip() else header


def _field_count_problem(name: str, line: int, end: int, count: int, header: list[str]) -> str:
    """A record whose fields do not line up with the header: named, never read shifted."""
    place = f"line {line}" if end <= line else f"lines {line}-{end}"
    text = f"{where(name, place)}: {count} fields, the header has {len(header)}"
    if end > line:
        text += " (a quote left open joins lines into one record: check the quotes)"
    elif count < len(header):
        text += " (fields are missing)"
    else:
        text += " (a field holds an unquoted ';' or the line joins two records)"
    return text


def _row(
    name: str, line: int, row: dict[str, str], groups: dict[str, dict], problems: list[str]
) -> None:
    """Add one row's name, birth date, citizenship or ID to its entity's group."""
    place = f"line {line}"

    def get(column: str) -> str:
        return row.get(column, "")

    logical_id = get("Entity_LogicalId")
    if not logical_id:
        problems.append(f"{where(name, place, 'Entity_LogicalId')}: empty")
        return
    type_column = (
        "Entity_SubjectType_ClassificationCode"
        if get("Entity_SubjectType_ClassificationCode")
        else "Entity_SubjectType"
    )
    subject_type = get(type_column)
    kind = _KINDS.get(subject_type.lower())
    if kind is None:
        problems.append(
            f"{where(name, place, type_column)}: {subject_type!r} is neither person nor enterprise"
        )
        return
    group = groups.setdefault(
        logical_id,
        {
            "ref": get("Entity_EU_ReferenceNumber") or logical_id,
            "kind": kind,
            "line": line,
            "names": [],
            "dobs": [],
            "iins": [],
            "nationalities": [],
            "programmes": [],
            "listed_on": None,
            "remarks": [],
        },
    )
    if group["kind"] != kind:
        problems.append(
            f"{where(name, place, type_column)}: entity {logical_id} is {group['kind']} on line "
            f"{group['line']} but {kind} here"
        )
        return
    whole = get("NameAlias_WholeName") or " ".join(p for p in map(get, _NAME_PARTS) if p)
    if whole:
        group["names"].append(whole)
    birth = get("BirthDate_BirthDate") or get("BirthDate_Year")
    if birth:
        if not is_birth_date(birth):
            problems.append(
                f"{where(name, place, 'BirthDate_BirthDate')}: {birth!r} is not a date "
                "(YYYY-MM-DD) or a year"
            )
        else:
            group["dobs"].append(birth)
    citizenship = get("Citizenship_CountryDescription")
    if citizenship:
        group["nationalities"].append(citizenship)
    programme = get("Entity_Regulation_Programme")
    if programme:
        group["programmes"].append(programme)
    number = "".join(ch for ch in get("Identification_Number") if ch.isdigit())
    if len(number) == 12 and "kazakhstan" in get("Identification_CountryDescription").lower():
        group["iins"].append(number)
    designated = get("Entity_DesignationDate")
    if designated and group["listed_on"] is None:
        group["listed_on"] = iso_date(designated) or any_list_date(designated.replace("/", "."))
        if group["listed_on"] is None:
            problems.append(
                f"{where(name, place, 'Entity_DesignationDate')}: {designated!r} is not a date"
            )
    remark = get("Entity_Remark")
    if remark:
        group["remarks"].append(remark)


def _entry(group: dict) -> ListEntry:
    return ListEntry(
        ref=group["ref"],
        kind=group["kind"],
        names=unique(group["names"]),
        dobs=unique(group["dobs"]),
        iins=unique(group["iins"]),
        nationalities=unique(group["nationalities"]),
        programmes=unique(group["programmes"]),
        listed_on=group["listed_on"],
        remarks="; ".join(unique(group["remarks"])),
    )
