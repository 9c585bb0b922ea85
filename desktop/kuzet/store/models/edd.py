"""Enhanced due diligence of one customer (high risk or PEP)."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from .base import RegisterRecord


class EddRecord(RegisterRecord, table=True):
    __tablename__ = "customer_edd"

    customer_id: int = Field(foreign_key="customer.id", unique=True)
    source_of_wealth: str = ""
    wealth_verified: bool = False
    wealth_evidence: str = ""  # what was seen; documents of category source_of_wealth count
    funds_verified: bool = False
    funds_evidence: str = ""
    approved_by: str = ""  # senior management approval: who
    approved_on: dt.date | None = None  # ... and when
    enhanced_monitoring: bool = False
    complete: bool = Field(default=False, index=True)  # kept by the register
    notes: str = ""
