"""Alerts carry the severity of their rule (kind ``alert.<rule>`` in findings.severity):
a transfer to or from a listed wallet is critical and comes first on the Alerts list and in
``kuzet alerts --json``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from kuzet.cli import run
from kuzet.registers.listing import ListQuery
from kuzet.store.models.monitoring import Alert
from kuzet.store.session import Store
from support.monitoring_data import TODAY, desk, make_customers


def raise_alerts(store: Store) -> dict[str, int]:
    """Three open alerts of one customer: the listed wallet's raised first, on the oldest day."""
    customer = make_customers(store)["resident"]
    found = {}
    with store.transaction() as session:
        for days_ago, rule in ((9, "listed_wallet"), (5, "threshold"), (1, "structuring")):
            alert = Alert(
                rule=rule,
                customer_id=customer,
                transaction_ids="",
                anchor=rule,
                dedupe_key=f"{rule}:{customer}:{rule}",
                reason=f"{rule} reason",
                pattern_on=TODAY - dt.timedelta(days=days_ago),
                detected_on=TODAY - dt.timedelta(days=days_ago),
            )
            session.add(alert)
            session.flush()
            found[rule] = alert.id
    return found


def test_a_listed_wallet_alert_is_critical_and_sorts_first(store: Store) -> None:
    ids = raise_alerts(store)
    monitoring = desk(store)
    listing = monitoring.alert_listing()
    assert listing.levels["listed_wallet"] == "critical"
    assert listing.levels["structuring"] == "high"
    assert listing.levels["threshold"] == "medium"
    order = monitoring.list_ids(listing, ListQuery(filters={"status": "open"}))
    assert order == [ids["listed_wallet"], ids["structuring"], ids["threshold"]]
    rows = monitoring.list_rows(listing, order)
    first = rows[ids["listed_wallet"]]
    assert first[0] == "Critical" and listing.tone(first) == "critical"
    assert listing.tone(rows[ids["threshold"]]) == "medium"


def test_alerts_json_names_the_severity_most_serious_first(db_file: Path, capsys) -> None:
    store, _ = Store.open(db_file)
    try:
        raise_alerts(store)
    finally:
        store.close()
    assert run(["--db", str(db_file), "alerts", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    assert [(a["rule"], a["severity"]) for a in lines] == [
        ("listed_wallet", "critical"),
        ("structuring", "high"),
        ("threshold", "medium"),
    ]
