"""Turning a screening's hits into ``ScreeningHit`` rows, and the run into a ``ScreeningRun``.

For each subject (a customer or an owner) and each listed entry it was matched to, the
latest hit row for that pair (if any) decides what happens:

* a score at or above the review threshold: suppressed when a false positive is remembered
  for the pair with the same fingerprints (not expired); nothing new over a true match;
  an open hit is refreshed (score, list version, explanation) when anything changed;
  otherwise a new open hit;
* a score between the auto-clear and the review thresholds: an open hit lapses (it would
  not be raised today); a decided hit stays; else an ``auto_cleared`` hit is recorded or
  refreshed;
* an open hit of a screened subject that the screening no longer finds lapses.

Rows are written with Core in bulk and recorded in the audit trail with ``audit_rows``
(one screening of 10,000 customers writes few rows: only what changed).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlmodel import Session

from ...i18n import plural, tr
from ...screening.matcher import Hit
from ...screening.settings import ScreeningSettings
from ...store.audit import audit_rows, current_actor, utc_now
from ...store.models.screening import FalsePositiveMemory, ScreeningHit, ScreeningRun
from .active_lists import ActiveLists
from .entries import identity_fingerprint, latin_fold
from .subjects import ScreenedSubject

Key = tuple[int, int | None, str, str]  # customer, owner, list, entry ref
_MUTABLE = (
    "subject_name",
    "version_id",
    "entry_name",
    "entry_kind",
    "score",
    "explanation",
    "status",
    "reason",
    "subject_fingerprint",
    "entry_fingerprint",
    "search_text",
)


@dataclass
class RunOutcome:
    """What one screening did."""

    run_id: int
    subjects: int
    lists: str
    new_open: int = 0
    still_open: int = 0
    auto_cleared: int = 0
    suppressed: int = 0
    lapsed: int = 0
    open_hit_ids: list[int] = field(default_factory=list)  # open after the run
    affected_customers: list[int] = field(default_factory=list)  # open hits changed

    def summary(self) -> str:
        subjects = plural(
            self.subjects,
            tr("{count} customer or owner|{count} customers and owners"),
        ).format(count=self.subjects)
        new = plural(self.new_open, tr("{count} new hit|{count} new hits")).format(
            count=self.new_open
        )
        remembered = plural(
            self.suppressed,
            tr("{count} remembered false positive|{count} remembered false positives"),
        ).format(count=self.suppressed)
        return tr(
            "Screened {subjects} against {lists}: {new} to review, {still} still open, "
            "{cleared} cleared automatically, {remembered}, {lapsed} lapsed."
        ).format_map(
            asdict(self)
            | {
                "subjects": subjects,
                "new": new,
                "remembered": remembered,
                "still": self.still_open,
                "cleared": self.auto_cleared,
            }
        )


def explanation_json(hit: Hit, settings: ScreeningSettings) -> str:
    return json.dumps(
        {
            "lines": hit.explanation(),
            "matches": [[m.subject_token, m.list_token, m.how, m.ratio] for m in hit.token_matches],
            "factors": [[f.description, f.delta] for f in hit.factors],
            "review_threshold": settings.review_threshold,
            "auto_clear_threshold": settings.auto_clear_threshold,
        },
        ensure_ascii=False,
    )


def hit_search_text(*parts: str) -> str:
    seen: dict[str, None] = {}
    for part in parts:
        if part:
            seen[part.casefold()] = None
            seen[latin_fold(part)] = None
    return "\n".join(seen)


def _latest_hits(session: Session, customer_ids: Sequence[int] | None) -> dict[Key, dict]:
    t = ScreeningHit.__table__
    query = select(t).where(t.c.retired_at.is_(None)).order_by(t.c.id)
    if customer_ids is not None:
        query = query.where(t.c.customer_id.in_(list(customer_ids)))
    latest: dict[Key, dict] = {}
    for row in session.execute(query).mappings():
        latest[(row["customer_id"], row["owner_id"], row["list_name"], row["entry_ref"])] = dict(
            row
        )
    return latest


def remembered(
    session: Session, today: dt.date, customer_ids: Sequence[int] | None
) -> dict[Key, tuple[str, str]]:
    """False positives in force: key → (subject fingerprint, entry fingerprint)."""
    m = FalsePositiveMemory.__table__.c
    query = (
        select(m.customer_id, m.owner_id, m.list_name, m.entry_ref, m.subject_fingerprint)
        .add_columns(m.entry_fingerprint)
        .where(m.retired_at.is_(None), m.expires_on > today)
        .order_by(m.id)
    )
    if customer_ids is not None:
        query = query.where(m.customer_id.in_(list(customer_ids)))
    return {(r[0], r[1], r[2], r[3]): (r[4], r[5]) for r in session.execute(query)}


class _Plan:
    """The rows a run inserts and updates, and its counts."""

    def __init__(self, settings: ScreeningSettings, today: dt.date) -> None:
        self.settings = settings
        self.today = today
        self.inserts: list[dict[str, Any]] = []
        self.updates: list[dict[str, Any]] = []
        self.counts = dict.fromkeys(
            ("new_open", "still_open", "auto_cleared", "suppressed", "lapsed"), 0
        )
        self.open_ids: list[int] = []
        self.affected: set[int] = set()

    def update(self, current: dict, values: dict[str, Any]) -> None:
        row = {name: current[name] for name in _MUTABLE} | values
        if any(row[name] != current[name] for name in _MUTABLE):
            self.updates.append({"_id": current["id"], **{f"v_{k}": v for k, v in row.items()}})

    def lapse(self, current: dict, reason: str, values: dict[str, Any] | None = None) -> None:
        self.update(current, {**(values or {}), "status": "lapsed", "reason": reason})
        self.counts["lapsed"] += 1
        self.affected.add(current["customer_id"])


def record_run(
    session: Session,
    lists: ActiveLists,
    settings: ScreeningSettings,
    results: Sequence[tuple[ScreenedSubject, tuple[Hit, ...]]],
    scope: str,
    trigger: str,
    customer_id: int | None,
    started: dt.datetime,
    today: dt.date,
) -> RunOutcome:
    """Write the run and its hits in the caller's transaction."""
    customer_ids = None if scope == "all" else sorted({s.customer_id for s, _ in results})
    if customer_ids is None and customer_id is not None:
        customer_ids = [customer_id]
    latest = _latest_hits(session, customer_ids)
    memory = remembered(session, today, customer_ids)
    plan = _Plan(settings, today)
    by_subject: dict[tuple[int, int | None], list[Key]] = {}
    for key, row in latest.items():
        if row["status"] == "open":
            by_subject.setdefault((key[0], key[1]), []).append(key)
    for subject, hits in results:
        seen: set[Key] = set()
        for hit in hits:
            key = (subject.customer_id, subject.owner_id, hit.source, hit.ref)
            seen.add(key)
            _plan_hit(plan, lists, subject, hit, latest.get(key), memory.get(key))
        for key in by_subject.get((subject.customer_id, subject.owner_id), []):
            if key not in seen:
                plan.lapse(
                    latest[key],
                    tr(
                        "no longer found by the screening of {date}: the entry left the list "
                        "or the screened data changed"
                    ).format(date=f"{today:%d.%m.%Y}"),
                )
    run = ScreeningRun(
        scope=scope,
        trigger=trigger,
        customer_id=customer_id,
        started_at=started,
        finished_at=utc_now(),
        run_by=current_actor(),
        version_ids=json.dumps(sorted(v.id for v in lists.versions.values())),
        lists=lists.describe(),
        review_threshold=settings.review_threshold,
        auto_clear_threshold=settings.auto_clear_threshold,
        subjects=len(results),
        **plan.counts,
    )
    session.add(run)
    session.flush()
    open_ids = _write(session, run.id, plan, trigger)
    return RunOutcome(
        run_id=run.id,
        subjects=len(results),
        lists=run.lists,
        open_hit_ids=sorted(plan.open_ids + open_ids),
        affected_customers=sorted(plan.affected),
        **plan.counts,
    )


def _plan_hit(
    plan: _Plan,
    lists: ActiveLists,
    subject: ScreenedSubject,
    hit: Hit,
    current: dict | None,
    memory: tuple[str, str] | None,
) -> None:
    entry_fp = identity_fingerprint(hit.entry)
    values: dict[str, Any] = {
        "customer_id": subject.customer_id,
        "owner_id": subject.owner_id,
        "subject_name": hit.subject_name,
        "version_id": lists.versions[hit.source].id,
        "list_name": hit.source,
        "entry_ref": hit.ref,
        "entry_name": hit.list_name,
        "entry_kind": hit.entry_kind,
        "score": hit.score,
        "explanation": explanation_json(hit, plan.settings),
        "subject_fingerprint": subject.fingerprint,
        "entry_fingerprint": entry_fp,
        "search_text": hit_search_text(
            subject.label, hit.subject_name, hit.list_name, hit.source, hit.ref
        ),
    }
    status = current["status"] if current else None
    review = plan.settings.review_threshold
    if hit.needs_review:
        if memory == (subject.fingerprint, entry_fp):
            plan.counts["suppressed"] += 1
        elif status == "true_match":
            pass  # the decision stands; the customer stays flagged
        elif status == "open":
            plan.counts["still_open"] += 1
            plan.open_ids.append(current["id"])
            plan.update(current, {k: values[k] for k in _MUTABLE if k in values})
        else:
            plan.counts["new_open"] += 1
            plan.affected.add(subject.customer_id)
            plan.inserts.append({**values, "status": "open", "reason": ""})
        return
    plan.counts["auto_cleared"] += 1
    reason = tr("score {score} is below the review threshold {review}: cleared automatically")
    reason = reason.format(score=hit.score, review=review)
    if status == "open":
        plan.counts["auto_cleared"] -= 1
        plan.lapse(
            current,
            tr(
                "re-screened on {date}: score {score} is below the review threshold {review}"
            ).format(date=f"{plan.today:%d.%m.%Y}", score=hit.score, review=review),
            {k: values[k] for k in _MUTABLE if k in values},
        )
    elif status in ("true_match", "false_positive"):
        pass
    elif status == "auto_cleared":
        plan.update(current, {k: values[k] for k in _MUTABLE if k in values} | {"reason": reason})
    else:
        plan.inserts.append({**values, "status": "auto_cleared", "reason": reason})


def _write(session: Session, run_id: int, plan: _Plan, trigger: str) -> list[int]:
    """Insert and update the planned rows; returns the ids of new open hits."""
    conn = session.connection()
    table = ScreeningHit.__table__
    now = utc_now()
    reason = tr("screening run #{id} ({trigger})").format(id=run_id, trigger=trigger)
    next_id = int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar() or 0) + 1
    rows = []
    for values in plan.inserts:
        rows.append(
            {
                **values,
                "id": next_id,
                "run_id": run_id,
                "created_at": now,
                "updated_at": now,
                "retired_at": None,
                "retired_reason": None,
                "decided_by": "",
                "decided_at": None,
            }
        )
        next_id += 1
    if rows:
        conn.execute(table.insert(), rows)
    if plan.updates:
        statement = (
            table.update()
            .where(table.c.id == bindparam("_id"))
            .values({name: bindparam(f"v_{name}") for name in _MUTABLE} | {"updated_at": now})
        )
        conn.execute(statement, plan.updates)
    written = [r["id"] for r in rows] + [u["_id"] for u in plan.updates]
    if written:
        audit_rows(conn, table, sorted(written), reason=reason)
    return [r["id"] for r in rows if r["status"] == "open"]
