"""What a register page shows: columns, and a query that filters and sorts in SQL.

The UI's table model asks a ``Listing`` for the ordered ids that match a ``ListQuery``
(one cheap query, even on 100,000 rows), then for display values of the few rows on
screen. Nothing holds 100,000 objects in memory.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


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
