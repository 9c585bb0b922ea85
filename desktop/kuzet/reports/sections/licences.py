"""Licences and accreditations: the firm's licences, its mining pool accreditations and the
venues it sells through with their AIFC licences, each with its status on the generation
day, and the expiries coming up inside the reminder windows of the rule pack."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable
from sqlalchemy import select

from kuzet.registers.licensing import licences, pools
from kuzet.registers.mining.common import venue_problem
from kuzet.reports.badges import Status
from kuzet.reports.blocks import subheading
from kuzet.reports.section import LabelledSection, PackContext
from kuzet.reports.sections.common import col, pack_data, state_note, table
from kuzet.store.models.licence import Licence
from kuzet.store.models.mining import PoolAccreditation, Venue


def expiry_badge(status: str, expires: dt.date | None, today: dt.date, window: int) -> Status:
    """OK; WARNING when suspended or expiring inside the window; OVERDUE when it has lapsed."""
    if status in ("revoked", "expired", "not_accredited"):
        return Status.OVERDUE
    if status == "suspended":
        return Status.WARNING
    if expires is not None and (expires - today).days <= window:
        return Status.WARNING
    return Status.OK


def _window(ctx: PackContext, key: str) -> int:
    data = pack_data(ctx)
    days = [int(d) for d in data.rules.value_or(key, data.today, ())]
    return max(days) if days else 0


class LicencesSection(LabelledSection):
    key = "licences"

    def build(self, ctx: PackContext) -> list[Flowable]:
        upcoming: list[tuple] = []
        story: list[Flowable] = [
            state_note(ctx),
            subheading(ctx.t("lic.licences")),
            _licences(ctx, upcoming),
            subheading(ctx.t("lic.pools")),
            _pools(ctx, upcoming),
            subheading(ctx.t("lic.venues")),
            _venues(ctx, upcoming),
            subheading(ctx.t("lic.upcoming")),
        ]
        upcoming.sort(key=lambda row: row[3])
        columns = [
            col(ctx, "lic.col.register", width=0.18),
            col(ctx, "col.name", width=0.34),
            col(ctx, "col.number"),
            col(ctx, "col.valid_until"),
            col(ctx, "lic.col.days_left"),
            col(ctx, "col.check"),
        ]
        story.append(table(ctx, columns, upcoming, empty="lic.no_upcoming"))
        return story


def _days(expires: dt.date | None, today: dt.date) -> int | None:
    return None if expires is None else (expires - today).days


def _licences(ctx: PackContext, upcoming: list[tuple]) -> Flowable:
    data = pack_data(ctx)
    today = data.today
    window = _window(ctx, "licence.reminder_days")
    kinds = licences.type_labels(data.rules, today)
    query = (
        select(Licence)
        .where(Licence.retired_at.is_(None))
        .order_by(Licence.expires_on.is_(None), Licence.expires_on, Licence.id)
    )
    rows = []
    for licence in data.session.execute(query).scalars():
        status = licences.effective_status(licence, today)
        check = expiry_badge(status, licence.expires_on, today, window)
        kind = kinds.get(licence.licence_type, licence.licence_type)
        rows.append(
            (
                kind,
                licence.number,
                licence.issuer,
                licence.issued_on,
                licence.expires_on,
                ctx.t(f"lic.status.{status}"),
                check,
                licence.conditions or None,
            )
        )
        if licence.expires_on is not None and check is not Status.OK and status != "revoked":
            upcoming.append(
                (
                    ctx.t("lic.kind.licence"),
                    kind,
                    licence.number,
                    licence.expires_on,
                    _days(licence.expires_on, today),
                    check,
                )
            )
    columns = [
        col(ctx, "col.type", width=0.16),
        col(ctx, "col.number"),
        col(ctx, "lic.col.issuer", width=0.13),
        col(ctx, "col.issued"),
        col(ctx, "col.valid_until"),
        col(ctx, "col.status"),
        col(ctx, "col.check"),
        col(ctx, "lic.col.conditions", width=0.15, max_lines=4),
    ]
    return table(ctx, columns, rows, empty="lic.no_licences")


def _pools(ctx: PackContext, upcoming: list[tuple]) -> Flowable:
    data = pack_data(ctx)
    today = data.today
    window = _window(ctx, "mining.pool.reminder_days")
    query = (
        select(PoolAccreditation)
        .where(PoolAccreditation.retired_at.is_(None))
        .order_by(PoolAccreditation.pool_key, PoolAccreditation.accredited_on)
    )
    rows = []
    for record in data.session.execute(query).scalars():
        status = pools.effective_status(record, today)
        check = expiry_badge(status, record.expires_on, today, window)
        if not record.hardware_in_kz and check is Status.OK:
            check = Status.WARNING
        rows.append(
            (
                record.pool_name,
                record.operator_bin or None,
                record.accreditation_number or None,
                record.accredited_on,
                record.expires_on,
                ctx.t(f"lic.pool_status.{status}"),
                record.hardware_in_kz,
                check,
            )
        )
        if record.expires_on is not None and status == "accredited" and check is not Status.OK:
            upcoming.append(
                (
                    ctx.t("lic.kind.pool"),
                    record.pool_name,
                    record.accreditation_number,
                    record.expires_on,
                    _days(record.expires_on, today),
                    check,
                )
            )
    columns = [
        col(ctx, "lic.col.pool", width=0.16),
        col(ctx, "lic.col.operator_bin", mono=True),
        col(ctx, "lic.col.accreditation"),
        col(ctx, "lic.col.accredited"),
        col(ctx, "col.valid_until"),
        col(ctx, "col.status"),
        col(ctx, "lic.col.hardware_kz"),
        col(ctx, "col.check"),
    ]
    return table(ctx, columns, rows, empty="lic.no_pools")


def _venues(ctx: PackContext, upcoming: list[tuple]) -> Flowable:
    data = pack_data(ctx)
    today = data.today
    window = _window(ctx, "mining.venue.reminder_days")
    query = select(Venue).where(Venue.retired_at.is_(None)).order_by(Venue.name_key)
    rows = []
    for venue in data.session.execute(query).scalars():
        counts = venue_problem(venue, today) == ""
        check = Status.OK if counts else Status.WARNING
        if counts and venue.valid_to is not None and (venue.valid_to - today).days <= window:
            check = Status.WARNING
            upcoming.append(
                (
                    ctx.t("lic.kind.venue"),
                    venue.name,
                    venue.aifc_licence_number,
                    venue.valid_to,
                    _days(venue.valid_to, today),
                    check,
                )
            )
        rows.append(
            (
                venue.name,
                venue.jurisdiction or None,
                venue.aifc_licence_number or None,
                ctx.t(f"lic.venue_status.{venue.aifc_status}"),
                venue.valid_from,
                venue.valid_to,
                venue.nbk_licence or None,
                ctx.t("lic.counts.yes" if counts else "lic.counts.no"),
                check,
            )
        )
    columns = [
        col(ctx, "lic.col.venue", width=0.14),
        col(ctx, "lic.col.jurisdiction"),
        col(ctx, "lic.col.aifc_licence", width=0.12),
        col(ctx, "lic.col.aifc_status"),
        col(ctx, "lic.col.valid_from"),
        col(ctx, "col.valid_until"),
        col(ctx, "lic.col.nbk_licence"),
        col(ctx, "lic.col.counts"),
        col(ctx, "col.check"),
    ]
    return table(ctx, columns, rows, empty="lic.no_venues")
