"""Running the monitoring rules over the register: every rule raises its alert on crafted
data, re-running duplicates nothing, patterns that grow, knowledge tests, the real OFAC
list's wallets, and the command line (``kuzet monitor``, ``kuzet alerts --json``)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import func, select

from kuzet.cli import run as cli
from kuzet.registers.customers import knowledge_tests
from kuzet.registers.monitoring import alerts, vasps
from kuzet.registers.monitoring import runs as monitoring
from kuzet.registers.screening import watchlists
from kuzet.registers.system import rules as rule_register
from kuzet.store.models.monitoring import Alert, ThresholdReport
from kuzet.store.session import Store
from support.monitoring_data import (
    ENTITY_BIN,
    IRANIAN_IIN,
    RESIDENT_IIN,
    TODAY,
    WATCHLISTS,
    import_rows,
    make_customers,
    row,
    write_csv,
)

D = dt.date
LISTED = "0x7F367cC41522cE07553e823bf3be79A889DEbe1B"


def crafted_rows() -> list[dict[str, str]]:
    return [
        # Threshold: a company deposit of 6,000,000 KZT from an exchange in an offshore zone
        # (Binance, KY); also above the firm's own alert threshold.
        row(
            D(2026, 11, 1),
            ENTITY_BIN,
            "in",
            "6000000",
            "11500",
            counterparty_provider="Binance",
            reference="T-1",
        ),
        # Structuring: three company deposits just below the threshold within 7 days.
        row(D(2026, 11, 5), ENTITY_BIN, "in", "4600000", "8800", reference="S-1"),
        row(D(2026, 11, 7), ENTITY_BIN, "in", "4700000", "9000", reference="S-2"),
        row(D(2026, 11, 9), ENTITY_BIN, "in", "4800000", "9200", reference="S-3"),
        # Rapid in-and-out: 2,000,000 in, 1,900,000 out the next day.
        row(D(2026, 11, 15), ENTITY_BIN, "in", "2000000", "3800", reference="R-1"),
        row(D(2026, 11, 16), ENTITY_BIN, "out", "1900000", "3600", reference="R-2"),
        # High-risk jurisdiction: a resident of Iran.
        row(D(2026, 11, 3), IRANIAN_IIN, "in", "5000", "10", reference="H-1"),
        # Retail cap: USD 700 + 400 of tenge paid in (purchases) in November by a retail
        # resident.
        row(D(2026, 11, 2), RESIDENT_IIN, "in", "364000", "700", asset="KZT", reference="C-1"),
        row(D(2026, 11, 10), RESIDENT_IIN, "in", "208000", "400", asset="KZT", reference="C-2"),
        # Travel Rule: USD 1,500 out without the originator's identifier (alert) ...
        row(
            D(2026, 11, 12),
            RESIDENT_IIN,
            "out",
            "780000",
            "1500",
            originator_id="",
            reference="V-1",
        ),
        # ... USD 999.99 without it (not required below USD 1,000: complete) ...
        row(
            D(2026, 11, 12),
            RESIDENT_IIN,
            "out",
            "519000",
            "999.99",
            originator_id="",
            reference="V-2",
        ),
        # ... and below the threshold without the beneficiary's name (incomplete, no alert).
        row(
            D(2026, 11, 12), RESIDENT_IIN, "out", "5200", "10", beneficiary_name="", reference="V-3"
        ),
        # Counterparty providers: Bybit is not in the register; Binance was vetted in January.
        row(
            D(2026, 11, 13),
            RESIDENT_IIN,
            "out",
            "5200",
            "10",
            counterparty_provider="Bybit",
            reference="P-1",
        ),
        row(
            D(2026, 11, 13),
            RESIDENT_IIN,
            "out",
            "5200",
            "10",
            counterparty_provider="BINANCE ",
            reference="P-2",
        ),
        # A listed person's wallet (checksummed here, lower case in the list).
        row(
            D(2026, 11, 14),
            RESIDENT_IIN,
            "out",
            "5200",
            "10",
            counterparty_wallet=LISTED,
            reference="L-1",
        ),
    ]


def add_binance(store: Store) -> None:
    with store.transaction() as session:
        vasps.save(
            session,
            {
                "name": "Binance",
                "jurisdiction": "KY",
                "due_diligence_on": D(2026, 1, 10),
                "due_diligence_by": "mlro.nurpeisova",
            },
            TODAY,
        )


def enter_offshore_zones(store: Store, zones: str = '["KY"]') -> None:
    """The officer's entry of the offshore-zone list (the pack ships it empty)."""
    with store.transaction() as session:
        rule_register.set_override(
            session,
            store.rules(session),
            "monitoring.offshore_zones",
            zones,
            D(2020, 1, 1),
            None,
            "Entered from the National Bank's list",
        )


def run_rules(store: Store, addresses: dict | None = None) -> monitoring.RunSummary:
    with store.transaction() as session:
        return monitoring.run(session, store.rules(session), TODAY, addresses=addresses)


def alert_count(store: Store) -> int:
    with store.reading() as session:
        return session.execute(select(func.count()).select_from(Alert)).scalar()


def test_every_rule_raises_its_alert_and_running_again_adds_none(
    store: Store, tmp_path: Path
) -> None:
    make_customers(store)
    add_binance(store)
    enter_offshore_zones(store)
    import_rows(store, tmp_path / "tx.csv", crafted_rows())
    listed = {LISTED.lower(): ("UN", "QDe.999", "Lazarus Group front")}
    summary = run_rules(store, listed)
    assert dict(summary.new_alerts) == {
        "threshold": 1,
        "large_transaction": 1,
        "structuring": 1,
        "rapid_in_out": 1,
        "high_risk_jurisdiction": 1,
        "retail_cap": 1,
        "listed_wallet": 1,
        "travel_rule": 1,
        "unvetted_provider": 1,
    }
    assert summary.threshold_reports == 1 and summary.travel_rule_incomplete == 1
    with store.reading() as session:
        found = {a["rule"]: a for a in alerts.open_alerts(session)}
    assert "Lazarus Group front (UN, entry QDe.999)" in found["listed_wallet"]["reason"]
    assert (
        "Bybit" in found["unvetted_provider"]["reason"]
        and "not in the register" in found["unvetted_provider"]["reason"]
    )
    assert found["travel_rule"]["transactions"] == [10]
    assert found["structuring"]["transactions"] == [2, 3, 4]
    assert found["retail_cap"]["customer"] == RESIDENT_IIN
    again = run_rules(store, listed)
    assert sum(again.new_alerts.values()) == 0 and again.updated_alerts == 0
    assert again.threshold_reports == 0
    assert alert_count(store) == 9
    with store.reading() as session:
        assert session.execute(select(func.count()).select_from(ThresholdReport)).scalar() == 1


def test_an_open_alert_grows_with_its_pattern_and_a_decided_one_is_not_reopened(
    store: Store, tmp_path: Path
) -> None:
    make_customers(store)
    days = [D(2026, 11, 5), D(2026, 11, 6), D(2026, 11, 7)]
    import_rows(
        store, tmp_path / "a.csv", [row(d, ENTITY_BIN, "in", "4600000", "8800") for d in days]
    )
    run_rules(store)
    import_rows(
        store, tmp_path / "b.csv", [row(D(2026, 11, 8), ENTITY_BIN, "in", "4700000", "9000")]
    )
    summary = run_rules(store)
    assert summary.updated_alerts == 1 and sum(summary.new_alerts.values()) == 0
    with store.transaction() as session:
        alert = session.execute(select(Alert).where(Alert.rule == "structuring")).scalar_one()
        assert alert.transaction_ids == "1,2,3,4"
        alerts.explain(session, alert.id, "Quarterly coupon payments of a known bond issuer")
    assert sum(run_rules(store).new_alerts.values()) == 0  # nothing new since the decision
    import_rows(
        store, tmp_path / "c.csv", [row(D(2026, 11, 9), ENTITY_BIN, "in", "4700000", "9000")]
    )
    summary = run_rules(store)
    assert dict(summary.new_alerts) == {"structuring": 1}
    with store.reading() as session:
        newest = session.execute(select(Alert).where(Alert.status == "open")).scalar_one()
        assert newest.transaction_ids == "1,2,3,4,5" and newest.dedupe_key.endswith("+5")


def test_a_knowledge_test_passed_in_time_silences_the_retail_cap(
    store: Store, tmp_path: Path
) -> None:
    ids = make_customers(store)
    import_rows(
        store,
        tmp_path / "t.csv",
        [
            row(D(2026, 11, 2), RESIDENT_IIN, "in", "364000", "700", asset="KZT"),
            row(D(2026, 11, 10), RESIDENT_IIN, "in", "208000", "400", asset="KZT"),
        ],
    )
    with store.transaction() as session:
        knowledge_tests.record(session, ids["resident"], D(2026, 11, 1), False, TODAY)  # failed
        knowledge_tests.record(session, ids["resident"], D(2026, 11, 10), True, TODAY)
    assert run_rules(store).new_alerts == {}
    with store.reading() as session:
        assert knowledge_tests.first_passed(session) == {ids["resident"]: D(2026, 11, 10)}


def test_a_transfer_to_a_wallet_on_the_real_ofac_list(store: Store, tmp_path: Path) -> None:
    files = [WATCHLISTS / f"ofac_{role}_2021-07.csv" for role in ("sdn", "alt", "add")]
    make_customers(store)
    import_rows(
        store,
        tmp_path / "t.csv",
        [
            row(
                D(2026, 11, 4),
                RESIDENT_IIN,
                "out",
                "52000",
                "100",
                counterparty_wallet="12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h",
            ),
            row(
                D(2026, 11, 4),
                RESIDENT_IIN,
                "out",
                "52000",
                "100",
                counterparty_wallet="12qtd5bfwrsdnsazy76uve1xycgntojh9h",
            ),
        ],
    )
    assert run_rules(store).listed_addresses == 0  # no list imported yet: nothing to match
    with store.transaction() as session:
        watchlists.import_list(session, "ofac-csv", files)
    summary = run_rules(store)
    assert summary.listed_addresses > 50  # the 2021 SDN file's digital currency addresses
    assert dict(summary.new_alerts) == {"listed_wallet": 1}
    with store.reading() as session:
        (alert,) = [a for a in alerts.open_alerts(session) if a["rule"] == "listed_wallet"]
    assert (
        alert["transactions"] == [1] and "Xiaobing YAN (OFAC SDN, entry 25308)" in alert["reason"]
    )


def test_the_command_line_imports_monitors_and_prints_alerts_as_json(
    store: Store, db_file: Path, tmp_path: Path, capsys
) -> None:
    make_customers(store)
    add_binance(store)
    enter_offshore_zones(store)
    store.close()
    bad = write_csv(tmp_path / "bad.csv", [row(TODAY, "999999999999", "in", "1", "1")])
    assert cli(["--db", str(db_file), "import", "transactions", str(bad)]) == 1
    assert (
        "bad.csv, line 2, field customer: no customer has IIN/BIN 999999999999"
        in capsys.readouterr().err
    )
    good = write_csv(tmp_path / "good.csv", crafted_rows())
    assert cli(["--db", str(db_file), "import", "transactions", str(good)]) == 0
    out = capsys.readouterr().out
    assert "15 transactions imported" in out and "2 transfers lack Travel Rule data" in out
    assert cli(["--db", str(db_file), "monitor"]) == 0
    out = capsys.readouterr().out
    assert "Checked 15 transactions." in out and "Threshold reports opened: 1" in out
    assert cli(["--db", str(db_file), "alerts", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    parsed = [json.loads(line) for line in lines]
    # No watchlist imported: no listed-wallet alert; Bybit unvetted.
    assert len(parsed) == 8
    for alert in parsed:
        assert {"rule", "customer", "transactions", "reason"} <= set(alert)
        assert all(isinstance(t, int) for t in alert["transactions"]) and alert["reason"]
    assert {a["rule"] for a in parsed} == {
        "threshold", "large_transaction", "structuring", "rapid_in_out",
        "high_risk_jurisdiction", "retail_cap", "travel_rule", "unvetted_provider",
    }  # fmt: skip
    by_rule = {a["rule"]: a for a in parsed}
    assert by_rule["high_risk_jurisdiction"]["customer"] == IRANIAN_IIN
    assert cli(["--db", str(db_file), "reports"]) == 0
    out = capsys.readouterr().out
    assert "TTR #1" in out and "overdue" in out and "Never tell the customer" in out
    assert cli(["--db", str(db_file), "travel-rule"]) == 0
    assert "#10" in capsys.readouterr().out
