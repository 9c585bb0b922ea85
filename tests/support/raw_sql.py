"""SQL run behind Kuzet's back, on either engine: what a tamperer with the sqlite3 shell
or psql would do. ``db`` is a test's ``db_file`` (an SQLite path or a PostgreSQL URL);
parameters are written ``?`` as in sqlite3."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def _is_url(db: Path | str) -> bool:
    return "://" in str(db)


def target(store: Any) -> Path | str:
    """What ``execute`` takes for an open ``Store``: its file, or its team database URL."""
    location = store.location
    return location.url if location.is_postgresql else location.path


def _pg_connect(url: str):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://", 1))


def execute(db: Path | str, sql: str, *params: Any) -> None:
    if _is_url(db):
        with _pg_connect(str(db)) as conn:
            conn.execute(sql.replace("?", "%s"), params)
        return
    conn = sqlite3.connect(db)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def fetchone(db: Path | str, sql: str, *params: Any) -> tuple | None:
    if _is_url(db):
        with _pg_connect(str(db)) as conn:
            return conn.execute(sql.replace("?", "%s"), params).fetchone()
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchone()
    finally:
        conn.close()


def fetchall(db: Path | str, sql: str, *params: Any) -> list[tuple]:
    if _is_url(db):
        with _pg_connect(str(db)) as conn:
            return conn.execute(sql.replace("?", "%s"), params).fetchall()
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
