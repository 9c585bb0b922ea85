"""Reports to the Financial Monitoring Agency (FIU): suspicious transaction reports
(STRs) and threshold transaction reports (TTRs), with deadlines in business days.

An STR starts as a case opened from one or more alerts. Once the officer decides the
activity is suspicious, the report is due within the rule pack's business days of the
decision (``monitoring.str.deadline_business_days``, 1 [U]); a threshold report is due
the business day after the transaction (``monitoring.ttr.deadline_business_days``, 1 [V]).
Business days follow Kazakhstan's public holidays (``regime.business_days``). Reports
not filed by their deadline are overdue on the Dashboard. Never tell the customer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...regime.business_days import calendar_from_rules, str_deadline, ttr_deadline
from ...regime.monitoring import Hit
from ...regime.rulepack import RuleBook
from ...store.audit import current_actor
from ...store.models.customer import Customer
from ...store.models.monitoring import STR_DECISIONS, SuspiciousTransactionReport, ThresholdReport
from ...store.models.transaction import CustomerTransaction
from .. import deadlines as deadline_registry
from .. import records
from ..customers.customer_file import fold
from ..errors import ValidationFailed

STR, TTR = "str", "ttr"
OVERDUE = "overdue"

STATE_LABELS = {
    "open": "open: decision pending",
    "to_report": "to report",
    OVERDUE: "overdue",
    "reported": "reported",
    "closed": "closed: not suspicious",
}
DECISION_LABELS = {"": "pending", "suspicious": "suspicious", "not_suspicious": "not suspicious"}


def state_label(state: str) -> str:
    return tr(STATE_LABELS.get(state, state))


def decision_label(decision: str) -> str:
    return tr(DECISION_LABELS.get(decision, decision))


def ids_text(ids: Iterable[int]) -> str:
    return ",".join(str(i) for i in sorted(set(ids)))


def ids_of(text: str) -> list[int]:
    return [int(p) for p in text.split(",") if p.strip().isdigit()]


def state(report: SuspiciousTransactionReport | ThresholdReport, today: dt.date) -> str:
    """The status as shown: a report still to file after its deadline is overdue."""
    if report.status == "to_report" and report.deadline is not None and report.deadline < today:
        return OVERDUE
    return report.status


def business_days_left(deadline: dt.date | None, today: dt.date, rules: RuleBook) -> int | None:
    """Business days from today to the deadline (0 = due today; negative = overdue)."""
    if deadline is None:
        return None
    return calendar_from_rules(rules, today).business_days_between(today, deadline)


def _search_text(session: Session, customer_id: int, *parts: str) -> str:
    customer = session.get(Customer, customer_id)
    names = [customer.search_text] if customer is not None else []
    return "\n".join([*names, *(fold(p) for p in parts if p)])


# --- suspicious transaction reports -------------------------------------------------


def get(session: Session, report_id: int) -> SuspiciousTransactionReport:
    return records.fetch(session, SuspiciousTransactionReport, report_id, tr("STR"))


def open_case(
    session: Session,
    customer_id: int,
    alert_ids: Sequence[int],
    transaction_ids: Sequence[int],
    detected_on: dt.date,
    facts: str,
    rules: RuleBook,
    today: dt.date,
    decision: str = "",
    decided_on: dt.date | None = None,
) -> SuspiciousTransactionReport:
    """Open a case; with ``decision`` "suspicious" the STR's deadline starts running."""
    report = SuspiciousTransactionReport(
        customer_id=customer_id,
        alert_ids=ids_text(alert_ids),
        transaction_ids=ids_text(transaction_ids),
        detected_on=detected_on,
        facts=facts.strip(),
        status="open",
        search_text=_search_text(session, customer_id, facts),
    )
    session.add(report)
    session.flush()
    if decision:
        decide(session, report.id, decision, decided_on or today, rules, today)
    return report


def validate_decision(decision: str, decided_on: dt.date | None, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if decision not in STR_DECISIONS or not decision:
        errors["decision"] = tr("Decide: suspicious, or not suspicious.")
    if decided_on is None:
        errors["decided_on"] = tr("Enter the day of the decision.")
    elif decided_on > today:
        errors["decided_on"] = tr("The decision cannot be dated in the future.")
    return errors


def decide(
    session: Session,
    report_id: int,
    decision: str,
    decided_on: dt.date | None,
    rules: RuleBook,
    today: dt.date,
    decided_by: str | None = None,
) -> SuspiciousTransactionReport:
    """Record the decision; a suspicious one sets the deadline in business days."""
    report = get(session, report_id)
    errors = validate_decision(decision, decided_on, today)
    if report.status in ("reported",):
        errors[""] = tr("STR #{id} is already reported.").format(id=report_id)
    if decided_on is not None and decided_on < report.detected_on:
        errors["decided_on"] = tr("The decision cannot come before the detection ({date}).").format(
            date=f"{report.detected_on:%d.%m.%Y}"
        )
    if errors:
        raise ValidationFailed(errors)
    assert decided_on is not None
    report.decision = decision
    report.decided_on = decided_on
    report.decided_by = decided_by or current_actor()
    if decision == "suspicious":
        report.deadline = str_deadline(decided_on, rules)
        report.status = "to_report"
    else:
        report.deadline = None
        report.status = "closed"
    session.flush()
    return report


def update_facts(session: Session, report_id: int, facts: str) -> SuspiciousTransactionReport:
    report = get(session, report_id)
    report.facts = facts.strip()
    report.search_text = _search_text(
        session, report.customer_id, report.facts, report.fiu_reference
    )
    session.flush()
    return report


def _validate_filing(
    status: str, reported_on: dt.date | None, reference: str, earliest: dt.date, today: dt.date
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if status != "to_report":
        errors[""] = tr("Only a report waiting to be filed can be marked as reported.")
    if not reference.strip():
        errors["fiu_reference"] = tr("Enter the reference the FIU gave the report.")
    if reported_on is None:
        errors["reported_on"] = tr("Enter the day it was filed.")
    elif reported_on > today:
        errors["reported_on"] = tr("The filing cannot be dated in the future.")
    elif reported_on < earliest:
        errors["reported_on"] = tr("The filing cannot come before {date}.").format(
            date=f"{earliest:%d.%m.%Y}"
        )
    return errors


def mark_reported(
    session: Session, report_id: int, reported_on: dt.date | None, reference: str, today: dt.date
) -> SuspiciousTransactionReport:
    report = get(session, report_id)
    earliest = report.decided_on or report.detected_on
    errors = _validate_filing(report.status, reported_on, reference, earliest, today)
    if errors:
        raise ValidationFailed(errors)
    report.reported_on = reported_on
    report.fiu_reference = reference.strip()
    report.status = "reported"
    report.search_text = _search_text(
        session, report.customer_id, report.facts, report.fiu_reference
    )
    session.flush()
    return report


# --- threshold reports --------------------------------------------------------------


def get_ttr(session: Session, report_id: int) -> ThresholdReport:
    return records.fetch(session, ThresholdReport, report_id, tr("threshold report"))


def open_threshold_reports(session: Session, hits: Iterable[Hit], rules: RuleBook) -> int:
    """A threshold report for each threshold hit that has none yet; returns how many."""
    wanted = {hit.transaction_ids[0] for hit in hits}
    if not wanted:
        return 0
    have = set(
        session.execute(
            select(ThresholdReport.transaction_id).where(
                ThresholdReport.transaction_id.in_(list(wanted))
            )
        ).scalars()
    )
    created = 0
    missing = sorted(wanted - have)
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        found = session.execute(
            select(CustomerTransaction).where(CustomerTransaction.id.in_(chunk))
        ).scalars()
        for tx in found:
            session.add(
                ThresholdReport(
                    transaction_id=tx.id,
                    customer_id=tx.customer_id,
                    transaction_on=tx.occurred_on,
                    value_kzt=tx.value_kzt,
                    threshold_kzt=Decimal(rules.value("monitoring.threshold_kzt", tx.occurred_on)),
                    deadline=ttr_deadline(tx.occurred_on, rules),
                    status="to_report",
                )
            )
            created += 1
    session.flush()
    return created


def mark_ttr_reported(
    session: Session, report_id: int, reported_on: dt.date | None, reference: str, today: dt.date
) -> ThresholdReport:
    report = get_ttr(session, report_id)
    errors = _validate_filing(report.status, reported_on, reference, report.transaction_on, today)
    if errors:
        raise ValidationFailed(errors)
    report.reported_on = reported_on
    report.fiu_reference = reference.strip()
    report.status = "reported"
    session.flush()
    return report


def retire(session: Session, kind: str, report_id: int, reason: str) -> None:
    """Retire an STR (``kind`` "str") or a threshold report ("ttr") recorded in error."""
    if kind == STR:
        records.retire(session, SuspiciousTransactionReport, report_id, reason, tr("STR"))
    else:
        records.retire(session, ThresholdReport, report_id, reason, tr("threshold report"))


# --- deadlines ----------------------------------------------------------------------


def deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """Reports still to file: shown on the Dashboard from the decision or the transaction
    (their deadlines are a business day away), overdue once the deadline has passed."""
    names = {}
    found: list[deadline_registry.Deadline] = []
    strs = session.execute(
        select(SuspiciousTransactionReport).where(
            SuspiciousTransactionReport.retired_at.is_(None),
            SuspiciousTransactionReport.status == "to_report",
        )
    ).scalars()
    ttrs = session.execute(
        select(ThresholdReport).where(
            ThresholdReport.retired_at.is_(None), ThresholdReport.status == "to_report"
        )
    ).scalars()
    strs, ttrs = list(strs), list(ttrs)
    customer_ids = {r.customer_id for r in strs} | {r.customer_id for r in ttrs}
    if customer_ids:
        names = dict(
            session.execute(
                select(Customer.id, Customer.name).where(Customer.id.in_(customer_ids))
            ).all()
        )
    for report in strs:
        assert report.deadline is not None
        found.append(
            deadline_registry.Deadline(
                register="suspicious_transaction_report",
                record_id=report.id,
                kind=tr("STR to the FIU"),
                title=tr("STR #{id}: {customer}").format(
                    id=report.id, customer=names.get(report.customer_id, "")
                ),
                due=report.deadline,
                remind_from=report.decided_on or report.detected_on,
                owner=report.decided_by,
                detail=tr("decided {date}; do not tell the customer").format(
                    date=f"{report.decided_on:%d.%m.%Y}" if report.decided_on else ""
                ),
            )
        )
    for ttr in ttrs:
        found.append(
            deadline_registry.Deadline(
                register="threshold_report",
                record_id=ttr.id,
                kind=tr("Threshold report to the FIU"),
                title=tr("TTR #{id}: {customer}").format(
                    id=ttr.id, customer=names.get(ttr.customer_id, "")
                ),
                due=ttr.deadline,
                remind_from=ttr.transaction_on,
                detail=tr("transaction #{tx} of {date}").format(
                    tx=ttr.transaction_id, date=f"{ttr.transaction_on:%d.%m.%Y}"
                ),
            )
        )
    return found
