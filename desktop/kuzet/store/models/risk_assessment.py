"""Customer risk assessments: each factor's contribution, the score, the tier, overrides."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from .base import RegisterRecord


class RiskAssessment(RegisterRecord, table=True):
    __tablename__ = "risk_assessment"

    customer_id: int = Field(foreign_key="customer.id", index=True)
    assessed_on: dt.date
    score: int
    computed_tier: str
    override_tier: str = ""  # the officer's tier, with a reason
    override_reason: str = ""
    tier: str  # the tier in force: the override if any, else the computed one
    factors: str  # JSON list of {factor, title, value, points}
