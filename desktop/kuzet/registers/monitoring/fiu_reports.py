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
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...regime.business_days import calendar_from_rules, str_deadline, ttr_deadline
from ...regime.monitoring import Hit
from ...regime.rulepack import RuleBook
from ...store.audit import current_actor
from ...store.models.customer import Customer
from ...store.models.monitoring import (
    STR_DECISIONS,
    FreezeNotification,
    SuspiciousTransactionReport,
    ThresholdReport,
)
from ...store.models.transaction import CustomerTransaction
from .. import deadlines as deadline_registry
from .. import records
from ..customers.customer_file import fold
from ..errors import ValidationFailed
from . import freeze
from .freeze import FREEZE

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


def state(
    report: SuspiciousTransactionReport | ThresholdReport | FreezeNotification, today: dt.date
) -> str:
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
    return records.fetch(session, SuspiciousTransactionReport, report_id, _register(STR)[1])


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


ACTIVITY_RULE = "monitoring.str.covers_activity"


def activity_reports_allowed(rules: RuleBook, day: dt.date) -> bool:
    """Whether a report may concern a client's activity without an operation on ``day``
    (from 1 Apr 2026, AFM Order No. 22 of 23 Dec 2025)."""
    return bool(rules.value_or(ACTIVITY_RULE, day, False))


def open_activity_case(
    session: Session,
    customer_id: int,
    detected_on: dt.date | None,
    activity: str,
    facts: str,
    rules: RuleBook,
    today: dt.date,
    decision: str = "",
    decided_on: dt.date | None = None,
) -> SuspiciousTransactionReport:
    """Open a report of a client's suspicious activity with no transaction (IP addresses,
    devices, behaviour ...). Refused where the activity was detected before the FIU's
    rules covered activity (``monitoring.str.covers_activity``)."""
    errors: dict[str, str] = {}
    if session.get(Customer, customer_id) is None:
        errors["customer_id"] = tr("Customer #{id} does not exist.").format(id=customer_id)
    when = _day_problem(
        detected_on,
        today,
        tr("Enter the day the activity was noticed."),
        tr("The activity cannot be dated in the future."),
    )
    if when:
        errors["detected_on"] = when
    elif detected_on is not None and not activity_reports_allowed(rules, detected_on):
        errors["detected_on"] = tr(
            "On {date} the FIU's reporting rules covered suspicious operations only: a report "
            "of a client's activity without an operation can be opened for activity from "
            "{start} (rule {rule}, AFM Order No. 22 of 23 Dec 2025). Open the case from the "
            "alert of a transaction instead."
        ).format(
            date=f"{detected_on:%d.%m.%Y}",
            start=_activity_start(rules, detected_on),
            rule=ACTIVITY_RULE,
        )
    if not activity.strip():
        errors["activity"] = tr(
            "Describe the suspicious activity: what was seen (IP addresses, devices, "
            "behaviour), when, and why it is suspicious."
        )
    if errors:
        raise ValidationFailed(errors)
    assert detected_on is not None
    report = SuspiciousTransactionReport(
        customer_id=customer_id,
        subject="activity",
        activity=activity.strip(),
        detected_on=detected_on,
        facts=facts.strip(),
        status="open",
        search_text=_search_text(session, customer_id, activity, facts),
    )
    session.add(report)
    session.flush()
    if decision:
        decide(session, report.id, decision, decided_on or today, rules, today)
    return report


def _activity_start(rules: RuleBook, after: dt.date) -> str:
    """The first day reports of activity are allowed after ``after``, as text."""
    try:
        rule = rules.rule(ACTIVITY_RULE)
    except KeyError:
        return tr("(no such rule in the pack)")
    for value in rule.values:
        if value.value and value.valid_from > after:
            return f"{value.valid_from:%d.%m.%Y}"
    return tr("(not in force)")


def subject_label(subject: str) -> str:
    """What an STR reports, in the officer's words."""
    labels = {"operation": tr("operation"), "activity": tr("client activity")}
    return labels.get(subject, subject)


def validate_decision(decision: str, decided_on: dt.date | None, today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if decision not in STR_DECISIONS or not decision:
        errors["decision"] = tr("Decide: suspicious, or not suspicious.")
    missing = tr("Enter the day of the decision.")
    when = _day_problem(
        decided_on, today, missing, tr("The decision cannot be dated in the future.")
    )
    return errors | ({"decided_on": when} if when else {})


def _day_problem(day: dt.date | None, today: dt.date, missing: str, future: str) -> str:
    """What is wrong with a day the officer enters (none given, or after today), or ""."""
    if day is None:
        return missing
    return future if day > today else ""


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
    missing = tr("Enter the day it was filed.")
    when = _day_problem(
        reported_on, today, missing, tr("The filing cannot be dated in the future.")
    )
    if not when and reported_on is not None and reported_on < earliest:
        when = tr("The filing cannot come before {date}.").format(date=f"{earliest:%d.%m.%Y}")
    return errors | ({"reported_on": when} if when else {})


def mark_reported(
    session: Session,
    kind: str,
    report_id: int,
    reported_on: dt.date | None,
    reference: str,
    today: dt.date,
) -> SuspiciousTransactionReport | ThresholdReport | FreezeNotification:
    """Record that an STR (``kind`` "str"), a threshold report ("ttr") or a freeze
    notification ("freeze") was filed, with the reference the FIU gave it."""
    model, noun = _register(kind)
    report = records.fetch(session, model, report_id, noun)
    if kind == FREEZE:
        earliest = report.frozen_on
    else:
        earliest = (
            (report.decided_on or report.detected_on) if kind == STR else report.transaction_on
        )
    errors = _validate_filing(report.status, reported_on, reference, earliest, today)
    if errors:
        raise ValidationFailed(errors)
    report.reported_on = reported_on
    report.fiu_reference = reference.strip()
    report.status = "reported"
    if kind == STR:
        report.search_text = _search_text(
            session, report.customer_id, report.facts, report.fiu_reference
        )
    session.flush()
    return report


def retire(session: Session, kind: str, report_id: int, reason: str) -> None:
    """Retire an STR (``kind`` "str"), a threshold report ("ttr") or a freeze notification
    ("freeze") recorded in error."""
    model, noun = _register(kind)
    records.retire(session, model, report_id, reason, noun)


def _register(kind: str) -> tuple[Any, str]:
    """The table of a kind of report, and its name in messages."""
    if kind == STR:
        return SuspiciousTransactionReport, tr("STR")
    if kind == FREEZE:
        return FreezeNotification, tr("freeze notification")
    return ThresholdReport, tr("threshold report")


# --- threshold reports --------------------------------------------------------------


def open_threshold_reports(session: Session, hits: Iterable[Hit], rules: RuleBook) -> int:
    """A threshold report for each threshold hit that has none yet, with the catalogue
    row's kind and threshold (``monitoring.threshold_reports``); returns how many."""
    by_tx = {hit.transaction_ids[0]: hit for hit in hits}
    wanted = set(by_tx)
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
                    threshold_kzt=by_tx[tx.id].threshold_kzt or Decimal(0),
                    kind=by_tx[tx.id].kind,
                    deadline=ttr_deadline(tx.occurred_on, rules),
                    status="to_report",
                )
            )
            created += 1
    session.flush()
    return created


# --- deadlines ----------------------------------------------------------------------


def deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """Reports still to file: shown on the Dashboard from the decision or the transaction
    (their deadlines are a business day away), overdue once the deadline has passed."""
    waiting = [
        report
        for model in (SuspiciousTransactionReport, ThresholdReport)
        for report in session.execute(
            select(model).where(model.retired_at.is_(None), model.status == "to_report")
        ).scalars()
    ]
    names = dict(
        session.execute(
            select(Customer.id, Customer.name).where(
                Customer.id.in_({r.customer_id for r in waiting})
            )
        ).all()
    )
    found = [_deadline(report, names.get(report.customer_id, ""), today) for report in waiting]
    return found + freeze.deadlines(session, rules, today)


def _deadline(
    report: SuspiciousTransactionReport | ThresholdReport, customer: str, today: dt.date
) -> deadline_registry.Deadline:
    ttr = isinstance(report, ThresholdReport)
    assert report.deadline is not None  # a report to file has its deadline
    overdue = report.deadline < today  # an unfiled report past its day is its own finding
    if ttr:
        detail = tr("transaction #{tx} of {date}").format(
            tx=report.transaction_id, date=f"{report.transaction_on:%d.%m.%Y}"
        )
    else:
        detail = tr("decided {date}; do not tell the customer").format(
            date=f"{report.decided_on:%d.%m.%Y}" if report.decided_on else ""
        )
    title = tr("TTR #{id}: {customer}") if ttr else tr("STR #{id}: {customer}")
    return deadline_registry.Deadline(
        register="threshold_report" if ttr else "suspicious_transaction_report",
        record_id=report.id,
        kind=tr("Threshold report to the FIU") if ttr else tr("STR to the FIU"),
        title=title.format(id=report.id, customer=customer),
        due=report.deadline,
        remind_from=report.transaction_on if ttr else report.decided_on or report.detected_on,
        owner="" if ttr else report.decided_by,
        detail=detail,
        finding=("ttr_overdue" if ttr else "str_overdue") if overdue else "",
    )
