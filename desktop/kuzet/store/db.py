"""The SQLite engine: WAL, foreign keys, synchronous=FULL and real transactions.

Python's sqlite3 module opens transactions lazily and never around DDL; we take over
(``isolation_level = None`` plus an explicit ``BEGIN``) so every write, and every
migration step, is one transaction that commits whole or not at all. SQLite-specific
code stays in this module and in ``schema.py``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import create_engine

from .read_only import cannot_write, sqlite_uri

PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=10000",
)


def make_engine(path: Path, foreign_keys: bool = True) -> Engine:
    """An engine on the SQLite file ``path`` with Kuzet's pragmas on every connection.

    Migrations run with ``foreign_keys=False`` (SQLite cannot switch it inside a
    transaction, and batch table rebuilds would trip it); they check the keys afterwards.
    """
    read_only = cannot_write(path)  # a read-only file, folder or medium: read, never write
    opening: dict = {}
    if read_only:
        uri = sqlite_uri(path)
        opening["creator"] = lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False},
        **opening,
        hide_parameters=True,  # an error never prints the bound values: IINs, names
    )
    pragmas = PRAGMAS if foreign_keys else tuple(p for p in PRAGMAS if "foreign_keys" not in p)
    if read_only:  # no journal mode to set and nothing to sync on a file never written
        pragmas = tuple(p for p in pragmas if "journal_mode" not in p and "synchronous" not in p)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in pragmas:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql("BEGIN")

    return engine


BULK_CACHE_KIB = 256 * 1024


def enlarge_page_cache(conn, kib: int = BULK_CACHE_KIB) -> None:  # type: ignore[no-untyped-def]
    """SQLite only: a page cache of up to ``kib`` KiB for this connection, for bulk imports
    whose index inserts would otherwise spill the same pages to the WAL again and again.
    The cache grows only as pages are used."""
    if conn.dialect.name != "sqlite":
        return
    current = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    current_kib = -current if current < 0 else current * 4  # pages of 4 KiB
    if current_kib < kib:
        conn.exec_driver_sql(f"PRAGMA cache_size=-{kib}")


def single_file(database: Path) -> None:
    """Fold the WAL into the file and leave WAL mode: one self-contained file to move
    (a backup's copy, a restored file)."""
    conn = sqlite3.connect(database, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
