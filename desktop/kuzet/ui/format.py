"""How values look on screen, in the UI's language's one style (``kuzet.i18n``): dates as
dd.mm.yyyy, numbers ``1,234,567.89`` in English and ``1 234 567,89`` in Russian and
Kazakh, money ``KZT 1,234,567.89`` / ``1 234 567,89 ₸``, empties as a dash."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from .. import i18n
from ..i18n import tr

EMPTY = "—"


def _language(language: str | None) -> str:
    if language is not None:
        return language
    from .i18n_qt import current_language

    return current_language()


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
    return i18n.format_money(value, currency, _language(language), places)


def number(
    value: Decimal | int | float | None, places: int | None = None, language: str | None = None
) -> str:
    """A number grouped as the UI's language writes it (``i18n.format_number``)."""
    if value is None:
        return EMPTY
    return i18n.format_number(value, places, _language(language))


def date(value: dt.date | None) -> str:
    """A day as ``07.12.2026``; a dash for None."""
    if value is None:
        return EMPTY
    if isinstance(value, dt.datetime):
        return i18n.format_datetime(value)
    return i18n.format_date(value)


def display(value: Any) -> str:
    if value is None or value == "":
        return EMPTY
    if isinstance(value, dt.datetime):
        return i18n.format_datetime(value)
    if isinstance(value, dt.date):
        return i18n.format_date(value)
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, Decimal | int):
        return number(value)
    return str(value)


def amount(value: Decimal, places: int | None = None) -> str:
    """A decimal grouped as the UI's language writes it (``number``)."""
    return number(value, places)


def sort_key(value: Any) -> Any:
    return (value is None, value)
