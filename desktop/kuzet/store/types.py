"""Column types that keep values exact in SQLite (money never goes through float)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy.types import String, TypeDecorator


class DecimalText(TypeDecorator):
    """A ``Decimal`` stored as its canonical text, so SQLite never rounds it through REAL.

    Comparisons in SQL are textual; sum or sort money in Python (or store integer minor
    units where SQL arithmetic is needed).
    """

    impl = String
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            value = Decimal(str(value))
        return format(value, "f")

    def process_result_value(self, value: Any, dialect: Any) -> Decimal | None:
        if value is None:
            return None
        return Decimal(value)
