"""Fetching, editing and retiring a register record: the steps every register shares.

``noun`` is the record's name as the officer reads it, already translated
(``tr("sale")``); the messages are built around it. Records are never deleted: they are
retired with a reason (the audit trail records the change).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
