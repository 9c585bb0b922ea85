"""Monitoring and reports to the FIU: the period's transactions in figures, the alerts raised
in the period (and any still open), the suspicious transaction reports and the threshold
reports with their deadlines. A redacted pack masks every customer's identity here and
withholds the officer's case facts."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal

from reportlab.platypus import Flowable
from sqlalchemy import and_, or_, select

from kuzet.registers.monitoring.fiu_reports import ids_of, state
from kuzet.reports.badges import Status
from kuzet.reports.blocks import KeyFigure, key_figures, note, para, subheading
from kuzet.reports.formatting import format_date
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import (
    col,
    customer_ref,
    label_of,
    pack_data,
    period_note,
    stream,
    table,
)
from kuzet.store.models.customer import Customer
from kuzet.store.models.monitoring import Alert, SuspiciousTransactionReport, ThresholdReport
from kuzet.store.models.transaction import CustomerTransaction

ZERO = Decimal(0)
ONE = Decimal(1)
REPORT_BADGES = {
    "open": Status.WARNING,
    "to_report": Status.WARNING,
    "overdue": Status.OVERDUE,
    "reported": Status.OK,
    "closed": Status.OK,
}


class MonitoringSection(LabelledSection):
    key = "monitoring"

    def build(self, ctx: PackContext) -> list[Flowable]:
        figures = _transaction_figures(ctx)
        alerts = _alert_counts(ctx)
        return [
            period_note(ctx),
            note(ctx.t("mon.tipping_off")),
            key_figures(
                [
                    KeyFigure(ctx.t("mon.fig.transactions"), figures["count"]),
                    KeyFigure(ctx.t("mon.fig.in_kzt"), figures["in"]),
                    KeyFigure(ctx.t("mon.fig.out_kzt"), figures["out"]),
                    KeyFigure(ctx.t("mon.fig.travel_incomplete"), figures["incomplete"]),
                    KeyFigure(ctx.t("mon.fig.alerts"), alerts["raised"]),
                    KeyFigure(ctx.t("mon.fig.open_alerts"), alerts["open"]),
                    KeyFigure(ctx.t("mon.fig.escalated"), alerts["escalated"]),
                    KeyFigure(ctx.t("mon.fig.explained"), alerts["explained"]),
                ],
                lang=ctx.lang,
                columns=4,
            ),
            _alerts_table(ctx),
            subheading(ctx.t("mon.strs")),
            *_strs_table(ctx),
            subheading(ctx.t("mon.ttrs")),
            _ttrs_table(ctx),
        ]


def _transaction_figures(ctx: PackContext) -> dict[str, object]:
    t = CustomerTransaction.__table__.c
    query = select(t.direction, t.value_kzt, t.travel_rule).where(
        t.retired_at.is_(None),
        t.occurred_on >= ctx.period.date_from,
        t.occurred_on <= ctx.period.date_to,
    )
    count, incomplete, sums = 0, 0, {"in": ZERO, "out": ZERO}
    for direction, value, travel in stream(pack_data(ctx).session, query, chunk=10_000):
        count += 1
        if direction in sums and value is not None:
            sums[direction] += value
        incomplete += travel == "incomplete"
    whole = {k: v.quantize(ONE) for k, v in sums.items()}  # whole tenge for the figures
    return {"count": count, "incomplete": incomplete, **whole}


def _alert_filter(ctx: PackContext):
    a = Alert.__table__.c
    raised = and_(a.detected_on >= ctx.period.date_from, a.detected_on <= ctx.period.date_to)
    return and_(a.retired_at.is_(None), or_(raised, a.status == "open"))


def _alert_counts(ctx: PackContext) -> Counter[str]:
    a = Alert.__table__.c
    counts: Counter[str] = Counter()
    query = select(a.status, a.detected_on).where(_alert_filter(ctx))
    for status, detected in pack_data(ctx).session.execute(query):
        counts[status] += 1
        counts["raised"] += ctx.period.date_from <= detected <= ctx.period.date_to
    return counts


def _alerts_table(ctx: PackContext) -> Flowable:
    data = pack_data(ctx)
    a, c = Alert.__table__.c, Customer.__table__.c
    query = (
        select(
            a.detected_on,
            a.rule,
            a.customer_id,
            c.name,
            a.transaction_ids,
            a.reason,
            a.status,
            a.report_id,
            a.decided_by,
        )
        .join(Customer.__table__, c.id == a.customer_id)
        .where(_alert_filter(ctx))
        .order_by(a.detected_on, a.id)
    )

    def rows() -> Iterator[tuple]:
        for detected, rule, cid, name, tx_ids, reason, status, report_id, by in stream(
            data.session, query
        ):
            shown = label_of(ctx, "mon.alert_status", status)
            if status == "escalated" and report_id:
                shown = ctx.t("mon.escalated_to", id=report_id)
            if by:
                shown = ctx.t("mon.decided_by", status=shown, person=by)
            yield (
                detected,
                label_of(ctx, "mon.rule", rule),
                customer_ref(ctx, cid, name),
                len(ids_of(tx_ids)),
                reason,
                shown,
                Status.WARNING if status == "open" else Status.OK,
            )

    columns = [
        col(ctx, "mon.col.detected"),
        col(ctx, "mon.col.rule", width=0.13),
        col(ctx, "col.customer", width=0.14),
        col(ctx, "mon.col.transactions"),
        col(ctx, "mon.col.reason", width=0.31, max_lines=10),
        col(ctx, "col.status", width=0.12),
        col(ctx, "col.check"),
    ]
    return table(ctx, columns, rows(), title=ctx.t("mon.alerts"), empty="mon.no_alerts")


def _strs_table(ctx: PackContext) -> list[Flowable]:
    data = pack_data(ctx)
    r, c = SuspiciousTransactionReport.__table__.c, Customer.__table__.c
    start, end = ctx.period.date_from, ctx.period.date_to
    dated = or_(
        and_(r.detected_on >= start, r.detected_on <= end),
        and_(r.decided_on >= start, r.decided_on <= end),
        and_(r.reported_on >= start, r.reported_on <= end),
        r.status.in_(("open", "to_report")),
    )
    query = (
        select(SuspiciousTransactionReport, c.name)
        .join(Customer.__table__, c.id == r.customer_id)
        .where(r.retired_at.is_(None), dated)
        .order_by(r.detected_on, r.id)
    )
    rows, facts = [], []
    for report, name in data.session.execute(query):
        shown = state(report, data.today)
        check = REPORT_BADGES.get(shown, Status.WARNING)
        if report.reported_on and report.deadline and report.reported_on > report.deadline:
            check = Status.WARNING
        decision = label_of(ctx, "mon.decision", report.decision or "pending")
        if report.decided_on:
            decision = f"{decision}, {format_date(report.decided_on, ctx.lang)}"
        reported = _reported(ctx, report.reported_on, report.fiu_reference)
        rows.append(
            (
                report.id,
                customer_ref(ctx, report.customer_id, name),
                report.detected_on,
                decision,
                report.deadline,
                reported,
                label_of(ctx, "mon.report_status", shown),
                check,
            )
        )
        if report.facts.strip():
            facts.append((report.id, report.facts.strip()))
    columns = [
        col(ctx, "col.no", align="right"),
        col(ctx, "col.customer", width=0.19),
        col(ctx, "mon.col.detected"),
        col(ctx, "mon.col.decision", width=0.14),
        col(ctx, "mon.col.deadline"),
        col(ctx, "mon.col.reported_on", width=0.16),
        col(ctx, "col.status", width=0.12),
        col(ctx, "col.check"),
    ]
    story: list[Flowable] = [table(ctx, columns, rows, empty="mon.no_strs")]
    if facts:
        story.append(subheading(ctx.t("mon.facts")))
        if ctx.redact:
            story.append(note(ctx.t("mon.facts_withheld")))
        else:
            story += [para(ctx.t("mon.facts_of", id=number, facts=text)) for number, text in facts]
    return story


def _ttrs_table(ctx: PackContext) -> Flowable:
    data = pack_data(ctx)
    r, c = ThresholdReport.__table__.c, Customer.__table__.c
    dated = and_(r.transaction_on >= ctx.period.date_from, r.transaction_on <= ctx.period.date_to)
    query = (
        select(ThresholdReport, c.name)
        .join(Customer.__table__, c.id == r.customer_id)
        .where(r.retired_at.is_(None), or_(dated, r.status == "to_report"))
        .order_by(r.transaction_on, r.id)
    )
    rows = []
    for report, name in data.session.execute(query):
        shown = state(report, data.today)
        check = REPORT_BADGES.get(shown, Status.WARNING)
        if report.reported_on and report.reported_on > report.deadline:
            check = Status.WARNING
        rows.append(
            (
                report.transaction_on,
                customer_ref(ctx, report.customer_id, name),
                report.value_kzt,
                report.threshold_kzt,
                report.deadline,
                _reported(ctx, report.reported_on, report.fiu_reference),
                label_of(ctx, "mon.report_status", shown),
                check,
            )
        )
    columns = [
        col(ctx, "mon.col.transaction_on"),
        col(ctx, "col.customer", width=0.19),
        col(ctx, "mon.col.value_kzt", decimals=2),
        col(ctx, "mon.col.threshold_kzt", decimals=0),
        col(ctx, "mon.col.deadline"),
        col(ctx, "mon.col.reported_on", width=0.17),
        col(ctx, "col.status", width=0.1),
        col(ctx, "col.check"),
    ]
    return table(ctx, columns, rows, empty="mon.no_ttrs")


def _reported(ctx: PackContext, day: dt.date | None, reference: str) -> str | None:
    """``2026-10-27, AFM-TTR-000968``: when a report was filed and the FIU's reference."""
    if day is None:
        return reference or None
    return ", ".join(p for p in (format_date(day, ctx.lang), reference) if p)
