"""Screening customers and beneficial owners against the active watchlist versions.

* ``screen_saved_customer``: the customer register calls it after a customer is created
  or changed (the customer and its owners are screened);
* ``screen_customer``: one customer and its owners, on demand;
* ``screen_customers``: the customers of a bulk import and their owners, in one run;
* ``screen_all``: every customer and owner on file (a run after each list import, or on
  demand), with progress and cancel: nothing is written until every subject is screened;
* ``screen_names``: names from a file against the lists, writing nothing (``kuzet screen
  --names``).

Each screening builds (or reuses) one ``ScreeningIndex`` over the active versions, keyed
by their contents, and records a ``ScreeningRun``; ``screening_record`` turns the hits into
``ScreeningHit`` rows, honouring the false-positive memory. Thresholds are rule-pack
values (``screening.*``) that an officer may override on the Rules page.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...progress import NO_PROGRESS, Progress
from ...regime.rulepack import RuleBook
from ...screening.index import ScreeningIndex
from ...screening.matcher import Hit, Subject, screen
from ...screening.settings import ScreeningSettings, screening_settings
from ...store.audit import utc_now
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.customer import Customer
from ...store.models.screening import WatchlistVersion
from ..errors import NotFound
from . import watchlists
from .recording import RunOutcome, record_run

PROGRESS_EVERY = 50


@dataclass(frozen=True)
class ScreenedSubject:
    """A customer or an owner as screened, with the fingerprint of the screened data."""

    customer_id: int
    owner_id: int | None
    label: str  # the customer's name (an owner's: "owner name (owner of customer name)")
    subject: Subject
    fingerprint: str


@dataclass(frozen=True)
class ActiveLists:
    index: ScreeningIndex
    versions: dict[str, WatchlistVersion]  # list name → active version

    def describe(self) -> str:
        return "; ".join(
            f"{v.list_name} {v.published_on:%d.%m.%Y} (#{v.id})"
            if v.published_on
            else f"{v.list_name} (#{v.id})"
            for v in self.versions.values()
        )


# --- subjects -----------------------------------------------------------------------------


def subject_fingerprint(subject: Subject) -> str:
    """SHA-256 of what was screened: kind, names, birth date, IIN/BIN."""
    data = [subject.kind, sorted(subject.names), subject.dob or "", subject.iin or ""]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _number(text: str) -> str | None:
    digits = "".join(text.split())
    return digits if len(digits) == 12 and digits.isdigit() else None


def make_subject(
    customer_id: int,
    owner_id: int | None,
    label: str,
    names: Sequence[str],
    kind: str,
    birth_date: dt.date | None,
    number: str,
) -> ScreenedSubject | None:
    names = tuple(n.strip() for n in names if n and n.strip())
    if not names:
        return None
    subject = Subject(
        names,
        dob=birth_date.isoformat() if birth_date else None,
        iin=_number(number or ""),
        kind="person" if kind == "individual" else "organization",
    )
    return ScreenedSubject(customer_id, owner_id, label, subject, subject_fingerprint(subject))


def customer_subjects(
    session: Session, customer_ids: Sequence[int] | None = None
) -> list[ScreenedSubject]:
    """Active customers (all, or ``customer_ids``) and their active owners, as subjects."""
    c = Customer.__table__.c
    query = select(c.id, c.kind, c.name, c.name_latin, c.iin_bin, c.birth_date).where(
        c.retired_at.is_(None)
    )
    if customer_ids is not None:
        query = query.where(c.id.in_(list(customer_ids)))
    subjects: list[ScreenedSubject] = []
    names: dict[int, str] = {}
    for row in session.execute(query.order_by(c.id)):
        names[row.id] = row.name
        found = make_subject(
            row.id,
            None,
            row.name,
            (row.name, row.name_latin),
            row.kind,
            row.birth_date,
            row.iin_bin,
        )
        if found is not None:
            subjects.append(found)
    o = BeneficialOwner.__table__.c
    owners = select(o.id, o.customer_id, o.name, o.name_latin, o.iin, o.birth_date).where(
        o.retired_at.is_(None), o.customer_id.in_(select(c.id).where(c.retired_at.is_(None)))
    )
    if customer_ids is not None:
        owners = owners.where(o.customer_id.in_(list(customer_ids)))
    for row in session.execute(owners.order_by(o.id)):
        label = tr("{owner} (owner of {customer})").format(
            owner=row.name, customer=names.get(row.customer_id, f"#{row.customer_id}")
        )
        found = make_subject(
            row.customer_id,
            row.id,
            label,
            (row.name, row.name_latin),
            "individual",
            row.birth_date,
            row.iin,
        )
        if found is not None:
            subjects.append(found)
    return subjects


# --- the index over the active versions -----------------------------------------------------

_cache_lock = threading.Lock()
_cache: dict[tuple, ScreeningIndex] = {}


def active_lists(session: Session, settings: ScreeningSettings) -> ActiveLists | None:
    """The index over every active list version, or None when no list is imported.

    The index is cached by the versions' contents (``content_sha256``) and the legal
    forms, so screening a customer on save reuses the index built for the last run.
    """
    versions = watchlists.active_versions(session)
    if not versions:
        return None
    key = (
        tuple((v.list_name, v.content_sha256) for v in versions),
        tuple(settings.legal_forms),
    )
    with _cache_lock:
        index = _cache.get(key)
        if index is None:
            lists = [watchlists.load_list(session, v) for v in versions]
            index = ScreeningIndex(lists, legal_forms=settings.legal_forms)
            _cache.clear()  # one index at a time: a full set of lists is tens of MB
            _cache[key] = index
    return ActiveLists(index, {v.list_name: v for v in versions})


def clear_index_cache() -> None:
    with _cache_lock:
        _cache.clear()


# --- screening --------------------------------------------------------------------------------


def _screen_subjects(
    lists: ActiveLists,
    subjects: Sequence[ScreenedSubject],
    settings: ScreeningSettings,
    progress: Progress,
) -> list[tuple[ScreenedSubject, tuple[Hit, ...]]]:
    results = []
    total = len(subjects)
    message = tr("Screening customers and owners")
    for done, subject in enumerate(subjects):
        if done % PROGRESS_EVERY == 0:
            progress.step(done, total, message)
        hits = screen(lists.index, subject.subject, **settings.thresholds())
        results.append((subject, hits))
    progress.step(total, total, message)
    return results


def _run(
    session: Session,
    rules: RuleBook,
    today: dt.date,
    customer_ids: Sequence[int] | None,
    trigger: str,
    progress: Progress,
    reassess: bool,
) -> RunOutcome | None:
    started = utc_now()
    settings = screening_settings(rules, today)
    session.flush()
    lists = active_lists(session, settings)
    if lists is None:
        return None
    subjects = customer_subjects(session, customer_ids)
    results = _screen_subjects(lists, subjects, settings, progress)
    progress.step(0, 0, tr("Recording the hits"))
    scope = "all" if customer_ids is None else "customer"
    single = customer_ids[0] if customer_ids is not None and len(customer_ids) == 1 else None
    outcome = record_run(session, lists, settings, results, scope, trigger, single, started, today)
    if reassess:
        _reassess(session, outcome.affected_customers, rules, today)
    return outcome


def _reassess(
    session: Session, customer_ids: Sequence[int], rules: RuleBook, today: dt.date
) -> None:
    """Open hits weigh in the customer's risk score: reassess those whose hits changed."""
    from ..customers.risk import assess

    for customer_id in customer_ids:
        customer = session.get(Customer, customer_id)
        if customer is not None and not customer.retired:
            assess(session, customer, rules, today)


def screen_customer(
    session: Session,
    customer_id: int,
    rules: RuleBook,
    today: dt.date,
    trigger: str = "on demand",
    reassess: bool = True,
) -> RunOutcome | None:
    """Screen one customer and its owners; None when no list has been imported."""
    if session.get(Customer, customer_id) is None:
        raise NotFound(tr("customer #{id} does not exist").format(id=customer_id))
    return _run(session, rules, today, [customer_id], trigger, NO_PROGRESS, reassess)


def screen_saved_customer(
    session: Session, customer: Customer, rules: RuleBook, today: dt.date
) -> RunOutcome | None:
    """The customer register's hook after a save: screen the customer and its owners.
    The caller reassesses the customer's risk right after, so this does not."""
    if customer.id is None or customer.retired:
        return None
    return _run(session, rules, today, [customer.id], "saved", NO_PROGRESS, reassess=False)


def screen_customers(
    session: Session,
    customer_ids: Sequence[int],
    rules: RuleBook,
    today: dt.date,
    progress: Progress = NO_PROGRESS,
    trigger: str = "import",
) -> RunOutcome | None:
    """Screen the given customers and their owners in one run (after a bulk import)."""
    if not customer_ids:
        return None
    return _run(session, rules, today, list(customer_ids), trigger, progress, reassess=True)


def screen_all(
    session: Session,
    rules: RuleBook,
    today: dt.date,
    progress: Progress = NO_PROGRESS,
    trigger: str = "on demand",
) -> RunOutcome | None:
    """Screen every active customer and owner; None when no list has been imported."""
    return _run(session, rules, today, None, trigger, progress, reassess=True)


def screen_names(
    session: Session, rules: RuleBook, today: dt.date, subjects: Sequence[Subject]
) -> list[tuple[Hit, ...]] | None:
    """Hits at or above the review threshold for each subject, best first; nothing is
    written. None when no list has been imported."""
    settings = screening_settings(rules, today)
    lists = active_lists(session, settings)
    if lists is None:
        return None
    review = settings.review_threshold
    return [
        screen(lists.index, s, review_threshold=review, auto_clear_threshold=review)
        for s in subjects
    ]


def needs_rescreen(session: Session) -> bool:
    """True when a list version is newer than the last complete run over every customer."""
    from ...store.models.screening import ScreeningRun

    versions = {v.id for v in watchlists.active_versions(session)}
    if not versions:
        return False
    query = (
        select(ScreeningRun.version_ids)
        .where(ScreeningRun.scope == "all")
        .order_by(ScreeningRun.id.desc())
        .limit(1)
    )
    last = session.execute(query).scalar()
    return last is None or not versions <= set(json.loads(last))
