"""The demo firm's licensing: its licences, one of each kind, in every state a reminder
cares about, and the pools it mines through (accredited, expired, never accredited)."""

from __future__ import annotations

import datetime as dt

from ..regime.dates import add_years
from ..regime.ids import make_bin
from ..registers.licensing import licences, pools
from .context import DemoContext

MAIN_POOL = "Сарыарқа Pool"
EXPIRED_POOL = "Ekibastuz Hash"
FOREIGN_POOL = "GlobalHash (Cayman)"


def _bin(year: int, month: int, serial: int) -> str:
    for attempt in range(serial, serial + 50):
        number = make_bin(year, month, "4", "0", attempt)
        if number:
            return number
    raise RuntimeError("no valid BIN for the demo")


def add_pools(ctx: DemoContext) -> None:
    today = ctx.today
    days = dt.timedelta
    pools.create(
        ctx.session,
        {
            "pool_name": MAIN_POOL,
            "operator_bin": _bin(2021, 6, 4410),
            "accreditation_number": "МЦРИАП-ПУЛ-2024-017",
            "accredited_on": today - days(600),
            "expires_on": today + days(75),
            "hardware_in_kz": True,
            "evidence": "Приказ о аккредитации № 017 (PDF)\nСертификат пула, Экибастуз ДЦ-2",
            "notes": "Main pool; data centre in Ekibastuz",
        },
        today,
    )
    pools.create(
        ctx.session,
        {
            "pool_name": EXPIRED_POOL,
            "operator_bin": _bin(2022, 2, 5120),
            "accreditation_number": "МЦРИАП-ПУЛ-2023-004",
            "accredited_on": today - days(900),
            "expires_on": today - days(150),
            "hardware_in_kz": True,
            "evidence": "Accreditation order No. 004 (scan)",
            "notes": "Renewal applied for; not yet granted",
        },
        today,
    )
    pools.create(
        ctx.session,
        {
            "pool_name": FOREIGN_POOL,
            "status": "not_accredited",
            "hardware_in_kz": False,
            "notes": "Foreign pool used during an outage; never accredited in Kazakhstan",
        },
        today,
    )


def add_licences(ctx: DemoContext) -> None:
    today = ctx.today
    days = dt.timedelta

    def make(kind: str, number: str, issuer: str, issued: dt.date, **extra) -> int:
        data = {"licence_type": kind, "number": number, "issuer": issuer, "issued_on": issued}
        data.update(extra)
        return licences.create(ctx.session, data, ctx.rules, today).id

    # A mining licence three years old: its legal term ends in 45 days.
    make(
        "mining_1",
        "KZ24VDM00012345",
        "Ministry of AI and Digital Development",
        add_years(today + days(45), -3),
        conditions="Own data centre, Ekibastuz, 40 MW connection",
    )
    make(
        "mining_2",
        "KZ25VDM00023456",
        "Ministry of AI and Digital Development",
        today - days(400),
        conditions="Hosted hardware at a partner data centre, Pavlodar",
    )
    make(
        "afsa",
        "AFSA-F-LA-2023-0117",
        "AFSA",
        dt.date(2023, 5, 12),
        conditions="Operating a digital asset trading facility; custody excluded",
    )
    make(
        "nbk_exchange",
        "NBK-DA-0007",
        "National Bank of Kazakhstan",
        today - days(285),
        expires_on=today + days(80),
        conditions="Exchange point, Astana",
    )
    make("nbk_platform", "NBK-REG-2025-031", "National Bank of Kazakhstan", today - days(200))
    make(
        "other",
        "ЭЛ-2021-4471",
        "Акимат г. Экибастуз",
        dt.date(2021, 3, 1),
        expires_on=today - days(20),
        conditions="Разрешение на подключение к сетям (истекло)",
    )
    make(
        "mining_1",
        "KZ23VDM00009876",
        "Ministry of AI and Digital Development",
        today - days(700),
        status="suspended",
        suspended_from=today - days(20),
        suspended_to=today + days(70),
        conditions="Suspended: meter readings under review",
    )
    revoked = make(
        "other",
        "PERM-2019-88",
        "Акимат Павлодарской области",
        dt.date(2019, 6, 1),
        expires_on=today + days(300),
        status="revoked",
    )
    licences.retire(ctx.session, revoked, "Superseded by the 2023 connection permit")
    add_pools(ctx)
