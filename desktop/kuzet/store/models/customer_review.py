"""Periodic reviews of customer files."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from .base import RegisterRecord

REVIEW_OUTCOMES = ("confirmed", "updated", "escalated", "exit")


class CustomerReview(RegisterRecord, table=True):
    __tablename__ = "customer_review"

    customer_id: int = Field(foreign_key="customer.id", index=True)
    reviewed_on: dt.date
    reviewer: str
    outcome: str  # confirmed, updated, escalated, exit
    tier: str  # the risk tier after the review
    next_review_on: dt.date | None = None
    notes: str = ""
