"""The trail's chain head: one row, locked by every append on PostgreSQL, holding the id
of the first entry in canonical form (migration 8200, ``store/canonical.py``)."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class AuditChain(SQLModel, table=True):
    __tablename__ = "audit_chain"

    id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    canonical_from: int
