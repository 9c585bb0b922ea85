"""Sanctions gates: an open hit or a confirmed sanctions match blocks approval (the refusal
names the hit); confirming a match freezes the customer and drafts the FIU notification;
a frozen customer's later operation raises a critical alert and its own notification;
unfreezing needs a reason; ``kuzet customers decide`` exits 1 naming what blocks it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from kuzet.cli import run
from kuzet.clock import FixedClock
from kuzet.regime.severity import severity_of
from kuzet.registers.customers.desk import CustomersDesk
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.monitoring.freeze import notification_deadline
from kuzet.registers.screening.desk import ScreeningDesk
from kuzet.store.models import AuditEntry
from kuzet.store.models.beneficial_owner import BeneficialOwner
from kuzet.store.models.customer import Customer
from kuzet.store.models.monitoring import Alert, FreezeNotification
from kuzet.store.models.screening import ScreeningHit
from support import screening_db
from support.customer_data import bin_number, entity
from support.monitoring_data import import_rows, row
from support.screening_db import add_person

listed_template = screening_db.listed_template  # fixtures
listed_store = screening_db.listed_store

FRIDAY = dt.date(2026, 8, 28)  # Fri 28 Aug 2026; 30 Aug is no longer a holiday from 2026
MONDAY = dt.date(2026, 8, 31)


def umarov(store) -> tuple[int, dict[str, ScreeningHit]]:
    """A customer who is the UN's QDi.290 (and on OFAC's list): hits by list."""
    customer_id = add_person(store, "Умаров Доку", dt.date(1964, 4, 13), citizenship="RU")
    with store.reading() as session:
        hits = session.execute(
            select(ScreeningHit).where(
                ScreeningHit.customer_id == customer_id, ScreeningHit.status == "open"
            )
        ).scalars()
        return customer_id, {hit.list_name: hit for hit in hits}


def customers(store, day: dt.date = FRIDAY) -> CustomersDesk:
    return CustomersDesk(store, FixedClock(day))


def confirm(store, hit_id: int, day: dt.date = FRIDAY):
    return ScreeningDesk(store, FixedClock(day)).decide_hit(
        hit_id, "true_match", "Same passport as the UN notice"
    )


def test_approval_is_refused_with_an_open_hit_naming_it(listed_store) -> None:
    customer_id, hits = umarov(listed_store)
    un = hits["UN"]
    with pytest.raises(ValidationFailed) as refused:
        customers(listed_store).decide(customer_id, "approve")
    message = refused.value.field_errors["decision"]
    assert f"Hit #{un.id} is open" in message
    assert "UN entry QDi.290" in message and f"score {un.score}" in message
    assert un.entry_name in message


def test_approval_is_refused_with_an_owners_open_hit(listed_store) -> None:
    desk = customers(listed_store)
    company = desk.save_customer(entity(iin_bin=bin_number())).id
    desk.save_owner(
        company,
        {
            "name": "Умаров Доку",
            "birth_date": dt.date(1964, 4, 13),
            "citizenship": "RU",
            "ownership_percent": "60",
        },
    )
    with listed_store.reading() as session:
        owner = session.execute(select(BeneficialOwner)).scalar_one()
        hit = session.execute(
            select(ScreeningHit).where(
                ScreeningHit.owner_id == owner.id, ScreeningHit.list_name == "UN"
            )
        ).scalar_one()
    blockers = desk.edd(company).blockers
    assert any(f"Hit #{hit.id} is open (beneficial owner Умаров Доку)" in b for b in blockers)
    # A match on an owner freezes the entity.
    confirm(listed_store, hit.id)
    assert desk.customer(company).status == "frozen"


def test_a_true_match_freezes_and_blocks_approval(listed_store) -> None:
    customer_id, hits = umarov(listed_store)
    decision = confirm(listed_store, hits["UN"].id)
    assert decision.frozen and decision.sanctions
    desk = customers(listed_store)
    customer = desk.customer(customer_id)
    assert (customer.status, customer.frozen_on, customer.frozen_hit_id) == (
        "frozen",
        FRIDAY,
        hits["UN"].id,
    )
    assert customer.decided_by and "Same passport" in customer.decision_note
    with listed_store.reading() as session:
        trail = session.execute(
            select(AuditEntry).where(
                AuditEntry.register_name == "customer", AuditEntry.record_id == customer_id
            )
        ).scalars()
        reasons = [entry.reason or "" for entry in trail]
        notice = session.execute(select(FreezeNotification)).scalar_one()
    assert any(r.startswith("frozen: confirmed sanctions match") for r in reasons)
    assert (notice.trigger, notice.hit_id, notice.frozen_on) == ("freeze", hits["UN"].id, FRIDAY)
    assert notice.deadline == MONDAY and notice.status == "to_report"
    # Approval stays refused after the freeze is lifted: the true match remains.
    with pytest.raises(ValidationFailed, match="reason"):
        desk.decide(customer_id, "unfreeze", "")
    assert desk.decide(customer_id, "unfreeze", "Court order lifting the freeze").status == (
        "pending"
    )
    with pytest.raises(ValidationFailed) as refused:
        desk.decide(customer_id, "approve")
    assert f"Hit #{hits['UN'].id} is a confirmed sanctions match" in str(refused.value)
    with listed_store.reading() as session:
        assert session.get(Customer, customer_id).frozen_on is None


def test_a_frozen_customers_transaction_raises_a_critical_alert_and_a_notice(
    listed_store, tmp_path
) -> None:
    customer_id, hits = umarov(listed_store)
    confirm(listed_store, hits["UN"].id, dt.date(2026, 8, 20))
    import_rows(
        listed_store,
        tmp_path / "t.csv",
        [
            row(dt.date(2026, 8, 19), f"#{customer_id}", "in", "1000", "2"),  # before the freeze
            row(FRIDAY, f"#{customer_id}", "out", "520000", "1000"),
        ],
    )
    with listed_store.reading() as session:
        alerts = session.execute(select(Alert).where(Alert.rule == "frozen_customer")).scalars()
        alerts = list(alerts)
        notices = session.execute(
            select(FreezeNotification).where(FreezeNotification.trigger == "transaction")
        ).scalars()
        notices = list(notices)
    assert len(alerts) == 1 and alerts[0].customer_id == customer_id
    assert severity_of(listed_store.rules(), "alert.frozen_customer", FRIDAY) == "critical"
    assert len(notices) == 1
    assert notices[0].deadline == MONDAY  # 1 business day after Fri 28 Aug 2026
    assert notices[0].transaction_ids == alerts[0].transaction_ids


def test_the_notification_deadline_on_both_sides_of_a_weekend(store) -> None:
    rules = store.rules()
    assert notification_deadline(FRIDAY, rules) == MONDAY
    assert notification_deadline(dt.date(2026, 8, 27), rules) == FRIDAY


def test_a_manual_freeze_needs_a_reason_and_blocks_reject(store) -> None:
    desk = customers(store)
    customer_id = add_person(store, "Иванов Пётр", dt.date(1980, 1, 2))
    with pytest.raises(ValidationFailed):
        desk.decide(customer_id, "freeze", " ")
    desk.decide(customer_id, "freeze", "Police request pending")
    with pytest.raises(ValidationFailed, match="frozen"):
        desk.decide(customer_id, "reject", "not wanted")
    with store.reading() as session:
        notice = session.execute(select(FreezeNotification)).scalar_one()
    assert notice.hit_id is None and notice.deadline == notification_deadline(FRIDAY, store.rules())


def test_the_decide_command_exit_codes(listed_store, db_file, capsys) -> None:
    customer_id, hits = umarov(listed_store)
    listed_store.close()

    def kuzet(*args: str) -> tuple[int, str]:
        code = run(["--db", str(db_file), *args])
        out = capsys.readouterr()
        return code, out.out + out.err

    code, output = kuzet("customers", "decide", str(customer_id), "--approve")
    assert code == 1 and f"Hit #{hits['UN'].id} is open" in output
    assert kuzet("customers", "decide", str(customer_id))[0] == 2
    code, output = kuzet("customers", "decide", str(customer_id), "--freeze")
    assert code == 1 and "Say why" in output
    code, output = kuzet("customers", "decide", str(customer_id), "--freeze", "--reason", "UN")
    assert code == 0 and "frozen" in output
    code, output = kuzet("customers", "--status", "frozen")
    assert code == 0 and "FROZEN" in output
    code, output = kuzet("customers", "decide", str(customer_id), "--unfreeze", "--reason", "Off")
    assert code == 0 and "pending" in output
    assert kuzet("customers", "decide", "99999", "--approve")[0] == 1
