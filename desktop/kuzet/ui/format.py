"""How values look on screen: dates as dd.mm.yyyy, amounts grouped, empties as a dash,
money in tenge as the UI's language writes it (``money``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from .. import i18n
from ..i18n import tr

EMPTY = "—"


def money(
    value: Decimal | int | None,
    currency: str = "KZT",
    language: str | None = None,
    places: int = 2,
) -> str:
    """An amount of money as the UI's language writes it: ``1 234 567,89 ₸`` in Russian
    and Kazakh, ``KZT 1,234,567.89`` in English (``i18n.money``); a dash for None.
    Integers are whole units, not minor units."""
    if value is None:
        return EMPTY
    if language is None:
        from .i18n_qt import current_language

        language = current_language()
    return i18n.money(value, currency, language, places)


def display(value: Any) -> str:
    if value is None or value == "":
        return EMPTY
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
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
