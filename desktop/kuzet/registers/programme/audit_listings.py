"""The lists on the Independent audits page: audits, findings and remediation actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, func, literal, select
from sqlmodel import Session

from ...i18n import tr
from ...store.models.audits import AuditEngagement, AuditFinding, RemediationAction
from ..listing import Column, Filter, ListQuery
from . import shared as records
from .audits import kind_labels, severity_labels


def audit_choices(session: Session) -> tuple[tuple[str, str], ...]:
    rows = session.execute(
        select(AuditEngagement.id, AuditEngagement.audit_date, AuditEngagement.auditor)
        .where(AuditEngagement.retired_at.is_(None))
        .order_by(AuditEngagement.audit_date.desc())
    ).all()
    return tuple((str(i), f"{day:%d.%m.%Y} {auditor}") for i, day, auditor in rows)


class AuditListing:
    columns = (
        Column("audit_date", "Report date", "right"),
        Column("kind", "Kind"),
        Column("auditor", "Auditor"),
        Column("period", "Period covered", sortable=False),
        Column("findings", "Findings", "right", sortable=False),
        Column("open", "Open findings", "right", sortable=False),
        Column("conclusion", "Conclusion"),
    )
    default_sort = ("audit_date", True)

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.kinds = kind_labels()

    def filters(self, session: Session) -> list[Filter]:
        return [Filter("kind", "Kind", (("", tr("Internal and external")), *self.kinds.items()))]

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        t = AuditEngagement.__table__.c
        stmt = select(t.id)
        if not query.include_retired:
            stmt = stmt.where(t.retired_at.is_(None))
        if query.filters.get("kind"):
            stmt = stmt.where(t.kind == query.filters["kind"])
        if query.search.strip():
            stmt = stmt.where(records.matches(t.search_text, query.search))
        sort = {
            "audit_date": t.audit_date,
            "kind": t.kind,
            "auditor": records.folded(t.auditor),
            "conclusion": records.folded(t.conclusion),
        }.get(query.sort, t.audit_date)
        descending = query.descending if query.sort else True
        stmt = stmt.order_by(*records.order(sort, descending), t.id.desc())
        return list(session.execute(stmt).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        f = AuditFinding
        counts = {
            audit_id: (total, int(still_open or 0))
            for audit_id, total, still_open in session.execute(
                select(
                    f.engagement_id,
                    func.count(f.id),
                    func.sum(case((f.closed_on.is_(None), 1), else_=0)),
                )
                .where(f.retired_at.is_(None), f.engagement_id.in_(list(ids)))
                .group_by(f.engagement_id)
            )
        }
        found = session.execute(
            select(AuditEngagement).where(AuditEngagement.id.in_(list(ids)))
        ).scalars()
        return {
            a.id: (
                a.audit_date,
                self.kinds.get(a.kind, a.kind),
                a.auditor,
                f"{a.period_from:%d.%m.%Y} – {a.period_to:%d.%m.%Y}",
                *counts.get(a.id, (0, 0)),
                a.conclusion,
            )
            for a in found
        }

    def tone(self, values: tuple[Any, ...]) -> str | None:
        return "warn" if values[5] else None


class FindingListing:
    columns = (
        Column("reference", "Ref."),
        Column("title", "Finding"),
        Column("severity", "Severity"),
        Column("audit", "Audit"),
        Column("actions", "Actions (open)", "right", sortable=False),
        Column("status", "Status"),
        Column("closed_on", "Closed", "right"),
    )
    default_sort = ("severity", False)

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.severities = severity_labels()

    def filters(self, session: Session) -> list[Filter]:
        return [
            Filter("audit", "Audit", (("", tr("Every audit")), *audit_choices(session))),
            Filter("severity", "Severity", (("", tr("Any severity")), *self.severities.items())),
            Filter(
                "status",
                "Status",
                (("", tr("Open and closed")), ("open", tr("Still open")), ("closed", tr("Closed"))),
            ),
        ]

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        t, e = AuditFinding.__table__.c, AuditEngagement.__table__.c
        stmt = select(t.id).join(AuditEngagement.__table__, e.id == t.engagement_id)
        if not query.include_retired:
            stmt = stmt.where(t.retired_at.is_(None))
        if query.filters.get("audit"):
            stmt = stmt.where(t.engagement_id == int(query.filters["audit"]))
        if query.filters.get("severity"):
            stmt = stmt.where(t.severity == query.filters["severity"])
        if query.filters.get("status") == "open":
            stmt = stmt.where(t.closed_on.is_(None))
        elif query.filters.get("status") == "closed":
            stmt = stmt.where(t.closed_on.is_not(None))
        if query.search.strip():
            stmt = stmt.where(records.matches(t.search_text, query.search))
        rank = case(
            (t.severity == "high", literal(0)), (t.severity == "medium", literal(1)), else_=2
        )
        sort = {
            "reference": t.reference,
            "title": records.folded(t.title),
            "severity": rank,
            "audit": e.audit_date,
            "status": t.closed_on.is_not(None),
            "closed_on": t.closed_on,
        }.get(query.sort, rank)
        stmt = stmt.order_by(
            t.closed_on.is_not(None) if not query.sort else literal(0),
            *records.order(sort, query.descending),
            t.id,
        )
        return list(session.execute(stmt).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        a = RemediationAction
        counts = {
            finding_id: (total, int(still_open or 0))
            for finding_id, total, still_open in session.execute(
                select(
                    a.finding_id,
                    func.count(a.id),
                    func.sum(case((a.completed_on.is_(None), 1), else_=0)),
                )
                .where(a.retired_at.is_(None), a.finding_id.in_(list(ids)))
                .group_by(a.finding_id)
            )
        }
        found = session.execute(
            select(AuditFinding, AuditEngagement)
            .join(AuditEngagement, AuditEngagement.id == AuditFinding.engagement_id)
            .where(AuditFinding.id.in_(list(ids)))
        ).all()
        result = {}
        for finding, audit in found:
            total, still_open = counts.get(finding.id, (0, 0))
            result[finding.id] = (
                finding.reference,
                finding.title,
                self.severities.get(finding.severity, finding.severity),
                f"{audit.audit_date:%d.%m.%Y} {audit.auditor}",
                f"{total} ({still_open})",
                tr("closed") if finding.closed_on else tr("open"),
                finding.closed_on,
            )
        return result

    def tone(self, values: tuple[Any, ...]) -> str | None:
        if values[5] == tr("closed"):
            return "muted"
        return "bad" if values[2] == self.severities["high"] else None


class ActionListing:
    columns = (
        Column("due_on", "Due", "right"),
        Column("description", "Action"),
        Column("owner", "Owner"),
        Column("finding", "Finding"),
        Column("status", "Status"),
        Column("completed_on", "Completed", "right"),
        Column("evidence", "Evidence"),
    )
    default_sort = ("due_on", False)

    def __init__(self, today: dt.date, reminder_days: int) -> None:
        """``reminder_days``: rule programme.audit.action_reminder_days (amber from then)."""
        self.today = today
        self.reminder_days = reminder_days

    def _status(self) -> Any:
        t = RemediationAction.__table__.c
        return case(
            (t.completed_on.is_not(None), literal("done")),
            (t.due_on < self.today, literal("overdue")),
            else_=literal("open"),
        )

    def filters(self, session: Session) -> list[Filter]:
        owners = session.execute(
            select(RemediationAction.owner)
            .where(RemediationAction.retired_at.is_(None))
            .distinct()
            .order_by(RemediationAction.owner)
        ).scalars()
        return [
            Filter(
                "status",
                "Status",
                (
                    ("", tr("Any status")),
                    ("open", tr("Still open")),
                    ("overdue", tr("Overdue")),
                    ("done", tr("Done")),
                ),
            ),
            Filter("owner", "Owner", (("", tr("Any owner")), *((o, o) for o in owners))),
            Filter("audit", "Audit", (("", tr("Every audit")), *audit_choices(session))),
        ]

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        t, f = RemediationAction.__table__.c, AuditFinding.__table__.c
        status = self._status()
        stmt = select(t.id).join(AuditFinding.__table__, f.id == t.finding_id)
        if not query.include_retired:
            stmt = stmt.where(t.retired_at.is_(None))
        if query.filters.get("status"):
            stmt = stmt.where(status == query.filters["status"])
        if query.filters.get("owner"):
            stmt = stmt.where(t.owner == query.filters["owner"])
        if query.filters.get("audit"):
            stmt = stmt.where(f.engagement_id == int(query.filters["audit"]))
        if query.search.strip():
            stmt = stmt.where(records.matches(t.search_text, query.search))
        sort = {
            "due_on": t.due_on,
            "description": records.folded(t.description),
            "owner": records.folded(t.owner),
            "finding": records.folded(f.title),
            "status": status,
            "completed_on": t.completed_on,
            "evidence": records.folded(t.evidence),
        }.get(query.sort, t.due_on)
        stmt = stmt.order_by(*records.order(sort, query.descending), t.id)
        return list(session.execute(stmt).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        found = session.execute(
            select(RemediationAction, AuditFinding)
            .join(AuditFinding, AuditFinding.id == RemediationAction.finding_id)
            .where(RemediationAction.id.in_(list(ids)))
        ).all()
        labels = {"done": tr("done"), "overdue": tr("overdue"), "open": tr("open")}
        result = {}
        for action, finding in found:
            if action.completed_on is not None:
                state = "done"
            elif action.due_on < self.today:
                state = "overdue"
            else:
                state = "open"
            ref = f"{finding.reference} " if finding.reference else ""
            result[action.id] = (
                action.due_on,
                action.description,
                action.owner,
                f"{ref}{finding.title}",
                labels[state],
                action.completed_on,
                action.evidence,
            )
        return result

    def tone(self, values: tuple[Any, ...]) -> str | None:
        if values[4] == tr("done"):
            return "muted"
        if values[4] == tr("overdue"):
            return "bad"
        return "warn" if (values[0] - self.today).days <= self.reminder_days else None
