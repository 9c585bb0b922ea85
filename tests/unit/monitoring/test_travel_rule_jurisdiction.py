"""Which Travel Rule applies follows the firm profile's jurisdiction: AIFC AML 11-1.1 from
about 10 Sep 2024 for AIFC firms; the AFM's Order No. 5 of 30 Oct 2024 for firms outside
the AIFC, whose threshold and fields the officer enters from the statute."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from kuzet.registers.monitoring import runs as monitoring
from kuzet.registers.programme import firm
from kuzet.registers.system import rules as rule_register
from kuzet.store.models.monitoring import Alert
from kuzet.store.models.transaction import CustomerTransaction
from kuzet.store.session import Store
from support.customer_data import bin_number
from support.monitoring_data import RESIDENT_IIN, TODAY, import_rows, make_customers, row

D = dt.date


def profile(store: Store, jurisdiction: str) -> None:
    with store.transaction() as session:
        firm.save(
            session,
            {
                "legal_name": "ТОО «Тест»",
                "bin": bin_number(2020, 1, 7),
                "jurisdiction": jurisdiction,
                "activities": ["exchange"],
            },
            store.rules(session),
            TODAY,
        )


def transfers(store: Store, tmp_path: Path, before: dt.date, after: dt.date) -> None:
    """USD 1,500 out without the originator's identifier, on both sides of a start."""
    import_rows(
        store,
        tmp_path / "t.csv",
        [
            row(day, RESIDENT_IIN, "out", "780000", "1500", originator_id="", reference=ref)
            for day, ref in ((before, "before"), (after, "after"))
        ],
    )


def statuses(store: Store) -> dict[str, str]:
    with store.reading() as session:
        rows = session.execute(
            select(CustomerTransaction.reference, CustomerTransaction.travel_rule)
        )
        return dict(rows.all())


def travel_alerts(store: Store) -> int:
    with store.transaction() as session:
        monitoring.run(session, store.rules(session), TODAY)
    with store.reading() as session:
        found = session.execute(select(Alert).where(Alert.rule == "travel_rule")).scalars()
        return len(list(found))


def test_an_aifc_firm_checks_transfers_from_10_september_2024(store: Store, tmp_path: Path) -> None:
    make_customers(store)
    profile(store, "aifc")
    transfers(store, tmp_path, D(2024, 9, 9), D(2024, 9, 10))
    assert statuses(store) == {"before": "not_in_force", "after": "incomplete"}
    assert travel_alerts(store) == 1
    with store.reading() as session:
        alert = session.execute(select(Alert).where(Alert.rule == "travel_rule")).scalar_one()
    assert "(AIFC AML 11-1.1)" in alert.reason


def test_a_national_firm_waits_for_the_rule_to_be_entered(store: Store, tmp_path: Path) -> None:
    make_customers(store)
    profile(store, "national")
    transfers(store, tmp_path, D(2024, 10, 29), D(2024, 10, 30))
    # Before the Order: not in force; after it, the AIFC's USD 1,000 is not copied.
    assert statuses(store) == {"before": "not_in_force", "after": "rule_not_set"}
    assert travel_alerts(store) == 0
    with store.transaction() as session:
        rules = store.rules(session)
        for key, value in (
            ("monitoring.travel_rule.national.threshold_usd", "1000"),
            (
                "monitoring.travel_rule.national.fields_at_or_above",
                '["originator_name", "originator_wallet", "originator_id"]',
            ),
            ("monitoring.travel_rule.national.fields_below", '["originator_wallet"]'),
        ):
            rule_register.set_override(
                session, rules, key, value, D(2024, 10, 30), None, "Entered from Order No. 5"
            )
    # Entered: the transfer of 30 Oct 2024 lacks the identifier the officer entered.
    assert travel_alerts(store) == 1
    assert statuses(store) == {"before": "not_in_force", "after": "incomplete"}
    with store.reading() as session:
        alert = session.execute(select(Alert).where(Alert.rule == "travel_rule")).scalar_one()
    assert "(AFM Order No. 5 of 30 Oct 2024)" in alert.reason
