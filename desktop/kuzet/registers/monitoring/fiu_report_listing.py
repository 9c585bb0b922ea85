"""The FIU reports page's lists: suspicious transaction reports and threshold reports,
with their deadlines, business days left and status (overdue ones highlighted)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, case, literal, or_, select
from sqlmodel import Session

from ...regime.rulepack import RuleBook
from ...store.models.monitoring import SuspiciousTransactionReport, ThresholdReport
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
)

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
            return "bad"
        if shown == state_label("to_report"):
            return "warn"
        if shown in (state_label("reported"), state_label("closed")):
            return "muted"
        return None


class StrListing(_ReportListing):
    model = SuspiciousTransactionReport
    columns = (
        *_report_columns(Column("id", "STR", "right")),
        Column("detected_on", "Detected", "right"),
        Column("decision", "Decision"),
        Column("decided_by", "Decided by"),
        Column("decided_on", "Decided", "right"),
        Column("reported_on", "Reported", "right"),
        Column("fiu_reference", "FIU reference"),
        Column("alerts", "Alerts", "right", sortable=False),
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


def all_reports(session: Session, rules: RuleBook, today: dt.date) -> list[dict[str, Any]]:
    """Every active STR and TTR as plain data (for ``kuzet reports``), by deadline."""
    found = [
        (kind, report)
        for kind, model in ((STR, SuspiciousTransactionReport), (TTR, ThresholdReport))
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
            }
        )
    return sorted(
        shown_reports,
        key=lambda r: (r["deadline"] is None, r["deadline"] or "", r["kind"], r["id"]),
    )
