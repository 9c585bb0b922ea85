"""The demo firm holds the sanctions gates: no approved customer has an open hit or a
confirmed match, and the confirmed match is frozen with its FIU notification drafted."""

from __future__ import annotations

from sqlalchemy import select

from kuzet.clock import SYSTEM_CLOCK
from kuzet.registers.customers.sanctions import blocking_hits
from kuzet.store.models.customer import Customer
from kuzet.store.models.monitoring import FreezeNotification
from kuzet.store.session import Store


def test_the_demo_has_no_approved_customer_with_an_open_hit(demo_db) -> None:
    store, _ = Store.open(demo_db)
    try:
        with store.reading() as session:
            rules = store.rules(session)
            approved = session.execute(
                select(Customer).where(Customer.status == "approved")
            ).scalars()
            day = SYSTEM_CLOCK.today()
            held = [c.id for c in approved if blocking_hits(session, c.id, rules, day)]
            frozen = session.execute(select(Customer).where(Customer.status == "frozen")).scalars()
            frozen = list(frozen)
            notices = list(session.execute(select(FreezeNotification)).scalars())
    finally:
        store.close()
    assert held == []
    assert len(frozen) == 1 and frozen[0].frozen_hit_id is not None
    assert [(n.customer_id, n.trigger) for n in notices] == [(frozen[0].id, "freeze")]
