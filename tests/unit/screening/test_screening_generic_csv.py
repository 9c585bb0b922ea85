"""The generic ``ref,name,aliases,dob,kind`` list for in-house and domestic PEP lists."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kuzet.screening.entries import ListFormatError
from kuzet.screening.generic_csv import parse_generic_csv

GOOD = (
    "ref,name,aliases,dob,kind\n"
    "P1,Қасымов Нұрлан Әбілұлы,KASSYMOV NURLAN;Qasymov Nūrlan,1971-05-14,person\n"
    "P2,ТОО «Алтын Сауда»,Altyn Sauda LLP,,organization\n"
    '"P3","Иванов, Сергей","",1980,person\n'
)


def write(tmp_path, text: str, bom: bool = False, name: str = "peps.csv"):
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


@pytest.mark.parametrize("bom", [False, True], ids=["no-bom", "bom"])
def test_good_file(tmp_path, bom) -> None:
    parsed = parse_generic_csv(write(tmp_path, GOOD, bom=bom))
    assert parsed.source == "peps"
    kasymov, firm, ivanov = parsed.entries
    assert kasymov.names == ("Қасымов Нұрлан Әбілұлы", "KASSYMOV NURLAN", "Qasymov Nūrlan")
    assert kasymov.dobs == ("1971-05-14",)
    assert firm.kind == "organization"
    assert firm.names == ("ТОО «Алтын Сауда»", "Altyn Sauda LLP")
    assert ivanov.names == ("Иванов, Сергей",)
    assert ivanov.dobs == ("1980",)


def test_header_any_order_and_optional_iin(tmp_path) -> None:
    text = "KIND,Name,ref,dob,aliases,iin\nperson,Ли Елена,L1,,,850308400123\n"
    (entry,) = parse_generic_csv(write(tmp_path, text), source="In-house").entries
    assert (entry.ref, entry.names, entry.iins) == ("L1", ("Ли Елена",), ("850308400123",))


def test_every_bad_row_reported_with_line_and_field(tmp_path) -> None:
    text = (
        "ref,name,aliases,dob,kind\n"
        "P1,Good Person,,1970,person\n"
        ",No Ref,,,person\n"
        "P1,Same Ref,,,person\n"
        "P4,,alias only,,person\n"
        "P5,Bad Date,,1980-13-01,person\n"
        "P6,Bad Kind,,,company\n"
        '"P7","Multi\nLine",,,person\n'
        "P8,Too,Many,Fields,person,extra\n"
        "P9,Firm Born,,1999,organization\n"
    )
    with pytest.raises(ListFormatError) as caught:
        parse_generic_csv(write(tmp_path, text))
    assert caught.value.problems == [
        "peps.csv line 3, field ref: empty",
        "peps.csv line 4, field ref: 'P1' already used on line 2",
        "peps.csv line 5, field name: empty name",
        "peps.csv line 6, field dob: '1980-13-01' is not a date (YYYY-MM-DD) or a year (YYYY)",
        "peps.csv line 7, field kind: 'company' is not person or organization",
        "peps.csv line 10: 6 fields, the header has 5",
        "peps.csv line 11, field dob: an organization has no date of birth",
    ]
    assert str(caught.value).startswith("7 problems:\n  peps.csv line 3")


def test_bad_header_and_encoding(tmp_path) -> None:
    with pytest.raises(ListFormatError) as caught:
        parse_generic_csv(write(tmp_path, "ref,full_name,dob,kind\n"))
    assert caught.value.problems == [
        "peps.csv line 1, field name: column missing; the header must be ref,name,aliases,dob,kind",
        "peps.csv line 1, field aliases: column missing; the header must be ref,name,aliases,dob,kind",
        "peps.csv line 1, field full_name: unknown column; expected ref,name,aliases,dob,kind "
        "and optionally iin,wallets",
    ]
    path = tmp_path / "cp1251.csv"
    path.write_bytes("ref,name,aliases,dob,kind\nP1,Иванов,,,person\n".encode("cp1251"))
    with pytest.raises(ListFormatError, match=r"cp1251\.csv line 2: not UTF-8 text"):
        parse_generic_csv(path)


names = (
    st.text(
        alphabet=st.characters(
            whitelist_categories=("Lu", "Ll"), whitelist_characters=" -'.,«»ӘәҒғҚқҢңӨөҰұҮүҺһІі"
        ),
        min_size=1,
        max_size=40,
    )
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(st.tuples(names, st.lists(names, max_size=3)), min_size=1, max_size=8))
def test_round_trip_any_names(tmp_path_factory, rows) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["ref", "name", "aliases", "dob", "kind"])
    for number, (name, aliases) in enumerate(rows):
        aliases = [a for a in aliases if ";" not in a]
        writer.writerow([f"R{number}", name, ";".join(aliases), "", "person"])
    path = tmp_path_factory.mktemp("rt") / "list.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    parsed = parse_generic_csv(path)
    assert [e.names[0] for e in parsed.entries] == [name for name, _ in rows]
