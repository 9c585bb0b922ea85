"""Business keys held by the database (issue #18, migration 8200): a second active
licence with the same type and number, or a second active customer with the same IIN/BIN,
is refused by a partial unique index with the register's own field message, on both
engines; retired records do not count."""

from __future__ import annotations

import datetime as dt

import pytest

from kuzet.store.models import Licence
from kuzet.store.models.customer import Customer
from kuzet.store.session import Store
from kuzet.store.unique import DuplicateKey


def _licence(number: str) -> Licence:
    return Licence(licence_type="afsa", number=number, issuer="AFSA", issued_on=dt.date(2025, 1, 1))


def test_a_second_active_licence_with_the_same_number_is_refused(store: Store) -> None:
    with store.transaction() as session:  # past the check in Python, straight to the table
        session.add(_licence("U-1"))
    with pytest.raises(DuplicateKey) as refused, store.transaction() as session:
        session.add(_licence("U-1"))
    assert refused.value.field == "number"
    assert refused.value.message == "Licence #1 already has this type and number."


def test_a_retired_licence_frees_its_number(store: Store) -> None:
    with store.transaction() as session:
        session.add(_licence("U-2"))
    with store.transaction() as session:
        old = session.get(Licence, 1)
        old.retired_at = dt.datetime.now(dt.UTC)
        old.retired_reason = "replaced"
    with store.transaction() as session:
        session.add(_licence("U-2"))


def test_a_second_active_customer_with_the_same_iin_is_refused(store: Store) -> None:
    def customer(iin: str) -> Customer:
        return Customer(kind="individual", name="Same Number", iin_bin=iin)

    with store.transaction() as session:
        session.add(customer("900101400001"))
        session.add(customer(""))  # no number yet: not a key
        session.add(customer(""))
    with pytest.raises(DuplicateKey) as refused, store.transaction() as session:
        session.add(customer("900101400001"))
    assert refused.value.field == "iin_bin"
    assert refused.value.message == "Customer #1 already has this number."
