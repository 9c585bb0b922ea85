"""The customer file says plainly when the customer is frozen (a red banner) and the
customer list marks it; an unfrozen sanctions match keeps a banner too."""

from __future__ import annotations

from sqlalchemy import select

from kuzet.registers.screening.review import decide
from kuzet.store.models.screening import ScreeningHit
from support.listed_customer import listed_and_clean


def test_a_confirmed_match_shows_the_freeze_banner(window, store, qtbot, today) -> None:
    customers = window.desk.customers
    customer, other = listed_and_clean(window, store)
    with store.reading() as session:
        hit = session.execute(
            select(ScreeningHit).where(
                ScreeningHit.customer_id == customer.id, ScreeningHit.entry_ref == "QDi.290"
            )
        ).scalar_one()
    page = window.show_page("customers")
    page.refresh()
    view = page.edit_record(customer.id)
    qtbot.waitExposed(view)
    assert not view.sanctions.isVisible()  # an open hit is not yet a match
    with store.transaction() as session:
        decide(session, hit.id, "true_match", "Same person", store.rules(session), today)
    view.refresh()
    assert view.sanctions.isVisible()
    assert view.sanctions.text().startswith("FROZEN since")
    assert "Same person" in view.sanctions.text()
    edd = view.show_tab("edd")
    assert edd.unfreeze_button.isEnabled() and not edd.freeze_button.isEnabled()
    assert not edd.approve_button.isEnabled()
    view.close()
    page.refresh()
    listing = customers.customer_listing()
    row = customers.list_rows(listing, [customer.id])[customer.id]
    assert row[6].startswith("FROZEN") and listing.tone(row) == "critical"
    assert not customers.list_rows(listing, [other.id])[other.id][6].startswith("FROZEN")
    customers.decide(customer.id, "unfreeze", "Lifted by the court")
    view = page.edit_record(customer.id)
    qtbot.waitExposed(view)
    assert view.sanctions.isVisible() and "NOT FROZEN" in view.sanctions.text()
    view.close()
    clean = page.edit_record(other.id)
    qtbot.waitExposed(clean)
    assert not clean.sanctions.isVisible()
    clean.close()
