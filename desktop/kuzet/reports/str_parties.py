"""Who an STR draft names besides its subject: the reporting firm (name, BIN and FIU
registration number from the firm profile), the customer's beneficial owners, and the
officer who decided the report, by name and position.

The report records who decided it as the user Kuzet acted for (``decided_by``). That user
is looked up in the staff register (full name or e-mail, in any letter case) for the name
and job title; failing that, the decision is the MLRO's, so the MLRO (or, failing that, the
deputy) in office on the decision day, from the MLRO register, is named with the position
the register gives. A user name that matches neither is never printed as if it were an
officer: the draft says the officer is not identified.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle
from sqlalchemy import or_, select
from sqlmodel import Session

from kuzet.regime import programme
from kuzet.regime.countries import country_name
from kuzet.regime.rulepack import RuleBook
from kuzet.registers.programme import firm, mlro, staff
from kuzet.reports.fonts import SANS
from kuzet.reports.labels import t
from kuzet.store.models.beneficial_owner import BeneficialOwner
from kuzet.store.models.firm import MlroAppointment
from kuzet.store.models.monitoring import SuspiciousTransactionReport
from kuzet.store.models.staff import StaffMember


@dataclass(frozen=True)
class ReportingFirm:
    name: str
    bin: str
    fiu_number: str  # "" when the officer has not entered it


@dataclass(frozen=True)
class Officer:
    """The deciding officer; ``name`` is "" when not identified."""

    name: str
    position: str


@dataclass(frozen=True)
class Owner:
    name: str
    share: Decimal | None  # per cent
    iin: str
    nationality: str  # ISO 3166-1 alpha-2
    control: bool


def reporting_firm(session: Session) -> ReportingFirm | None:
    record = firm.profile(session)
    if record is None:
        return None
    return ReportingFirm(record.legal_name, record.bin, record.fiu_reference.strip())


def owners(session: Session, customer_id: int) -> list[Owner]:
    """The customer's beneficial owners in force, the largest share first."""
    query = (
        select(BeneficialOwner)
        .where(BeneficialOwner.customer_id == customer_id, BeneficialOwner.retired_at.is_(None))
        .order_by(BeneficialOwner.id)
    )
    found = [
        Owner(o.name, o.ownership_percent, o.iin, o.citizenship, o.control)
        for o in session.execute(query).scalars()
    ]
    return sorted(found, key=lambda o: -(o.share or Decimal(0)))


def _staff_member(session: Session, user: str) -> StaffMember | None:
    wanted = user.strip().casefold()
    if not wanted:
        return None
    query = select(StaffMember).where(
        StaffMember.retired_at.is_(None),
        or_(StaffMember.full_name != "", StaffMember.email != ""),
    )
    for member in session.execute(query).scalars():
        email = member.email.strip().casefold()
        if wanted in (member.full_name.strip().casefold(), email) or (
            email and wanted == email.partition("@")[0]
        ):
            return member
    return None


def _appointment_on(session: Session, role: str, day: dt.date) -> MlroAppointment | None:
    held = [
        a
        for a in session.execute(
            select(MlroAppointment).where(
                MlroAppointment.retired_at.is_(None), MlroAppointment.role == role
            )
        ).scalars()
        if a.appointed_on <= day and (a.ended_on is None or a.ended_on >= day)
    ]
    return max(held, key=lambda a: (a.appointed_on, a.id or 0), default=None)


def deciding_officer(
    session: Session,
    report: SuspiciousTransactionReport,
    rules: RuleBook,
    today: dt.date,
    lang: str = "en",
) -> Officer:
    """The officer who decided ``report``: from the staff register, else the MLRO (or
    deputy) in office on the decision day; ``Officer("", ...)`` when neither."""
    if not report.decided_on and not report.decided_by:
        return Officer("", t("str.officer_pending", lang))
    member = _staff_member(session, report.decided_by or "")
    day = report.decided_on or today
    if member is not None:
        roles = staff.role_labels(rules, day)
        return Officer(member.full_name, member.job_title or roles.get(member.role, member.role))
    positions = mlro.position_labels(rules, day)
    for role in (programme.MLRO, programme.DEPUTY):
        found = _appointment_on(session, role, day)
        if found is not None:
            what = t(f"str.officer.{role}", lang)
            where = positions.get(found.position, found.position)
            return Officer(found.person_name, f"{what}, {where}" if where else what)
    return Officer("", t("str.officer_unknown", lang))


# --- as the draft prints them -------------------------------------------------------------

MISSING_INK = HexColor("#B42318")
BAND = HexColor("#E4E9EF")
HAIRLINE = HexColor("#CBD2D9")


def missing(text: str, style: ParagraphStyle) -> Paragraph:
    """A value the officer has not entered, in red (e.g. "not entered")."""
    return Paragraph(f'<font color="#{MISSING_INK.hexval()[2:]}">{escape(text)}</font>', style)


def firm_rows(
    found: ReportingFirm | None, style: ParagraphStyle, lang: str
) -> list[tuple[str, Any]]:
    """The reporting entity's name, BIN and FIU registration number (red when missing)."""
    if found is None:
        return [(t("str.firm_bin", lang), missing(t("str.firm_not_set", lang), style))]
    fiu = found.fiu_number or missing(t("str.not_entered", lang), style)
    return [(t("str.firm_bin", lang), found.bin), (t("str.firm_fiu_number", lang), fiu)]


def officer_rows(officer: Officer, style: ParagraphStyle, lang: str) -> list[tuple[str, Any]]:
    """The deciding officer's name and position (red when not identified)."""
    if not officer.name:
        return [(t("str.officer", lang), missing(officer.position, style))]
    return [
        (t("str.officer", lang), officer.name),
        (t("str.officer_position", lang), officer.position),
    ]


def owners_block(
    session: Session, customer_id: int, s: dict[str, ParagraphStyle], width: float, lang: str
) -> list[Flowable]:
    """The heading "Beneficial owners" and their table (styles: the draft's)."""
    found = owners(session, customer_id)
    return [
        Paragraph(escape(t("str.owners", lang)), s["heading"]),
        owners_table(found, s["body"], s["small"], width, lang),
    ]


def owners_table(
    found: list[Owner], body: ParagraphStyle, small: ParagraphStyle, width: float, lang: str
) -> Flowable:
    """Name, share, IIN and nationality of each beneficial owner."""
    if not found:
        return Paragraph(escape(t("str.no_owners", lang)), body)
    head = ("str.owner.name", "str.owner.share", "str.owner.iin", "str.owner.nationality")
    data = [[Paragraph(escape(t(key, lang)), small) for key in head]]
    for owner in found:
        share = f"{owner.share.normalize():f} %" if owner.share is not None else "—"
        if owner.control:
            share += f"; {t('str.owner.control', lang)}"
        nationality = owner.nationality
        if lang == "en" and owner.nationality:  # country names are kept in English only
            nationality = f"{owner.nationality} {country_name(owner.nationality)}"
        cells = (owner.name, share, owner.iin or "—", nationality or "—")
        data.append([Paragraph(escape(str(cell)), small) for cell in cells])
    table = Table(data, colWidths=[width * f for f in (0.42, 0.2, 0.2, 0.18)], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS),  # a table's default is Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), BAND),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, HAIRLINE),
            ]
        )
    )
    return table
