"""The demo's customers: realistic, consistent with their IINs, a spread of everything the
register filters on, documents in the vault, and all of it in the audit trail."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import keyring
import pytest
from keyring.backends import fail
from sqlmodel import select

from kuzet.demo import customers as demo_customers
from kuzet.demo.context import DemoContext
from kuzet.progress import NO_PROGRESS
from kuzet.regime.ids import check_bin, check_iin
from kuzet.registers.customers import documents
from kuzet.registers.customers import edd as customer_edd
from kuzet.registers.customers.listing import CustomerListing
from kuzet.registers.listing import ListQuery
from kuzet.registers.system import settings
from kuzet.store import keys
from kuzet.store.models.beneficial_owner import BeneficialOwner
from kuzet.store.models.customer import Customer
from kuzet.store.models.customer_document import CustomerDocument
from kuzet.store.session import Store
from kuzet.store.vault import open_vault
from kuzet.store.verify import verify

TODAY = dt.date(2026, 11, 25)


@pytest.fixture
def demo_store(store: Store):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # as on this machine: the public demo passphrase
    keys.forget()
    with store.transaction() as session:
        settings.put(session, settings.IS_DEMO, True)  # as build_demo does first
        context = DemoContext(
            session, store.rules(session), random.Random(11), TODAY, 600, NO_PROGRESS, store
        )
        demo_customers.add_customers(context)
    yield store
    keyring.set_keyring(previous)
    keys.forget()


def test_demo_customers_are_consistent_and_varied(demo_store: Store) -> None:
    store = demo_store
    with store.reading() as session:
        people = session.exec(select(Customer)).all()
        owners = session.exec(select(BeneficialOwner)).all()
        listing = CustomerListing(store.rules(session), TODAY)

        def count(**filters: str) -> int:
            return len(listing.ids(session, ListQuery(filters=filters)))

        counts = {
            "pep": count(pep="yes"),
            "overdue": count(attention="overdue_review"),
            "expired": count(attention="id_expired"),
            "edd": count(attention="edd_incomplete"),
        }
        rules = store.rules(session)
        approved = [c for c in people if c.status == "approved"]
        blocked = [
            c.id for c in approved if customer_edd.approval_blockers(session, c, rules, TODAY)
        ]
    assert len(people) == 600
    tiers = Counter(c.risk_tier for c in people)
    assert set(tiers) == {"low", "medium", "high"}, tiers
    kinds = Counter(c.kind for c in people)
    assert kinds["entity"] >= 50 and kinds["individual"] >= 400
    assert all(counts.values()), counts
    assert set(Counter(c.status for c in people)) == {"approved", "pending", "rejected", "exited"}
    assert blocked == []  # every approved file passes the gate it would face today
    for customer in people:
        if customer.kind == "individual" and customer.iin_bin:
            decoded = check_iin(customer.iin_bin).iin
            assert decoded is not None
            agrees = (decoded.birth_date, decoded.sex) == (customer.birth_date, customer.sex)
            assert agrees is not customer.iin_conflict
        if customer.kind == "entity" and customer.iin_bin:
            assert check_bin(customer.iin_bin).valid
        assert customer.name_latin and customer.name_latin == customer.name_latin.upper()
    assert any(any(ch in c.name for ch in "әғқңөұүһі") for c in people)  # Kazakh letters
    assert {o.customer_id for o in owners} == {c.id for c in people if c.kind == "entity"}
    assert verify(store.engine).intact


def test_demo_documents_open_with_the_public_demo_passphrase(demo_store: Store) -> None:
    keys.forget()
    with demo_store.reading() as session:
        found = session.exec(select(CustomerDocument)).all()
        assert 12 <= len(found) <= 18
        with pytest.raises(keys.VaultLocked):
            open_vault(session, demo_store.path)
        vault = open_vault(session, demo_store.path, demo_customers.DEMO_PASSPHRASE)
        scan = next(d for d in found if d.file_name == "id-scan.png")
        assert documents.read(session, vault, scan.id).startswith(b"\x89PNG")
