"""Alert review: an alert is closed as explained (with the officer's note) or escalated
to a case, a suspicious transaction report (STR) for the FIU.

Escalating with the decision "suspicious" starts the STR's deadline (business days from
the decision); escalating without a decision opens the case for further review. Several
alerts of one customer may go into the same case. ``summary`` is what the review shows of
an alert: its rule and the rule-pack values it applied, the customer and the transactions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import language, tr
from ...regime.monitoring import LISTED_WALLET, RULES, UNVETTED_PROVIDER, money, rule_title
from ...regime.rulepack import RuleBook, format_value
from ...reports.sections.reasons import reason_text
from ...store.audit import current_actor, utc_now
from ...store.models.monitoring import Alert, SuspiciousTransactionReport
from ...store.models.transaction import CustomerTransaction
from .. import records
from ..errors import ValidationFailed
from . import fiu_reports
from .customer_listing import customer_number, customers_by_id, label_of
from .fiu_reports import ids_of, ids_text
from .transaction_listing import direction_label

SHOWN_TRANSACTIONS = 12  # an alert's transactions listed in its summary

STATUS_LABELS = {"open": "open", "explained": "closed: explained", "escalated": "escalated to STR"}


def shown_reason(rule: str, stored: str) -> str:
    """An alert's reason in the window's language. The detectors store it as an English
    sentence; the pack's reader (``reports/sections/reasons.py``) reads it back against the
    detector's words and writes it in Russian or Kazakh (as stored where it does not read
    back, e.g. written in another language)."""
    return reason_text(rule, stored, language(), tr)


def status_label(status: str) -> str:
    return tr(STATUS_LABELS.get(status, status))


def get(session: Session, alert_id: int) -> Alert:
    return records.fetch(session, Alert, alert_id, tr("alert"))


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
    customers = customers_by_id(session, (a.customer_id for a in alerts))
    result = []
    for alert in alerts:
        customer = customers.get(alert.customer_id)
        result.append(
            {
                "id": alert.id,
                "rule": alert.rule,
                "rule_title": rule_title(alert.rule),
                "customer": customer_number(customer, alert.customer_id),
                "customer_id": alert.customer_id,
                "customer_name": customer.name if customer else "",
                "transactions": ids_of(alert.transaction_ids),
                "reason": alert.reason,
                "pattern_on": alert.pattern_on.isoformat(),
                "detected_on": alert.detected_on.isoformat(),
            }
        )
    return result


def of_transaction(session: Session, transaction_id: int) -> list[Alert]:
    """Alerts whose transactions include ``transaction_id``."""
    text = Alert.__table__.c.transaction_ids
    pattern = f"%,{transaction_id},%"
    found = session.execute(
        select(Alert).where(("," + text + ",").like(pattern)).order_by(Alert.id)
    ).scalars()
    return list(found)


# --- the review -------------------------------------------------------------------------


@dataclass(frozen=True)
class AlertSummary:
    """What the review of an alert shows: the rule and the values it applied, the
    customer, the reason, the first transactions and the decision so far."""

    rule: str
    basis: str
    customer: str
    reason: str
    transactions: str
    status: str
    open: bool
    customer_id: int
    transaction_ids: tuple[int, ...]


def summary(session: Session, alert_id: int, rules: RuleBook) -> AlertSummary:
    alert = get(session, alert_id)
    ids = ids_of(alert.transaction_ids)
    txs = session.execute(
        select(CustomerTransaction)
        .where(CustomerTransaction.id.in_(ids[:SHOWN_TRANSACTIONS]))
        .order_by(CustomerTransaction.occurred_on, CustomerTransaction.id)
    ).scalars()
    lines = [
        tr("#{id} {date}: {direction}, {asset} {amount} = {kzt} / {usd}").format(
            id=t.id,
            date=f"{t.occurred_on:%d.%m.%Y}",
            direction=direction_label(t.direction),
            asset=t.asset,
            amount=format(t.amount, "f"),
            kzt=money(t.value_kzt, "KZT"),
            usd=money(t.value_usd, "USD"),
        )
        for t in txs
    ]
    if len(ids) > SHOWN_TRANSACTIONS:
        lines.append(tr("… and {n} more").format(n=len(ids) - SHOWN_TRANSACTIONS))
    status = status_label(alert.status)
    if alert.decided_by:
        status = tr("{status}, by {who}").format(status=status, who=alert.decided_by)
    if alert.note:
        status = f"{status}: {alert.note}"
    return AlertSummary(
        rule=rule_title(alert.rule),
        basis="\n".join(_basis(rules, alert)),
        customer=label_of(session, alert.customer_id),
        reason=shown_reason(alert.rule, alert.reason),
        transactions="\n".join(lines),
        status=status,
        open=alert.status == "open",
        customer_id=alert.customer_id,
        transaction_ids=tuple(ids),
    )


def _basis(rules: RuleBook, alert: Alert) -> list[str]:
    """What the alert's rule rests on: the rule-pack values, or the register it reads."""
    if alert.rule == LISTED_WALLET:
        return [tr("Crypto addresses of listed persons in the active watchlists.")]
    if alert.rule == UNVETTED_PROVIDER:
        return [
            tr(
                "The register of counterparty providers: due diligence is done before the "
                "first transfer (AIFC AML 11-1)."
            )
        ]
    return rule_basis(rules, alert.rule, alert.pattern_on)
