"""An area's entry point: the one place that opens the unit of work.

Each area of the sidebar (licensing, customers, screening, monitoring, mining, programme,
system) has a desk, a subclass of ``Area``, whose methods are what the window and the
commands call (as Anki's UI calls ``col.decks.…``). A method opens the transaction or the
read session, takes "today" from the clock and the rule book from the store, and calls
the register functions, which take ``(session, ..., rules, today)`` and never open one
themselves. So one place decides how a write is locked, retried and rolled back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session

from ..clock import SYSTEM_CLOCK, Clock
from ..regime.rulepack import RuleBook
from ..store.session import Store
from .listing import Filter, Listing, ListQuery, export_listing


@dataclass(frozen=True)
class Work:
    """What a unit of work is done with: its session, the rules in force and the day."""

    session: Session
    rules: RuleBook
    today: dt.date


class Area:
    """The entry point of one area over an open store."""

    def __init__(self, store: Store, clock: Clock = SYSTEM_CLOCK) -> None:
        self.store = store
        self.clock = clock

    @property
    def today(self) -> dt.date:
        return self.clock.today()

    def rules(self, session: Session | None = None) -> RuleBook:
        """The rule pack with the officer's overrides, as they stand now."""
        return self.store.rules(session)

    @contextlib.contextmanager
    def writing(self) -> Iterator[Work]:
        """One transaction: everything in the block commits together, or nothing does."""
        with self.store.transaction() as session:
            yield Work(session, self.store.rules(session), self.today)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Work]:
        """A read session (nothing written in it is kept)."""
        with self.store.reading() as session:
            yield Work(session, self.store.rules(session), self.today)

    # --- a register's list, for the window's lazy table and the exports -----------------

    def filters(self, listing: Listing) -> Sequence[Filter]:
        with self.store.reading() as session:
            return listing.filters(session)

    def list_ids(self, listing: Listing, query: ListQuery) -> list[int]:
        with self.store.reading() as session:
            return listing.ids(session, query)

    def list_rows(self, listing: Listing, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        with self.store.reading() as session:
            return listing.rows(session, ids)

    def export_list(self, listing: Listing, query: ListQuery, path: Path, sheet: str) -> int:
        """The rows of ``listing`` matching ``query``, in its order, to CSV or XLSX."""
        with self.store.reading() as session:
            return export_listing(session, path, listing, query, sheet)
