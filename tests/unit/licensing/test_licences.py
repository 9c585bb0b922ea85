"""The licence register through its service: validation, terms, status, list, import, export."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlmodel import select

from kuzet.registers import calendar
from kuzet.registers.errors import ImportRejected, ValidationFailed
from kuzet.registers.licensing import licences
from kuzet.registers.licensing.licences import LicenceListing
from kuzet.registers.listing import ListQuery
from kuzet.store.models import AuditEntry, Licence
from kuzet.store.session import Store

HEADER = (
    "type,number,issuer,issued_on,expires_on,conditions,status,suspended_from,suspended_to,notes\n"
)


def create(store: Store, today: dt.date, **data) -> Licence:
    base = {
        "licence_type": "mining_1",
        "number": "KZ-1",
        "issuer": "MDDIAI",
        "issued_on": dt.date(2024, 2, 29),
    }
    with store.transaction() as session:
        return licences.create(session, base | data, store.rules(session), today)


def test_mining_licence_gets_the_three_year_term_from_the_rule_pack(store: Store, today) -> None:
    licence = create(store, today)
    assert licence.expires_on == dt.date(2027, 2, 28)  # 29 February has no anniversary
    afsa = create(store, today, licence_type="afsa", number="A-1", issuer="AFSA")
    assert afsa.expires_on is None  # no term in the AIFC rules


def test_term_follows_an_officer_override(store: Store, today) -> None:
    from kuzet.registers.system.rules import set_override

    with store.transaction() as session:
        set_override(
            session,
            store.rules(session),
            "licence.mining.term_years",
            "5",
            dt.date(2020, 1, 1),
            None,
            "Test: amended law",
        )
    assert create(store, today).expires_on == dt.date(2029, 2, 28)


def test_validation_names_each_field(store: Store, today) -> None:
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        licences.create(
            session,
            {
                "licence_type": "nonsense",
                "number": " ",
                "issuer": "",
                "issued_on": today + dt.timedelta(days=3),
                "status": "suspended",
            },
            store.rules(session),
            today,
        )
    errors = caught.value.field_errors
    assert set(errors) == {"licence_type", "number", "issuer", "issued_on", "suspended_from"}
    assert "future" in errors["issued_on"]


def test_duplicate_number_of_the_same_type_is_refused(store: Store, today) -> None:
    first = create(store, today)
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        licences.create(
            session,
            {
                "licence_type": "mining_1",
                "number": "KZ-1",
                "issuer": "X",
                "issued_on": dt.date(2024, 1, 1),
            },
            store.rules(session),
            today,
        )
    assert (
        caught.value.field_errors["number"]
        == f"Licence #{first.id} already has this type and number."
    )


def test_effective_status(today) -> None:
    day = dt.timedelta(days=1)
    licence = Licence(licence_type="afsa", number="1", issuer="x", issued_on=today - 400 * day)
    assert licences.effective_status(licence, today) == "active"
    licence.expires_on = today - day
    assert licences.effective_status(licence, today) == "expired"
    licence.expires_on = today + 10 * day
    licence.status, licence.suspended_from, licence.suspended_to = (
        "suspended",
        today - day,
        today + day,
    )
    assert licences.effective_status(licence, today) == "suspended"
    licence.suspended_to = today - day
    assert licences.effective_status(licence, today) == "active"  # the suspension is over
    licence.status = "revoked"
    assert licences.effective_status(licence, today) == "revoked"


def test_listing_filters_searches_and_sorts_in_sql(store: Store, today) -> None:
    day = dt.timedelta(days=1)
    create(store, today, number="M-OLD", issued_on=today - 3 * 365 * day - 10 * day)  # expired
    create(store, today, number="M-NEW", issued_on=today - 10 * day, conditions="Ekibastuz site")
    create(
        store,
        today,
        licence_type="afsa",
        number="AFSA-9",
        issuer="AFSA",
        issued_on=today - 100 * day,
    )
    with store.reading() as session:
        listing = LicenceListing(store.rules(session), today)

        def numbers(**query) -> list[str]:
            ids = listing.ids(session, ListQuery(**query))
            rows = listing.rows(session, ids)
            return [rows[i][1] for i in ids]

        assert numbers() == ["M-OLD", "M-NEW", "AFSA-9"]  # soonest expiry first, no expiry last
        assert numbers(filters={"status": "expired"}) == ["M-OLD"]
        assert numbers(filters={"type": "afsa"}) == ["AFSA-9"]
        assert numbers(search="ekibastuz") == ["M-NEW"]
        assert numbers(search="100%") == []  # LIKE wildcards are escaped
        assert numbers(sort="number", descending=True) == ["M-OLD", "M-NEW", "AFSA-9"]
        assert numbers(sort="number") == ["AFSA-9", "M-NEW", "M-OLD"]


def test_retired_licences_leave_the_list_but_stay_in_the_database(store: Store, today) -> None:
    licence = create(store, today)
    with store.transaction() as session, pytest.raises(ValidationFailed):
        licences.retire(session, licence.id, "  ")
    with store.transaction() as session:
        licences.retire(session, licence.id, "Replaced by a new licence")
    with store.reading() as session:
        listing = LicenceListing(store.rules(session), today)
        assert listing.ids(session, ListQuery()) == []
        assert listing.ids(session, ListQuery(include_retired=True)) == [licence.id]
        assert session.get(Licence, licence.id).retired_reason == "Replaced by a new licence"


def test_reminders_open_at_the_rule_pack_windows(store: Store, today) -> None:
    def expiring_in(days: int, number: str) -> None:
        create(
            store,
            today,
            licence_type="afsa",
            number=number,
            issuer="AFSA",
            issued_on=today - dt.timedelta(days=30),
            expires_on=today + dt.timedelta(days=days),
        )

    for days, number in ((120, "far"), (85, "ninety"), (55, "sixty"), (20, "thirty"), (-3, "gone")):
        expiring_in(days, number)
    with store.reading() as session:
        due = calendar.reminders(session, store.rules(session), today)
    assert [d.title.split()[-1] for d in due] == ["gone", "thirty", "sixty", "ninety"]
    assert [d.detail for d in due] == [
        "expired",
        "within 30 days",
        "within 60 days",
        "within 90 days",
    ]
    assert due[0].urgency(today) == "overdue"


def write_csv(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "licences.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_import_is_all_or_nothing_and_names_every_bad_row(store: Store, today, tmp_path) -> None:
    path = write_csv(
        tmp_path,
        '"Digital mining licence, subtype I (own data centre)",KZ-10,MDDIAI,2024-01-10,,,,,\n'
        "afsa,,AFSA,2024-13-01,,,,,,\n"
        "afsa,A-2,AFSA,01.02.2024,,,bogus,,,\n",
    )
    with store.transaction() as session, pytest.raises(ImportRejected) as caught:
        licences.import_file(session, path, store.rules(session), today)
    problems = [(p.line, p.field) for p in caught.value.problems]
    assert problems == [(3, "issued_on"), (3, "number"), (4, "status")]
    assert "licences.csv, line 3, field issued_on: '2024-13-01' is not a date" in str(caught.value)
    with store.reading() as session:
        assert session.exec(select(Licence)).all() == []
        assert session.exec(select(AuditEntry)).all() == []


def test_import_reports_a_missing_column(store: Store, today, tmp_path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("type,number,issued_on\nafsa,1,2024-01-01\n", encoding="utf-8")
    with store.transaction() as session, pytest.raises(ImportRejected) as caught:
        licences.import_file(session, path, store.rules(session), today)
    assert (
        str(caught.value.problems[0])
        == "bad.csv, line 1, field issuer: column 'issuer' is missing from the header"
    )


def test_import_csv_and_xlsx_then_export_both(store: Store, today, tmp_path) -> None:
    path = write_csv(
        tmp_path,
        'mining_2,KZ-20,MDDIAI,10.01.2024,,"Hosted, Pavlodar",,,,\n'
        "afsa,A-7,AFSA,2023-05-12,,Қазақ тілі: әғқңөұүһі,,,,\n",
    )
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.strip().split(","))
    sheet.append(["nbk_exchange", "NBK-1", "NBK", dt.datetime(2025, 3, 1), dt.datetime(2027, 3, 1)])
    xlsx = tmp_path / "more.xlsx"
    book.save(xlsx)
    with store.transaction() as session:
        assert licences.import_file(session, path, store.rules(session), today) == 2
        assert licences.import_file(session, xlsx, store.rules(session), today) == 1
    with store.reading() as session:
        listing = LicenceListing(store.rules(session), today)
        assert licences.export(session, tmp_path / "out.csv", listing, ListQuery()) == 3
        assert licences.export(session, tmp_path / "out.xlsx", listing, ListQuery()) == 3
    with (tmp_path / "out.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    by_number = {r["Number"]: r for r in rows}
    assert by_number["KZ-20"]["Expires"] == "2027-01-10"  # the 3-year term, from the pack
    assert by_number["A-7"]["Conditions"] == "Қазақ тілі: әғқңөұүһі"
    assert by_number["NBK-1"]["Issued"] == "2025-03-01"
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert [c.value for c in sheet[1]][:3] == ["id", "Type", "Number"]
    assert sheet.max_row == 4
