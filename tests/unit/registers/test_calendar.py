"""The compliance calendar: every register's deadlines in one list, filters, the month
view's data, the start-up notice, and the .ics file read back with ``icalendar``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from kuzet.cli import run
from kuzet.regime import programme
from kuzet.regime.ids import make_bin
from kuzet.registers import calendar
from kuzet.registers.licensing import licences
from kuzet.registers.programme import audits, firm, staff, training
from kuzet.registers.programme.training import Attendee
from kuzet.store.session import Store

TODAY = dt.date.today()  # the profile and its "since" dates use the real day
PROGRAMME_AND_LICENCES = {
    "licence",
    "mlro_appointment",
    "staff_member",
    "audit_engagement",
    "remediation_action",
    "business_risk_assessment",
    "aml_return",
}
HELD = TODAY - dt.timedelta(days=340)  # training: due again in about 25 days
AUDITED = TODAY - dt.timedelta(days=269)


@pytest.fixture
def firm_with_deadlines(store: Store) -> Store:
    """A licence, an AIFC profile with no MLRO, a trainee, an audit action."""
    with store.transaction() as session:
        rules = store.rules(session)
        licences.create(
            session,
            {
                "licence_type": "nbk_exchange",
                "number": "NBK-DA-0042",
                "issuer": "National Bank of Kazakhstan",
                "issued_on": TODAY - dt.timedelta(days=300),
                "expires_on": TODAY + dt.timedelta(days=5),
            },
            rules,
            TODAY,
        )
        firm.save(
            session,
            {
                "legal_name": "ТОО «Сарыарқа Цифрлық Майнинг»",
                "bin": make_bin(2019, 3, "4", "0", 4218),
                "jurisdiction": "aifc",
                "activities": ["exchange", "mining_1"],
            },
            rules,
            TODAY,
        )
        person = staff.create(
            session,
            {
                "full_name": "Мария Иванова",
                "role": "operations",
                "start_date": TODAY - dt.timedelta(days=700),
            },
            rules,
            TODAY,
        )
        course = training.create_course(
            session, {"title": "AML essentials", "topic": "aml_core"}, rules, TODAY
        )
        training.save_session(
            session,
            {"course_id": course.id, "held_on": HELD},
            [Attendee(person.id)],
            TODAY,
        )
        engagement = audits.save_audit(
            session,
            {
                "kind": "external",
                "auditor": "ТОО «Аудит-Капитал»",
                "period_from": AUDITED - dt.timedelta(days=400),
                "period_to": AUDITED - dt.timedelta(days=30),
                "audit_date": AUDITED,
            },
            TODAY,
        )
        finding = audits.save_finding(
            session,
            {"engagement_id": engagement.id, "title": "CDD gaps", "severity": "high"},
            TODAY,
        )
        audits.save_action(
            session,
            {
                "finding_id": finding.id,
                "description": "Re-verify 40 files",
                "owner": "Сергей Пак",
                "due_on": TODAY - dt.timedelta(days=5),
            },
            TODAY,
        )
    return store


def everything(store: Store, **filters) -> list:
    with store.reading() as session:
        return calendar.entries(session, store.rules(session), TODAY, **filters)


def test_the_calendar_holds_every_registers_deadlines_soonest_first(firm_with_deadlines) -> None:
    last_end = programme.year_end_on_or_before(TODAY, 12, 31)
    returns = [
        programme.aml_return_due(last_end, 2),
        programme.aml_return_due(programme.next_year_end(last_end, 12, 31), 2),
    ]
    expected = [
        (TODAY - dt.timedelta(days=5), "remediation_action", "Remediation action"),
        (TODAY, "business_risk_assessment", "Business risk assessment"),
        (TODAY, "mlro_appointment", "MLRO gap"),
        (TODAY, "mlro_appointment", "MLRO gap"),
        (TODAY + dt.timedelta(days=5), "licence", "Licence expiry"),
        (programme.add_months(HELD, 12), "staff_member", "Training"),
        (returns[0], "aml_return", "AML Return"),
        (returns[1], "aml_return", "AML Return"),
        (programme.add_months(AUDITED, 24), "audit_engagement", "Independent audit"),
    ]
    # (Registers that other features add may contribute deadlines of their own, e.g.
    # fees due every quarter; this firm has data only in the registers listed here.)
    ours = {register for _due, register, _kind in expected}
    items = [d for d in everything(firm_with_deadlines) if d.register in ours]
    assert [(d.due, d.register, d.kind) for d in items] == sorted(expected)


def test_filters_by_register_owner_and_dates(firm_with_deadlines) -> None:
    store = firm_with_deadlines
    assert [d.title for d in everything(store, register="licence")] == [
        "NBK licence: crypto exchange operator NBK-DA-0042"
    ]
    assert [d.title for d in everything(store, owner="Сергей Пак")] == ["Re-verify 40 files"]
    due = programme.add_months(HELD, 12)
    window = everything(store, start=due, end=due)
    assert [d.title for d in window] == ["AML/CFT essentials — Мария Иванова"]
    items = [d for d in everything(store) if d.register in PROGRAMME_AND_LICENCES]
    assert ("licence", "Licences") in calendar.registers_in(items)
    assert ("staff_member", "Training") in calendar.registers_in(items)
    assert calendar.owners_in(items) == [
        "National Bank of Kazakhstan",
        "Мария Иванова",
        "Сергей Пак",
    ]


def test_month_view_data_and_the_start_up_notice(firm_with_deadlines) -> None:
    items = [d for d in everything(firm_with_deadlines) if d.register in PROGRAMME_AND_LICENCES]
    month = calendar.in_month(items, TODAY.year, TODAY.month)
    first, last = calendar.month_bounds(TODAY.year, TODAY.month)
    assert first.day == 1 and (last + dt.timedelta(days=1)).day == 1
    assert all(first <= d.due <= last for d in month)
    assert len(calendar.by_day(month)[TODAY]) == 3
    assert calendar.month_bounds(2028, 2) == (dt.date(2028, 2, 1), dt.date(2028, 2, 29))
    notice = calendar.notice(items, TODAY)
    overdue = {d.title for d in notice.overdue}
    assert "Re-verify 40 files" in overdue
    assert all(d.due < TODAY for d in notice.overdue)
    assert [d.kind for d in notice.this_week] == [
        "Business risk assessment",
        "MLRO gap",
        "MLRO gap",
        "Licence expiry",
    ]
    assert notice.headline() == f"{len(overdue)} overdue, 4 due this week"
    lines = notice.text(limit=2).splitlines()
    assert len(lines) == 3 and lines[-1] == f"… and {len(overdue) + 4 - 2} more"
    soonest = notice.overdue[0]
    assert lines[0] == f"{soonest.due:%d.%m} {soonest.kind}: {soonest.title}"
    assert [d.due for d in notice.overdue] == sorted(d.due for d in notice.overdue)


def test_nothing_late_or_close_makes_an_empty_notice() -> None:
    from kuzet.registers.deadlines import Deadline

    later = Deadline("licence", 1, "Licence expiry", "X", TODAY + dt.timedelta(days=7), TODAY)
    notice = calendar.notice([later], TODAY)
    assert notice.empty
    assert not calendar.notice([later], TODAY + dt.timedelta(days=1)).empty


def test_the_ics_file_reads_back_with_one_event_per_deadline(
    firm_with_deadlines, tmp_path: Path
) -> None:
    items = everything(firm_with_deadlines)
    path = tmp_path / "deadlines.ics"
    assert calendar.write_ics(path, items, TODAY, "Kuzet — Сарыарқа") == len(items)
    parsed = icalendar.Calendar.from_ical(path.read_bytes())
    assert str(parsed["X-WR-CALNAME"]) == "Kuzet — Сарыарқа"
    assert str(parsed["PRODID"]) == calendar.PRODID
    events = list(parsed.walk("VEVENT"))
    assert len(events) == len(items)
    assert len({str(e["UID"]) for e in events}) == len(items)
    by_summary = {str(e["SUMMARY"]): e for e in events}
    licence = by_summary["Licence expiry: NBK licence: crypto exchange operator NBK-DA-0042"]
    assert licence["DTSTART"].dt == TODAY + dt.timedelta(days=5)
    assert licence["DTEND"].dt == TODAY + dt.timedelta(days=6)
    assert licence["CATEGORIES"].cats == ["Licences"]
    assert "Owner: National Bank of Kazakhstan" in str(licence["DESCRIPTION"])
    [alarm] = list(licence.walk("VALARM"))
    assert alarm["TRIGGER"].dt == -dt.timedelta(days=90)
    action = by_summary["Remediation action: Re-verify 40 files"]
    assert list(action.walk("VALARM")) == []  # already overdue: no alarm in the past
    training_event = by_summary["Training: AML/CFT essentials — Мария Иванова"]
    assert f"last completed {HELD:%d.%m.%Y}" in str(training_event["DESCRIPTION"])


def test_uids_stay_the_same_between_exports(firm_with_deadlines) -> None:
    first = icalendar.Calendar.from_ical(
        calendar.to_ics(everything(firm_with_deadlines), TODAY, "K")
    )
    second = icalendar.Calendar.from_ical(
        calendar.to_ics(everything(firm_with_deadlines), TODAY, "K")
    )
    assert [str(e["UID"]) for e in first.walk("VEVENT")] == [
        str(e["UID"]) for e in second.walk("VEVENT")
    ]


def test_kuzet_calendar_ics_writes_the_file(
    firm_with_deadlines, db_file: Path, tmp_path, capsys
) -> None:
    firm_with_deadlines.close()
    out = tmp_path / "export.ics"
    today = dt.date.today()
    start, end = today - dt.timedelta(days=3650), today + dt.timedelta(days=3650)
    code = run(
        [
            "--db",
            str(db_file),
            "calendar",
            "--ics",
            str(out),
            "--from",
            str(start),
            "--to",
            str(end),
        ]
    )
    assert code == 0
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) >= 7
    assert f"{len(events)} deadlines written to {out}" in capsys.readouterr().out
    assert run(["--db", str(db_file), "calendar", "--register", "licence"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 1 and "NBK-DA-0042" in listed[0] and "Licence expiry" in listed[0]
    assert run(["--db", str(db_file), "calendar", "--from", "2026-13-01"]) == 2
    assert run(["--db", str(db_file), "calendar", "--ics", str(tmp_path / "x.txt")]) == 2
    assert not (tmp_path / "x.txt").exists()


def test_the_demo_firm_has_a_full_calendar_and_an_intact_trail(demo_db: Path) -> None:
    from kuzet.store.verify import verify

    store, _ = Store.open(demo_db)
    try:
        with store.reading() as session:
            items = calendar.entries(session, store.rules(session), dt.date.today())
            assert firm.profile(session).jurisdiction == "aifc"
        assert {d.register for d in items} >= PROGRAMME_AND_LICENCES
        assert [d.title for d in items if d.register == "mlro_appointment"] == [
            "No deputy MLRO is appointed; the firm's rules require one."
        ]
        report = verify(store.engine)
        assert report.intact, report.problems
    finally:
        store.close()


def test_a_cancelled_export_writes_no_file(firm_with_deadlines, tmp_path: Path) -> None:
    from kuzet.progress import Cancelled, Progress

    progress = Progress()
    progress.cancel()
    path = tmp_path / "never.ics"
    with pytest.raises(Cancelled):
        calendar.write_ics(path, everything(firm_with_deadlines), TODAY, "K", progress)
    assert not path.exists()
