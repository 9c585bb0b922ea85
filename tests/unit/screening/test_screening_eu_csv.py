"""The EU consolidated list CSV v1.1, on files the tests write."""

from __future__ import annotations

import datetime as dt

import pytest

from kuzet.screening.entries import ListFormatError
from kuzet.screening.eu_csv import parse_eu_csv

HEADER = (
    "fileGenerationDate;Entity_LogicalId;Entity_EU_ReferenceNumber;Entity_DesignationDate;"
    "Entity_Remark;Entity_Regulation_Programme;Entity_SubjectType;"
    "Entity_SubjectType_ClassificationCode;NameAlias_LastName;NameAlias_FirstName;"
    "NameAlias_MiddleName;NameAlias_WholeName;BirthDate_BirthDate;BirthDate_Year;"
    "Citizenship_CountryDescription;Identification_Number;Identification_CountryDescription"
)
ROWS = [
    "28/10/2022;13;EU.27.28;2011-03-10;Chechen leader;AQD;P;person;UMAROV;Doku;Khamatovich;"
    "Doku Khamatovich Umarov;;;;;",
    "28/10/2022;13;EU.27.28;2011-03-10;Chechen leader;AQD;P;person;;;;Умаров Доку Хаматович;;;;;",
    "28/10/2022;13;EU.27.28;2011-03-10;Chechen leader;AQD;P;person;;;;;1964-04-13;;;;",
    "28/10/2022;13;EU.27.28;2011-03-10;Chechen leader;AQD;P;person;;;;;;1955;;;",
    "28/10/2022;13;EU.27.28;2011-03-10;Chechen leader;AQD;P;person;;;;;;;Russian Federation;;",
    "28/10/2022;13;EU.27.28;2011-03-10;Chechen leader;AQD;P;person;;;;;;;;640413300555;Kazakhstan",
    '28/10/2022;20;EU.1.2;2014-07-30;;UKR;E;enterprise;;;;"ОАО ""Ромашка""";;;;;',
    "28/10/2022;20;EU.1.2;2014-07-30;;UKR;E;enterprise;;;;Romashka OJSC;;;;;",
    "28/10/2022;21;;;;UKR;E;enterprise;NOVIKOV;;;;;;;;",
]


def write(tmp_path, rows, bom: bool = False, header: str = HEADER):
    path = tmp_path / "eu.csv"
    text = "\r\n".join([header, *rows]) + "\r\n"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


@pytest.mark.parametrize("bom", [False, True], ids=["no-bom", "bom"])
def test_rows_grouped_by_logical_id(tmp_path, bom) -> None:
    parsed = parse_eu_csv(write(tmp_path, ROWS, bom=bom))
    assert parsed.source == "EU"
    assert parsed.published == dt.date(2022, 10, 28)
    umarov, romashka, novikov = parsed.entries
    assert umarov.ref == "EU.27.28"
    assert umarov.kind == "person"
    assert umarov.names == ("Doku Khamatovich Umarov", "Умаров Доку Хаматович")
    assert umarov.dobs == ("1964-04-13", "1955")
    assert umarov.nationalities == ("Russian Federation",)
    assert umarov.programmes == ("AQD",)
    assert umarov.iins == ("640413300555",)
    assert umarov.listed_on == dt.date(2011, 3, 10)
    assert umarov.remarks == "Chechen leader"
    assert romashka.kind == "organization"
    assert romashka.names == ('ОАО "Ромашка"', "Romashka OJSC")
    assert (novikov.ref, novikov.names) == ("21", ("NOVIKOV",))


def test_names_from_parts_when_no_whole_name(tmp_path) -> None:
    row = "01/01/2024;5;EU.5.5;;;X;person;;ERLANOV;Erlan;Serikovich;;;;;;"
    (entry,) = parse_eu_csv(write(tmp_path, [row])).entries
    assert entry.names == ("Erlan Serikovich ERLANOV",)


def test_bad_rows_all_reported(tmp_path) -> None:
    rows = [
        "28/10/2022;;EU.9;;;X;P;person;;;;A B;;;;;",
        "28/10/2022;30;EU.30;;;X;P;person;;;;C D;1964-13-01;;;;",
        "28/10/2022;31;EU.31;;;X;Z;;;;;E F;;;;;",
        "28/10/2022;30;EU.30;;;X;E;enterprise;;;;C D LLC;;;;;",
        "28/10/2022;32;EU.32;;;X;P;person;;;;;;1970;;;",
    ]
    with pytest.raises(ListFormatError) as caught:
        parse_eu_csv(write(tmp_path, rows))
    assert caught.value.problems == [
        "eu.csv line 2, field Entity_LogicalId: empty",
        "eu.csv line 3, field BirthDate_BirthDate: '1964-13-01' is not a date (YYYY-MM-DD) or a year",
        "eu.csv line 4, field Entity_SubjectType: 'Z' is neither person nor enterprise",
        "eu.csv line 5, field Entity_SubjectType_ClassificationCode: entity 30 is person on "
        "line 3 but organization here",
        "eu.csv line 6, field NameAlias_WholeName: entity 32 has no name on any of its rows",
    ]


def test_not_an_eu_file(tmp_path) -> None:
    with pytest.raises(ListFormatError, match=r"eu\.csv line 1: no Entity_LogicalId column"):
        parse_eu_csv(write(tmp_path, [], header="ref,name,aliases"))
