"""Threshold reports as a catalogue (Law No. 191-IV Art. 4): 5,000,000 KZT applies to
transfers with offshore zones and anonymous accounts, not to every trade; the firm's own
alert threshold raises an internal alert only. Deadlines are hand-computed: a transfer on
Friday 28 Aug 2026 is due Monday 31 Aug 2026 (30 August is no longer a holiday from 2026)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from kuzet.regime.rulepack import RuleBook
from kuzet.registers.monitoring import runs as monitoring
from kuzet.registers.monitoring import vasps
from kuzet.store.models.monitoring import Alert, ThresholdReport
from kuzet.store.session import Store, rule_pack
from support.monitoring_data import (
    ENTITY_BIN,
    IRANIAN_IIN,
    RESIDENT_IIN,
    TODAY,
    import_rows,
    make_customers,
)
from support.monitoring_data import row as tx_row
from support.offshore import OFFSHORE_PROVIDER, add_offshore_provider, enter_offshore_zones

D = dt.date
FRIDAY = D(2026, 8, 28)


def run(store: Store) -> monitoring.RunSummary:
    with store.transaction() as session:
        return monitoring.run(session, store.rules(session), TODAY)


def reports(store: Store) -> list[ThresholdReport]:
    with store.reading() as session:
        return list(session.execute(select(ThresholdReport)).scalars())


def alert_rules(store: Store) -> list[str]:
    with store.reading() as session:
        return sorted(a.rule for a in session.execute(select(Alert)).scalars())


def add_onshore_provider(store: Store) -> None:
    with store.transaction() as session:
        vasps.save(
            session,
            {
                "name": "ATAIX Eurasia",
                "jurisdiction": "KZ",
                "due_diligence_on": D(2026, 1, 10),
                "due_diligence_by": "mlro.nurpeisova",
            },
            TODAY,
        )


def test_the_catalogue_in_the_rule_pack() -> None:
    rules = RuleBook(rule_pack())
    catalogue = rules.effective("monitoring.threshold_reports", FRIDAY)
    assert "191-IV" in catalogue.source and "Art. 4" in catalogue.source
    assert "financing of the proliferation of weapons of mass destruction" in catalogue.source
    rows = {r["kind"]: r for r in catalogue.value}
    assert (rows["offshore_transfer"]["threshold_kzt"], rows["offshore_transfer"]["condition"]) == (
        "5000000",
        "offshore",
    )
    assert rows["anonymous_account"]["threshold_kzt"] == "5000000"
    # Catalogue rows that are not a crypto firm's operations are shown, not checked.
    assert (
        rows["gambling_winnings"]["threshold_kzt"],
        rows["gambling_winnings"]["applies_to"],
    ) == (
        "1000000",
        "none",
    )
    assert (rows["pawnshop"]["threshold_kzt"], rows["pawnshop"]["applies_to"]) == (
        "3000000",
        "none",
    )
    # Digital-asset thresholds are not known: no number, U, "enter from the statute".
    for kind in ("digital_asset_exchange", "digital_asset_transfer"):
        assert rows[kind]["threshold_kzt"] == "" and rows[kind]["confidence"] == "U"
        assert "enter from the statute" in rows[kind]["note"]
    offshore = rules.effective("monitoring.offshore_zones", FRIDAY)
    assert offshore.value == () and offshore.confidence == "U"
    assert "National Bank" in offshore.source
    internal = rules.effective("monitoring.internal_alert_kzt", FRIDAY)
    assert (internal.value, internal.confidence) == (Decimal("5000000"), "P")


def test_an_offshore_transfer_opens_a_report_due_the_next_business_day(
    store: Store, tmp_path: Path
) -> None:
    make_customers(store)
    add_offshore_provider(store, TODAY)
    row = tx_row(FRIDAY, ENTITY_BIN, "out", "6000000", "11500", counterparty_provider="Binance")
    import_rows(store, tmp_path / "t.csv", [row])
    summary = run(store)
    assert summary.threshold_reports == 1
    (report,) = reports(store)
    assert report.transaction_on == FRIDAY and report.deadline == D(2026, 8, 31)  # Monday
    assert (report.threshold_kzt, report.kind) == (Decimal("5000000"), "offshore_transfer")
    assert alert_rules(store) == ["large_transaction", "threshold"]
    with store.reading() as session:
        alert = session.execute(select(Alert).where(Alert.rule == "threshold")).scalar_one()
    assert f"the counterparty provider {OFFSHORE_PROVIDER} is in KY, an offshore zone" in (
        alert.reason
    )


def test_the_same_transfer_onshore_raises_only_the_internal_alert(
    store: Store, tmp_path: Path
) -> None:
    make_customers(store)
    add_onshore_provider(store)
    enter_offshore_zones(store)
    row = tx_row(
        FRIDAY, ENTITY_BIN, "out", "6000000", "11500", counterparty_provider="ATAIX Eurasia"
    )
    import_rows(store, tmp_path / "t.csv", [row])
    summary = run(store)
    assert summary.threshold_reports == 0 and reports(store) == []
    assert alert_rules(store) == ["large_transaction"]
    with store.reading() as session:
        (alert,) = session.execute(select(Alert)).scalars()
    assert "not a report to the FIU" in alert.reason


def test_no_offshore_report_until_the_officer_enters_the_list(store: Store, tmp_path: Path) -> None:
    make_customers(store)
    with store.transaction() as session:
        vasps.save(session, {"name": "Binance", "jurisdiction": "KY"}, TODAY)
    row = tx_row(FRIDAY, ENTITY_BIN, "out", "6000000", "11500", counterparty_provider="Binance")
    import_rows(store, tmp_path / "t.csv", [row])
    assert run(store).threshold_reports == 0  # the shipped list is empty
    enter_offshore_zones(store)
    assert run(store).threshold_reports == 1


def test_one_tenge_below_the_offshore_threshold_is_not_reported(
    store: Store, tmp_path: Path
) -> None:
    make_customers(store)
    add_offshore_provider(store, TODAY)
    rows = [
        tx_row(FRIDAY, ENTITY_BIN, "in", "4999999.99", "9600", counterparty_provider="Binance"),
        tx_row(FRIDAY, ENTITY_BIN, "in", "5000000", "9600", counterparty_provider="Binance"),
    ]
    import_rows(store, tmp_path / "t.csv", rows)
    assert run(store).threshold_reports == 1
    assert [r.transaction_id for r in reports(store)] == [2]


def test_a_customer_registered_offshore_makes_any_transfer_offshore(
    store: Store, tmp_path: Path
) -> None:
    make_customers(store)
    enter_offshore_zones(store, '["IR"]')  # the Iranian resident of the test data
    import_rows(store, tmp_path / "t.csv", [tx_row(FRIDAY, IRANIAN_IIN, "in", "5200000", "10000")])
    assert run(store).threshold_reports == 1
    with store.reading() as session:
        alert = session.execute(select(Alert).where(Alert.rule == "threshold")).scalar_one()
    assert "the customer is resident or registered in IR, an offshore zone" in alert.reason


def test_an_anonymous_account_is_a_transfer_that_does_not_name_the_counterparty(
    store: Store, tmp_path: Path
) -> None:
    make_customers(store)
    rows = [
        # A deposit of USDT whose Travel Rule data do not name the originator: anonymous.
        tx_row(FRIDAY, RESIDENT_IIN, "in", "5100000", "9800", originator_name=""),
        # A withdrawal naming its beneficiary: not anonymous.
        tx_row(FRIDAY, RESIDENT_IIN, "out", "5100000", "9800"),
        # Money (tenge) carries no Travel Rule data: not judged anonymous.
        tx_row(FRIDAY, RESIDENT_IIN, "in", "5100000", "9800", asset="KZT", originator_name=""),
    ]
    import_rows(store, tmp_path / "t.csv", rows)
    assert run(store).threshold_reports == 1
    (report,) = reports(store)
    assert (report.transaction_id, report.kind) == (1, "anonymous_account")
    assert report.deadline == D(2026, 8, 31)
