"""The AML programme's desk (registers/programme/desk.py): each call is one unit of work (a
refused set-up, session or import leaves nothing written) and takes "today" from its
clock (the training matrix, the next audit, AML Returns, the calendar, the lists)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kuzet.clock import FixedClock
from kuzet.regime.ids import make_bin
from kuzet.registers.errors import ImportRejected, ValidationFailed
from kuzet.registers.listing import ListQuery
from kuzet.registers.programme.desk import ProgrammeDesk, SetUpRefused
from kuzet.registers.programme.training import Attendee
from kuzet.store.models.firm import FirmProfile, MlroAppointment
from kuzet.store.models.training import TrainingAttendance, TrainingSession
from kuzet.store.session import Store

TODAY = dt.date(2026, 11, 25)
D = dt.date


def desk(store: Store, day: dt.date = TODAY) -> ProgrammeDesk:
    return ProgrammeDesk(store, FixedClock(day))


def count(store: Store, model: type) -> int:
    with store.reading() as session:
        return session.execute(select(func.count()).select_from(model)).scalar()


PROFILE = {
    "legal_name": "ТОО «Тест»",
    "bin": make_bin(2020, 5, "4", "0", 1203),
    "jurisdiction": "aifc",
    "activities": ["exchange"],
}


def person(role: str, **changes) -> dict:
    return {
        "role": role,
        "person_name": "Айгүл Нұрланова",
        "position": "senior_manager",
        "resident_in_kz": True,
        "appointed_on": TODAY - dt.timedelta(days=30),
    } | changes


def test_a_refused_deputy_leaves_the_whole_set_up_unwritten(store: Store) -> None:
    programme = desk(store)
    assert programme.needs_set_up()
    deputy = person("deputy", person_name="", position="janitor")
    with pytest.raises(SetUpRefused) as caught:
        programme.set_up_firm(PROFILE, {"mlro": person("mlro"), "deputy": deputy})
    assert caught.value.part == "deputy"
    assert set(caught.value.field_errors) == {"person_name", "position"}
    assert (count(store, FirmProfile), count(store, MlroAppointment)) == (0, 0)
    with pytest.raises(SetUpRefused) as caught:
        programme.set_up_firm(PROFILE | {"bin": "123"}, {"mlro": person("mlro")})
    assert caught.value.part == "profile" and "bin" in caught.value.field_errors
    programme.set_up_firm(PROFILE, {"mlro": person("mlro")})
    assert (count(store, FirmProfile), count(store, MlroAppointment)) == (1, 1)
    assert not programme.needs_set_up()
    assert programme.firm_name() == "ТОО «Тест»"
    assert [gap.code for gap in programme.firm_overview().gaps] == ["no_deputy"]
    assert programme.office_holders()["mlro"].person == "Айгүл Нұрланова"


def test_the_clock_decides_what_is_in_the_future(store: Store) -> None:
    programme = desk(store)
    programme.save_firm_profile(PROFILE)
    appointed = person("mlro", appointed_on=TODAY, notified_on=TODAY + dt.timedelta(days=1))
    assert set(programme.check_appointment(appointed)) == {"notified_on"}
    with pytest.raises(ValidationFailed):
        programme.save_appointment(appointed)
    record = desk(store, TODAY + dt.timedelta(days=1)).save_appointment(appointed)
    assert programme.appointment(record.id).notified_on == TODAY + dt.timedelta(days=1)


def test_a_session_whose_certificate_cannot_be_read_writes_nothing(
    store: Store, tmp_path: Path
) -> None:
    programme = desk(store)
    person_id = programme.save_staff_member(
        {"full_name": "Мария Иванова", "role": "operations", "start_date": D(2025, 1, 10)}
    ).id
    course = programme.save_course({"title": "AML essentials", "topic": "aml_core"})
    data = {"course_id": course.id, "held_on": TODAY - dt.timedelta(days=3)}
    with pytest.raises(OSError):
        programme.save_training_session(
            data, [Attendee(person_id)], certificates={person_id: tmp_path / "missing.pdf"}
        )
    assert (count(store, TrainingSession), count(store, TrainingAttendance)) == (0, 0)
    held = programme.save_training_session(data, [Attendee(person_id)])
    session, lines = programme.training_session(held.id)
    assert session.course_id == course.id
    assert [(row.staff_member_id, name) for row, name in lines] == [(person_id, "Мария Иванова")]


def test_the_training_matrix_follows_the_desks_clock(store: Store, tmp_path: Path) -> None:
    programme = desk(store)
    programme.save_staff_member(
        {"full_name": "Мария Иванова", "role": "operations", "start_date": TODAY}
    )
    programme.save_course({"title": "AML essentials", "topic": "aml_core"})
    [row] = programme.training_matrix().rows
    assert row.worst() == "due"  # a new starter has 30 days
    [late] = desk(store, TODAY + dt.timedelta(days=31)).training_matrix().rows
    assert late.worst() == "overdue"
    sheet = tmp_path / "attendance.csv"
    sheet.write_text(
        "date,course,staff\n"
        f"{TODAY:%Y-%m-%d},AML essentials,Мария Иванова\n"
        f"{TODAY + dt.timedelta(days=1):%Y-%m-%d},AML essentials,Мария Иванова\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as caught:  # tomorrow cannot be completed yet
        programme.import_attendance(sheet)
    assert [(p.line, p.field) for p in caught.value.problems] == [(3, "date")]
    assert count(store, TrainingSession) == 0
    result = desk(store, TODAY + dt.timedelta(days=1)).import_attendance(sheet)
    assert (result.rows, result.sessions_created) == (2, 2)
    assert [r.name for r in programme.training_matrix(state="done").rows] == ["Мария Иванова"]
    matrix = tmp_path / "matrix.csv"
    assert programme.export_training_matrix(matrix) == 1
    assert "done (next" in matrix.read_text(encoding="utf-8")


def test_audits_returns_and_the_calendar_follow_the_desks_clock(store: Store) -> None:
    programme = desk(store)
    assert programme.next_audit() is None  # no profile: the programme has not started
    programme.save_firm_profile(PROFILE)
    audit = programme.save_audit(
        {
            "kind": "external",
            "auditor": "ТОО «Аудит-Капитал»",
            "period_from": D(2024, 1, 1),
            "period_to": D(2024, 12, 31),
            "audit_date": D(2025, 3, 1),
        }
    )
    due = programme.next_audit()
    assert (due.record_id, due.due) == (audit.id, D(2027, 3, 1))
    finding = programme.save_finding(
        {"engagement_id": audit.id, "title": "CDD gaps", "severity": "high"}
    )
    action = {
        "finding_id": finding.id,
        "description": "Re-verify 40 files",
        "owner": "Сергей Пак",
        "due_on": TODAY - dt.timedelta(days=2),
    }
    programme.save_remediation_action(action)
    assert programme.finding_choices() == [(finding.id, "CDD gaps")]
    overdue = [d for d in programme.deadlines() if d.register == "remediation_action"]
    assert [d.days_left(programme.today) for d in overdue] == [-2]
    assert [d.title for d in programme.due_notice().overdue if d.register != "aml_return"] == [
        "Re-verify 40 files"
    ]
    # AML Returns: the year that ended on 31.12.2025 is due on 28.02.2026.
    assert programme.last_year_end() == D(2025, 12, 31)
    assert desk(store, D(2027, 1, 5)).last_year_end() == D(2026, 12, 31)
    filed = programme.save_aml_return({"year_end": D(2025, 12, 31), "filed_on": D(2026, 2, 20)})
    assert filed.due_on == D(2026, 2, 28)
    listing = programme.return_listing()
    rows = programme.list_rows(listing, programme.list_ids(listing, ListQuery()))
    assert rows[filed.id][4] == "filed"
    assert programme.calendar_name() == "Kuzet — ТОО «Тест»"


def test_a_refused_edit_or_retirement_changes_nothing(store: Store) -> None:
    programme = desk(store)
    version = programme.save_risk_assessment(
        {"version": "2026.1", "assessed_on": TODAY - dt.timedelta(days=10), "author": "MLRO"}
    )
    with pytest.raises(ValidationFailed):
        programme.save_risk_assessment({"author": "", "summary": "lost"}, version.id)
    assert programme.risk_assessment(version.id).summary == ""
    with pytest.raises(ValidationFailed):
        programme.retire_risk_assessment(version.id, " ")
    programme.retire_risk_assessment(version.id, "Entered twice")
    listing = programme.assessment_listing()
    assert programme.list_ids(listing, ListQuery()) == []
    assert programme.list_ids(listing, ListQuery(include_retired=True)) == [version.id]
