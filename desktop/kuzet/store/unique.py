"""Business keys the database holds unique (migration 8200's partial indexes), and the
officer's message when a save runs into one.

The registers check these keys in Python first and name the field; with two officers
saving at once (team mode) both checks can pass, and then the database refuses the second
insert. ``duplicate_of`` turns that refusal into the same field message as the check.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from ..i18n import tr


@dataclass(frozen=True)
class UniqueKey:
    index: str
    table: str
    columns: tuple[str, ...]
    field: str
    message: str  # untranslated; ``{id}`` is the record that has the key


KEYS = (
    UniqueKey(
        "ux_licence_active_number",
        "licence",
        ("licence_type", "number"),
        "number",
        "Licence #{id} already has this type and number.",
    ),
    UniqueKey(
        "ux_customer_active_iin_bin",
        "customer",
        ("iin_bin",),
        "iin_bin",
        "Customer #{id} already has this number.",
    ),
)


class DuplicateKey(Exception):
    """A save refused by a unique business key; ``field`` and ``message`` as the
    register's own check says it. Nothing was written."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


def _key_of(exc: IntegrityError) -> UniqueKey | None:
    orig = exc.orig
    name = getattr(getattr(orig, "diag", None), "constraint_name", None)  # PostgreSQL
    said = str(orig)
    for key in KEYS:
        if name == key.index or key.index in said:
            return key
        columns = ", ".join(f"{key.table}.{c}" for c in key.columns)
        if name is None and said == f"UNIQUE constraint failed: {columns}":  # SQLite
            return key
    return None


def duplicate_of(exc: IntegrityError, engine: Engine) -> DuplicateKey | None:
    """The field message for ``exc`` if a unique business key refused the save."""
    key = _key_of(exc)
    if key is None:
        return None
    params = _named(exc.statement or "", exc.params)
    if not isinstance(params, Mapping) or not all(c in params for c in key.columns):
        return DuplicateKey(key.field, tr(key.message).format(id="?"))
    return DuplicateKey(key.field, tr(key.message).format(id=_holder(engine, key, params)))


_INSERT = re.compile(r'INSERT INTO "?\w+"? \(([^)]*)\) VALUES', re.I)


def _named(statement: str, params: Any) -> Any:
    """The bound values by column name: as given (named styles), or for positional ones
    (SQLite's ``?``) zipped with the INSERT's column list."""
    if isinstance(params, list) and params and isinstance(params[0], Mapping | tuple):
        params = params[0]  # executemany: the first row is as good as any to name
    if isinstance(params, Mapping):
        return params
    found = _INSERT.search(statement)
    if found is None or not isinstance(params, tuple):
        return None
    columns = [c.strip().strip('"') for c in found.group(1).split(",")]
    return dict(zip(columns, params, strict=False)) if len(columns) == len(params) else None


def _holder(engine: Engine, key: UniqueKey, params: Mapping[str, Any]) -> str:
    where = " AND ".join(f'"{c}" = :{c}' for c in key.columns)
    with engine.connect() as conn:
        found = conn.execute(
            text(f'SELECT id FROM "{key.table}" WHERE {where} AND retired_at IS NULL'),
            {c: params[c] for c in key.columns},
        ).scalar()
    return "?" if found is None else str(found)
