"""Independent audits of the AML systems (internal or external), their findings with
severity, and remediation actions with owners and due dates.

Deadlines: the next audit (``programme.audit.interval_years`` after the last, shown from
``programme.audit.reminder_days`` before) and every open remediation action.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from ...i18n import tr
from ...regime import programme
from ...regime.rulepack import RuleBook
from ...store.models.audits import (
    AUDIT_KINDS,
    SEVERITIES,
    AuditEngagement,
    AuditFinding,
    RemediationAction,
)
from .. import deadlines as deadline_registry
from ..errors import ValidationFailed
from . import firm
from . import shared as records

AUDIT_FIELDS = (
    "kind",
    "auditor",
    "period_from",
    "period_to",
    "audit_date",
    "scope",
    "conclusion",
    "report_ref",
    "notes",
)
FINDING_FIELDS = ("engagement_id", "reference", "title", "severity", "description", "closed_on")
ACTION_FIELDS = ("finding_id", "description", "owner", "due_on", "completed_on", "evidence")


def kind_labels() -> dict[str, str]:
    return {"internal": tr("Internal"), "external": tr("External")}


def severity_labels() -> dict[str, str]:
    return {"high": tr("High"), "medium": tr("Medium"), "low": tr("Low")}


def _save(
    session: Session,
    model: type,
    fields: tuple[str, ...],
    record_id: int | None,
    data: Mapping[str, Any],
    check: Any,
    clean: Any,
    noun: str,
) -> Any:
    if record_id is None:
        merged = dict(data)
    else:
        record = records.editable(session, model, record_id, noun)
        merged = {f: getattr(record, f) for f in fields} | dict(data)
    errors = check(merged, record_id)
    if errors:
        raise ValidationFailed(errors)
    values = clean(merged)
    if record_id is None:
        record = model(**values)
        session.add(record)
    else:
        records.assign(record, values)
    session.flush()
    return record


# --- audits -----------------------------------------------------------------------------


def save_audit(
    session: Session, data: Mapping[str, Any], today: dt.date, audit_id: int | None = None
) -> AuditEngagement:
    def check(d: Mapping[str, Any], _editing: int | None) -> dict[str, str]:
        errors: dict[str, str] = {}
        if d.get("kind") not in AUDIT_KINDS:
            errors["kind"] = tr("Choose internal or external.")
        if not records.text(d.get("auditor")):
            errors["auditor"] = tr("Enter who carried out the audit.")
        start, end = d.get("period_from"), d.get("period_to")
        if start is None or end is None:
            errors["period_to"] = tr("Enter the period the audit covered.")
        elif end < start:
            errors["period_to"] = tr("The period cannot end before it starts.")
        if d.get("audit_date") is None:
            errors["audit_date"] = tr("Enter the date of the audit report.")
        records.not_future(d.get("audit_date"), today, "audit_date", errors)
        return errors

    def clean(d: Mapping[str, Any]) -> dict[str, Any]:
        values = {f: d.get(f) for f in AUDIT_FIELDS}
        for key in ("auditor", "scope", "conclusion", "report_ref", "notes"):
            values[key] = records.text(values[key])
        values["search_text"] = records.fold(
            values["auditor"], values["scope"], values["report_ref"]
        )
        return values

    return _save(session, AuditEngagement, AUDIT_FIELDS, audit_id, data, check, clean, tr("audit"))


def get_audit(session: Session, audit_id: int) -> AuditEngagement:
    return records.fetch(session, AuditEngagement, audit_id, tr("audit"))


def retire_audit(session: Session, audit_id: int, reason: str) -> AuditEngagement:
    return records.retire(session, AuditEngagement, audit_id, reason, tr("audit"))


def last_audit(session: Session) -> AuditEngagement | None:
    query = (
        select(AuditEngagement)
        .where(AuditEngagement.retired_at.is_(None))
        .order_by(AuditEngagement.audit_date.desc(), AuditEngagement.id.desc())
    )
    return session.execute(query).scalars().first()


# --- findings ---------------------------------------------------------------------------


def open_actions(session: Session, finding_id: int) -> int:
    query = select(func.count(RemediationAction.id)).where(
        RemediationAction.finding_id == finding_id,
        RemediationAction.retired_at.is_(None),
        RemediationAction.completed_on.is_(None),
    )
    return int(session.execute(query).scalar_one())


def save_finding(
    session: Session, data: Mapping[str, Any], today: dt.date, finding_id: int | None = None
) -> AuditFinding:
    def check(d: Mapping[str, Any], editing: int | None) -> dict[str, str]:
        errors: dict[str, str] = {}
        audit = session.get(AuditEngagement, d.get("engagement_id") or 0)
        if audit is None or audit.retired:
            errors["engagement_id"] = tr("Choose the audit that raised the finding.")
        if not records.text(d.get("title")):
            errors["title"] = tr("Describe the finding in a line.")
        if d.get("severity") not in SEVERITIES:
            errors["severity"] = tr("Choose the severity: high, medium or low.")
        records.not_future(d.get("closed_on"), today, "closed_on", errors)
        if d.get("closed_on") is not None and editing is not None:
            still_open = open_actions(session, editing)
            if still_open:
                errors["closed_on"] = tr(
                    "Complete or retire its {n} open action(s) before closing the finding."
                ).format(n=still_open)
        return errors

    def clean(d: Mapping[str, Any]) -> dict[str, Any]:
        values = {f: d.get(f) for f in FINDING_FIELDS}
        for key in ("reference", "title", "description"):
            values[key] = records.text(values[key])
        values["search_text"] = records.fold(
            values["reference"], values["title"], values["description"]
        )
        return values

    return _save(
        session, AuditFinding, FINDING_FIELDS, finding_id, data, check, clean, tr("finding")
    )


def get_finding(session: Session, finding_id: int) -> AuditFinding:
    return records.fetch(session, AuditFinding, finding_id, tr("finding"))


def retire_finding(session: Session, finding_id: int, reason: str) -> AuditFinding:
    return records.retire(session, AuditFinding, finding_id, reason, tr("finding"))


# --- remediation actions ------------------------------------------------------------------


def save_action(
    session: Session, data: Mapping[str, Any], today: dt.date, action_id: int | None = None
) -> RemediationAction:
    def check(d: Mapping[str, Any], _editing: int | None) -> dict[str, str]:
        errors: dict[str, str] = {}
        finding = session.get(AuditFinding, d.get("finding_id") or 0)
        if finding is None or finding.retired:
            errors["finding_id"] = tr("Choose the finding this action remedies.")
        elif finding.closed_on is not None and d.get("completed_on") is None:
            errors["finding_id"] = tr("The finding is closed: reopen it to add open actions.")
        if not records.text(d.get("description")):
            errors["description"] = tr("Say what will be done.")
        if not records.text(d.get("owner")):
            errors["owner"] = tr("Name who owns the action.")
        if d.get("due_on") is None:
            errors["due_on"] = tr("Enter the due date.")
        records.not_future(d.get("completed_on"), today, "completed_on", errors)
        return errors

    def clean(d: Mapping[str, Any]) -> dict[str, Any]:
        values = {f: d.get(f) for f in ACTION_FIELDS}
        for key in ("description", "owner", "evidence"):
            values[key] = records.text(values[key])
        values["search_text"] = records.fold(values["description"], values["owner"])
        return values

    return _save(
        session, RemediationAction, ACTION_FIELDS, action_id, data, check, clean, tr("action")
    )


def get_action(session: Session, action_id: int) -> RemediationAction:
    return records.fetch(session, RemediationAction, action_id, tr("action"))


def retire_action(session: Session, action_id: int, reason: str) -> RemediationAction:
    return records.retire(session, RemediationAction, action_id, reason, tr("action"))


# --- deadlines --------------------------------------------------------------------------


def audit_deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """The next independent audit (needs the firm profile: the programme's start)."""
    profile = firm.profile(session)
    if profile is None:
        return []
    from .mlro import current_mlro_name

    years = int(rules.value("programme.audit.interval_years", today))
    window = int(rules.value("programme.audit.reminder_days", today))
    last = last_audit(session)
    since = profile.created_at.date() if profile.created_at else today
    due = programme.next_audit_due(last.audit_date if last else None, years, since)
    if last is None:
        title, detail = tr("No independent audit on record"), tr("record the last audit")
    else:
        title = tr("Next independent audit of the AML systems")
        detail = tr("last: {day}, {auditor}").format(
            day=last.audit_date.strftime("%d.%m.%Y"), auditor=last.auditor
        )
    return [
        deadline_registry.Deadline(
            register="audit_engagement",
            record_id=last.id if last else 0,
            kind=tr("Independent audit"),
            title=title,
            due=due,
            remind_from=due - dt.timedelta(days=window),
            owner=current_mlro_name(session, today),
            detail=detail,
        )
    ]


def action_deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    window = int(rules.value("programme.audit.action_reminder_days", today))
    severities = severity_labels()
    a, f = RemediationAction, AuditFinding
    query = (
        select(a, f)
        .join(f, f.id == a.finding_id)
        .where(a.retired_at.is_(None), a.completed_on.is_(None), f.retired_at.is_(None))
    )
    found = []
    for action, finding in session.execute(query):
        ref = f"{finding.reference} " if finding.reference else ""
        found.append(
            deadline_registry.Deadline(
                register="remediation_action",
                record_id=action.id,
                kind=tr("Remediation action"),
                title=action.description,
                due=action.due_on,
                remind_from=action.due_on - dt.timedelta(days=window),
                owner=action.owner,
                detail=tr("finding {ref}{title} ({severity})").format(
                    ref=ref, title=finding.title, severity=severities.get(finding.severity, "")
                ),
            )
        )
    return found
