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
from ..errors import ValidationFailed
from . import firm
from . import shared as records

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
    else:
        query = select(BusinessRiskAssessment.id).where(
            BusinessRiskAssessment.retired_at.is_(None), BusinessRiskAssessment.version == version
        )
        if editing is not None:
            query = query.where(BusinessRiskAssessment.id != editing)
        clash = session.execute(query).scalars().first()
        if clash is not None:
            errors["version"] = tr("Assessment #{id} already has this version.").format(id=clash)
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


def save_assessment(
    session: Session,
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    assessment_id: int | None = None,
) -> BusinessRiskAssessment:
    """Create or edit a version; an empty next review is set by the rule pack."""
    if assessment_id is None:
        merged = dict(data)
    else:
        record = records.editable(
            session, BusinessRiskAssessment, assessment_id, tr("risk assessment")
        )
        merged = {f: getattr(record, f) for f in BRA_FIELDS} | dict(data)
    errors = validate_assessment(session, merged, today, assessment_id)
    if errors:
        raise ValidationFailed(errors)
    values = {f: merged.get(f) for f in BRA_FIELDS}
    for key in ("version", "author", "approved_by", "summary", "document_ref"):
        values[key] = records.text(values[key])
    values["overall_rating"] = values["overall_rating"] or "medium"
    if values["next_review_on"] is None:
        values["next_review_on"] = default_next_review(values["assessed_on"], rules)
    values["search_text"] = records.fold(values["version"], values["author"], values["summary"])
    if assessment_id is None:
        record = BusinessRiskAssessment(**values)
        session.add(record)
    else:
        records.assign(record, values)
    session.flush()
    return record


def get_assessment(session: Session, assessment_id: int) -> BusinessRiskAssessment:
    return records.fetch(session, BusinessRiskAssessment, assessment_id, tr("risk assessment"))


def retire_assessment(session: Session, assessment_id: int, reason: str) -> BusinessRiskAssessment:
    return records.retire(
        session, BusinessRiskAssessment, assessment_id, reason, tr("risk assessment")
    )


def current_assessment(session: Session) -> BusinessRiskAssessment | None:
    """The latest version in force (by assessment date)."""
    t = BusinessRiskAssessment
    query = select(t).where(t.retired_at.is_(None)).order_by(t.assessed_on.desc(), t.id.desc())
    return session.execute(query).scalars().first()


# --- AML Returns ------------------------------------------------------------------------


def return_months(session: Session, rules: RuleBook, day: dt.date) -> int:
    needs = firm.requirements(session, rules, day)
    return needs.aml_return_months if needs else 0


def save_return(
    session: Session,
    data: Mapping[str, Any],
    rules: RuleBook,
    today: dt.date,
    return_id: int | None = None,
) -> AmlReturn:
    """Record an AML Return for a financial year (its due date follows from the rules)."""
    if return_id is None:
        merged = dict(data)
    else:
        record = records.editable(session, AmlReturn, return_id, tr("AML Return"))
        merged = {f: getattr(record, f) for f in RETURN_FIELDS} | dict(data)
    errors: dict[str, str] = {}
    year_end = merged.get("year_end")
    if year_end is None:
        errors["year_end"] = tr("Enter the financial year-end the return covers.")
    else:
        query = select(AmlReturn.id).where(
            AmlReturn.retired_at.is_(None), AmlReturn.year_end == year_end
        )
        if return_id is not None:
            query = query.where(AmlReturn.id != return_id)
        clash = session.execute(query).scalars().first()
        if clash is not None:
            errors["year_end"] = tr("Return #{id} already covers this year.").format(id=clash)
    records.not_future(merged.get("filed_on"), today, "filed_on", errors)
    months = return_months(session, rules, today)
    if months == 0 and not errors:
        errors[""] = tr("The firm profile does not call for an annual AML Return.")
    if errors:
        raise ValidationFailed(errors)
    values = {f: merged.get(f) for f in RETURN_FIELDS}
    values["reference"] = records.text(values["reference"])
    values["notes"] = records.text(values["notes"])
    values["due_on"] = programme.aml_return_due(year_end, months)
    if return_id is None:
        record = AmlReturn(**values)
        session.add(record)
    else:
        records.assign(record, values)
    session.flush()
    return record


def retire_return(session: Session, return_id: int, reason: str) -> AmlReturn:
    return records.retire(session, AmlReturn, return_id, reason, tr("AML Return"))


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
    from .mlro import current_mlro_name

    window = int(rules.value("programme.risk_assessment.reminder_days", today))
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
    return [
        deadline_registry.Deadline(
            register="business_risk_assessment",
            record_id=record_id,
            kind=tr("Business risk assessment"),
            title=title,
            due=due,
            remind_from=due - dt.timedelta(days=window),
            owner=current_mlro_name(session, today),
            detail=detail,
        )
    ]


def return_deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """The AML Return for the last completed financial year and the current one, and any
    recorded return not yet filed, unless filed."""
    profile = firm.profile(session)
    months = return_months(session, rules, today)
    if profile is None or months == 0:
        return []
    from .mlro import current_mlro_name

    window = int(rules.value("programme.aml_return.reminder_days", today))
    month, dom = profile.year_end_month, profile.year_end_day
    last_end = programme.year_end_on_or_before(today, month, dom)
    recorded = {r.year_end: r for r in returns(session)}
    wanted = {last_end, programme.next_year_end(last_end, month, dom)}
    wanted |= {end for end, r in recorded.items() if r.filed_on is None}
    owner = current_mlro_name(session, today)
    found = []
    for end in sorted(wanted):
        row = recorded.get(end)
        if row is not None and row.filed_on is not None:
            continue
        due = programme.aml_return_due(end, months)
        found.append(
            deadline_registry.Deadline(
                register="aml_return",
                record_id=row.id if row else 0,
                kind=tr("AML Return"),
                title=tr("Annual AML Return for the year ending {day}").format(
                    day=end.strftime("%d.%m.%Y")
                ),
                due=due,
                remind_from=due - dt.timedelta(days=window),
                owner=owner,
                detail=tr("{n} months after the year-end").format(n=months),
            )
        )
    return found
