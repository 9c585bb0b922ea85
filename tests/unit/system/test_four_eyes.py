"""Four-eyes decisions (issue #18 item 3): a hit decision by one officer takes effect only
when a second approves it, in the checker's transaction; the maker cannot approve their
own request and only the maker withdraws; the setting is on by default in team mode
(PostgreSQL) and off on SQLite."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlmodel import select

from kuzet.clock import FixedClock
from kuzet.desk import Desk
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.screening.review import Decision
from kuzet.registers.system import four_eyes
from kuzet.registers.system.permissions import PermissionRefused
from kuzet.store.models import AuditEntry
from kuzet.store.models.officer import ApprovalRequest
from support import screening_db
from support.team import AUDITOR, as_officer, make_team

listed_template = screening_db.listed_template  # fixtures
listed_store = screening_db.listed_store

DAY = dt.date(2026, 3, 2)


def _open_hit(store, desk: Desk) -> int:
    from kuzet.registers.listing import ListQuery

    screening_db.add_person(store, "Qasymov Nurlan", dt.date(1971, 5, 14), citizenship="RU")
    screening = desk.screening
    ids = screening.list_ids(
        screening.hit_listing(), ListQuery(search="KZ-001", filters={"status": "open"})
    )
    (hit,) = screening.hits(ids)
    return hit.id


@pytest.fixture
def team_desk(listed_store) -> Desk:
    make_team(listed_store)
    desk = Desk(listed_store, FixedClock(DAY))
    desk.team.set_four_eyes(four_eyes.HIT_DECISION, True)  # the MLRO (signed in first)
    return desk


def test_four_eyes_is_on_by_default_in_team_mode_only(store, test_engine: str) -> None:
    team = test_engine == "postgresql"  # a shared team database; SQLite: one officer
    assert four_eyes.team_mode(store) is team
    assert Desk(store).team.four_eyes() == {key: team for key in four_eyes.KINDS}


def test_a_hit_decision_takes_effect_only_when_a_second_officer_approves(
    listed_store, team_desk: Desk
) -> None:
    hit_id = _open_hit(listed_store, team_desk)
    as_officer(listed_store, "analyst.three")
    request = team_desk.screening.decide_hit(hit_id, "false_positive", "Different person: DOB")
    assert isinstance(request, ApprovalRequest) and request.state == "pending"
    assert request.maker == "analyst.three" and request.kind == four_eyes.HIT_DECISION
    assert team_desk.screening.hit(hit_id).status == "open"  # not yet

    with pytest.raises(PermissionRefused):  # an analyst cannot approve their own request
        team_desk.team.approve(request.id, "fine")
    with pytest.raises(PermissionRefused):  # nor reject it
        team_desk.team.reject(request.id, "no")
    assert team_desk.screening.hit(hit_id).status == "open"

    as_officer(listed_store, "deputy.two")
    decision = team_desk.team.approve(request.id, "checked the DOB")
    assert isinstance(decision, Decision) and decision.status == "false_positive"
    hit = team_desk.screening.hit(hit_id)
    assert hit.status == "false_positive" and hit.decided_by == "deputy.two"
    done = team_desk.team.request(request.id)
    assert (done.state, done.checker, done.checker_reason) == (
        "approved",
        "deputy.two",
        "checked the DOB",
    )
    with listed_store.reading() as session:
        entries = session.exec(select(AuditEntry).order_by(AuditEntry.id)).all()
    made = [e for e in entries if e.register_name == "approval_request" and e.action == "insert"]
    assert made[-1].actor == "analyst.three"
    applied = [e for e in entries if e.register_name == "screening_hit"][-1]
    closed = [e for e in entries if e.register_name == "approval_request"][-1]
    assert applied.actor == closed.actor == "deputy.two"
    assert {e.actor for e in entries if e.id > made[-1].id} == {"deputy.two"}
    assert team_desk.system.verify_trail().intact  # the trial in a savepoint left no trace


def test_a_maker_who_may_approve_still_needs_a_second_officer(
    listed_store, team_desk: Desk
) -> None:
    hit_id = _open_hit(listed_store, team_desk)
    as_officer(listed_store, "deputy.two")
    request = team_desk.screening.decide_hit(hit_id, "true_match", "same person")
    with pytest.raises(ValidationFailed) as refused:
        team_desk.team.approve(request.id, "")
    assert "second officer" in str(refused.value)
    assert team_desk.screening.hit(hit_id).status == "open"
    as_officer(listed_store, "mlro.one")
    team_desk.team.approve(request.id, "")
    assert team_desk.screening.hit(hit_id).status == "true_match"


def test_a_refused_proposal_is_never_held(listed_store, team_desk: Desk) -> None:
    hit_id = _open_hit(listed_store, team_desk)
    as_officer(listed_store, "analyst.three")
    with pytest.raises(ValidationFailed):  # no reason: the register's own check, at once
        team_desk.screening.decide_hit(hit_id, "false_positive", "  ")
    assert team_desk.team.requests() == []


def test_a_rejected_or_withdrawn_request_changes_nothing(listed_store, team_desk: Desk) -> None:
    hit_id = _open_hit(listed_store, team_desk)
    as_officer(listed_store, "analyst.three")
    first = team_desk.screening.decide_hit(hit_id, "true_match", "same person")
    second = team_desk.screening.decide_hit(hit_id, "false_positive", "other DOB")
    as_officer(listed_store, "mlro.one")
    with pytest.raises(ValidationFailed):  # a reason is required to reject
        team_desk.team.reject(first.id, " ")
    team_desk.team.reject(first.id, "not the same person")
    with pytest.raises(ValidationFailed):  # only the maker withdraws
        team_desk.team.withdraw(second.id, "")
    as_officer(listed_store, "analyst.three")
    team_desk.team.withdraw(second.id, "sent twice")
    states = {r.id: (r.state, r.checker) for r in team_desk.team.requests("")}
    assert states[first.id] == ("rejected", "mlro.one")
    assert states[second.id] == ("withdrawn", "analyst.three")
    assert team_desk.screening.hit(hit_id).status == "open"
    as_officer(listed_store, "mlro.one")
    with pytest.raises(ValidationFailed):  # closed requests stay closed
        team_desk.team.approve(first.id, "")


def test_the_auditor_can_neither_propose_nor_decide(listed_store, team_desk: Desk) -> None:
    hit_id = _open_hit(listed_store, team_desk)
    as_officer(listed_store, "analyst.three")
    request = team_desk.screening.decide_hit(hit_id, "false_positive", "other DOB")
    as_officer(listed_store, AUDITOR)
    with pytest.raises(PermissionRefused):
        team_desk.screening.decide_hit(hit_id, "true_match", "same")
    with pytest.raises(PermissionRefused):
        team_desk.team.approve(request.id, "")
    assert [r.id for r in team_desk.team.requests()] == [request.id]  # reading is fine


def test_an_approval_is_checked_again_against_the_data_then(listed_store, team_desk: Desk) -> None:
    hit_id = _open_hit(listed_store, team_desk)
    as_officer(listed_store, "analyst.three")
    first = team_desk.screening.decide_hit(hit_id, "false_positive", "other DOB")
    second = team_desk.screening.decide_hit(hit_id, "true_match", "same person")
    as_officer(listed_store, "deputy.two")
    team_desk.team.approve(second.id, "agreed")
    with pytest.raises(ValidationFailed):  # the hit is decided now: the first cannot apply
        team_desk.team.approve(first.id, "")
    assert team_desk.team.request(first.id).state == "pending"
    assert team_desk.screening.hit(hit_id).status == "true_match"


def test_rule_overrides_wait_for_a_second_officer(store) -> None:
    make_team(store)
    desk = Desk(store)
    desk.team.set_four_eyes(four_eyes.RULE_OVERRIDE, True)
    data = {"value": "4", "valid_from": dt.date(2026, 1, 1), "reason": "Amendment"}
    request = desk.system.save_override("licence.mining.term_years", data)
    assert isinstance(request, ApprovalRequest) and desk.system.overrides() == []
    as_officer(store, "deputy.two")
    override = desk.team.approve(request.id, "")
    assert override.rule_key == "licence.mining.term_years"
    assert [o.id for o in desk.system.overrides()] == [override.id]


def test_kuzet_approvals_list_approve_and_exit_codes(
    store, db_file, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kuzet.cli import run
    from support.team import PASSWORD

    make_team(store)
    Desk(store).team.set_four_eyes(four_eyes.RULE_OVERRIDE, True)
    monkeypatch.setenv("KUZET_PASSWORD", PASSWORD)
    db = ["--db", str(db_file)]
    override = ["rules", "override", "licence.mining.term_years", "4", "--from", "2026-01-01"]
    assert run([*db, "--officer", "mlro.one", *override, "--reason", "Amendment"]) == 0
    (request,) = Desk(store).team.requests()
    capsys.readouterr()
    assert run([*db, "--officer", "analyst.three", "approvals"]) == 0
    listed = capsys.readouterr().out
    assert f"#{request.id}\tpending" in listed and "rule_override" in listed
    assert run([*db, "--officer", "mlro.one", "approvals", "approve", str(request.id)]) == 1
    assert "second officer" in capsys.readouterr().err
    assert run([*db, "--officer", "analyst.three", "approvals", "approve", str(request.id)]) == 1
    assert run([*db, "--officer", "deputy.two", "approvals", "reject", str(request.id)]) == 2
    assert run([*db, "--officer", "deputy.two", "approvals", "approve", str(request.id)]) == 0
    assert run([*db, "approvals", "list", "--state", "approved"]) == 0
    assert "approved by deputy.two" in capsys.readouterr().out
    assert [o.rule_key for o in Desk(store).system.overrides()] == ["licence.mining.term_years"]
    assert run([*db, "approvals", "list", "--state", "maybe"]) == 2
