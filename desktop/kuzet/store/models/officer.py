"""Officers (who may sign in, and in which role) and four-eyes approval requests.

An officer is a member of the staff register with a login and a role
(``registers/system/permissions.py``). Disabling an officer retires the row. The password
hash sits in its own table (``OfficerPassword``) so that the trail, which records every
officer row, never carries it; a password change is audited through ``password_set_at``.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel

from .base import RegisterRecord

APPROVAL_STATES = ("pending", "approved", "rejected", "withdrawn")


class Officer(RegisterRecord, table=True):
    __tablename__ = "officer"

    staff_id: int = Field(foreign_key="staff_member.id", index=True)
    login: str = Field(index=True)  # unique among active officers (checked on save)
    role: str = Field(index=True)  # mlro, deputy, analyst, auditor, admin
    password_set_at: dt.datetime | None = None  # None: no password yet


class OfficerPassword(SQLModel, table=True):
    """The scrypt hash of an officer's password (``registers/system/passwords.py``)."""

    __tablename__ = "officer_password"

    officer_id: int = Field(foreign_key="officer.id", primary_key=True)
    hash: str


class ApprovalRequest(RegisterRecord, table=True):
    """A change one officer proposed that a second officer must approve (four-eyes)."""

    __tablename__ = "approval_request"

    kind: str = Field(index=True)  # registers/system/four_eyes.py: KINDS
    target: str = ""  # what it changes, e.g. "screening_hit:12"
    proposal: str  # the proposed change as JSON
    maker: str = Field(index=True)  # the proposing officer's login
    reason: str = ""
    state: str = Field(default="pending", index=True)  # APPROVAL_STATES
    checker: str = ""  # who approved or rejected (the maker, when withdrawn)
    decided_at: dt.datetime | None = None
    checker_reason: str = ""
