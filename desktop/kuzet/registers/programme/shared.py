"""What the AML programme's registers share: search text, ordering, dates, the one way a
record is created or edited; and, from ``records``, fetching, editing and retiring (every
register's, re-exported here for the programme's modules).

Each register of the programme (firm, MLRO, staff, training, audits, risk assessment)
keeps its own validation; these helpers keep the common steps in one place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, func, select
from sqlmodel import Session

from ...i18n import tr
from ...regime.rulepack import RuleBook
from ..errors import ValidationFailed
from ..listing import like_pattern
from ..records import assign, editable, fetch, retire

__all__ = ["assign", "editable", "fetch", "retire"]  # and the helpers below


def text(value: Any) -> str:
    return str(value or "").strip()


def fold(*parts: Any) -> str:
    """Casefolded search text (SQLite's lower() folds ASCII only, not Cyrillic)."""
    return " ".join(str(p) for p in parts if p).casefold()


def matches(column: Any, needle: str) -> Any:
    """``column`` (casefolded search text) contains ``needle``, case-insensitively."""
    return column.like(like_pattern(needle.strip().casefold()), escape="\\")


def folded(column: Any) -> Any:
    """A text column for sorting (ASCII case-insensitive; Cyrillic sorts by code point)."""
    return func.lower(column)


def not_future(day: dt.date | None, today: dt.date, field: str, errors: dict[str, str]) -> None:
    if day is not None and day > today:
        errors[field] = tr("The date cannot be in the future.")


def span(
    data: Mapping[str, Any],
    start: str,
    end: str,
    errors: dict[str, str],
    missing: str,
    backwards: str,
) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of a period (an appointment, a job) from the fields ``start``
    and ``end``: the start must be given (else ``missing``) and an end given cannot come
    before it (else ``backwards``); an open period has no end."""
    first, last = data.get(start), data.get(end)
    if first is None:
        errors[start] = missing
    if first is not None and last is not None and last < first:
        errors[end] = backwards
    return first, last


# --- writing a record ---------------------------------------------------------------------


def cleaned(
    data: Mapping[str, Any],
    fields: Sequence[str],
    texts: Iterable[str] = (),
    search: Sequence[str] = (),
) -> dict[str, Any]:
    """The ``fields`` of ``data``, the ``texts`` among them stripped, and the casefolded
    ``search_text`` of the ``search`` fields (when there are any)."""
    values = {f: data.get(f) for f in fields}
    for key in texts:
        values[key] = text(values[key])
    if search:
        values["search_text"] = fold(*(values[key] for key in search))
    return values


@dataclass(frozen=True)
class Register:
    """One table of the programme and how its records are written: the ``fields`` an edit
    starts from (or ``current(record)`` where a stored value is not the edited one), how
    values are stored (``clean``, unless a save brings its own), and the record's name in
    the officer's words (``noun()``, translated when it is asked for).

    A register whose records are checked against the rules in force (``check(values,
    rules, today, session, record_id)``, and ``clean_by_rules(values, rules, today)`` where
    storing needs them too) is created and edited through ``create`` and ``update``, which
    its module exports as its own (the MLRO appointments, the staff, the courses)."""

    model: Any
    fields: Sequence[str]
    clean: Callable[[dict[str, Any]], dict[str, Any]] | None
    noun: Callable[[], str]
    current: Callable[[Any], dict[str, Any]] | None = None
    check: Callable[..., dict[str, str]] | None = None
    clean_by_rules: Callable[[dict[str, Any], RuleBook, dt.date], dict[str, Any]] | None = None

    def get(self, session: Session, record_id: int) -> Any:
        return fetch(session, self.model, record_id, self.noun())

    def retire(self, session: Session, record_id: int, reason: str) -> Any:
        return retire(session, self.model, record_id, reason, self.noun())

    def create(
        self, session: Session, data: Mapping[str, Any], rules: RuleBook, today: dt.date
    ) -> Any:
        """A new record: ``update`` with no ``record_id``."""
        return self.update(session, None, data, rules, today)

    def update(
        self,
        session: Session,
        record_id: int | None,
        data: Mapping[str, Any],
        rules: RuleBook,
        today: dt.date,
    ) -> Any:
        """Edit a record (``record_id`` None: add one), checked with the rules in force."""
        check, by_rules = self.check, self.clean_by_rules
        assert check is not None, "a register edited with the rules has a ``check``"
        return self.save(
            session,
            record_id,
            data,
            lambda merged: check(merged, rules, today, session, record_id),
            None if by_rules is None else (lambda merged: by_rules(merged, rules, today)),
        )

    def save(
        self,
        session: Session,
        record_id: int | None,
        data: Mapping[str, Any],
        check: Callable[[dict[str, Any]], dict[str, str]],
        clean: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    ) -> Any:
        """Create a record (``record_id`` None) or edit one: ``data`` over its current
        values, checked by ``check`` (field -> message: nothing is written while it finds
        any), then stored as ``clean`` gives them."""
        record = None
        merged = dict(data)
        if record_id is not None:
            record = editable(session, self.model, record_id, self.noun())
            before = self.current or (lambda r: {f: getattr(r, f) for f in self.fields})
            merged = before(record) | merged
        errors = check(merged)
        if errors:
            raise ValidationFailed(errors)
        stored_as = clean or self.clean
        assert stored_as is not None, "a register with no ``clean`` of its own is given one"
        values = stored_as(merged)
        if record is None:
            record = self.model(**values)
            session.add(record)
        else:
            assign(record, values)
        session.flush()
        return record


def clash(session: Session, column: Any, value: Any, editing: int | None) -> int | None:
    """Another record in force (not ``editing``) whose ``column`` holds ``value``, by id."""
    model = column.class_
    query = select(model.id).where(model.retired_at.is_(None), column == value)
    if editing is not None:
        query = query.where(model.id != editing)
    return session.execute(query).scalars().first()


# --- lists --------------------------------------------------------------------------------


def tally(session: Session, key: Any, ids: Iterable[int], *flags: Any) -> dict[int, tuple]:
    """For each of ``ids``: how many records in force point at it through ``key``, and how
    many of those meet each of ``flags`` (e.g. a session's attendees, and who completed)."""
    model = key.class_
    query = (
        select(key, func.count(model.id), *(func.sum(case((f, 1), else_=0)) for f in flags))
        .where(model.retired_at.is_(None), key.in_(list(ids)))
        .group_by(key)
    )
    return {row[0]: (row[1], *(int(n or 0) for n in row[2:])) for row in session.execute(query)}


def with_parents(session: Session, model: Any, parent: Any, key: Any, ids: Iterable[int]) -> Any:
    """The records with ``ids``, each with the ``parent`` record its ``key`` points at."""
    query = select(model, parent).join(parent, parent.id == key).where(model.id.in_(list(ids)))
    return session.execute(query).all()
