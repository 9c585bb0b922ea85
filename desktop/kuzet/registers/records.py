"""Fetching, editing and retiring a register record: the steps every register shares.

``noun`` is the record's name as the officer reads it, already translated
(``tr("sale")``); the messages are built around it. Records are never deleted: they are
retired with a reason (the audit trail records the change).

``Register`` is the whole path of a register whose records are checked against the day
(the output register, the sales ledger, the venues, the pool accreditations): checked
field by field, created, read, edited and retired through these steps. Each register
module declares its own with its table, its noun, its fields and its ``check``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlmodel import Session

from ..i18n import tr
from ..store.audit import utc_now
from ..store.models import RegisterRecord
from .errors import NotFound, ValidationFailed

Record = TypeVar("Record", bound=RegisterRecord)


def fetch(session: Session, model: type[Record], record_id: int, noun: str) -> Record:
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(tr("{noun} #{id} does not exist").format(noun=noun, id=record_id))
    return record


def editable(session: Session, model: type[Record], record_id: int, noun: str) -> Record:
    record = fetch(session, model, record_id, noun)
    if record.retired:
        raise ValidationFailed({"": tr("A retired {noun} cannot be edited.").format(noun=noun)})
    return record


def retire(session: Session, model: type[Record], record_id: int, reason: str, noun: str) -> Record:
    record = fetch(session, model, record_id, noun)
    if not reason.strip():
        raise ValidationFailed({"reason": tr("Say why the {noun} is retired.").format(noun=noun)})
    if record.retired:
        raise ValidationFailed(
            {"": _sentence(tr("{noun} #{id} is already retired.").format(noun=noun, id=record_id))}
        )
    record.retired_at = utc_now()
    record.retired_reason = reason.strip()
    session.flush()
    return record


def _sentence(text: str) -> str:
    """The noun that starts a message, with a capital letter."""
    return text[:1].upper() + text[1:]


def assign(record: RegisterRecord, values: Mapping[str, Any]) -> None:
    """Set changed values only, so an unchanged save writes no audit entry."""
    for key, value in values.items():
        if getattr(record, key) != value:
            setattr(record, key, value)


# (data, today, session, editing) -> (field-level problems, the values to store)
Check = Callable[..., tuple[dict[str, str], dict[str, Any]]]


@dataclass(frozen=True)
class Register(Generic[Record]):
    """A register's record path. ``noun`` is in English (``tr`` when a message is
    built); ``fields`` are what an edit merges its changes into before the check;
    ``implied`` adds what an edit's changes imply (a value derived again from them)."""

    model: type[Record]
    noun: str
    fields: tuple[str, ...]
    check: Check
    implied: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None

    def create(
        self, session: Session, data: Mapping[str, Any], today: dt.date | None = None
    ) -> Record:
        """A new record; ``today`` is the day dates are checked against (the venue
        register has none to check)."""
        record = self.model(**self.checked(data, today, session, None))
        session.add(record)
        session.flush()
        return record

    def get(self, session: Session, record_id: int) -> Record:
        return fetch(session, self.model, record_id, tr(self.noun))

    def update(
        self,
        session: Session,
        record_id: int,
        data: Mapping[str, Any],
        today: dt.date | None = None,
    ) -> Record:
        """Change the fields in ``data``; the others keep their values."""
        record = editable(session, self.model, record_id, tr(self.noun))
        changes = self.implied(data) if self.implied is not None else data
        merged = {f: getattr(record, f) for f in self.fields} | dict(changes)
        assign(record, self.checked(merged, today, session, record_id))
        session.flush()
        return record

    def retire(self, session: Session, record_id: int, reason: str) -> Record:
        return retire(session, self.model, record_id, reason, tr(self.noun))

    def checked(
        self,
        data: Mapping[str, Any],
        today: dt.date | None,
        session: Session | None,
        editing: int | None,
    ) -> dict[str, Any]:
        """The values to store, or ``ValidationFailed`` naming every wrong field."""
        errors, cleaned = self.check(data, today, session, editing)
        if errors:
            raise ValidationFailed(errors)
        return cleaned

    def refuse_duplicate(
        self,
        session: Session,
        editing: int | None,
        errors: dict[str, str],
        field: str,
        message: str,
        *conditions: Any,
    ) -> None:
        """Put ``message`` (with the other record's ``{id}``) on ``field`` when a record
        other than ``editing`` meets ``conditions`` (the same reference, the same name)."""
        query = select(self.model.id).where(*conditions)
        if editing is not None:
            query = query.where(self.model.id != editing)
        clash = session.execute(query).scalars().first()
        if clash is not None:
            errors[field] = message.format(id=clash)
