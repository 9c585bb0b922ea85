"""Alert review: an alert is closed as explained (with the officer's note) or escalated
to a case, a suspicious transaction report (STR) for the FIU.

Escalating with the decision "suspicious" starts the STR's deadline (business days from
the decision); escalating without a decision opens the case for further review. Several
alerts of one customer may go into the same case.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.monitoring import RULES, rule_title
from ...regime.rulepack import RuleBook, format_value
from ...store.audit import current_actor, utc_now
from ...store.models.customer import Customer
from ...store.models.monitoring import Alert, SuspiciousTransactionReport
from ..customers.customer_file import fold
from ..errors import NotFound, ValidationFailed
from ..listing import Column, Filter, ListQuery, like_pattern
from . import fiu_reports
from .fiu_reports import ids_of, ids_text

STATUS_LABELS = {"open": "open", "explained": "closed: explained", "escalated": "escalated to STR"}


def status_label(status: str) -> str:
    return tr(STATUS_LABELS.get(status, status))


def get(session: Session, alert_id: int) -> Alert:
    alert = session.get(Alert, alert_id)
    if alert is None:
        raise NotFound(tr("alert #{id} does not exist").format(id=alert_id))
    return alert


def _open(session: Session, alert_id: int) -> Alert:
    alert = get(session, alert_id)
    if alert.status != "open":
        raise ValidationFailed(
            {
                "": tr("Alert #{id} is already {status}.").format(
                    id=alert_id, status=status_label(alert.status)
                )
            }
        )
    return alert


def explain(session: Session, alert_id: int, note: str) -> Alert:
    """Close an alert as explained: the note says why the activity is not suspicious."""
    alert = _open(session, alert_id)
    if not note.strip():
        raise ValidationFailed({"note": tr("Write the explanation: why it is not suspicious.")})
    alert.status = "explained"
    alert.note = note.strip()
    alert.decided_by = current_actor()
    alert.decided_at = utc_now()
    session.flush()
    return alert


def escalate(
    session: Session,
    alert_id: int,
    rules: RuleBook,
    today: dt.date,
    facts: str = "",
    decision: str = "suspicious",
    decided_on: dt.date | None = None,
    report_id: int | None = None,
) -> SuspiciousTransactionReport:
    """Escalate an alert to a case/STR (a new one, or ``report_id`` of the same customer)."""
    alert = _open(session, alert_id)
    if decision:
        errors = fiu_reports.validate_decision(decision, decided_on or today, today)
        if errors:
            raise ValidationFailed(errors)
    if report_id is None:
        report = fiu_reports.open_case(
            session,
            alert.customer_id,
            [alert.id],
            ids_of(alert.transaction_ids),
            alert.detected_on,
            facts or _default_facts(alert),
            rules,
            today,
            decision=decision,
            decided_on=decided_on or today,
        )
    else:
        report = fiu_reports.get(session, report_id)
        if report.customer_id != alert.customer_id:
            raise ValidationFailed(
                {"report": tr("STR #{id} is about another customer.").format(id=report_id)}
            )
        if report.status in ("reported", "closed"):
            raise ValidationFailed(
                {
                    "report": tr("STR #{id} is already {state}.").format(
                        id=report_id, state=fiu_reports.state_label(report.status)
                    )
                }
            )
        report.alert_ids = ids_text([*ids_of(report.alert_ids), alert.id])
        report.transaction_ids = ids_text(
            [*ids_of(report.transaction_ids), *ids_of(alert.transaction_ids)]
        )
        report.detected_on = min(report.detected_on, alert.detected_on)
        if facts.strip():
            fiu_reports.update_facts(session, report.id, f"{report.facts}\n\n{facts}".strip())
        if decision and not report.decision:
            fiu_reports.decide(session, report.id, decision, decided_on or today, rules, today)
    alert.status = "escalated"
    alert.report_id = report.id
    alert.note = facts.strip() or alert.note
    alert.decided_by = current_actor()
    alert.decided_at = utc_now()
    session.flush()
    return report


def rule_basis(rules: RuleBook, rule: str, day: dt.date) -> list[str]:
    """The rule-pack values a monitoring rule applies on ``day``: key, value, unit,
    confidence mark and source, one line each."""
    lines = []
    for key in RULES.get(rule, ("", ()))[1]:
        try:
            value = rules.effective(key, day)
        except LookupError:
            continue
        unit = rules.rule(key).unit
        lines.append(
            tr("{key} = {value}{unit} [{mark}] — {source}").format(
                key=key,
                value=format_value(value.value),
                unit=f" {unit}" if unit else "",
                mark=value.confidence,
                source=value.source,
            )
        )
    return lines


def _default_facts(alert: Alert) -> str:
    return tr("Alert #{id} ({rule}), detected {date}: {reason}").format(
        id=alert.id,
        rule=rule_title(alert.rule),
        date=f"{alert.detected_on:%d.%m.%Y}",
        reason=alert.reason,
    )


def open_cases_of(session: Session, customer_id: int) -> list[SuspiciousTransactionReport]:
    """The customer's cases still open or to report (an alert can join one)."""
    return list(
        session.execute(
            select(SuspiciousTransactionReport)
            .where(
                SuspiciousTransactionReport.customer_id == customer_id,
                SuspiciousTransactionReport.retired_at.is_(None),
                SuspiciousTransactionReport.status.in_(("open", "to_report")),
            )
            .order_by(SuspiciousTransactionReport.id)
        ).scalars()
    )


def open_alerts(session: Session) -> list[dict[str, Any]]:
    """Open alerts as plain data (for ``kuzet alerts --json``), oldest first."""
    alerts = list(
        session.execute(
            select(Alert)
            .where(Alert.status == "open", Alert.retired_at.is_(None))
            .order_by(Alert.detected_on, Alert.id)
        ).scalars()
    )
    customers = {
        c.id: c
        for c in session.execute(
            select(Customer).where(Customer.id.in_({a.customer_id for a in alerts}))
        ).scalars()
    }
    result = []
    for alert in alerts:
        customer = customers.get(alert.customer_id)
        result.append(
            {
                "id": alert.id,
                "rule": alert.rule,
                "rule_title": rule_title(alert.rule),
                "customer": (
                    customer.iin_bin if customer and customer.iin_bin else f"#{alert.customer_id}"
                ),
                "customer_id": alert.customer_id,
                "customer_name": customer.name if customer else "",
                "transactions": ids_of(alert.transaction_ids),
                "reason": alert.reason,
                "pattern_on": alert.pattern_on.isoformat(),
                "detected_on": alert.detected_on.isoformat(),
            }
        )
    return result


class AlertListing:
    """Alerts: open ones first by default, with their reasons and transactions."""

    columns = (
        Column("detected_on", "Detected", "right"),
        Column("rule", "Rule"),
        Column("customer", "Customer"),
        Column("transactions", "Transactions", "right", sortable=False),
        Column("reason", "Reason"),
        Column("status", "Status"),
        Column("decided_by", "Decided by"),
    )
    default_sort = ("detected_on", True)

    def filters(self, session: Session) -> list[Filter]:
        return [
            Filter(
                "status",
                "Status",
                (
                    ("open", "Open alerts"),
                    ("", "Any status"),
                    ("explained", "Closed as explained"),
                    ("escalated", "Escalated to an STR"),
                ),
            ),
            Filter("rule", "Rule", (("", "Any rule"), *((k, v[0]) for k, v in RULES.items()))),
        ]

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        t = Alert.__table__.c
        stmt = select(t.id)
        if not query.include_retired:
            stmt = stmt.where(t.retired_at.is_(None))
        for key in ("status", "rule"):
            if query.filters.get(key):
                stmt = stmt.where(t[key] == query.filters[key])
        if query.filters.get("customer_id"):
            stmt = stmt.where(t.customer_id == int(query.filters["customer_id"]))
        if query.search.strip():
            pattern = like_pattern(fold(query.search))
            c = Customer.__table__.c
            stmt = stmt.where(
                or_(
                    t.search_text.like(pattern, escape="\\"),
                    t.customer_id.in_(select(c.id).where(c.search_text.like(pattern, escape="\\"))),
                )
            )
        order: Any
        if query.sort == "customer":
            c = Customer.__table__.c
            stmt = stmt.join(Customer.__table__, c.id == t.customer_id)
            order = c.name
        else:
            order = {
                "detected_on": t.detected_on,
                "rule": t.rule,
                "reason": t.reason,
                "status": t.status,
                "decided_by": t.decided_by,
            }.get(query.sort, t.detected_on)
        tie = t.id.desc() if query.descending else t.id.asc()
        stmt = stmt.order_by(order.desc() if query.descending else order.asc(), tie)
        return list(session.execute(stmt).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """Display rows, read with Core (no ORM objects: a block of 200 stays cheap)."""
        t = Alert.__table__.c
        c = Customer.__table__.c
        found = session.execute(
            select(
                t.id,
                t.detected_on,
                t.rule,
                t.customer_id,
                t.transaction_ids,
                t.reason,
                t.status,
                t.report_id,
                t.decided_by,
                c.name,
                c.iin_bin,
            )
            .join(Customer.__table__, c.id == t.customer_id, isouter=True)
            .where(t.id.in_(list(ids)))
        )
        return {r.id: self.row(r) for r in found}

    def row(self, r: Any) -> tuple[Any, ...]:
        status = status_label(r.status)
        if r.status == "escalated" and r.report_id:
            status = tr("escalated to STR #{id}").format(id=r.report_id)
        number = r.iin_bin or f"#{r.customer_id}"
        customer = f"{r.name} ({number})" if r.name is not None else f"#{r.customer_id}"
        return (
            r.detected_on,
            rule_title(r.rule),
            customer,
            len(ids_of(r.transaction_ids)),
            r.reason,
            status,
            r.decided_by,
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        if values[5] == status_label("open"):
            return "warn"
        if values[5] == status_label("explained"):
            return "muted"
        return None
