"""The customers desk: each call is one transaction (a refusal leaves nothing written),
takes "today" from its clock, and goes through the one after-change step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlmodel import func, select

from kuzet.clock import FixedClock
from kuzet.registers.customers.desk import CustomersDesk
from kuzet.registers.errors import ImportRejected, ValidationFailed
from kuzet.registers.listing import ListQuery
from kuzet.store.models import AuditEntry
from kuzet.store.models.customer import Customer
from kuzet.store.models.customer_review import CustomerReview
from kuzet.store.models.pep import PepStatus
from kuzet.store.session import Store
from support.customer_data import TODAY, entity, iin, individual


def count(store: Store, model) -> int:
    with store.reading() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_a_refused_part_of_a_save_leaves_nothing_written(store: Store) -> None:
    customers = CustomersDesk(store, FixedClock(TODAY))
    # The file itself is valid and is written first; its PEP declaration (a family member
    # without the PEP related to) is refused after it: the whole save rolls back.
    with pytest.raises(ValidationFailed) as caught:
        customers.save_customer(individual(pep="family"))
    assert set(caught.value.field_errors) == {"related_kind", "related_person"}
    assert count(store, Customer) == 0
    assert count(store, PepStatus) == 0
    assert count(store, AuditEntry) == 0
    company = customers.save_customer(entity())
    with pytest.raises(ValidationFailed):
        customers.save_owner(company.id, {"name": "Ли Анна", "citizenship": "KR"})
    assert [o.name for o in customers.owners(company.id)] == []


def test_an_import_with_one_bad_row_writes_nothing(store: Store, tmp_path: Path) -> None:
    customers = CustomersDesk(store, FixedClock(TODAY))
    path = tmp_path / "customers.csv"
    path.write_text(
        "kind,name,iin_bin,citizenship,residence\n"
        f"individual,Қасымов Нұрлан,{iin(dt.date(1985, 3, 14))},KZ,KZ\n"
        "individual,,850314312345,KZ,KZ\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as caught:
        customers.import_customers(path)
    assert {(p.line, p.field) for p in caught.value.problems} >= {(3, "name"), (3, "iin_bin")}
    assert count(store, Customer) == 0
    assert count(store, AuditEntry) == 0
    header, first, _bad = path.read_text(encoding="utf-8").splitlines()
    good = tmp_path / "good.csv"
    good.write_text(f"{header}\n{first}\n", encoding="utf-8")
    assert customers.import_customers(good) == 1


def test_the_desk_takes_the_day_from_its_clock(store: Store) -> None:
    onboarding_day = dt.date(2020, 1, 10)
    then = CustomersDesk(store, FixedClock(onboarding_day))
    customer = then.save_customer(individual())
    assert customer.risk_assessed_on == onboarding_day
    approved = then.decide(customer.id, "approve")
    assert approved.onboarded_on == onboarding_day
    assert approved.next_review_on == dt.date(2025, 1, 10)  # low risk: 5 years
    now = CustomersDesk(store, FixedClock(TODAY))
    overdue = ListQuery(filters={"attention": "overdue_review"})
    assert now.list_ids(now.customer_listing(), overdue) == [customer.id]
    assert then.list_ids(then.customer_listing(), overdue) == []
    with pytest.raises(ValidationFailed) as caught:  # a review dated after the desk's day
        then.record_review(
            customer.id, {"reviewed_on": TODAY, "outcome": "confirmed", "notes": "Checked"}
        )
    assert "future" in caught.value.field_errors["reviewed_on"]
    review = now.record_review(
        customer.id, {"reviewed_on": TODAY, "outcome": "confirmed", "notes": "Checked"}
    )
    assert review.next_review_on == dt.date(2031, 11, 25)
    assert now.customer(customer.id).last_review_on == TODAY
    assert [a.assessed_on for a in now.assessments(customer.id)] == [TODAY, onboarding_day]
    assert count(store, CustomerReview) == 1


def test_owners_and_pep_status_through_the_desk(store: Store) -> None:
    customers = CustomersDesk(store, FixedClock(TODAY))
    company = customers.save_customer(entity())
    before = (company.risk_score, company.risk_tier)
    owner = customers.save_owner(
        company.id,
        {"name": "Ким Виктор", "citizenship": "AE", "ownership_percent": "30", "pep": "foreign"},
    )
    assert customers.customer(company.id).risk_tier == "high"
    assert "ким виктор" in customers.customer(company.id).search_text
    (record,) = customers.peps(company.id)
    assert record.owner_id == owner.id
    edited = customers.save_pep(company.id, {"position": "Minister"}, pep_id=record.id)
    assert customers.pep(edited.id).position == "Minister"
    customers.retire_owner(owner.id, "Sold the stake")
    assert customers.peps(company.id) == []
    assert "ким виктор" not in customers.customer(company.id).search_text
    after = customers.customer(company.id)
    assert (after.risk_score, after.risk_tier) == before
