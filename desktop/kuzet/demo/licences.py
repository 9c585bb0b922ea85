"""The demo firm's licences: one of each kind, in every state a reminder cares about."""

from __future__ import annotations

import datetime as dt

from ..registers.licensing import licences
from .context import DemoContext


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
        licences.add_years(today + days(45), -3),
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
