"""The OFAC SDN list as ``sdn.xml``.

Built from OFAC's published schema (no sample file ships with Kuzet). The namespace is
ignored, so both the old ``http://tempuri.org/sdnList.xsd`` and the newer
``https://sanctionslistservice.ofac.treas.gov/...`` files are read. Structure::

    sdnList
      publshInformation/Publish_Date (MM/DD/YYYY), Record_Count
      sdnEntry: uid, firstName, lastName, title, sdnType, remarks,
        programList/program, akaList/aka (type, category, firstName, lastName),
        idList/id (idType, idNumber, idCountry),
        nationalityList/nationality/country, citizenshipList/citizenship/country,
        dateOfBirthList/dateOfBirthItem/dateOfBirth

A Record_Count that differs from the number of ``sdnEntry`` elements is an error (a
truncated file). ``idType`` ``Digital Currency Address - XBT`` with its ``idNumber``
becomes a crypto address; 12-digit IDs whose ``idCountry`` is Kazakhstan become IINs/BINs.
Weak a.k.a.s (``category`` weak) are left out unless ``weak_akas=True``.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from kuzet.screening import ofac_common as oc
from kuzet.screening.entries import ListEntry, ListFormatError, ParsedList, unique, where
from kuzet.screening.listbuild import first_of_each_ref, one_file_list
from kuzet.screening.listdates import mdy_date, ofac_birth_dates
from kuzet.screening.listfiles import PathLike, child_text, texts
from kuzet.screening.xml_stream import XmlStream


def parse_ofac_xml(
    path: PathLike, *, source: str = oc.SOURCE, weak_akas: bool = False
) -> ParsedList:
    """Read ``sdn.xml`` as a stream (one ``sdnEntry`` in memory at a time); every bad entry
    is reported before anything is returned."""
    stream = XmlStream(path, local_names=True)
    name = stream.name
    root = stream.root()
    if root.tag != "sdnList":
        stream.close()
        raise ListFormatError(
            f"{name} element <{root.tag}>: not an OFAC sdn.xml (the root element should be sdnList)"
        )
    problems: list[str] = []
    info: dict[str, str] = {}
    count = 0

    def found() -> Iterator[tuple[ListEntry | None, str]]:
        nonlocal count
        for record_path, element in stream.records(lambda p: p[1:] in _RECORDS):
            if record_path[1] != "sdnEntry":
                if not info:
                    info.update(_publish_info(element, name, problems))
                continue
            count += 1
            place = f"element sdnEntry #{count}"
            yield (
                _entry(element, place, name, problems, weak_akas),
                where(name, place, "uid"),
            )

    entries = first_of_each_ref(found(), problems)
    count_text = info.get("count", "")
    if count_text.isdigit() and int(count_text) != count:
        problems.insert(
            int(info.get("at", "0")),
            f"{where(name, 'element publshInformation', 'Record_Count')}: says {count_text} "
            f"entries but the file holds {count} (a truncated or edited file?)",
        )
    published = mdy_date(info["date"]) if info.get("date") else None
    return one_file_list(source, published, entries, stream.sha256, name, problems)


_RECORDS = {("sdnEntry",), ("publshInformation",), ("publishInformation",)}


def _publish_info(element: Element, name: str, problems: list[str]) -> dict[str, str]:
    """``Publish_Date`` (a bad one is a problem) and ``Record_Count``, and where in
    ``problems`` a count that does not match belongs (after the date's problem)."""
    date_text = child_text(element, "Publish_Date")
    published = mdy_date(date_text) if date_text else None
    if date_text and published is None:
        problems.append(
            f"{where(name, 'element publshInformation', 'Publish_Date')}: "
            f"{date_text!r} is not a date (MM/DD/YYYY)"
        )
    return {
        "date": date_text if published else "",
        "count": child_text(element, "Record_Count"),
        "at": str(len(problems)),
    }


def _entry(
    element: Element, place: str, name: str, problems: list[str], weak_akas: bool
) -> ListEntry | None:
    uid = child_text(element, "uid")
    if not uid:
        problems.append(f"{where(name, place, 'uid')}: missing uid")
        return None
    place = f"{place} (uid {uid})"
    sdn_type = child_text(element, "sdnType")
    kind = oc.ofac_kind(sdn_type)
    if kind is None:
        problems.append(f"{where(name, place, 'sdnType')}: unknown type {sdn_type!r}")
        return None
    primary = _name(element)
    if not primary:
        problems.append(f"{where(name, place, 'lastName')}: empty name")
        return None
    names = [primary]
    for aka in element.iterfind("akaList/aka"):
        if child_text(aka, "category").lower() == "weak" and not weak_akas:
            continue
        alias = _name(aka)
        if alias:
            names.append(alias)
    remarks = child_text(element, "remarks")
    if weak_akas:
        names += [oc.person_name(a) if kind == "person" else a for a in oc.weak_akas(remarks)]
    crypto: list[str] = []
    iins: list[str] = []
    for item in element.iterfind("idList/id"):
        id_type, id_number = child_text(item, "idType"), child_text(item, "idNumber")
        address = oc.crypto_from_id(id_type, id_number)
        if address:
            crypto.append(address)
        digits = "".join(ch for ch in id_number if ch.isdigit())
        if "kazakhstan" in child_text(item, "idCountry").lower() and len(digits) == 12:
            iins.append(digits)
    dobs: list[str] = []
    for text in texts(element, "dateOfBirthList/dateOfBirthItem/dateOfBirth"):
        found = ofac_birth_dates(text)
        if not found:
            problems.append(f"{where(name, place, 'dateOfBirth')}: cannot read {text!r} as a date")
        dobs.extend(found)
    title = child_text(element, "title")
    return ListEntry(
        ref=uid,
        kind=kind,
        names=unique(names),
        dobs=unique(dobs),
        iins=unique([*iins, *oc.kazakh_ids(remarks)]),
        nationalities=unique(
            texts(element, "nationalityList/nationality/country")
            + texts(element, "citizenshipList/citizenship/country")
        ),
        programmes=unique(texts(element, "programList/program")),
        crypto_addresses=unique([*crypto, *oc.crypto_addresses(remarks)]),
        remarks="; ".join(p for p in (f"Title: {title}" if title else "", remarks) if p),
    )


def _name(element: Element) -> str:
    """``firstName lastName`` (OFAC already splits individuals' names this way)."""
    return " ".join(
        p for p in (child_text(element, "firstName"), child_text(element, "lastName")) if p
    )
