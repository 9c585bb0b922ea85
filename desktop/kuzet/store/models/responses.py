"""Management responses: what management answers to a finding of the audit pack (the
finding as it read, the response, who owns it, when it is due and where it stands)."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from .base import RegisterRecord

RESPONSE_STATUSES = ("open", "in_progress", "done", "accepted_risk")


class ManagementResponse(RegisterRecord, table=True):
    __tablename__ = "management_response"

    # "<kind>:<record>", e.g. "licence_inactive_activity:licence/3:2026-07-01": the same
    # finding has the same key in every pack, so a response follows it from pack to pack
    finding_key: str = Field(index=True)
    finding_text: str = ""  # the finding as it read when the response was written
    severity: str = Field(default="", index=True)  # critical, high, medium or info
    response: str = ""
    owner_staff_id: int = Field(foreign_key="staff_member.id", index=True)
    due_on: dt.date | None = Field(default=None, index=True)
    status: str = Field(default="open", index=True)  # RESPONSE_STATUSES
    closed_on: dt.date | None = Field(default=None)
    notes: str = ""
    search_text: str = ""
