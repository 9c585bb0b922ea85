"""Training: the due-date logic (pure), courses, sessions and attendance, the matrix and
its deadlines, and certificates in the encrypted vault."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from kuzet.regime import programme
from kuzet.regime.programme import TrainingPolicy
from kuzet.registers import calendar
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.programme import staff, training, training_matrix
from kuzet.registers.programme.training import Attendee
from kuzet.store.session import Store

POLICY = TrainingPolicy(frequency_months=12, new_starter_days=30, due_soon_days=30)
TODAY = dt.date(2026, 11, 25)


def status(start: dt.date, last: dt.date | None, today: dt.date = TODAY):
    return programme.training_status(start, last, POLICY, today)


def test_a_new_starter_is_due_within_the_starter_window_then_overdue() -> None:
    start = dt.date(2026, 11, 10)
    fresh = status(start, None)
    assert (fresh.state, fresh.due) == ("due", dt.date(2026, 12, 10))
    assert status(start, None, dt.date(2026, 12, 10)).state == "due"  # the last day
    assert status(start, None, dt.date(2026, 12, 11)).state == "overdue"
    # Someone who starts next week is already due (inside the window from day one).
    assert status(TODAY + dt.timedelta(days=7), None).state == "due"


def test_after_a_completion_the_course_is_due_a_year_later() -> None:
    start = dt.date(2020, 1, 1)
    done = status(start, dt.date(2026, 6, 1))
    assert (done.state, done.due) == ("done", dt.date(2027, 6, 1))
    soon = status(start, dt.date(2025, 12, 20))  # due 20.12.2026: inside 30 days
    assert (soon.state, soon.days_left(TODAY)) == ("due", 25)
    late = status(start, dt.date(2025, 11, 1))
    assert (late.state, late.due) == ("overdue", dt.date(2026, 11, 1))
    edge = status(start, dt.date(2025, 12, 25))  # due in exactly 30 days
    assert edge.state == "due"
    assert status(start, dt.date(2025, 12, 26)).state == "done"  # 31 days


def test_months_are_calendar_months_clamped_to_the_month_end() -> None:
    assert programme.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert programme.add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert programme.add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)
    assert programme.add_months(dt.date(2026, 3, 15), -14) == dt.date(2025, 1, 15)


def test_role_policy_and_required_courses_come_from_the_rule_pack(store: Store) -> None:
    rules = store.rules()
    assert programme.role_policy(rules, "front_office", TODAY) == POLICY
    assert programme.role_policy(rules, "it", TODAY).frequency_months == 24
    assert programme.required_topics(rules, "compliance", TODAY) == (
        "aml_core",
        "aml_advanced",
        "mlro",
    )
    assert programme.required_topics(rules, "mining_operations", TODAY) == (
        "aml_core",
        "mining_compliance",
    )


# --- the register -----------------------------------------------------------------------


def add_staff(store: Store, today: dt.date, name: str, role: str, start_days: int, **extra):
    data = {"full_name": name, "role": role, "start_date": today + dt.timedelta(start_days)}
    with store.transaction() as session:
        return staff.create(session, data | extra, store.rules(session), today).id


def add_course(store: Store, today: dt.date, title: str, topic: str, **extra) -> int:
    with store.transaction() as session:
        return training.create_course(
            session, {"title": title, "topic": topic} | extra, store.rules(session), today
        ).id


def hold(store: Store, today: dt.date, course: int, days_ago: int, people, **kw) -> int:
    with store.transaction() as session:
        return training.save_session(
            session,
            {"course_id": course, "held_on": today - dt.timedelta(days=days_ago)},
            [Attendee(p, **kw) for p in people],
            today,
        ).id


def cells(store: Store, today: dt.date, **filters) -> dict[str, dict[str, str | None]]:
    with store.reading() as session:
        found = training_matrix.matrix(session, store.rules(session), today, **filters)
    return {
        row.name: {topic: (c.state if c else None) for topic, c in row.cells.items()}
        for row in found.rows
    }


def test_staff_and_course_validation(store: Store, today) -> None:
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        staff.create(
            session,
            {"full_name": "", "role": "cleaner", "screening_result": "clear", "email": "x"},
            store.rules(session),
            today,
        )
    assert set(caught.value.field_errors) == {
        "full_name",
        "role",
        "start_date",
        "screened_on",
        "email",
    }
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        training.create_course(
            session,
            {"title": "X", "topic": "yoga", "curriculum": ["cdd", "juggling"], "hours": "-1"},
            store.rules(session),
            today,
        )
    assert set(caught.value.field_errors) == {"topic", "curriculum", "hours"}


def test_a_course_takes_its_topics_curriculum_unless_given(store: Store, today) -> None:
    first = add_course(store, today, "Basics", "aml_core", hours="1.5")
    second = add_course(store, today, "Sanctions only", "aml_core", curriculum=["sanctions"])
    with store.reading() as session:
        basics = training.get_course(session, first)
        assert training.course_curriculum(basics)[:3] == ["law", "risk_based", "cdd"]
        assert basics.hours == Decimal("1.5")
        assert training.course_curriculum(training.get_course(session, second)) == ["sanctions"]


def test_the_matrix_shows_done_due_and_overdue_per_required_course(store: Store, today) -> None:
    veteran = add_staff(store, today, "Айгүл Нұрланова", "compliance", -900)
    trader = add_staff(store, today, "Нұржан Төлеуов", "front_office", -500)
    newbie = add_staff(store, today, "Данияр Құдайбергенов", "front_office", -10)
    add_staff(store, today, "Left Already", "operations", -900, end_date=today - dt.timedelta(1))
    core = add_course(store, today, "AML essentials", "aml_core")
    advanced = add_course(store, today, "EDD and PEPs", "aml_advanced")
    hold(store, today, core, 60, [veteran])
    hold(store, today, core, 390, [trader])  # due 25 days ago
    hold(store, today, advanced, 340, [veteran, trader])  # due in 25 days
    found = cells(store, today)
    assert found == {
        "Айгүл Нұрланова": {"aml_core": "done", "aml_advanced": "due", "mlro": "overdue"},
        "Данияр Құдайбергенов": {"aml_core": "due", "aml_advanced": "due", "mlro": None},
        "Нұржан Төлеуов": {"aml_core": "overdue", "aml_advanced": "due", "mlro": None},
    }
    assert list(cells(store, today, state="overdue")) == ["Айгүл Нұрланова", "Нұржан Төлеуов"]
    assert list(cells(store, today, role="compliance")) == ["Айгүл Нұрланова"]
    assert list(cells(store, today, search="ДАНИЯР")) == ["Данияр Құдайбергенов"]
    with store.reading() as session:
        summary = training_matrix.summary_by_staff(
            session, store.rules(session), today, [staff.get(session, newbie)]
        )
    assert summary == {newbie: "2 due"}


def test_what_counts_as_a_completion(store: Store, today) -> None:
    person = add_staff(store, today, "Мария Иванова", "operations", -400)
    core = add_course(store, today, "AML essentials", "aml_core")
    assert cells(store, today)["Мария Иванова"]["aml_core"] == "overdue"
    hold(store, today, core, 20, [person], completed=False)  # attended, did not pass
    assert cells(store, today)["Мария Иванова"]["aml_core"] == "overdue"
    session_id = hold(store, today, core, 10, [person])
    assert cells(store, today)["Мария Иванова"]["aml_core"] == "done"
    with store.transaction() as session:
        training.retire_session(session, session_id, "Held for another firm; entered in error")
    assert cells(store, today)["Мария Иванова"]["aml_core"] == "overdue"
    with pytest.raises(ValidationFailed) as caught:
        hold(store, today, core, -7, [person])  # next week: cannot be completed yet
    assert "future" in caught.value.field_errors["attendees"]


def test_editing_a_session_adds_updates_and_takes_people_off(store: Store, today) -> None:
    a = add_staff(store, today, "A Person", "operations", -400)
    b = add_staff(store, today, "B Person", "operations", -400)
    core = add_course(store, today, "AML essentials", "aml_core")
    session_id = hold(store, today, core, 5, [a, b])
    with store.transaction() as session:
        training.save_session(
            session,
            {"trainer": "AIFC Academy"},
            [Attendee(b, completed=False, certificate_ref="C-1")],
            today,
            session_id,
        )
    with store.reading() as session:
        rows = training.attendance(session, session_id)
        assert training.get_session(session, session_id).trainer == "AIFC Academy"
    assert [(r.staff_member_id, r.completed, r.certificate_ref) for r in rows] == [
        (b, False, "C-1")
    ]
    assert cells(store, today)["A Person"]["aml_core"] == "overdue"
    with pytest.raises(ValidationFailed) as caught:
        hold(store, today, core, 5, [a, a])
    assert "twice" in caught.value.field_errors["attendees"]


def test_training_deadlines_reach_the_calendar_and_the_dashboard(store: Store, today) -> None:
    person = add_staff(store, today, "Асель Жұмабаева", "mining_operations", -600)
    core = add_course(store, today, "AML essentials", "aml_core")
    hold(store, today, core, 350, [person])
    with store.reading() as session:
        rules = store.rules(session)
        every = [d for d in calendar.collect(session, rules, today) if d.register == "staff_member"]
        shown = [
            d for d in calendar.reminders(session, rules, today) if d.register == "staff_member"
        ]
    assert [(d.title, d.due, d.owner) for d in every] == [
        ("Mining compliance — Асель Жұмабаева", today - dt.timedelta(days=570), "Асель Жұмабаева"),
        (
            "AML/CFT essentials — Асель Жұмабаева",
            programme.add_months(today - dt.timedelta(days=350), 12),
            "Асель Жұмабаева",
        ),
    ]
    assert every[0].detail == "new starter: within 30 days of starting"
    assert every[1].detail.startswith("last completed ")
    assert len(shown) == 2  # overdue, and due within the 30-day window
    assert all(d.record_id == person for d in every)


def test_a_certificate_goes_into_the_vault_encrypted(
    store: Store, today, tmp_path: Path, kuzet_home: Path
) -> None:
    from kuzet.store import keys
    from kuzet.store.keys import VaultLocked, WrongKey

    if store.engine.dialect.name != "sqlite":  # a team vault: test_team_vault_desks.py
        pytest.skip("a passphrase vault is SQLite mode's")
    person = add_staff(store, today, "Айгүл Нұрланова", "compliance", -400)
    course = add_course(store, today, "MLRO masterclass", "mlro")
    session_id = hold(store, today, course, 3, [person], certificate_ref="AIFC-2026-77")
    marker = b"CERTIFICATE-MARKER-7f3a9c" * 40
    source = tmp_path / "outside" / "certificate.pdf"
    source.parent.mkdir()
    source.write_bytes(b"%PDF-1.4\n" + marker)
    with store.reading() as session:
        attendance_id = training.attendance(session, session_id)[0].id
    with store.transaction() as session:
        row = training.attach_certificate(session, attendance_id, source, passphrase="s3cret pass")
    assert row.certificate_file == "certificate.pdf" and row.certificate_blob
    for path in kuzet_home.rglob("*"):
        if path.is_file():
            assert marker[:25] not in path.read_bytes(), path
    keys.forget()
    with store.reading() as session:
        with pytest.raises(VaultLocked):
            training.certificate(session, attendance_id)
        with pytest.raises(WrongKey):
            training.certificate(session, attendance_id, passphrase="wrong")
        name, data = training.certificate(session, attendance_id, passphrase="s3cret pass")
    assert name == "certificate.pdf" and data == source.read_bytes()
    keys.forget()
