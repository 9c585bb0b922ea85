"""The demo firm's mining: four venues (AIFC-licensed, licensed by the National Bank, none),
a year of daily output with kWh through the pools of ``demo/licences.py`` (accredited,
expired, never accredited), the State Revenue Committee's price of most days from 2026
(a few days without one), sales through licensed and unlicensed venues so that one past
quarter fell short and the running quarter is projected to, and the fee basis of each
quarter: an average price in the sourced top band, except the last finished quarter, whose
price falls in a band without a sourced rate (its fee cannot be computed until an officer
enters the band from the statute), and the running quarter's kWh split by energy source."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..regime import mining, mining_fee
from ..registers.mining import fees as mining_fees
from ..registers.mining import output, prices, sales, venues
from .context import DemoContext
from .licences import EXPIRED_POOL, FOREIGN_POOL, MAIN_POOL


def add_venues(ctx: DemoContext) -> dict[str, int]:
    today = ctx.today
    made = {}
    for data in (
        {
            "name": "Astana Digital Exchange",
            "jurisdiction": "AIFC",
            "aifc_licence_number": "AFSA-A-LA-2022-0031",
            "aifc_status": "active",
            "valid_from": dt.date(2022, 3, 1),
            "notes": "Main venue for the mandatory sale",
        },
        {
            "name": "Qazaq Crypto Exchange",
            "jurisdiction": "AIFC",
            "aifc_licence_number": "AFSA-A-LA-2023-0102",
            "aifc_status": "active",
            "valid_from": dt.date(2023, 9, 1),
            "valid_to": today + dt.timedelta(days=40),
        },
        {
            "name": "Nomad OTC Ltd",
            "jurisdiction": "UAE (VARA)",
            "aifc_status": "none",
            "notes": "Not licensed in the AIFC: sales here do not count",
        },
        {
            "name": "Алатау Обмен",
            "jurisdiction": "Kazakhstan (NBK)",
            "aifc_status": "none",
            "nbk_licence": "NBK-DA-0007",
            "licensed_by": "nbk_licence",
            "notes": "Обменный пункт НБК: не лицензирован в МФЦА",
        },
    ):
        made[data["name"]] = venues.create(ctx.session, data).id
    return made


def _ratio(quarter: mining.Period, short: mining.Period, running: mining.Period) -> Decimal:
    if quarter == running:
        return Decimal("0.45")
    if quarter == short:
        return Decimal("0.55")
    return Decimal("0.82")


def add_output_and_sales(ctx: DemoContext, venue_ids: dict[str, int]) -> None:
    today, rng = ctx.today, ctx.rng
    first = today - dt.timedelta(days=365)
    running = mining.quarter_of(today)
    short = mining.quarter_of(running.start - dt.timedelta(days=100))
    foreign_days = {first + dt.timedelta(days=d) for d in (200, 201, 202)}
    week: list[Decimal] = []
    price = Decimal(43_000_000)
    for offset in range(365):
        day = first + dt.timedelta(days=offset)
        amount = (Decimal("0.0450") + Decimal(rng.randint(-40, 40)) / 10000).quantize(
            Decimal("0.00000001")
        )
        kwh = Decimal(31_500 + rng.randint(-900, 900))
        pool = MAIN_POOL
        if day in foreign_days:
            pool = FOREIGN_POOL
        elif offset % 10 == 3:
            pool = EXPIRED_POOL
        record = {
            "output_date": day,
            "coin": "BTC",
            "amount": amount,
            "pool": pool,
            "kwh": kwh,
            "reference": f"{pool[:3].upper()}-{day:%Y%m%d}",
        }
        output.create(ctx.session, record, today)
        week.append(amount)
        price += Decimal(rng.randint(-600_000, 700_000))
        if ctx.rules.value_or("mining.tax_value.receipt_price", day, False) and offset % 53 != 7:
            prices.create(
                ctx.session,
                {
                    "coin": "BTC",
                    "price_date": day,
                    "price_kzt": price,
                    "source": f"SRC published prices, {day:%d.%m.%Y}",
                },
                today,
            )
        quarter_ends = day == mining.quarter_of(day).end
        if day.weekday() == 4 or quarter_ends or offset == 364:  # Fridays and quarter ends
            _sell_week(
                ctx,
                venue_ids,
                day,
                sum(week),
                price,
                _ratio(mining.quarter_of(day), short, running),
            )
            week = []


def _sell_week(
    ctx: DemoContext,
    venue_ids: dict[str, int],
    day: dt.date,
    mined: Decimal,
    price: Decimal,
    licensed_ratio: Decimal,
) -> None:
    lot = Decimal("0.00000001")
    licensed = (mined * licensed_ratio).quantize(lot)
    main = (licensed * Decimal("0.7")).quantize(lot)
    other = (mined * Decimal("0.12")).quantize(lot)
    stamp = f"{day:%Y%m%d}"
    trades = [
        ("Astana Digital Exchange", main, price, "KZT", None, f"ADX-{stamp}", "ТОО «Алтын Сауда»"),
        ("Qazaq Crypto Exchange", licensed - main, price, "KZT", None, f"QCX-{stamp}", ""),
        (
            "Nomad OTC Ltd",
            other,
            (price / Decimal(512)).quantize(Decimal("0.01")),
            "USDT",
            Decimal("512.40"),
            f"NOMAD-{stamp}",
            "Nomad Liquidity FZE",
        ),
    ]
    for venue, amount, unit_price, currency, rate, reference, counterparty in trades:
        if amount <= 0:
            continue
        sales.create(
            ctx.session,
            {
                "sale_date": day,
                "coin": "BTC",
                "amount": amount,
                "price": unit_price,
                "currency": currency,
                "kzt_rate": rate,
                "venue_id": venue_ids[venue],
                "counterparty": counterparty,
                "reference": reference,
            },
            ctx.today,
        )


def add_fee_bases(ctx: DemoContext) -> None:
    today = ctx.today
    quarter = mining.quarter_of(today - dt.timedelta(days=365))
    last_finished = mining.quarter_of(mining.quarter_of(today).start - dt.timedelta(days=1))
    due_rule = ctx.rules.value("mining.fee.due", today)
    while quarter.start <= today:
        due = mining_fee.fee_due(quarter, due_rule)
        paid = quarter.end < today and quarter != last_finished
        declared = mining_fee.after_quarter(
            quarter, ctx.rules.value("mining.fee.declaration_due", quarter.end)
        )
        data = {
            "average_price_kzt": Decimal("16.80") if quarter == last_finished else Decimal("24.60"),
            "notes": "Average price from the centralised auction (KOREM) invoices; one site",
            "declared_on": declared - dt.timedelta(days=3) if paid else None,
            "paid_on": due - dt.timedelta(days=4) if paid else None,
        }
        if quarter.end >= today:  # the running quarter: part of it from own solar panels
            used = sum(
                (v for d, v in mining_fees.kwh_by_day(ctx.session).items() if quarter.contains(d)),
                Decimal(0),
            )
            own = (used * Decimal("0.2")).quantize(Decimal(1))
            data |= {"kwh_grid": used - own, "kwh_own_renewable": own}
        basis = mining_fees.save_basis(ctx.session, quarter.start, data, today)
        if paid:
            kwh = mining_fees.kwh_by_day(ctx.session)
            line = mining_fees.fee_line(ctx.session, ctx.rules, quarter, kwh, basis)
            mining_fees.save_basis(
                ctx.session, quarter.start, data | {"paid_kzt": line.fee.fee}, today
            )
        quarter = mining.quarter_of(quarter.end + dt.timedelta(days=1))


def add_mining(ctx: DemoContext) -> None:
    ctx.progress.step(0, 0, "Demo: mining venues")
    venue_ids = add_venues(ctx)
    ctx.progress.step(0, 0, "Demo: a year of mining output and sales")
    add_output_and_sales(ctx, venue_ids)
    add_fee_bases(ctx)
