"""Firm-wide settings and officer overrides of rule-pack values (both audited)."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from .base import RegisterRecord


class Setting(RegisterRecord, table=True):
    __tablename__ = "setting"

    key: str = Field(unique=True)
    value: str  # JSON


class RuleOverride(RegisterRecord, table=True):
    __tablename__ = "rule_override"

    rule_key: str = Field(index=True)
    value: str  # JSON, checked against the rule's type
    valid_from: dt.date
    valid_to: dt.date | None = None
    reason: str
