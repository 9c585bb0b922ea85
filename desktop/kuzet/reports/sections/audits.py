"""Independent audits of the AML systems: the engagements on record, when the next one is
due (rule ``programme.audit.interval_years``), every finding with its remediation actions,
open or done, as they stand on the generation day."""

from __future__ import annotations

from reportlab.platypus import Flowable
from sqlalchemy import select

from kuzet.registers.programme import audits
from kuzet.reports.badges import Status
from kuzet.reports.blocks import KeyFigure, key_figures, subheading
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import col, pack_data, state_note, table
from kuzet.store.models.audits import AuditEngagement, AuditFinding, RemediationAction


class AuditsSection(LabelledSection):
    key = "audits"

    def build(self, ctx: PackContext) -> list[Flowable]:
        data = pack_data(ctx)
        due = audits.audit_deadlines(data.session, data.rules, data.today)
        next_due = due[0].due if due else None
        findings = _findings(ctx)
        actions = _actions(ctx)
        open_findings = sum(1 for row in findings if row[5] is None)
        overdue = sum(1 for row in actions if row[-1] is Status.OVERDUE)
        return [
            state_note(ctx),
            key_figures(
                [
                    KeyFigure(
                        ctx.t("audit.fig.next"),
                        next_due,
                        ctx.t(
                            "audit.fig.next_note",
                            n=data.rules.value("programme.audit.interval_years", data.today),
                        ),
                    ),
                    KeyFigure(ctx.t("audit.fig.open_findings"), open_findings),
                    KeyFigure(ctx.t("audit.fig.overdue_actions"), overdue),
                ],
                lang=ctx.lang,
            ),
            subheading(ctx.t("audit.engagements")),
            _engagements(ctx),
            subheading(ctx.t("audit.findings")),
            _findings_table(ctx, findings),
            subheading(ctx.t("audit.actions")),
            _actions_table(ctx, actions),
        ]


def _engagements(ctx: PackContext) -> Flowable:
    data = pack_data(ctx)
    t = AuditEngagement
    query = select(t).where(t.retired_at.is_(None)).order_by(t.audit_date.desc(), t.id.desc())
    rows = [
        (
            a.audit_date,
            ctx.t(f"audit.kind.{a.kind}"),
            a.auditor,
            f"{a.period_from:%d.%m.%Y} – {a.period_to:%d.%m.%Y}",
            a.scope or None,
            a.conclusion or None,
            a.report_ref or None,
        )
        for a in data.session.execute(query).scalars()
    ]
    columns = [
        col(ctx, "audit.col.report_date"),
        col(ctx, "audit.col.kind"),
        col(ctx, "audit.col.auditor", width=0.14),
        col(ctx, "audit.col.covers", width=0.12),
        col(ctx, "audit.col.scope", width=0.2, max_lines=6),
        col(ctx, "audit.col.conclusion", width=0.22, max_lines=6),
        col(ctx, "col.reference"),
    ]
    return table(ctx, columns, rows, empty="audit.no_audits")


def _findings(ctx: PackContext) -> list[tuple]:
    data = pack_data(ctx)
    f, a = AuditFinding, AuditEngagement
    query = (
        select(f, a)
        .join(a, a.id == f.engagement_id)
        .where(f.retired_at.is_(None), a.retired_at.is_(None))
        .order_by(a.audit_date.desc(), f.reference, f.id)
    )
    rows = []
    for finding, engagement in data.session.execute(query):
        open_actions = audits.open_actions(data.session, finding.id)
        closed = finding.closed_on
        # closed: OK; open with remediation under way: WARNING; open with none: OVERDUE
        check = Status.OK if closed else (Status.WARNING if open_actions else Status.OVERDUE)
        rows.append(
            (
                finding.reference or f"#{finding.id}",
                finding.title,
                ctx.t(f"rating.{finding.severity}"),
                f"{engagement.auditor}, {engagement.audit_date:%d.%m.%Y}",
                open_actions,
                closed,
                check,
            )
        )
    return rows


def _findings_table(ctx: PackContext, rows: list[tuple]) -> Flowable:
    columns = [
        col(ctx, "col.reference"),
        col(ctx, "audit.col.finding", width=0.36),
        col(ctx, "audit.col.severity"),
        col(ctx, "audit.col.audit", width=0.2),
        col(ctx, "audit.col.open_actions"),
        col(ctx, "audit.col.closed"),
        col(ctx, "col.check"),
    ]
    return table(ctx, columns, rows, empty="audit.no_findings")


def _actions(ctx: PackContext) -> list[tuple]:
    data = pack_data(ctx)
    r, f = RemediationAction, AuditFinding
    query = (
        select(r, f)
        .join(f, f.id == r.finding_id)
        .where(r.retired_at.is_(None), f.retired_at.is_(None))
        .order_by(r.completed_on.is_not(None), r.due_on, r.id)
    )
    rows = []
    for action, finding in data.session.execute(query):
        if action.completed_on is not None:
            check = Status.OK if action.completed_on <= action.due_on else Status.WARNING
        else:
            check = Status.OVERDUE if action.due_on < data.today else Status.WARNING
        rows.append(
            (
                finding.reference or f"#{finding.id}",
                action.description,
                action.owner,
                action.due_on,
                action.completed_on,
                action.evidence or None,
                check,
            )
        )
    return rows


def _actions_table(ctx: PackContext, rows: list[tuple]) -> Flowable:
    columns = [
        col(ctx, "audit.col.finding_ref"),
        col(ctx, "audit.col.action", width=0.32),
        col(ctx, "audit.col.owner", width=0.13),
        col(ctx, "col.due_date"),
        col(ctx, "audit.col.completed"),
        col(ctx, "audit.col.evidence", width=0.15, max_lines=4),
        col(ctx, "col.check"),
    ]
    return table(ctx, columns, rows, empty="audit.no_actions")
