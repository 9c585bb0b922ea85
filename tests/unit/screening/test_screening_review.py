"""Deciding hits: a false positive is remembered until the customer's data or the entry
changes or the memory expires; a true match flags the customer and gives the freeze and
report steps; every decision is in the audit trail with the list version."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from kuzet.clock import FixedClock
from kuzet.registers.customers.desk import CustomersDesk
from kuzet.registers.customers.risk import open_hits
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.screening import review as screening_review
from kuzet.registers.screening import watchlists
from kuzet.registers.screening.desk import ScreeningDesk
from kuzet.store.models import AuditEntry
from kuzet.store.models.screening import FalsePositiveMemory, ScreeningHit, ScreeningRun
from kuzet.store.verify import verify
from support import screening_db
from support.screening_db import KAZAKH_LIST, KAZAKH_ROWS, add_person, today, write_generic

listed_template = screening_db.listed_template  # fixtures
listed_store = screening_db.listed_store


def kasymov(store) -> tuple[int, ScreeningHit]:
    """A customer who resembles the Kazakh list's KZ-001, and the open hit it raised."""
    customer_id = add_person(store, "Qasymov Nurlan", dt.date(1971, 5, 14), citizenship="RU")
    return customer_id, open_hit(store, customer_id)


def open_hit(store, customer_id: int, ref: str = "KZ-001") -> ScreeningHit | None:
    with store.reading() as session:
        return session.execute(
            select(ScreeningHit).where(
                ScreeningHit.customer_id == customer_id,
                ScreeningHit.entry_ref == ref,
                ScreeningHit.status == "open",
            )
        ).scalar()


def desk(store, day: dt.date | None = None) -> ScreeningDesk:
    return ScreeningDesk(store, FixedClock(day or today()))


def decide(store, hit_id: int, decision: str, reason: str, day: dt.date | None = None):
    return desk(store, day).decide_hit(hit_id, decision, reason)


def rescreen(store, customer_id: int, day: dt.date | None = None):
    return desk(store, day).screen_customer(customer_id)


def test_a_false_positive_is_not_raised_again_by_a_rescreen(listed_store) -> None:
    customer_id, hit = kasymov(listed_store)
    with listed_store.reading() as session:
        assert open_hits(session, customer_id) == 1
    decision = decide(listed_store, hit.id, "false_positive", "Different person: other IIN")
    assert decision.remembered_until == screening_review.add_months(today(), 12)
    assert decision.next_steps == ()
    outcome = rescreen(listed_store, customer_id)
    assert (outcome.suppressed, outcome.new_open) == (1, 0)
    assert open_hit(listed_store, customer_id) is None
    with listed_store.reading() as session:
        assert open_hits(session, customer_id) == 0
        assert session.get(ScreeningRun, outcome.run_id).suppressed == 1
        memory = session.execute(select(FalsePositiveMemory)).scalar_one()
        assert (memory.list_name, memory.entry_ref, memory.hit_id) == (
            KAZAKH_LIST,
            "KZ-001",
            hit.id,
        )
        assert memory.reason == "Different person: other IIN"


def test_the_false_positive_is_raised_again_when_the_customer_changes(listed_store) -> None:
    customer_id, hit = kasymov(listed_store)
    decide(listed_store, hit.id, "false_positive", "Different person")
    CustomersDesk(listed_store).save_customer({"name_latin": "KASSYMOV NURLAN"}, customer_id)
    again = open_hit(listed_store, customer_id)
    assert again is not None and again.id != hit.id
    assert again.subject_fingerprint != hit.subject_fingerprint


def test_the_false_positive_is_raised_again_when_the_entry_changes(listed_store, tmp_path) -> None:
    customer_id, hit = kasymov(listed_store)
    decide(listed_store, hit.id, "false_positive", "Different person")
    unrelated = [*KAZAKH_ROWS[1:], ("KZ-050", "Бекова Әсел", "", "", "person")]
    first = write_generic(tmp_path / "a.csv", [KAZAKH_ROWS[0], *unrelated])
    desk(listed_store).import_lists("csv", [first], KAZAKH_LIST)
    assert rescreen(listed_store, customer_id).suppressed == 1, (
        "other entries changed: still cleared"
    )
    changed = (*KAZAKH_ROWS[0][:3], "1971", "person")  # the listed birth date is now a year
    second = write_generic(tmp_path / "b.csv", [changed, *unrelated])
    desk(listed_store).import_lists("csv", [second], KAZAKH_LIST)
    outcome = rescreen(listed_store, customer_id)
    assert outcome.new_open == 1
    assert open_hit(listed_store, customer_id).entry_fingerprint != hit.entry_fingerprint


def test_the_false_positive_is_raised_again_after_it_expires(listed_store) -> None:
    customer_id, hit = kasymov(listed_store)
    decision = decide(listed_store, hit.id, "false_positive", "Different person")
    last_day = decision.remembered_until - dt.timedelta(days=1)
    assert rescreen(listed_store, customer_id, last_day).suppressed == 1
    outcome = rescreen(listed_store, customer_id, decision.remembered_until)
    assert (outcome.new_open, outcome.suppressed) == (1, 0)


def test_a_true_match_on_a_sanctions_list_flags_the_customer(listed_store) -> None:
    customer_id = add_person(listed_store, "Умаров Доку", dt.date(1964, 4, 13), citizenship="RU")
    hit = open_hit(listed_store, customer_id, "QDi.290")
    with listed_store.reading() as session:
        assert not screening_review.is_flagged(session, customer_id)
    decision = decide(listed_store, hit.id, "true_match", "Same passport as the UN notice")
    assert decision.sanctions and decision.memory_id is None
    steps = " ".join(decision.next_steps)
    assert "frozen" in steps and "tip off" in steps and "FIU" in steps
    assert decision.frozen
    with listed_store.reading() as session:
        assert screening_review.is_flagged(session, customer_id)
        assert screening_review.flagged_customers(session) == {customer_id}
        assert open_hits(session, customer_id) == 1, "the OFAC hit is still to be decided"
    outcome = rescreen(listed_store, customer_id)
    assert outcome.new_open == 0, "a true match is not raised again"
    assert open_hit(listed_store, customer_id, "QDi.290") is None
    with listed_store.reading() as session:
        assert screening_review.is_flagged(session, customer_id)


def test_a_true_match_on_the_firms_own_list_asks_for_edd_not_a_freeze(listed_store) -> None:
    customer_id, hit = kasymov(listed_store)
    decision = decide(listed_store, hit.id, "true_match", "He is the deputy akim: a domestic PEP")
    assert not decision.sanctions
    assert "enhanced due diligence" in " ".join(decision.next_steps)
    assert "Freeze" not in " ".join(decision.next_steps)
    with listed_store.reading() as session:
        assert not screening_review.is_flagged(session, customer_id)
        assert open_hits(session, customer_id) == 0
    assert rescreen(listed_store, customer_id).new_open == 0


def test_every_decision_is_in_the_trail_with_the_list_version(listed_store) -> None:
    _customer_id, hit = kasymov(listed_store)
    decide(listed_store, hit.id, "false_positive", "Different person")
    with listed_store.reading() as session:
        version = watchlists.get_version(session, hit.version_id)
        entry = (
            session.execute(
                select(AuditEntry)
                .where(AuditEntry.register_name == "screening_hit", AuditEntry.record_id == hit.id)
                .order_by(AuditEntry.id.desc())
            )
            .scalars()
            .first()
        )
        memory_entry = session.execute(
            select(AuditEntry).where(AuditEntry.register_name == "false_positive_memory")
        ).scalar_one()
    assert entry.action == "update"
    assert entry.reason.startswith("false positive: Different person (against ")
    assert f"{KAZAKH_LIST} version #{version.id}" in entry.reason
    assert version.sha256 in entry.reason
    after = json.loads(entry.after)
    assert (after["status"], after["version_id"], after["decided_by"]) == (
        "false_positive",
        version.id,
        entry.actor,
    )
    assert memory_entry.reason == entry.reason
    assert verify(listed_store.engine).intact


def test_decisions_need_a_reason_and_an_open_hit(listed_store) -> None:
    _customer_id, hit = kasymov(listed_store)
    with pytest.raises(ValidationFailed) as caught:
        decide(listed_store, hit.id, "false_positive", "  ")
    assert "reason" in caught.value.field_errors
    with pytest.raises(ValidationFailed) as caught:
        decide(listed_store, hit.id, "maybe", "x")
    assert "decision" in caught.value.field_errors
    decide(listed_store, hit.id, "true_match", "Same person")
    with pytest.raises(ValidationFailed, match="not open: it is true match"):
        decide(listed_store, hit.id, "false_positive", "Changed my mind")


def test_a_withdrawn_memory_lets_the_hit_be_raised_again(listed_store) -> None:
    customer_id, hit = kasymov(listed_store)
    decision = decide(listed_store, hit.id, "false_positive", "Different person")
    desk(listed_store).forget_false_positive(decision.memory_id, "Decided too quickly")
    assert rescreen(listed_store, customer_id).new_open == 1


def test_open_hits_are_deadlines_and_the_review_shows_both_sides(listed_store) -> None:
    _customer_id, hit = kasymov(listed_store)
    with listed_store.reading() as session:
        rules = listed_store.rules(session)
        found = [
            d for d in screening_review.deadlines(session, rules, today()) if d.record_id == hit.id
        ]
        detail = screening_review.hit_detail(session, hit.id)
    (deadline,) = found
    assert deadline.register == "screening_hit"
    assert (deadline.remind_from, deadline.due) == (today(), today() + dt.timedelta(days=1))
    assert "Қасымов Нұрлан Әбілұлы" in deadline.title
    subject = dict(detail.subject_fields)
    entry = dict(detail.entry_fields)
    assert subject["Name"] == "Qasymov Nurlan" and subject["Born"] == "14.05.1971"
    assert entry["Reference"] == "KZ-001" and entry["Born"] == "1971-05-14"
    assert entry["List"] == f"{KAZAKH_LIST} version #{hit.version_id}"
    assert len(entry["File SHA-256"]) == 64
    assert any("qasymov" in line.casefold() for line in detail.explanation)
    decide(listed_store, hit.id, "false_positive", "Different person")
    with listed_store.reading() as session:
        assert not [
            d for d in screening_review.deadlines(session, rules, today()) if d.record_id == hit.id
        ]
