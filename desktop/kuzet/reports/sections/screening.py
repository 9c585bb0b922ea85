"""Sanctions screening: the list versions in force and those the period's runs used (with
the SHA-256 of each file), the screening runs of the period, and the hits raised or decided
in the period or still open, with their decisions."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator

from reportlab.platypus import Flowable
from sqlalchemy import and_, func, or_, select

from kuzet.reports.badges import Status
from kuzet.reports.blocks import KeyFigure, key_figures, note, subheading
from kuzet.reports.formatting import format_date
from kuzet.reports.period_findings import ListCoverage, findings_block, list_coverage
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import (
    col,
    customer_ref,
    day_bounds,
    identifier,
    pack_data,
    period_note,
    person,
    stream,
    table,
)
from kuzet.reports.sections.reasons import screening_reason
from kuzet.reports.table_cells import anchored
from kuzet.store.models.customer import Customer
from kuzet.store.models.screening import HIT_STATUSES, ScreeningHit, ScreeningRun, WatchlistVersion


class ScreeningSection(LabelledSection):
    key = "screening"

    def build(self, ctx: PackContext) -> list[Flowable]:
        coverage = list_coverage(ctx)
        used = _versions_used(ctx, coverage)
        counts = _hit_counts(ctx)
        story: list[Flowable] = [
            *findings_block(ctx, self.key),
            period_note(ctx),
            key_figures(
                [
                    KeyFigure(ctx.t("scr.fig.runs"), _run_count(ctx)),
                    KeyFigure(ctx.t("scr.fig.raised"), counts["raised"]),
                    KeyFigure(ctx.t("scr.fig.open"), counts["open"]),
                    KeyFigure(ctx.t("scr.fig.true_match"), counts["true_match"]),
                ],
                lang=ctx.lang,
                columns=4,
            ),
            subheading(ctx.t("periods.coverage")),
            _coverage_table(ctx, coverage),
            note(ctx.t("periods.coverage_note")),
            subheading(ctx.t("periods.lists")),
            _versions_table(ctx, used, coverage),
            note(ctx.t("scr.lists_note")),
            _runs_table(ctx),
            _hits_table(ctx),
        ]
        return story


def _versions_used(ctx: PackContext, coverage: ListCoverage) -> set[int]:
    """Versions in force on some day of the period, and every version a run of the period
    screened against (a list imported after the period is neither)."""
    data = pack_data(ctx)
    start, end = day_bounds(ctx)
    r = ScreeningRun.__table__.c
    used = {span.version.id or 0 for span in coverage.spans}
    query = select(r.version_ids).where(r.started_at >= start, r.started_at < end).distinct()
    for (text,) in data.session.execute(query):
        used.update(int(i) for i in json.loads(text or "[]"))
    return used


def _span(ctx: PackContext, first: dt.date, last: dt.date) -> str:
    return f"{format_date(first, ctx.lang)} – {format_date(last, ctx.lang)}"


def _version_name(version: WatchlistVersion) -> str:
    return f"{version.list_name} (#{version.id})"


def _coverage_table(ctx: PackContext, coverage: ListCoverage) -> Flowable:
    """The period's days in stretches with the same list versions in force; a stretch
    with none is a gap (a CRITICAL badge: the finding ``period_no_list_in_force``)."""
    names = {span.version.id: _version_name(span.version) for span in coverage.spans}
    no_list = ctx.t("periods.no_list")
    rows = [
        (
            stretch.first_day,
            stretch.last_day,
            stretch.days,
            "; ".join(names[i] for i in stretch.version_ids) or no_list,
            Status.OK if stretch.version_ids else Status.CRITICAL,
        )
        for stretch in coverage.stretches
    ]
    columns = [
        col(ctx, "periods.col.from"),
        col(ctx, "periods.col.to"),
        col(ctx, "periods.col.days"),
        col(ctx, "periods.col.lists", width=0.5),
        col(ctx, "col.check"),
    ]
    return table(ctx, columns, rows, empty="table.empty")


def _versions_table(ctx: PackContext, used: set[int], coverage: ListCoverage) -> Flowable:
    data = pack_data(ctx)
    spans = {span.version.id: span for span in coverage.spans}
    not_in_force = ctx.t("periods.not_in_force")
    query = (
        select(WatchlistVersion)
        .where(WatchlistVersion.id.in_(sorted(used)))
        .order_by(WatchlistVersion.list_name, WatchlistVersion.id)
    )
    rows = [
        (
            f"{v.list_name} (#{v.id})",
            v.published_on,
            v.created_at.date() if v.created_at else None,
            v.entries,
            f"+{v.added} / ~{v.changed} / −{v.removed}",
            _span(ctx, spans[v.id].first_day, spans[v.id].last_day)
            if v.id in spans
            else not_in_force,
            v.sha256,
        )
        for v in data.session.execute(query).scalars()
    ]
    columns = [
        col(ctx, "scr.col.list", width=0.2),
        col(ctx, "scr.col.published"),
        col(ctx, "scr.col.imported"),
        col(ctx, "scr.col.entries"),
        col(ctx, "scr.col.changes"),
        col(ctx, "periods.col.in_force", width=0.14),
        col(ctx, "col.sha256", width=0.3, mono=True, max_lines=3),
    ]
    return table(ctx, columns, rows, empty="periods.no_list")


def _run_count(ctx: PackContext) -> int:
    start, end = day_bounds(ctx)
    r = ScreeningRun.__table__.c
    query = select(func.count()).where(r.started_at >= start, r.started_at < end)
    return int(pack_data(ctx).session.execute(query).scalar_one())


def _runs_table(ctx: PackContext) -> Flowable:
    data = pack_data(ctx)
    start, end = day_bounds(ctx)
    r = ScreeningRun.__table__.c
    query = (
        select(
            r.started_at,
            r.scope,
            r.trigger,
            r.run_by,
            r.subjects,
            r.new_open,
            r.auto_cleared,
            r.suppressed,
            r.lapsed,
        )
        .where(r.started_at >= start, r.started_at < end)
        .order_by(r.started_at, r.id)
    )

    def rows() -> Iterator[tuple]:
        for started, scope, trigger, by, *numbers in stream(data.session, query):
            yield (started, ctx.t(f"scr.scope.{scope}"), trigger, by or None, *numbers)

    columns = [
        col(ctx, "scr.col.started"),
        col(ctx, "scr.col.scope"),
        col(ctx, "scr.col.trigger"),
        col(ctx, "scr.col.run_by"),
        col(ctx, "scr.col.subjects"),
        col(ctx, "scr.col.new_open"),
        col(ctx, "scr.col.auto_cleared"),
        col(ctx, "scr.col.suppressed"),
        col(ctx, "scr.col.lapsed"),
    ]
    return table(ctx, columns, rows(), title=ctx.t("scr.runs"), empty="scr.no_runs")


def _hits_filter(ctx: PackContext):
    start, end = day_bounds(ctx)
    h = ScreeningHit.__table__.c
    return and_(
        h.retired_at.is_(None),
        or_(
            and_(h.created_at >= start, h.created_at < end),
            and_(h.decided_at >= start, h.decided_at < end),
            # still open, raised by then: a hit of a later run is not the period's
            and_(h.status == "open", h.created_at < end),
        ),
    )


def _hit_counts(ctx: PackContext) -> Counter[str]:
    start, end = day_bounds(ctx)
    h = ScreeningHit.__table__.c
    counts: Counter[str] = Counter()
    query = select(h.status, h.created_at).where(_hits_filter(ctx))
    for status, created in pack_data(ctx).session.execute(query):
        counts[status] += 1
        if created is not None and start <= created < end:
            counts["raised"] += 1
    return counts


def _hits_table(ctx: PackContext) -> Flowable:
    data = pack_data(ctx)
    h, c = ScreeningHit.__table__.c, Customer.__table__.c
    review_days = int(data.rules.value_or("screening.hit_review_days", data.today, 0))
    query = (
        select(
            h.created_at,
            h.customer_id,
            c.name,
            h.subject_name,
            h.list_name,
            h.entry_ref,
            h.entry_name,
            h.score,
            h.status,
            h.decided_by,
            h.decided_at,
            h.reason,
            h.id,
        )
        .join(Customer.__table__, c.id == h.customer_id)
        .where(_hits_filter(ctx))
        .order_by(h.created_at, h.id)
    )
    statuses = {s: ctx.t(f"scr.status.{s}") for s in HIT_STATUSES}
    withheld = ctx.t("value.withheld")

    def rows() -> Iterator[tuple]:
        for row in stream(data.session, query):
            created, cid, name, subject, list_name, ref, entry, score, status = row[:9]
            decided_by, decided_at, reason, hit_id = row[9:]
            reason = screening_reason(reason, ctx.lang) if reason else reason
            check = Status.OK
            if status == "open":
                age = (data.today - created.date()).days if created else 0
                check = Status.OVERDUE if review_days and age > review_days else Status.WARNING
            decision = None
            if decided_by or decided_at:
                when = format_date(decided_at, ctx.lang) if decided_at else ""
                decision = ", ".join(x for x in (decided_by, when) if x)
                if reason:
                    decision += f": {withheld if ctx.redact else reason}"
            elif reason:
                decision = withheld if ctx.redact else reason
            yield anchored(  # the findings summary cites this hit by its page
                f"screening.screening_hit/{hit_id}",
                (
                    created.date() if created else None,
                    customer_ref(ctx, cid, name),
                    # the listed name beside the customer it matched identifies the customer
                    f"{person(ctx, subject)} → {list_name}: {person(ctx, entry)} "
                    f"({identifier(ctx, ref)})",
                    score,
                    statuses.get(status, status),
                    check,
                    decision,
                ),
            )

    columns = [
        col(ctx, "scr.col.raised"),
        col(ctx, "col.customer", width=0.17),
        col(ctx, "scr.col.match", width=0.27),
        col(ctx, "scr.col.score"),
        col(ctx, "col.status", width=0.09),
        col(ctx, "col.check"),
        col(ctx, "scr.col.decision", max_lines=6),
    ]
    return table(ctx, columns, rows(), title=ctx.t("scr.hits"), empty="scr.no_hits")
