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
a SHA-256 over kind, names, birth date and national identifier: stable from one edition to
the next, which a row number would not be. ``listed_on`` is ``added_to_list``, else the
date in a ``correction`` such as "включен от 01.02.2024". Without a birth date, the date a
valid IIN encodes is used. ``note`` and ``correction`` go to remarks.

The real files are irregular, and a regulator's list is never refused for it (the firm
would screen against nothing); each case is kept and named in ``ParsedList.warnings``:

* an ``iin``/``org_iin`` of **10 digits** (common in category 2) is a national identifier,
  not an IIN: kept in the remarks, never compared as an IIN (only a 12-digit IIN is
  decisive in screening);
* an irregular ``birthdate`` (a year only, ``00.00.yyyy``, an impossible day, free text)
  is kept as its year(s) when it names one, and always as written in the remarks.

The AFM's proliferation-financing list is the same XML family: ``parse_afm_pf_xml`` reads
it as its own list, ``PF_SOURCE``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field, replace
from xml.etree.ElementTree import Element

from kuzet.screening.entries import ListEntry, ListFormatError, ParsedList, unique, where
from kuzet.screening.listbuild import one_file_list
from kuzet.screening.listdates import any_list_date, dmy_date, iin_birth_date
from kuzet.screening.listfiles import PathLike, text_of
from kuzet.screening.xml_stream import XmlStream

SOURCES = {1: "AFM cat. 1", 2: "AFM cat. 2"}
PF_SOURCE = "AFM proliferation financing"
NATIONAL_ID_DIGITS = 10
_INCLUDED_ON = re.compile(r"включ\w*\s+(?:от\s+)?(\d{1,2}\.\d{1,2}\.\d{4})", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def parse_afm_pf_xml(path: PathLike, *, source: str = PF_SOURCE) -> ParsedList:
    """The AFM's list of persons linked to proliferation financing (same XML family)."""
    return parse_afm_xml(path, source=source)


def parse_afm_xml(
    path: PathLike, *, category: int | None = None, source: str | None = None
) -> ParsedList:
    """Read an AFM list as a stream (one element in memory at a time); every bad element
    is reported before anything is returned. Until the category is known each ``<org>``
    is read both ways, as an organisation and as a listed individual, and only the
    entries (never the elements) are kept."""
    stream = XmlStream(path, local_names=True)
    name = stream.name
    root = stream.root()
    root_tag, published = root.tag.lower(), _published(root)
    people, as_organisations, as_individuals = _Found(name), _Found(name), _Found(name)
    counts = {"person": 0, "org": 0}
    has_org_iin = False
    for _path, element in stream.records(lambda p: p[-1].lower() in counts):
        for part in element.iter():
            if isinstance(part.tag, str):
                part.tag = part.tag.lower()
        counts[element.tag] += 1
        place = f"element <{element.tag}> #{counts[element.tag]}"
        if element.tag == "person":
            people.entries.append(_person(element, place, people))
            continue
        has_org_iin = has_org_iin or element.find("org_iin") is not None
        if category in (None, 1):
            as_organisations.entries.append(_organisation(element, place, as_organisations))
        if category in (None, 2):
            as_individuals.entries.append(_listed_individual(element, place, as_individuals))
    if not any(counts.values()):
        raise ListFormatError(
            f"{name} element <{root_tag}>: no <person> or <org> elements; is this an AFM list?"
        )
    if category is None:
        category = 2 if has_org_iin else 1
    if category not in SOURCES:
        raise ListFormatError(f"{name}: category {category} is not 1 or 2")
    orgs = as_individuals if category == 2 else as_organisations
    entries: list[ListEntry] = []
    refs: set[str] = set()
    for entry in people.entries + orgs.entries:
        _add(entry, entries, refs)
    return one_file_list(
        source or SOURCES[category],
        published,
        entries,
        stream.sha256,
        name,
        people.problems + orgs.problems,
        people.warnings + orgs.warnings,
    )


@dataclass
class _Found:
    """The file's name, what reading it found wrong (``problems``: the file is refused)
    or irregular but kept (``warnings``), and the entries read (None for a bad one)."""

    name: str
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    entries: list[ListEntry | None] = field(default_factory=list)


@dataclass(frozen=True)
class _Ids:
    iin: str = ""  # 12 digits: decisive in screening
    national_id: str = ""  # 10 digits: kept as written, never compared as an IIN


@dataclass(frozen=True)
class _Birth:
    dobs: tuple[str, ...] = ()  # YYYY-MM-DD or YYYY
    as_listed: str = ""  # the text of an irregular birth date, for the remarks


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


def _person(element: Element, place: str, found: _Found) -> ListEntry | None:
    full = " ".join(
        p for p in (_get(element, "lname"), _get(element, "fname"), _get(element, "mname")) if p
    )
    if not full:
        found.problems.append(
            f"{where(found.name, place, 'lname')}: empty name (no lname, fname or mname)"
        )
        return None
    ids = _ids(element, "iin", place, found)
    birth = _birth_date(element, place, found)
    return _entry("person", [full], birth, ids, element, place, found)


def _listed_individual(element: Element, place: str, found: _Found) -> ListEntry | None:
    names = _split(_get(element, "org_name")) + _split(_get(element, "org_name_en"))
    if not names:
        found.problems.append(f"{where(found.name, place, 'org_name')}: empty name")
        return None
    ids = _ids(element, "org_iin", place, found)
    birth = _birth_date(element, place, found)
    return _entry("person", names, birth, ids, element, place, found)


def _organisation(element: Element, place: str, found: _Found) -> ListEntry | None:
    names = _split(_get(element, "org_name")) + _split(_get(element, "org_name_en"))
    if not names:
        found.problems.append(
            f"{where(found.name, place, 'org_name')}: empty name (no org_name or org_name_en)"
        )
        return None
    return _entry("organization", names, _Birth(), _Ids(), element, place, found)


def _entry(
    kind: str,
    names: list[str],
    birth: _Birth,
    ids: _Ids,
    element: Element,
    place: str,
    found: _Found,
) -> ListEntry | None:
    dobs = birth.dobs
    if not dobs and ids.iin and kind == "person":
        from_iin = iin_birth_date(ids.iin)
        dobs = (from_iin,) if from_iin else ()
    listed_on = _listed_on(element, place, found)
    note, correction = _get(element, "note"), _get(element, "correction")
    remarks = "; ".join(
        p
        for p in (
            f"National identifier (not an IIN): {ids.national_id}" if ids.national_id else "",
            f"Birth date as listed: {birth.as_listed}" if birth.as_listed else "",
            note,
            f"Correction: {correction}" if correction else "",
        )
        if p
    )
    names_t = unique(names)
    if ids.iin:
        ref = ids.iin
    else:
        hashed = [kind, *names_t, ",".join(dobs)] + ([ids.national_id] if ids.national_id else [])
        digest = hashlib.sha256("|".join(hashed).encode()).hexdigest()
        ref = f"AFM-{digest[:10]}"
    return ListEntry(
        ref=ref,
        kind=kind,
        names=names_t,
        dobs=dobs,
        iins=(ids.iin,) if ids.iin else (),
        listed_on=listed_on,
        remarks=remarks,
    )


def _birth_date(element: Element, place: str, found: _Found) -> _Birth:
    """A full date; else the year(s) the text names, with the text kept for the remarks."""
    birth = _get(element, "birthdate")
    if not birth:
        return _Birth()
    day = dmy_date(birth) or any_list_date(birth)
    if day is not None:
        return _Birth((day.isoformat(),))
    years = unique(_YEAR.findall(birth))
    at = where(found.name, place, "birthdate")
    if years:
        found.warnings.append(
            f"{at}: {birth!r} is not a full date (dd.mm.yyyy): kept as the year {', '.join(years)}"
        )
        return _Birth(years, birth)
    found.warnings.append(f"{at}: {birth!r} is not a date: kept as a remark")
    return _Birth((), birth)


def _listed_on(element: Element, place: str, found: _Found) -> dt.date | None:
    added = _get(element, "added_to_list")
    if added:
        day = dmy_date(added) or any_list_date(added)
        if day is None:
            found.problems.append(
                f"{where(found.name, place, 'added_to_list')}: {added!r} is not a date (dd.mm.yyyy)"
            )
        return day
    match = _INCLUDED_ON.search(_get(element, "correction"))
    return dmy_date(match.group(1)) if match else None


def _ids(element: Element, tag: str, place: str, found: _Found) -> _Ids:
    """A 12-digit IIN; a 10-digit national identifier (kept, with a warning); anything else
    in the field is a problem."""
    raw = _get(element, tag)
    digits = "".join(ch for ch in raw if ch.isdigit())
    if not raw:
        return _Ids()
    if len(digits) == len(raw.replace(" ", "")):
        if len(digits) == 12:
            return _Ids(iin=digits)
        if len(digits) == NATIONAL_ID_DIGITS:
            found.warnings.append(
                f"{where(found.name, place, tag)}: {raw!r} has 10 digits, not a 12-digit IIN: "
                "kept as a national identifier, not used as an IIN in screening"
            )
            return _Ids(national_id=digits)
    found.problems.append(f"{where(found.name, place, tag)}: {raw!r} is not a 12-digit IIN")
    return _Ids()


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
