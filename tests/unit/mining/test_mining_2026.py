"""Mining as of 2026: which venues count toward the mandatory sale (a rule), the State
Revenue Committee's price register and its import, the band table set by `kuzet rules
override`, and the pool operator's monthly distribution report."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from sqlmodel import select

from kuzet.cli import run
from kuzet.clock import FixedClock
from kuzet.regime.ids import make_bin
from kuzet.registers.mining import mandatory_sale, output, pool_reports, sales, venues
from kuzet.registers.mining.desk import MiningDesk
from kuzet.registers.programme import firm
from kuzet.registers.system import rules
from kuzet.store.models.mining import CoinPrice
from kuzet.store.session import Store
from kuzet.store.verify import verify
from support.team import four_eyes_off

D = Decimal
day = dt.date
TODAY = day(2026, 4, 10)


def test_a_sale_through_an_nbk_licensed_exchange_counts_only_once_the_rule_lets_it(
    store,
) -> None:
    with store.transaction() as session:
        nbk = venues.create(
            session,
            {"name": "Алатау Обмен", "nbk_licence": "NBK-DA-0007", "licensed_by": "nbk_licence"},
        )
        assert nbk.licensed_by == "nbk_licence"
        output.create(
            session,
            {"output_date": day(2026, 1, 5), "coin": "BTC", "amount": "1", "pool": "P"},
            TODAY,
        )
        sales.create(
            session,
            {
                "sale_date": day(2026, 1, 20),
                "coin": "BTC",
                "amount": "0.8",
                "price": "40000000",
                "currency": "KZT",
                "venue_id": nbk.id,
                "reference": "A-1",
            },
            TODAY,
        )

    def q1():
        with store.reading() as session:
            checks = mandatory_sale.check_periods(session, store.rules(session), TODAY, "BTC")
        return next(c for c in checks if c.period.label == "Q1 2026")

    before = q1()
    assert (before.sold_licensed, before.sold_other, before.status) == (D(0), D("0.8"), "not met")
    desk = MiningDesk(store, FixedClock(TODAY))
    row = desk.list_rows(desk.venue_listing(), [nbk.id])[nbk.id]
    assert row[6] == (
        "no: licensed by the National Bank: does not count (rule mining.sale.qualifying_venues)"
    )
    assert row[8] == "National Bank licence"
    with store.transaction() as session:
        rules.set_override(
            session,
            store.rules(session),
            "mining.sale.qualifying_venues",
            '["aifc", "nbk_licence"]',
            day(2025, 11, 1),
            None,
            "Law 231-VIII: National Bank licensed exchanges count",
        )
    after = q1()
    assert (after.sold_licensed, after.status) == (D("0.8"), "met")
    assert desk.list_rows(desk.venue_listing(), [nbk.id])[nbk.id][6] == "yes"
    assert desk.sale_form().venue_problem(nbk.id, day(2026, 1, 20)) == ""
    assert verify(store.engine).intact


def test_the_price_register_imports_all_rows_or_none_and_lists(
    db_file: Path, tmp_path: Path, capsys
) -> None:
    Store.open(db_file)[0].close()
    good = tmp_path / "src.csv"
    good.write_text(
        "date,coin,price_kzt,source\n"
        "2026-01-05,BTC,45000000,SRC list\n"
        "2026-01-06,btc,45500000.50,SRC list\n",
        encoding="utf-8",
    )
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "date,coin,price_kzt\n2026-01-07,BTC,46000000\n2026-01-05,BTC,1\n2026-01-08,BTC,-3\n",
        encoding="utf-8",
    )
    db = ["--db", str(db_file)]
    assert run([*db, "import", "prices", str(good)]) == 0
    assert "2 prices imported" in capsys.readouterr().out
    assert run([*db, "import", "prices", str(good)]) == 0
    assert "0 prices imported" in capsys.readouterr().out
    assert run([*db, "import", "prices", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.csv, line 3, field price_kzt: BTC on 05.01.2026 is already recorded" in err
    assert "line 4, field price_kzt" in err
    assert run([*db, "mining", "prices"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 2 and "06.01.2026" in listed[0] and "45500000.50 KZT" in listed[0]
    store, _ = Store.open(db_file)
    try:
        with store.reading() as session:
            assert len(session.exec(select(CoinPrice)).all()) == 2  # nothing of bad.csv
        assert verify(store.engine).intact
    finally:
        store.close()


def test_rules_override_sets_the_band_table_and_the_fee_is_computed(db_file: Path, capsys) -> None:
    store, _ = Store.open(db_file)
    four_eyes_off(store)  # the override applies at once, on both engines
    with store.transaction() as session:
        output.create(
            session,
            {
                "output_date": day(2025, 2, 1),
                "coin": "BTC",
                "amount": "1",
                "pool": "P",
                "kwh": "100",
            },
            TODAY,
        )
    MiningDesk(store, FixedClock(TODAY)).save_fee_basis(
        day(2025, 1, 1), {"average_price_kzt": "12", "paid_on": None}
    )
    store.close()
    db = ["--db", str(db_file)]
    assert run([*db, "mining", "fees"]) == 1
    out = capsys.readouterr().out
    assert "NOT COMPUTED" in out and "the band from 10 KZT/kWh has no rate" in out
    assert "≥ 10 → enter from the statute [U]" in out
    bands = (
        "[{price_from = 24, rate = 1}, {price_from = 10, rate = 8}, "
        "{price_from = 5, rate = 10}, {price_from = 0, rate = 25}]"
    )
    assert (
        run(
            [
                *db,
                "rules",
                "override",
                "mining.fee.bands",
                bands,
                "--from",
                "2023-01-01",
                "--reason",
                "Art. 606-3 read in the statute",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert run([*db, "mining", "fees"]) == 0
    out = capsys.readouterr().out
    assert "800.00 KZT" in out and "due 25.05.2025" in out


def test_a_pool_operator_sees_the_monthly_distribution_report(store) -> None:
    today = day(2026, 4, 10)
    with store.reading() as session:
        assert pool_reports.deadlines(session, store.rules(session), today) == []  # no profile
    with store.transaction() as session:
        firm.save(
            session,
            {
                "legal_name": "ТОО «Пул»",
                "bin": make_bin(2019, 3, "4", "0", 4218),
                "jurisdiction": "aifc",
                "activities": ["pool_operator"],
            },
            store.rules(session),
            today,
        )
    with store.reading() as session:
        (report,) = pool_reports.deadlines(session, store.rules(session), today)
    assert report.title == "03.2026: report the month's distributions (due day not known)"
    assert report.due == day(2026, 4, 1) and "enter it from the statute" in report.detail
    with store.transaction() as session:
        rules.set_override(
            session,
            store.rules(session),
            "mining.pool.distribution_report",
            '{frequency = "monthly", day = 10, months_after = 1}',
            day(2026, 2, 20),
            None,
            "the order's due day",
        )
    with store.reading() as session:
        (report,) = pool_reports.deadlines(session, store.rules(session), today)
    assert report.due == day(2026, 4, 10) and "IIN/BIN" in report.detail
    with store.reading() as session:  # before the MinFin order of 20 Feb 2026: nothing
        assert pool_reports.deadlines(session, store.rules(session), day(2026, 2, 25)) == []
