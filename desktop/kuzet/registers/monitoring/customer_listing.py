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
from ..listing import ListQuery, RecordListing, like_pattern

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
    and IIN/BIN. The order keeps what these lists have always done, which
    ``RecordListing.ids`` has no hook for: ties are broken by id in the sort's direction
    (``tie_break`` "follow", so the newest of a day comes first in "newest first") or always
    newest first (``tie_break`` "desc", the reports to the FIU), and empty values go last
    only where ``empty_last`` says so (elsewhere where the database puts them).
    """

    own_text: ClassVar[str] = "search_text"
    tie_break: ClassVar[str] = "follow"
    empty_last: ClassVar[bool] = False

    def search(self, text: str) -> Any:
        pattern = like_pattern(fold(text))
        return or_(
            self.table[self.own_text].like(pattern, escape="\\"),
            self.table.customer_id.in_(matching_customers(pattern)),
        )

    def sort_columns(self) -> dict[str, Any]:
        sortable = {c.key for c in self.columns if c.sortable}
        name = (
            select(CUSTOMERS.c.name)
            .where(CUSTOMERS.c.id == self.table.customer_id)
            .scalar_subquery()
        )
        found = {k: v for k, v in super().sort_columns().items() if k in sortable}
        return found | {"customer": name}

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        t = self.table
        conditions = list(self.where(query))
        if not query.include_retired:
            conditions.append(t.retired_at.is_(None))
        if query.search.strip():
            conditions.append(self.search(query.search.strip()))
        sorts = self.sort_columns()
        order = sorts.get(query.sort, sorts[self.default_sort[0]])
        newest_first = self.tie_break == "desc" or query.descending
        keys = [order.is_(None)] if self.empty_last else []
        keys += [order.desc() if query.descending else order.asc()]
        keys += [t.id.desc() if newest_first else t.id.asc()]
        stmt = self.base().where(*conditions).order_by(*keys)
        return list(session.execute(stmt).scalars())

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
