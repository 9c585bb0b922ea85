"""What the AML programme's registers share: search text, ordering, dates; and, from
``records``, fetching, editing and retiring (every register's, re-exported here for the
programme's modules).

Each register of the programme (firm, MLRO, staff, training, audits, risk assessment)
keeps its own validation; these helpers keep the common steps in one place.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func

from ...i18n import tr
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


def order(column: Any, descending: bool) -> tuple[Any, Any]:
    """Nulls last, then the column in the asked direction."""
    return column.is_(None), column.desc() if descending else column.asc()


def folded(column: Any) -> Any:
    """A text column for sorting (ASCII case-insensitive; Cyrillic sorts by code point)."""
    return func.lower(column)


def not_future(day: dt.date | None, today: dt.date, field: str, errors: dict[str, str]) -> None:
    if day is not None and day > today:
        errors[field] = tr("The date cannot be in the future.")
