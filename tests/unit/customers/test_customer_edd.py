"""The EDD gate and the onboarding decision: who, when, and what blocks approval."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kuzet.registers.customers import edd as customer_edd
from kuzet.registers.customers import onboarding
from kuzet.registers.customers import owners as customer_owners
from kuzet.registers.errors import ValidationFailed
from kuzet.store.audit import acting_as
from kuzet.store.models.customer import Customer
from kuzet.store.session import Store
from support.customer_data import TODAY, create, entity, iin, individual

FULL_EDD = {
    "source_of_wealth": "Founder of a construction company since 2004",
    "wealth_verified": True,
    "wealth_evidence": "Audited accounts 2023-2025 and dividend statements seen",
    "funds_verified": True,
    "funds_evidence": "Kaspi Bank statement of the paying account",
    "approved_by": "Д. Ермеков, Chief Executive",
    "approved_on": dt.date(2026, 11, 20),
    "enhanced_monitoring": True,
}


def decide(store: Store, customer_id: int, decision: str, note: str = "") -> Customer:
    with store.transaction() as session:
        return customer_edd.decide(
            session, customer_id, decision, note, store.rules(session), TODAY
        )


def test_a_pep_cannot_be_approved_until_edd_is_complete(store: Store) -> None:
    customer_id = create(store, individual(pep="domestic", pep_position="Head of a department"))
    with pytest.raises(ValidationFailed) as caught:
        decide(store, customer_id, "approve")
    message = caught.value.field_errors["decision"]
    assert "EDD is required (a PEP)" in message
    for part in ("source of wealth", "senior management approval", "enhanced monitoring"):
        assert part in message
    blanks = {"approved_on": None, "wealth_verified": False, "funds_verified": False}
    blanks["enhanced_monitoring"] = False
    for missing in FULL_EDD:  # each part on its own keeps EDD incomplete
        partial = FULL_EDD | {missing: blanks.get(missing, "")}
        if missing == "funds_verified":
            partial["funds_evidence"] = ""
        if missing == "approved_by":
            partial["approved_on"] = None
        with store.transaction() as session:
            if missing == "funds_evidence":  # verified without saying how: refused
                with pytest.raises(ValidationFailed):
                    customer_edd.save_edd(session, customer_id, partial, TODAY)
                continue
            assert not customer_edd.save_edd(session, customer_id, partial, TODAY).complete
    with store.transaction() as session:
        assert customer_edd.save_edd(session, customer_id, FULL_EDD, TODAY).complete
    with acting_as("a.nurlanova"):
        customer = decide(store, customer_id, "approve", "EDD complete; CEO approved")
    assert customer.status == "approved"
    assert customer.decided_by == "a.nurlanova"
    assert customer.decided_at is not None
    assert customer.onboarded_on == TODAY
    # A domestic PEP scores 15 + 35 = 50 (medium): the review is due in 3 years.
    assert customer.next_review_on == dt.date(2029, 11, 25)


def test_a_wealth_document_counts_as_evidence(store: Store) -> None:
    from kuzet.store.models.customer_document import CustomerDocument

    customer_id = create(store, individual(residence="IR"))
    without_note = FULL_EDD | {"wealth_evidence": ""}
    with store.transaction() as session:
        assert not customer_edd.save_edd(session, customer_id, without_note, TODAY).complete
        session.add(
            CustomerDocument(
                customer_id=customer_id,
                category="source_of_wealth",
                file_name="dividends.pdf",
                media_type="application/pdf",
                size=1,
                sha256="0" * 64,
                vault_id="v",
                blob_name="b1",
                uploaded_on=TODAY,
            )
        )
        session.flush()
        customer_edd.refresh_completeness(session, customer_id)
        assert customer_edd.edd_of(session, customer_id).complete
    assert decide(store, customer_id, "approve").status == "approved"


def test_high_risk_needs_edd_low_risk_does_not(store: Store) -> None:
    low = create(store, individual())
    high = create(store, individual(iin_bin=iin(dt.date(1980, 8, 8)), name="Б", residence="KP"))
    with store.reading() as session:
        rules = store.rules(session)
        assert not customer_edd.edd_needed(session, session.get(Customer, low), rules, TODAY)
        assert customer_edd.edd_needed(session, session.get(Customer, high), rules, TODAY)
    assert decide(store, low, "approve").status == "approved"
    with pytest.raises(ValidationFailed) as caught:
        decide(store, high, "approve")
    assert "EDD is required (high risk)" in caught.value.field_errors["decision"]


def test_cdd_basics_and_owners_block_approval_of_an_entity(store: Store) -> None:
    company = create(store, entity(purpose="", address=""))
    with store.reading() as session:
        blockers = customer_edd.approval_blockers(
            session, session.get(Customer, company), store.rules(session), TODAY
        )
    assert blockers == [
        "Record the purpose and intended nature of the relationship.",
        "Record the address.",
        "Record the beneficial owners of the entity.",
    ]
    with store.transaction() as session:
        rules = store.rules(session)
        onboarding.update_customer(
            session, company, {"purpose": "OTC", "address": "Алматы"}, rules, TODAY
        )
        onboarding.add_owner(
            session,
            company,
            {
                "name": "Серікбаев Ержан",
                "iin": iin(dt.date(1977, 7, 7)),
                "birth_date": dt.date(1977, 7, 8),
                "citizenship": "KZ",
                "ownership_percent": "51",
            },
            rules,
            TODAY,
        )
    with pytest.raises(ValidationFailed) as caught:
        decide(store, company, "approve")
    assert "owner's IIN disagrees" in caught.value.field_errors["decision"]


def test_reject_and_exit_need_a_reason_and_record_who_and_when(store: Store) -> None:
    customer_id = create(store, individual())
    with pytest.raises(ValidationFailed) as caught:
        decide(store, customer_id, "reject")
    assert "note" in caught.value.field_errors
    with acting_as("mlro"):
        rejected = decide(store, customer_id, "reject", "Refused to give the source of funds")
    assert (rejected.status, rejected.decided_by) == ("rejected", "mlro")
    assert rejected.decision_note == "Refused to give the source of funds"
    assert rejected.next_review_on is None
    approved = create(store, individual(iin_bin=iin(dt.date(1999, 9, 9)), name="В"))
    decide(store, approved, "approve")
    exited = decide(store, approved, "exit", "Customer closed the account")
    assert exited.status == "exited" and exited.next_review_on is None
    with pytest.raises(ValidationFailed):
        decide(store, approved, "exit", "again")
    with pytest.raises(ValidationFailed):
        decide(store, approved, "maybe", "x")


def test_owner_rules_threshold_control_and_shares(store: Store) -> None:
    company = create(store, entity())
    owner = {"name": "Ли Анна", "citizenship": "KR", "ownership_percent": "10"}
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        onboarding.add_owner(session, company, owner, store.rules(session), TODAY)
    assert "Below 25% and no control" in caught.value.field_errors["ownership_percent"]
    with store.transaction() as session:
        rules = store.rules(session)
        controller = owner | {"control": True, "control_note": "Sole director with veto"}
        assert onboarding.add_owner(session, company, controller, rules, TODAY).control
        onboarding.add_owner(
            session, company, owner | {"name": "Б", "ownership_percent": "25"}, rules, TODAY
        )
        with pytest.raises(ValidationFailed) as caught:
            onboarding.add_owner(
                session, company, owner | {"name": "В", "ownership_percent": "70"}, rules, TODAY
            )
        assert "105%" in caught.value.field_errors["ownership_percent"]
    assert customer_owners.percent_text(Decimal("100.0")) == "100"  # not 1E+2
    person = create(store, individual())
    with store.transaction() as session, pytest.raises(ValidationFailed):
        onboarding.add_owner(session, person, owner, store.rules(session), TODAY)
