"""``reading()`` is one snapshot on both engines (issue #18): a pack never mixes states.
SQLite's read transaction gives it; on PostgreSQL it is REPEATABLE READ READ ONLY."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, text
from sqlmodel import select

from kuzet.store.models import Licence
from kuzet.store.session import Store


def _add(store: Store, number: str) -> None:
    with store.transaction() as session:
        session.add(
            Licence(
                licence_type="afsa", number=number, issuer="AFSA", issued_on=dt.date(2025, 1, 1)
            )
        )


def test_a_read_does_not_see_a_write_committed_during_it(store: Store) -> None:
    _add(store, "S-1")
    other, _ = Store.open(store.location)
    try:
        with store.reading() as session:
            before = session.exec(select(func.count()).select_from(Licence)).one()
            _add(other, "S-2")  # another officer saves meanwhile
            again = session.exec(select(func.count()).select_from(Licence)).one()
        assert before == again == 1
        with store.reading() as session:
            assert session.exec(select(func.count()).select_from(Licence)).one() == 2
    finally:
        other.close()


@pytest.mark.postgresql_only
def test_a_read_on_postgresql_is_repeatable_read_and_read_only(store: Store) -> None:
    with store.reading() as session:
        conn = session.connection()
        assert conn.execute(text("SHOW transaction_isolation")).scalar() == "repeatable read"
        assert conn.execute(text("SHOW transaction_read_only")).scalar() == "on"
