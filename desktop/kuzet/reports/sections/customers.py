"""Customers (KYC/CDD) as they stand on the generation day: counts by risk tier and status,
the PEPs and the enhanced due diligence they and high-risk customers need, overdue reviews,
expired identity documents, the per-customer list, and the documents cited as evidence."""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import Flowable
from sqlalchemy import func, or_, select

from kuzet.regime.risk import risk_parameters
from kuzet.reports.badges import Status
from kuzet.reports.blocks import KeyFigure, key_figures, note, subheading
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import (
    col,
    customer_ref,
    day_bounds,
    pack_data,
    pep_position,
    person,
    rule_labels,
    state_note,
    stream,
    table,
)
from kuzet.reports.sections.customer_list import (
    ACTIVE,
    cited_documents,
    customer_distributions,
    customer_list,
)
from kuzet.store.models.beneficial_owner import BeneficialOwner
from kuzet.store.models.customer import RISK_TIERS, Customer
from kuzet.store.models.edd import EddRecord
from kuzet.store.models.pep import PepStatus

TIER_ORDER = ("high", "medium", "low", "")


class CustomersSection(LabelledSection):
    key = "customers"

    def build(self, ctx: PackContext) -> list[Flowable]:
        peps = _pep_customers(ctx)
        edd = _edd_rows(ctx, peps)
        incomplete = {row[0] for row in edd if not row[1]}
        counts = _counts(ctx)
        overdue = _overdue_reviews(ctx)
        expired = _expired_ids(ctx)
        story: list[Flowable] = [
            state_note(ctx),
            note(ctx.t("periods.customers_in_period", **_period_counts(ctx))),
            key_figures(
                [
                    KeyFigure(ctx.t("cust.fig.files"), counts["files"]),
                    KeyFigure(ctx.t("cust.fig.active"), counts["active"]),
                    KeyFigure(ctx.t("cust.fig.high"), counts["high"]),
                    KeyFigure(ctx.t("cust.fig.peps"), len(peps)),
                    KeyFigure(ctx.t("cust.fig.edd_incomplete"), len(incomplete)),
                    KeyFigure(ctx.t("cust.fig.overdue"), len(overdue)),
                    KeyFigure(ctx.t("cust.fig.expired"), len(expired)),
                    KeyFigure(ctx.t("cust.fig.pending"), counts["pending"]),
                ],
                lang=ctx.lang,
                columns=4,
            ),
            subheading(ctx.t("cust.by_tier")),
            _tier_table(ctx),
            subheading(ctx.t("cust.peps")),
            _pep_table(ctx),
            subheading(ctx.t("cust.edd")),
            _edd_table(ctx, edd),
            subheading(ctx.t("cust.overdue")),
            _overdue_table(ctx, overdue),
            subheading(ctx.t("cust.expired")),
            _expired_table(ctx, expired),
            *customer_distributions(ctx),
            customer_list(ctx, set(peps), incomplete),
        ]
        documents = cited_documents(ctx, {row[0] for row in edd})
        story.append(documents if documents is not None else note(ctx.t("cust.documents_redacted")))
        return story


def _period_counts(ctx: PackContext) -> dict[str, int]:
    """Customers onboarded in the period, and onboarding decisions taken in it, each by the
    day of the decision (not the day the file was entered)."""
    c = Customer.__table__.c
    start, end = day_bounds(ctx)
    session = pack_data(ctx).session
    onboarded = select(func.count()).where(
        c.retired_at.is_(None),
        c.onboarded_on >= ctx.period.date_from,
        c.onboarded_on <= ctx.period.date_to,
    )
    decided = select(func.count()).where(
        c.retired_at.is_(None), c.decided_at >= start, c.decided_at < end
    )
    return {
        "onboarded": int(session.execute(onboarded).scalar_one()),
        "decided": int(session.execute(decided).scalar_one()),
    }


def _counts(ctx: PackContext) -> Counter[str]:
    c = Customer.__table__.c
    query = (
        select(c.status, c.risk_tier, func.count())
        .where(c.retired_at.is_(None))
        .group_by(c.status, c.risk_tier)
    )
    counts: Counter[str] = Counter()
    for status, tier, n in pack_data(ctx).session.execute(query):
        counts["files"] += n
        counts[status] += n
        if status in ACTIVE:
            counts["active"] += n
            if tier == "high":
                counts["high"] += n
    return counts


def _tier_table(ctx: PackContext) -> Flowable:
    c = Customer.__table__.c
    query = (
        select(c.risk_tier, c.kind, func.count())
        .where(c.retired_at.is_(None), c.status.in_(ACTIVE))
        .group_by(c.risk_tier, c.kind)
    )
    found: Counter[tuple[str, str]] = Counter()
    for tier, kind, n in pack_data(ctx).session.execute(query):
        found[(tier if tier in RISK_TIERS else "", kind)] += n
    rows = []
    for tier in TIER_ORDER:
        people, entities = found[(tier, "individual")], found[(tier, "entity")]
        if tier == "" and not people + entities:
            continue
        label = ctx.t(f"rating.{tier}") if tier else ctx.t("cust.not_assessed")
        rows.append((label, people, entities, people + entities))
    total_people = sum(r[1] for r in rows)
    total_entities = sum(r[2] for r in rows)
    columns = [
        col(ctx, "col.risk"),
        col(ctx, "cust.col.individuals"),
        col(ctx, "cust.col.entities"),
        col(ctx, "col.total"),
    ]
    total = (ctx.t("col.total"), total_people, total_entities, total_people + total_entities)
    return table(ctx, columns, rows, total_row=total)


def _active_pep_query(ctx: PackContext):
    p = PepStatus.__table__.c
    today = pack_data(ctx).today
    return p.retired_at.is_(None) & or_(p.status_ends_on.is_(None), p.status_ends_on >= today)


def _pep_customers(ctx: PackContext) -> dict[int, list[str]]:
    """Customers with a PEP status lasting on the generation day -> the PEP kinds."""
    p = PepStatus.__table__.c
    found: dict[int, list[str]] = {}
    query = select(p.customer_id, p.kind).where(_active_pep_query(ctx))
    for customer_id, kind in pack_data(ctx).session.execute(query):
        found.setdefault(customer_id, []).append(kind)
    return found


def _pep_table(ctx: PackContext) -> Flowable:
    data = pack_data(ctx)
    p, c, o = PepStatus.__table__.c, Customer.__table__.c, BeneficialOwner.__table__.c
    query = (
        select(
            p.customer_id,
            c.name,
            o.name,
            p.kind,
            p.related_kind,
            p.position,
            p.organisation,
            p.left_office,
            p.status_ends_on,
        )
        .join(Customer.__table__, c.id == p.customer_id)
        .outerjoin(BeneficialOwner.__table__, o.id == p.owner_id)
        .where(_active_pep_query(ctx), c.retired_at.is_(None))
        .order_by(c.search_text, p.id)
    )
    kinds = rule_labels(data.rules, "customers.pep.kinds", data.today)
    rows = [
        (
            customer_ref(ctx, cid, name),
            person(ctx, owner) if owner else ctx.t("cust.pep_is_customer"),
            kinds.get(kind, kind),
            pep_position(ctx, kinds, kind, related, position, organisation),
            left,
            ends,
        )
        for cid, name, owner, kind, related, position, organisation, left, ends in (
            data.session.execute(query)
        )
    ]
    columns = [
        col(ctx, "col.customer", width=0.26),
        col(ctx, "cust.col.pep_person", width=0.16),
        col(ctx, "cust.col.pep_kind"),
        col(ctx, "cust.col.position", width=0.2),
        col(ctx, "cust.col.left_office"),
        col(ctx, "cust.col.pep_until"),
    ]
    return table(ctx, columns, rows, empty="cust.no_peps")


def _edd_rows(ctx: PackContext, peps: dict[int, list[str]]) -> list[tuple]:
    """(customer id, EDD complete, display row) for every active customer that needs EDD."""
    data = pack_data(ctx)
    tiers = sorted(risk_parameters(data.rules, data.today).edd_tiers)
    c, e = Customer.__table__.c, EddRecord.__table__.c
    needs = c.risk_tier.in_(tiers)
    if peps:
        needs = needs | c.id.in_(sorted(peps))
    query = (
        select(
            c.id,
            c.name,
            c.risk_tier,
            e.complete,
            e.approved_by,
            e.approved_on,
            e.enhanced_monitoring,
        )
        .outerjoin(EddRecord.__table__, (e.customer_id == c.id) & e.retired_at.is_(None))
        .where(c.retired_at.is_(None), c.status.in_(ACTIVE), needs)
        .order_by(c.search_text, c.id)
    )
    kinds = rule_labels(data.rules, "customers.pep.kinds", data.today)
    rows = []
    for cid, name, tier, complete, by, on, monitoring in data.session.execute(query):
        done = bool(complete)
        pep = ", ".join(sorted({kinds.get(k, k) for k in peps.get(cid, [])}))
        rows.append(
            (
                cid,
                done,
                (
                    customer_ref(ctx, cid, name),
                    ctx.t(f"rating.{tier}") if tier else None,
                    pep or None,
                    by or None,
                    on,
                    bool(monitoring),
                    Status.OK if done else Status.WARNING,
                ),
            )
        )
    return rows


def _edd_table(ctx: PackContext, rows: list[tuple]) -> Flowable:
    columns = [
        col(ctx, "col.customer", width=0.26),
        col(ctx, "col.risk"),
        col(ctx, "cust.col.pep_kind"),
        col(ctx, "cust.col.approved_by", width=0.16),
        col(ctx, "cust.col.approved_on"),
        col(ctx, "cust.col.monitoring"),
        col(ctx, "cust.col.edd_complete"),
    ]
    return table(ctx, columns, [row[2] for row in rows], empty="cust.no_edd")


def _overdue_reviews(ctx: PackContext) -> list[tuple]:
    data = pack_data(ctx)
    c = Customer.__table__.c
    query = (
        select(c.id, c.name, c.risk_tier, c.last_review_on, c.next_review_on)
        .where(
            c.retired_at.is_(None),
            c.status == "approved",
            c.next_review_on.is_not(None),
            c.next_review_on < data.today,
        )
        .order_by(c.next_review_on, c.id)
    )
    return [
        (
            customer_ref(ctx, cid, name),
            ctx.t(f"rating.{tier}") if tier else None,
            last,
            due,
            (data.today - due).days,
        )
        for cid, name, tier, last, due in stream(data.session, query)
    ]


def _overdue_table(ctx: PackContext, rows: list[tuple]) -> Flowable:
    columns = [
        col(ctx, "col.customer", width=0.26),
        col(ctx, "col.risk"),
        col(ctx, "cust.col.last_review"),
        col(ctx, "col.due_date"),
        col(ctx, "cust.col.days_overdue"),
    ]
    return table(ctx, columns, rows, empty="cust.no_overdue")


def _expired_ids(ctx: PackContext) -> list[tuple]:
    data = pack_data(ctx)
    c = Customer.__table__.c
    query = (
        select(c.id, c.name, c.id_type, c.id_expires_on)
        .where(
            c.retired_at.is_(None),
            c.status.in_(ACTIVE),
            c.id_expires_on.is_not(None),
            c.id_expires_on < data.today,
        )
        .order_by(c.id_expires_on, c.id)
    )
    types = rule_labels(data.rules, "customers.id_document_types", data.today)
    return [
        (
            customer_ref(ctx, cid, name),
            types.get(kind, kind) or None,
            expired,
            (data.today - expired).days,
        )
        for cid, name, kind, expired in stream(data.session, query)
    ]


def _expired_table(ctx: PackContext, rows: list[tuple]) -> Flowable:
    columns = [
        col(ctx, "col.customer", width=0.26),
        col(ctx, "cust.col.id_type", width=0.3),
        col(ctx, "cust.col.expired_on"),
        col(ctx, "cust.col.days_overdue"),
    ]
    return table(ctx, columns, rows, empty="cust.no_expired")
