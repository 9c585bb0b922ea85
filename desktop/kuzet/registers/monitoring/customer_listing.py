"""What the lists of records about a customer share (transactions, alerts, reports to the
FIU): the customer shown by name and IIN/BIN, found by the customer file's names, sorted by
name, and the order these lists have always had.

Their rows are read with Core, joined to the customer (no ORM objects: a block of 200 rows
stays cheap over 100,000 transactions).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from sqlalchemy import or_, select
from sqlmodel import Session

from ...store.models.customer import Customer
from ..customers.customer_file import fold
from ..listing import RecordListing, like_pattern

CUSTOMERS = Customer.__table__


def label(name: str | None, number: str | None, customer_id: int) -> str:
    """How a record names its customer: name and IIN/BIN (or Kuzet number); the bare
    number where the customer's file is not found."""
    if name is None:
        return f"#{customer_id}"
    return f"{name} ({number or f'#{customer_id}'})"


def customer_label(customer: Customer | None, customer_id: int) -> str:
    """``label`` of a customer's file."""
    if customer is None:
        return label(None, None, customer_id)
    return label(customer.name, customer.iin_bin, customer_id)


def customer_number(customer: Customer | None, customer_id: int) -> str:
    """How a file or a command names a customer: the IIN/BIN, else ``#`` and Kuzet's number."""
    return customer.iin_bin if customer is not None and customer.iin_bin else f"#{customer_id}"


def label_of(session: Session, customer_id: int) -> str:
    return customer_label(session.get(Customer, customer_id), customer_id)


def customers_by_id(session: Session, ids: Iterable[int]) -> dict[int, Customer]:
    found = session.execute(select(Customer).where(Customer.id.in_(set(ids)))).scalars()
    return {customer.id: customer for customer in found}


def matching_customers(pattern: str) -> Any:
    """The ids of customers whose folded names or IIN/BIN match a LIKE ``pattern``."""
    return select(CUSTOMERS.c.id).where(CUSTOMERS.c.search_text.like(pattern, escape="\\"))


class CustomerRecordListing(RecordListing):
    """A ``RecordListing`` of records with a ``customer_id``.

    The search box matches ``own_text`` (a column of folded text) or the customer's names
    and IIN/BIN. The order keeps what these lists have always done: ties are broken by id
    in the sort's direction (``tie_break`` "follow", so the newest of a day comes first in
    "newest first"; the reports to the FIU set "desc", always newest first), and empty
    values go where the database sorts them unless ``empty_last`` says otherwise (the
    reports' deadlines).
    """

    own_text: ClassVar[str] = "search_text"
    tie_break = "follow"
    empty_last = False

    def search(self, text: str) -> Any:
        pattern = like_pattern(fold(text))
        return or_(
            self.table[self.own_text].like(pattern, escape="\\"),
            self.table.customer_id.in_(matching_customers(pattern)),
        )

    def sort_columns(self) -> dict[str, Any]:
        name = (
            select(CUSTOMERS.c.name)
            .where(CUSTOMERS.c.id == self.table.customer_id)
            .scalar_subquery()
        )
        return dict(super().sort_columns()) | {"customer": name}

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        c = CUSTOMERS.c
        found = session.execute(
            select(*self.table, c.name.label("customer_name"), c.iin_bin.label("customer_number"))
            .join(CUSTOMERS, c.id == self.table.customer_id, isouter=True)
            .where(self.table.id.in_(list(ids)))
        )
        return {r.id: self.row(r) for r in found}

    @staticmethod
    def customer(r: Any) -> str:
        """The customer column of a row read by ``rows``."""
        return label(r.customer_name, r.customer_number, r.customer_id)
