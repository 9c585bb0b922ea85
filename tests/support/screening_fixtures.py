"""List files in the real formats' column and element order, written by the tests (made-up
people, never real ones; nothing under ../shared/data is touched).

* ``write_afm_category_1`` / ``write_afm_category_2``: the Financial Monitoring Agency's
  XML. Category 1: ``<person>`` with ``fname, mname, lname, birthdate, iin, note,
  correction, added_to_list``; ``<org>`` with ``org_name, org_name_en, note, correction,
  added_to_list``. Category 2 writes its individuals as ``<org>`` with ``org_name, org_iin,
  note, correction, added_to_list`` (the same family holds the proliferation-financing list).
* ``write_eu_csv``: the EU consolidated financial sanctions list, CSV v1.1: ``;``-separated,
  the 118 columns of the 2026 file in their order, one row per alias, address, birth date,
  identification or citizenship with the entity columns repeated.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class AfmPerson:
    lname: str
    fname: str = ""
    mname: str = ""
    birthdate: str = ""  # as the AFM writes it: dd.mm.yyyy, or irregular
    iin: str = ""
    note: str = ""
    correction: str = ""
    added_to_list: str = ""


@dataclass(frozen=True)
class AfmOrg:
    org_name: str
    org_name_en: str = ""  # category 1 only
    org_iin: str | None = None  # category 2 only (10 or 12 digits in the real files)
    birthdate: str = ""
    note: str = ""
    correction: str = ""
    added_to_list: str = ""


def _element(tag: str, fields: Iterable[tuple[str, str | None]]) -> str:
    inner = "".join(
        f"<{name}>{escape(value)}</{name}>" if value else f"<{name}/>"
        for name, value in fields
        if value is not None
    )
    return f"    <{tag}>{inner}</{tag}>\n"


def _person(p: AfmPerson) -> str:
    order = ("fname", "mname", "lname", "birthdate", "iin", "note", "correction", "added_to_list")
    return _element("person", ((name, getattr(p, name)) for name in order))


def _org(o: AfmOrg, category: int) -> str:
    if category == 1:
        order = ("org_name", "org_name_en", "note", "correction", "added_to_list")
    else:
        order = ("org_name", "org_iin", "birthdate", "note", "correction", "added_to_list")
    return _element("org", ((name, getattr(o, name)) for name in order))


def write_afm_category_1(
    path: Path, people: Iterable[AfmPerson], orgs: Iterable[AfmOrg] = (), date: str = ""
) -> Path:
    stamp = f' date="{date}"' if date else ""
    body = "  <persons>\n" + "".join(_person(p) for p in people) + "  </persons>\n"
    body += "  <orgs>\n" + "".join(_org(o, 1) for o in orgs) + "  </orgs>\n"
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<terrorists{stamp}>\n{body}</terrorists>\n',
        encoding="utf-8",
    )
    return path


def write_afm_category_2(path: Path, orgs: Iterable[AfmOrg], date: str = "") -> Path:
    stamp = f' date="{date}"' if date else ""
    body = "".join(_org(o, 2) for o in orgs)
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<terrorists{stamp}>\n{body}</terrorists>\n',
        encoding="utf-8",
    )
    return path


def _regulation(prefix: str) -> list[str]:
    return [
        f"{prefix}_Regulation_{part}"
        for part in (
            "Type",
            "OrganisationType",
            "PublicationDate",
            "EntryIntoForceDate",
            "NumberTitle",
            "Programme",
            "PublicationUrl",
        )
    ]


# The EU CSV v1.1 header of the 2026 file, in order (118 columns).
EU_COLUMNS: tuple[str, ...] = (
    "fileGenerationDate",
    "Entity_LogicalId",
    "Entity_EU_ReferenceNumber",
    "Entity_UnitedNationId",
    "Entity_DesignationDate",
    "Entity_DesignationDetails",
    "Entity_Remark",
    "Entity_SubjectType",
    "Entity_SubjectType_ClassificationCode",
    "Entity_Regulation_Type",
    "Entity_Regulation_OrganisationType",
    "Entity_Regulation_PublicationDate",
    "Entity_Regulation_EntryIntoForceDate",
    "Entity_Regulation_NumberTitle",
    "Entity_Regulation_Programme",
    "Entity_Regulation_PublicationUrl",
    *(
        f"NameAlias_{c}"
        for c in (
            "LastName",
            "FirstName",
            "MiddleName",
            "WholeName",
            "NameLanguage",
            "Gender",
            "Title",
            "Function",
            "LogicalId",
            "RegulationLanguage",
            "Remark",
        )
    ),
    *_regulation("NameAlias"),
    *(
        f"Address_{c}"
        for c in (
            "City",
            "Street",
            "PoBox",
            "ZipCode",
            "Region",
            "Place",
            "AsAtListingTime",
            "ContactInfo",
            "CountryIso2Code",
            "CountryDescription",
            "LogicalId",
            "RegulationLanguage",
            "Remark",
        )
    ),
    *_regulation("Address"),
    *(
        f"BirthDate_{c}"
        for c in (
            "BirthDate",
            "Day",
            "Month",
            "Year",
            "YearRangeFrom",
            "YearRangeTo",
            "Circa",
            "CalendarType",
            "ZipCode",
            "Region",
            "Place",
            "City",
            "CountryIso2Code",
            "CountryDescription",
            "LogicalId",
            "RegulationLanguage",
            "Remark",
        )
    ),
    *_regulation("BirthDate"),
    *(
        f"Identification_{c}"
        for c in (
            "Number",
            "Diplomatic",
            "KnownExpired",
            "KnownFalse",
            "ReportedLost",
            "RevokedByIssuer",
            "IssuedBy",
            "IssuedDate",
            "ValidFrom",
            "ValidTo",
            "LatinNumber",
            "NameOnDocument",
            "TypeCode",
            "TypeDescription",
            "Region",
            "CountryIso2Code",
            "CountryDescription",
            "LogicalId",
            "RegulationLanguage",
            "Remark",
        )
    ),
    *_regulation("Identification"),
    *(
        f"Citizenship_{c}"
        for c in (
            "Region",
            "CountryIso2Code",
            "CountryDescription",
            "LogicalId",
            "RegulationLanguage",
            "Remark",
        )
    ),
    *_regulation("Citizenship"),
)
assert len(EU_COLUMNS) == 118 and len(set(EU_COLUMNS)) == 118


def eu_line(values: Mapping[str, str]) -> str:
    """One data line: ``values`` by column name, every other column empty."""
    unknown = set(values) - set(EU_COLUMNS)
    assert not unknown, unknown
    return ";".join(values.get(column, "") for column in EU_COLUMNS)


def write_eu_csv(path: Path, rows: Iterable[Mapping[str, str]], extra_lines: str = "") -> Path:
    """The header and one line per row; ``extra_lines`` (raw text) follow as written."""
    lines = [";".join(EU_COLUMNS), *(eu_line(row) for row in rows)]
    path.write_text("\n".join(lines) + "\n" + extra_lines, encoding="utf-8")
    return path
