"""How values look on screen: dates as dd.mm.yyyy, amounts grouped, empties as a dash,
money in tenge as the UI's language writes it (``money``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ..i18n import tr

EMPTY = "—"
THIN_NBSP = "\u202f"  # narrow no-break space: the thousands separator in ru and kk

# How each UI language writes an amount of money: thousands separator, decimal mark, and
# where the currency goes. Russian and Kazakh: "1 234 567,89 ₸"; English: "KZT 1,234,567.89".
MONEY_STYLE = {
    "en": (",", ".", "{code} {amount}"),
    "ru": (THIN_NBSP, ",", "{amount}\u00a0{symbol}"),
    "kk": (THIN_NBSP, ",", "{amount}\u00a0{symbol}"),
}
CURRENCY_SYMBOLS = {"KZT": "₸", "USD": "$", "EUR": "€", "RUB": "₽"}


def money(
    value: Decimal | int | None,
    currency: str = "KZT",
    language: str | None = None,
    places: int = 2,
) -> str:
    """An amount of money as the UI's language writes it: ``1 234 567,89 ₸`` in Russian
    and Kazakh, ``KZT 1,234,567.89`` in English. Integers are whole units, not minor units.
    """
    if value is None:
        return EMPTY
    if language is None:
        from .i18n_qt import current_language

        language = current_language()
    group, point, pattern = MONEY_STYLE.get(language, MONEY_STYLE["en"])
    quantized = Decimal(value).quantize(Decimal(1).scaleb(-places))
    whole, _, fraction = format(abs(quantized), "f").partition(".")
    grouped = f"{int(whole):,}".replace(",", group)
    text = grouped + (point + fraction if fraction else "")
    text = ("-" if quantized < 0 else "") + text
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    return pattern.format(code=currency, symbol=symbol, amount=text)


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
