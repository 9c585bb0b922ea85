"""The tamper-evident audit trail.

Every insert, update and retirement of a register record (a ``RegisterRecord`` table)
appends one ``AuditEntry``: when (UTC), who, which record, the record's state before and
after as canonical JSON, an optional reason, and ``hash = SHA-256(canonical entry, prev_hash)``
chaining it to the entry before. The states are read back from the database after the
write, exactly as ``kuzet verify`` will read them, so an edit made outside Kuzet (with the
sqlite3 shell, say) shows up as a row that no longer matches its last recorded state.

ORM changes are caught by session hooks (installed by ``install_hooks``), so no register
can forget the trail; bulk imports that bypass the ORM call ``audit_rows``.
Hard deletes of register records are refused.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from .canonical import NOT_YET, canonical_from, canonical_row, converters
from .models import AuditEntry, RegisterRecord

GENESIS_HASH = "0" * 64
_CHUNK = 500

_actor: contextvars.ContextVar[str | None] = contextvars.ContextVar("kuzet_actor", default=None)


class DeletionRefused(Exception):
    """Register records are retired with a reason, never deleted."""


class NotSignedIn(Exception):
    """A write with no officer signed in: who acted must be known, and it is never taken
    from the computer's user name or the environment."""

    def __init__(self) -> None:
        super().__init__(
            "No officer is signed in: sign in (the window asks at start; commands take "
            "--officer LOGIN or KUZET_OFFICER)."
        )


_signed_in: str | None = None  # the process's signed-in officer (registers/system/signin.py)


def current_actor() -> str:
    """Who is making changes: the signed-in officer (``acting_as`` may name another for
    a block, as the demo does). Raises ``NotSignedIn`` when nobody is signed in."""
    actor = _actor.get() or _signed_in
    if not actor:
        raise NotSignedIn()
    return actor


@contextlib.contextmanager
def acting_as(actor: str) -> Iterator[None]:
    token = _actor.set(actor)
    try:
        yield
    finally:
        _actor.reset(token)


def set_actor(actor: str | None) -> None:
    """The signed-in officer's name in the trail, for the whole process (every thread:
    the window's workers write as the officer too); None signs out."""
    global _signed_in
    _signed_in = actor


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str | float):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return str(value)


_ENCODER = json.JSONEncoder(
    ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=_jsonable
)


def canonical(data: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, UTF-8 text; non-JSON values through
    ``_jsonable`` (dates as ISO text, decimals as plain text, bytes as hex)."""
    return _ENCODER.encode(data)


def state_of(row: Any) -> str:
    """Canonical JSON of a mapping of column name to value, the values as they are
    (format 1 for a raw row; ``canonical.py`` puts the values in format 2 first)."""
    return _ENCODER.encode(dict(row))


def entry_hash(
    entry_id: int,
    at: str,
    actor: str,
    register: str,
    record_id: int,
    action: str,
    before: str | None,
    after: str | None,
    reason: str | None,
    prev_hash: str,
) -> str:
    payload = canonical(
        [entry_id, at, actor, register, record_id, action, before, after, reason, prev_hash]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Change:
    register: str
    record_id: int
    action: str
    before: str | None
    after: str | None
    reason: str | None = None


BULK_INSERT = "bulk-insert"
RECORD_FIRST_ACTIONS = ("insert", "migrate")


def bulk_digest(rows: Iterable[Sequence[Any]]) -> str:
    """SHA-256 of rows inserted in bulk: the canonical JSON array of the rows, in id
    order, each row an array of its column values (str, int or null) in the order the
    trail entry names (``columns``). One C-encoded string per chunk, not one per row."""
    return hashlib.sha256(_ENCODER.encode(list(rows)).encode("utf-8")).hexdigest()


def bulk_change(
    register: str,
    first: int,
    last: int,
    columns: Sequence[str],
    digest: str,
    reason: str | None,
) -> Change:
    """One trail entry for rows ``first``..``last`` (contiguous ids) inserted in bulk.

    Its ``after`` holds the id range, the columns in digest order and ``bulk_digest`` of
    the rows; ``kuzet verify`` recomputes the digest from the stored rows. A later change
    to one of these rows gets an ordinary entry whose ``before`` is the row's state as
    imported."""
    after = canonical(
        {
            "columns": list(columns),
            "count": last - first + 1,
            "digest": digest,
            "first": first,
            "last": last,
        }
    )
    return Change(register, first, BULK_INSERT, None, after, reason)


def chain_head(conn: Connection) -> tuple[int, str]:
    """The trail's last entry: its id and hash (0 and ``GENESIS_HASH`` while it is empty).
    The pack's manifest records it as an anchor (``store.anchor``)."""
    row = conn.execute(text("SELECT id, hash FROM audit_trail ORDER BY id DESC LIMIT 1")).first()
    return (0, GENESIS_HASH) if row is None else (int(row[0]), str(row[1]))


def lock_chain(conn: Connection) -> None:
    """Serialise appends on a server with several writers: the one-row chain head
    (``audit_chain``, migration 8100) locked ``FOR UPDATE`` until the caller's transaction
    ends, so ids run on without gaps or forks. SQLite has one writer at a time already."""
    if conn.dialect.name == "postgresql":  # again in one transaction: a no-op
        conn.execute(text("SELECT id FROM audit_chain WHERE id = 1 FOR UPDATE"))


def append(conn: Connection, changes: Iterable[Change], actor: str | None = None) -> int:
    """Append ``changes`` to the trail inside the caller's transaction; returns the count."""
    actor = actor or current_actor()
    lock_chain(conn)
    last_id, prev = chain_head(conn)
    at = utc_now().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    rows: list[dict[str, Any]] = []
    for change in changes:
        last_id += 1
        digest = entry_hash(
            last_id,
            at,
            actor,
            change.register,
            change.record_id,
            change.action,
            change.before,
            change.after,
            change.reason,
            prev,
        )
        rows.append(
            {
                "id": last_id,
                "at": at,
                "actor": actor,
                "register_name": change.register,
                "record_id": change.record_id,
                "action": change.action,
                "before": change.before,
                "after": change.after,
                "reason": change.reason,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if rows:
        conn.execute(AuditEntry.__table__.insert(), rows)
    return len(rows)


def last_states(conn: Connection, register: str, ids: Sequence[int]) -> dict[int, str | None]:
    """The last recorded state of each record (None when it has no trail yet)."""
    found: dict[int, str | None] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        marks = ",".join(str(int(i)) for i in chunk)
        result = conn.execute(
            text(
                "SELECT record_id, after FROM audit_trail WHERE id IN ("
                " SELECT MAX(id) FROM audit_trail WHERE register_name = :register"
                f" AND action != '{BULK_INSERT}' AND record_id IN ({marks}) GROUP BY record_id)"
            ),
            {"register": register},
        )
        found.update({int(r[0]): r[1] for r in result})
    return found


def current_states(conn: Connection, table: Table, ids: Sequence[int]) -> dict[int, str]:
    """Canonical JSON of the rows ``ids`` of ``table`` as stored in the database now.

    Values are read raw (the driver's own types, no ORM conversion), so the state does
    not depend on how a model maps a column: it is what is on disk, put in one form by
    column type (``store/canonical.py``; the raw values before migration 8100 ran).
    """
    states: dict[int, str] = {}
    canonical = canonical_from(conn) != NOT_YET
    for start in range(0, len(ids), _CHUNK):
        marks = ",".join(str(int(i)) for i in ids[start : start + _CHUNK])
        result = conn.exec_driver_sql(f'SELECT * FROM "{table.name}" WHERE id IN ({marks})')
        names = [d[0] for d in result.cursor.description]
        convert = converters(table, names) if canonical else None
        for values in result:
            if convert is None:
                row = dict(zip(names, values, strict=True))
            else:
                row = canonical_row(names, values, convert)
            states[int(row["id"])] = state_of(row)
    return states


def _action_for(before: str | None, after: str) -> str:
    if before is None:
        return "insert"
    was = json.loads(before).get("retired_at")
    now = json.loads(after).get("retired_at")
    if was is None and now is not None:
        return "retire"
    if was is not None and now is None:
        return "reinstate"
    return "update"


def audit_rows(
    conn: Connection,
    table: Table,
    ids: Sequence[int],
    reason: str | None = None,
    action: str | None = None,
    known_before: dict[int, str] | None = None,
) -> int:
    """Record the current state of rows written without the ORM (bulk imports, migrations).

    Unchanged rows are skipped. ``action`` forces the action name (e.g. "migrate").
    ``known_before`` gives the state before the write, read by the caller before it
    wrote (the last recorded state, or the stored state of a row inserted in bulk); the
    trail is read only for the other rows.
    """
    known = known_before or {}
    after = current_states(conn, table, ids)
    unknown = [i for i in ids if int(i) not in known]
    before = last_states(conn, table.name, unknown) if unknown else {}
    before.update(known)
    changes = []
    for record_id in ids:
        new_state = after.get(int(record_id))
        if new_state is None:
            continue
        old_state = before.get(int(record_id))
        if old_state == new_state:
            continue
        changes.append(
            Change(
                table.name,
                int(record_id),
                action or _action_for(old_state, new_state),
                old_state,
                new_state,
                _reason_for(old_state, new_state, reason),
            )
        )
    return append(conn, changes)


def _reason_for(before: str | None, after: str, given: str | None) -> str | None:
    if given:
        return given
    if before is not None and _action_for(before, after) == "retire":
        return json.loads(after).get("retired_reason")
    return None


# --- session hooks -------------------------------------------------------------------


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    now = utc_now()
    session.info.pop("audit_pre_states", None)  # left by a flush that failed
    for obj in session.deleted:
        if isinstance(obj, RegisterRecord):
            raise DeletionRefused(
                f"{type(obj).__tablename__} #{obj.id} cannot be deleted: retire it with a reason"
            )
    for obj in session.new:
        if isinstance(obj, RegisterRecord):
            obj.created_at = obj.created_at or now
            obj.updated_at = now
    dirty: dict[Table, list[int]] = {}
    for obj in session.dirty:
        if isinstance(obj, RegisterRecord) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            if obj.id is not None:
                dirty.setdefault(type(obj).__table__, []).append(int(obj.id))
    if dirty:
        _remember_bulk_states(session, dirty)


def _remember_bulk_states(session: Session, dirty: dict[Table, list[int]]) -> None:
    """Before an update is written: each row's state before it, which becomes its entry's
    ``before``: the last recorded state, or for a row with no entry of its own (inserted
    in bulk) the stored state. ``_after_flush`` then does not read the trail again."""
    conn = session.connection()
    pre: dict[tuple[str, int], str] = session.info.setdefault("audit_pre_states", {})
    for table, ids in dirty.items():
        recorded = last_states(conn, table.name, ids)
        for record_id, state in recorded.items():
            if state is not None:
                pre.setdefault((table.name, record_id), state)
        unrecorded = [i for i in ids if i not in recorded]
        if unrecorded:
            for record_id, state in current_states(conn, table, unrecorded).items():
                pre.setdefault((table.name, record_id), state)


def _after_flush(session: Session, _context: Any) -> None:
    touched: dict[Table, list[int]] = {}
    for obj in [*session.new, *session.dirty]:
        if isinstance(obj, RegisterRecord) and obj.id is not None:
            touched.setdefault(type(obj).__table__, []).append(int(obj.id))
    if not touched:
        return
    conn = session.connection()
    reason = session.info.get("audit_reason")
    pre = session.info.pop("audit_pre_states", {})
    for table, ids in touched.items():
        known = {i: state for (name, i), state in pre.items() if name == table.name}
        audit_rows(conn, table, sorted(set(ids)), reason=reason, known_before=known)


_installed = False


def install_hooks() -> None:
    """Attach the audit hooks to every ORM session (idempotent)."""
    global _installed
    if _installed:
        return
    event.listen(Session, "before_flush", _before_flush)
    event.listen(Session, "after_flush", _after_flush)
    _installed = True


@contextlib.contextmanager
def reason_for_changes(session: Session, reason: str) -> Iterator[None]:
    """Attach ``reason`` to every trail entry written by flushes inside the block."""
    session.info["audit_reason"] = reason
    try:
        yield
    finally:
        session.info.pop("audit_reason", None)
