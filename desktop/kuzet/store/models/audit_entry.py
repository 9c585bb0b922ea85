"""The audit trail: one row per change, each hash-chained to the one before."""

from __future__ import annotations

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class AuditEntry(SQLModel, table=True):
    __tablename__ = "audit_trail"
    __table_args__ = (Index("ix_audit_trail_record", "register_name", "record_id", "id"),)

    id: int = Field(primary_key=True)
    at: str  # ISO 8601 UTC with microseconds, e.g. 2026-11-25T12:44:14.123456Z
    actor: str
    register_name: str  # the table name of the record
    record_id: int
    action: str  # insert, update, retire, reinstate, migrate
    before: str | None = None  # canonical JSON of the record before, or None
    after: str | None = None  # canonical JSON of the record after
    reason: str | None = None
    prev_hash: str
    hash: str
