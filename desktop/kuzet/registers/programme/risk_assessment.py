"""The firm's business risk assessment (versions with author, approval and next review)
and the annual AML Return (AFSA: due ``programme.aifc.aml_return_months`` after the
financial year-end), with the deadlines both create.

(The customer risk assessment is a different thing: see the customer registers.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...regime import programme
from ...regime.rulepack import RuleBook
from ...store.models.programme import RISK_RATINGS, AmlReturn, BusinessRiskAssessment
from .. import deadlines as deadline_registry
from . import firm
from . import shared as records
from .mlro import mlro_deadline

BRA_FIELDS = (
    "version",
    "assessed_on",
    "author",
    "approved_by",
    "approved_on",
    "next_review_on",
    "overall_rating",
    "summary",
    "document_ref",
)
RETURN_FIELDS = ("year_end", "filed_on", "reference", "notes")


def rating_labels() -> dict[str, str]:
    return {"low": tr("Low"), "medium": tr("Medium"), "high": tr("High")}


def default_next_review(assessed_on: dt.date, rules: RuleBook) -> dt.date:
    months = int(rules.value("programme.risk_assessment.review_months", assessed_on))
    return programme.add_months(assessed_on, months)


def validate_assessment(
    session: Session,
    data: Mapping[str, Any],
    today: dt.date,
    editing: int | None = None,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    version = records.text(data.get("version"))
    if not version:
        errors["version"] = tr("Name the version (e.g. 2026.1).")
    elif other := records.clash(session, BusinessRiskAssessment.version, version, editing):
        errors["version"] = tr("Assessment #{id} already has this version.").format(id=other)
    assessed = data.get("assessed_on")
    if assessed is None:
        errors["assessed_on"] = tr("Enter the date of the assessment.")
    records.not_future(assessed, today, "assessed_on", errors)
    if not records.text(data.get("author")):
        errors["author"] = tr("Enter who wrote the assessment.")
    approved = data.get("approved_on")
    records.not_future(approved, today, "approved_on", errors)
    if approved is not None and assessed is not None and approved < assessed:
        errors["approved_on"] = tr("It cannot be approved before it was written.")
    if approved is not None and not records.text(data.get("approved_by")):
        errors["approved_by"] = tr("Name who approved it (senior management or the board).")
    review = data.get("next_review_on")
    if review is not None and assessed is not None and review <= assessed:
        errors["next_review_on"] = tr("The next review must be after the assessment.")
    if (data.get("overall_rating") or "medium") not in RISK_RATINGS:
        errors["overall_rating"] = tr("Choose low, medium or high.")
    return errors


def _clean_assessment(data: Mapping[str, Any], rules: RuleBook) -> dict[str, Any]:
    texts = ("version", "author", "approved_by", "summary", "document_ref")
    values = records.cleaned(data, BRA_FIELDS, texts, ("version", "author", "summary"))
    values["overall_rating"] = values["overall_rating"] or "medium"
    if values["next_review_on"] is None:
        values["next_review_on"] = default_next_review(values["assessed_on"], rules)
    return values


ASSESSMENTS = records.Register(
    BusinessRiskAssessment, BRA_FIELDS, None, lambda: tr("risk assessment")
)


def save_assessment(
    session: Session,
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    assessment_id: int | None = None,
) -> BusinessRiskAssessment:
    """Create or edit a version; an empty next review is set by the rule pack."""
    return ASSESSMENTS.save(
        session,
        assessment_id,
        data,
        lambda merged: validate_assessment(session, merged, today, assessment_id),
        lambda merged: _clean_assessment(merged, rules),
    )


def get_assessment(session: Session, assessment_id: int) -> BusinessRiskAssessment:
    return ASSESSMENTS.get(session, assessment_id)


def retire_assessment(session: Session, assessment_id: int, reason: str) -> BusinessRiskAssessment:
    return ASSESSMENTS.retire(session, assessment_id, reason)


def current_assessment(session: Session) -> BusinessRiskAssessment | None:
    """The latest version in force (by assessment date)."""
    t = BusinessRiskAssessment
    query = select(t).where(t.retired_at.is_(None)).order_by(t.assessed_on.desc(), t.id.desc())
    return session.execute(query).scalars().first()


# --- AML Returns ------------------------------------------------------------------------


def return_months(session: Session, rules: RuleBook, day: dt.date) -> int:
    needs = firm.requirements(session, rules, day)
    return needs.aml_return_months if needs else 0


def _check_return(
    session: Session,
    data: Mapping[str, Any],
    months: int,
    today: dt.date,
    editing: int | None,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    year_end = data.get("year_end")
    if year_end is None:
        errors["year_end"] = tr("Enter the financial year-end the return covers.")
    elif (other := records.clash(session, AmlReturn.year_end, year_end, editing)) is not None:
        errors["year_end"] = tr("Return #{id} already covers this year.").format(id=other)
    records.not_future(data.get("filed_on"), today, "filed_on", errors)
    if months == 0 and not errors:
        errors[""] = tr("The firm profile does not call for an annual AML Return.")
    return errors


def _clean_return(data: Mapping[str, Any], months: int) -> dict[str, Any]:
    values = records.cleaned(data, RETURN_FIELDS, ("reference", "notes"))
    values["due_on"] = programme.aml_return_due(values["year_end"], months)
    return values


RETURNS = records.Register(AmlReturn, RETURN_FIELDS, None, lambda: tr("AML Return"))


def save_return(
    session: Session,
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    return_id: int | None = None,
) -> AmlReturn:
    """Record an AML Return for a financial year (its due date follows from the rules)."""
    months = return_months(session, rules, today)
    return RETURNS.save(
        session,
        return_id,
        data,
        lambda merged: _check_return(session, merged, months, today, return_id),
        lambda merged: _clean_return(merged, months),
    )


def get_return(session: Session, return_id: int) -> AmlReturn:
    return RETURNS.get(session, return_id)


def retire_return(session: Session, return_id: int, reason: str) -> AmlReturn:
    return RETURNS.retire(session, return_id, reason)


def returns(session: Session) -> list[AmlReturn]:
    query = select(AmlReturn).where(AmlReturn.retired_at.is_(None)).order_by(AmlReturn.year_end)
    return list(session.execute(query).scalars())


# --- deadlines --------------------------------------------------------------------------


def assessment_deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    profile = firm.profile(session)
    if profile is None:
        return []
    current = current_assessment(session)
    if current is None:
        due = profile.created_at.date() if profile.created_at else today
        title, detail, record_id = tr("No business risk assessment on record"), "", 0
    else:
        due, record_id = current.next_review_on, current.id
        title = tr("Review the business risk assessment (version {v})").format(v=current.version)
        detail = (
            tr("approved {day} by {who}").format(
                day=current.approved_on.strftime("%d.%m.%Y"), who=current.approved_by
            )
            if current.approved_on
            else tr("not yet approved")
        )
    deadline = mlro_deadline(
        session,
        today,
        int(rules.value("programme.risk_assessment.reminder_days", today)),
        register="business_risk_assessment",
        record_id=record_id,
        kind=tr("Business risk assessment"),
        title=title,
        due=due,
        detail=detail,
    )
    return [deadline]


def return_deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """The AML Return for the last completed financial year and the current one, and any
    recorded return not yet filed, unless filed."""
    profile = firm.profile(session)
    months = return_months(session, rules, today)
    if profile is None or months == 0:
        return []
    window = int(rules.value("programme.aml_return.reminder_days", today))
    month, dom = profile.year_end_month, profile.year_end_day
    last_end = programme.year_end_on_or_before(today, month, dom)
    recorded = {r.year_end: r for r in returns(session)}
    wanted = {last_end, programme.next_year_end(last_end, month, dom)}
    wanted |= {end for end, r in recorded.items() if r.filed_on is None}
    unfiled = [end for end in sorted(wanted) if end not in recorded or not recorded[end].filed_on]
    return [
        mlro_deadline(
            session,
            today,
            window,
            register="aml_return",
            record_id=recorded[end].id if end in recorded else 0,
            kind=tr("AML Return"),
            title=tr("Annual AML Return for the year ending {day}").format(
                day=end.strftime("%d.%m.%Y")
            ),
            due=programme.aml_return_due(end, months),
            detail=tr("{n} months after the year-end").format(n=months),
        )
        for end in unfiled
    ]


def last_year_end(session: Session, today: dt.date) -> dt.date | None:
    """The end of the last financial year completed by ``today`` (None without a profile)."""
    profile = firm.profile(session)
    if profile is None:
        return None
    return programme.year_end_on_or_before(today, profile.year_end_month, profile.year_end_day)
