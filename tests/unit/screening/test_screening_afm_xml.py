"""Kazakhstan AFM lists (categories 1 and 2), on files the tests write."""

from __future__ import annotations

import datetime as dt

import pytest

from kuzet.regime.ids import make_iin
from kuzet.screening.afm_xml import parse_afm_xml
from kuzet.screening.entries import ListFormatError

CATEGORY_1 = """<?xml version="1.0" encoding="utf-8"?>
<terrorists date="15.01.2026">
  <persons>
    <person>
      <num>1</num>
      <lname>ҚАСЫМОВ</lname><fname>НҰРЛАН</fname><mname>ӘБІЛҰЛЫ</mname>
      <birthdate>14.05.1971</birthdate><iin>710514300123</iin>
      <note>Решение суда г. Алматы</note>
      <correction>включен от 02.03.2015</correction>
    </person>
    <person>
      <lname>ИВАНОВ</lname><fname>СЕРГЕЙ</fname><mname></mname>
      <birthdate></birthdate><iin></iin><note></note><correction></correction>
      <added_to_list>01.02.2020</added_to_list>
    </person>
  </persons>
  <orgs>
    <org>
      <org_name>«ИСЛАМСКОЕ ГОСУДАРСТВО»</org_name>
      <org_name_en>ISLAMIC STATE; ISIL; DAESH</org_name_en>
      <note>Решение Верховного суда</note><correction></correction>
      <added_to_list>15.11.2015</added_to_list>
    </org>
  </orgs>
</terrorists>
"""

LISTED_IIN = make_iin(dt.date(1974, 7, 17), "male", 457)
CATEGORY_2 = """<?xml version="1.0" encoding="utf-8"?>
<root xmlns="urn:example:afm">
  <org>
    <org_name>ЖҰМАҒҰЛОВ АСЫЛБЕК СЕРІКҰЛЫ</org_name>
    <org_iin>LISTED_IIN</org_iin>
    <note>ст. 255 УК РК</note>
    <correction>включен от 10.10.2023</correction>
    <added_to_list></added_to_list>
  </org>
  <org>
    <org_name>ТӨЛЕУОВА ӘЙГЕРІМ</org_name>
    <org_iin></org_iin>
    <note></note><correction></correction><added_to_list>05.05.2024</added_to_list>
  </org>
</root>
""".replace("LISTED_IIN", LISTED_IIN)


def write(tmp_path, text: str, name: str = "afm.xml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_category_1_people_and_organisations(tmp_path) -> None:
    parsed = parse_afm_xml(write(tmp_path, CATEGORY_1))
    assert parsed.source == "AFM cat. 1"
    assert parsed.published == dt.date(2026, 1, 15)
    kasymov, ivanov, state = parsed.entries
    assert kasymov.kind == "person"
    assert kasymov.names == ("ҚАСЫМОВ НҰРЛАН ӘБІЛҰЛЫ",)
    assert kasymov.ref == "710514300123"
    assert kasymov.iins == ("710514300123",)
    assert kasymov.dobs == ("1971-05-14",)
    assert kasymov.listed_on == dt.date(2015, 3, 2)
    assert "включен от 02.03.2015" in kasymov.remarks
    assert ivanov.names == ("ИВАНОВ СЕРГЕЙ",)
    assert ivanov.ref.startswith("AFM-") and len(ivanov.ref) == 14
    assert ivanov.listed_on == dt.date(2020, 2, 1)
    assert ivanov.dobs == ()
    assert state.kind == "organization"
    assert state.names == ("«ИСЛАМСКОЕ ГОСУДАРСТВО»", "ISLAMIC STATE", "ISIL", "DAESH")
    assert state.listed_on == dt.date(2015, 11, 15)


def test_refs_are_stable_between_editions(tmp_path) -> None:
    first = parse_afm_xml(write(tmp_path, CATEGORY_1, "a.xml"))
    reordered = CATEGORY_1.replace("<num>1</num>", "<num>7</num>")
    second = parse_afm_xml(write(tmp_path, reordered, "b.xml"))
    assert [e.ref for e in first.entries] == [e.ref for e in second.entries]


def test_category_2_individuals_written_as_org(tmp_path) -> None:
    parsed = parse_afm_xml(write(tmp_path, CATEGORY_2))
    assert parsed.source == "AFM cat. 2"
    assert parsed.published is None
    first, second = parsed.entries
    assert first.kind == second.kind == "person"
    assert first.names == ("ЖҰМАҒҰЛОВ АСЫЛБЕК СЕРІКҰЛЫ",)
    assert first.iins == (LISTED_IIN,)
    assert first.dobs == ("1974-07-17",), "birth date read from the valid IIN"
    assert first.listed_on == dt.date(2023, 10, 10)
    assert second.listed_on == dt.date(2024, 5, 5)


def test_category_can_be_forced(tmp_path) -> None:
    parsed = parse_afm_xml(write(tmp_path, CATEGORY_1), category=2)
    assert all(e.kind == "person" for e in parsed.entries)
    with pytest.raises(ListFormatError, match="category 3 is not 1 or 2"):
        parse_afm_xml(write(tmp_path, CATEGORY_1), category=3)


def test_bad_elements_reported(tmp_path) -> None:
    bad = (
        CATEGORY_1.replace("<birthdate>14.05.1971</birthdate>", "<birthdate>31.02.1971</birthdate>")
        .replace("<iin></iin>", "<iin>12345</iin>")
        .replace("<org_name>«ИСЛАМСКОЕ ГОСУДАРСТВО»</org_name>", "<org_name/>")
        .replace("<org_name_en>ISLAMIC STATE; ISIL; DAESH</org_name_en>", "")
        .replace("<added_to_list>01.02.2020</added_to_list>", "<added_to_list>2020</added_to_list>")
    )
    with pytest.raises(ListFormatError) as caught:
        parse_afm_xml(write(tmp_path, bad))
    # An impossible birth date is irregular, not a fault: kept as its year (see
    # test_screening_real_files.py); the other faults still refuse the file.
    assert caught.value.problems == [
        "afm.xml element <person> #2, field iin: '12345' is not a 12-digit IIN",
        "afm.xml element <person> #2, field added_to_list: '2020' is not a date (dd.mm.yyyy)",
        "afm.xml element <org> #1, field org_name: empty name (no org_name or org_name_en)",
    ]


def test_not_an_afm_file_and_hostile_xml(tmp_path) -> None:
    with pytest.raises(ListFormatError, match=r"afm\.xml element <list>: no <person> or <org>"):
        parse_afm_xml(write(tmp_path, "<list><item/></list>"))
    hostile = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "x">]><r><person><lname>&e;</lname></person></r>'
    with pytest.raises(ListFormatError, match=r"^afm\.xml: refused"):
        parse_afm_xml(write(tmp_path, hostile))
