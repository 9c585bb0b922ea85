"""The audit trail: its verification when the pack was built (the hash chain recomputed and
every register row compared with its last recorded state: intact or not, with the head
hash), the changes recorded in the period by register, and the records retired in it."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.platypus import Flowable
from sqlalchemy import func, select

from kuzet.reports.badges import Status
from kuzet.reports.blocks import KeyFigure, key_figures, para, subheading
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import (
    Deferred,
    col,
    day_bounds,
    label_of,
    pack_data,
    period_note,
    scrub,
    stream,
    table,
    utc_text,
)
from kuzet.store.models import AuditEntry
from kuzet.store.verify import verify

# Registers whose free-text reasons may name a customer: withheld in a redacted pack.
PERSONAL_REGISTERS = frozenset(
    {
        "customer",
        "beneficial_owner",
        "pep_status",
        "customer_document",
        "customer_edd",
        "customer_review",
        "risk_assessment",
        "screening_hit",
        "false_positive_memory",
        "alert",
        "suspicious_transaction_report",
        "threshold_report",
        "transaction",
        "knowledge_test",
    }
)


def trail_bounds(ctx: PackContext) -> tuple[str, str]:
    """The period's local days as [start, end) in the trail's ISO 8601 UTC text (which
    sorts as time)."""
    start, end = day_bounds(ctx)
    return utc_text(start), utc_text(end)


class TrailSection(LabelledSection):
    key = "trail"

    def build(self, ctx: PackContext) -> list[Flowable]:
        """The story is made when the layout reaches it: by then the verification running
        beside the build (``trail_check``) has had the whole layout's time to finish."""
        return [Deferred(lambda: self.story(ctx))]

    def story(self, ctx: PackContext) -> list[Flowable]:
        data = pack_data(ctx)
        ctx.progress.check()
        if data.trail_check is not None:
            report = data.trail_check.report(ctx.progress)
        else:
            report = verify(data.session.get_bind())
        ctx.progress.check()
        status = Status.OK if report.intact else Status.OVERDUE
        story: list[Flowable] = [
            para(ctx.t("trail.intro")),
            key_figures(
                [
                    KeyFigure(ctx.t("trail.fig.result"), status),
                    KeyFigure(ctx.t("trail.fig.entries"), report.entries),
                    KeyFigure(ctx.t("trail.fig.rows"), report.rows),
                ],
                lang=ctx.lang,
            ),
            para(ctx.t("trail.intact" if report.intact else "trail.broken")),
            table(
                ctx,
                [col(ctx, "trail.col.head_hash", width=1.0, mono=True)],
                [(report.head_hash,)],
            ),
        ]
        if report.problems:
            story += [
                subheading(ctx.t("trail.problems")),
                table(
                    ctx, [col(ctx, "trail.col.problem", width=1.0)], [(p,) for p in report.problems]
                ),
            ]
        story += [
            subheading(ctx.t("trail.changes")),
            period_note(ctx),
            _changes_table(ctx),
            _retired_table(ctx),
        ]
        return story


def _changes_table(ctx: PackContext) -> Flowable:
    start, end = trail_bounds(ctx)
    t = AuditEntry.__table__.c
    query = (
        select(t.register_name, t.action, func.count())
        .where(t.at >= start, t.at < end)
        .group_by(t.register_name, t.action)
        .order_by(t.register_name, t.action)
    )
    counts: dict[str, dict[str, int]] = {}
    for register, action, n in pack_data(ctx).session.execute(query):
        counts.setdefault(register, {})[action] = n
    actions = ("insert", "update", "retire")
    rows = []
    for register, found in counts.items():
        others = sum(n for a, n in found.items() if a not in actions)
        rows.append(
            (
                label_of(ctx, "register", register),
                *(found.get(a, 0) for a in actions),
                others,
                sum(found.values()),
            )
        )
    columns = [
        col(ctx, "trail.col.register", width=0.3),
        col(ctx, "trail.col.inserted"),
        col(ctx, "trail.col.updated"),
        col(ctx, "trail.col.retired"),
        col(ctx, "trail.col.other"),
        col(ctx, "col.total"),
    ]
    total = None
    if rows:
        total = (ctx.t("col.total"), *(sum(r[i] for r in rows) for i in range(1, 6)))
    return table(ctx, columns, rows, empty="trail.no_changes", total_row=total)


def _retired_table(ctx: PackContext) -> Flowable:
    data = pack_data(ctx)
    start, end = trail_bounds(ctx)
    t = AuditEntry.__table__.c
    query = (
        select(t.id, t.at, t.actor, t.register_name, t.record_id, t.reason)
        .where(t.at >= start, t.at < end, t.action == "retire")
        .order_by(t.id)
    )

    withheld = ctx.t("value.withheld")

    def rows() -> Iterator[tuple]:
        for entry_id, at, actor, register, record_id, reason in stream(data.session, query):
            if ctx.redact and reason and register in PERSONAL_REGISTERS:
                reason = withheld
            reason = scrub(ctx, reason)  # an IIN/BIN quoted elsewhere, masked
            yield (
                entry_id,
                at[:16].replace("T", " "),
                actor,
                label_of(ctx, "register", register),
                record_id,
                reason or None,
            )

    columns = [
        col(ctx, "trail.col.entry", align="right"),
        col(ctx, "trail.col.at"),
        col(ctx, "trail.col.actor", width=0.1),
        col(ctx, "trail.col.register", width=0.3),
        col(ctx, "trail.col.record", align="right"),
        col(ctx, "trail.col.reason", width=0.34, max_lines=4),
    ]
    return table(ctx, columns, rows(), title=ctx.t("trail.retired"), empty="trail.no_retired")
