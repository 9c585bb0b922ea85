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
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from sqlmodel import Session

from ..clock import SYSTEM_CLOCK, Clock
from ..progress import NO_PROGRESS, Progress
from ..regime.rulepack import RuleBook
from ..store.jobs import job_lock
from ..store.session import Store
from ..store.unique import DuplicateKey
from .errors import ValidationFailed
from .listing import Filter, Listing, ListQuery, export_listing
from .system import signin
from .system.permissions import EDIT_REGISTERS


@dataclass(frozen=True)
class Work:
    """What a unit of work is done with: its session, the rules in force and the day."""

    session: Session
    rules: RuleBook
    today: dt.date


class Area:
    """The entry point of one area over an open store.

    ``write_permission``: what a write of this area needs (``registers/system/
    permissions.py``) unless the method names another in ``writing(permission)``."""

    write_permission: str = EDIT_REGISTERS

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
    def writing(self, permission: str | None = None) -> Iterator[Work]:
        """One transaction: everything in the block commits together, or nothing does.
        Refused before it starts (``NotSignedIn``, ``PermissionRefused``) unless the
        signed-in officer's role holds ``permission`` (default: ``write_permission``)."""
        signin.require(permission or self.write_permission)
        try:
            with self.store.transaction() as session:
                yield Work(session, self.store.rules(session), self.today)
        except DuplicateKey as exc:  # two officers saved the same key at once (team mode)
            raise ValidationFailed({exc.field: exc.message}) from exc

    def long_job(self, job: str) -> contextlib.AbstractContextManager[None]:
        """The named lock of a long job (``store/jobs.py``): on a team database one
        officer at a time runs it, and another is refused (``JobBusy``) by name."""
        identity = signin.current()
        return job_lock(self.store, job, identity.login if identity else "")

    def may(self, permission: str | None = None) -> bool:
        """May the signed-in officer write here (``permission``, default the area's)?
        The window hides what they may not do; ``writing`` refuses it anyway."""
        return signin.may(permission or self.write_permission)

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


Imported = TypeVar("Imported")
# (work, path, mapping, progress) -> what the import reports
ImportRun = Callable[[Work, Path, Mapping[str, str] | None, Progress], Imported]


def import_entry(run: ImportRun[Imported], doc: str) -> Callable[..., Imported]:
    """An area's import method, ``(path, mapping=None, progress=NO_PROGRESS)``: the window
    and the commands call every import alike (``mapping``: the file's columns by register
    field, None for a canonical header), and each is one transaction in which
    ``run(work, path, mapping, progress)`` writes every row or none. ``doc`` is the
    method's docstring."""

    def import_file(
        self: Area,
        path: Path,
        mapping: Mapping[str, str] | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> Imported:
        with self.writing() as work:
            return run(work, path, mapping, progress)

    import_file.__doc__ = doc
    return import_file
