"""The demo firm's AML programme: MLRO and a deputy who has just left (a gap to show),
staff with training done, due and overdue, two audits with findings and actions, two
versions of the business risk assessment, and the AML Returns."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from ..regime import programme
from ..registers.programme import audits, mlro, risk_assessment, staff, training
from ..registers.programme.training import Attendee
from .context import DemoContext

MLRO_NAME = "Айгүл Сәрсенбайқызы Нұрланова"
DIRECTOR = "Сергей Николаевич Пак"

# name, role, job title, start (days from today), end (days from today), screening
STAFF = (
    (MLRO_NAME, "compliance", "MLRO, Head of Compliance", -1000, None, "clear"),
    ("Дмитрий Викторович Ким", "management", "Director of Mining", -2000, None, "clear"),
    ("Ерлан Қайратұлы Әбенов", "compliance", "Compliance Manager", -1100, -12, "clear"),
    ("Мария Сергеевна Иванова", "front_office", "Onboarding Specialist", -700, None, "clear"),
    ("Нұржан Бекұлы Төлеуов", "front_office", "OTC Desk Trader", -500, None, "clear"),
    ("Ольга Петровна Ли", "operations", "Chief Accountant", -800, None, "clear"),
    ("Бауыржан Серікұлы Оспанов", "mining_operations", "Data Centre Manager", -900, None, "clear"),
    ("Асель Маратқызы Жұмабаева", "mining_operations", "Pool Relations", -600, None, "concerns"),
    ("Тимур Рустемович Ахметов", "it", "Head of IT Security", -1200, None, "clear"),
    ("Гүлнара Асқарқызы Сейітова", "compliance", "AML Analyst", -300, None, "clear"),
    (DIRECTOR, "management", "General Director", -1500, None, "clear"),
    ("Данияр Ғаниұлы Құдайбергенов", "front_office", "Onboarding Specialist", -10, None, "clear"),
    ("Жанна Әлібекқызы Мұқанова", "operations", "Treasury Officer", -45, None, "pending"),
    ("Әлихан Бақытұлы Сәтбаев", "mining_operations", "Electrical Engineer", 7, None, "pending"),
)

# title, topic, provider, hours
COURSES = (
    ("AML/CFT essentials for digital-asset firms", "aml_core", "Astana Compliance Academy", "3"),
    ("EDD, PEPs and suspicious activity", "aml_advanced", "AIFC Academy", "4"),
    ("Mining compliance: pools, mandatory sale, fee", "mining_compliance", "In-house (MLRO)", "2"),
    ("MLRO masterclass", "mlro", "AIFC Academy", "8"),
)

# course index, held (days from today), trainer, attendees (indexes into STAFF)
SESSIONS = (
    (0, -390, "Astana Compliance Academy", (2, 4, 8)),
    (0, -350, "Astana Compliance Academy", (1, 7)),
    (0, -60, "Айгүл Нұрланова", (0, 3, 5, 6, 9, 10)),
    (1, -340, "AIFC Academy", (2, 3)),
    (1, -120, "AIFC Academy", (0, 9)),
    (2, -200, "Айгүл Нұрланова", (6,)),
    (2, -400, "Айгүл Нұрланова", (7,)),
    (3, -250, "AIFC Academy", (0,)),
    (0, 14, "Astana Compliance Academy", ()),
)


def add_programme(ctx: DemoContext) -> None:
    _appointments(ctx)
    _training(ctx)
    _audits(ctx)
    _risk_assessment(ctx)


def _day(ctx: DemoContext, offset: int) -> dt.date:
    return ctx.today + dt.timedelta(days=offset)


def _appointments(ctx: DemoContext) -> None:
    def appoint(role: str, name: str, position: str, start: int, end: int | None) -> None:
        mlro.create(
            ctx.session,
            {
                "role": role,
                "person_name": name,
                "position": position,
                "resident_in_kz": True,
                "appointed_on": _day(ctx, start),
                "approved_on": _day(ctx, start - 20),
                "notified_on": _day(ctx, start + 3),
                "regulator_reference": f"AFSA/AI/{_day(ctx, start):%Y}/{abs(start):04d}",
                "ended_on": None if end is None else _day(ctx, end),
            },
            ctx.rules,
            ctx.today,
        )

    appoint(programme.MLRO, "Дмитрий Викторович Ким", "director", -1600, -901)
    appoint(programme.MLRO, MLRO_NAME, "senior_manager", -900, None)
    # The deputy left the firm twelve days ago: the dashboard shows "no deputy MLRO".
    appoint(programme.DEPUTY, "Ерлан Қайратұлы Әбенов", "senior_manager", -850, -12)


def _training(ctx: DemoContext) -> None:
    people = []
    for name, role, title, start, end, result in STAFF:
        started = _day(ctx, start)
        people.append(
            staff.create(
                ctx.session,
                {
                    "full_name": name,
                    "role": role,
                    "job_title": title,
                    "start_date": started,
                    "end_date": None if end is None else _day(ctx, end),
                    "screened_on": None if result == "pending" else started - dt.timedelta(10),
                    "screening_result": result,
                    "screening_notes": "Adverse media (2019 administrative fine); reviewed and "
                    "accepted by the MLRO"
                    if result == "concerns"
                    else "",
                },
                ctx.rules,
                ctx.today,
            ).id
        )
    courses = [
        training.create_course(
            ctx.session,
            {"title": title, "topic": topic, "provider": provider, "hours": Decimal(hours)},
            ctx.rules,
            ctx.today,
        ).id
        for title, topic, provider, hours in COURSES
    ]
    for course, held, trainer, attendees in SESSIONS:
        external = trainer != "Айгүл Нұрланова"
        training.save_session(
            ctx.session,
            {
                "course_id": courses[course],
                "held_on": _day(ctx, held),
                "trainer": trainer,
                "location": "Астана, AIFC" if external else "Екібастұз, офис",
            },
            [
                Attendee(
                    people[i],
                    completed=True,
                    score=f"{ctx.rng.randint(78, 100)}%",
                    certificate_ref=f"CERT-{_day(ctx, held):%Y}-{ctx.rng.randint(1000, 9999)}"
                    if external
                    else "",
                )
                for i in attendees
            ],
            ctx.today,
        )


def _audits(ctx: DemoContext) -> None:
    years = int(ctx.rules.value("programme.audit.interval_years", ctx.today))
    external_date = programme.add_months(ctx.today, -12 * years) + dt.timedelta(days=45)
    internal = audits.save_audit(
        ctx.session,
        {
            "kind": "internal",
            "auditor": "Internal audit (outsourced to ТОО «Ішкі Бақылау»)",
            "period_from": external_date - dt.timedelta(days=1100),
            "period_to": external_date - dt.timedelta(days=400),
            "audit_date": external_date - dt.timedelta(days=300),
            "scope": "CDD files, sanctions screening, record keeping",
            "conclusion": "Partly effective",
            "report_ref": "IA-2023-02",
        },
        ctx.today,
    )
    old = audits.save_finding(
        ctx.session,
        {
            "engagement_id": internal.id,
            "reference": "IA-1",
            "title": "Sanctions list updates applied up to five days late",
            "severity": "medium",
        },
        ctx.today,
    )
    audits.save_action(
        ctx.session,
        {
            "finding_id": old.id,
            "description": "Check UN and AFM list updates every working day",
            "owner": MLRO_NAME,
            "due_on": external_date - dt.timedelta(days=200),
            "completed_on": external_date - dt.timedelta(days=230),
            "evidence": "Screening procedure v3, section 4",
        },
        ctx.today,
    )
    closed = {"closed_on": external_date - dt.timedelta(days=220)}  # its action is done
    audits.save_finding(ctx.session, closed, ctx.today, old.id)
    external = audits.save_audit(
        ctx.session,
        {
            "kind": "external",
            "auditor": "ТОО «Аудит-Капитал Астана»",
            "period_from": external_date - dt.timedelta(days=400),
            "period_to": external_date - dt.timedelta(days=35),
            "audit_date": external_date,
            "scope": "Independent audit of the AML/CFT systems (AIFC AML Rules)",
            "conclusion": "Effective, with three findings",
            "report_ref": "AKA-AML-0457",
        },
        ctx.today,
    )
    findings = [
        ("F-1", "Monitoring rules not calibrated for mining payouts", "high", ()),
        (
            "F-2",
            "Training records incomplete for three members of staff",
            "medium",
            (("Import the missing attendance sheets", MLRO_NAME, -15, None),),
        ),
        (
            "F-3",
            "Business risk assessment does not cover the OTC desk",
            "low",
            (
                ("Extend the BRA to the OTC desk's products", DIRECTOR, 40, None),
                ("Brief the board on OTC desk risks", DIRECTOR, 10, None),
            ),
        ),
    ]
    for reference, title, severity, actions in findings:
        finding = audits.save_finding(
            ctx.session,
            {
                "engagement_id": external.id,
                "reference": reference,
                "title": title,
                "severity": severity,
            },
            ctx.today,
        )
        for description, owner, due, done in actions:
            audits.save_action(
                ctx.session,
                {
                    "finding_id": finding.id,
                    "description": description,
                    "owner": owner,
                    "due_on": _day(ctx, due),
                    "completed_on": done,
                },
                ctx.today,
            )


def _risk_assessment(ctx: DemoContext) -> None:
    versions = (("2024.1", -700, -690, -335), ("2025.1", -320, -300, 45))
    for version, assessed, approved, review in versions:
        risk_assessment.save_assessment(
            ctx.session,
            {
                "version": version,
                "assessed_on": _day(ctx, assessed),
                "author": MLRO_NAME,
                "approved_by": f"{DIRECTOR} (General Director)",
                "approved_on": _day(ctx, approved),
                "next_review_on": _day(ctx, review),
                "overall_rating": "high" if version == "2025.1" else "medium",
                "summary": "Mining (subtypes I and II) and an AIFC exchange desk; main risks: "
                "OTC customers, cross-border transfers, pool payouts",
                "document_ref": f"BRA-{version}.pdf",
            },
            ctx.rules,
            ctx.today,
        )
    months = risk_assessment.return_months(ctx.session, ctx.rules, ctx.today)
    last_end = programme.year_end_on_or_before(ctx.today, 12, 31)
    for end in (last_end.replace(year=last_end.year - 1), last_end):
        due = programme.aml_return_due(end, months)
        if due < ctx.today:
            risk_assessment.save_return(
                ctx.session,
                {
                    "year_end": end,
                    "filed_on": due - dt.timedelta(days=8),
                    "reference": f"AFSA-AMLR-{end:%Y}-0117",
                },
                ctx.rules,
                ctx.today,
            )
