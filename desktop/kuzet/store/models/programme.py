"""The business risk assessment (versions) and the annual AML Returns filed.

(Customer risk assessments live in ``risk_assessment.py``; this is the firm's own.)
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from .base import RegisterRecord

RISK_RATINGS = ("low", "medium", "high")


class BusinessRiskAssessment(RegisterRecord, table=True):
    __tablename__ = "business_risk_assessment"

    version: str = Field(index=True)
    assessed_on: dt.date = Field(index=True)
    author: str
    approved_by: str = ""
    approved_on: dt.date | None = None
    next_review_on: dt.date = Field(index=True)
    overall_rating: str = "medium"  # low, medium, high
    summary: str = ""
    document_ref: str = ""
    search_text: str = ""


class AmlReturn(RegisterRecord, table=True):
    """An annual AML Return for the financial year ending ``year_end``: when it is due and
    when (and under what reference) it was filed."""

    __tablename__ = "aml_return"

    year_end: dt.date = Field(index=True)
    due_on: dt.date
    filed_on: dt.date | None = None
    reference: str = ""
    notes: str = ""
