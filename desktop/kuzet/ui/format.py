"""How values look on screen: dates as dd.mm.yyyy, amounts grouped, empties as a dash."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

EMPTY = "—"


def display(value: Any) -> str:
    if value is None or value == "":
        return EMPTY
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return amount(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", "\u202f")
    return str(value)


def amount(value: Decimal, places: int | None = None) -> str:
    """A decimal with thin-space thousands groups, as written in Kazakhstan."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places))
    sign = "-" if value < 0 else ""
    text = format(abs(value), "f")
    whole, _, fraction = text.partition(".")
    grouped = f"{int(whole):,}".replace(",", "\u202f")
    return f"{sign}{grouped}{'.' + fraction if fraction else ''}"


def sort_key(value: Any) -> Any:
    return (value is None, value)
