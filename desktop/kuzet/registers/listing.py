"""What a register page shows: columns, and a query that filters and sorts in SQL.

The UI's table model asks a ``Listing`` for the ordered ids that match a ``ListQuery``
(one cheap query, even on 100,000 rows), then for display values of the few rows on
screen. Nothing holds 100,000 objects in memory.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from sqlalchemy import func, or_, select


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    align: str = "left"  # left, right, center
    sortable: bool = True


@dataclass(frozen=True)
class Filter:
    key: str
    title: str
    choices: tuple[tuple[str, str], ...]  # (value, label); value "" means any


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    filters: Mapping[str, str] = field(default_factory=dict)
    sort: str = ""
    descending: bool = False
    include_retired: bool = False


class Listing(Protocol):
    """A register's list: columns, filters, ordered ids and display rows."""

    columns: Sequence[Column]
    default_sort: tuple[str, bool]  # (column key, descending) shown when the page opens

    def filters(self, session: Any) -> Sequence[Filter]: ...

    def ids(self, session: Any, query: ListQuery) -> list[int]: ...

    def rows(self, session: Any, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]: ...


class RecordListing:
    """A register's list over one table: the retired filter, the search, the sort with its
    tie-break, and the rows, done once here. A register declares:

    - ``model``: the table's SQLModel class (with ``id`` and ``retired_at``);
    - ``columns`` and ``default_sort``;
    - ``search_columns``: columns searched case-insensitively (``LIKE``, contains); or
      ``folded_search``: a column that already holds case-folded text (``search_text``);
    - ``sort_columns()`` where a column sorts by something other than the table column of
      the same key, ``where(query)`` for its filters, and ``row(record)`` for the display.

    Sorting puts empty values last in either direction and breaks ties by id, so the order
    is stable from one refresh to the next.
    """

    model: ClassVar[Any]
    columns: ClassVar[Sequence[Column]] = ()
    default_sort: ClassVar[tuple[str, bool]] = ("", False)
    search_columns: ClassVar[tuple[str, ...]] = ()
    folded_search: ClassVar[str] = ""

    @property
    def table(self) -> Any:
        return self.model.__table__.c

    def filters(self, session: Any) -> Sequence[Filter]:
        return []

    def base(self) -> Any:
        """The statement that selects the ids (a register may join here)."""
        return select(self.table.id)

    def where(self, query: ListQuery) -> list[Any]:
        """The conditions of the register's own filters."""
        return []

    def search(self, text: str) -> Any:
        """The condition a search box adds (``text`` is stripped and not empty)."""
        if self.folded_search:
            return self.table[self.folded_search].like(like_pattern(text.casefold()), escape="\\")
        pattern = like_pattern(text.lower())
        columns = (self.table[name] for name in self.search_columns)
        return or_(*(func.lower(column).like(pattern, escape="\\") for column in columns))

    def sort_columns(self) -> Mapping[str, Any]:
        """Column key -> what it sorts by (the table column of the same name by default)."""
        return {c.key: self.table[c.key] for c in self.columns if c.key in self.table}

    def ids(self, session: Any, query: ListQuery) -> list[int]:
        stmt = self.base()
        if not query.include_retired:
            stmt = stmt.where(self.table.retired_at.is_(None))
        for condition in self.where(query):
            stmt = stmt.where(condition)
        if query.search.strip():
            stmt = stmt.where(self.search(query.search.strip()))
        sorts = self.sort_columns()
        order = sorts.get(query.sort)
        if order is None:
            order = sorts[self.default_sort[0]]
        ordered = order.desc() if query.descending else order.asc()
        stmt = stmt.order_by(order.is_(None), ordered, self.table.id)
        return list(session.execute(stmt).scalars())

    def rows(self, session: Any, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        found = session.execute(select(self.model).where(self.model.id.in_(list(ids)))).scalars()
        return {record.id: self.row(record) for record in found}

    def row(self, record: Any) -> tuple[Any, ...]:
        raise NotImplementedError


def like_pattern(text: str) -> str:
    """A LIKE pattern for a search box: contains, with % and _ escaped by backslash."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def export_listing(session: Any, path: Any, listing: Listing, query: ListQuery, sheet: str) -> int:
    """Write the rows of ``listing`` that match ``query`` (in its order) to CSV or XLSX,
    an id column first; rows are read in chunks, so 100,000 rows stay cheap."""
    from ..i18n import tr
    from .tabular import write_table

    ids = listing.ids(session, query)

    def rows() -> Any:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found = listing.rows(session, chunk)
            for record_id in chunk:
                yield (record_id, *found[record_id])

    headers = ["id", *(tr(c.title) for c in listing.columns)]
    return write_table(path, headers, rows(), sheet=sheet)
