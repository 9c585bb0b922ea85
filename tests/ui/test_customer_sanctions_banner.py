"""The customer file says plainly when the customer is frozen (a red banner) and the
customer list marks it; an unfrozen sanctions match keeps a banner too."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from kuzet.paths import resources_dir
from kuzet.regime.ids import make_iin
from kuzet.registers.screening import watchlists
from kuzet.registers.screening.review import decide
from kuzet.store.models.screening import ScreeningHit


def test_a_confirmed_match_shows_the_freeze_banner(window, store, qtbot, today) -> None:
    customers = window.desk.customers
    un_file = resources_dir() / "watchlists" / "un_consolidated_2026-02-27.xml"
    with store.transaction() as session:
        watchlists.import_list(session, "un-xml", [un_file])
    customer = customers.save_customer(
        {
            "kind": "individual",
            "name": "Умаров Доку",
            "birth_date": dt.date(1964, 4, 13),
            "sex": "male",
            "citizenship": "RU",
            "residence": "RU",
            "id_type": "passport",
            "id_number": "7512345678",
        }
    )
    other = customers.save_customer(
        {
            "kind": "individual",
            "name": "Сейтқали Айгерім",
            "birth_date": dt.date(1990, 3, 2),
            "sex": "female",
            "citizenship": "KZ",
            "residence": "KZ",
            "iin_bin": make_iin(dt.date(1990, 3, 2), "female", 17),
        }
    )
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
