"""Open screening hits: the customer file names how many and the best score, with a way
to the Screening page; the customer list marks the customer, from one query a page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event, func, select

from kuzet.store.audit import set_actor
from kuzet.store.models.screening import ScreeningHit
from support.listed_customer import listed_and_clean


@pytest.fixture(autouse=True)
def officer():
    """Writes name the officer who made them."""
    set_actor("officer")
    yield
    set_actor(None)


def test_the_file_and_the_list_show_open_hits(window, store, qtbot) -> None:
    listed, clean = listed_and_clean(window, store)
    with store.reading() as session:
        count, best = session.execute(
            select(func.count(ScreeningHit.id), func.max(ScreeningHit.score)).where(
                ScreeningHit.customer_id == listed.id, ScreeningHit.status == "open"
            )
        ).one()
    assert count >= 1
    page = window.show_page("customers")
    page.refresh()
    view = page.edit_record(listed.id)
    qtbot.waitExposed(view)
    assert view.open_hits.isVisible() and not view.sanctions.isVisible()
    text = view.open_hits_text.text()
    hits_word = "hit waits" if count == 1 else "hits wait"
    assert f"{count} open screening {hits_word} for a decision" in text
    assert f"the best score is {best}" in text
    qtbot.mouseClick(view.open_hits_button, Qt.MouseButton.LeftButton)
    screening = window.pages["screening"]
    assert window.stack.currentWidget() is screening
    assert screening.selected_id() == view.best_hit_id
    other = page.edit_record(clean.id)
    qtbot.waitExposed(other)
    assert not other.open_hits.isVisible()
    other.close()

    customers = window.desk.customers
    listing = customers.customer_listing()
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        rows = customers.list_rows(listing, [listed.id, clean.id])
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    word = "hit" if count == 1 else "hits"
    assert rows[listed.id][6].startswith(f"⚠ {count} open {word} · ")
    assert listing.tone(rows[listed.id]) == "high"
    assert "⚠" not in rows[clean.id][6]
    assert sum("screening_hit" in s for s in statements) == 1  # one query for the page
