"""Importing customers: all rows or none, every bad row reported; the CLI; XLSX export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import func, select

from kuzet.cli import run
from kuzet.clock import FixedClock
from kuzet.desk import Desk
from kuzet.registers.customers.desk import CustomersDesk
from kuzet.registers.customers.imports import export
from kuzet.registers.customers.listing import CustomerListing
from kuzet.registers.errors import ImportRejected
from kuzet.registers.listing import ListQuery
from kuzet.store.models import AuditEntry
from kuzet.store.models.customer import Customer
from kuzet.store.models.pep import PepStatus
from kuzet.store.models.risk_assessment import RiskAssessment
from kuzet.store.session import Store
from kuzet.store.verify import verify
from support.customer_data import TODAY, bin_number, iin

HEADER = "kind,name,name_latin,iin_bin,birth_date,citizenship,residence,id_type,id_number,id_expiry,address,pep,purpose"


def good_rows() -> list[str]:
    return [
        f"individual,Қасымов Нұрлан,KASSYMOV NURLAN,{iin(dt.date(1985, 3, 14))},14.03.1985,KZ,KZ,"
        "id_card,045123456,2030-01-01,Астана,,Exchange",
        f"individual,Смирнова Ольга,SMIRNOVA OLGA,{iin(dt.date(1979, 2, 2), 'female')},,KZ,KZ,"
        "Kazakhstan ID card,011111111,,Алматы,domestic,OTC",
        f"entity,ТОО «Сары Блок»,SARY BLOCK LLP,{bin_number(2020, 2)},,,KZ,,,,Караганда,,Hosting",
        "individual,Müller Hans,MUELLER HANS,,1970-05-05,DE,DE,passport,C01X00T47,2029-12-31,"
        "Berlin,foreign,Mining offtake",
    ]


def write(path: Path, rows: list[str], header: str = HEADER) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def import_file(store: Store, path: Path, mapping: dict[str, str] | None = None) -> int:
    """The customers desk's import, on the tests' day."""
    return CustomersDesk(store, FixedClock(TODAY)).import_customers(path, mapping)


def count(store: Store, model) -> int:
    with store.reading() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_a_good_file_imports_every_row_with_risk_pep_and_trail(
    store: Store, tmp_path: Path
) -> None:
    path = write(tmp_path / "customers.csv", good_rows())
    assert import_file(store, path) == 4
    with store.reading() as session:
        people = {c.name_latin: c for c in session.exec(select(Customer))}
        peps = session.exec(select(PepStatus)).all()
        trail = session.exec(
            select(AuditEntry.register_name, func.count()).group_by(AuditEntry.register_name)
        ).all()
    assert people["KASSYMOV NURLAN"].birth_date == dt.date(1985, 3, 14)
    assert people["SMIRNOVA OLGA"].id_type == "id_card"  # the label was accepted
    assert people["SMIRNOVA OLGA"].sex == "female"  # from the IIN
    assert people["MUELLER HANS"].risk_tier == "high"  # a foreign PEP
    assert {c.status for c in people.values()} == {"pending"}
    assert sorted(p.kind for p in peps) == ["domestic", "foreign"]
    # One bulk trail entry per table written (chunks of 5,000 rows).
    assert dict(trail) == {"customer": 1, "pep_status": 1, "risk_assessment": 1}
    assert count(store, RiskAssessment) == 4
    listing = CustomerListing(store.rules(), TODAY)
    with store.reading() as session:
        assert len(listing.ids(session, ListQuery(search="сары"))) == 1
    assert verify(store.engine).intact


def test_one_bad_row_imports_nothing_and_every_problem_is_named(
    store: Store, tmp_path: Path
) -> None:
    rows = good_rows()
    rows[1] = rows[1].replace(",,KZ,KZ,", ",31.02.1979,KZ,KZ,")  # not a date
    rows.append(f"trust,ТОО Х,,{bin_number(2021, 1)},,,KZ,,,,,,")  # unknown kind
    rows.append(rows[0].replace("Қасымов Нұрлан", "Дубль"))  # the same IIN again
    rows.append("individual,Без ИИН,,850314312345,,KZ,KZ,,,,Астана,minister,x")
    path = write(tmp_path / "customers.csv", rows)
    with pytest.raises(ImportRejected) as caught:
        import_file(store, path)
    found = [(p.line, p.field) for p in caught.value.problems]
    assert (3, "birth_date") in found
    assert (6, "kind") in found
    assert (7, "iin_bin") in found
    assert (8, "iin_bin") in found and (8, "pep") in found
    repeat = next(p for p in caught.value.problems if p.line == 7)
    assert repeat.reason == "repeats line 2" and repeat.file == "customers.csv"
    assert "line 3, field birth_date" in str(caught.value)
    assert count(store, Customer) == 0
    assert count(store, AuditEntry) == 0


def test_numbers_already_on_file_are_refused(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "first.csv", good_rows()[:1])
    import_file(store, path)
    with pytest.raises(ImportRejected) as caught:
        import_file(store, path)
    assert "customer #1 already has this number" in str(caught.value)


def test_xlsx_with_a_mapping(store: Store, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Тип", "ФИО", "ИИН/БИН", "Гражданство", "Резидентство", "Адрес", "Цель"])
    sheet.append(
        ["individual", "Оспанов Серік", iin(dt.date(1960, 1, 20)), "KZ", "KZ", "Шымкент", "x"]
    )
    path = tmp_path / "bank.xlsx"
    book.save(path)
    mapping = {
        "kind": "Тип",
        "name": "ФИО",
        "iin_bin": "ИИН/БИН",
        "citizenship": "Гражданство",
        "residence": "Резидентство",
        "address": "Адрес",
        "purpose": "Цель",
    }
    assert import_file(store, path, mapping) == 1
    with pytest.raises(ImportRejected) as caught:
        import_file(store, path)  # no mapping: header unknown
    assert {p.field for p in caught.value.problems} == {"kind", "name", "iin_bin"}


def test_cli_import_exit_codes_and_export_round_trip(db_file: Path, tmp_path: Path, capsys) -> None:
    bad = write(tmp_path / "bad.csv", [*good_rows(), "individual,,,,,KZ,KZ,,,,,,"])
    assert run(["--db", str(db_file), "import", "customers", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err and "bad.csv, line 6, field name" in err
    good = write(tmp_path / "good.csv", good_rows())
    assert run(["--db", str(db_file), "import", "customers", str(good)]) == 0
    assert "4 customers imported" in capsys.readouterr().out
    assert run(["--db", str(db_file), "customers", "--pep", "yes", "--reassess"]) == 0
    assert "0 customers reassessed" in capsys.readouterr().err
    assert run(["--db", str(db_file), "customers", "--pep", "yes"]) == 0
    out = capsys.readouterr().out
    assert "Смирнова Ольга" in out and "Müller Hans" in out and "Қасымов" not in out
    exported = tmp_path / "customers.xlsx"
    assert run(["--db", str(db_file), "export", "customers", str(exported)]) == 0
    sheet = openpyxl.load_workbook(exported).active
    header = [c.value for c in sheet[1]]
    assert header[:14] == ["id", *HEADER.split(",")]
    assert sheet.max_row == 5
    store, _ = Store.open(db_file)
    try:
        listing = CustomerListing(store.rules(), TODAY)
        with store.reading() as session:
            again = tmp_path / "again.csv"
            assert export(session, again, listing, ListQuery(filters={"tier": "high"})) == 1
        assert "MUELLER HANS" in again.read_text(encoding="utf-8-sig")
        through_desk = tmp_path / "desk.csv"
        customers = Desk(store).customers
        assert customers.export_customers(through_desk, ListQuery(filters={"tier": "high"})) == 1
        assert through_desk.read_text(encoding="utf-8-sig") == again.read_text(encoding="utf-8-sig")
    finally:
        store.close()
