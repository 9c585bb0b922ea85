"""What the AML programme's registers share: fetching, retiring, search text, ordering.

Each register of the programme (firm, MLRO, staff, training, audits, risk assessment)
keeps its own validation; these helpers keep the common steps in one place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import func
from sqlmodel import Session

from ..i18n import tr
from ..store.audit import utc_now
from ..store.models import RegisterRecord
from .errors import NotFound, ValidationFailed
from .listing import like_pattern

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
            {"": tr("{noun} #{id} is already retired.").format(noun=noun, id=record_id)}
        )
    record.retired_at = utc_now()
    record.retired_reason = reason.strip()
    session.flush()
    return record


def assign(record: RegisterRecord, values: Mapping[str, Any]) -> None:
    """Set changed values only, so an unchanged save writes no audit entry."""
    for key, value in values.items():
        if getattr(record, key) != value:
            setattr(record, key, value)


def text(value: Any) -> str:
    return str(value or "").strip()


def fold(*parts: Any) -> str:
    """Casefolded search text (SQLite's lower() folds ASCII only, not Cyrillic)."""
    return " ".join(str(p) for p in parts if p).casefold()


def matches(column: Any, needle: str) -> Any:
    """``column`` (casefolded search text) contains ``needle``, case-insensitively."""
    return column.like(like_pattern(needle.strip().casefold()), escape="\\")


def order(column: Any, descending: bool) -> tuple[Any, Any]:
    """Nulls last, then the column in the asked direction."""
    return column.is_(None), column.desc() if descending else column.asc()


def folded(column: Any) -> Any:
    """A text column for sorting (ASCII case-insensitive; Cyrillic sorts by code point)."""
    return func.lower(column)


def not_future(day: dt.date | None, today: dt.date, field: str, errors: dict[str, str]) -> None:
    if day is not None and day > today:
        errors[field] = tr("The date cannot be in the future.")
