"""The pool accreditation register: the pools the firm mines through and their accreditation.

One row per accreditation (a renewal is a new row for the same pool name); a pool the firm
uses that was never accredited has a row with status ``not_accredited``. The law gives no
term for an accreditation: the officer enters the expiry, and the Dashboard reminds before
it (rule ``mining.pool.reminder_days``). Output is matched to pools by name
(``mining_common.accreditation_problem``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import case, literal, or_, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.ids import check_bin
from ...regime.rulepack import RuleBook
from ...regime.severity import HIGH, MEDIUM
from ...store.models.mining import POOL_STATUSES, PoolAccreditation
from .. import deadlines as deadline_registry
from ..listing import Column, Filter, ListQuery, RecordListing
from ..mining.common import name_key, search_text
from ..records import Register

FIELDS = (
    "pool_name",
    "operator_bin",
    "accreditation_number",
    "accredited_on",
    "expires_on",
    "status",
    "status_from",
    "hardware_in_kz",
    "evidence",
    "notes",
)
STATUS_LABELS = {
    "accredited": "Accredited",
    "suspended": "Suspended",
    "revoked": "Revoked",
    "not_accredited": "Not accredited",
}
DISPLAY_STATUSES = {**STATUS_LABELS, "expired": "Expired"}


def validate(
    data: Mapping[str, Any],
    today: dt.date,
    session: Session | None = None,
    editing: int | None = None,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not str(data.get("pool_name") or "").strip():
        errors["pool_name"] = tr("Enter the pool's name as its payout files write it.")
    status = data.get("status") or "accredited"
    if status not in POOL_STATUSES:
        errors["status"] = tr("Status must be one of {values}.").format(
            values=", ".join(POOL_STATUSES)
        )
    accredited = status != "not_accredited"
    operator_bin = str(data.get("operator_bin") or "").strip()
    if operator_bin:
        check = check_bin(operator_bin)
        if not check.valid:
            errors["operator_bin"] = tr("Not a valid BIN: {reason}.").format(reason=check.reason)
    elif accredited:
        errors["operator_bin"] = tr("Enter the pool operator's BIN (12 digits).")
    number = str(data.get("accreditation_number") or "").strip()
    if accredited and not number:
        errors["accreditation_number"] = tr("Enter the accreditation number.")
    start = data.get("accredited_on")
    if accredited and start is None:
        errors["accredited_on"] = tr("Enter the accreditation date.")
    elif start is not None and start > today:
        errors["accredited_on"] = tr("The accreditation date cannot be in the future.")
    expires = data.get("expires_on")
    if start is not None and expires is not None and expires <= start:
        errors["expires_on"] = tr("The expiry must be after the accreditation date.")
    if status in ("suspended", "revoked") and data.get("status_from") is None:
        errors["status_from"] = tr("Enter the day the suspension or revocation took effect.")
    if session is not None and number and "accreditation_number" not in errors:
        clash = _same_number(session, number, editing)
        if clash is not None:
            errors["accreditation_number"] = tr(
                "Accreditation #{id} already has this number."
            ).format(id=clash)
    return errors


def _same_number(session: Session, number: str, editing: int | None) -> int | None:
    query = select(PoolAccreditation.id).where(
        PoolAccreditation.accreditation_number == number, PoolAccreditation.retired_at.is_(None)
    )
    if editing is not None:
        query = query.where(PoolAccreditation.id != editing)
    return session.execute(query).scalars().first()


def _clean(data: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = {f: data.get(f) for f in FIELDS}
    for text_field in ("pool_name", "operator_bin", "accreditation_number"):
        cleaned[text_field] = " ".join(str(cleaned[text_field] or "").split())
    for text_field in ("evidence", "notes"):
        cleaned[text_field] = str(cleaned[text_field] or "").strip()
    cleaned["status"] = cleaned["status"] or "accredited"
    if cleaned["status"] not in ("suspended", "revoked"):
        cleaned["status_from"] = None
    cleaned["hardware_in_kz"] = bool(cleaned["hardware_in_kz"])
    cleaned["pool_key"] = name_key(cleaned["pool_name"])
    cleaned["search_text"] = search_text(
        cleaned["pool_name"],
        cleaned["operator_bin"],
        cleaned["accreditation_number"],
        cleaned["evidence"],
        cleaned["notes"],
    )
    return cleaned


def _check(
    data: Mapping[str, Any], today: dt.date, session: Session | None, editing: int | None
) -> tuple[dict[str, str], dict[str, Any]]:
    errors = validate(data, today, session, editing)
    return errors, ({} if errors else _clean(data))


POOLS: Register[PoolAccreditation] = Register(
    PoolAccreditation, "pool accreditation", FIELDS, _check
)
get, update, retire = POOLS.get, POOLS.update, POOLS.retire


def create(session: Session, data: Mapping[str, Any], today: dt.date) -> PoolAccreditation:
    """A new accreditation; the pool's hardware is in Kazakhstan unless ``data`` says not."""
    return POOLS.create(session, {"hardware_in_kz": True, **data}, today)


def pool_names(session: Session) -> list[str]:
    """The pools in the register, by name (for the output dialog)."""
    query = (  # DISTINCT orders only by what it selects (PostgreSQL): the key too
        select(PoolAccreditation.pool_key, PoolAccreditation.pool_name)
        .where(PoolAccreditation.retired_at.is_(None))
        .order_by(PoolAccreditation.pool_key, PoolAccreditation.pool_name)
        .distinct()
    )
    seen: dict[str, str] = {}
    for _key, name in session.execute(query):
        seen.setdefault(name_key(name), name)
    return list(seen.values())


def effective_status(record: PoolAccreditation, today: dt.date) -> str:
    if record.status == "not_accredited":
        return "not_accredited"
    if record.status in ("suspended", "revoked") and (
        record.status_from is None or record.status_from <= today
    ):
        return record.status
    if record.expires_on is not None and record.expires_on < today:
        return "expired"
    return "accredited"


def _status_sql(today: dt.date) -> Any:
    t = PoolAccreditation.__table__.c
    return case(
        (t.status == "not_accredited", literal("not_accredited")),
        (
            t.status.in_(("suspended", "revoked"))
            & or_(t.status_from.is_(None), t.status_from <= today),
            t.status,
        ),
        (t.expires_on.is_not(None) & (t.expires_on < today), literal("expired")),
        else_=literal("accredited"),
    )


# --- the list ---------------------------------------------------------------------------


class PoolListing(RecordListing):
    """The Pool accreditations page."""

    model = PoolAccreditation
    columns = (
        Column("pool_name", "Pool"),
        Column("operator_bin", "Operator BIN"),
        Column("accreditation_number", "Accreditation"),
        Column("accredited_on", "Accredited", "right"),
        Column("expires_on", "Expires", "right"),
        Column("days_left", "Days left", "right"),
        Column("status", "Status"),
        Column("hardware_in_kz", "Hardware in KZ", "center"),
        Column("evidence", "Evidence"),
    )
    default_sort = ("expires_on", False)
    folded_search = "search_text"

    def __init__(self, today: dt.date) -> None:
        self.today = today

    def filters(self, session: Session) -> list[Filter]:
        return [Filter("status", "Status", (("", "Any status"), *DISPLAY_STATUSES.items()))]

    def where(self, query: ListQuery) -> list[Any]:
        if query.filters.get("status"):
            return [_status_sql(self.today) == query.filters["status"]]
        return []

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        return super().sort_columns() | {
            "pool_name": t.pool_key,
            "days_left": t.expires_on,
            "status": _status_sql(self.today),
        }

    def row(self, record: PoolAccreditation) -> tuple[Any, ...]:
        days = (record.expires_on - self.today).days if record.expires_on else None
        status = tr(DISPLAY_STATUSES[effective_status(record, self.today)])
        if record.retired:
            status = tr("retired ({status})").format(status=status)
        evidence = " · ".join(line.strip() for line in record.evidence.splitlines() if line.strip())
        return (
            record.pool_name,
            record.operator_bin,
            record.accreditation_number,
            record.accredited_on,
            record.expires_on,
            days,
            status,
            record.hardware_in_kz,
            evidence,
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        days, status = values[5], str(values[6])
        if status.startswith(tr("retired")):
            return "muted"
        if status != tr("Accredited"):
            return HIGH
        if not values[7] or (days is not None and days <= 30):
            return MEDIUM
        return None


# --- deadlines ---------------------------------------------------------------------------


def deadlines(
    session: Session, rules: RuleBook, today: dt.date
) -> list[deadline_registry.Deadline]:
    """The expiry of each pool's latest accreditation (older ones were renewed)."""
    remind = deadline_registry.reminders(rules.value_or("mining.pool.reminder_days", today, ()))
    query = select(PoolAccreditation).where(
        PoolAccreditation.retired_at.is_(None),
        PoolAccreditation.status.in_(("accredited", "suspended")),
    )
    latest: dict[str, PoolAccreditation] = {}
    for record in session.execute(query).scalars():
        held = latest.get(record.pool_key)
        if held is None or _later(record, held):
            latest[record.pool_key] = record
    found = []
    for record in latest.values():
        if record.expires_on is None:
            continue
        found.append(
            deadline_registry.Deadline(
                register="pool_accreditation",
                record_id=record.id,
                kind=tr("Pool accreditation expiry"),
                title=f"{record.pool_name} {record.accreditation_number}".strip(),
                due=record.expires_on,
                remind_from=remind.remind_from(record.expires_on),
                owner=record.operator_bin,
                detail=remind.stage(record.expires_on, today),
            )
        )
    return found


def _later(record: PoolAccreditation, other: PoolAccreditation) -> bool:
    never = dt.date.max
    return (record.expires_on or never, record.id) > (other.expires_on or never, other.id)
