"""The staff register: who works for the firm, in which role, and their screening at hiring."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from .base import RegisterRecord

SCREENING_RESULTS = ("clear", "concerns", "pending")


class StaffMember(RegisterRecord, table=True):
    __tablename__ = "staff_member"

    full_name: str = Field(index=True)
    role: str = Field(index=True)  # a key of rule "programme.training.roles"
    job_title: str = ""
    email: str = ""
    start_date: dt.date = Field(index=True)
    end_date: dt.date | None = Field(default=None, index=True)  # left the firm
    screened_on: dt.date | None = None  # employee screening at hiring
    screening_result: str = "pending"  # clear, concerns, pending
    screening_notes: str = ""
    notes: str = ""
    search_text: str = Field(default="", index=True)  # casefolded name, title, email
