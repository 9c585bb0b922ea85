"""The OFAC SDN CSV set: the real July 2021 files, and files the tests write."""

from __future__ import annotations

import hashlib

import pytest

from kuzet.screening.entries import ListFormatError
from kuzet.screening.ofac_csv import parse_ofac_csv
from support.screening_files import OFAC_FILES, need

SDN = (
    '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
    '100,"TESTOV, Erlan Nurlanovich","individual","SDGT] [CYBER2",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,'
    '-0- ,"DOB 10 Dec 1948; alt. DOB 1950; alt. DOB circa 1952; citizen Kazakhstan; '
    "National ID No. 481210300123 (Kazakhstan); Digital Currency Address - XBT "
    "1AbCdEfGh123; alt. Digital Currency Address - ETH 0xAbC123; a.k.a. 'ERIK'.\"\r\n"
    '101,"SEA STAR","vessel","IRAN",-0- ,"EPBZ","Crude Oil Tanker",-0- ,-0- ,"Iran",-0- ,-0- \r\n'
    "\x1a"
)
ALT = '100,1,"aka","TESTOV, Erik",-0- \r\n36,2,"aka","AERO-CARIBBEAN",-0- \r\n\x1a'
ADD = '36,25,-0- ,"Havana","Cuba",-0- \r\n\x1a'


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_bytes(text.encode("cp1252"))
    return path


@pytest.fixture(scope="module")
def real():
    for path in OFAC_FILES.values():
        need(path)
    return parse_ofac_csv(OFAC_FILES)


def test_real_files_counts(real) -> None:
    assert len(real.entries) == 8976
    assert real.count("person") == 4620
    assert real.count("vessel") == 406
    assert real.count("aircraft") == 277
    assert real.count("organization") == 3673
    assert real.files == ("ofac_sdn_2021-07.csv", "ofac_alt_2021-07.csv", "ofac_add_2021-07.csv")
    assert real.published is None


def test_real_hash_is_hash_of_file_hashes_in_role_order(real) -> None:
    digests = [
        hashlib.sha256(OFAC_FILES[r].read_bytes()).hexdigest() for r in ("sdn", "alt", "add")
    ]
    assert real.sha256 == hashlib.sha256("\n".join(digests).encode()).hexdigest()
    sniffed = parse_ofac_csv([OFAC_FILES["add"], OFAC_FILES["sdn"], OFAC_FILES["alt"]])
    assert sniffed.sha256 == real.sha256
    assert sniffed.files == real.files


def test_real_entries(real) -> None:
    by_ref = {e.ref: e for e in real.entries}
    tyurin = by_ref["23243"]
    assert tyurin.kind == "person"
    assert tyurin.names[0] == "Vladimir Anatolyevich TYURIN"
    assert "Vladimir TIURIN" in tyurin.names
    assert tyurin.dobs == ("1958-11-25", "1958-12-20")
    assert tyurin.nationalities == ("Russia", "Kazakhstan")
    assert tyurin.programmes == ("TCO",)
    assert "TYURIK" not in " ".join(tyurin.names), "weak a.k.a.s stay in remarks"
    gurgen = by_ref["16274"]
    assert gurgen.kind == "organization"
    assert gurgen.iins == ("582100259386",)
    assert "GURGEN HOUSE TOO" in gurgen.names
    yan = by_ref["25308"]
    assert yan.names[0] == "Xiaobing YAN"
    assert (
        "Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h" in yan.crypto_addresses
    )
    assert len(yan.crypto_addresses) == 6
    assert by_ref["36"].remarks == "Addresses: Havana, Cuba"


def test_written_set_with_explicit_roles(tmp_path) -> None:
    parsed = parse_ofac_csv(
        {
            "sdn": write(tmp_path, "sdn.csv", SDN),
            "alt": write(tmp_path, "alt.csv", ALT),
            "add": write(tmp_path, "add.csv", ADD),
        },
        weak_akas=True,
    )
    entries = {e.ref: e for e in parsed.entries}
    person = entries["100"]
    assert person.names == ("Erlan Nurlanovich TESTOV", "Erik TESTOV", "ERIK")
    assert person.dobs == ("1948-12-10", "1950", "1952")
    assert person.iins == ("481210300123",)
    assert person.nationalities == ("Kazakhstan",)
    assert person.programmes == ("SDGT", "CYBER2")
    assert person.crypto_addresses == (
        "Digital Currency Address - XBT 1AbCdEfGh123",
        "Digital Currency Address - ETH 0xAbC123",
    )
    vessel = entries["101"]
    assert vessel.kind == "vessel"
    assert "Call sign EPBZ" in vessel.remarks
    assert entries["36"].names == ("AEROCARIBBEAN AIRLINES", "AERO-CARIBBEAN")


def test_sdn_alone_and_single_path(tmp_path) -> None:
    path = write(tmp_path, "sdn.csv", SDN)
    parsed = parse_ofac_csv(path)
    assert len(parsed.entries) == 3
    assert parsed.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_bad_rows_reported_with_lines_and_fields(tmp_path) -> None:
    bad = (
        '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
        'X7,"SOMEONE",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
        '38,-0- ,"individual","CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
        '39,"A B","spaceship","CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
        '36,"AGAIN",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'
    )
    alt = '36,1,"aka","OK",-0- \r\n999,2,"aka","ORPHAN",-0- \r\n36,3,"aka",-0- ,-0- \r\n'
    with pytest.raises(ListFormatError) as caught:
        parse_ofac_csv(
            {"sdn": write(tmp_path, "sdn.csv", bad), "alt": write(tmp_path, "alt.csv", alt)}
        )
    assert caught.value.problems == [
        "sdn.csv line 2, field ent_num: 'X7' is not a number",
        "sdn.csv line 3, field SDN_Name: empty name",
        "sdn.csv line 4, field SDN_Type: unknown type 'spaceship'",
        "sdn.csv line 5, field ent_num: 36 appears twice",
        "alt.csv line 2, field ent_num: '999' is not in the sdn file (are the files from the same edition?)",
        "alt.csv line 3, field alt_name: empty name",
    ]


def test_unrecognised_and_missing_files(tmp_path) -> None:
    odd = write(tmp_path, "odd.csv", "1,2,3\r\n")
    with pytest.raises(ListFormatError, match=r"odd\.csv line 1: 3 columns"):
        parse_ofac_csv([odd])
    alt = write(tmp_path, "alt.csv", ALT)
    with pytest.raises(ListFormatError, match="no sdn file"):
        parse_ofac_csv([alt])
    with pytest.raises(ListFormatError, match="unknown file role"):
        parse_ofac_csv({"sdn": alt, "names": alt})
