"""Counterparty providers (VASPs): the virtual asset service providers customers send to
and receive from, with the day their due diligence was done.

AIFC AML 11-1: a counterparty provider is vetted before the first transfer. Transactions
name the provider as written in the firm's systems; they are matched on the casefolded
name (``name_key``), so "Binance" and "BINANCE " are the same provider.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.countries import country_name, is_country
from ...regime.severity import MEDIUM
from ...store.models.transaction import CounterpartyProvider, CustomerTransaction
from .. import records
from ..customers.customer_file import fold
from ..errors import ValidationFailed
from ..listing import Column, Filter, ListQuery, RecordListing, like_pattern

FIELDS = (
    "name",
    "jurisdiction",
    "licence_number",
    "regulator",
    "due_diligence_on",
    "due_diligence_by",
    "notes",
)


def provider_key(name: str) -> str:
    """How a provider's name is matched: casefolded, spaces collapsed."""
    return fold(name or "")


def validate(
    data: Mapping[str, Any],
    today: dt.date,
    session: Session | None = None,
    editing: int | None = None,
) -> dict[str, str]:
    errors: dict[str, str] = {}
    name = str(data.get("name") or "").strip()
    if not name:
        errors["name"] = tr("Enter the provider's name as it appears in transactions.")
    code = str(data.get("jurisdiction") or "").strip().upper()
    if code and not is_country(code):
        errors["jurisdiction"] = tr("{code!r} is not an ISO 3166-1 country code.").format(code=code)
    done = data.get("due_diligence_on")
    if done is not None and done > today:
        errors["due_diligence_on"] = tr("Due diligence cannot be dated in the future.")
    if done is not None and not str(data.get("due_diligence_by") or "").strip():
        errors["due_diligence_by"] = tr("Say who did the due diligence.")
    if session is not None and name:
        clash = find(session, name)
        if clash is not None and clash.id != editing:
            errors["name"] = tr("Provider #{id} already has this name.").format(id=clash.id)
    return errors


def _clean(data: Mapping[str, Any]) -> dict[str, Any]:
    cleaned = {f: data.get(f) for f in FIELDS}
    for key in ("name", "licence_number", "regulator", "due_diligence_by", "notes"):
        cleaned[key] = str(cleaned[key] or "").strip()
    cleaned["jurisdiction"] = str(cleaned["jurisdiction"] or "").strip().upper()
    cleaned["name_key"] = provider_key(cleaned["name"])
    cleaned["search_text"] = "\n".join(
        fold(v) for v in (cleaned["name"], cleaned["licence_number"], cleaned["regulator"]) if v
    )
    return cleaned


def _noun() -> str:
    return tr("counterparty provider")


def find(session: Session, name: str) -> CounterpartyProvider | None:
    """The active provider with this name (casefolded), if any."""
    return session.execute(
        select(CounterpartyProvider).where(
            CounterpartyProvider.name_key == provider_key(name),
            CounterpartyProvider.retired_at.is_(None),
        )
    ).scalar_one_or_none()


def get(session: Session, provider_id: int) -> CounterpartyProvider:
    return records.fetch(session, CounterpartyProvider, provider_id, _noun())


def save(
    session: Session, data: Mapping[str, Any], today: dt.date, provider_id: int | None = None
) -> CounterpartyProvider:
    """A new provider (``provider_id`` None) or an edit of one (fields not in ``data`` are
    kept); ``ValidationFailed`` names the fields that are wrong and nothing is written."""
    provider = None
    if provider_id is not None:
        provider = records.editable(session, CounterpartyProvider, provider_id, _noun())
        data = {f: getattr(provider, f) for f in FIELDS} | dict(data)
    errors = validate(data, today, session, editing=provider_id)
    if errors:
        raise ValidationFailed(errors)
    if provider is None:
        provider = CounterpartyProvider()
        session.add(provider)
    for key, value in _clean(data).items():
        setattr(provider, key, value)
    session.flush()
    return provider


def retire(session: Session, provider_id: int, reason: str) -> CounterpartyProvider:
    return records.retire(session, CounterpartyProvider, provider_id, reason, _noun())


def register_index(session: Session) -> dict[str, tuple[str, dt.date | None, str]]:
    """Active providers: casefolded name -> (name, due diligence date, jurisdiction)."""
    rows = session.execute(
        select(
            CounterpartyProvider.name_key,
            CounterpartyProvider.name,
            CounterpartyProvider.due_diligence_on,
            CounterpartyProvider.jurisdiction,
        ).where(CounterpartyProvider.retired_at.is_(None))
    )
    return {key: (name, done, country) for key, name, done, country in rows}


def unregistered_names(session: Session) -> list[tuple[str, int]]:
    """Providers named in transactions but not in the register, with their transfer count."""
    known = set(register_index(session))
    t = CustomerTransaction.__table__.c
    rows = session.execute(
        select(t.provider_key, func.min(t.counterparty_provider), func.count())
        .where(t.retired_at.is_(None), t.provider_key != "")
        .group_by(t.provider_key)
    )
    return sorted((name, count) for key, name, count in rows if key not in known)


class ProviderListing(RecordListing):
    """The counterparty providers: name, jurisdiction, licence, due diligence, transfers."""

    model = CounterpartyProvider
    columns = (
        Column("name", "Provider"),
        Column("jurisdiction", "Jurisdiction"),
        Column("licence_number", "Licence"),
        Column("regulator", "Regulator"),
        Column("due_diligence_on", "Due diligence", "right"),
        Column("due_diligence_by", "Done by"),
        Column("transfers", "Transfers", "right", sortable=False),
    )
    default_sort = ("name", False)

    def filters(self, session: Session) -> list[Filter]:
        return [
            Filter(
                "diligence",
                "Due diligence",
                (("", "Any"), ("done", "Done"), ("missing", "Not done")),
            )
        ]

    def where(self, query: ListQuery) -> list[Any]:
        done = self.table.due_diligence_on
        wanted = query.filters.get("diligence")
        if wanted == "done":
            return [done.is_not(None)]
        return [done.is_(None)] if wanted == "missing" else []

    def search(self, text: str) -> Any:
        return self.table.search_text.like(like_pattern(fold(text)), escape="\\")

    def sort_columns(self) -> dict[str, Any]:
        t = self.table
        # A provider never vetted sorts before the earliest day, as this list has always
        # shown them (RecordListing would put it last either way).
        never = func.coalesce(t.due_diligence_on, dt.date.min)
        return super().sort_columns() | {"name": t.name_key, "due_diligence_on": never}

    def rows(self, session: Session, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        providers = list(
            session.execute(
                select(CounterpartyProvider).where(CounterpartyProvider.id.in_(list(ids)))
            ).scalars()
        )
        t = CustomerTransaction.__table__.c
        counts = dict(
            session.execute(
                select(t.provider_key, func.count())
                .where(t.provider_key.in_([p.name_key for p in providers]), t.retired_at.is_(None))
                .group_by(t.provider_key)
            ).all()
        )
        return {p.id: self.row(p, counts.get(p.name_key, 0)) for p in providers}

    def row(self, p: CounterpartyProvider, transfers: int = 0) -> tuple[Any, ...]:
        return (
            p.name if not p.retired else tr("{name} (retired)").format(name=p.name),
            f"{p.jurisdiction} {tr(country_name(p.jurisdiction))}" if p.jurisdiction else "",
            p.licence_number,
            p.regulator,
            p.due_diligence_on,
            p.due_diligence_by,
            transfers,
        )

    def tone(self, values: tuple[Any, ...]) -> str | None:
        return MEDIUM if values[4] is None else None  # not vetted yet
