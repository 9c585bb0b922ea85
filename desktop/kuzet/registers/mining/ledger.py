"""What the mining registers share as registers: one record path, and the ledgers' list.

``Register`` is the path a record of the output register, the sales ledger or the venue
register takes: checked field by field, created, read, edited and retired through
``registers/records.py`` (so every change is audited and nothing is deleted). Each
register module declares its own with its table, its noun, its fields and its ``check``.

``LedgerListing`` is the list of the two ledgers (output, sales): the coin and quarter
filters and the order they have always had.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Generic

from sqlalchemy import select
from sqlmodel import Session

from ...i18n import tr
from ...regime.mining import period_of
from .. import records
from ..errors import ValidationFailed
from ..listing import Filter, ListQuery, RecordListing
from ..records import Record

# (data, today, session, editing) -> (field-level problems, the values to store)
Check = Callable[..., tuple[dict[str, str], dict[str, Any]]]


@dataclass(frozen=True)
class Register(Generic[Record]):
    """A mining register's record path. ``noun`` is in English (``tr`` when a message is
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
        return records.fetch(session, self.model, record_id, tr(self.noun))

    def update(
        self,
        session: Session,
        record_id: int,
        data: Mapping[str, Any],
        today: dt.date | None = None,
    ) -> Record:
        """Change the fields in ``data``; the others keep their values."""
        record = records.editable(session, self.model, record_id, tr(self.noun))
        changes = self.implied(data) if self.implied is not None else data
        merged = {f: getattr(record, f) for f in self.fields} | dict(changes)
        records.assign(record, self.checked(merged, today, session, record_id))
        session.flush()
        return record

    def retire(self, session: Session, record_id: int, reason: str) -> Record:
        return records.retire(session, self.model, record_id, reason, tr(self.noun))

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


def recent_quarters(today: dt.date, count: int = 8) -> list[tuple[str, str]]:
    """(first day, label) of the quarter holding ``today`` and the ones before it."""
    found = []
    quarter = period_of(today, "quarter")
    for _ in range(count):
        found.append((quarter.start.isoformat(), quarter.label))
        quarter = period_of(quarter.start - dt.timedelta(days=1), "quarter")
    return found


class LedgerListing(RecordListing):
    """The list of a ledger (output or sales), searched in its ``search_text``.

    The ledgers break ties by id in the sort's own direction (newest first shows a day's
    last entry first) and leave empty values where the database sorts them, as they
    always have.
    """

    folded_search = "search_text"
    tie_break = "follow"
    empty_last = False
    date_column: ClassVar[str]  # the day the record is of: the quarter filter's column

    def __init__(self, today: dt.date) -> None:
        self.today = today

    def quarter_filter(self) -> Filter:
        return Filter("quarter", "Quarter", (("", "Any quarter"), *recent_quarters(self.today)))

    def where(self, query: ListQuery) -> list[Any]:
        """The coin (a filter the toolbar does not show: sorting the Coin column does it)
        and the quarter."""
        wanted, t = query.filters, self.table
        conditions = []
        if wanted.get("coin"):
            conditions.append(t.coin == wanted["coin"])
        if wanted.get("quarter"):
            quarter = period_of(dt.date.fromisoformat(wanted["quarter"]), "quarter")
            day = t[self.date_column]
            conditions += [day >= quarter.start, day <= quarter.end]
        return conditions
