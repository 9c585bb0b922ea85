"""Bulk inserts of new register rows with their audit-trail entries, fast enough for a
1,000,000-row import, in the caller's transaction.

The ORM path (session hooks, then ``store.audit.audit_rows``) reads every row back and
writes one trail entry per row. Here the rows are new and their values are known, so each
row's state is built from the very values inserted, in exactly the canonical JSON
``kuzet verify`` makes from the stored row (``store.audit.state_of``), and each chunk of
rows gets ONE trail entry (``store.audit.bulk_change``): its id range and the SHA-256 of
its rows' states. ``kuzet verify`` recomputes that digest from the stored rows, so an edit
or deletion outside Kuzet is still found (named by its chunk of rows); a later edit of one
row through Kuzet gets an ordinary entry. A per-row entry four times the size of a sale
row was half the cost of a million-row import. ``tests/unit/test_sales_import.py`` checks
the states against ``state_of``.

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

from ..store.audit import append, bulk_change, current_actor, utc_now
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
        self.written = 0

    def state(self, record_id: int, values: Sequence[Any]) -> str:
        """Canonical JSON of the new row ``record_id`` holding ``values``."""
        return self.template.format(record_id, *[encode(v) for v in values])

    def add(self, rows: Sequence[Sequence[Any]]) -> list[int]:
        """Insert ``rows`` (the table's own columns) and one bulk trail entry; return ids."""
        state_of, encoders, width = self.template.format, _ENCODE, self.width
        first = record_id = self.next_id
        digest = hashlib.sha256()
        try:
            for values in rows:
                if len(values) != width:
                    raise ValueError(f"expected {width} values, got {len(values)}")
                state = state_of(record_id, *[encoders[v.__class__](v) for v in values])
                digest.update(state.encode())
                digest.update(b"\n")
                record_id += 1
        except KeyError as exc:
            raise TypeError(
                f"bulk rows hold str, int or None, not {exc.args[0].__name__}"
            ) from None
        if record_id > first:
            self.conn.exec_driver_sql(self.insert_rows, list(rows))
            last = self.conn.execute(text(f'SELECT MAX(id) FROM "{self.table.name}"')).scalar()
            if last != record_id - 1:  # another writer, or ids not handed out in order
                raise RuntimeError(
                    f"{self.table.name}: rows got ids up to {last}, expected {record_id - 1}"
                )
            change = bulk_change(
                str(self.table.name), first, record_id - 1, digest.hexdigest(), self.reason
            )
            append(self.conn, [change], self.actor)
        self.next_id = record_id
        self.written += record_id - first
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
