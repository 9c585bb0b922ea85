"""Independent audits of the AML systems, their findings and the remediation actions."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field

from .base import RegisterRecord

AUDIT_KINDS = ("internal", "external")
SEVERITIES = ("high", "medium", "low")


class AuditEngagement(RegisterRecord, table=True):
    __tablename__ = "audit_engagement"

    kind: str = Field(index=True)  # internal or external
    auditor: str
    period_from: dt.date
    period_to: dt.date
    audit_date: dt.date = Field(index=True)  # the date of the audit report
    scope: str = ""
    conclusion: str = ""
    report_ref: str = ""
    notes: str = ""
    search_text: str = ""


class AuditFinding(RegisterRecord, table=True):
    __tablename__ = "audit_finding"

    engagement_id: int = Field(foreign_key="audit_engagement.id", index=True)
    reference: str = ""  # the auditor's number, e.g. "F-3"
    title: str
    severity: str = Field(index=True)  # high, medium, low
    description: str = ""
    closed_on: dt.date | None = Field(default=None, index=True)
    search_text: str = ""


class RemediationAction(RegisterRecord, table=True):
    __tablename__ = "remediation_action"

    finding_id: int = Field(foreign_key="audit_finding.id", index=True)
    description: str
    owner: str = Field(index=True)
    due_on: dt.date = Field(index=True)
    completed_on: dt.date | None = Field(default=None, index=True)
    evidence: str = ""
    search_text: str = ""
