"""Firm profile and MLRO: who the firm is, what its profile makes apply (with each rule's
source and mark), the MLRO and deputy appointments and their gaps, the business risk
assessment and the annual AML Returns. All of it as it stands on the generation day."""

from __future__ import annotations

from reportlab.platypus import Flowable
from sqlalchemy import select

from kuzet.regime import programme
from kuzet.registers.programme import firm, mlro
from kuzet.reports.badges import Status
from kuzet.reports.blocks import note, subheading
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import badge, col, pack_data, state_note, table
from kuzet.store.models.firm import MlroAppointment
from kuzet.store.models.programme import AmlReturn, BusinessRiskAssessment


class FirmSection(LabelledSection):
    key = "firm"

    def build(self, ctx: PackContext) -> list[Flowable]:
        data = pack_data(ctx)
        story: list[Flowable] = [state_note(ctx), subheading(ctx.t("firm.profile"))]
        profile = firm.profile(data.session)
        if profile is None:
            story.append(note(ctx.t("firm.no_profile")))
        else:
            story += [
                _profile_table(ctx, profile),
                subheading(ctx.t("firm.applies")),
                _applies_table(ctx, profile),
            ]
        story += [subheading(ctx.t("firm.mlro")), _appointments(ctx), *_gaps(ctx)]
        story += [subheading(ctx.t("firm.bra")), _assessments(ctx)]
        story += [subheading(ctx.t("firm.returns")), _returns(ctx)]
        return story


def _profile_table(ctx: PackContext, profile) -> Flowable:
    rules, day = pack_data(ctx).rules, pack_data(ctx).today
    places = firm.jurisdiction_labels(rules, day)
    kinds = firm.activity_labels(rules, day)
    activities = ", ".join(kinds.get(k, k) for k in firm.activity_keys(profile))
    rows = [
        ("firm.legal_name", profile.legal_name),
        ("firm.legal_name_latin", profile.legal_name_latin),
        ("firm.bin", profile.bin),
        ("firm.jurisdiction", places.get(profile.jurisdiction, profile.jurisdiction)),
        ("firm.activities", activities),
        ("firm.afsa_reference", profile.afsa_reference),
        ("firm.nbk_reference", profile.nbk_reference),
        ("firm.fiu_reference", profile.fiu_reference),
        ("firm.address", profile.address),
        ("firm.year_end", f"{profile.year_end_day:02d}.{profile.year_end_month:02d}"),
    ]
    columns = [col(ctx, "col.item", width=0.3), col(ctx, "col.value", width=0.7)]
    return table(ctx, columns, [(ctx.t(k), v or None) for k, v in rows])


def _applies_table(ctx: PackContext, profile) -> Flowable:
    data = pack_data(ctx)
    rules, day = data.rules, data.today
    needs = programme.requirements(rules, profile.jurisdiction, firm.activity_keys(profile), day)
    j = needs.jurisdiction
    yes, no = ctx.t("firm.required"), ctx.t("firm.not_required")
    retention_rule = programme.jurisdictions(rules, day)[j]["retention_rule"]
    audit_years = rules.value("programme.audit.interval_years", day)
    months = needs.aml_return_months
    items = [
        ("firm.item.mlro", yes if needs.mlro_required else no, f"programme.{j}.mlro_required"),
        (
            "firm.item.deputy",
            yes if needs.deputy_required else no,
            f"programme.{j}.deputy_mlro_required",
        ),
        (
            "firm.item.residence",
            yes if needs.residence_required else no,
            f"programme.{j}.mlro_residence_required",
        ),
        (
            "firm.item.aml_return",
            ctx.t("firm.months_after_year_end", n=months) if months else ctx.t("firm.none"),
            f"programme.{j}.aml_return_months",
        ),
        ("firm.item.retention", ctx.t("firm.years", n=needs.retention_years), retention_rule),
        (
            "firm.item.audit",
            ctx.t("firm.every_years", n=audit_years),
            "programme.audit.interval_years",
        ),
    ]
    rows = []
    for label, value, key in items:
        effective = rules.effective(key, day)
        rows.append((ctx.t(label), value, key, effective.source, effective.confidence))
    columns = [
        col(ctx, "col.requirement", width=0.2),
        col(ctx, "col.value"),
        col(ctx, "col.rule", width=0.22, mono=True),
        col(ctx, "col.source", width=0.3),
        col(ctx, "col.mark", align="center"),
    ]
    return table(ctx, columns, rows)


def _appointments(ctx: PackContext) -> Flowable:
    data = pack_data(ctx)
    day = data.today
    positions = mlro.position_labels(data.rules, day)
    query = (
        select(MlroAppointment)
        .where(MlroAppointment.retired_at.is_(None))
        .order_by(MlroAppointment.role, MlroAppointment.appointed_on.desc())
    )
    rows = []
    for a in data.session.execute(query).scalars():
        if a.appointed_on > day:
            state = "planned"
        elif a.ended_on is not None and a.ended_on < day:
            state = "ended"
        else:
            state = "current"
        rows.append(
            (
                ctx.t(f"firm.role.{a.role}"),
                a.person_name,
                positions.get(a.position, a.position),
                a.resident_in_kz,
                a.appointed_on,
                a.approved_on,
                a.notified_on,
                a.ended_on,
                ctx.t(f"firm.state.{state}"),
            )
        )
    columns = [
        col(ctx, "col.role", width=0.09),
        col(ctx, "col.person", width=0.17),
        col(ctx, "col.position", width=0.1),
        col(ctx, "firm.col.resident"),
        col(ctx, "firm.col.appointed"),
        col(ctx, "firm.col.approved"),
        col(ctx, "firm.col.notified"),
        col(ctx, "firm.col.ended"),
        col(ctx, "col.status"),
    ]
    return table(ctx, columns, rows, empty="firm.no_appointments")


def _gaps(ctx: PackContext) -> list[Flowable]:
    data = pack_data(ctx)
    gaps = mlro.gaps(data.session, data.rules, data.today)
    if not gaps and firm.profile(data.session) is None:
        return []
    rows = [(Status.OVERDUE, ctx.t(f"firm.gap.{g.code}"), g.since) for g in gaps]
    if not rows:
        rows = [(Status.OK, ctx.t("firm.gap.none"), None)]
    columns = [
        col(ctx, "col.check"),
        col(ctx, "col.finding", width=0.6),
        col(ctx, "col.since"),
    ]
    return [table(ctx, columns, rows)]


def _assessments(ctx: PackContext) -> Flowable:
    data = pack_data(ctx)
    t = BusinessRiskAssessment
    query = select(t).where(t.retired_at.is_(None)).order_by(t.assessed_on.desc(), t.id.desc())
    rows = []
    for index, a in enumerate(data.session.execute(query).scalars()):
        current = index == 0
        state = badge(not current or a.next_review_on >= data.today)
        rows.append(
            (
                a.version,
                a.assessed_on,
                a.author,
                a.approved_by or None,
                a.approved_on,
                ctx.t(f"rating.{a.overall_rating}"),
                a.next_review_on if current else None,
                state,
            )
        )
    columns = [
        col(ctx, "firm.col.version"),
        col(ctx, "firm.col.assessed"),
        col(ctx, "firm.col.author", width=0.18),
        col(ctx, "firm.col.approved_by", width=0.18),
        col(ctx, "firm.col.approved"),
        col(ctx, "firm.col.rating"),
        col(ctx, "firm.col.next_review"),
        col(ctx, "col.check"),
    ]
    return table(ctx, columns, rows, empty="firm.no_assessment")


def _returns(ctx: PackContext) -> Flowable:
    data = pack_data(ctx)
    query = (
        select(AmlReturn).where(AmlReturn.retired_at.is_(None)).order_by(AmlReturn.year_end.desc())
    )
    rows = []
    for r in data.session.execute(query).scalars():
        if r.filed_on is not None:  # filed late: a warning; still to file: due or overdue
            state = badge(r.filed_on <= r.due_on, warning=True)
        else:
            state = Status.WARNING if r.due_on >= data.today else Status.OVERDUE
        rows.append((r.year_end, r.due_on, r.filed_on, r.reference or None, state))
    columns = [
        col(ctx, "firm.col.year_end"),
        col(ctx, "col.due_date"),
        col(ctx, "firm.col.filed"),
        col(ctx, "col.reference", width=0.3),
        col(ctx, "col.check"),
    ]
    return table(ctx, columns, rows, empty="firm.no_returns")
