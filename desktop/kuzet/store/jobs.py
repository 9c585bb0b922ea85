"""Long jobs one officer at a time: screen everyone, run monitoring, import a watchlist,
reassess every customer.

On SQLite the database's write lock (``store/lock.py``) already lets one program write at
a time, so ``job_lock`` adds nothing. On PostgreSQL several officers write at once, so
each job takes a named advisory lock (``pg_try_advisory_lock``) on a connection of its
own for as long as it runs; a second officer starting the same job is refused at once
with ``JobBusy``, which names the officer running it (exit 4 on the command line). The
server releases the lock if the holder's connection drops (a crash, a lost network).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..i18n import tr

if TYPE_CHECKING:
    from .session import Store

SCREEN_ALL = "screen-all"
MONITORING = "monitoring"
LIST_IMPORT = "list-import"
REASSESSMENT = "reassessment"
_PREFIX = "kuzet job "


class JobBusy(Exception):
    """Another officer is running the same long job; ``holder`` says who, if known."""

    def __init__(self, job: str, holder: dict[str, str]) -> None:
        self.job = job
        self.holder = holder
        program = holder.get("program", "")
        officer = program.split(" by ", 1)[1] if " by " in program else holder.get("user", "")
        super().__init__(
            tr(
                "{job} is already running for officer {officer} (server login {login}, "
                "since {since}). Wait for it to finish and try again."
            ).format(
                job=job,
                officer=officer or tr("unknown"),
                login=holder.get("user") or tr("unknown"),
                since=holder.get("since") or tr("unknown"),
            )
        )


@contextlib.contextmanager
def job_lock(store: Store, job: str, officer: str) -> Iterator[None]:
    """Hold the named lock of ``job`` for the block (PostgreSQL); ``JobBusy`` if another
    session holds it. ``officer`` is who runs it, shown to anyone refused."""
    if not store.location.is_postgresql:
        yield  # the write lock of the file is held by the window or the command
        return
    from sqlalchemy import text

    from .pg import advisory_key, lock_holder

    key = advisory_key(job)
    with store.engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        conn.execute(
            text("SELECT set_config('application_name', :name, false)"),
            {"name": f"{_PREFIX}{job} by {officer}"[:63]},
        )
        if not conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}).scalar():
            raise JobBusy(job, lock_holder(conn, key))
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
            conn.execute(text("RESET application_name"))
