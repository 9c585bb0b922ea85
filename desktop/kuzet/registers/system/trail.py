"""The audit trail as a list: filter by register, record and date; newest first."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import false, select
from sqlmodel import Session

from ...i18n import tr
from ...store.audit import BULK_INSERT
from ...store.models import AuditEntry
from ..listing import Column, Filter, ListQuery, RecordListing


def changed_fields(before: str | None, after: str | None) -> list[tuple[str, Any, Any]]:
    """(field, old, new) for each field that differs, ignoring the updated_at stamp."""
    old = json.loads(before) if before else {}
    new = json.loads(after) if after else {}
    return [
        (key, old.get(key), new.get(key))
        for key in sorted(set(old) | set(new))
        if old.get(key) != new.get(key) and key != "updated_at"
    ]


def summarize(entry: AuditEntry) -> str:
    if entry.action == "insert":
        return tr("created")
    if entry.action == BULK_INSERT and entry.after:
        batch = json.loads(entry.after)
        return tr("{count} rows created in bulk (#{first}–#{last})").format(**batch)
    parts = [
        f"{k}: {_short(o)} → {_short(n)}" for k, o, n in changed_fields(entry.before, entry.after)
    ]
    return "; ".join(parts) or "no field changed"


def _short(value: Any) -> str:
    text = "—" if value is None or value == "" else str(value)
    return text if len(text) <= 40 else text[:37] + "..."


class TrailListing(RecordListing):
    """Columns: when, who, register, record, action, what changed, reason.

    The trail differs from a register's list in three ways: an entry is never retired
    (the table has no ``retired_at``); with no column chosen it lists newest first; and
    ties break newest first, with no empty-last rule (the order the page and the officers
    have always seen). The search box takes a record number (``where``)."""

    model = AuditEntry
    columns = (
        Column("id", "#", "right"),
        Column("at", "When (UTC)"),
        Column("actor", "Who"),
        Column("register_name", "Register"),
        Column("record_id", "Record", "right"),
        Column("action", "Action"),
        Column("changes", "What changed", sortable=False),
        Column("reason", "Reason"),
    )
    default_sort = ("id", True)
    hides_retired = False
    empty_last = False
    tie_break = "desc"
    default_fixed = True

    def filters(self, session: Session) -> list[Filter]:
        names = session.execute(
            select(AuditEntry.register_name).distinct().order_by(AuditEntry.register_name)
        ).scalars()
        return [Filter("register", "Register", (("", "All registers"), *((n, n) for n in names)))]

    def where(self, query: ListQuery) -> list[Any]:
        """Register, record (the filter, else a number in the search box) and dates."""
        t = self.table
        conditions = []
        register = query.filters.get("register")
        if register:
            conditions.append(t.register_name == register)
        record = query.filters.get("record") or query.search.strip().lstrip("#")
        if record:
            conditions.append(t.record_id == int(record) if record.isdigit() else false())
        if query.filters.get("from"):
            conditions.append(t.at >= dt.date.fromisoformat(query.filters["from"]).isoformat())
        if query.filters.get("to"):
            day_after = dt.date.fromisoformat(query.filters["to"]) + dt.timedelta(days=1)
            conditions.append(t.at < day_after.isoformat())
        return conditions

    def row(self, e: AuditEntry) -> tuple[Any, ...]:
        return (
            e.id,
            e.at.replace("T", " ")[:19],
            e.actor,
            e.register_name,
            e.record_id,
            e.action,
            summarize(e),
            e.reason or "",
        )

    def history(self, session: Session, register: str, record_id: int) -> list[AuditEntry]:
        """Every entry of one record, oldest first (the History tab of a record), with the
        bulk-insert entry that created it, if it came in bulk."""
        stmt = (
            select(AuditEntry)
            .where(AuditEntry.register_name == register, AuditEntry.record_id == record_id)
            .where(AuditEntry.action != BULK_INSERT)
            .order_by(AuditEntry.id)
        )
        own = list(session.execute(stmt).scalars())
        bulk = session.execute(
            select(AuditEntry)
            .where(
                AuditEntry.register_name == register,
                AuditEntry.action == BULK_INSERT,
                AuditEntry.record_id <= record_id,
            )
            .order_by(AuditEntry.record_id.desc())
            .limit(1)
        ).scalar_one_or_none()
        if bulk is not None and bulk.after and json.loads(bulk.after)["last"] >= record_id:
            own.insert(0, bulk)
        return own
