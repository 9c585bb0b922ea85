"""AML training: the staff register, the training matrix on the generation day (every member
of staff by required course: done, due or overdue), the sessions held in the period, and
the certificates of those sessions kept in the vault (cited as evidence)."""

from __future__ import annotations

from reportlab.platypus import Flowable
from sqlalchemy import case, func, select

from kuzet.regime import programme
from kuzet.registers.programme import staff, training_matrix
from kuzet.registers.programme.training import topic_labels
from kuzet.reports.badges import Status
from kuzet.reports.blocks import KeyFigure, key_figures, subheading
from kuzet.reports.formatting import format_date
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import (
    VaultFile,
    cite_vault_file,
    col,
    pack_data,
    period_note,
    state_note,
    table,
)
from kuzet.reports.table_cells import Column
from kuzet.store.models.staff import StaffMember
from kuzet.store.models.training import Course, TrainingAttendance, TrainingSession

STATE_BADGES = {
    programme.DONE: Status.OK,
    programme.DUE: Status.WARNING,
    programme.OVERDUE: Status.OVERDUE,
}


class TrainingSection(LabelledSection):
    key = "training"

    def build(self, ctx: PackContext) -> list[Flowable]:
        data = pack_data(ctx)
        found = training_matrix.matrix(data.session, data.rules, data.today)
        counts = found.counts()
        return [
            state_note(ctx),
            key_figures(
                [
                    KeyFigure(ctx.t("train.fig.staff"), len(found.rows)),
                    KeyFigure(ctx.t("train.fig.done"), counts[programme.DONE]),
                    KeyFigure(ctx.t("train.fig.due"), counts[programme.DUE]),
                    KeyFigure(ctx.t("train.fig.overdue"), counts[programme.OVERDUE]),
                ],
                lang=ctx.lang,
                columns=4,
            ),
            subheading(ctx.t("train.matrix")),
            _matrix_table(ctx, found),
            subheading(ctx.t("train.staff")),
            _staff_table(ctx),
            subheading(ctx.t("train.sessions")),
            period_note(ctx),
            _sessions_table(ctx),
            subheading(ctx.t("train.certificates")),
            _certificates_table(ctx),
        ]


def _cell(ctx: PackContext, cell: programme.TrainingStatus | None) -> str | None:
    if cell is None:
        return None
    day = format_date(cell.due, ctx.lang)
    return ctx.t(f"train.cell.{cell.state}", day=day)


def _matrix_table(ctx: PackContext, found: training_matrix.Matrix) -> Flowable:
    data = pack_data(ctx)
    roles = staff.role_labels(data.rules, data.today)
    columns = [
        col(ctx, "col.person", width=0.2),
        col(ctx, "col.role", width=0.16),
        *(Column(label) for _key, label in found.topics),
        col(ctx, "col.check"),
    ]
    rows = [
        (
            row.name,
            roles.get(row.role, row.role),
            *(_cell(ctx, row.cells.get(key)) for key, _label in found.topics),
            STATE_BADGES.get(row.worst() or "", Status.OK),
        )
        for row in found.rows
    ]
    return table(ctx, columns, rows, empty="train.no_staff")


def _staff_table(ctx: PackContext) -> Flowable:
    data = pack_data(ctx)
    roles = staff.role_labels(data.rules, data.today)
    t = StaffMember
    query = select(t).where(t.retired_at.is_(None)).order_by(t.end_date.is_not(None), t.full_name)
    rows = [
        (
            m.full_name,
            roles.get(m.role, m.role),
            m.job_title or None,
            m.start_date,
            m.end_date,
            m.screened_on,
            ctx.t(f"train.screening.{m.screening_result}"),
        )
        for m in data.session.execute(query).scalars()
    ]
    columns = [
        col(ctx, "col.person", width=0.2),
        col(ctx, "col.role", width=0.16),
        col(ctx, "train.col.job_title", width=0.16),
        col(ctx, "train.col.started"),
        col(ctx, "train.col.left"),
        col(ctx, "train.col.screened"),
        col(ctx, "train.col.screening"),
    ]
    return table(ctx, columns, rows, empty="train.no_staff")


def _in_period(ctx: PackContext):
    s = TrainingSession.__table__.c
    return (
        s.retired_at.is_(None)
        & (s.held_on >= ctx.period.date_from)
        & (s.held_on <= ctx.period.date_to)
    )


def _sessions_table(ctx: PackContext) -> Flowable:
    data = pack_data(ctx)
    s, c, a = (TrainingSession.__table__.c, Course.__table__.c, TrainingAttendance.__table__.c)
    attended = (
        select(
            a.session_id,
            func.count(a.id).label("attended"),
            func.sum(case((a.completed.is_(True), 1), else_=0)).label("completed"),
        )
        .where(a.retired_at.is_(None))
        .group_by(a.session_id)
        .subquery()
    )
    query = (
        select(s.held_on, c.title, c.topic, s.trainer, attended.c.attended, attended.c.completed)
        .join(Course.__table__, c.id == s.course_id)
        .outerjoin(attended, attended.c.session_id == s.id)
        .where(_in_period(ctx))
        .order_by(s.held_on, s.id)
    )
    topics = topic_labels(data.rules, data.today)
    rows = [
        (held, title, topics.get(topic, topic), trainer or None, int(n or 0), int(done or 0))
        for held, title, topic, trainer, n, done in data.session.execute(query)
    ]
    columns = [
        col(ctx, "col.date"),
        col(ctx, "train.col.course", width=0.28),
        col(ctx, "train.col.topic", width=0.2),
        col(ctx, "train.col.trainer", width=0.16),
        col(ctx, "train.col.attended"),
        col(ctx, "train.col.completed"),
    ]
    return table(ctx, columns, rows, empty="train.no_sessions")


def _certificates_table(ctx: PackContext) -> Flowable:
    data = pack_data(ctx)
    s, c, a, m = (
        TrainingSession.__table__.c,
        Course.__table__.c,
        TrainingAttendance.__table__.c,
        StaffMember.__table__.c,
    )
    query = (
        select(
            a.id,
            m.full_name,
            c.title,
            s.held_on,
            a.certificate_ref,
            a.certificate_file,
            a.certificate_sha256,
            a.certificate_blob,
        )
        .join(TrainingSession.__table__, s.id == a.session_id)
        .join(Course.__table__, c.id == s.course_id)
        .join(StaffMember.__table__, m.id == a.staff_member_id)
        .where(_in_period(ctx), a.retired_at.is_(None), a.certificate_blob.is_not(None))
        .order_by(s.held_on, m.full_name, a.id)
    )
    rows = []
    for att_id, name, title, held, ref, file_name, sha, blob in data.session.execute(query):
        path = f"vault/training_attendance/{att_id}/{file_name or 'certificate'}"
        label = ctx.t("train.certificate_label", person=name, course=title)
        cite_vault_file(ctx, path, label, VaultFile(blob, sha))
        rows.append((name, title, held, ref or None, file_name or None, sha))
    columns = [
        col(ctx, "col.person", width=0.16),
        col(ctx, "train.col.course", width=0.2),
        col(ctx, "col.date"),
        col(ctx, "train.col.certificate"),
        col(ctx, "col.file", width=0.12),
        col(ctx, "col.sha256", width=0.3, mono=True, max_lines=3),
    ]
    return table(ctx, columns, rows, empty="train.no_certificates")
