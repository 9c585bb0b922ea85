"""The monitoring desk (registers/monitoring/desk.py): each call is one unit of work (a
refused import, escalation or case decision leaves nothing written) and takes "today" from
its clock (imports, alerts, deadlines, filings and the lists' overdue reports)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kuzet.registers.errors import ImportRejected, ValidationFailed
from kuzet.registers.listing import ListQuery
from kuzet.registers.monitoring.fiu_reports import STR, TTR
from kuzet.store.models.monitoring import Alert, SuspiciousTransactionReport
from kuzet.store.models.transaction import CounterpartyProvider, CustomerTransaction
from kuzet.store.session import Store
from support.monitoring_data import (
    ENTITY_BIN,
    RESIDENT_IIN,
    TODAY,
    desk,
    make_customers,
    row,
    write_csv,
)
from support.offshore import OFFSHORE_PROVIDER, add_offshore_provider
from support.team import four_eyes_off

D = dt.date
TOMORROW = TODAY + dt.timedelta(days=1)


@pytest.fixture(autouse=True)
def one_officer(store: Store) -> None:
    """STR decisions apply at once, on both engines (four-eyes, on by default in team
    mode, is tested in test_four_eyes.py)."""
    four_eyes_off(store)


def count(store: Store, model: type) -> int:
    with store.reading() as session:
        return session.execute(select(func.count()).select_from(model)).scalar()


def monitored(store: Store, tmp_path: Path) -> dict[str, int]:
    """A structuring pattern and a threshold deposit, imported and monitored on TODAY."""
    make_customers(store)
    rows = [
        row(D(2026, 11, d), ENTITY_BIN, "in", "4700000", "9000", reference=f"S-{d}")
        for d in (2, 3, 4)
    ]
    # A threshold deposit: 5,500,000 KZT from an exchange in an offshore zone.
    add_offshore_provider(store, TODAY)
    rows.append(
        row(
            D(2026, 11, 20),
            RESIDENT_IIN,
            "in",
            "5500000",
            "10500",
            counterparty_provider=OFFSHORE_PROVIDER,
            reference="T-1",
        )
    )
    monitoring = desk(store)
    monitoring.import_transactions(write_csv(tmp_path / "tx.csv", rows))
    monitoring.run_monitoring()
    with store.reading() as session:
        return {a.rule: a.id for a in session.execute(select(Alert)).scalars()}


def test_an_import_with_one_bad_row_writes_nothing(store: Store, tmp_path: Path) -> None:
    make_customers(store)
    path = write_csv(
        tmp_path / "t.csv",
        [
            row(TODAY, RESIDENT_IIN, "in", "1", "1", reference="good"),
            row(TOMORROW, RESIDENT_IIN, "in", "1", "1", reference="tomorrow"),
        ],
    )
    with pytest.raises(ImportRejected, match="line 3, field date: is in the future"):
        desk(store).import_transactions(path)
    assert count(store, CustomerTransaction) == 0
    # The same file a day later: the desk's clock decides what "the future" is.
    assert desk(store, TOMORROW).import_transactions(path).count == 2


def test_alerts_and_the_str_deadline_follow_the_desks_clock(store: Store, tmp_path: Path) -> None:
    found = monitored(store, tmp_path)
    monitoring = desk(store)
    assert monitoring.alert(found["structuring"]).detected_on == TODAY
    summary = monitoring.alert_summary(found["structuring"])
    assert summary.open and summary.transaction_ids == (1, 2, 3)
    assert "monitoring.structuring.window_days = 7" in summary.basis
    report = monitoring.escalate_alert(found["structuring"], facts="Three deposits")
    assert (report.decided_on, report.deadline) == (TODAY, D(2026, 11, 26))
    assert [r.id for r in monitoring.open_cases(report.customer_id)] == [report.id]
    # Filed "tomorrow" is in the future for this desk, and fine for one a day later.
    with pytest.raises(ValidationFailed) as caught:
        monitoring.mark_reported(STR, report.id, TOMORROW, "AFM-1")
    assert set(caught.value.field_errors) == {"reported_on"}
    desk(store, TOMORROW).mark_reported(STR, report.id, TOMORROW, "AFM-1")
    assert monitoring.str_report(report.id).status == "reported"


def test_a_refused_escalation_leaves_the_alert_open(store: Store, tmp_path: Path) -> None:
    found = monitored(store, tmp_path)
    monitoring = desk(store)
    with pytest.raises(ValidationFailed) as caught:
        monitoring.escalate_alert(found["structuring"], decided_on=TOMORROW)
    assert set(caught.value.field_errors) == {"decided_on"}
    assert count(store, SuspiciousTransactionReport) == 0
    assert monitoring.alert(found["structuring"]).status == "open"


def test_a_case_decision_refused_keeps_the_facts_unchanged_too(
    store: Store, tmp_path: Path
) -> None:
    found = monitored(store, tmp_path)
    monitoring = desk(store)
    case = monitoring.escalate_alert(found["structuring"], facts="First facts", decision="")
    with pytest.raises(ValidationFailed):
        monitoring.save_str(case.id, "Second facts", "suspicious", decided_on=None)
    assert monitoring.str_report(case.id).facts == "First facts"
    saved = monitoring.save_str(case.id, "Second facts", "suspicious", decided_on=TODAY)
    assert (saved.facts, saved.status) == ("Second facts", "to_report")
    assert monitoring.str_report(case.id).deadline == D(2026, 11, 26)


def test_the_report_lists_are_overdue_as_of_the_desks_day(store: Store, tmp_path: Path) -> None:
    monitored(store, tmp_path)
    # The threshold deposit of Friday 20 November is due on Monday the 23rd.
    for day, shown in ((D(2026, 11, 23), "to report"), (TODAY, "overdue")):
        monitoring = desk(store, day)
        listing = monitoring.ttr_listing()
        ids = monitoring.list_ids(listing, ListQuery())
        assert monitoring.list_rows(listing, ids)[ids[0]][2] == shown
    monitoring = desk(store)
    listing = monitoring.ttr_listing()
    (ttr,) = monitoring.list_ids(listing, ListQuery())
    monitoring.mark_reported(TTR, ttr, D(2026, 11, 23), "AFM-T-1")
    assert monitoring.list_ids(listing, ListQuery(filters={"state": "pending"})) == []
    assert [r["state"] for r in monitoring.all_reports()] == ["reported"]


def test_providers_are_saved_in_one_unit_of_work_as_of_the_desks_day(store: Store) -> None:
    vetted = {"name": "Binance", "due_diligence_on": TOMORROW, "due_diligence_by": "MLRO"}
    with pytest.raises(ValidationFailed) as caught:
        desk(store).save_provider(vetted)
    assert set(caught.value.field_errors) == {"due_diligence_on"}
    assert count(store, CounterpartyProvider) == 0
    provider = desk(store, TOMORROW).save_provider(vetted)
    edited = desk(store, TOMORROW).save_provider({"jurisdiction": "ky"}, provider.id)
    assert (edited.name, edited.jurisdiction, edited.due_diligence_on) == (
        "Binance",
        "KY",
        TOMORROW,
    )
    with pytest.raises(ValidationFailed):
        desk(store).retire_provider(provider.id, " ")
    desk(store).retire_provider(provider.id, "Closed its business")
    assert desk(store).provider(provider.id).retired


def test_a_transaction_shows_its_customer_and_alerts_and_exports(
    store: Store, tmp_path: Path
) -> None:
    found = monitored(store, tmp_path)
    monitoring = desk(store)
    detail = monitoring.transaction(1)
    assert detail.transaction.reference == "S-2" and "(" + ENTITY_BIN + ")" in detail.customer
    assert [a.id for a in detail.alerts] == [found["structuring"]]
    assert monitoring.export_transactions(tmp_path / "out.csv", ListQuery(search="S-")) == 3
    monitoring.retire_transaction(1, "Imported twice")
    assert monitoring.list_ids(monitoring.transaction_listing(), ListQuery(search="S-")) == [2, 3]
    assert monitoring.transaction_batches()[0].endswith("tx.csv")


def test_a_knowledge_test_is_recorded_as_of_the_desks_day(store: Store) -> None:
    ids = make_customers(store)
    with pytest.raises(ValidationFailed) as caught:
        desk(store).record_knowledge_test(ids["resident"], TOMORROW, True)
    assert set(caught.value.field_errors) == {"taken_on"}
    assert desk(store).knowledge_tests(ids["resident"]) == []
    desk(store, TOMORROW).record_knowledge_test(ids["resident"], TOMORROW, True, "Online")
    (taken,) = desk(store).knowledge_tests(ids["resident"])
    assert (taken.taken_on, taken.passed, taken.notes) == (TOMORROW, True, "Online")
    assert desk(store).customer_label(ids["resident"]).endswith(f"({RESIDENT_IIN})")
