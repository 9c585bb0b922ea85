"""Training: courses, the sessions held, and who attended each (with certificates)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Column
from sqlmodel import Field

from ..types import DecimalText
from .base import RegisterRecord


class Course(RegisterRecord, table=True):
    """A course: the required topic it counts for, the curriculum items it covers."""

    __tablename__ = "course"

    title: str = Field(index=True)
    topic: str = Field(index=True)  # a key of rule "programme.training.topics"
    curriculum: str = "[]"  # JSON list of keys of rule "programme.training.curriculum"
    provider: str = ""
    hours: Decimal = Field(default=Decimal("0"), sa_column=Column(DecimalText, nullable=False))
    notes: str = ""
    search_text: str = ""


class TrainingSession(RegisterRecord, table=True):
    """One delivery of a course on a date."""

    __tablename__ = "training_session"

    course_id: int = Field(foreign_key="course.id", index=True)
    held_on: dt.date = Field(index=True)
    trainer: str = ""
    location: str = ""
    notes: str = ""


class TrainingAttendance(RegisterRecord, table=True):
    """A staff member at a session: completed (attended and passed) or not, and the
    certificate: its number or reference, and the file itself kept encrypted in the
    document vault (``certificate_blob``, with the SHA-256 of the plaintext)."""

    __tablename__ = "training_attendance"

    session_id: int = Field(foreign_key="training_session.id", index=True)
    staff_member_id: int = Field(foreign_key="staff_member.id", index=True)
    completed: bool = True
    score: str = ""
    certificate_ref: str = ""  # the certificate's number, or where the paper copy is
    certificate_file: str = ""  # the original file name of the certificate in the vault
    certificate_sha256: str = ""
    certificate_blob: str | None = None  # vault blob name; None when no file is attached
    certificate_vault_id: str = ""
    notes: str = ""
