"""An offshore counterparty for the threshold-report tests: the rule pack ships the
offshore-zone list empty (the officer enters the National Bank's list), so a test enters
one zone as an override and registers a provider there."""

from __future__ import annotations

import datetime as dt

from kuzet.registers.monitoring import vasps
from kuzet.registers.system import rules as rule_register
from kuzet.store.session import Store

OFFSHORE_PROVIDER = "Binance"
OFFSHORE_ZONE = "KY"


def enter_offshore_zones(store: Store, zones: str = f'["{OFFSHORE_ZONE}"]') -> None:
    """The officer's entry of the offshore-zone list, in force since 2020."""
    with store.transaction() as session:
        rule_register.set_override(
            session,
            store.rules(session),
            "monitoring.offshore_zones",
            zones,
            dt.date(2020, 1, 1),
            None,
            "Entered from the National Bank's list",
        )


def add_offshore_provider(store: Store, today: dt.date, vetted_on: dt.date | None = None) -> None:
    """``OFFSHORE_PROVIDER`` in ``OFFSHORE_ZONE``, vetted (by default on 10 Jan 2026), and
    the offshore-zone list entered."""
    with store.transaction() as session:
        vasps.save(
            session,
            {
                "name": OFFSHORE_PROVIDER,
                "jurisdiction": OFFSHORE_ZONE,
                "due_diligence_on": vetted_on or dt.date(2026, 1, 10),
                "due_diligence_by": "mlro.nurpeisova",
            },
            today,
        )
    enter_offshore_zones(store)
