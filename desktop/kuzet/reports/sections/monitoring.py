"""Monitoring and reports to the FIU: the period's transactions in figures, the alerts raised
in the period (and any still open), the suspicious transaction reports and the threshold
reports with their deadlines. A redacted pack masks every customer's identity here and
withholds the officer's case facts."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from reportlab.platypus import Flowable
from sqlalchemy import and_, or_, select

from kuzet.registers.monitoring.fiu_reports import ids_of, state
from kuzet.reports.badges import Status
from kuzet.reports.blocks import KeyFigure, key_figures, note, para, subheading
from kuzet.reports.formatting import format_date, number_formatter
from kuzet.reports.period_findings import findings_block
from kuzet.reports.rule_texts import phrase_map
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import (
    col,
    customer_ref,
    label_of,
    pack_data,
    period_note,
    scrub,
    stream,
    table,
)
from kuzet.reports.sections.periods import (
    TxDay,
    before_period,
    covers_period,
    dated,
    days_of,
    entered_late,
    late_note,
    period_end,
    transaction_days,
    transactions_text,
)
from kuzet.reports.sections.reasons import reason_text
from kuzet.reports.table_cells import anchored
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
        chosen = _period_alerts(ctx)
        alerts = _alert_counts(chosen)
        return [
            *findings_block(ctx, self.key),
            period_note(ctx),
            note(ctx.t("periods.by_business_date")),
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
            *_alerts_table(ctx, chosen),
            *_late_transactions(ctx),
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


@dataclass(frozen=True)
class _PeriodAlert:
    row: tuple  # the columns of ``_period_alerts``'s query
    txs: list[TxDay]
    in_period: bool  # False: an earlier period's alert, still open


def _period_alerts(ctx: PackContext) -> list[_PeriodAlert]:
    """The alerts of the period by the days their transactions occurred (an alert without
    a transaction, e.g. on a client's activity, by the day it was detected), and alerts of
    earlier periods still open. An alert on a transaction of the period detected after the
    period ended belongs to the period."""
    data = pack_data(ctx)
    a, c = Alert.__table__.c, Customer.__table__.c
    query = (
        select(
            a.detected_on,
            a.rule,
            a.customer_id,
            c.name,
            c.name_latin,
            a.transaction_ids,
            a.reason,
            a.status,
            a.report_id,
            a.decided_by,
            a.created_at,
            a.id,
        )
        .join(Customer.__table__, c.id == a.customer_id)
        # detected on or after its transactions' days: earlier alerts matter only when open
        .where(
            a.retired_at.is_(None), or_(a.detected_on >= ctx.period.date_from, a.status == "open")
        )
        .order_by(a.detected_on, a.id)
    )
    rows = [tuple(row) for row in data.session.execute(query)]
    known = transaction_days(data.session, (i for row in rows for i in ids_of(row[5])))
    chosen = []
    for row in rows:
        txs = days_of(row[5], known)
        inside = covers_period(ctx, txs, row[0])
        if inside or (row[7] == "open" and before_period(ctx, txs, row[0])):
            chosen.append(_PeriodAlert(row, txs, inside))
    return chosen


def _alert_counts(chosen: list[_PeriodAlert]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for alert in chosen:
        counts[alert.row[7]] += 1
        counts["raised"] += alert.in_period
    return counts


def _alerts_table(ctx: PackContext, chosen: list[_PeriodAlert]) -> list[Flowable]:
    data = pack_data(ctx)
    phrase = phrase_map(data.rules)  # a threshold report's kind, in the pack's language

    def rows() -> Iterator[tuple]:
        for alert in chosen:
            detected, rule, cid, name, latin, _ids, reason, status, report_id, by, created = (
                alert.row[:11]
            )
            shown = label_of(ctx, "mon.alert_status", status)
            if status == "escalated" and report_id:
                shown = ctx.t("mon.escalated_to", id=report_id)
            if by:
                shown = ctx.t("mon.decided_by", status=shown, person=by)
            yield anchored(  # the findings summary cites this alert by its page
                f"monitoring.alert/{alert.row[11]}",
                (
                    dated(ctx, detected, created),
                    label_of(ctx, "mon.rule", rule),
                    customer_ref(ctx, cid, name),
                    transactions_text(ctx, alert.txs),
                    scrub(ctx, reason_text(rule, reason, ctx.lang, phrase), (name, latin)),
                    shown,
                    Status.WARNING if status == "open" else Status.OK,
                ),
            )

    columns = [
        col(ctx, "mon.col.detected"),
        col(ctx, "mon.col.rule", width=0.12),
        col(ctx, "col.customer", width=0.13),
        col(ctx, "periods.col.transactions", width=0.15),
        col(ctx, "mon.col.reason", width=0.26, max_lines=10),
        col(ctx, "col.status", width=0.12),
        col(ctx, "col.check"),
    ]
    story = [table(ctx, columns, rows(), title=ctx.t("periods.alerts"), empty="periods.no_alerts")]
    if any(entered_late(ctx, alert.row[10]) for alert in chosen):
        story.append(late_note(ctx))
    return story


def _late_transactions(ctx: PackContext) -> list[Flowable]:
    """Transactions dated in the period but entered after it ended, with their entry day."""
    data = pack_data(ctx)
    number = number_formatter(ctx.lang)
    t, c = CustomerTransaction.__table__.c, Customer.__table__.c
    query = (
        select(t.occurred_on, t.reference, t.id, t.customer_id, c.name, t.direction, t.asset)
        .add_columns(t.amount, t.value_kzt, t.created_at)
        .join(Customer.__table__, c.id == t.customer_id)
        .where(
            t.retired_at.is_(None),
            t.occurred_on >= ctx.period.date_from,
            t.occurred_on <= ctx.period.date_to,
            t.created_at >= period_end(ctx),
        )
        .order_by(t.occurred_on, t.id)
    )
    rows = [
        (
            dated(ctx, day, created),
            reference or f"#{tx_id}",
            customer_ref(ctx, cid, name),
            label_of(ctx, "periods.direction", direction),
            f"{number(amount, None)} {asset}",
            value,
        )
        for day, reference, tx_id, cid, name, direction, asset, amount, value, created in (
            data.session.execute(query)
        )
    ]
    if not rows:
        return []
    columns = [
        col(ctx, "periods.col.occurred"),
        col(ctx, "col.reference", mono=True),
        col(ctx, "col.customer", width=0.22),
        col(ctx, "periods.col.direction"),
        col(ctx, "col.quantity", align="right"),
        col(ctx, "mon.col.value_kzt", decimals=2),
    ]
    title = ctx.t("periods.late_transactions", n=len(rows))
    return [table(ctx, columns, rows, title=title), late_note(ctx)]


def _strs_table(ctx: PackContext) -> list[Flowable]:
    data = pack_data(ctx)
    r, c = SuspiciousTransactionReport.__table__.c, Customer.__table__.c
    pending = ("open", "to_report")
    # a report is detected on or after its operations' days: earlier ones matter when pending
    query = (
        select(SuspiciousTransactionReport, c.name)
        .join(Customer.__table__, c.id == r.customer_id)
        .where(
            r.retired_at.is_(None),
            or_(r.detected_on >= ctx.period.date_from, r.status.in_(pending)),
        )
        .order_by(r.detected_on, r.id)
    )
    found = list(data.session.execute(query))
    known = transaction_days(
        data.session, (i for rep, _ in found for i in ids_of(rep.transaction_ids))
    )
    rows, facts, late = [], [], False
    for report, name in found:
        # the period its operations cover (an activity report: the day it was detected)
        txs = days_of(report.transaction_ids, known)
        if not covers_period(ctx, txs, report.detected_on) and not (
            report.status in pending and before_period(ctx, txs, report.detected_on)
        ):
            continue
        late = late or entered_late(ctx, report.created_at) is not None
        shown = state(report, data.today)
        check = REPORT_BADGES.get(shown, Status.WARNING)
        if report.reported_on and report.deadline and report.reported_on > report.deadline:
            check = Status.WARNING
        decision = label_of(ctx, "mon.decision", report.decision or "pending")
        if report.decided_on:
            decision = f"{decision}, {format_date(report.decided_on, ctx.lang)}"
        reported = _reported(ctx, report.reported_on, report.fiu_reference)
        covered = transactions_text(ctx, txs) or ctx.t("periods.activity")
        rows.append(
            (
                report.id,
                customer_ref(ctx, report.customer_id, name),
                covered,
                dated(ctx, report.detected_on, report.created_at),
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
        col(ctx, "col.customer", width=0.14),
        col(ctx, "periods.col.covers", width=0.15),
        col(ctx, "mon.col.detected"),
        col(ctx, "mon.col.decision", width=0.12),
        col(ctx, "mon.col.deadline"),
        col(ctx, "mon.col.reported_on", width=0.14),
        col(ctx, "col.status", width=0.1),
        col(ctx, "col.check"),
    ]
    story: list[Flowable] = [table(ctx, columns, rows, empty="periods.no_strs")]
    if late:
        story.append(late_note(ctx))
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
        .where(
            r.retired_at.is_(None),
            or_(dated, and_(r.status == "to_report", r.transaction_on < ctx.period.date_from)),
        )
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
