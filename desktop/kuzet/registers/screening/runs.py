"""Screening customers and beneficial owners against the active watchlist versions.

* ``screen_saved_customer``: the customer register calls it after a customer is created
  or changed (the customer and its owners are screened);
* ``screen_customer``: one customer and its owners, on demand;
* ``screen_customers``: the customers of a bulk import and their owners, in one run;
* ``screen_all``: every customer and owner on file (a run after each list import, or on
  demand), with progress and cancel: nothing is written until every subject is screened;
* ``screen_names``: names from a file against the lists, writing nothing (``kuzet screen
  --names``).

Each screening builds (or reuses) one ``ScreeningIndex`` over the active versions
(``active_lists.py``), keyed by their contents, and records a ``ScreeningRun``;
``recording.py`` turns the hits into ``ScreeningHit`` rows, honouring the false-positive
memory. Thresholds are rule-pack values (``screening.*``) that an officer may override on
the Rules page.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...progress import NO_PROGRESS, Progress
from ...regime.rulepack import RuleBook
from ...screening.matcher import Hit, Subject, screen
from ...screening.settings import ScreeningSettings, screening_settings
from ...store.audit import utc_now
from ...store.models.customer import Customer
from ...store.models.screening import ScreeningRun
from ..customers.risk import assess
from ..errors import NotFound
from . import watchlists
from .active_lists import ActiveLists, active_lists
from .active_lists import clear_index_cache as clear_index_cache  # re-exported
from .recording import RunOutcome, record_run
from .subjects import ScreenedSubject, customer_subjects

PROGRESS_EVERY = 50


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
        reassess_customers(session, outcome.affected_customers, rules, today)
    return outcome


def reassess_customers(
    session: Session, customer_ids: Sequence[int], rules: RuleBook, today: dt.date
) -> None:
    """Open hits weigh in the customer's risk score: reassess those whose hits changed."""
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
    session: Session,
    rules: RuleBook,
    today: dt.date,
    names: Sequence[tuple[str, str | None]],
) -> list[list[Hit]] | None:
    """Hits at or above the review threshold for each ``(name, birth date or None)``, best
    first; nothing is written. None when no list has been imported.

    A name without a birth date may be an organisation's, so it is screened as a person
    and as an organisation, keeping the better hit of each listed entry."""
    settings = screening_settings(rules, today)
    lists = active_lists(session, settings)
    if lists is None:
        return None
    review = settings.review_threshold

    def hits_of(subject: Subject) -> tuple[Hit, ...]:
        return screen(lists.index, subject, review_threshold=review, auto_clear_threshold=review)

    found = []
    for name, dob in names:
        hits = list(hits_of(Subject((name,), dob=dob)))
        if dob is None:
            hits = _better_of(hits, hits_of(Subject((name,), kind="organization")))
        found.append(hits)
    return found


def _better_of(hits: Sequence[Hit], more: Sequence[Hit]) -> list[Hit]:
    """The hits of both screenings, the higher score for an entry found by both, best first."""
    best = {(h.source, h.ref): h for h in hits}
    for hit in more:
        held = best.get((hit.source, hit.ref))
        if held is None or hit.score > held.score:
            best[(hit.source, hit.ref)] = hit
    return sorted(best.values(), key=lambda h: (-h.score, h.source, h.ref))


def last_full_run(session: Session) -> ScreeningRun | None:
    """The latest run over every customer and owner."""
    query = (
        select(ScreeningRun)
        .where(ScreeningRun.scope == "all")
        .order_by(ScreeningRun.id.desc())
        .limit(1)
    )
    return session.execute(query).scalars().first()


def needs_rescreen(session: Session) -> bool:
    """True when a list version is newer than the last complete run over every customer."""
    versions = {v.id for v in watchlists.active_versions(session)}
    if not versions:
        return False
    last = last_full_run(session)
    return last is None or not versions <= set(json.loads(last.version_ids))
