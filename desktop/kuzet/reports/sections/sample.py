"""The auditor's sample: the draw (seed, N, tiers' sizes, allocation, drawn ids, method),
then each sampled customer file in full: profile and decision, owners, PEP status, EDD and
its approval, documents with their SHA-256, screening hits with the list versions,
periodic reviews and monitoring alerts. A redacted pack masks names and identifiers and
withholds free text, as the rest of the pack does (``common.person/identifier/scrub``)."""

from __future__ import annotations

from reportlab.platypus import Flowable
from sqlalchemy import select

from kuzet.reports.anchors import Anchor
from kuzet.reports.blocks import note, para, subheading
from kuzet.reports.sample import draw_sample
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import (
    col,
    identifier,
    label_of,
    pack_data,
    pep_position,
    person,
    rule_labels,
    scrub,
    state_note,
    table,
)
from kuzet.store.models.beneficial_owner import BeneficialOwner
from kuzet.store.models.customer import Customer
from kuzet.store.models.customer_document import CustomerDocument
from kuzet.store.models.customer_review import CustomerReview
from kuzet.store.models.edd import EddRecord
from kuzet.store.models.monitoring import Alert
from kuzet.store.models.pep import PepStatus
from kuzet.store.models.screening import ScreeningHit, WatchlistVersion


class SampleSection(LabelledSection):
    key = "sample"

    def build(self, ctx: PackContext) -> list[Flowable]:
        data = pack_data(ctx)
        if ctx.sample_size < 1 or ctx.sample_seed is None:
            return [note(ctx.t("sample.none"))]
        drawn = draw_sample(data.session, ctx.sample_size, ctx.sample_seed)
        story: list[Flowable] = [state_note(ctx), para(ctx.t("sample.method"))]
        tiers = [
            (label_of(ctx, "sample.tier", tier), drawn.population[tier], drawn.allocation[tier])
            for tier in drawn.population
        ]
        story.append(
            table(
                ctx,
                [col(ctx, "sample.col.setting"), col(ctx, "sample.col.value", mono=True)],
                [
                    (ctx.t("sample.seed"), str(drawn.seed)),
                    (ctx.t("sample.size"), str(drawn.size)),
                    (ctx.t("sample.drawn"), ", ".join(f"#{i}" for i in drawn.ids) or "—"),
                ],
            )
        )
        story.append(
            table(
                ctx,
                [
                    col(ctx, "sample.col.tier"),
                    col(ctx, "sample.col.files"),
                    col(ctx, "sample.col.taken"),
                ],
                tiers,
            )
        )
        for customer_id in drawn.ids:
            ctx.progress.check()
            story += _customer_file(ctx, customer_id)
        return story


def _customer_file(ctx: PackContext, customer_id: int) -> list[Flowable]:
    session = pack_data(ctx).session
    rules, today = pack_data(ctx).rules, pack_data(ctx).today
    c = session.get(Customer, customer_id)
    owners = list(
        session.execute(
            select(BeneficialOwner).where(
                BeneficialOwner.customer_id == customer_id, BeneficialOwner.retired_at.is_(None)
            )
        ).scalars()
    )
    names = [c.name, c.name_latin, *(o.name for o in owners), *(o.name_latin for o in owners)]
    story: list[Flowable] = [
        Anchor(f"sample.customer/{customer_id}"),
        subheading(ctx.t("sample.file", ref=f"#{customer_id} {person(ctx, c.name)}".rstrip())),
    ]
    redacted = ctx.t("sample.withheld")
    profile = [
        (ctx.t("sample.f.kind"), label_of(ctx, "sample.kind", c.kind)),
        (ctx.t("sample.f.iin"), identifier(ctx, c.iin_bin)),
        (ctx.t("sample.f.country"), f"{c.citizenship or ''} / {c.residence or ''}"),
        (ctx.t("sample.f.id"), identifier(ctx, c.id_number)),
        (ctx.t("sample.f.id_expires"), c.id_expires_on),
        (
            ctx.t("sample.f.risk"),
            f"{label_of(ctx, 'sample.tier', c.risk_tier or 'unassessed')} "
            f"({'—' if c.risk_score is None else c.risk_score})",
        ),
        (ctx.t("sample.f.onboarded"), c.onboarded_on),
        (ctx.t("sample.f.status"), label_of(ctx, "sample.status", c.status)),
        (
            ctx.t("sample.f.decided"),
            f"{c.decided_by or '—'}, {c.decided_at:%Y-%m-%d %H:%M}"
            if c.decided_at
            else c.decided_by,
        ),
        (
            ctx.t("sample.f.decision_note"),
            redacted if ctx.redact and c.decision_note else c.decision_note,
        ),
        (ctx.t("sample.f.next_review"), c.next_review_on),
    ]
    story.append(
        table(ctx, [col(ctx, "sample.col.field", width=0.3), col(ctx, "sample.col.value")], profile)
    )
    story.append(
        table(
            ctx,
            [
                col(ctx, "sample.col.owner"),
                col(ctx, "sample.f.iin", mono=True),
                col(ctx, "sample.col.share"),
            ],
            [(person(ctx, o.name), identifier(ctx, o.iin), o.ownership_percent) for o in owners],
            title=ctx.t("sample.owners"),
            empty="sample.no_owners",
        )
    )
    kinds = rule_labels(rules, "customers.pep.kinds", today)
    peps = session.execute(
        select(PepStatus).where(
            PepStatus.customer_id == customer_id, PepStatus.retired_at.is_(None)
        )
    ).scalars()
    story.append(
        table(
            ctx,
            [
                col(ctx, "sample.col.pep_kind"),
                col(ctx, "sample.col.position"),
                col(ctx, "sample.col.until"),
            ],
            [
                (
                    kinds.get(p.kind, p.kind),
                    pep_position(ctx, kinds, p.kind, p.related_kind, p.position, p.organisation),
                    p.status_ends_on,
                )
                for p in peps
            ],
            title=ctx.t("sample.peps"),
            empty="sample.no_peps",
        )
    )
    edd = (
        session.execute(
            select(EddRecord).where(
                EddRecord.customer_id == customer_id, EddRecord.retired_at.is_(None)
            )
        )
        .scalars()
        .first()
    )
    if edd is not None:
        story.append(
            table(
                ctx,
                [col(ctx, "sample.col.field", width=0.3), col(ctx, "sample.col.value")],
                [
                    (ctx.t("sample.edd.complete"), edd.complete),
                    (ctx.t("sample.edd.wealth"), edd.wealth_verified),
                    (ctx.t("sample.edd.funds"), edd.funds_verified),
                    (ctx.t("sample.edd.monitoring"), edd.enhanced_monitoring),
                    (
                        ctx.t("sample.edd.approved"),
                        f"{edd.approved_by or '—'}, {edd.approved_on or '—'}",
                    ),
                ],
                title=ctx.t("sample.edd"),
            )
        )
    else:
        story.append(note(ctx.t("sample.no_edd")))
    docs = session.execute(
        select(CustomerDocument)
        .where(CustomerDocument.customer_id == customer_id, CustomerDocument.retired_at.is_(None))
        .order_by(CustomerDocument.uploaded_on, CustomerDocument.id)
    ).scalars()
    story.append(
        table(
            ctx,
            [
                col(ctx, "sample.col.category"),
                col(ctx, "sample.col.file"),
                col(ctx, "sample.col.uploaded"),
                col(ctx, "col.sha256", mono=True, width=0.42),
            ],
            [
                (
                    label_of(ctx, "sample.doc", d.category),
                    redacted if ctx.redact else d.file_name,
                    d.uploaded_on,
                    d.sha256,
                )
                for d in docs
            ],
            title=ctx.t("sample.documents"),
            empty="sample.no_documents",
        )
    )
    hits = session.execute(
        select(ScreeningHit, WatchlistVersion)
        .join(WatchlistVersion, WatchlistVersion.id == ScreeningHit.version_id)
        .where(ScreeningHit.customer_id == customer_id)
        .order_by(ScreeningHit.id)
    ).all()
    story.append(
        table(
            ctx,
            [
                col(ctx, "sample.col.list"),
                col(ctx, "sample.col.version", mono=True),
                col(ctx, "sample.col.entry"),
                col(ctx, "sample.col.score"),
                col(ctx, "sample.col.decision"),
            ],
            [
                (
                    h.list_name,
                    f"#{v.id} {v.published_on or ''} {v.sha256[:16]}".strip(),
                    person(ctx, h.entry_name),
                    h.score,
                    f"{label_of(ctx, 'sample.hit', h.status)}; {h.decided_by or '—'}"
                    + (f", {h.decided_at:%Y-%m-%d}" if h.decided_at else ""),
                )
                for h, v in hits
            ],
            title=ctx.t("sample.screening"),
            empty="sample.no_hits",
        )
    )
    reviews = session.execute(
        select(CustomerReview)
        .where(CustomerReview.customer_id == customer_id, CustomerReview.retired_at.is_(None))
        .order_by(CustomerReview.reviewed_on)
    ).scalars()
    story.append(
        table(
            ctx,
            [
                col(ctx, "sample.col.reviewed"),
                col(ctx, "sample.col.reviewer"),
                col(ctx, "sample.col.outcome"),
                col(ctx, "sample.col.tier"),
            ],
            [
                (
                    r.reviewed_on,
                    r.reviewer,
                    label_of(ctx, "sample.outcome", r.outcome),
                    label_of(ctx, "sample.tier", r.tier),
                )
                for r in reviews
            ],
            title=ctx.t("sample.reviews"),
            empty="sample.no_reviews",
        )
    )
    alerts = session.execute(
        select(Alert)
        .where(Alert.customer_id == customer_id, Alert.retired_at.is_(None))
        .order_by(Alert.pattern_on)
    ).scalars()
    story.append(
        table(
            ctx,
            [
                col(ctx, "sample.col.alert"),
                col(ctx, "sample.col.on"),
                col(ctx, "sample.col.status"),
                col(ctx, "sample.col.reason", width=0.45),
            ],
            [
                (
                    a.rule,
                    a.pattern_on,
                    label_of(ctx, "sample.alert", a.status),
                    scrub(ctx, a.reason, names),
                )
                for a in alerts
            ],
            title=ctx.t("sample.alerts"),
            empty="sample.no_alerts",
        )
    )
    return story
