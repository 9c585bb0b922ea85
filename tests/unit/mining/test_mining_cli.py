"""The mining commands: imports with exit codes and line-numbered problems, the checks,
the fees, the lists, and the demo firm's mining."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kuzet.cli import run
from kuzet.registers.mining import venues
from kuzet.store.session import Store
from kuzet.store.verify import verify


@pytest.fixture
def db(db_file: Path) -> Path:
    store, _ = Store.open(db_file)
    with store.transaction() as session:
        venues.create(
            session,
            {
                "name": "Astana Digital Exchange",
                "aifc_licence_number": "A-1",
                "aifc_status": "active",
            },
        )
    store.close()
    return db_file


def test_import_sales_reports_skipped_duplicates(db: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "trades.csv"
    path.write_text(
        "date,coin,amount,price,currency,venue,reference\n"
        "2025-01-05,BTC,0.5,45000000,KZT,Astana Digital Exchange,T1\n"
        "2025-01-06T10:00:00Z,BTC,0.5,45000000,KZT,Astana Digital Exchange,T2\n",
        encoding="utf-8",
    )
    assert run(["--db", str(db), "import", "sales", str(path)]) == 0
    assert "2 sales imported" in capsys.readouterr().out
    assert run(["--db", str(db), "import", "sales", str(path)]) == 0
    again = capsys.readouterr().out
    assert "0 sales imported" in again and "2 duplicates skipped" in again


def test_a_bad_row_imports_nothing_exits_1_and_names_line_and_column(
    db: Path, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "trades.csv"
    path.write_text(
        "date,coin,amount,price,currency,venue,reference\n"
        "2025-01-05,BTC,0.5,45000000,KZT,Astana Digital Exchange,T1\n"
        "2025-01-06,BTC,abc,45000000,KZT,Astana Digital Exchange,T2\n",
        encoding="utf-8",
    )
    assert run(["--db", str(db), "import", "sales", str(path)]) == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err
    assert "trades.csv, line 3, field amount: 'abc' is not a number" in err
    assert run(["--db", str(db), "export", "sales", str(tmp_path / "out.csv")]) == 0
    assert "0 sales rows written" in capsys.readouterr().out


def test_import_output_with_a_mapping_file(db: Path, tmp_path: Path, capsys) -> None:
    path = tmp_path / "pool.csv"
    path.write_text(
        "Day;Currency;Paid;Pool name;Energy;Payout\n2025-03-01;BTC;0.045;Сарыарқа Pool;31500;P1\n",
        encoding="utf-8",
    )
    mapping = tmp_path / "map.toml"
    mapping.write_text(
        '[columns]\ndate = "Day"\ncoin = "Currency"\namount = "Paid"\npool = "Pool name"\n'
        'kwh = "Energy"\nreference = "Payout"\n',
        encoding="utf-8",
    )
    code = run(["--db", str(db), "import", "output", str(path), "--mapping", str(mapping)])
    out = capsys.readouterr().out
    assert code == 0
    assert "1 output record imported" in out and "1 flagged" in out


def test_the_demo_firm_fell_short_once_and_is_projected_short_now(
    demo_db: Path, tmp_path: Path, capsys
) -> None:
    from kuzet.registers.mining import mandatory_sale as mining_checks

    path = demo_db
    today = dt.date.today()
    store, _ = Store.open(path)
    try:
        with store.reading() as session:
            rules = store.rules(session)
            history = mining_checks.check_periods(session, rules, today, "BTC")
            warnings = mining_checks.deadlines(session, rules, today)
        assert verify(store.engine).intact
    finally:
        store.close()
    statuses = [h.status for h in history]
    assert statuses[0] == "projected short"
    assert statuses[1:].count("not met") == 1 and statuses[1:].count("met") >= 3
    assert len(warnings) == 1
    assert run(["--db", str(path), "mining", "check"]) == 1  # the running quarter
    out = capsys.readouterr().out
    assert "projected short (high)" in out and "not met (critical), shortfall 0." in out
    # the last finished quarter's price falls in a band without a sourced rate: exit 1
    assert run(["--db", str(path), "mining", "fees"]) == 1
    fees = capsys.readouterr().out
    assert "NOT PAID" in fees and "NOT COMPUTED" in fees and "[U]" in fees
    assert "cannot be computed: grid (centralised auction): the band from 10 KZT/kWh" in fees
    assert "output valued at receipt (SRC price)" in fees and "no price for BTC" in fees
    assert "income-tax estimate" not in fees  # no rate entered by an officer
    assert run(["--db", str(path), "pools"]) == 0
    pools = capsys.readouterr().out
    assert "Expired" in pools and "Not accredited" in pools and "hardware OUTSIDE KZ" in pools
    assert run(["--db", str(path), "venues"]) == 0
    assert "counts: no: no AIFC licence" in capsys.readouterr().out
    assert run(["--db", str(path), "export", "output", str(tmp_path / "out.xlsx")]) == 0
    assert "365 output rows" in capsys.readouterr().out
