"""The PostgreSQL engine (team mode): UTC sessions, the officer's password from the
keyring, and the schema check. PostgreSQL-specific code stays in this module and in the
few ``dialect.name`` branches of ``store/``.

A desktop client never migrates a team database: an empty database is created at the
newest schema (the first client or ``kuzet admin init``); one at another schema is
refused with "ask your administrator" (``kuzet admin upgrade`` migrates it after a dump).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlmodel import create_engine

from .location import DatabaseLocation, password_for

# Waits the server may impose before Kuzet gives up with a clear message instead of hanging.
CONNECT_TIMEOUT_S = 10


def make_pg_engine(location: DatabaseLocation, application: str = "kuzet") -> Engine:
    """An engine on the team database: every session in UTC (so a naive timestamp literal
    means UTC, as on SQLite), hidden bound values in errors, pooled connections checked."""
    connect_args: dict[str, object] = {
        "options": "-c timezone=UTC",
        "application_name": application,
        "connect_timeout": CONNECT_TIMEOUT_S,
    }
    password = password_for(location)
    if password:
        connect_args["password"] = password
    return create_engine(
        location.url,
        connect_args=connect_args,
        hide_parameters=True,  # an error never prints the bound values: IINs, names
        pool_pre_ping=True,
    )


def database_revisions(conn: Connection) -> frozenset[str] | None:
    """The revisions stamped in the database, an empty set for an empty database, or
    None for a database that holds tables but no Kuzet schema version."""
    tables = {
        row[0]
        for row in conn.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        )
    }
    if "alembic_version" not in tables:
        return frozenset() if not tables else None
    return frozenset(
        row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))
    )


def advisory_key(name: str) -> int:
    """A stable signed 64-bit key for a named lock (``pg_advisory_lock`` takes a bigint)."""
    import hashlib

    digest = hashlib.sha256(f"kuzet:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def lock_holder(conn: Connection, key: int) -> dict[str, str]:
    """Who holds the advisory lock ``key``: the server login and what the client said it
    is doing (``application_name``), and since when; empty if nobody does now."""
    row = conn.execute(
        text(
            "SELECT a.usename, a.application_name, a.backend_start, a.pid FROM pg_locks l"
            " JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE l.locktype = 'advisory' AND l.granted"
            " AND ((l.classid::bigint << 32) | l.objid::bigint) = :key"
            " AND l.objsubid = 1 LIMIT 1"
        ),
        {"key": key},
    ).first()
    if row is None:
        return {}
    return {
        "user": str(row[0] or ""),
        "program": str(row[1] or ""),
        "since": row[2].strftime("%Y-%m-%d %H:%M:%S UTC") if row[2] else "",
        "pid": str(row[3]),
    }


def is_postgresql(engine_or_conn: Engine | Connection) -> bool:
    return engine_or_conn.dialect.name == "postgresql"


def team_setting(location: DatabaseLocation, key: str) -> tuple[bool, str | None]:
    """(whether the team database holds any table, the JSON value of setting ``key``
    or None): what ``kuzet demo`` checks before it rebuilds a database."""
    engine = make_pg_engine(location)
    try:
        with engine.connect() as conn:
            tables = {
                row[0]
                for row in conn.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                )
            }
            if "setting" not in tables:
                return bool(tables), None
            value = conn.execute(
                text("SELECT value FROM setting WHERE key = :key"), {"key": key}
            ).scalar()
            return True, value
    finally:
        engine.dispose()


def drop_team_tables(location: DatabaseLocation) -> None:
    """Drop every table of the database's schema (a demo being rebuilt), in one
    transaction."""
    engine = make_pg_engine(location)
    try:
        with engine.begin() as conn:
            names = [
                row[0]
                for row in conn.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                )
            ]
            for name in names:
                conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}" CASCADE')
    finally:
        engine.dispose()
