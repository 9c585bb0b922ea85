"""The customer file: validation, IIN versus the file, search in both scripts, the list."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlmodel import select

from kuzet.registers.customers import customer_file as customers
from kuzet.registers.customers import edd as customer_edd
from kuzet.registers.customers import onboarding
from kuzet.registers.customers.listing import CustomerListing
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.listing import ListQuery
from kuzet.store.models import AuditEntry
from kuzet.store.models.customer import Customer
from kuzet.store.session import Store
from kuzet.store.verify import verify
from support.customer_data import TODAY, bin_number, create, entity, iin, individual


def test_an_iin_fills_birth_date_and_sex_when_the_file_leaves_them_empty(store: Store) -> None:
    number = iin(dt.date(1990, 7, 1), "female")
    customer_id = create(store, individual(iin_bin=number, name="Ахметова Айгүл"))
    with store.reading() as session:
        customer = session.get(Customer, customer_id)
        assert (customer.birth_date, customer.sex) == (dt.date(1990, 7, 1), "female")
        assert customer.iin_conflict is False


def test_iin_that_disagrees_with_the_file_is_saved_flagged_and_blocks_approval(
    store: Store,
) -> None:
    number = iin(dt.date(1985, 3, 14), "male")
    customer_id = create(
        store, individual(iin_bin=number, birth_date=dt.date(1985, 4, 14), sex="female")
    )
    with store.transaction() as session:
        rules = store.rules(session)
        customer = customers.get(session, customer_id)
        assert customer.iin_conflict is True
        conflicts = customers.iin_conflicts("individual", number, customer.birth_date, "female")
        assert any("1985-03-14" in c and "1985-04-14" in c for c in conflicts)
        assert any("sex male" in c for c in conflicts)
        blockers = customer_edd.approval_blockers(session, customer, rules, TODAY)
        assert any("IIN disagrees" in b for b in blockers)
        with pytest.raises(ValidationFailed) as caught:
            customer_edd.decide(session, customer_id, "approve", "", rules, TODAY)
        assert "IIN disagrees" in caught.value.field_errors["decision"]
    with store.transaction() as session:
        customers.explain_iin(session, customer_id, "Birth date corrected by the PSC in 2019")
    with store.transaction() as session:
        rules = store.rules(session)
        customer = customer_edd.decide(session, customer_id, "approve", "", rules, TODAY)
        assert customer.status == "approved"


def test_validation_names_each_field(store: Store) -> None:
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        onboarding.create_customer(
            session,
            individual(
                name=" ",
                iin_bin="850314312345",  # wrong check digit
                citizenship="QQ",
                residence="",
                email="not-an-address",
                product="casino",
            ),
            store.rules(session),
            TODAY,
        )
    errors = caught.value.field_errors
    assert set(errors) == {
        "name", "iin_bin", "birth_date", "citizenship", "residence", "email", "product"
    }  # fmt: skip
    assert "check digit" in errors["iin_bin"]
    assert "QQ is not an ISO country code" in errors["citizenship"]


def test_kinds_of_numbers_and_who_needs_one(store: Store) -> None:
    rules = store.rules()
    assert (
        "This is a BIN"
        in customers.validate(individual(iin_bin=bin_number()), rules, TODAY)["iin_bin"]
    )
    assert (
        "This is an IIN"
        in customers.validate(entity(iin_bin=iin(dt.date(1980, 1, 1))), rules, TODAY)["iin_bin"]
    )
    assert "has an IIN" in customers.validate(individual(iin_bin=""), rules, TODAY)["iin_bin"]
    foreigner = individual(
        iin_bin="", citizenship="DE", residence="DE", birth_date=dt.date(1970, 5, 5)
    )
    assert customers.validate(foreigner, rules, TODAY) == {}
    no_document = foreigner | {"id_number": ""}
    assert "ID document" in customers.validate(no_document, rules, TODAY)["id_number"]
    assert "has a BIN" in customers.validate(entity(iin_bin=""), rules, TODAY)["iin_bin"]
    foreign_entity = entity(iin_bin="", residence="AE")
    assert customers.validate(foreign_entity, rules, TODAY) == {}


def test_one_active_file_per_iin(store: Store) -> None:
    first = create(store, individual())
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        onboarding.create_customer(session, individual(name="Другой"), store.rules(session), TODAY)
    assert f"Customer #{first} already has this number" in caught.value.field_errors["iin_bin"]


def test_update_records_before_and_after_in_the_trail_and_kind_cannot_change(
    store: Store,
) -> None:
    customer_id = create(store, individual())
    with store.transaction() as session:
        onboarding.update_customer(
            session, customer_id, {"address": "Астана, Мәңгілік Ел 55"}, store.rules(session), TODAY
        )
    with store.reading() as session:
        entries = session.exec(
            select(AuditEntry).where(
                AuditEntry.register_name == "customer", AuditEntry.record_id == customer_id
            )
        ).all()
    assert [e.action for e in entries] == ["insert", "update"]
    assert json.loads(entries[-1].after)["address"] == "Астана, Мәңгілік Ел 55"
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        onboarding.update_customer(
            session, customer_id, {"kind": "entity"}, store.rules(session), TODAY
        )
    assert "new customer file" in caught.value.field_errors["kind"]
    assert verify(store.engine).intact


def test_search_by_cyrillic_latin_russified_iin_and_owner(store: Store) -> None:
    kassymov = create(store, individual())
    smirnova = create(
        store,
        individual(
            name="Смирнова Ольга Петровна",
            name_latin="SMIRNOVA OLGA",
            iin_bin=iin(dt.date(1979, 2, 2), "female"),
        ),
    )
    company = create(store, entity())
    with store.transaction() as session:
        onboarding.add_owner(
            session,
            company,
            {
                "name": "Жұмабаев Ерлан",
                "name_latin": "ZHUMABAYEV YERLAN",
                "iin": iin(dt.date(1975, 6, 6)),
                "citizenship": "KZ",
                "ownership_percent": "100",
            },
            store.rules(session),
            TODAY,
        )
    listing = CustomerListing(store.rules(), TODAY)

    def found(text: str) -> list[int]:
        with store.reading() as session:
            return listing.ids(session, ListQuery(search=text))

    assert found("Қасымов") == [kassymov]
    assert found("касымов нурлан") == [kassymov]  # Russified spelling, other case
    assert found("KASSYMOV") == [kassymov]
    assert found("smirnova o") == [smirnova]
    with store.reading() as session:
        number = session.get(Customer, smirnova).iin_bin
    assert found(number[:8]) == [smirnova]
    assert found("жумабаев") == [company]  # an owner's name finds the entity
    assert found("100%_") == []  # LIKE wildcards are taken literally


def test_filters_and_sorting_in_sql(store: Store) -> None:
    low = create(store, individual())
    pep = create(
        store,
        individual(
            name="Оспанов Серік",
            name_latin="OSPANOV SERIK",
            iin_bin=iin(dt.date(1960, 1, 20)),
            pep="foreign",
            pep_position="Ambassador",
        ),
    )
    expired = create(
        store,
        individual(
            name="Әбенов Дәурен",
            name_latin="ABENOV DAUREN",
            iin_bin=iin(dt.date(1992, 9, 9)),
            id_expires_on=dt.date(2025, 1, 1),
        ),
    )
    listing = CustomerListing(store.rules(), TODAY)

    def ids(**filters: str) -> list[int]:
        with store.reading() as session:
            return listing.ids(session, ListQuery(filters=filters))

    assert ids(pep="yes") == [pep]
    assert sorted(ids(pep="no")) == sorted([low, expired])
    assert ids(tier="high") == [pep]
    assert ids(attention="id_expired") == [expired]
    assert ids(attention="edd_incomplete") == [pep]
    assert sorted(ids(status="pending")) == sorted([low, pep, expired])
    with store.reading() as session:
        by_name = listing.ids(session, ListQuery(sort="name"))
        by_risk = listing.ids(session, ListQuery(sort="risk", descending=True))
        rows = listing.rows(session, [pep, expired])
    assert by_name == [expired, low, pep]  # Әбенов, Қасымов, Оспанов: Kazakh letters folded
    assert by_risk[0] == pep
    assert rows[pep][5] == "Foreign PEP"
    assert rows[pep][4].startswith("High")
    assert listing.tone(rows[expired]) == "high"
    assert listing.tone(rows[pep]) == "medium"


def test_overdue_review_filter_dashboard_and_retire(store: Store) -> None:
    from kuzet.registers import calendar

    customer_id = create(store, individual())
    with store.transaction() as session:
        rules = store.rules(session)
        customer_edd.decide(session, customer_id, "approve", "", rules, dt.date(2020, 1, 10))
    listing = CustomerListing(store.rules(), TODAY)
    with store.reading() as session:
        customer = session.get(Customer, customer_id)
        assert customer.onboarded_on == dt.date(2020, 1, 10)
        assert customer.next_review_on == dt.date(2025, 1, 10)  # low risk: 5 years
        assert listing.ids(session, ListQuery(filters={"attention": "overdue_review"})) == [
            customer_id
        ]
        due = [
            d
            for d in calendar.reminders(session, store.rules(session), TODAY)
            if d.register == "customer"
        ]
    assert [(d.kind, d.record_id, d.detail) for d in due] == [
        ("Customer review", customer_id, "overdue")
    ]
    with store.transaction() as session:
        customers.retire(session, customer_id, "Duplicate file")
    with store.reading() as session:
        assert listing.ids(session, ListQuery()) == []
        assert listing.ids(session, ListQuery(include_retired=True)) == [customer_id]
