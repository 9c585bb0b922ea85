"""OFAC ``sdn.xml``, on files written from the public schema."""

from __future__ import annotations

import datetime as dt

import pytest

from kuzet.screening.entries import ListFormatError
from kuzet.screening.ofac_xml import parse_ofac_xml

NAMESPACES = [
    "http://tempuri.org/sdnList.xsd",
    "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML",
]

ENTRIES = """
  <sdnEntry>
    <uid>36</uid><lastName>AEROCARIBBEAN AIRLINES</lastName><sdnType>Entity</sdnType>
    <programList><program>CUBA</program></programList>
    <akaList><aka><uid>12</uid><type>a.k.a.</type><category>strong</category>
      <lastName>AERO-CARIBBEAN</lastName></aka></akaList>
  </sdnEntry>
  <sdnEntry>
    <uid>25308</uid><firstName>Xiaobing</firstName><lastName>YAN</lastName>
    <sdnType>Individual</sdnType><remarks>Linked To: SOMETHING.</remarks>
    <programList><program>SDNTK</program><program>CYBER2</program></programList>
    <akaList>
      <aka><uid>1</uid><type>a.k.a.</type><category>strong</category>
        <firstName>Xiao Bing</firstName><lastName>YAN</lastName></aka>
      <aka><uid>2</uid><type>a.k.a.</type><category>weak</category><lastName>BINGO</lastName></aka>
    </akaList>
    <idList>
      <id><uid>3</uid><idType>Digital Currency Address - XBT</idType>
        <idNumber>12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h</idNumber></id>
      <id><uid>4</uid><idType>National ID No.</idType><idNumber>770325300123</idNumber>
        <idCountry>Kazakhstan</idCountry></id>
    </idList>
    <nationalityList><nationality><uid>5</uid><country>China</country>
      <mainEntry>true</mainEntry></nationality></nationalityList>
    <dateOfBirthList>
      <dateOfBirthItem><uid>6</uid><dateOfBirth>25 Mar 1977</dateOfBirth></dateOfBirthItem>
      <dateOfBirthItem><uid>7</uid><dateOfBirth>circa 1979</dateOfBirth></dateOfBirthItem>
    </dateOfBirthList>
  </sdnEntry>
"""


def document(
    namespace: str, entries: str = ENTRIES, count: int = 2, date: str = "07/14/2021"
) -> str:
    return (
        f'<?xml version="1.0" standalone="yes"?>\n<sdnList xmlns="{namespace}">\n'
        f"  <publshInformation><Publish_Date>{date}</Publish_Date>"
        f"<Record_Count>{count}</Record_Count></publshInformation>{entries}</sdnList>\n"
    )


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_entries_from_either_namespace(tmp_path, namespace) -> None:
    path = tmp_path / "sdn.xml"
    path.write_text(document(namespace), encoding="utf-8")
    parsed = parse_ofac_xml(path)
    assert parsed.published == dt.date(2021, 7, 14)
    assert parsed.files == ("sdn.xml",)
    entity, person = parsed.entries
    assert (entity.ref, entity.kind, entity.names) == (
        "36",
        "organization",
        ("AEROCARIBBEAN AIRLINES", "AERO-CARIBBEAN"),
    )
    assert person.kind == "person"
    assert person.names == ("Xiaobing YAN", "Xiao Bing YAN")
    assert person.programmes == ("SDNTK", "CYBER2")
    assert person.crypto_addresses == (
        "Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h",
    )
    assert person.iins == ("770325300123",)
    assert person.nationalities == ("China",)
    assert person.dobs == ("1977-03-25", "1979")


def test_weak_akas_on_request(tmp_path) -> None:
    path = tmp_path / "sdn.xml"
    path.write_text(document(NAMESPACES[0]), encoding="utf-8")
    person = parse_ofac_xml(path, weak_akas=True).entries[1]
    assert "BINGO" in person.names


def test_truncated_file_and_bad_fields(tmp_path) -> None:
    bad = ENTRIES.replace("<sdnType>Individual</sdnType>", "<sdnType>Robot</sdnType>").replace(
        "<lastName>AEROCARIBBEAN AIRLINES</lastName>", ""
    )
    path = tmp_path / "sdn.xml"
    path.write_text(document(NAMESPACES[1], bad, count=3, date="14.07.2021"), encoding="utf-8")
    with pytest.raises(ListFormatError) as caught:
        parse_ofac_xml(path)
    assert caught.value.problems == [
        "sdn.xml element publshInformation, field Publish_Date: '14.07.2021' is not a date (MM/DD/YYYY)",
        "sdn.xml element publshInformation, field Record_Count: says 3 entries but the file "
        "holds 2 (a truncated or edited file?)",
        "sdn.xml element sdnEntry #1 (uid 36), field lastName: empty name",
        "sdn.xml element sdnEntry #2 (uid 25308), field sdnType: unknown type 'Robot'",
    ]


def test_entity_declarations_refused(tmp_path) -> None:
    path = tmp_path / "sdn.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE sdnList [<!ENTITY x SYSTEM "http://example.invalid/x">]>\n'
        "<sdnList><sdnEntry><uid>1</uid><lastName>&x;</lastName></sdnEntry></sdnList>",
        encoding="utf-8",
    )
    with pytest.raises(ListFormatError, match=r"^sdn\.xml: refused.*entity declarations"):
        parse_ofac_xml(path)
