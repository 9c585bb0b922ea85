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

from ...i18n import plural, tr
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
from . import firm
from . import shared as records
from .mlro import mlro_deadline

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
AUDIT_TEXTS = ("auditor", "scope", "conclusion", "report_ref", "notes")
FINDING_TEXTS = ("reference", "title", "description")
ACTION_TEXTS = ("description", "owner", "evidence")


def kind_labels() -> dict[str, str]:
    return {"internal": tr("Internal"), "external": tr("External")}


def severity_labels() -> dict[str, str]:
    return {"high": tr("High"), "medium": tr("Medium"), "low": tr("Low")}


def _check_audit(data: Mapping[str, Any], today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.get("kind") not in AUDIT_KINDS:
        errors["kind"] = tr("Choose internal or external.")
    if not records.text(data.get("auditor")):
        errors["auditor"] = tr("Enter who carried out the audit.")
    start, end = data.get("period_from"), data.get("period_to")
    if start is None or end is None:
        errors["period_to"] = tr("Enter the period the audit covered.")
    elif end < start:
        errors["period_to"] = tr("The period cannot end before it starts.")
    if data.get("audit_date") is None:
        errors["audit_date"] = tr("Enter the date of the audit report.")
    records.not_future(data.get("audit_date"), today, "audit_date", errors)
    return errors


def _check_finding(
    session: Session, data: Mapping[str, Any], today: dt.date, editing: int | None
) -> dict[str, str]:
    errors: dict[str, str] = {}
    audit = session.get(AuditEngagement, data.get("engagement_id") or 0)
    if audit is None or audit.retired:
        errors["engagement_id"] = tr("Choose the audit that raised the finding.")
    if not records.text(data.get("title")):
        errors["title"] = tr("Describe the finding in a line.")
    if data.get("severity") not in SEVERITIES:
        errors["severity"] = tr("Choose the severity: high, medium or low.")
    records.not_future(data.get("closed_on"), today, "closed_on", errors)
    if data.get("closed_on") is not None and editing is not None:
        still_open = open_actions(session, editing)
        if still_open:
            errors["closed_on"] = plural(
                still_open,
                tr(
                    "Complete or retire its {n} open action before closing the finding."
                    "|Complete or retire its {n} open actions before closing the finding."
                ),
            ).format(n=still_open)
    return errors


def _check_action(session: Session, data: Mapping[str, Any], today: dt.date) -> dict[str, str]:
    errors: dict[str, str] = {}
    finding = session.get(AuditFinding, data.get("finding_id") or 0)
    if finding is None or finding.retired:
        errors["finding_id"] = tr("Choose the finding this action remedies.")
    elif finding.closed_on is not None and data.get("completed_on") is None:
        errors["finding_id"] = tr("The finding is closed: reopen it to add open actions.")
    if not records.text(data.get("description")):
        errors["description"] = tr("Say what will be done.")
    if not records.text(data.get("owner")):
        errors["owner"] = tr("Name who owns the action.")
    if data.get("due_on") is None:
        errors["due_on"] = tr("Enter the due date.")
    records.not_future(data.get("completed_on"), today, "completed_on", errors)
    return errors


AUDITS = records.Register(
    AuditEngagement,
    AUDIT_FIELDS,
    lambda d: records.cleaned(d, AUDIT_FIELDS, AUDIT_TEXTS, ("auditor", "scope", "report_ref")),
    lambda: tr("audit"),
)
FINDINGS = records.Register(
    AuditFinding,
    FINDING_FIELDS,
    lambda d: records.cleaned(d, FINDING_FIELDS, FINDING_TEXTS, FINDING_TEXTS),
    lambda: tr("finding"),
)
ACTIONS = records.Register(
    RemediationAction,
    ACTION_FIELDS,
    lambda d: records.cleaned(d, ACTION_FIELDS, ACTION_TEXTS, ACTION_TEXTS[:2]),
    lambda: tr("action"),
)


def save_audit(
    session: Session, data: Mapping[str, Any], today: dt.date, audit_id: int | None = None
) -> AuditEngagement:
    return AUDITS.save(session, audit_id, data, lambda merged: _check_audit(merged, today))


def get_audit(session: Session, audit_id: int) -> AuditEngagement:
    return AUDITS.get(session, audit_id)


def retire_audit(session: Session, audit_id: int, reason: str) -> AuditEngagement:
    return AUDITS.retire(session, audit_id, reason)


def last_audit(session: Session) -> AuditEngagement | None:
    query = (
        select(AuditEngagement)
        .where(AuditEngagement.retired_at.is_(None))
        .order_by(AuditEngagement.audit_date.desc(), AuditEngagement.id.desc())
    )
    return session.execute(query).scalars().first()


def finding_title(finding: AuditFinding) -> str:
    """A finding as "F-2 Gaps in CDD files" (with the auditor's reference where given)."""
    return f"{finding.reference} {finding.title}" if finding.reference else finding.title


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
    return FINDINGS.save(
        session, finding_id, data, lambda merged: _check_finding(session, merged, today, finding_id)
    )


def get_finding(session: Session, finding_id: int) -> AuditFinding:
    return FINDINGS.get(session, finding_id)


def retire_finding(session: Session, finding_id: int, reason: str) -> AuditFinding:
    return FINDINGS.retire(session, finding_id, reason)


def save_action(
    session: Session, data: Mapping[str, Any], today: dt.date, action_id: int | None = None
) -> RemediationAction:
    return ACTIONS.save(
        session, action_id, data, lambda merged: _check_action(session, merged, today)
    )


def get_action(session: Session, action_id: int) -> RemediationAction:
    return ACTIONS.get(session, action_id)


def retire_action(session: Session, action_id: int, reason: str) -> RemediationAction:
    return ACTIONS.retire(session, action_id, reason)


# --- deadlines --------------------------------------------------------------------------


def audit_deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """The next independent audit (needs the firm profile: the programme's start)."""
    profile = firm.profile(session)
    if profile is None:
        return []
    years = int(rules.value("programme.audit.interval_years", today))
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
    deadline = mlro_deadline(
        session,
        today,
        int(rules.value("programme.audit.reminder_days", today)),
        register="audit_engagement",
        record_id=last.id if last else 0,
        kind=tr("Independent audit"),
        title=title,
        due=due,
        detail=detail,
    )
    return [deadline]


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
                    ref="",
                    title=finding_title(finding),
                    severity=severities.get(finding.severity, ""),
                ),
            )
        )
    return found
