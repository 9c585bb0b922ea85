"""The UN Security Council Consolidated List (XML, root ``CONSOLIDATED_LIST``).

* published: the root's ``dateGenerated`` (its date part);
* ``INDIVIDUALS/INDIVIDUAL`` become persons, ``ENTITIES/ENTITY`` organisations;
* ref: ``REFERENCE_NUMBER`` (``QDi.290``);
* names: ``FIRST_NAME``..``FOURTH_NAME`` joined, then ``NAME_ORIGINAL_SCRIPT``, then every
  non-empty ``ALIAS_NAME`` of ``INDIVIDUAL_ALIAS``/``ENTITY_ALIAS``;
* birth dates: ``INDIVIDUAL_DATE_OF_BIRTH`` ``DATE`` or ``YEAR``; a ``FROM_YEAR``/``TO_YEAR``
  range becomes its years (see ``listdates.year_span``);
* nationality ``NATIONALITY/VALUE``; programme ``UN_LIST_TYPE``; ``LISTED_ON``;
  remarks ``COMMENTS1``; Kazakh IINs from ``INDIVIDUAL_DOCUMENT`` numbers of 12 digits
  issued by Kazakhstan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from xml.etree.ElementTree import Element

from kuzet.screening.entries import ListEntry, ListFormatError, ParsedList, unique, where
from kuzet.screening.listbuild import first_of_each_ref, one_file_list
from kuzet.screening.listdates import iso_date, year_span
from kuzet.screening.listfiles import PathLike, child_text, texts
from kuzet.screening.xml_stream import XmlStream

SOURCE = "UN"
_NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")


_RECORDS = {
    ("CONSOLIDATED_LIST", "INDIVIDUALS", "INDIVIDUAL"): "person",
    ("CONSOLIDATED_LIST", "ENTITIES", "ENTITY"): "organization",
}


def parse_un_xml(path: PathLike, *, source: str = SOURCE) -> ParsedList:
    """Read the UN consolidated list XML; raise ``ListFormatError`` on anything unusable.

    The file is read as a stream (``XmlStream``): one INDIVIDUAL or ENTITY in memory at a
    time, however large the file."""
    stream = XmlStream(path)
    name = stream.name
    root = stream.root()
    if root.tag != "CONSOLIDATED_LIST":
        stream.close()
        raise ListFormatError(
            f"{name} element <{root.tag}>: not a UN consolidated list "
            "(the root element should be CONSOLIDATED_LIST)"
        )
    generated = root.get("dateGenerated", "")
    published = iso_date(generated) if generated else None
    if generated and published is None:
        stream.close()
        raise ListFormatError(
            f"{where(name, 'element CONSOLIDATED_LIST', 'dateGenerated')}: "
            f"{generated!r} is not a date"
        )
    problems: list[str] = []
    counts = {"person": 0, "organization": 0}

    def found() -> Iterator[tuple[ListEntry | None, str]]:
        for record_path, element in stream.records(lambda p: p in _RECORDS):
            kind = _RECORDS[record_path]
            counts[kind] += 1
            place = f"element {element.tag} #{counts[kind]}"
            yield (
                _entry(element, kind, place, name, problems),
                where(name, place, "REFERENCE_NUMBER"),
            )

    entries = first_of_each_ref(found(), problems, "reference {ref} appears twice")
    return one_file_list(source, published, entries, stream.sha256, name, problems)


def _entry(
    element: Element, kind: str, place: str, name: str, problems: list[str]
) -> ListEntry | None:
    ref = child_text(element, "REFERENCE_NUMBER")
    if not ref:
        problems.append(f"{where(name, place, 'REFERENCE_NUMBER')}: missing reference number")
        return None
    place = f"{place} ({ref})"
    primary = " ".join(p for p in (child_text(element, tag) for tag in _NAME_PARTS) if p)
    original = texts(element, "NAME_ORIGINAL_SCRIPT")
    aliases = texts(element, "INDIVIDUAL_ALIAS/ALIAS_NAME") + texts(
        element, "ENTITY_ALIAS/ALIAS_NAME"
    )
    names = unique([primary, *original, *aliases])
    if not primary:
        problems.append(f"{where(name, place, 'FIRST_NAME')}: empty name")
        return None
    listed_text = child_text(element, "LISTED_ON")
    listed_on: dt.date | None = None
    if listed_text:
        listed_on = iso_date(listed_text)
        if listed_on is None:
            problems.append(f"{where(name, place, 'LISTED_ON')}: {listed_text!r} is not a date")
            return None
    return ListEntry(
        ref=ref,
        kind=kind,
        names=names,
        dobs=unique(_birth_dates(element)),
        iins=unique(_kazakh_ids(element)),
        nationalities=unique(texts(element, "NATIONALITY/VALUE")),
        programmes=unique(texts(element, "UN_LIST_TYPE")),
        listed_on=listed_on,
        remarks=child_text(element, "COMMENTS1"),
    )


def _birth_dates(element: Element) -> list[str]:
    dobs: list[str] = []
    for item in element.iterfind("INDIVIDUAL_DATE_OF_BIRTH"):
        date_text = child_text(item, "DATE")
        day = iso_date(date_text) if date_text else None
        if day is not None:
            dobs.append(day.isoformat())
        year = child_text(item, "YEAR")
        if year.isdigit() and len(year) == 4:
            dobs.append(year)
        start, end = child_text(item, "FROM_YEAR"), child_text(item, "TO_YEAR")
        if start.isdigit() and end.isdigit():
            dobs.extend(year_span(int(start), int(end)))
    return dobs


def _kazakh_ids(element: Element) -> list[str]:
    found: list[str] = []
    for document in element.iterfind("INDIVIDUAL_DOCUMENT"):
        country = " ".join(
            child_text(document, tag) for tag in ("ISSUING_COUNTRY", "COUNTRY_OF_ISSUE")
        )
        number = "".join(ch for ch in child_text(document, "NUMBER") if ch.isdigit())
        if "kazakhstan" in country.lower() and len(number) == 12:
            found.append(number)
    return found
