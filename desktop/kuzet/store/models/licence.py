"""Licences, registrations and permits the firm holds."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, text
from sqlmodel import Field

from .base import RegisterRecord

LICENCE_STATUSES = ("active", "suspended", "revoked")


class Licence(RegisterRecord, table=True):
    __tablename__ = "licence"
    # One active licence per type and number, held by the database (migration 8200).
    __table_args__ = (
        Index(
            "ux_licence_active_number",
            "licence_type",
            "number",
            unique=True,
            sqlite_where=text("retired_at IS NULL"),
            postgresql_where=text("retired_at IS NULL"),
        ),
    )

    licence_type: str = Field(index=True)  # a key of rule "licence.types"
    number: str = Field(index=True)
    issuer: str
    issued_on: dt.date
    expires_on: dt.date | None = Field(default=None, index=True)
    conditions: str = ""
    status: str = Field(default="active", index=True)  # active, suspended, revoked
    suspended_from: dt.date | None = None
    suspended_to: dt.date | None = None
    notes: str = ""
