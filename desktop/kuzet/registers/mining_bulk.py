"""Bulk inserts of new register rows with their audit-trail entries, fast enough for a
1,000,000-row import, in the caller's transaction.

The ORM path (session hooks, then ``store.audit.audit_rows``) reads every row back to
record its state. Here the rows are new and their values are known, so each row's state is
built from the very values inserted, in exactly the canonical JSON ``kuzet verify`` makes
from the stored row (``store.audit.state_of``), and each trail entry is hashed exactly as
``store.audit.entry_hash`` does: one "insert" entry per row, chained, so ``verify`` checks
these rows like any other. ``tests/unit/test_sales_import.py`` holds the two constructions
side by side.

Values must be what the database stores and gives back unchanged: ``str``, ``int`` or
``None`` (dates as ISO text, decimals as ``format(d, "f")``, booleans as 0/1). Anything
else (a float, a bool, a date object) raises ``TypeError`` before anything is written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from json.encoder import encode_basestring
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.engine import Connection

from ..store.audit import GENESIS_HASH, current_actor, utc_now
from ..store.db import enlarge_page_cache

RECORD_COLUMNS = ("id", "created_at", "updated_at", "retired_at", "retired_reason")


def _null(_value: None) -> str:
    return "null"


_ENCODE = {str: encode_basestring, int: int.__repr__, type(None): _null}


def encode(value: Any) -> str:
    """One value as canonical JSON (``json.dumps(..., ensure_ascii=False)``)."""
    try:
        return _ENCODE[type(value)](value)
    except KeyError:
        raise TypeError(f"bulk rows hold str, int or None, not {type(value).__name__}") from None


class BulkWriter:
    """Appends new rows to ``table`` and one chained trail entry per row.

    ``columns`` are the table's own columns (everything but ``RECORD_COLUMNS``), in the
    order of the tuples given to ``add``. Ids follow the table's highest id.
    """

    def __init__(
        self, conn: Connection, table: Table, columns: Sequence[str], reason: str | None = None
    ) -> None:
        names = (*RECORD_COLUMNS, *columns)
        missing = {c.name for c in table.columns} ^ set(names)
        if missing:
            raise ValueError(f"{table.name}: columns do not match the table: {sorted(missing)}")
        self.conn = conn
        self.table = table
        enlarge_page_cache(conn)
        self.width = len(columns)
        now = utc_now()
        self.stamp = now.strftime("%Y-%m-%d %H:%M:%S.%f")  # how SQLAlchemy stores DateTime
        self.at = now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")  # how the trail writes its time
        self.actor = current_actor()
        self.reason = reason
        # What is the same for every row is written into the statements as literals, so
        # each row binds only its own values; the id is the next rowid (checked after).
        quoted = ", ".join(f'"{n}"' for n in columns)
        stamp = _literal(self.stamp)
        self.insert_rows = (
            f'INSERT INTO "{table.name}" (created_at, updated_at, {quoted}) '
            f"VALUES ({stamp}, {stamp}, {_placeholders(conn, len(columns))})"
        )
        marks = _placeholders(conn, 5).split(", ")
        self.insert_trail = (
            "INSERT INTO audit_trail (id, at, actor, register_name, record_id, action, before,"
            f" after, reason, prev_hash, hash) VALUES ({marks[0]}, {_literal(self.at)},"
            f" {_literal(self.actor)}, {_literal(str(table.name))}, {marks[1]}, 'insert', NULL,"
            f" {marks[2]}, {_literal(reason)}, {marks[3]}, {marks[4]})"
        )
        # The row's state as a str.format template over (id, *encoded values), keys sorted
        # as canonical JSON sorts them; the record columns other than the id are constants.
        constants = {
            "created_at": encode(self.stamp),
            "updated_at": encode(self.stamp),
            "retired_at": "null",
            "retired_reason": "null",
        }
        fields = []
        for name in sorted(names):
            if name == "id":
                value = "{0}"
            elif name in constants:
                value = constants[name].replace("{", "{{").replace("}", "}}")
            else:
                value = "{" + str(columns.index(name) + 1) + "}"
            fields.append(f"{encode(name)}:{value}")
        self.template = "{{" + ",".join(fields) + "}}"
        self.next_id = (
            int(conn.execute(text(f'SELECT COALESCE(MAX(id), 0) FROM "{table.name}"')).scalar_one())
            + 1
        )
        head = conn.execute(
            text("SELECT id, hash FROM audit_trail ORDER BY id DESC LIMIT 1")
        ).first()
        self.entry_id, self.prev = (0, GENESIS_HASH) if head is None else (int(head[0]), head[1])
        self._entry_prefix = (
            f",{encode(self.at)},{encode(self.actor)},{encode(str(table.name))},"  # after the id
        )
        self._entry_suffix = f",{encode(reason)},"  # between the state and prev_hash
        self.written = 0

    def state(self, record_id: int, values: Sequence[Any]) -> str:
        """Canonical JSON of the new row ``record_id`` holding ``values``."""
        return self.template.format(record_id, *[encode(v) for v in values])

    def add(self, rows: Sequence[Sequence[Any]]) -> list[int]:
        """Insert ``rows`` (the table's own columns) and their trail entries; return ids."""
        entries: list[tuple[Any, ...]] = []
        prefix, suffix, state_of = self._entry_prefix, self._entry_suffix, self.template.format
        first = record_id = self.next_id
        entry_id, prev = self.entry_id, self.prev
        sha256, quote, encoders, width = hashlib.sha256, encode_basestring, _ENCODE, self.width
        try:
            for values in rows:
                if len(values) != width:
                    raise ValueError(f"expected {width} values, got {len(values)}")
                state = state_of(record_id, *[encoders[v.__class__](v) for v in values])
                entry_id += 1
                entry = (
                    f'[{entry_id}{prefix}{record_id},"insert",null,{quote(state)}{suffix}"{prev}"]'
                )
                digest = sha256(entry.encode()).hexdigest()
                entries.append((entry_id, record_id, state, prev, digest))
                prev = digest
                record_id += 1
        except KeyError as exc:
            raise TypeError(
                f"bulk rows hold str, int or None, not {exc.args[0].__name__}"
            ) from None
        if entries:
            self.conn.exec_driver_sql(self.insert_rows, list(rows))
            last = self.conn.execute(text(f'SELECT MAX(id) FROM "{self.table.name}"')).scalar()
            if last != record_id - 1:  # another writer, or ids not handed out in order
                raise RuntimeError(
                    f"{self.table.name}: rows got ids up to {last}, expected {record_id - 1}"
                )
            self.conn.exec_driver_sql(self.insert_trail, entries)
        self.next_id, self.entry_id, self.prev = record_id, entry_id, prev
        self.written += len(entries)
        return list(range(first, record_id))


def _literal(value: str | None) -> str:
    """A constant as an SQL literal (standard quoting: ' doubled)."""
    return "NULL" if value is None else "'" + value.replace("'", "''") + "'"


def _placeholders(conn: Connection, count: int) -> str:
    style = conn.dialect.paramstyle
    if style == "qmark":
        return ", ".join("?" * count)
    if style in ("format", "pyformat"):
        return ", ".join(["%s"] * count)
    if style == "numeric":
        return ", ".join(f":{i}" for i in range(1, count + 1))
    raise NotImplementedError(f"bulk insert: paramstyle {style!r}")
