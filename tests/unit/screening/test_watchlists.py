"""Importing watchlists as versions: every format, diffs between editions, the same file
twice, hostile and broken files refused with nothing changed, the snapshot's integrity,
and the crypto addresses the monitoring rule reads."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kuzet.registers.errors import ValidationFailed
from kuzet.registers.screening import watchlists
from kuzet.registers.screening.watchlists import ListRejected
from kuzet.store.models import AuditEntry
from kuzet.store.models.screening import WatchlistEntry, WatchlistVersion
from kuzet.store.verify import verify
from support.screening_db import (
    KAZAKH_ROWS,
    OFAC_FILES,
    UN_FILE,
    need_real_lists,
    write_generic,
)

EU_HEADER = (
    "fileGenerationDate;Entity_LogicalId;Entity_EU_ReferenceNumber;Entity_SubjectType;"
    "Entity_Regulation_Programme;NameAlias_WholeName;BirthDate_BirthDate;"
    "Citizenship_CountryDescription"
)
EU_ROWS = [
    "28/10/2022;13;EU.27.28;P;AQD;Doku Khamatovich Umarov;;",
    "28/10/2022;13;EU.27.28;P;AQD;Умаров Доку Хаматович;1964-04-13;Russian Federation",
    "28/10/2022;20;EU.1.2;E;UKR;Romashka OJSC;;",
]
AFM_CATEGORY_1 = """<?xml version="1.0" encoding="utf-8"?>
<terrorists date="15.01.2026">
  <person><lname>ҚАСЫМОВ</lname><fname>НҰРЛАН</fname><mname>ӘБІЛҰЛЫ</mname>
    <birthdate>14.05.1971</birthdate><iin>710514300123</iin><note>Суд</note>
    <correction>включен от 02.03.2015</correction></person>
  <org><org_name>«ИСЛАМСКОЕ ГОСУДАРСТВО»</org_name><org_name_en>ISLAMIC STATE; ISIL</org_name_en>
    <note></note><correction></correction><added_to_list>15.11.2015</added_to_list></org>
</terrorists>
"""
AFM_CATEGORY_2 = """<?xml version="1.0" encoding="utf-8"?>
<root><org><org_name>ЖҰМАҒҰЛОВ АСЫЛБЕК СЕРІКҰЛЫ</org_name><org_iin>740717300457</org_iin>
<note>ст. 255 УК РК</note><correction>включен от 10.10.2023</correction></org></root>
"""
OFAC_XML = """<?xml version="1.0" standalone="yes"?>
<sdnList xmlns="http://tempuri.org/sdnList.xsd">
  <publshInformation><Publish_Date>07/14/2021</Publish_Date><Record_Count>1</Record_Count>
  </publshInformation>
  <sdnEntry><uid>25308</uid><firstName>Xiaobing</firstName><lastName>YAN</lastName>
    <sdnType>Individual</sdnType><programList><program>CYBER2</program></programList>
    <idList><id><uid>3</uid><idType>Digital Currency Address - ETH</idType>
      <idNumber>0xAbC0000000000000000000000000000000000001</idNumber></id></idList>
  </sdnEntry>
</sdnList>
"""
BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
]>
<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol2;</FIRST_NAME>
</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<terrorists><person><lname>&x;</lname></person></terrorists>
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def counts(store) -> tuple[int, int, int]:
    with store.reading() as session:
        return (
            session.execute(select(func.count()).select_from(WatchlistVersion)).scalar(),
            session.execute(select(func.count()).select_from(WatchlistEntry)).scalar(),
            session.execute(select(func.count()).select_from(AuditEntry)).scalar(),
        )


def do_import(store, fmt: str, paths, name: str = ""):
    with store.transaction() as session:
        return watchlists.import_list(session, fmt, paths, name=name)


def test_the_real_un_and_ofac_files_import_as_versions(store) -> None:
    need_real_lists()
    (un,) = do_import(store, "un-xml", [UN_FILE])
    (ofac,) = do_import(store, "ofac-csv", OFAC_FILES)
    assert (un.list_name, un.entries, un.added, un.changed, un.removed) == ("UN", 1003, 1003, 0, 0)
    assert (ofac.list_name, ofac.entries, ofac.added) == ("OFAC SDN", 8976, 8976)
    with store.reading() as session:
        version = watchlists.get_version(session, un.version_id)
        assert version.published_on == dt.date(2026, 2, 27)
        assert version.active and version.list_format == "un-xml"
        assert len(version.sha256) == 64 and version.files == UN_FILE.name
        assert version.persons == 730
        row = watchlists.entry_of(session, un.version_id, "QDi.290")
        entry = watchlists.entry_from_row(row)
        assert entry.names[0] == "DOKU KHAMATOVICH UMAROV"
        assert "1964-04-13" in entry.dobs
        assert "umarov" in row.search_text
        assert watchlists.get_version(session, ofac.version_id).files == "; ".join(
            p.name for p in OFAC_FILES
        )
        assert watchlists.check_snapshot(session, ofac.version_id)
        trail = session.execute(
            select(AuditEntry).where(AuditEntry.register_name == "watchlist_version")
        ).scalars()
        assert [(e.record_id, e.action) for e in trail] == [(1, "insert"), (2, "insert")]
    assert verify(store.engine).intact


def test_fixture_files_of_every_other_format_import(store, tmp_path) -> None:
    (eu,) = do_import(
        store, "eu-csv", [write(tmp_path / "eu.csv", "\n".join([EU_HEADER, *EU_ROWS]))]
    )
    assert (eu.list_name, eu.entries) == ("EU", 2)
    afm = do_import(
        store,
        "afm-xml",
        [
            write(tmp_path / "afm1.xml", AFM_CATEGORY_1),
            write(tmp_path / "afm2.xml", AFM_CATEGORY_2),
        ],
    )
    assert [(r.list_name, r.entries) for r in afm] == [("AFM cat. 1", 2), ("AFM cat. 2", 1)]
    (ofac_xml,) = do_import(store, "ofac-xml", [write(tmp_path / "sdn.xml", OFAC_XML)])
    assert (ofac_xml.list_name, ofac_xml.entries) == ("OFAC SDN", 1)
    generic = write_generic(tmp_path / "peps.csv", KAZAKH_ROWS)
    (own,) = do_import(store, "csv", [generic], name="Domestic PEPs")
    assert (own.list_name, own.entries) == ("Domestic PEPs", len(KAZAKH_ROWS))
    with store.reading() as session:
        versions = {v.list_name: v for v in watchlists.active_versions(session)}
        assert set(versions) == {"EU", "AFM cat. 1", "AFM cat. 2", "OFAC SDN", "Domestic PEPs"}
        assert versions["AFM cat. 1"].published_on == dt.date(2026, 1, 15)
        assert versions["OFAC SDN"].published_on == dt.date(2021, 7, 14)
        kasymov = watchlists.entry_of(session, versions["AFM cat. 1"].id, "710514300123")
        assert watchlists.entry_from_row(kasymov).iins == ("710514300123",)
        assert "kasymov" in kasymov.search_text and "қасымов" in kasymov.search_text
        addresses = watchlists.listed_addresses(session)
    assert addresses == {
        "0xabc0000000000000000000000000000000000001": ("OFAC SDN", "25308", "Xiaobing YAN")
    }


def test_a_second_edition_records_what_was_added_changed_and_removed(store, tmp_path) -> None:
    first = write_generic(tmp_path / "peps.csv", KAZAKH_ROWS)
    (one,) = do_import(store, "csv", [first])
    edition_2 = [
        KAZAKH_ROWS[0],
        (*KAZAKH_ROWS[1][:3], "1968-02-02", "person"),  # birth date corrected
        KAZAKH_ROWS[3],
        ("KZ-031", "Нұрпейісов Ерлан", "", "1985", "person"),
        ("KZ-032", "Бекова Әсел", "", "", "person"),
    ]  # KZ-003 removed
    second = write_generic(tmp_path / "peps_2.csv", edition_2)
    (two,) = do_import(store, "csv", [second], name="peps")
    assert (two.added, two.changed, two.removed, two.entries) == (2, 1, 1, 5)
    assert two.previous_id == one.version_id
    with store.reading() as session:
        old = watchlists.get_version(session, one.version_id)
        new = watchlists.get_version(session, two.version_id)
        assert (old.active, new.active) == (False, True)
        assert old.entries == 4, "the previous version's entries are kept"
        assert watchlists.entry_of(session, one.version_id, "KZ-003") is not None
        assert watchlists.entry_of(session, two.version_id, "KZ-003") is None
        assert [v.id for v in watchlists.active_versions(session)] == [two.version_id]
        changes = session.execute(
            select(AuditEntry.action).where(
                AuditEntry.register_name == "watchlist_version", AuditEntry.record_id == old.id
            )
        ).scalars()
        assert list(changes) == ["insert", "update"]
    assert verify(store.engine).intact


def test_the_same_file_twice_is_recognised_and_nothing_is_written(store, tmp_path) -> None:
    path = write_generic(tmp_path / "peps.csv", KAZAKH_ROWS)
    (first,) = do_import(store, "csv", [path])
    before = counts(store)
    (again,) = do_import(store, "csv", [path])
    assert again.already_imported and again.version_id == first.version_id
    assert "already the active version" in again.summary()
    assert counts(store) == before


@pytest.mark.parametrize(
    ("fmt", "text", "message"),
    [
        ("un-xml", BILLION_LAUGHS, "refused: the file declares a DTD"),
        ("afm-xml", EXTERNAL_ENTITY, "refused: the file declares a DTD"),
        ("ofac-xml", "<sdnList><sdnEntry>", "not well-formed XML"),
    ],
    ids=["billion-laughs", "external-entity", "truncated"],
)
def test_hostile_or_broken_xml_is_refused_and_nothing_changes(
    store, tmp_path, fmt, text, message
) -> None:
    good = write_generic(tmp_path / "peps.csv", KAZAKH_ROWS)
    bad = write(tmp_path / "list.xml", text)
    do_import(store, "csv", [good])
    before = counts(store)
    with pytest.raises(ListRejected) as caught:
        do_import(store, fmt, [bad])
    assert message in str(caught.value)
    assert caught.value.problems[0].startswith("list.xml")
    assert counts(store) == before


def test_one_bad_file_and_no_list_of_the_import_is_written(store, tmp_path) -> None:
    good = write(tmp_path / "afm1.xml", AFM_CATEGORY_1)
    bad = write(tmp_path / "afm2.xml", AFM_CATEGORY_2.replace("740717300457", "12345"))
    before = counts(store)
    with pytest.raises(ListRejected) as caught:
        do_import(store, "afm-xml", [good, bad])
    assert caught.value.problems == [
        "afm2.xml element <org> #1, field org_iin: '12345' is not a 12-digit IIN"
    ]
    assert counts(store) == before


def test_bad_rows_of_a_generic_list_are_all_reported(store, tmp_path) -> None:
    rows = [
        ("A-1", "Қасымов Нұрлан", "", "14.05.1971", "person"),
        ("A-1", "", "", "", "company"),
    ]
    with pytest.raises(ListRejected) as caught:
        do_import(store, "csv", [write_generic(tmp_path / "own.csv", rows)])
    assert caught.value.problems == [
        "own.csv line 2, field dob: '14.05.1971' is not a date (YYYY-MM-DD) or a year (YYYY)",
        "own.csv line 3, field ref: 'A-1' already used on line 2",
        "own.csv line 3, field name: empty name",
        "own.csv line 3, field kind: 'company' is not person or organization",
    ]
    assert counts(store)[:2] == (0, 0)


def test_wrong_format_name_and_misuse_are_field_errors(store, tmp_path) -> None:
    path = write_generic(tmp_path / "peps.csv", KAZAKH_ROWS)
    with pytest.raises(ValidationFailed) as caught:
        do_import(store, "xlsx", [path])
    assert "format" in caught.value.field_errors
    with pytest.raises(ValidationFailed):
        do_import(store, "csv", [])
    other = write_generic(tmp_path / "other.csv", KAZAKH_ROWS[:1])
    with pytest.raises(ValidationFailed) as caught:
        do_import(store, "csv", [path, other], name="one name")
    assert "name" in caught.value.field_errors


@pytest.mark.sqlite_only
def test_a_tampered_snapshot_is_detected(store, db_file, tmp_path) -> None:
    (result,) = do_import(store, "csv", [write_generic(tmp_path / "peps.csv", KAZAKH_ROWS)])
    with store.reading() as session:
        assert watchlists.check_snapshot(session, result.version_id)
    conn = sqlite3.connect(db_file)
    conn.execute("UPDATE watchlist_entry SET dobs = '[]' WHERE ref = 'KZ-001'")
    conn.commit()
    conn.close()
    with store.reading() as session:
        assert not watchlists.check_snapshot(session, result.version_id)


def test_withdrawing_a_list_stops_it_being_in_force(store, tmp_path) -> None:
    (result,) = do_import(store, "csv", [write_generic(tmp_path / "peps.csv", KAZAKH_ROWS)])
    with store.transaction() as session:
        with pytest.raises(ValidationFailed):
            watchlists.withdraw_list(session, "peps", " ")
        version = watchlists.withdraw_list(session, "peps", "Replaced by the AFM list")
        assert version.id == result.version_id
    with store.reading() as session:
        assert watchlists.active_versions(session) == []
        assert watchlists.get_version(session, result.version_id).retired_reason == (
            "Replaced by the AFM list"
        )


def test_real_ofac_crypto_addresses_are_listed(store) -> None:
    need_real_lists()
    do_import(store, "ofac-csv", OFAC_FILES)
    with store.reading() as session:
        addresses = watchlists.listed_addresses(session)
    assert addresses["12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h"] == ("OFAC SDN", "25308", "Xiaobing YAN")
    assert len(addresses) >= 50
    assert watchlists.normalise_address(" 0xAbC1 ") == "0xabc1"
    assert watchlists.normalise_address("BC1QXY") == "bc1qxy"
    assert watchlists.normalise_address("1AbC") == "1AbC"
