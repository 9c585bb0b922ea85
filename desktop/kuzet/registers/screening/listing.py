"""What the Screening and Lists pages show: the hit queue, the list versions, and the
entries of one version. Filtering and sorting happen in SQL (``registers.listing``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import case, literal, or_, select
from sqlmodel import Session

from ...i18n import tr
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.customer import Customer
from ...store.models.screening import HIT_STATUSES, ScreeningHit, WatchlistEntry, WatchlistVersion
from ..listing import Column, Filter, ListQuery, like_pattern
from .entries import latin_fold
from .review import status_label
from .watchlists import FORMAT_LABELS


def _search(column: Any, text: str) -> Any:
    """``column`` (a casefolded search text) contains the words typed, in any script."""
    needle = text.strip().casefold()
    forms = {needle, latin_fold(needle)}
    return or_(*(column.like(like_pattern(form), escape="\\") for form in forms))


class HitListing:
    """The review queue: open hits first by default, best score first."""

    columns = (
        Column("score", "Score", "right"),
        Column("status", "Status"),
        Column("subject", "Customer or owner"),
        Column("subject_name", "Screened name"),
        Column("entry_name", "Listed name"),
        Column("list", "List"),
        Column("ref", "Reference"),
        Column("raised", "Raised", "right"),
        Column("decided_by", "Decided by"),
    )
    default_sort = ("score", True)

    def filters(self, session: Session) -> list[Filter]:
        lists = session.execute(
            select(ScreeningHit.list_name).distinct().order_by(ScreeningHit.list_name)
        ).scalars()
        return [
            Filter(
                "status",
                "Status",
                (
                    ("open", "Still open"),
                    ("", "Any status"),
                    *((s, status_label(s).capitalize()) for s in HIT_STATUSES if s != "open"),
                ),
            ),
            Filter("list", "List", (("", "Any list"), *((n, n) for n in lists))),
        ]

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        t = ScreeningHit.__table__.c
        c = Customer.__table__.c
        stmt = select(t.id).join(Customer.__table__, c.id == t.customer_id)
        if not query.include_retired:
            stmt = stmt.where(t.retired_at.is_(None))
        if query.filters.get("status"):
            stmt = stmt.where(t.status == query.filters["status"])
        if query.filters.get("list"):
            stmt = stmt.where(t.list_name == query.filters["list"])
        if query.search.strip():
            stmt = stmt.where(_search(t.search_text, query.search))
        sort_columns = {
            "score": t.score,
            "status": t.status,
            "subject": c.name,
            "subject_name": t.subject_name,
            "entry_name": t.entry_name,
            "list": t.list_name,
            "ref": t.entry_ref,
            "raised": t.created_at,
            "decided_by": t.decided_by,
        }
        order = sort_columns.get(query.sort, t.score)
        order = order.desc() if query.descending else order.asc()
        return list(session.execute(stmt.order_by(order, t.id.desc())).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        hits = list(
            session.execute(select(ScreeningHit).where(ScreeningHit.id.in_(list(ids)))).scalars()
        )
        customers = dict(
            session.execute(
                select(Customer.id, Customer.name).where(
                    Customer.id.in_({h.customer_id for h in hits})
                )
            ).all()
        )
        owner_ids = {h.owner_id for h in hits if h.owner_id is not None}
        owners = dict(
            session.execute(
                select(BeneficialOwner.id, BeneficialOwner.name).where(
                    BeneficialOwner.id.in_(owner_ids)
                )
            ).all()
        )
        found = {}
        for hit in hits:
            customer = customers.get(hit.customer_id, f"#{hit.customer_id}")
            subject = (
                tr("{owner} (owner of {customer})").format(
                    owner=owners.get(hit.owner_id, f"#{hit.owner_id}"), customer=customer
                )
                if hit.owner_id is not None
                else customer
            )
            found[hit.id] = (
                hit.score,
                status_label(hit.status),
                subject,
                hit.subject_name,
                hit.entry_name,
                hit.list_name,
                hit.entry_ref,
                hit.created_at.date() if hit.created_at else None,
                hit.decided_by,
            )
        return found

    def tone(self, values: tuple[Any, ...]) -> str | None:
        status = values[1]
        if status == status_label("true_match"):
            return "bad"
        if status == status_label("open"):
            return "warn"
        if status in (status_label("false_positive"), status_label("auto_cleared")):
            return "muted"
        return None


class VersionListing:
    """Every imported version of every list; the active ones first."""

    columns = (
        Column("list", "List"),
        Column("state", "State"),
        Column("published", "Published", "right"),
        Column("imported", "Imported", "right"),
        Column("entries", "Entries", "right"),
        Column("added", "Added", "right"),
        Column("changed", "Changed", "right"),
        Column("removed", "Removed", "right"),
        Column("format", "Format"),
        Column("sha256", "File SHA-256"),
    )
    default_sort = ("", False)

    def filters(self, session: Session) -> list[Filter]:
        return [
            Filter(
                "state",
                "Versions",
                (("active", "Lists in force"), ("", "Every version")),
            )
        ]

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        t = WatchlistVersion.__table__.c
        stmt = select(t.id)
        if query.filters.get("state") == "active":
            stmt = stmt.where(t.active.is_(True))
        if query.search.strip():
            needle = like_pattern(query.search.strip().lower())
            stmt = stmt.where(
                or_(
                    t.list_name.ilike(needle, escape="\\"),
                    t.sha256.like(needle, escape="\\"),
                    t.files.ilike(needle, escape="\\"),
                )
            )
        state = case((t.active.is_(True), literal(0)), else_=literal(1))
        sort_columns = {
            "list": t.list_name,
            "published": t.published_on,
            "imported": t.created_at,
            "entries": t.entries,
            "added": t.added,
            "changed": t.changed,
            "removed": t.removed,
            "format": t.list_format,
            "sha256": t.sha256,
            "state": state,
        }
        if query.sort in sort_columns:
            order = sort_columns[query.sort]
            stmt = stmt.order_by(order.desc() if query.descending else order.asc(), t.id.desc())
        else:
            stmt = stmt.order_by(state, t.list_name, t.id.desc())
        return list(session.execute(stmt).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        found = session.execute(
            select(WatchlistVersion).where(WatchlistVersion.id.in_(list(ids)))
        ).scalars()
        return {v.id: self.row(v) for v in found}

    @staticmethod
    def state(version: WatchlistVersion) -> str:
        if version.active:
            return tr("in force")
        if version.retired:
            return tr("withdrawn")
        return tr("replaced")

    def row(self, version: WatchlistVersion) -> tuple[Any, ...]:
        return (
            version.list_name,
            self.state(version),
            version.published_on,
            version.created_at,
            version.entries,
            version.added,
            version.changed,
            version.removed,
            version.list_format,
            version.sha256,
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        return None if values[1] == tr("in force") else "muted"

    @staticmethod
    def format_label(key: str) -> str:
        return tr(FORMAT_LABELS.get(key, key))


class EntryListing:
    """The entries of one list version, searchable by name in any script."""

    columns = (
        Column("ref", "Reference"),
        Column("kind", "Kind"),
        Column("name", "Name"),
        Column("dobs", "Born", sortable=False),
        Column("nationalities", "Nationality", sortable=False),
        Column("programmes", "Programmes", sortable=False),
        Column("listed_on", "Listed on", "right"),
        Column("aliases", "Other names", sortable=False),
    )
    default_sort = ("name", False)

    def __init__(self, version_id: int | None = None) -> None:
        self.version_id = version_id

    def filters(self, session: Session) -> list[Filter]:
        return [
            Filter(
                "kind",
                "Kind",
                (
                    ("", "Any kind"),
                    ("person", "Persons"),
                    ("organization", "Organizations"),
                    ("vessel", "Vessels"),
                    ("aircraft", "Aircraft"),
                ),
            )
        ]

    def ids(self, session: Session, query: ListQuery) -> list[int]:
        if self.version_id is None:
            return []
        t = WatchlistEntry.__table__.c
        stmt = select(t.id).where(t.version_id == self.version_id)
        if query.filters.get("kind"):
            stmt = stmt.where(t.kind == query.filters["kind"])
        if query.search.strip():
            stmt = stmt.where(_search(t.search_text, query.search))
        sort_columns = {"ref": t.ref, "kind": t.kind, "name": t.name, "listed_on": t.listed_on}
        order = sort_columns.get(query.sort, t.name)
        order = order.desc() if query.descending else order.asc()
        return list(session.execute(stmt.order_by(order, t.id)).scalars())

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        t = WatchlistEntry.__table__
        found = session.execute(select(t).where(t.c.id.in_(list(ids))))
        rows = {}
        for row in found:
            names = json.loads(row.names)
            rows[row.id] = (
                row.ref,
                row.kind,
                row.name,
                ", ".join(json.loads(row.dobs)),
                ", ".join(json.loads(row.nationalities)),
                ", ".join(json.loads(row.programmes)),
                row.listed_on,
                "; ".join(names[1:]),
            )
        return rows
