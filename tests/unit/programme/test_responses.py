"""The management response register (issue #15): create, edit and retire through the
trail, validation in the officer's words, import all or nothing, the newest response per
finding key for the pack, the overdue deadline, and today's findings to answer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from kuzet.clock import FixedClock
from kuzet.registers import calendar
from kuzet.registers.errors import ImportRejected, ValidationFailed
from kuzet.registers.listing import ListQuery
from kuzet.registers.programme import responses, staff
from kuzet.registers.programme.desk import ProgrammeDesk
from kuzet.store.models import AuditEntry
from kuzet.store.models.responses import ManagementResponse
from kuzet.store.session import Store

TODAY = dt.date(2026, 11, 25)
KEY = "licence_inactive_activity:licence/3:2026-07-01"
HEADER = "finding_key,finding_text,severity,response,owner,due_on,status,closed_on,notes\n"


def desk(store: Store, day: dt.date = TODAY) -> ProgrammeDesk:
    return ProgrammeDesk(store, FixedClock(day))


def add_staff(store: Store, name: str, **extra) -> int:
    data = {
        "full_name": name,
        "role": "compliance",
        "job_title": "MLRO",
        "start_date": TODAY - dt.timedelta(days=400),
    }
    with store.transaction() as session:
        return staff.create(session, data | extra, store.rules(session), TODAY).id


@pytest.fixture
def owner(store: Store) -> int:
    return add_staff(store, "Айгүл Нұрланова", email="aigul@example.kz")


def response(owner: int, **changes) -> dict:
    return {
        "finding_key": KEY,
        "finding_text": "Mining on 12 day(s) while licence KZ-1 was suspended",
        "severity": "critical",
        "response": "Mining stopped; licence reinstatement filed with the MIDI",
        "owner_staff_id": owner,
        "due_on": TODAY + dt.timedelta(days=14),
    } | changes


def count(store: Store) -> int:
    with store.reading() as session:
        return session.execute(select(func.count(ManagementResponse.id))).scalar_one()


def write(tmp_path: Path, text: str, name: str = "responses.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_create_edit_and_retire_are_in_the_trail(store: Store, owner: int) -> None:
    programme = desk(store)
    made = programme.save_management_response(response(owner))
    assert made.status == "open"
    programme.save_management_response(
        {"status": "done", "closed_on": TODAY, "notes": "licence reinstated"}, made.id
    )
    with pytest.raises(ValidationFailed) as caught:
        programme.retire_management_response(made.id, " ")
    assert "reason" in caught.value.field_errors
    programme.retire_management_response(made.id, "entered twice")
    with store.reading() as session:
        entries = session.execute(
            select(AuditEntry).where(AuditEntry.register_name == "management_response")
        ).scalars()
        actions = [(e.action, e.record_id) for e in entries]
    assert actions == [("insert", made.id), ("update", made.id), ("retire", made.id)]
    stored = programme.management_response(made.id)
    assert stored.retired_reason == "entered twice"
    assert stored.search_text.count("айгүл нұрланова") == 1
    with pytest.raises(ValidationFailed):
        programme.save_management_response({"notes": "again"}, made.id)  # retired: read-only


def test_validation_speaks_the_officers_words(store: Store, owner: int) -> None:
    programme = desk(store)
    left = add_staff(store, "Мария Иванова", end_date=TODAY - dt.timedelta(days=3))
    with pytest.raises(ValidationFailed) as caught:
        programme.save_management_response(
            response(left, finding_key="no colon", due_on=None, response=" ", status="done")
        )
    errors = caught.value.field_errors
    assert set(errors) == {"finding_key", "response", "owner_staff_id", "due_on", "closed_on"}
    assert "kind:record" in errors["finding_key"]
    assert errors["owner_staff_id"].startswith("Мария Иванова left the firm on")
    assert errors["due_on"] == "A critical finding needs a due date for its response."
    assert errors["closed_on"] == "Enter the day the response was done."
    with pytest.raises(ValidationFailed) as caught:
        programme.save_management_response(response(owner, severity="high", due_on=None))
    assert set(caught.value.field_errors) == {"due_on"}
    with pytest.raises(ValidationFailed) as caught:
        programme.save_management_response(
            response(owner, status="open", closed_on=TODAY + dt.timedelta(days=1))
        )
    assert set(caught.value.field_errors) == {"closed_on"}
    # a medium finding needs no due date; risk accepted needs no closing day
    medium = response(owner, severity="medium", due_on=None, status="accepted_risk")
    assert programme.save_management_response(medium).id
    assert count(store) == 1


def test_responses_by_key_picks_the_newest_in_force(store: Store, owner: int) -> None:
    programme = desk(store)
    first = programme.save_management_response(response(owner, response="First answer"))
    second = programme.save_management_response(response(owner, response="Second answer"))
    programme.save_management_response(
        response(owner, finding_key="sanctions_hit_open:screening_hit/9", response="Other")
    )
    found = programme.responses_by_key()
    assert found[KEY].id == second.id
    assert found[KEY].response == "Second answer"
    assert found[KEY].owner == "Айгүл Нұрланова"
    assert found[KEY].owner_title == "MLRO"
    assert found["sanctions_hit_open:screening_hit/9"].response == "Other"
    programme.retire_management_response(second.id, "superseded by a board decision")
    assert programme.responses_by_key()[KEY].id == first.id


def test_an_open_response_past_its_due_date_is_on_the_dashboard(store: Store, owner) -> None:
    due = TODAY + dt.timedelta(days=10)
    made = desk(store).save_management_response(response(owner, due_on=due))

    def shown(day: dt.date) -> list:
        with store.reading() as session:
            found = calendar.reminders(session, store.rules(session), day)
        return [d for d in found if d.register == "management_response"]

    with store.reading() as session:
        ahead = calendar.collect(session, store.rules(session), TODAY)
    assert [d.record_id for d in ahead if d.register == "management_response"] == [made.id]
    assert shown(due) == []  # due today: not yet overdue
    overdue = shown(due + dt.timedelta(days=1))
    assert [(d.record_id, d.owner, d.severity) for d in overdue] == [
        (made.id, "Айгүл Нұрланова", "high")
    ]
    assert KEY in overdue[0].detail
    desk(store).save_management_response({"status": "done", "closed_on": TODAY}, made.id)
    assert shown(due + dt.timedelta(days=1)) == []


def test_the_listing_searches_filters_and_sorts(store: Store, owner: int) -> None:
    programme = desk(store)
    other = add_staff(store, "Мария Иванова", job_title="Head of operations")
    late = programme.save_management_response(
        response(owner, due_on=TODAY - dt.timedelta(days=2), response="Stop mining")
    )
    high = programme.save_management_response(
        response(other, severity="high", finding_key="licence_expired:licence/1", response="Renew")
    )
    done = programme.save_management_response(
        response(owner, status="done", closed_on=TODAY, finding_key="x:y/1", response="Closed")
    )
    listing = programme.response_listing()

    def ids(**kw) -> list[int]:
        return programme.list_ids(listing, ListQuery(**kw))

    assert ids() == [late.id, high.id, done.id]  # open first, most severe first
    assert ids(filters={"status": "overdue"}) == [late.id]
    assert ids(filters={"severity": "high"}) == [high.id]
    assert ids(filters={"owner": str(other)}) == [high.id]
    assert ids(filters={"status": "done"}) == [done.id]
    assert ids(search="RENEW") == [high.id]
    assert ids(search="иванова") == [high.id]
    assert ids(sort="due_on", descending=True)[0] == high.id
    rows = programme.list_rows(listing, [late.id])
    assert rows[late.id][:6] == (
        "Critical",
        response(owner)["finding_text"],
        "Stop mining",
        "Айгүл Нұрланова",
        TODAY - dt.timedelta(days=2),
        "Open, overdue",
    )
    assert listing.tone(rows[late.id]) == "high"
    assert programme.response_owners() == [
        (owner, "Айгүл Нұрланова, MLRO"),
        (other, "Мария Иванова, Head of operations"),
    ]


def test_import_is_all_or_nothing_and_names_the_line(store, owner, tmp_path) -> None:
    programme = desk(store)
    bad = write(
        tmp_path,
        HEADER
        + f"{KEY},Mining while suspended,critical,Stopped,Айгүл Нұрланова,2026-12-09,,,\n"
        + "licence_expired:licence/1,Expired,high,Renew,Айгүл Нұрланова,,,,\n"
        + "x:y/2,Other,medium,Fine,Nobody Known,,,,\n"
        + "x:y/3,Other,medium,Fine,#"
        + str(owner)
        + ",,done,,\n",
    )
    with pytest.raises(ImportRejected) as caught:
        programme.import_management_responses(bad)
    assert [str(p) for p in caught.value.problems] == [
        "responses.csv, line 3, field due_on: A high finding needs a due date for its response.",
        "responses.csv, line 4, field owner: no staff member named 'Nobody Known' in Kuzet",
        "responses.csv, line 5, field closed_on: Enter the day the response was done.",
    ]
    assert count(store) == 0  # nothing written
    good = write(
        tmp_path,
        HEADER
        + f"{KEY},Mining while suspended,critical,Stopped,aigul@example.kz,09.12.2026,"
        + "in progress,,\n"
        + "x:y/3,Other,medium,Fine,#"
        + str(owner)
        + ",,Done,2026-11-20,board minute 7\n",
        "good.csv",
    )
    assert programme.import_management_responses(good).rows == 2
    found = programme.responses_by_key()
    assert found[KEY].status == "in_progress"
    assert found[KEY].due_on == dt.date(2026, 12, 9)
    assert found["x:y/3"].status == "done"
    assert found["x:y/3"].notes == "board minute 7"
    # the export writes the same columns, and imports again
    exported = tmp_path / "out.xlsx"
    assert programme.export_management_responses(exported) == 2
    rows = list(openpyxl.load_workbook(exported).active.iter_rows(values_only=True))
    assert rows[0][:9] == tuple(HEADER.strip().split(","))
    assert rows[1][:5] == (KEY, "Mining while suspended", "critical", "Stopped", "Айгүл Нұрланова")
    assert programme.import_management_responses(exported).rows == 2
    assert count(store) == 4


def test_findings_to_answer_carry_their_key_and_response(store: Store, owner: int) -> None:
    programme = desk(store)
    made = programme.save_management_response(
        response(owner, severity="high", due_on=TODAY - dt.timedelta(days=5))
    )
    found = programme.findings_to_answer()
    # the overdue response is itself a high finding (deadline.overdue), with its own key
    keys = {f.key: f for f in found}
    key = responses.finding_key("deadline.overdue", "management_response", made.id, made.due_on)
    assert key == f"deadline.overdue:management_response/{made.id}:{made.due_on.isoformat()}"
    assert key in keys
    assert keys[key].severity == "high"
    assert keys[key].response is None
    assert all(f.severity in ("critical", "high") for f in found)
    answer = programme.save_management_response(
        response(owner, finding_key=key, finding_text=keys[key].text())
    )
    again = {f.key: f for f in programme.findings_to_answer()}
    assert again[key].response is not None and again[key].response.id == answer.id


def test_the_cli_adds_lists_edits_imports_and_retires(store, owner, db_file, tmp_path, capsys):
    from kuzet.cli import run

    store.close()
    db = ["--db", str(db_file)]
    add = [*db, "responses", "add", "--key", KEY, "--severity", "critical"]
    add += ["--response", "Mining stopped", "--owner", str(owner)]
    assert run(add) == 1  # a critical finding needs a due date: refused, nothing written
    assert "--due: A critical finding needs a due date" in capsys.readouterr().err
    assert run([*add, "--due", "2026-13-01"]) == 2
    capsys.readouterr()
    assert run([*add, "--due", "2020-01-01", "--finding", "Mining while suspended"]) == 0
    assert f"recorded for {KEY}" in capsys.readouterr().out
    assert run([*db, "responses", "list", "--overdue"]) == 0
    out = capsys.readouterr().out
    assert f"#1 Critical 2020-01-01 Open, overdue [Айгүл Нұрланова] {KEY}" in out
    assert out.strip().endswith("1 response")
    assert run([*db, "responses", "list", "--status", "late"]) == 2
    capsys.readouterr()
    assert run([*db, "responses", "edit", "1", "--status", "done"]) == 1
    assert "--closed: Enter the day the response was done." in capsys.readouterr().err
    assert run([*db, "responses", "edit", "1", "--status", "done", "--closed", "2020-01-02"]) == 0
    capsys.readouterr()
    assert run([*db, "responses", "list", "--overdue"]) == 0
    assert capsys.readouterr().out.strip() == "0 responses"
    bad = write(tmp_path, HEADER + "x:y/1,Other,high,Fine,Nobody,,,,\n", "bad.csv")
    assert run([*db, "responses", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.csv, line 2, field owner: no staff member named 'Nobody' in Kuzet" in err
    good = write(tmp_path, HEADER + "x:y/1,Other,medium,Fine,Айгүл Нұрланова,,,,\n", "good.csv")
    assert run([*db, "responses", "import", str(good)]) == 0
    assert "1 management response imported" in capsys.readouterr().out
    out_file = tmp_path / "responses.csv"
    assert run([*db, "responses", "export", str(out_file)]) == 0
    assert out_file.read_text(encoding="utf-8-sig").splitlines()[0] == HEADER.strip() + ",id"
    assert run([*db, "responses", "export", str(tmp_path / "r.txt")]) == 2
    assert run([*db, "responses", "retire", "2", "--reason", "duplicate"]) == 0
    assert run([*db, "responses", "retire", "2", "--reason", "again"]) == 1
    capsys.readouterr()
    # a new database has no watchlist in force: a critical finding without a response
    assert run([*db, "responses", "findings"]) == 1
    out = capsys.readouterr().out
    assert "CRITICAL screening_lists_missing:watchlist_version/0" in out
    assert "NO RESPONSE" in out
