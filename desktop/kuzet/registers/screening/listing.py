"""What the Screening and Watchlists pages show: the hit queue, the list versions, and the
entries of one version. Filtering and sorting happen in SQL (``registers.listing``)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import case, false, literal, or_, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.rulepack import RuleBook
from ...regime.severity import SEVERITIES, severity_key, severity_label, severity_of
from ...store.models.beneficial_owner import BeneficialOwner
from ...store.models.customer import Customer
from ...store.models.screening import HIT_STATUSES, ScreeningHit, WatchlistEntry, WatchlistVersion
from ..listing import Column, Filter, ListQuery, RecordListing, like_pattern
from .entries import latin_fold
from .review import status_label

# The choices of the Watchlists page's filters (labels in English, translated when shown).
VERSION_STATE_CHOICES = (("active", "Lists in force"), ("", "Every version"))
ENTRY_KIND_CHOICES = (
    ("", "Any kind"),
    ("person", "Persons"),
    ("organization", "Organizations"),
    ("vessel", "Vessels"),
    ("aircraft", "Aircraft"),
)


class ScreeningListing(RecordListing):
    """``RecordListing`` in the order these lists have always had: empty values where the
    database sorts them (``empty_last`` False). A ``folded_search`` column is searched in
    the words as typed and in Latin (``Умаров`` finds ``umarov``)."""

    empty_last = False

    def search(self, text: str) -> Any:
        if not self.folded_search:
            return super().search(text)
        needle = text.strip().casefold()
        column = self.table[self.folded_search]
        forms = {needle, latin_fold(needle)}
        return or_(*(column.like(like_pattern(form), escape="\\") for form in forms))


# The finding kinds of a hit: an open hit; a true match whose customer is not yet frozen;
# a true match of a frozen customer (the freeze is done).
HIT_KINDS = ("sanctions_hit_open", "sanctions_match_not_frozen", "customer_frozen")


def hit_levels(rules: RuleBook, day: dt.date) -> dict[str, str]:
    """The severity of each kind of hit (``HIT_KINDS``) on ``day``."""
    return {kind: severity_of(rules, kind, day) for kind in HIT_KINDS}


def hit_kind(hit_status: str, customer_status: str | None) -> str:
    """The finding a hit is, or "" where it is none (cleared)."""
    if hit_status == "open":
        return "sanctions_hit_open"
    if hit_status == "true_match":
        return "customer_frozen" if customer_status == "frozen" else "sanctions_match_not_frozen"
    return ""


class HitListing(ScreeningListing):
    """The review queue: the most serious first by default (a true match not frozen, then
    open hits), best score first. ``levels`` maps each of ``HIT_KINDS`` to its severity."""

    model = ScreeningHit
    columns = (
        Column("severity", "Severity"),
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
    default_sort = ("severity", False)
    folded_search = "search_text"
    tie_break = "desc"  # among equal scores, the latest hit first

    def __init__(self, levels: Mapping[str, str] | None = None) -> None:
        self.levels = dict(levels or {})

    def level(self, hit_status: str, customer_status: str | None) -> str:
        return self.levels.get(hit_kind(hit_status, customer_status), "")

    def _rank(self) -> Any:
        t, customer_status = self.table, Customer.__table__.c.status
        rank = {kind: severity_key(self.levels.get(kind)) for kind in HIT_KINDS}
        return case(
            (t.status == "open", rank["sanctions_hit_open"]),
            (
                (t.status == "true_match") & (customer_status == "frozen"),
                rank["customer_frozen"],
            ),
            (t.status == "true_match", rank["sanctions_match_not_frozen"]),
            else_=len(SEVERITIES),
        )

    def default_order(self, query: ListQuery) -> list[Any]:
        """Most serious first, then the best score (before a column is chosen)."""
        return [self._rank().asc(), *self.sorted_by(self.table.score, True)]

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

    def base(self) -> Any:
        customers = Customer.__table__
        return select(self.table.id).join(customers, customers.c.id == self.table.customer_id)

    def where(self, query: ListQuery) -> list[Any]:
        conditions = []
        if query.filters.get("status"):
            conditions.append(self.table.status == query.filters["status"])
        if query.filters.get("list"):
            conditions.append(self.table.list_name == query.filters["list"])
        return conditions

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        return super().sort_columns() | {
            "severity": self._rank(),
            "subject": Customer.__table__.c.name,
            "list": t.list_name,
            "ref": t.entry_ref,
            "raised": t.created_at,
        }

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        hits = list(
            session.execute(select(ScreeningHit).where(ScreeningHit.id.in_(list(ids)))).scalars()
        )
        customers, statuses = {}, {}
        for customer_id, name, status in session.execute(
            select(Customer.id, Customer.name, Customer.status).where(
                Customer.id.in_({h.customer_id for h in hits})
            )
        ).all():
            customers[customer_id], statuses[customer_id] = name, status
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
                severity_label(self.level(hit.status, statuses.get(hit.customer_id))),
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
        """A hit that is a finding in its severity's colour; a cleared one muted."""
        if values[2] in (status_label("false_positive"), status_label("auto_cleared")):
            return "muted"
        words = {severity_label(level): level for level in SEVERITIES}
        return words.get(values[0])


class VersionListing(ScreeningListing):
    """Every imported version of every list; the active ones first."""

    model = WatchlistVersion
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
    default_sort = ("", False)  # no column: default_order
    search_columns = ("list_name", "sha256", "files")
    hides_retired = False  # a withdrawn list's versions stay on the page
    tie_break = "desc"  # the latest import first

    def filters(self, session: Session) -> list[Filter]:
        return [Filter("state", "Versions", VERSION_STATE_CHOICES)]

    def _in_force_first(self) -> Any:
        return case((self.table.active.is_(True), literal(0)), else_=literal(1))

    def where(self, query: ListQuery) -> list[Any]:
        if query.filters.get("state") == "active":
            return [self.table.active.is_(True)]
        return []

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        return super().sort_columns() | {
            "list": t.list_name,
            "published": t.published_on,
            "imported": t.created_at,
            "format": t.list_format,
            "state": self._in_force_first(),
        }

    def default_order(self, query: ListQuery) -> list[Any]:
        """Before a column is chosen: the lists in force first, then by list name."""
        return [self._in_force_first(), self.table.list_name]

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


class EntryListing(ScreeningListing):
    """The entries of one list version, searchable by name in any script."""

    model = WatchlistEntry
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
    folded_search = "search_text"
    hides_retired = False  # entries are an immutable snapshot: never retired

    def __init__(self, version_id: int | None = None) -> None:
        self.version_id = version_id

    def filters(self, session: Session) -> list[Filter]:
        return [Filter("kind", "Kind", ENTRY_KIND_CHOICES)]

    def where(self, query: ListQuery) -> list[Any]:
        if self.version_id is None:  # no version chosen: no entries
            return [false()]
        conditions = [self.table.version_id == self.version_id]
        if query.filters.get("kind"):
            conditions.append(self.table.kind == query.filters["kind"])
        return conditions

    def row(self, entry: WatchlistEntry) -> tuple[Any, ...]:
        names = json.loads(entry.names)
        return (
            entry.ref,
            entry.kind,
            entry.name,
            ", ".join(json.loads(entry.dobs)),
            ", ".join(json.loads(entry.nationalities)),
            ", ".join(json.loads(entry.programmes)),
            entry.listed_on,
            "; ".join(names[1:]),
        )
