"""The demo firm under the 2026 regime: its threshold reports come from the catalogue
(offshore transfers, with the demo officer's audited entry of the offshore-zone list), the
firm's own alert threshold raises internal alerts, and the retail cap counts purchases."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from kuzet.store.models.monitoring import Alert, ThresholdReport
from kuzet.store.models.setting import RuleOverride
from kuzet.store.session import Store


def test_the_demo_reports_offshore_transfers_and_raises_every_alert(demo_db: Path) -> None:
    store, _ = Store.open(demo_db)
    try:
        with store.reading() as session:
            override = session.execute(
                select(RuleOverride).where(RuleOverride.rule_key == "monitoring.offshore_zones")
            ).scalar_one()
            reports = list(session.execute(select(ThresholdReport)).scalars())
            rules = {a.rule for a in session.execute(select(Alert)).scalars()}
    finally:
        store.close()
    assert "not the National Bank's list" in override.reason
    assert reports and {r.kind for r in reports} == {"offshore_transfer"}
    assert {"threshold", "large_transaction", "structuring", "retail_cap"} <= rules
