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

MAX_RECORD_ID = 2**31 - 1  # the id columns are INTEGER (PostgreSQL binds no larger number)


def as_record_id(text: str) -> int | None:
    """``text`` as a record number, or None when it cannot be one (not digits, or larger
    than any id: an IIN typed in a search box is compared as text, never as an id)."""
    text = text.strip()
    if not text.isdigit() or not 0 < int(text) <= MAX_RECORD_ID:
        return None
    return int(text)


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

    - ``model``: the table's SQLModel class (with ``id``, and ``retired_at`` unless
      ``hides_retired`` is False);
    - ``columns`` and ``default_sort``;
    - ``search_columns``: columns searched case-insensitively (``LIKE``, contains); or
      ``folded_search``: a column that already holds case-folded text (``search_text``);
    - ``sort_columns()`` where a column sorts by something other than the table column of
      the same key, ``where(query)`` for its filters, and ``row(record)`` for the display.

    The order is ``order(query)``: the chosen column (``sorted_by``), or before one is
    chosen ``default_order(query)``, then the tie-break (``ties``), so the order is stable
    from one refresh to the next. By default empty values go last in either direction and
    ties are broken by id ascending. The lists that have always shown another order say
    so with the hooks below rather than writing their own ``ids``, because officers compare
    a page, an export and a printed pack row by row:

    - ``hides_retired``: False where the table has no ``retired_at`` (the audit trail) or
      where retired rows stay on the page (a withdrawn list version);
    - ``empty_last``: False to leave empty values where the database sorts them (SQLite:
      before every value ascending, after every value descending);
    - ``tie_break``: "asc", "desc" (the newest entry of a day first, whatever the
      direction), or "follow" (the sort's direction: a ledger read newest first shows a
      day's last entry first; an index on the column serves both directions);
    - ``default_fixed``: True to run ``default_sort`` in its own direction before a column
      is chosen, whatever the query's direction (the dated lists open newest first);
    - ``default_order(query)`` and ``ties(query)`` for more than one column there (the
      list versions in force first; the MLRO before the deputy).
    """

    model: ClassVar[Any]
    columns: ClassVar[Sequence[Column]] = ()
    default_sort: ClassVar[tuple[str, bool]] = ("", False)
    search_columns: ClassVar[tuple[str, ...]] = ()
    folded_search: ClassVar[str] = ""
    hides_retired: ClassVar[bool] = True
    empty_last: ClassVar[bool] = True
    tie_break: ClassVar[str] = "asc"  # "asc", "desc" or "follow"
    default_fixed: ClassVar[bool] = False

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
        """The condition a search box adds (``text`` is stripped and not empty); None where
        the list declares nothing to search (its ``where`` may read the box itself)."""
        if self.folded_search:
            return self.table[self.folded_search].like(like_pattern(text.casefold()), escape="\\")
        if not self.search_columns:
            return None
        pattern = like_pattern(text.lower())
        columns = (self.table[name] for name in self.search_columns)
        return or_(*(func.lower(column).like(pattern, escape="\\") for column in columns))

    def conditions(self, query: ListQuery) -> list[Any]:
        """The retired filter, the register's filters and the search."""
        found = []
        if self.hides_retired and not query.include_retired:
            found.append(self.table.retired_at.is_(None))
        found += self.where(query)
        text = query.search.strip()
        if text and (searched := self.search(text)) is not None:
            found.append(searched)
        return found

    def sort_columns(self) -> Mapping[str, Any]:
        """Column key -> what it sorts by (the table column of the same name by default,
        for the columns marked sortable)."""
        t = self.table
        return {c.key: t[c.key] for c in self.columns if c.sortable and c.key in t}

    def sorted_by(self, column: Any, descending: bool) -> list[Any]:
        """``column`` in one direction, empty values last where ``empty_last`` says so."""
        ordered = column.desc() if descending else column.asc()
        return [column.is_(None), ordered] if self.empty_last else [ordered]

    def default_order(self, query: ListQuery) -> list[Any]:
        """The order before a column is chosen: the ``default_sort`` column, in the query's
        direction (in its own where ``default_fixed``)."""
        key, descending = self.default_sort
        return self.sorted_by(
            self.sort_columns()[key], descending if self.default_fixed else query.descending
        )

    def ties(self, query: ListQuery) -> list[Any]:
        """What breaks ties, last: the id, as ``tie_break`` says."""
        descending = {"asc": False, "desc": True}.get(self.tie_break, query.descending)
        return [self.table.id.desc() if descending else self.table.id.asc()]

    def order(self, query: ListQuery) -> list[Any]:
        """The chosen column, or ``default_order`` before one is chosen, then the ties. A
        column the list does not sort by sorts as the ``default_sort`` column would, in the
        query's direction."""
        column = None
        if query.sort:
            sorts = self.sort_columns()
            column = sorts.get(query.sort, sorts.get(self.default_sort[0]))
        if column is None:
            return [*self.default_order(query), *self.ties(query)]
        return [*self.sorted_by(column, query.descending), *self.ties(query)]

    def ids(self, session: Any, query: ListQuery) -> list[int]:
        stmt = self.base().where(*self.conditions(query)).order_by(*self.order(query))
        result = session.execute(stmt)
        # 100,000 ids: the driver's rows one by one, as they are. No per-row result
        # processing, and no list of 100,000 tuples alive at once (allocating those makes
        # the garbage collector walk the whole heap over and over: 4x slower on customers).
        return [record_id for (record_id,) in result.cursor]

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
