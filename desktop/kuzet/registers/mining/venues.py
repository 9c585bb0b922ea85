"""The venue register: exchanges the firm sells mined coin through, with their licences.

Whether a sale counts toward the mandatory sale is decided from this register on the sale
date (``common.venue_problem``): who licensed the venue (the AIFC, a National Bank licence
or registration, or none), which of those rule ``mining.sale.qualifying_venues`` lets
count, and for an AIFC licence its number, status (and the day a suspension or revocation
took effect) and recorded validity dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.rulepack import RuleBook
from ...regime.severity import MEDIUM
from ...store.models.mining import VENUE_LICENCE_STATUSES, VENUE_LICENSORS, Sale, Venue
from .. import deadlines as deadline_registry
from ..listing import Column, Filter, ListQuery, RecordListing
from ..records import Register
from .common import AIFC_ONLY, licensor, name_key, qualifying_venues, search_text, venue_problem

FIELDS = (
    "name",
    "jurisdiction",
    "aifc_licence_number",
    "aifc_status",
    "aifc_status_from",
    "nbk_licence",
    "licensed_by",
    "valid_from",
    "valid_to",
    "notes",
)
LICENSOR_LABELS = {
    "aifc": "AIFC (AFSA licence)",
    "nbk_licence": "National Bank licence",
    "nbk_registration": "National Bank registration",
    "none": "None",
}
STATUS_LABELS = {
    "active": "Active",
    "suspended": "Suspended",
    "revoked": "Revoked",
    "none": "No AIFC licence",
}


def validate(
    data: Mapping[str, Any],
    today: dt.date | None = None,
    session: Session | None = None,
    editing: int | None = None,
) -> tuple[dict[str, str], dict[str, Any]]:
    """Field-level problems, and the cleaned values (when there are none). A venue has no
    date that cannot be in the future: ``today`` is not used."""
    errors: dict[str, str] = {}
    name = str(data.get("name") or "").strip()
    if not name:
        errors["name"] = tr("Enter the venue's name as the trade files write it.")
    status = data.get("aifc_status") or "none"
    if status not in VENUE_LICENCE_STATUSES:
        errors["aifc_status"] = tr("Status must be one of {values}.").format(
            values=", ".join(VENUE_LICENCE_STATUSES)
        )
    number = str(data.get("aifc_licence_number") or "").strip()
    kind = data.get("licensed_by") or _implied_licensor(data)
    if kind not in VENUE_LICENSORS:
        errors["licensed_by"] = tr("Licensed by must be one of {values}.").format(
            values=", ".join(VENUE_LICENSORS)
        )
    elif (
        kind in ("nbk_licence", "nbk_registration")
        and not str(data.get("nbk_licence") or "").strip()
    ):
        errors["nbk_licence"] = tr("Enter the National Bank licence or registration number.")
    elif kind == "aifc" and status == "none":
        errors["aifc_status"] = tr("Choose the AIFC licence's status.")
    if status != "none" and not number:
        errors["aifc_licence_number"] = tr("Enter the AIFC licence number (or choose no licence).")
    if status in ("suspended", "revoked") and data.get("aifc_status_from") is None:
        errors["aifc_status_from"] = tr("Enter the day the suspension or revocation took effect.")
    start, end = data.get("valid_from"), data.get("valid_to")
    if start is not None and end is not None and end < start:
        errors["valid_to"] = tr("The validity cannot end before it starts.")
    if session is not None and name and "name" not in errors:
        VENUES.refuse_duplicate(
            session,
            editing,
            errors,
            "name",
            tr("Venue #{id} already has this name."),
            Venue.name_key == name_key(name),
            Venue.retired_at.is_(None),
        )
    return errors, ({} if errors else _clean(data))


def _clean(data: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = {f: data.get(f) for f in FIELDS}
    for text_field in ("name", "jurisdiction", "aifc_licence_number", "nbk_licence"):
        cleaned[text_field] = " ".join(str(cleaned[text_field] or "").split())
    cleaned["notes"] = str(cleaned["notes"] or "").strip()
    cleaned["aifc_status"] = cleaned["aifc_status"] or "none"
    cleaned["licensed_by"] = cleaned["licensed_by"] or _implied_licensor(data)
    if cleaned["aifc_status"] not in ("suspended", "revoked"):
        cleaned["aifc_status_from"] = None
    if cleaned["aifc_status"] == "none":
        cleaned["aifc_licence_number"] = ""
    cleaned["name_key"] = name_key(cleaned["name"])
    cleaned["search_text"] = search_text(
        cleaned["name"],
        cleaned["jurisdiction"],
        cleaned["aifc_licence_number"],
        cleaned["nbk_licence"],
        cleaned["notes"],
    )
    return cleaned


def _implied_licensor(data: Mapping[str, Any]) -> str:
    """Who licensed a venue entered without saying: the AIFC where an AIFC licence is
    recorded, the National Bank where only its number is, else none."""
    if (data.get("aifc_status") or "none") != "none":
        return "aifc"
    return "nbk_licence" if str(data.get("nbk_licence") or "").strip() else "none"


VENUES: Register[Venue] = Register(Venue, "venue", FIELDS, validate)
create, get, update, retire = VENUES.create, VENUES.get, VENUES.update, VENUES.retire


def choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of the venues in use, by name: for dialogs and filters."""
    query = select(Venue.id, Venue.name).where(Venue.retired_at.is_(None)).order_by(Venue.name_key)
    return [(int(i), str(n)) for i, n in session.execute(query)]


def ids_by_key(session: Session) -> dict[str, int]:
    """Venue ids by name key (the venues in use), for imports."""
    query = select(Venue.name_key, Venue.id).where(Venue.retired_at.is_(None))
    return {str(k): int(i) for k, i in session.execute(query)}


# --- the list ---------------------------------------------------------------------------


class VenueListing(RecordListing):
    """The Venues page: whether each venue counts as AIFC-licensed today, and why not."""

    model = Venue
    columns = (
        Column("name", "Venue"),
        Column("jurisdiction", "Jurisdiction"),
        Column("aifc_licence_number", "AIFC licence"),
        Column("aifc_status", "AIFC status"),
        Column("valid_from", "Valid from", "right"),
        Column("valid_to", "Valid to", "right"),
        Column("counts", "Counts today", sortable=False),
        Column("nbk_licence", "NBK licence"),
        Column("licensed_by", "Licensed by"),
        Column("sales", "Sales", "right", sortable=False),
    )
    default_sort = ("name", False)
    folded_search = "search_text"

    def __init__(self, today: dt.date, rules: RuleBook | None = None) -> None:
        self.today = today
        self._sales: dict[int, int] = {}
        self.qualifying = qualifying_venues(rules, today) if rules is not None else AIFC_ONLY

    def filters(self, session: Session) -> list[Filter]:
        return [
            Filter(
                "aifc_status",
                "AIFC status",
                (("", "Any AIFC status"), *STATUS_LABELS.items()),
            )
        ]

    def where(self, query: ListQuery) -> list[Any]:
        if query.filters.get("aifc_status"):
            return [self.table.aifc_status == query.filters["aifc_status"]]
        return []

    def sort_columns(self) -> dict[str, Any]:
        # An empty validity date sorts before every date, as it always has, on any
        # database: ``empty_last = False`` would leave it where the database puts empty
        # values (SQLite first ascending, PostgreSQL last).
        t = self.table
        return dict(super().sort_columns()) | {
            "name": t.name_key,
            "valid_from": func.coalesce(t.valid_from, dt.date.min),
            "valid_to": func.coalesce(t.valid_to, dt.date.min),
        }

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        self._sales = dict(
            session.execute(
                select(Sale.venue_id, func.count())
                .where(Sale.venue_id.in_(list(ids)), Sale.retired_at.is_(None))
                .group_by(Sale.venue_id)
            ).all()
        )
        return super().rows(session, ids)

    def row(self, venue: Venue) -> tuple[Any, ...]:
        problem = venue_problem(venue, self.today, self.qualifying)
        counts = tr("yes") if not problem else tr("no: {why}").format(why=problem)
        status = tr(STATUS_LABELS.get(venue.aifc_status, venue.aifc_status))
        if venue.retired:
            status = tr("retired ({status})").format(status=status)
        return (
            venue.name,
            venue.jurisdiction,
            venue.aifc_licence_number,
            status,
            venue.valid_from,
            venue.valid_to,
            counts,
            venue.nbk_licence,
            tr(LICENSOR_LABELS.get(licensor(venue), licensor(venue))),
            int(self._sales.get(venue.id, 0)),
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        if str(values[3]).startswith(tr("retired")):
            return "muted"
        return None if str(values[6]).startswith(tr("yes")) else MEDIUM


# --- deadlines ---------------------------------------------------------------------------


def deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """The end of each licensed venue's recorded AIFC validity (sales after it do not count)."""
    remind = deadline_registry.reminders(rules.value_or("mining.venue.reminder_days", today, ()))
    query = select(Venue).where(
        Venue.retired_at.is_(None), Venue.valid_to.is_not(None), Venue.aifc_status == "active"
    )
    found = []
    for venue in session.execute(query).scalars():
        assert venue.valid_to is not None
        found.append(
            deadline_registry.Deadline(
                register="venue",
                record_id=venue.id,
                kind=tr("Venue AIFC licence ends"),
                title=f"{venue.name} {venue.aifc_licence_number}".strip(),
                due=venue.valid_to,
                remind_from=remind.remind_from(venue.valid_to),
                owner=venue.jurisdiction,
                detail=tr("sales after this day do not count as sold through a licensed venue"),
            )
        )
    return found
