"""The Kazakhstan Financial Monitoring Agency (AFM) lists (Law 191-IV Art. 12), XML.

* Category 1 (terrorist financing): ``<person>`` with ``fname``, ``mname``, ``lname``,
  ``birthdate`` (dd.mm.yyyy), ``iin``, ``note``, ``correction``, ``added_to_list``;
  ``<org>`` with ``org_name``, ``org_name_en`` (several names joined by "; "), ``note``,
  ``correction``, ``added_to_list``.
* Category 2 (participants in terrorist activity): individuals written as ``<org>`` with
  ``org_name``, ``org_iin``, ``note``, ``correction``, ``added_to_list``.

Root handling: the root element may be anything (the AFM has changed it over the years);
every ``person`` and ``org`` element anywhere below it is read, namespaces and tag case
ignored. The category is sniffed unless given: a file in which any ``<org>`` has an
``org_iin`` child is category 2, and there every ``<org>`` is a person. ``published`` is
taken from a date-valued attribute of the root (``date``, ``dateGenerated``, ...) when
there is one.

Each entry's ref is its IIN when it has one, else ``AFM-`` and the first 10 hex digits of
a SHA-256 over kind, names and birth date: stable from one edition to the next, which a
row number would not be. ``listed_on`` is ``added_to_list``, else the date in a
``correction`` such as "включен от 01.02.2024". Without a birth date, the date a valid
IIN encodes is used. ``note`` and ``correction`` go to remarks.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import replace
from pathlib import Path
from xml.etree.ElementTree import Element

from kuzet.screening.entries import ListEntry, ListFormatError, ParsedList, unique, where
from kuzet.screening.listbuild import one_file_list
from kuzet.screening.listdates import any_list_date, dmy_date, iin_birth_date
from kuzet.screening.listfiles import PathLike, parse_xml, read_bytes, sha256_hex, text_of

SOURCES = {1: "AFM cat. 1", 2: "AFM cat. 2"}
_INCLUDED_ON = re.compile(r"включ\w*\s+(?:от\s+)?(\d{1,2}\.\d{1,2}\.\d{4})", re.IGNORECASE)


def parse_afm_xml(
    path: PathLike, *, category: int | None = None, source: str | None = None
) -> ParsedList:
    """Read an AFM list; every bad element is reported before anything is returned."""
    name = Path(path).name
    data = read_bytes(path)
    root = parse_xml(data, name)
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = element.tag.rsplit("}", 1)[-1].lower()
    people = [e for e in root.iter() if e.tag == "person"]
    orgs = [e for e in root.iter() if e.tag == "org"]
    if not people and not orgs:
        raise ListFormatError(
            f"{name} element <{root.tag}>: no <person> or <org> elements; is this an AFM list?"
        )
    if category is None:
        category = 2 if any(org.find("org_iin") is not None for org in orgs) else 1
    if category not in SOURCES:
        raise ListFormatError(f"{name}: category {category} is not 1 or 2")
    problems: list[str] = []
    entries: list[ListEntry] = []
    refs: set[str] = set()
    for index, element in enumerate(people, start=1):
        entry = _person(element, f"element <person> #{index}", name, problems)
        _add(entry, entries, refs)
    for index, element in enumerate(orgs, start=1):
        place = f"element <org> #{index}"
        if category == 2:
            entry = _listed_individual(element, place, name, problems)
        else:
            entry = _organisation(element, place, name, problems)
        _add(entry, entries, refs)
    return one_file_list(
        source or SOURCES[category], _published(root), entries, sha256_hex(data), name, problems
    )


def _add(entry: ListEntry | None, entries: list[ListEntry], refs: set[str]) -> None:
    """Keep ``entry``; a ref seen before (the same IIN twice) gets ``#2``, ``#3``, ..."""
    if entry is None:
        return
    ref, number = entry.ref, 1
    while ref in refs:
        number += 1
        ref = f"{entry.ref}#{number}"
    refs.add(ref)
    entries.append(entry if ref == entry.ref else replace(entry, ref=ref))


def _person(element: Element, place: str, name: str, problems: list[str]) -> ListEntry | None:
    full = " ".join(
        p for p in (_get(element, "lname"), _get(element, "fname"), _get(element, "mname")) if p
    )
    if not full:
        problems.append(f"{where(name, place, 'lname')}: empty name (no lname, fname or mname)")
        return None
    iin = _iin(element, "iin", place, name, problems)
    dob = _birth_date(element, place, name, problems)
    return _entry("person", [full], dob, iin, element, place, name, problems)


def _listed_individual(
    element: Element, place: str, name: str, problems: list[str]
) -> ListEntry | None:
    names = _split(_get(element, "org_name")) + _split(_get(element, "org_name_en"))
    if not names:
        problems.append(f"{where(name, place, 'org_name')}: empty name")
        return None
    iin = _iin(element, "org_iin", place, name, problems)
    dob = _birth_date(element, place, name, problems)
    return _entry("person", names, dob, iin, element, place, name, problems)


def _organisation(element: Element, place: str, name: str, problems: list[str]) -> ListEntry | None:
    names = _split(_get(element, "org_name")) + _split(_get(element, "org_name_en"))
    if not names:
        problems.append(
            f"{where(name, place, 'org_name')}: empty name (no org_name or org_name_en)"
        )
        return None
    return _entry("organization", names, None, "", element, place, name, problems)


def _entry(
    kind: str,
    names: list[str],
    dob: str | None,
    iin: str,
    element: Element,
    place: str,
    name: str,
    problems: list[str],
) -> ListEntry | None:
    if dob is None and iin and kind == "person":
        dob = iin_birth_date(iin)
    listed_on = _listed_on(element, place, name, problems)
    note, correction = _get(element, "note"), _get(element, "correction")
    remarks = "; ".join(p for p in (note, f"Correction: {correction}" if correction else "") if p)
    names_t = unique(names)
    if iin:
        ref = iin
    else:
        digest = hashlib.sha256("|".join([kind, *names_t, dob or ""]).encode()).hexdigest()
        ref = f"AFM-{digest[:10]}"
    return ListEntry(
        ref=ref,
        kind=kind,
        names=names_t,
        dobs=(dob,) if dob else (),
        iins=(iin,) if iin else (),
        listed_on=listed_on,
        remarks=remarks,
    )


def _birth_date(element: Element, place: str, name: str, problems: list[str]) -> str | None:
    birth = _get(element, "birthdate")
    if not birth:
        return None
    day = dmy_date(birth) or any_list_date(birth)
    if day is None:
        problems.append(f"{where(name, place, 'birthdate')}: {birth!r} is not a date (dd.mm.yyyy)")
        return None
    return day.isoformat()


def _listed_on(element: Element, place: str, name: str, problems: list[str]) -> dt.date | None:
    added = _get(element, "added_to_list")
    if added:
        day = dmy_date(added) or any_list_date(added)
        if day is None:
            problems.append(
                f"{where(name, place, 'added_to_list')}: {added!r} is not a date (dd.mm.yyyy)"
            )
        return day
    match = _INCLUDED_ON.search(_get(element, "correction"))
    return dmy_date(match.group(1)) if match else None


def _iin(element: Element, tag: str, place: str, name: str, problems: list[str]) -> str:
    raw = _get(element, tag)
    digits = "".join(ch for ch in raw if ch.isdigit())
    if raw and (len(digits) != 12 or len(digits) != len(raw.replace(" ", ""))):
        problems.append(f"{where(name, place, tag)}: {raw!r} is not a 12-digit IIN")
        return ""
    return digits


def _get(element: Element, tag: str) -> str:
    return text_of(element.find(tag))


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def _published(root: Element) -> dt.date | None:
    for value in root.attrib.values():
        day = any_list_date(value)
        if day is not None:
            return day
    return None
