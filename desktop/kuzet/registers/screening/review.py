"""The review of screening hits: the officer's decision, the false-positive memory, the
sanctions flag on a customer, what the review screen shows, and the open-hit deadlines.

``decide`` records a true match or a false positive with a reason. The audit trail entry
of the decision names the list version it was made against (list, version, publication
date, file SHA-256). A false positive is remembered (``FalsePositiveMemory``) for that
subject and that entry until either's data changes or the memory expires (rule
``screening.false_positive_memory_months``). A true match flags the customer
(``is_flagged``) and returns the steps the officer must take now (``TRUE_MATCH_STEPS``);
on a sanctions list it also freezes the customer (a match on a beneficial owner freezes
the entity) and drafts the freeze notification to the FIU (``registers/customers/sanctions``).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.dates import add_months
from ...regime.rulepack import RuleBook
from ...screening.settings import screening_settings
from ...store.audit import current_actor, reason_for_changes, utc_now
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.customer import Customer
from ...store.models.screening import FalsePositiveMemory, ScreeningHit, WatchlistVersion
from .. import deadlines as deadline_registry
from ..customers import sanctions
from ..errors import NotFound, ValidationFailed
from . import watchlists
from .runs import reassess_customers

DECISIONS = ("true_match", "false_positive")
# Sanctions lists (a true match means freeze and report); "csv" is the firm's own lists.
SANCTIONS_FORMATS = ("un-xml", "ofac-csv", "ofac-xml", "eu-csv", "afm-xml", "afm-pf-xml")
HIT_REVIEW_DAYS = "screening.hit_review_days"
# What a remembered false positive is tied to: a subject against a listed entry, while
# the screened data and the entry's identifying data stay as they were.
_PAIR = ("customer_id", "owner_id", "list_name", "entry_ref")
_FINGERPRINTS = ("subject_fingerprint", "entry_fingerprint")
# A hit's status as the officer reads it (English here, translated when shown).
HIT_STATUS_LABELS = {
    "open": "open",
    "true_match": "true match",
    "false_positive": "false positive",
    "auto_cleared": "cleared automatically",
    "lapsed": "lapsed",
}


def status_label(status: str) -> str:
    return tr(HIT_STATUS_LABELS[status]) if status in HIT_STATUS_LABELS else status


def own_list_steps() -> tuple[str, ...]:
    """After a true match on one of the firm's own lists (domestic PEPs, in-house)."""
    return (
        tr(
            "A domestic PEP: record the PEP status in the customer file and apply enhanced "
            "due diligence (senior management approval, source of wealth and of funds, "
            "enhanced monitoring)."
        ),
        tr("An in-house list: act on the reason the person is on the firm's list."),
    )


def true_match_steps() -> tuple[str, ...]:
    """What the officer does after confirming a sanctions match, in order."""
    return (
        tr(
            "The customer is frozen: stop every operation of the customer and hold its money "
            "and digital assets; do not let any transfer out."
        ),
        tr(
            "Do not tip off: do not tell the customer, or anyone outside compliance, about "
            "the match or the report."
        ),
        tr(
            "Report to the FIU (the AFM): the freeze notification is drafted on the FIU "
            "reports page with its deadline; send it without delay."
        ),
        tr("Record what was frozen, when and by whom in the customer file."),
    )


@dataclass(frozen=True)
class Decision:
    hit_id: int
    status: str
    customer_id: int
    version_note: str
    memory_id: int | None = None
    remembered_until: dt.date | None = None
    next_steps: tuple[str, ...] = ()
    sanctions: bool = False  # the list is a sanctions list (not the firm's own)
    frozen: bool = False  # the decision froze the customer


def _steps(decision: str, version: WatchlistVersion) -> tuple[str, ...]:
    if decision != "true_match":
        return ()
    return true_match_steps() if version.list_format in SANCTIONS_FORMATS else own_list_steps()


def get_hit(session: Session, hit_id: int) -> ScreeningHit:
    hit = session.get(ScreeningHit, hit_id)
    if hit is None:
        raise NotFound(tr("screening hit #{id} does not exist").format(id=hit_id))
    return hit


def open_hit_ids(session: Session, customer_id: int) -> list[int]:
    """The hits of a customer (and its owners) waiting for the officer's decision."""
    query = select(ScreeningHit.id).where(
        ScreeningHit.customer_id == customer_id,
        ScreeningHit.status == "open",
        ScreeningHit.retired_at.is_(None),
    )
    return list(session.execute(query.order_by(ScreeningHit.id)).scalars())


def version_note(version: WatchlistVersion) -> str:
    """The list version a decision is made against, as the audit trail shows it."""
    published = (
        f"{version.published_on:%d.%m.%Y}" if version.published_on else tr("no publication date")
    )
    return tr("{list} version #{id} (published {published}, file SHA-256 {sha})").format(
        list=version.list_name, id=version.id, published=published, sha=version.sha256
    )


def decide(
    session: Session,
    hit_id: int,
    decision: str,
    reason: str,
    rules: RuleBook,
    today: dt.date,
) -> Decision:
    """Decide an open hit: ``true_match`` or ``false_positive``, with a reason (audited)."""
    errors: dict[str, str] = {}
    if decision not in DECISIONS:
        errors["decision"] = tr("Decide true match or false positive.")
    if not reason.strip():
        errors["reason"] = tr("Write the reason for the decision (it goes in the audit trail).")
    if errors:
        raise ValidationFailed(errors)
    hit = get_hit(session, hit_id)
    if hit.status != "open":
        raise ValidationFailed(
            {
                "": tr("Hit #{id} is not open: it is {status}.").format(
                    id=hit_id, status=status_label(hit.status)
                )
            }
        )
    version = watchlists.get_version(session, hit.version_id)
    note = version_note(version)
    label = tr("true match") if decision == "true_match" else tr("false positive")
    trail_reason = tr("{decision}: {reason} (against {version})").format(
        decision=label, reason=reason.strip(), version=note
    )
    memory_id, until = None, None
    with reason_for_changes(session, trail_reason):
        hit.status = decision
        hit.reason = reason.strip()
        hit.decided_by = current_actor()
        hit.decided_at = utc_now()
        session.flush()
        if decision == "false_positive":
            memory = remember(session, hit, reason.strip(), rules, today)
            memory_id, until = memory.id, memory.expires_on
    frozen = decision == "true_match" and version.list_format in SANCTIONS_FORMATS
    if frozen:
        why = tr("confirmed sanctions match, hit #{id} ({list} entry {ref}): {reason}").format(
            id=hit.id, list=hit.list_name, ref=hit.entry_ref, reason=reason.strip()
        )
        sanctions.freeze(session, hit.customer_id, why, rules, today, hit_id=hit.id)
    reassess_customers(session, [hit.customer_id], rules, today)
    return Decision(
        hit_id=hit.id,
        status=decision,
        customer_id=hit.customer_id,
        version_note=note,
        memory_id=memory_id,
        remembered_until=until,
        next_steps=_steps(decision, version),
        sanctions=version.list_format in SANCTIONS_FORMATS,
        frozen=frozen,
    )


def remember(
    session: Session, hit: ScreeningHit, reason: str, rules: RuleBook, today: dt.date
) -> FalsePositiveMemory:
    """Remember a false positive; earlier memories of the same pair are retired."""
    months = screening_settings(rules, today).false_positive_memory_months
    # The same subject against the same entry (a missing owner compares as IS NULL).
    same_pair = [getattr(FalsePositiveMemory, key) == getattr(hit, key) for key in _PAIR]
    older = session.execute(
        select(FalsePositiveMemory).where(*same_pair, FalsePositiveMemory.retired_at.is_(None))
    ).scalars()
    for row in older:
        row.retired_at = utc_now()
        row.retired_reason = tr("superseded by the decision on hit #{id}").format(id=hit.id)
    memory = FalsePositiveMemory(
        **{key: getattr(hit, key) for key in (*_PAIR, *_FINGERPRINTS)},
        hit_id=hit.id,
        decided_on=today,
        expires_on=add_months(today, months),
        reason=reason,
    )
    session.add(memory)
    session.flush()
    return memory


def forget(session: Session, memory_id: int, reason: str) -> FalsePositiveMemory:
    """Withdraw a remembered false positive: the next screening raises the hit again."""
    if not reason.strip():
        raise ValidationFailed({"reason": tr("Say why the false positive is withdrawn.")})
    memory = session.get(FalsePositiveMemory, memory_id)
    if memory is None or memory.retired:
        raise NotFound(tr("no remembered false positive #{id}").format(id=memory_id))
    memory.retired_at = utc_now()
    memory.retired_reason = reason.strip()
    session.flush()
    return memory


# --- flags and counts ---------------------------------------------------------------------


def _sanctions_matches() -> Any:
    return (
        select(ScreeningHit.customer_id)
        .join(WatchlistVersion, WatchlistVersion.id == ScreeningHit.version_id)
        .where(
            ScreeningHit.status == "true_match",
            ScreeningHit.retired_at.is_(None),
            WatchlistVersion.list_format.in_(SANCTIONS_FORMATS),
        )
    )


def is_flagged(session: Session, customer_id: int) -> bool:
    """True when a hit of the customer (or one of its owners) against a sanctions list is
    decided a true match: the customer is a sanctions match."""
    query = _sanctions_matches().where(ScreeningHit.customer_id == customer_id).limit(1)
    return session.execute(query).first() is not None


def flagged_customers(session: Session) -> set[int]:
    """Every customer that is a confirmed sanctions match."""
    return set(session.execute(_sanctions_matches()).scalars())


def status_counts(session: Session) -> dict[str, int]:
    query = (
        select(ScreeningHit.status, func.count())
        .where(ScreeningHit.retired_at.is_(None))
        .group_by(ScreeningHit.status)
    )
    return {str(status): int(count) for status, count in session.execute(query)}


# --- what the review screen shows --------------------------------------------------------


@dataclass(frozen=True)
class HitDetail:
    hit: ScreeningHit
    subject_title: str
    subject_fields: list[tuple[str, str]]
    entry_title: str
    entry_fields: list[tuple[str, str]]
    explanation: list[str]
    sanctions: bool = False  # the entry is on a sanctions list (a true match means freeze)


def _day(value: dt.date | None) -> str:
    return f"{value:%d.%m.%Y}" if value else "—"


def hit_detail(session: Session, hit_id: int) -> HitDetail:
    """The subject and the list entry side by side, with the explanation of the score."""
    hit = get_hit(session, hit_id)
    customer = session.get(Customer, hit.customer_id)
    assert customer is not None
    fields: list[tuple[str, str]] = []
    if hit.owner_id is not None:
        owner = session.get(BeneficialOwner, hit.owner_id)
        assert owner is not None
        title = tr("Beneficial owner #{id}").format(id=owner.id)
        fields += [
            (tr("Name"), owner.name),
            (tr("Name (Latin)"), owner.name_latin or "—"),
            (tr("Born"), _day(owner.birth_date)),
            (tr("IIN"), owner.iin or "—"),
            (tr("Citizenship"), owner.citizenship or "—"),
            (tr("Owner of"), f"{customer.name} (#{customer.id})"),
        ]
    else:
        title = tr("Customer #{id}").format(id=customer.id)
        fields += [
            (tr("Name"), customer.name),
            (tr("Name (Latin)"), customer.name_latin or "—"),
            (tr("Kind"), tr("individual") if customer.kind == "individual" else tr("legal entity")),
            (
                tr("Born") if customer.kind == "individual" else tr("Registered"),
                _day(customer.birth_date or customer.registered_on),
            ),
            (tr("IIN/BIN"), customer.iin_bin or "—"),
            (tr("Citizenship"), customer.citizenship or customer.residence or "—"),
        ]
    fields.append((tr("File status"), customer.status))
    fields.append((tr("Matched name"), hit.subject_name))
    version = watchlists.get_version(session, hit.version_id)
    row = watchlists.entry_of(session, hit.version_id, hit.entry_ref)
    entry_fields = [
        (tr("List"), tr("{list} version #{id}").format(list=version.list_name, id=version.id)),
        (tr("Published"), _day(version.published_on)),
        (tr("File SHA-256"), version.sha256),
        (tr("Reference"), hit.entry_ref),
        (tr("Matched name"), hit.entry_name),
    ]
    if row is not None:
        entry = watchlists.entry_from_row(row)
        entry_fields += [
            (tr("Kind"), entry.kind),
            (tr("Names"), "\n".join(entry.names)),
            (tr("Born"), ", ".join(entry.dobs) or "—"),
            (tr("IIN/BIN"), ", ".join(entry.iins) or "—"),
            (tr("Nationality"), ", ".join(entry.nationalities) or "—"),
            (tr("Programmes"), ", ".join(entry.programmes) or "—"),
            (tr("Listed on"), _day(entry.listed_on)),
            (tr("Remarks"), entry.remarks or "—"),
        ]
    explanation = json.loads(hit.explanation).get("lines", [])
    return HitDetail(
        hit=hit,
        subject_title=title,
        subject_fields=fields,
        entry_title=tr("{list} entry {ref}").format(list=hit.list_name, ref=hit.entry_ref),
        entry_fields=entry_fields,
        explanation=list(explanation),
        sanctions=version.list_format in SANCTIONS_FORMATS,
    )


# --- deadlines ------------------------------------------------------------------------------


def deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """Every open hit: shown from the day it was raised, due after the review days."""
    days = int(rules.value(HIT_REVIEW_DAYS, today))
    query = select(ScreeningHit).where(
        ScreeningHit.status == "open", ScreeningHit.retired_at.is_(None)
    )
    found = []
    for hit in session.execute(query).scalars():
        raised = hit.created_at.date() if hit.created_at else today
        found.append(
            deadline_registry.Deadline(
                register="screening_hit",
                record_id=hit.id,
                kind=tr("Screening hit to review"),
                title=f"{hit.subject_name} ~ {hit.entry_name} ({hit.list_name} {hit.entry_ref})",
                due=raised + dt.timedelta(days=days),
                remind_from=raised,
                owner=tr("Compliance officer"),
                detail=tr("score {score}").format(score=hit.score),
                finding="sanctions_hit_open",
            )
        )
    return found
