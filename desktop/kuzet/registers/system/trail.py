"""The audit trail as a list: filter by register, record and date; newest first."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import false, func, select
from sqlmodel import Session

from ...i18n import tr
from ...store.audit import BULK_INSERT
from ...store.models import AuditEntry
from ..listing import Column, Filter, ListQuery, RecordListing, as_record_id
from .trail_labels import (
    FIELD_LABELS,
    REGISTER_LABELS,
    action_label,
    field_label,
    register_label,
)


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
        f"{tr(field_label(k))}: {_short(o)} → {_short(n)}"
        for k, o, n in changed_fields(entry.before, entry.after)
    ]
    return "; ".join(parts) or tr("no field changed")


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
    _raw: dict[str, str] | None = None

    def sort_columns(self) -> Mapping[str, Any]:
        """As the columns, a missing reason as an empty one (SQLite sorts NULL first,
        PostgreSQL last: the same order on both)."""
        return {**super().sort_columns(), "reason": func.coalesce(self.table.reason, "")}

    def filters(self, session: Session) -> list[Filter]:
        names = session.execute(
            select(AuditEntry.register_name).distinct().order_by(AuditEntry.register_name)
        ).scalars()
        choices = (("", "All registers"), *((n, register_label(n)) for n in names))
        return [Filter("register", "Register", choices)]

    def where(self, query: ListQuery) -> list[Any]:
        """Register, record (the filter, else a number in the search box) and dates."""
        t = self.table
        conditions = []
        register = query.filters.get("register")
        if register:
            conditions.append(t.register_name == register)
        record = query.filters.get("record") or query.search.strip().lstrip("#")
        if record:
            number = as_record_id(record)
            conditions.append(t.record_id == number if number is not None else false())
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
            tr(register_label(e.register_name)),
            e.record_id,
            tr(action_label(e.action)),
            summarize(e),
            e.reason or "",
        )

    def tooltip(self, values: tuple[Any, ...], column: int) -> str | None:
        """The raw names behind the labels of a row (the register's table, the fields'
        columns), for whoever reads the database or ``kuzet verify`` beside the window."""
        key = self.columns[column].key
        if key == "register_name":
            return self._raw_names().get(values[column])
        if key == "changes":
            raw = self._raw_names()
            names = [raw.get(part.split(": ")[0]) for part in str(values[column]).split("; ")]
            return ", ".join(n for n in names if n) or None
        return None

    def _raw_names(self) -> dict[str, str]:
        """Shown label → raw name, for the registers and the fields (translated once)."""
        if self._raw is None:
            self._raw = {tr(label): name for name, label in FIELD_LABELS.items()}
            self._raw |= {tr(label): name for name, label in REGISTER_LABELS.items()}
        return self._raw

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
