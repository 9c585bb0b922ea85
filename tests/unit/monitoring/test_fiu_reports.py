"""Alert review and reports to the FIU: escalation to an STR with its business-day
deadline, decisions, filing, threshold reports, overdue on the Dashboard, the STR draft."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kuzet.registers import calendar
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.listing import ListQuery
from kuzet.registers.monitoring import alerts, fiu_reports
from kuzet.registers.monitoring import runs as monitoring
from kuzet.registers.monitoring.fiu_report_listing import StrListing, TtrListing, all_reports
from kuzet.registers.monitoring.fiu_reports import STR, TTR
from kuzet.reports.str_draft import write_str_draft
from kuzet.store.models.monitoring import Alert, SuspiciousTransactionReport, ThresholdReport
from kuzet.store.session import Store
from support.monitoring_data import (
    ENTITY_BIN,
    RESIDENT_IIN,
    TODAY,
    import_rows,
    make_customers,
    row,
)
from support.offshore import OFFSHORE_PROVIDER, add_offshore_provider

D = dt.date


def alerted(store: Store, tmp_path: Path, today: dt.date = TODAY) -> dict[str, int]:
    """Customers, a structuring pattern and a threshold deposit, monitored on ``today``."""
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
    import_rows(store, tmp_path / "tx.csv", rows)
    with store.transaction() as session:
        monitoring.run(session, store.rules(session), today)
        return {a.rule: a.id for a in session.execute(select(Alert)).scalars()}


def test_escalating_an_alert_as_suspicious_sets_the_deadline(store: Store, tmp_path: Path) -> None:
    found = alerted(store, tmp_path)
    with store.transaction() as session:
        report = alerts.escalate(
            session, found["structuring"], store.rules(session), TODAY,
            facts="Три взноса по 4,7 млн тенге за три дня; клиент не объяснил источник.",
        )  # fmt: skip
        report_id = report.id
    with store.reading() as session:
        report = session.get(SuspiciousTransactionReport, report_id)
        alert = session.get(Alert, found["structuring"])
    assert (report.decision, report.status, report.decided_on) == ("suspicious", "to_report", TODAY)
    assert report.deadline == D(2026, 11, 26)  # Wednesday -> Thursday
    assert report.transaction_ids == "1,2,3" and report.alert_ids == str(found["structuring"])
    assert (alert.status, alert.report_id) == ("escalated", report_id)
    with store.transaction() as session, pytest.raises(ValidationFailed, match="already escalated"):
        alerts.explain(session, found["structuring"], "too late")


def test_a_case_without_a_decision_has_no_deadline_until_decided(
    store: Store, tmp_path: Path
) -> None:
    found = alerted(store, tmp_path, today=D(2026, 11, 20))
    with store.transaction() as session:
        rules = store.rules(session)
        report = alerts.escalate(session, found["structuring"], rules, TODAY, decision="")
        assert (report.status, report.deadline) == ("open", None)
        # A second alert of another customer cannot join this case.
        with pytest.raises(ValidationFailed, match="another customer"):
            alerts.escalate(session, found["threshold"], rules, TODAY, report_id=report.id)
        with pytest.raises(ValidationFailed) as caught:
            fiu_reports.decide(session, report.id, "maybe", TODAY + dt.timedelta(1), rules, TODAY)
        assert set(caught.value.field_errors) == {"decision", "decided_on"}
        # Decided on a Friday: due the Monday after.
        report = fiu_reports.decide(session, report.id, "suspicious", D(2026, 11, 20), rules, TODAY)
        assert report.deadline == D(2026, 11, 23)
        closed = fiu_reports.open_case(session, report.customer_id, [], [], TODAY, "", rules, TODAY)
        closed = fiu_reports.decide(session, closed.id, "not_suspicious", TODAY, rules, TODAY)
        assert (closed.status, closed.deadline) == ("closed", None)


def test_explaining_needs_a_note(store: Store, tmp_path: Path) -> None:
    found = alerted(store, tmp_path)
    with store.transaction() as session:
        with pytest.raises(ValidationFailed) as caught:
            alerts.explain(session, found["threshold"], "  ")
        assert "note" in caught.value.field_errors
        alert = alerts.explain(
            session, found["threshold"], "Sale of an apartment, contract on file"
        )
        assert alert.status == "explained" and alert.decided_by and alert.decided_at


def test_overdue_reports_show_on_the_dashboard_until_filed(store: Store, tmp_path: Path) -> None:
    found = alerted(store, tmp_path, today=D(2026, 11, 20))
    with store.transaction() as session:
        rules = store.rules(session)
        report = alerts.escalate(session, found["structuring"], rules, D(2026, 11, 20))
        report_id = report.id
        ttr = session.execute(select(ThresholdReport)).scalar_one()
        assert (ttr.transaction_on, ttr.deadline) == (D(2026, 11, 20), D(2026, 11, 23))
    with store.reading() as session:
        due = calendar.reminders(session, store.rules(session), TODAY)
        mine = {(d.register, d.record_id): d for d in due if d.register != "licence"}
    assert set(mine) == {("suspicious_transaction_report", report_id), ("threshold_report", ttr.id)}
    assert all(d.urgency(TODAY) == "overdue" for d in mine.values())
    # on the Dashboard an unfiled STR past its day is critical, a TTR high (findings.toml)
    assert mine[("suspicious_transaction_report", report_id)].severity == "critical"
    assert mine[("threshold_report", ttr.id)].severity == "high"
    with store.reading() as session:
        listing = StrListing(store.rules(session), TODAY)
        shown = listing.rows(session, [report_id])[report_id]
        assert shown[2] == "overdue" and listing.tone(shown) == "critical"  # an overdue STR
        assert shown[4] == -2  # 23 and 24 November: two business days late on the 25th
        assert listing.ids(session, ListQuery(filters={"state": "overdue"})) == [report_id]
        ttrs = TtrListing(store.rules(session), TODAY)
        assert ttrs.ids(session, ListQuery(filters={"state": "pending"})) == [ttr.id]
    with store.transaction() as session:
        with pytest.raises(ValidationFailed) as caught:
            fiu_reports.mark_reported(session, STR, report_id, D(2026, 11, 19), " ", TODAY)
        assert set(caught.value.field_errors) == {"fiu_reference", "reported_on"}
        fiu_reports.mark_reported(session, STR, report_id, TODAY, "AFM-2026-000123", TODAY)
        fiu_reports.mark_reported(session, TTR, ttr.id, D(2026, 11, 23), "AFM-T-77", TODAY)
        with pytest.raises(ValidationFailed, match="waiting to be filed"):
            fiu_reports.mark_reported(session, TTR, ttr.id, D(2026, 11, 23), "AFM-T-77", TODAY)
    with store.reading() as session:
        assert not [
            d
            for d in calendar.reminders(session, store.rules(session), TODAY)
            if d.register != "licence"
        ]
        states = {
            (r["kind"], r["state"]) for r in all_reports(session, store.rules(session), TODAY)
        }
    assert states == {("str", "reported"), ("ttr", "reported")}


def test_the_str_draft_pdf_carries_the_case_facts_in_cyrillic(store: Store, tmp_path: Path) -> None:
    found = alerted(store, tmp_path)
    facts = "Клиент ТОО «Алтын Блок» внёс 14,1 млн тенге тремя платежами; бенефициар — Қасымов Ә."
    with store.transaction() as session:
        report = alerts.escalate(
            session, found["structuring"], store.rules(session), TODAY, facts=facts
        )
        path = write_str_draft(
            session, report.id, tmp_path / "str.pdf", store.rules(session), TODAY
        )
    assert not list(tmp_path.glob(".str.pdf.*"))  # no temporary file left behind
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    flat = " ".join(text.split())
    assert "Suspicious transaction report — draft" in flat
    assert "tipping off is prohibited" in flat
    assert "ТОО «Алтын Блок»" in flat and "Қасымов" in flat
    assert ENTITY_BIN in flat and "26.11.2026" in flat
    assert "monitoring.str.deadline_business_days, mark U" in flat
    assert "Structuring below the firm's alert threshold" in flat and "S-2" in flat
