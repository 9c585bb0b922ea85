"""The UN consolidated list: the real file, and hostile or broken XML."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from kuzet.screening.entries import ListFormatError
from kuzet.screening.translit import has_cyrillic
from kuzet.screening.un_xml import parse_un_xml
from support.screening_files import UN_FILE, need

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE CONSOLIDATED_LIST [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL>
<FIRST_NAME>&lol9;</FIRST_NAME><REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER>
</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE CONSOLIDATED_LIST [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL>
<FIRST_NAME>&secret;</FIRST_NAME><REFERENCE_NUMBER>QDi.998</REFERENCE_NUMBER>
</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
"""

SMALL = """<?xml version="1.0" encoding="UTF-8"?>
<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">
  <INDIVIDUALS>
    <INDIVIDUAL>
      <FIRST_NAME>ERLAN</FIRST_NAME><SECOND_NAME>TESTOV</SECOND_NAME>
      <REFERENCE_NUMBER>QDi.900</REFERENCE_NUMBER><LISTED_ON>2020-01-02</LISTED_ON>
      <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>
      <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE>
        <FROM_YEAR>1970</FROM_YEAR><TO_YEAR>1972</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH>
      <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification Number</TYPE_OF_DOCUMENT>
        <NUMBER>700101300123</NUMBER><ISSUING_COUNTRY>Kazakhstan</ISSUING_COUNTRY></INDIVIDUAL_DOCUMENT>
    </INDIVIDUAL>
    <INDIVIDUAL>
      <FIRST_NAME></FIRST_NAME>
      <REFERENCE_NUMBER>QDi.901</REFERENCE_NUMBER>
    </INDIVIDUAL>
    <INDIVIDUAL>
      <FIRST_NAME>X</FIRST_NAME>
      <REFERENCE_NUMBER>QDi.902</REFERENCE_NUMBER><LISTED_ON>2020-02-30</LISTED_ON>
    </INDIVIDUAL>
  </INDIVIDUALS>
  <ENTITIES/>
</CONSOLIDATED_LIST>
"""


@pytest.fixture(scope="module")
def real():
    return parse_un_xml(need(UN_FILE))


def test_real_file_counts_and_date(real) -> None:
    assert real.source == "UN"
    assert real.published == dt.date(2026, 2, 27)
    assert real.count("person") == 730
    assert real.count("organization") == 273
    assert real.files == ("un_consolidated_2026-02-27.xml",)
    assert len(real.sha256) == 64


def test_real_entry_umarov(real) -> None:
    entry = next(e for e in real.entries if e.ref == "QDi.290")
    assert entry.kind == "person"
    assert entry.names[0] == "DOKU KHAMATOVICH UMAROV"
    assert "Умаров Доку Хаматович" in entry.names
    assert "Dokka Umarov" in entry.names
    assert "" not in entry.names
    assert entry.dobs == ("1964-04-13", "1965-04-13", "1964-05-12", "1955")
    assert entry.listed_on == dt.date(2011, 3, 10)
    assert entry.nationalities == ("Russian Federation", "former Soviet Union")
    assert entry.programmes == ("Al-Qaida",)
    assert "speech defect" in entry.remarks


def test_real_entities_and_empty_aliases_skipped(real) -> None:
    entry = next(e for e in real.entries if e.ref == "QDe.131")
    assert entry.kind == "organization"
    assert "Эмират Кавказ" in entry.names
    assert all(name.strip() for e in real.entries for name in e.names)
    cyrillic = [e for e in real.entries if any(has_cyrillic(name) for name in e.names)]
    assert len(cyrillic) >= 11, "original-script names are kept"


def test_real_file_parses_fast() -> None:
    started = time.perf_counter()
    parse_un_xml(need(UN_FILE))
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize("content", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "xxe"])
def test_hostile_xml_refused(tmp_path, content) -> None:
    path = tmp_path / "hostile.xml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ListFormatError) as caught:
        parse_un_xml(path)
    message = str(caught.value)
    assert message.startswith("hostile.xml: refused")
    assert "refuses DTDs and entity declarations" in message
    assert "lol" * 3 not in message and "root:" not in message


def test_small_file_ranges_ids_and_every_problem(tmp_path) -> None:
    path = tmp_path / "un.xml"
    path.write_text(SMALL, encoding="utf-8")
    with pytest.raises(ListFormatError) as caught:
        parse_un_xml(path)
    assert caught.value.problems == [
        "un.xml element INDIVIDUAL #2 (QDi.901), field FIRST_NAME: empty name",
        "un.xml element INDIVIDUAL #3 (QDi.902), field LISTED_ON: '2020-02-30' is not a date",
    ]
    good = (
        SMALL.split("<INDIVIDUAL>\n      <FIRST_NAME></FIRST_NAME>")[0]
        + "</INDIVIDUALS></CONSOLIDATED_LIST>"
    )
    path.write_text(good, encoding="utf-8")
    parsed = parse_un_xml(path)
    (entry,) = parsed.entries
    assert entry.names == ("ERLAN TESTOV",)
    assert entry.dobs == ("1970", "1971", "1972")
    assert entry.iins == ("700101300123",)


def test_malformed_and_foreign_xml(tmp_path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text(
        "<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n</CONSOLIDATED_LIST>\n", encoding="utf-8"
    )
    with pytest.raises(
        ListFormatError, match=r"^broken\.xml line 3, column \d+: not well-formed XML"
    ):
        parse_un_xml(broken)
    foreign = tmp_path / "sdn.xml"
    foreign.write_text("<sdnList/>", encoding="utf-8")
    with pytest.raises(ListFormatError, match="not a UN consolidated list"):
        parse_un_xml(foreign)
    with pytest.raises(ListFormatError, match=r"missing\.xml: file not found"):
        parse_un_xml(tmp_path / "missing.xml")
