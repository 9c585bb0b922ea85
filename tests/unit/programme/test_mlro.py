"""MLRO and deputy: the gap rules (pure), the appointment register, and the gaps on the
dashboard."""

from __future__ import annotations

import datetime as dt

import pytest

from kuzet.regime import programme
from kuzet.regime.ids import make_bin
from kuzet.regime.programme import Appointment, Requirements
from kuzet.registers import calendar
from kuzet.registers.errors import ValidationFailed
from kuzet.registers.programme import firm, mlro
from kuzet.store.session import Store

DAY = dt.date(2026, 11, 25)
ELIGIBLE = {"director", "partner", "principal_representative", "senior_manager"}
AIFC = Requirements("aifc", "AFSA", True, True, True, 2, 6, False, ())
NATIONAL = Requirements("national", "NBK", True, False, True, 0, 5, False, ())


def appointment(id_: int, role: str = "mlro", **changes) -> Appointment:
    base = {
        "id": id_,
        "role": role,
        "person": f"Person {id_}",
        "position": "senior_manager",
        "resident": True,
        "appointed_on": dt.date(2024, 1, 10),
        "ended_on": None,
    }
    return Appointment(**(base | changes))


def codes(gaps) -> list[str]:
    return [g.code for g in gaps]


def test_no_mlro_and_no_deputy_at_all() -> None:
    gaps = programme.mlro_gaps(AIFC, [], ELIGIBLE, DAY)
    assert codes(gaps) == ["no_mlro", "no_deputy"]
    assert all(g.since == DAY and g.appointment_id == 0 for g in gaps)


def test_a_well_placed_resident_mlro_and_a_deputy_leave_no_gap() -> None:
    people = [appointment(1), appointment(2, "deputy", position="employee")]
    assert programme.mlro_gaps(AIFC, people, ELIGIBLE, DAY) == []


def test_the_mlro_must_reside_in_kazakhstan() -> None:
    people = [appointment(1, resident=False), appointment(2, "deputy")]
    gaps = programme.mlro_gaps(AIFC, people, ELIGIBLE, DAY)
    assert codes(gaps) == ["mlro_not_resident"]
    assert gaps[0].appointment_id == 1 and gaps[0].since == dt.date(2024, 1, 10)
    assert "Person 1" in gaps[0].message


def test_the_mlro_must_hold_an_eligible_position() -> None:
    for position in ("compliance_officer", "employee", "external"):
        people = [appointment(1, position=position), appointment(2, "deputy")]
        assert codes(programme.mlro_gaps(AIFC, people, ELIGIBLE, DAY)) == ["mlro_position"]
    for position in sorted(ELIGIBLE):
        people = [appointment(1, position=position), appointment(2, "deputy")]
        assert programme.mlro_gaps(AIFC, people, ELIGIBLE, DAY) == []


def test_a_deputy_is_required_only_where_the_jurisdiction_requires_one() -> None:
    assert codes(programme.mlro_gaps(AIFC, [appointment(1)], ELIGIBLE, DAY)) == ["no_deputy"]
    assert programme.mlro_gaps(NATIONAL, [appointment(1)], ELIGIBLE, DAY) == []


def test_an_ended_appointment_leaves_a_gap_from_the_day_after() -> None:
    people = [
        appointment(1, ended_on=dt.date(2026, 10, 31)),
        appointment(2, "deputy", ended_on=dt.date(2026, 11, 20)),
    ]
    gaps = programme.mlro_gaps(AIFC, people, ELIGIBLE, DAY)
    assert [(g.code, g.since) for g in gaps] == [
        ("no_mlro", dt.date(2026, 11, 1)),
        ("no_deputy", dt.date(2026, 11, 21)),
    ]
    # The last day of an appointment is still covered.
    covered = programme.mlro_gaps(AIFC, people, ELIGIBLE, dt.date(2026, 10, 31))
    assert codes(covered) == []


def test_a_planned_appointment_does_not_fill_the_post_yet() -> None:
    people = [appointment(1, appointed_on=DAY + dt.timedelta(days=1)), appointment(2, "deputy")]
    assert codes(programme.mlro_gaps(AIFC, people, ELIGIBLE, DAY)) == ["no_mlro"]


def test_the_latest_of_overlapping_holders_is_judged() -> None:
    people = [
        appointment(1, resident=False, appointed_on=dt.date(2020, 1, 1)),
        appointment(2, appointed_on=dt.date(2025, 1, 1)),
        appointment(3, "deputy"),
    ]
    assert programme.current_holder(people, "mlro", DAY).id == 2
    assert programme.mlro_gaps(AIFC, people, ELIGIBLE, DAY) == []


def test_the_eligible_positions_come_from_the_rule_pack(store: Store, today) -> None:
    assert programme.eligible_positions(store.rules(), today) == ELIGIBLE


# --- the register -----------------------------------------------------------------------


def set_up_firm(store: Store, today: dt.date, jurisdiction: str = "aifc") -> None:
    with store.transaction() as session:
        firm.save(
            session,
            {
                "legal_name": "ТОО «Тест»",
                "bin": make_bin(2020, 5, "4", "0", 1203),
                "jurisdiction": jurisdiction,
                "activities": ["exchange"],
            },
            store.rules(session),
            today,
        )


def appoint(store: Store, today: dt.date, **changes):
    data = {
        "role": "mlro",
        "person_name": "Айгүл Нұрланова",
        "position": "senior_manager",
        "resident_in_kz": True,
        "appointed_on": today - dt.timedelta(days=100),
    } | changes
    with store.transaction() as session:
        return mlro.create(session, data, store.rules(session), today)


def dashboard_gaps(store: Store, today: dt.date) -> list[str]:
    with store.reading() as session:
        items = calendar.reminders(session, store.rules(session), today)
    return [d.title for d in items if d.register == "mlro_appointment"]


def test_validation_names_each_field(store: Store, today) -> None:
    with store.transaction() as session, pytest.raises(ValidationFailed) as caught:
        mlro.create(
            session,
            {
                "role": "boss",
                "person_name": "",
                "position": "janitor",
                "appointed_on": None,
                "notified_on": today + dt.timedelta(days=3),
            },
            store.rules(session),
            today,
        )
    assert set(caught.value.field_errors) == {
        "role",
        "person_name",
        "position",
        "appointed_on",
        "notified_on",
    }


def test_two_mlros_at_once_are_refused_until_the_first_has_ended(store: Store, today) -> None:
    first = appoint(store, today)
    with pytest.raises(ValidationFailed) as caught:
        appoint(store, today, person_name="Ерлан Әбенов", appointed_on=today)
    assert f"#{first.id}" in caught.value.field_errors["appointed_on"]
    with store.transaction() as session:
        mlro.update(
            session,
            first.id,
            {"ended_on": today - dt.timedelta(days=1)},
            store.rules(session),
            today,
        )
    second = appoint(store, today, person_name="Ерлан Әбенов", appointed_on=today)
    assert second.id != first.id
    # A deputy is another post: it may overlap the MLRO.
    appoint(store, today, role="deputy", person_name="Мария Иванова")


def test_no_gaps_are_reported_before_the_firm_profile_exists(store: Store, today) -> None:
    assert dashboard_gaps(store, today) == []
    set_up_firm(store, today)
    assert dashboard_gaps(store, today) == [
        "No MLRO is appointed.",
        "No deputy MLRO is appointed; the firm's rules require one.",
    ]


def test_gaps_follow_the_register_onto_the_dashboard(store: Store, today) -> None:
    set_up_firm(store, today)
    record = appoint(store, today, resident_in_kz=False, position="compliance_officer")
    gaps = dashboard_gaps(store, today)
    assert gaps == [
        "The MLRO, Айгүл Нұрланова, does not reside in Kazakhstan.",
        "The MLRO, Айгүл Нұрланова, is not a director, partner, principal representative "
        "or senior manager.",
        "No deputy MLRO is appointed; the firm's rules require one.",
    ]
    with store.transaction() as session:
        mlro.update(
            session,
            record.id,
            {"resident_in_kz": True, "position": "director"},
            store.rules(session),
            today,
        )
    appoint(store, today, role="deputy", person_name="Мария Иванова", position="employee")
    assert dashboard_gaps(store, today) == []
    with store.transaction() as session:
        mlro.retire(session, record.id, "Entered in error")
    assert dashboard_gaps(store, today) == ["No MLRO is appointed."]


def test_a_national_firm_needs_no_deputy(store: Store, today) -> None:
    set_up_firm(store, today, "national")
    appoint(store, today)
    assert dashboard_gaps(store, today) == []


def test_the_listing_flags_a_current_appointment(store: Store, today) -> None:
    from kuzet.registers.listing import ListQuery

    set_up_firm(store, today)
    appoint(store, today, resident_in_kz=False)
    appoint(
        store,
        today,
        person_name="Дмитрий Ким",
        appointed_on=today - dt.timedelta(days=900),
        ended_on=today - dt.timedelta(days=101),
        notified_on=today - dt.timedelta(days=890),
    )
    with store.reading() as session:
        listing = mlro.AppointmentListing(store.rules(session), today)
        listing.filters(session)
        ids = listing.ids(session, ListQuery())
        rows = listing.rows(session, ids)
        current = listing.ids(session, ListQuery(filters={"status": "current"}))
        found = listing.ids(session, ListQuery(search="КИМ"))
    assert [rows[i][1] for i in ids] == ["Айгүл Нұрланова", "Дмитрий Ким"]
    assert rows[ids[0]][8] == "current"
    assert rows[ids[0]][9] == "not resident in Kazakhstan; regulator not notified"
    assert rows[ids[1]][8] == "ended" and rows[ids[1]][9] == ""
    assert [rows[i][1] for i in current] == ["Айгүл Нұрланова"]
    assert [rows[i][1] for i in found] == ["Дмитрий Ким"]  # Cyrillic search folds case
