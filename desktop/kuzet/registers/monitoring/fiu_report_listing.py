"""The FIU reports page's lists: suspicious transaction reports and threshold reports,
with their deadlines, business days left and status (overdue ones highlighted)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, case, literal, or_, select
from sqlmodel import Session

from ...regime.rulepack import RuleBook
from ...store.models.customer import Customer
from ...store.models.monitoring import SuspiciousTransactionReport, ThresholdReport
from ..customers.customer_file import fold
from ..listing import Column, Filter, ListQuery, like_pattern
from .fiu_reports import OVERDUE, business_days_left, decision_label, ids_of, state, state_label
from .transactions import customer_label

STATE_CHOICES = (
    ("", "Any status"),
    ("pending", "Still to file (open, to report, overdue)"),
    (OVERDUE, "Overdue"),
    ("to_report", "To report"),
    ("open", "Open: decision pending"),
    ("reported", "Reported"),
    ("closed", "Closed: not suspicious"),
)


def _state_sql(table: Any, today: dt.date) -> Any:
    return case(
        (
            and_(
                table.c.status == "to_report",
                table.c.deadline.is_not(None),
                table.c.deadline < today,
            ),
            literal(OVERDUE),
        ),
        else_=table.c.status,
    )


def _filter_state(stmt: Any, table: Any, wanted: str, today: dt.date) -> Any:
    status = _state_sql(table, today)
    if wanted == "pending":
        return stmt.where(or_(status == OVERDUE, table.c.status.in_(("open", "to_report"))))
    if wanted:
        return stmt.where(status == wanted)
    return stmt


def _customers(session: Session, ids: set[int]) -> dict[int, Customer]:
    return {
        c.id: c for c in session.execute(select(Customer).where(Customer.id.in_(ids))).scalars()
    }


def _search(stmt: Any, table: Any, text: str, with_own_text: bool) -> Any:
    if not text.strip():
        return stmt
    pattern = like_pattern(fold(text))
    c = Customer.__table__.c
    by_customer = table.c.customer_id.in_(
        select(c.id).where(c.search_text.like(pattern, escape="\\"))
    )
    if with_own_text:
        return stmt.where(or_(by_customer, table.c.search_text.like(pattern, escape="\\")))
    return stmt.where(or_(by_customer, table.c.fiu_reference.like(pattern, escape="\\")))


class _ReportListing:
    """What both lists share: the rule book and today, state filter and the tone."""

    state_column = 0

    def __init__(self, rules: RuleBook, today: dt.date) -> None:
        self.rules = rules
        self.today = today

    def filters(self, session: Session) -> list[Filter]:
        return [Filter("state", "Status", STATE_CHOICES)]

    def tone(self, values: tuple[Any, ...]) -> str | None:
        shown = values[self.state_column]
        if shown == state_label(OVERDUE):
            return "bad"
        if shown == state_label("to_report"):
            return "warn"
        if shown in (state_label("reported"), state_label("closed")):
            return "muted"
        return None


class StrListing(_ReportListing):
    columns = (
        Column("id", "STR", "right"),
        Column("customer", "Customer"),
        Column("state", "Status"),
        Column("deadline", "Deadline", "right"),
        Column("left", "Business days left", "right"),
        Column("detected_on", "Detected", "right"),
        Column("decision", "Decision"),
        Column("decided_by", "Decided by"),
        Column("decided_on", "Decided", "right"),
        Column("reported_on", "Reported", "right"),
        Column("fiu_reference", "FIU reference"),
        Column("alerts", "Alerts", "right", sortable=False),
    )
    default_sort = ("deadline", False)
    state_column = 2

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        table = SuspiciousTransactionReport.__table__
        t = table.c
        stmt = select(t.id)
        if not query.include_retired:
            stmt = stmt.where(t.retired_at.is_(None))
        stmt = _filter_state(stmt, table, query.filters.get("state", ""), self.today)
        stmt = _search(stmt, table, query.search, with_own_text=True)
        order: Any = {
            "id": t.id,
            "detected_on": t.detected_on,
            "decision": t.decision,
            "decided_by": t.decided_by,
            "decided_on": t.decided_on,
            "deadline": t.deadline,
            "left": t.deadline,
            "state": _state_sql(table, self.today),
            "reported_on": t.reported_on,
            "fiu_reference": t.fiu_reference,
        }.get(query.sort, t.deadline)
        if query.sort == "customer":
            c = Customer.__table__.c
            stmt = stmt.join(Customer.__table__, c.id == t.customer_id)
            order = c.name
        stmt = stmt.order_by(
            order.is_(None), order.desc() if query.descending else order.asc(), t.id.desc()
        )
        return list(session.execute(stmt).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        found = list(
            session.execute(
                select(SuspiciousTransactionReport).where(
                    SuspiciousTransactionReport.id.in_(list(ids))
                )
            ).scalars()
        )
        customers = _customers(session, {r.customer_id for r in found})
        return {r.id: self.row(r, customers.get(r.customer_id)) for r in found}

    def row(
        self, report: SuspiciousTransactionReport, customer: Customer | None
    ) -> tuple[Any, ...]:
        shown = state(report, self.today)
        left = business_days_left(report.deadline, self.today, self.rules)
        return (
            report.id,
            customer_label(customer, report.customer_id),
            state_label(shown),
            report.deadline,
            left if shown in ("to_report", OVERDUE) else None,
            report.detected_on,
            decision_label(report.decision),
            report.decided_by,
            report.decided_on,
            report.reported_on,
            report.fiu_reference,
            len(ids_of(report.alert_ids)),
        )


class TtrListing(_ReportListing):
    columns = (
        Column("id", "TTR", "right"),
        Column("customer", "Customer"),
        Column("state", "Status"),
        Column("deadline", "Deadline", "right"),
        Column("left", "Business days left", "right"),
        Column("transaction_on", "Transaction", "right"),
        Column("value_kzt", "Value, KZT", "right", sortable=False),
        Column("threshold_kzt", "Threshold, KZT", "right", sortable=False),
        Column("reported_on", "Reported", "right"),
        Column("fiu_reference", "FIU reference"),
    )
    default_sort = ("deadline", True)
    state_column = 2

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        table = ThresholdReport.__table__
        t = table.c
        stmt = select(t.id)
        if not query.include_retired:
            stmt = stmt.where(t.retired_at.is_(None))
        stmt = _filter_state(stmt, table, query.filters.get("state", ""), self.today)
        stmt = _search(stmt, table, query.search, with_own_text=False)
        order: Any = {
            "id": t.id,
            "transaction_on": t.transaction_on,
            "deadline": t.deadline,
            "left": t.deadline,
            "state": _state_sql(table, self.today),
            "reported_on": t.reported_on,
            "fiu_reference": t.fiu_reference,
        }.get(query.sort, t.deadline)
        if query.sort == "customer":
            c = Customer.__table__.c
            stmt = stmt.join(Customer.__table__, c.id == t.customer_id)
            order = c.name
        stmt = stmt.order_by(
            order.is_(None), order.desc() if query.descending else order.asc(), t.id.desc()
        )
        return list(session.execute(stmt).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        found = list(
            session.execute(
                select(ThresholdReport).where(ThresholdReport.id.in_(list(ids)))
            ).scalars()
        )
        customers = _customers(session, {r.customer_id for r in found})
        return {r.id: self.row(r, customers.get(r.customer_id)) for r in found}

    def row(self, report: ThresholdReport, customer: Customer | None) -> tuple[Any, ...]:
        shown = state(report, self.today)
        left = business_days_left(report.deadline, self.today, self.rules)
        return (
            report.id,
            customer_label(customer, report.customer_id),
            state_label(shown),
            report.deadline,
            left if shown in ("to_report", OVERDUE) else None,
            report.transaction_on,
            report.value_kzt,
            report.threshold_kzt,
            report.reported_on,
            report.fiu_reference,
        )


def all_reports(session: Session, rules: RuleBook, today: dt.date) -> list[dict[str, Any]]:
    """Every active STR and TTR as plain data (for ``kuzet reports``), by deadline."""
    strs = list(
        session.execute(
            select(SuspiciousTransactionReport).where(
                SuspiciousTransactionReport.retired_at.is_(None)
            )
        ).scalars()
    )
    ttrs = list(
        session.execute(
            select(ThresholdReport).where(ThresholdReport.retired_at.is_(None))
        ).scalars()
    )
    customers = _customers(session, {r.customer_id for r in [*strs, *ttrs]})
    found = []
    for kind, report in [*(("str", r) for r in strs), *(("ttr", r) for r in ttrs)]:
        customer = customers.get(report.customer_id)
        shown = state(report, today)
        found.append(
            {
                "kind": kind,
                "id": report.id,
                "customer": customer.iin_bin
                if customer and customer.iin_bin
                else f"#{report.customer_id}",
                "customer_name": customer.name if customer else "",
                "state": shown,
                "deadline": report.deadline.isoformat() if report.deadline else None,
                "business_days_left": (
                    business_days_left(report.deadline, today, rules)
                    if shown in ("to_report", OVERDUE)
                    else None
                ),
                "reported_on": report.reported_on.isoformat() if report.reported_on else None,
                "fiu_reference": report.fiu_reference,
            }
        )
    return sorted(
        found, key=lambda r: (r["deadline"] is None, r["deadline"] or "", r["kind"], r["id"])
    )
