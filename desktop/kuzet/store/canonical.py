"""Canonical record states: the same JSON for the same record on SQLite and PostgreSQL.

A trail entry's ``before``/``after`` and a bulk entry's digest are made from the row as
stored. The drivers give different Python values for the same data (SQLite: dates and
datetimes as text, flags as 0/1; PostgreSQL: ``date``, aware ``datetime``, ``bool``), so
since format 2 every value is put in one form by its column's type:

* datetimes: UTC ISO 8601 with microseconds and ``Z`` (``2026-01-02T03:04:05.000006Z``;
  a naive stored value is UTC, as Kuzet writes it);
* dates: ISO (``2026-01-02``); booleans: ``true``/``false``; integers: numbers;
* decimals (``DecimalText``) and other text: the stored text; bytes: hex; NULL: ``null``.

The column types are the models' (``SQLModel.metadata``), whatever table object the caller
holds. Format 1 (the driver's raw values) is what Kuzet wrote before; a database keeps the
id of its first format-2 entry in ``audit_chain.canonical_from`` (migration 8100), so
``kuzet verify`` checks older entries in format 1 and an old SQLite chain still verifies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, Table, text
from sqlalchemy.engine import Connection

FORMAT_RAW = 1
FORMAT_CANONICAL = 2
NOT_YET = 1 << 62  # canonical_from before migration 8100 ran: every entry is format 1

Canon = Callable[[Any], Any]


def _datetime(value: Any) -> Any:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime):
        if value.utcoffset() is not None:
            value = value.astimezone(dt.UTC)
        return value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return _other(value)


def _date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return _other(value)


def _boolean(value: Any) -> Any:
    if isinstance(value, bool | int):
        return bool(value)
    return _other(value)


def _integer(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    return value if isinstance(value, int) else _other(value)


def _other(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")
    return value


def _canon_for(kind: Any) -> Canon:
    impl = getattr(kind, "impl_instance", kind)  # a TypeDecorator stores through its impl
    if isinstance(impl, DateTime):
        return _datetime
    if isinstance(impl, Date):
        return _date
    if isinstance(impl, Boolean):
        return _boolean
    if isinstance(impl, Integer):
        return _integer
    return _other


def _model_table(table: Table | str) -> Table | None:
    from sqlmodel import SQLModel

    name = table if isinstance(table, str) else table.name
    return SQLModel.metadata.tables.get(name)


def converters(table: Table | str, names: Sequence[str]) -> list[Canon]:
    """One canonicaliser per column ``names`` of ``table``, by the model's column type
    (else the given table's, else the value's own type)."""
    model = _model_table(table)
    given = table if isinstance(table, Table) else None
    found: list[Canon] = []
    for name in names:
        column = None
        if model is not None and name in model.columns:
            column = model.columns[name]
        elif given is not None and name in given.columns:
            column = given.columns[name]
        found.append(_canon_for(column.type) if column is not None else _other)
    return found


def canonical_row(
    names: Sequence[str], values: Sequence[Any], convert: Sequence[Canon]
) -> dict[str, Any]:
    """A stored row as a mapping of canonical values (the state's content)."""
    return {
        name: (None if value is None else f(value))
        for name, value, f in zip(names, values, convert, strict=True)
    }


def canonical_values(values: Sequence[Any], convert: Sequence[Canon]) -> list[Any]:
    return [None if v is None else f(v) for v, f in zip(values, convert, strict=True)]


def row_canonicaliser(table: Table | str, names: Sequence[str]) -> Callable[[Sequence[Any]], list]:
    convert = converters(table, names)
    return lambda values: canonical_values(values, convert)


def canonical_from(conn: Connection) -> int:
    """The id of the trail's first format-2 entry (``NOT_YET`` before migration 8100)."""
    cached = conn.info.get("kuzet_canonical_from")
    if cached is not None:
        return int(cached)
    if not _has_chain_table(conn):
        return NOT_YET  # an old database being upgraded: not cached, the table may come
    value = conn.execute(text("SELECT canonical_from FROM audit_chain WHERE id = 1")).scalar()
    if value is None:
        return NOT_YET
    conn.info["kuzet_canonical_from"] = int(value)
    return int(value)


def _has_chain_table(conn: Connection) -> bool:
    if conn.dialect.name == "sqlite":
        sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_chain'"
    else:
        sql = (
            "SELECT 1 FROM pg_tables WHERE schemaname = current_schema()"
            " AND tablename = 'audit_chain'"
        )
    return conn.exec_driver_sql(sql).first() is not None


def format_of(entry_id: int, first_canonical: int) -> int:
    return FORMAT_CANONICAL if entry_id >= first_canonical else FORMAT_RAW


def legacy_sqlite_value(value: Any, convert: Canon) -> Any:
    """A format-2 value back in format 1 as SQLite stored it (for a format-1 bulk batch
    whose row's first own entry recorded it in format 2)."""
    if value is None:
        return None
    if convert is _datetime and isinstance(value, str) and value.endswith("Z"):
        return value[:-1].replace("T", " ")
    if convert is _boolean and isinstance(value, bool):
        return int(value)
    return value


def legacy_row(names: Sequence[str], recorded: Mapping[str, Any], table: Table | str) -> list:
    convert = converters(table, names)
    return [legacy_sqlite_value(recorded.get(n), f) for n, f in zip(names, convert, strict=True)]
