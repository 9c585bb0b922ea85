"""The mining ledgers of the period, row by row: the output credited by pools (was the pool
accredited that day?) and every sale (did it go through a venue AIFC-licensed that day?).

Both tables stream from SQL as the pages are laid out: 100,000 sales never sit in memory.
Each day's check is computed once per pool or venue and reused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from reportlab.platypus import Flowable
from sqlalchemy import String, select, type_coerce

from kuzet.registers.mining.common import (
    accreditation_problem,
    accreditations_by_pool,
    hardware_required,
    qualifying_on,
    venue_problem,
    venues_by_id,
)
from kuzet.reports.badges import Status
from kuzet.reports.formatting import number_formatter
from kuzet.reports.section import PackContext
from kuzet.reports.sections.common import col, pack_data, stream, table
from kuzet.reports.sections.periods import dated, late_column, late_count, late_note
from kuzet.store.models.mining import MiningOutput, Sale

ZERO = Decimal(0)


def output_table(ctx: PackContext) -> list[Flowable]:
    data = pack_data(ctx)
    o = MiningOutput.__table__.c
    query = (
        select(o.output_date, o.pool, o.pool_key, o.coin, o.amount, o.kwh, o.reference)
        .add_columns(late_column(ctx, o.created_at))
        .where(
            o.retired_at.is_(None),
            o.output_date >= ctx.period.date_from,
            o.output_date <= ctx.period.date_to,
        )
        .order_by(o.output_date, o.id)
    )
    pools = accreditations_by_pool(data.session)
    checked: dict[tuple[str, dt.date], Status | str] = {}
    yes = ctx.t("lic.counts.yes")

    def rows() -> Iterator[tuple]:
        for day, pool, key, coin, amount, kwh, reference, late in stream(data.session, query):
            check = checked.get((key, day))
            if check is None:
                hardware = hardware_required(data.rules, day)
                problem = accreditation_problem(pools.get(key, []), day, hardware)
                check = checked[(key, day)] = Status.WARNING if problem else yes
            shown = day if late is None else dated(ctx, day, late)  # by the day mined
            yield shown, pool, coin, amount, kwh, reference, check

    columns = [
        col(ctx, "col.date"),
        col(ctx, "mining.col.pool", width=0.2),
        col(ctx, "col.asset"),
        col(ctx, "col.quantity", decimals=8),
        col(ctx, "mining.col.kwh"),
        col(ctx, "col.reference", width=0.14, mono=True),
        col(ctx, "mining.col.pool_ok", align="center"),
    ]
    story = table(ctx, columns, rows(), title=ctx.t("mining.output_table"), empty="table.empty")
    if late_count(ctx, o.output_date, o.created_at, o.retired_at):
        return [story, late_note(ctx)]
    return [story]


def sales_total_kzt(ctx: PackContext) -> tuple[Decimal, int]:
    """The KZT value of the period's sales, and how many sales have no KZT value."""
    s = Sale.__table__.c
    query = select(type_coerce(s.value_kzt, String)).where(
        s.retired_at.is_(None),
        s.sale_date >= ctx.period.date_from,
        s.sale_date <= ctx.period.date_to,
    )
    total, missing = ZERO, 0
    for (value,) in stream(pack_data(ctx).session, query, chunk=10_000):
        if value is None:
            missing += 1
        else:
            total += Decimal(value)
    return total, missing


def sales_table(ctx: PackContext, coins: dict[str, Decimal], value_kzt: Decimal) -> list[Flowable]:
    """Every sale of the period: date, amount, KZT value, venue, and whether the venue was
    AIFC-licensed that day ("yes", or a WARNING badge). The trade reference, price and
    currency stay in the register and its export: each unique text costs layout time, and
    100,000 sales must lay out in seconds. ``coins`` (amount sold per coin) and
    ``value_kzt`` make the total line (an amount total only when one coin was sold)."""
    number = number_formatter(ctx.lang)
    data = pack_data(ctx)
    s = Sale.__table__.c
    # Amounts come as the stored text (no Decimal per row through the column type): the
    # quantity is only printed, and the KZT value becomes a Decimal once, here.
    query = (
        select(
            s.sale_date,
            s.coin,
            type_coerce(s.amount, String),
            type_coerce(s.value_kzt, String),
            s.venue_id,
            late_column(ctx, s.created_at),
        )
        .where(
            s.retired_at.is_(None),
            s.sale_date >= ctx.period.date_from,
            s.sale_date <= ctx.period.date_to,
        )
        .order_by(s.sale_date, s.id)
    )
    venues = venues_by_id(data.session)
    names = {venue_id: venue.name for venue_id, venue in venues.items()}
    checked: dict[tuple[int, dt.date], Status | str] = {}
    yes = ctx.t("lic.counts.yes")  # the exceptions stand out as badges, and cost less
    qualifying = qualifying_on(data.rules)  # rule mining.sale.qualifying_venues

    def rows() -> Iterator[tuple]:
        for day, coin, amount, value, venue_id, late in stream(data.session, query):
            check = checked.get((venue_id, day))
            if check is None:
                venue = venues.get(venue_id)
                licensed = venue is not None and venue_problem(venue, day, qualifying(day)) == ""
                check = checked[(venue_id, day)] = yes if licensed else Status.WARNING
            yield (
                day if late is None else dated(ctx, day, late),  # by the trade day
                f"{number(Decimal(amount), 8)} {coin}",
                None if value is None else Decimal(value),
                names.get(venue_id, f"#{venue_id}"),
                check,
            )

    single = len(coins) == 1
    amount = f"{number(next(iter(coins.values())), 8)} {next(iter(coins))}" if single else ""
    total = [
        ctx.t("col.total"),
        amount,
        value_kzt,
        "",
        None,
    ]
    columns = [
        col(ctx, "col.date"),
        col(ctx, "col.quantity", align="right"),
        col(ctx, "mining.col.value_kzt", decimals=2),
        col(ctx, "mining.col.venue"),
        col(ctx, "mining.col.licensed", align="center"),
    ]
    story = table(
        ctx,
        columns,
        rows(),
        title=ctx.t("mining.sales_table"),
        empty="table.empty",
        total_row=total if coins else None,
    )
    if late_count(ctx, s.sale_date, s.created_at, s.retired_at):
        return [story, late_note(ctx)]
    return [story]
