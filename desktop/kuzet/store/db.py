"""The SQLite engine: WAL, foreign keys, synchronous=FULL and real transactions.

Python's sqlite3 module opens transactions lazily and never around DDL; we take over
(``isolation_level = None`` plus an explicit ``BEGIN``) so every write, and every
migration step, is one transaction that commits whole or not at all. SQLite-specific
code stays in this module and in ``schema.py``.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import create_engine

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
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    pragmas = PRAGMAS if foreign_keys else tuple(p for p in PRAGMAS if "foreign_keys" not in p)

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
