"""The FIU reports page's lists: suspicious transaction reports and threshold reports,
with their deadlines, business days left and status (overdue ones highlighted)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, case, literal, or_, select
from sqlmodel import Session

from ...regime.rulepack import RuleBook
from ...regime.severity import MEDIUM, severity_of
from ...store.models.monitoring import (
    FreezeNotification,
    SuspiciousTransactionReport,
    ThresholdReport,
)
from ..listing import Column, Filter, ListQuery
from .customer_listing import CustomerRecordListing, customer_number, customers_by_id
from .fiu_reports import (
    OVERDUE,
    STR,
    TTR,
    business_days_left,
    decision_label,
    ids_of,
    state,
    state_label,
    subject_label,
)
from .freeze import FREEZE, trigger_label

STATE_CHOICES = (
    ("", "Any status"),
    ("pending", "Still to file (open, to report, overdue)"),
    (OVERDUE, "Overdue"),
    ("to_report", "To report"),
    ("open", "Open: decision pending"),
    ("reported", "Reported"),
    ("closed", "Closed: not suspicious"),
)


def shown_state(report: Any, today: dt.date, rules: RuleBook) -> tuple[str, int | None]:
    """The state shown, and the business days left while the report is still to file."""
    shown = state(report, today)
    if shown not in ("to_report", OVERDUE):
        return shown, None
    return shown, business_days_left(report.deadline, today, rules)


def _state_sql(t: Any, today: dt.date) -> Any:
    """The status as shown (``fiu_reports.state``), in SQL."""
    overdue = and_(t.status == "to_report", t.deadline.is_not(None), t.deadline < today)
    return case((overdue, literal(OVERDUE)), else_=t.status)


def _report_columns(number: Column) -> tuple[Column, ...]:
    """The columns both lists start with: the report's number, then these."""
    return (
        number,
        Column("customer", "Customer"),
        Column("state", "Status"),
        Column("deadline", "Deadline", "right"),
        Column("left", "Business days left", "right"),
    )


class _ReportListing(CustomerRecordListing):
    """What both lists share: the rule book and today, the state filter, the order (empty
    deadlines last, the newest report first among equals) and the tone."""

    tie_break = "desc"
    empty_last = True
    overdue_kind = "ttr_overdue"  # the finding an overdue report is (rule findings.severity)

    def __init__(self, rules: RuleBook, today: dt.date) -> None:
        self.rules = rules
        self.today = today

    def filters(self, session: Session) -> list[Filter]:
        return [Filter("state", "Status", STATE_CHOICES)]

    def where(self, query: ListQuery) -> list[Any]:
        wanted = query.filters.get("state", "")
        status = _state_sql(self.table, self.today)
        if wanted == "pending":
            return [or_(status == OVERDUE, self.table.status.in_(("open", "to_report")))]
        return [status == wanted] if wanted else []

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        return super().sort_columns() | {"left": t.deadline, "state": _state_sql(t, self.today)}

    def row(self, r: Any) -> tuple[Any, ...]:
        """The columns of ``_report_columns``, then the list's own (``details``)."""
        shown, left = shown_state(r, self.today, self.rules)
        return (r.id, self.customer(r), state_label(shown), r.deadline, left, *self.details(r))

    def details(self, r: Any) -> tuple[Any, ...]:
        raise NotImplementedError

    def tone(self, values: tuple[Any, ...]) -> str | None:
        shown = values[2]
        if shown == state_label(OVERDUE):
            return severity_of(self.rules, self.overdue_kind, self.today)
        if shown == state_label("to_report"):
            return MEDIUM
        if shown in (state_label("reported"), state_label("closed")):
            return "muted"
        return None


class StrListing(_ReportListing):
    model = SuspiciousTransactionReport
    overdue_kind = "str_overdue"
    columns = (
        *_report_columns(Column("id", "STR", "right")),
        Column("detected_on", "Detected", "right"),
        Column("decision", "Decision"),
        Column("decided_by", "Decided by"),
        Column("decided_on", "Decided", "right"),
        Column("reported_on", "Reported", "right"),
        Column("fiu_reference", "FIU reference"),
        Column("alerts", "Alerts", "right", sortable=False),
        # What the report is about: operations, or a client's activity (from 1 Apr 2026).
        Column("subject", "Reports"),
    )
    default_sort = ("deadline", False)

    def details(self, r: Any) -> tuple[Any, ...]:
        return (
            r.detected_on,
            decision_label(r.decision),
            r.decided_by,
            r.decided_on,
            r.reported_on,
            r.fiu_reference,
            len(ids_of(r.alert_ids)),
            subject_label(r.subject),
        )


class TtrListing(_ReportListing):
    model = ThresholdReport
    own_text = "fiu_reference"
    columns = (
        *_report_columns(Column("id", "TTR", "right")),
        Column("transaction_on", "Transaction", "right"),
        Column("value_kzt", "Value, KZT", "right", sortable=False),
        Column("threshold_kzt", "Threshold, KZT", "right", sortable=False),
        Column("reported_on", "Reported", "right"),
        Column("fiu_reference", "FIU reference"),
    )
    default_sort = ("deadline", True)

    def details(self, r: Any) -> tuple[Any, ...]:
        return (
            r.transaction_on,
            r.value_kzt,
            r.threshold_kzt,
            r.reported_on,
            r.fiu_reference,
        )


class FreezeListing(_ReportListing):
    """Freeze notifications: a frozen customer's freeze, or its operation after it."""

    model = FreezeNotification
    own_text = "fiu_reference"
    overdue_kind = "freeze_notification_due"
    columns = (
        *_report_columns(Column("id", "Freeze", "right")),
        Column("trigger", "Trigger"),
        Column("frozen_on", "Frozen", "right"),
        Column("hit_id", "Hit", "right"),
        Column("transaction_ids", "Transactions", sortable=False),
        Column("reported_on", "Reported", "right"),
        Column("fiu_reference", "FIU reference"),
    )
    default_sort = ("deadline", True)

    def details(self, r: Any) -> tuple[Any, ...]:
        return (
            trigger_label(r.trigger),
            r.frozen_on,
            r.hit_id,
            r.transaction_ids.replace(",", ", "),
            r.reported_on,
            r.fiu_reference,
        )


def all_reports(session: Session, rules: RuleBook, today: dt.date) -> list[dict[str, Any]]:
    """Every active STR, TTR and freeze notification as plain data (for ``kuzet
    reports``), by deadline."""
    found = [
        (kind, report)
        for kind, model in (
            (STR, SuspiciousTransactionReport),
            (TTR, ThresholdReport),
            (FREEZE, FreezeNotification),
        )
        for report in session.execute(select(model).where(model.retired_at.is_(None))).scalars()
    ]
    customers = customers_by_id(session, (report.customer_id for _kind, report in found))
    shown_reports = []
    for kind, report in found:
        customer = customers.get(report.customer_id)
        shown, left = shown_state(report, today, rules)
        shown_reports.append(
            {
                "kind": kind,
                "id": report.id,
                "customer": customer_number(customer, report.customer_id),
                "customer_name": customer.name if customer else "",
                "state": shown,
                "deadline": report.deadline.isoformat() if report.deadline else None,
                "business_days_left": left,
                "reported_on": report.reported_on.isoformat() if report.reported_on else None,
                "fiu_reference": report.fiu_reference,
                # an STR: "operation" or "activity"; a threshold report: its catalogue row
                "subject": getattr(report, "subject", "") or getattr(report, "kind", ""),
            }
        )
    return sorted(
        shown_reports,
        key=lambda r: (r["deadline"] is None, r["deadline"] or "", r["kind"], r["id"]),
    )
