"""Monitoring alerts and the reports to the Financial Monitoring Agency (FIU): suspicious
transaction reports (STRs, the case an alert is escalated to) and threshold reports."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlmodel import Field

from ..types import DecimalText
from .base import RegisterRecord

ALERT_STATUSES = ("open", "explained", "escalated")
STR_DECISIONS = ("", "suspicious", "not_suspicious")  # "" = not decided yet
STR_STATUSES = ("open", "to_report", "reported", "closed")
TTR_STATUSES = ("to_report", "reported")
# What an STR reports: operations (transactions), or a client's activity without one
# (IP addresses, devices, behaviour), which the FIU's rules cover from 1 Apr 2026.
STR_SUBJECTS = ("operation", "activity")


class Alert(RegisterRecord, table=True):
    """A monitoring rule's hit: the rule, the customer, the transactions and why."""

    __tablename__ = "alert"

    rule: str = Field(index=True)  # a key of kuzet.regime.monitoring.RULES
    customer_id: int = Field(foreign_key="customer.id", index=True)
    transaction_ids: str  # comma-separated transaction ids
    anchor: str  # identifies the hit within its rule and customer
    dedupe_key: str = Field(unique=True)  # rule:customer:anchor
    reason: str
    pattern_on: dt.date  # the day of the last transaction in the pattern
    detected_on: dt.date = Field(index=True)  # the day the rules found it
    status: str = Field(default="open", index=True)  # open, explained, escalated
    decided_by: str = ""
    decided_at: dt.datetime | None = None
    note: str = ""
    report_id: int | None = Field(
        default=None, foreign_key="suspicious_transaction_report.id", index=True
    )
    search_text: str = ""


class SuspiciousTransactionReport(RegisterRecord, table=True):
    """A case opened from one or more alerts, and the STR filed with the FIU."""

    __tablename__ = "suspicious_transaction_report"

    customer_id: int = Field(foreign_key="customer.id", index=True)
    alert_ids: str = ""  # comma-separated
    transaction_ids: str = ""  # comma-separated
    detected_on: dt.date  # when the suspicion arose (the first alert's day)
    subject: str = Field(default="operation", index=True)  # operation or activity
    activity: str = ""  # the suspicious activity described (IP addresses, devices, behaviour)
    facts: str = ""  # the case facts, as the officer writes them
    decision: str = Field(default="", index=True)  # "", suspicious, not_suspicious
    decided_by: str = ""
    decided_on: dt.date | None = None
    deadline: dt.date | None = Field(default=None, index=True)
    reported_on: dt.date | None = None
    fiu_reference: str = ""
    status: str = Field(default="open", index=True)  # open, to_report, reported, closed
    notes: str = ""
    search_text: str = ""


class ThresholdReport(RegisterRecord, table=True):
    """A threshold transaction to report to the FIU by the business day after it."""

    __tablename__ = "threshold_report"

    transaction_id: int = Field(foreign_key="transaction.id", unique=True)
    customer_id: int = Field(foreign_key="customer.id", index=True)
    transaction_on: dt.date = Field(index=True)
    value_kzt: Decimal = Field(sa_type=DecimalText)
    threshold_kzt: Decimal = Field(sa_type=DecimalText)
    kind: str = ""  # the catalogue row (monitoring.threshold_reports); "" before it existed
    deadline: dt.date = Field(index=True)
    reported_on: dt.date | None = None
    fiu_reference: str = ""
    status: str = Field(default="to_report", index=True)  # to_report, reported
    notes: str = ""


FREEZE_TRIGGERS = ("freeze", "transaction")
FREEZE_NOTIFICATION_STATUSES = ("to_report", "reported")


class FreezeNotification(RegisterRecord, table=True):
    """A notice to the FIU that a customer's assets were frozen (trigger ``freeze``), or
    that a frozen customer tried an operation (trigger ``transaction``), due in business
    days (rule ``monitoring.freeze_notification.deadline_business_days``)."""

    __tablename__ = "freeze_notification"

    customer_id: int = Field(foreign_key="customer.id", index=True)
    hit_id: int | None = Field(default=None, foreign_key="screening_hit.id", index=True)
    trigger: str = Field(index=True)  # freeze or transaction
    transaction_ids: str = ""  # comma-separated (trigger transaction)
    frozen_on: dt.date  # the day the customer was frozen
    deadline: dt.date = Field(index=True)  # due on
    status: str = Field(default="to_report", index=True)  # to_report, reported
    fiu_reference: str = ""
    reported_on: dt.date | None = None
    notes: str = ""
