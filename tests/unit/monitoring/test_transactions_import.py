"""Importing transactions: linked to the customer, all rows or none, every bad row named;
XLSX and column mappings; the list's filters; export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from kuzet.registers.customers import customer_file as customers
from kuzet.registers.errors import ImportRejected
from kuzet.registers.listing import ListQuery
from kuzet.registers.monitoring import transactions
from kuzet.registers.monitoring.transaction_listing import TransactionListing
from kuzet.registers.tabular import read_rows
from kuzet.store.models import AuditEntry
from kuzet.store.models.transaction import CustomerTransaction
from kuzet.store.session import Store
from kuzet.store.verify import verify
from support.monitoring_data import (
    ENTITY_BIN,
    IRANIAN_IIN,
    RESIDENT_IIN,
    TODAY,
    import_rows,
    make_customers,
    row,
    write_csv,
)

D = dt.date


def count(store: Store) -> int:
    with store.reading() as session:
        return session.execute(select(func.count()).select_from(CustomerTransaction)).scalar()


def test_rows_are_linked_by_iin_bin_or_customer_number(store: Store, tmp_path: Path) -> None:
    ids = make_customers(store)
    rows = [
        row(D(2026, 11, 2), RESIDENT_IIN, "in", "5200000.50", "10000.10", reference="A-1"),
        row("03.11.2026", ENTITY_BIN, "OUT", "100", "0.19", asset="btc"),
        row("2026-11-04 14:05", f"#{ids['iranian']}", "in", "1", "0.002"),
        row("2026-11-04T09:00:00", str(ids["resident"]), "out", "1", "0.002", asset="KZT"),
    ]
    assert import_rows(store, tmp_path / "tx.csv", rows) == 4
    with store.reading() as session:
        found = (
            session.execute(select(CustomerTransaction).order_by(CustomerTransaction.id))
            .scalars()
            .all()
        )
        assert [t.customer_id for t in found] == [
            ids["resident"],
            ids["company"],
            ids["iranian"],
            ids["resident"],
        ]
        first = found[0]
        assert (first.value_kzt, first.value_usd) == (Decimal("5200000.50"), Decimal("10000.10"))
        assert first.reference == "A-1" and found[1].reference is None
        assert [t.occurred_on for t in found] == [
            D(2026, 11, 2),
            D(2026, 11, 3),
            D(2026, 11, 4),
            D(2026, 11, 4),
        ]
        assert (found[1].direction, found[1].asset) == ("out", "BTC")
        assert [t.travel_rule for t in found] == [
            "complete",
            "complete",
            "complete",
            "not_applicable",
        ]
        assert found[0].import_batch.endswith("tx.csv")
        # The rows are in the audit trail as one bulk entry, and the trail still verifies.
        entries = session.execute(
            select(AuditEntry.action, AuditEntry.after).where(
                AuditEntry.register_name == "transaction"
            )
        ).all()
        assert [action for action, _after in entries] == ["bulk-insert"]
        assert '"count":4' in entries[0][1]
    assert verify(store.engine).intact


def test_a_file_with_bad_rows_imports_nothing_and_names_every_problem(
    store: Store, tmp_path: Path
) -> None:
    make_customers(store)
    import_rows(
        store, tmp_path / "first.csv", [row(TODAY, RESIDENT_IIN, "in", "1", "1", reference="R-1")]
    )
    bad = [
        row(TODAY, RESIDENT_IIN, "in", "1", "1", reference="R-2"),  # good
        row("31.02.2026", "000000000000", "sideways", "abc", "-1", amount="1", reference="R-3"),
        row(TODAY + dt.timedelta(days=1), "#999", "in", "1", "1", amount="0", reference="R-1"),
        row(TODAY, "Иванов", "out", "", "1", reference="R-2"),
        row(TODAY, IRANIAN_IIN, "in", "1", "1"),  # not on file: no such customer created yet
    ]
    path = write_csv(tmp_path / "bad.csv", bad)
    with store.transaction() as session, pytest.raises(ImportRejected) as caught:
        transactions.import_file(session, path, store.rules(session), TODAY)
    problems = {(p.line, p.field) for p in caught.value.problems}
    assert problems == {
        (3, "date"), (3, "customer"), (3, "direction"), (3, "value_kzt"), (3, "value_usd"),
        (4, "date"), (4, "customer"), (4, "amount"), (4, "reference"),
        (5, "customer"), (5, "value_kzt"), (5, "reference"),
    }  # fmt: skip
    text = str(caught.value)
    assert "bad.csv, line 3, field direction: must be in or out, not 'sideways'" in text
    assert "line 4, field customer: there is no customer #999" in text
    assert "line 4, field date: is in the future" in text
    assert "line 4, field reference: already imported (transaction #1)" in text
    assert "line 5, field reference: repeats line 2" in text
    assert "line 5, field customer: 'Иванов' is not an IIN/BIN" in text
    assert count(store) == 1


def test_an_iin_missing_from_the_file_or_a_retired_customer_is_a_row_error(
    store: Store, tmp_path: Path
) -> None:
    ids = make_customers(store)
    with store.transaction() as session:
        customers.retire(session, ids["company"], "Duplicate file")
    path = write_csv(
        tmp_path / "t.csv",
        [row(TODAY, ENTITY_BIN, "in", "1", "1"), row(TODAY, "123456789012", "in", "1", "1")],
    )
    with store.transaction() as session, pytest.raises(ImportRejected) as caught:
        transactions.import_file(session, path, store.rules(session), TODAY)
    reasons = [p.reason for p in caught.value.problems]
    assert reasons == [
        f"customer #{ids['company']} is retired",
        "no customer has IIN/BIN 123456789012",
    ]


def test_a_spreadsheet_that_dropped_leading_zeros_still_finds_the_iin(
    store: Store, tmp_path: Path
) -> None:
    ids = make_customers(store)
    with store.transaction() as session:
        index = transactions.CustomerIndex(session)
    assert index.resolve(RESIDENT_IIN) == ids["resident"]
    padded = "0" + RESIDENT_IIN[1:]
    index.by_number[padded] = ids["resident"]  # an IIN of someone born in 2000s starts with 0
    assert index.resolve(padded.lstrip("0")) == ids["resident"]


def test_xlsx_with_its_own_header_and_a_mapping(store: Store, tmp_path: Path) -> None:
    ids = make_customers(store)
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Дата", "Клиент", "Направление", "Актив", "Сумма", "Тенге", "USD", "Кошелёк"])
    sheet.append(
        [
            dt.datetime(2026, 11, 3, 10, 30),
            int(RESIDENT_IIN),
            "in",
            "USDT",
            1500,
            780000,
            1500,
            "TQ1",
        ]
    )
    sheet.append(
        [dt.datetime(2026, 11, 4), f"#{ids['company']}", "out", "BTC", 0.5, 26000000, 50000, ""]
    )
    path = tmp_path / "bank.xlsx"
    book.save(path)
    mapping = {
        "date": "Дата", "customer": "Клиент", "direction": "Направление", "asset": "Актив",
        "amount": "Сумма", "value_kzt": "Тенге", "value_usd": "USD", "counterparty_wallet": "Кошелёк",
    }  # fmt: skip
    with store.transaction() as session:
        result = transactions.import_file(session, path, store.rules(session), TODAY, mapping)
    assert result.count == 2
    # Without Travel Rule data both transfers are incomplete (>= and < USD 1,000 alike).
    assert result.incomplete_travel_rule == 2
    with store.reading() as session:
        found = (
            session.execute(select(CustomerTransaction).order_by(CustomerTransaction.id))
            .scalars()
            .all()
        )
        assert [t.occurred_on for t in found] == [D(2026, 11, 3), D(2026, 11, 4)]
        assert found[1].amount == Decimal("0.5") and found[0].counterparty_wallet == "TQ1"


def test_a_file_without_the_required_columns_is_refused_before_any_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "t.csv", [{"date": "2026-11-01"}], header=("date", "amount"))
    with pytest.raises(ImportRejected) as caught:
        read_rows(path, transactions.IMPORT_FIELDS, transactions.IMPORT_REQUIRED)
    assert {p.field for p in caught.value.problems} == {
        "customer",
        "direction",
        "asset",
        "value_kzt",
        "value_usd",
    }


def test_the_list_filters_in_sql_and_exports(store: Store, tmp_path: Path) -> None:
    ids = make_customers(store)
    rows = [
        row(D(2026, 11, 1), RESIDENT_IIN, "in", "520000", "1000", reference="A"),
        row(
            D(2026, 11, 2), RESIDENT_IIN, "out", "5200000", "10000", originator_id="", reference="B"
        ),
        row(D(2026, 11, 3), ENTITY_BIN, "in", "100", "0.2", asset="KZT", reference="C"),
        row(
            D(2026, 11, 4),
            IRANIAN_IIN,
            "in",
            "100",
            "0.2",
            counterparty_provider="Nobitex",
            reference="D",
        ),
    ]
    import_rows(store, tmp_path / "t.csv", rows)
    listing = TransactionListing()

    def refs(**filters: str) -> list[str]:
        search = filters.pop("search", "")
        sort = filters.pop("sort", "occurred_on")
        with store.reading() as session:
            found = listing.ids(session, ListQuery(search=search, filters=filters, sort=sort))
            shown = listing.rows(session, found)
        return [shown[i][9] for i in found]

    assert refs() == ["A", "B", "C", "D"]
    assert refs(direction="out") == ["B"]
    assert refs(asset="KZT") == ["C"]
    assert refs(travel_rule="incomplete") == ["B"]
    assert refs(customer=RESIDENT_IIN) == ["A", "B"]
    assert refs(customer=f"#{ids['company']}") == ["C"]
    assert refs(customer="rahimi") == ["D"]
    assert refs(**{"from": "2026-11-02", "to": "2026-11-03"}) == ["B", "C"]
    assert refs(ids="1,4") == ["A", "D"]
    assert refs(search="nobitex") == ["D"]
    assert refs(search="kassymov") == ["A", "B"]  # the customer file's Latin name
    assert refs(sort="value_kzt") == ["C", "D", "A", "B"]  # numerically, not as text
    with store.reading() as session:
        shown = listing.rows(session, [2])[2]
    assert shown[7] == "missing: originator ID"
    assert listing.tone(shown) == "medium"
    out = tmp_path / "out.xlsx"
    with store.reading() as session:
        assert transactions.export(session, out, listing.ids(session, ListQuery())) == 4
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["id", "date", "customer"] and header[-2:] == [
        "travel_rule",
        "travel_rule_missing",
    ]
    assert [c.value for c in sheet[3]][2] == RESIDENT_IIN


def test_retiring_a_transaction_keeps_it(store: Store, tmp_path: Path) -> None:
    make_customers(store)
    import_rows(store, tmp_path / "t.csv", [row(TODAY, RESIDENT_IIN, "in", "1", "1")])
    with store.transaction() as session:
        transactions.retire(session, 1, "Imported twice by mistake")
    with store.reading() as session:
        listing = TransactionListing()
        assert listing.ids(session, ListQuery()) == []
        assert listing.ids(session, ListQuery(include_retired=True)) == [1]
    assert count(store) == 1
