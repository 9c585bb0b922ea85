"""What hangs off a customer file (beneficial owners, PEP records, documents): fetched,
listed, edited and retired the same way. The messages are passed in whole, in the
officer's words, so each register keeps its own ("Say why the document is no longer
relied on.")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlmodel import Session

from ...store.audit import utc_now
from ...store.models import RegisterRecord
from .. import records
from ..errors import NotFound, ValidationFailed

Part = TypeVar("Part", bound=RegisterRecord)


def fetch(session: Session, model: type[Part], part_id: int, missing: str) -> Part:
    """The record, or ``NotFound`` with ``missing`` (a message with ``{id}``)."""
    record = session.get(model, part_id)
    if record is None:
        raise NotFound(missing.format(id=part_id))
    return record


def of_customer(
    session: Session, model: type[Part], customer_id: int, include_retired: bool = False
) -> list[Part]:
    """The customer's records of ``model``, oldest first."""
    query = select(model).where(model.customer_id == customer_id)  # type: ignore[attr-defined]
    if not include_retired:
        query = query.where(model.retired_at.is_(None))  # type: ignore[union-attr]
    return list(session.execute(query.order_by(model.id)).scalars())


def edit(
    session: Session,
    record: Part,
    fields: Sequence[str],
    data: Mapping[str, Any],
    retired: str,
    check: Callable[[dict[str, Any]], dict[str, str]],
    clean: Callable[[dict[str, Any]], dict[str, Any]],
) -> Part:
    """Change ``record``'s ``fields`` to ``data`` on top of what it holds: ``check`` names
    the wrong fields (nothing changes then), ``clean`` gives the stored form; ``retired``
    is the message when the record is retired and cannot be edited."""
    if record.retired:
        raise ValidationFailed({"": retired})
    values = {name: getattr(record, name) for name in fields}
    values |= {k: v for k, v in data.items() if k in fields}
    errors = check(values)
    if errors:
        raise ValidationFailed(errors)
    records.assign(record, clean(values))
    session.flush()
    return record


def retire(
    session: Session,
    record: Part,
    reason: str,
    why: str,
    already: str,
    now: dt.datetime | None = None,
) -> Part:
    """Mark ``record`` retired with the officer's reason (``why`` asks for one, ``already``
    says it is retired already); kept, never deleted."""
    if not reason.strip():
        raise ValidationFailed({"reason": why})
    if record.retired:
        raise ValidationFailed({"": already})
    record.retired_at = now or utc_now()
    record.retired_reason = reason.strip()
    session.flush()
    return record
