"""Reports of suspicious client activity (AFM Order No. 22 of 23 Dec 2025): from 1 Apr
2026 an STR can be opened for a customer with no transaction, describing the activity;
before that day it is refused, naming the rule. The list, the command and the draft say
whether a report concerns an operation or activity."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from kuzet.cli import run as cli
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.listing import ListQuery
from kuzet.store.session import Store
from support.monitoring_data import desk, make_customers
from support.team import four_eyes_off

D = dt.date
ACTIVITY = (
    "Logins to the client's account from 185.220.101.4 (Tor exit node) and three devices "
    "in one hour; the client denies it."
)


@pytest.fixture(autouse=True)
def one_officer(store: Store) -> None:
    """STR decisions apply at once, on both engines (four-eyes, on by default in team
    mode, is tested in test_four_eyes.py)."""
    four_eyes_off(store)


def test_activity_before_1_april_2026_is_refused_naming_the_rule(store: Store) -> None:
    ids = make_customers(store)
    monitoring = desk(store, D(2026, 11, 25))
    with pytest.raises(ValidationFailed) as refused:
        monitoring.open_activity_report(ids["resident"], D(2026, 3, 31), ACTIVITY)
    message = refused.value.field_errors["detected_on"]
    assert "monitoring.str.covers_activity" in message and "01.04.2026" in message
    assert "AFM Order No. 22 of 23 Dec 2025" in message
    assert monitoring.list_ids(monitoring.str_listing(), ListQuery()) == []
    assert not monitoring.activity_reports_allowed(D(2026, 3, 31))
    assert monitoring.activity_reports_allowed(D(2026, 4, 1))


def test_activity_from_1_april_2026_opens_an_str_without_a_transaction(store: Store) -> None:
    ids = make_customers(store)
    monitoring = desk(store, D(2026, 4, 3))  # a Friday
    report = monitoring.open_activity_report(
        ids["resident"], D(2026, 4, 1), ACTIVITY, "Раскрыто службой безопасности.", "suspicious"
    )
    assert (report.subject, report.activity, report.transaction_ids) == ("activity", ACTIVITY, "")
    assert report.status == "to_report" and report.decided_on == D(2026, 4, 3)
    assert report.deadline == D(2026, 4, 6)  # Friday -> Monday, 1 business day [U]
    listing = monitoring.str_listing()
    (found,) = monitoring.list_ids(listing, ListQuery())
    shown = monitoring.list_rows(listing, [found])[found]
    assert shown[-1] == "client activity"
    (listed,) = monitoring.all_reports()
    assert listed["subject"] == "activity"


def test_activity_needs_a_description_and_a_real_customer(store: Store) -> None:
    ids = make_customers(store)
    monitoring = desk(store, D(2026, 11, 25))
    with pytest.raises(ValidationFailed) as refused:
        monitoring.open_activity_report(ids["resident"], D(2026, 11, 20), "  ")
    assert "Describe the suspicious activity" in refused.value.field_errors["activity"]
    with pytest.raises(ValidationFailed) as refused:
        monitoring.open_activity_report(9999, D(2026, 11, 20), ACTIVITY)
    assert "customer_id" in refused.value.field_errors


def test_the_draft_says_it_reports_activity(store: Store, tmp_path: Path) -> None:
    ids = make_customers(store)
    monitoring = desk(store, D(2026, 11, 25))
    report = monitoring.open_activity_report(ids["resident"], D(2026, 11, 20), ACTIVITY)
    pdf = monitoring.write_str_draft(report.id, tmp_path / "draft.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "suspicious client activity (no operation)" in text
    assert "185.220.101.4" in text and "Transactions (0)" in text


def test_the_command_opens_an_activity_report_or_refuses_with_exit_1(
    store: Store, db_file: Path, capsys
) -> None:
    ids = make_customers(store)
    store.close()
    base = ["--db", str(db_file), "report-activity", str(ids["resident"])]
    early = cli([*base, "--noticed", "2026-03-02", "--activity", ACTIVITY])
    assert early == 1 and "monitoring.str.covers_activity" in capsys.readouterr().err
    assert cli([*base, "--noticed", "not-a-day", "--activity", ACTIVITY]) == 2
    capsys.readouterr()
    done = cli([*base, "--noticed", "2026-06-01", "--activity", ACTIVITY, "--suspicious"])
    out = capsys.readouterr().out
    assert done == 0 and "STR #1 (client activity) opened" in out and "Never tell" in out
    assert cli(["--db", str(db_file), "reports", "--json"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["subject"] == "activity"
