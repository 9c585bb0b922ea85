"""Translatable text, for the UI and for the messages the core shows to the officer.

Write every user-visible string as ``tr("English text")``; for text with values, translate
the template and format after: ``tr("Licence #{id} already exists.").format(id=7)``.
The core stays Qt-free: it calls this module's ``tr``, which is the identity until the UI
installs Qt's translator (``install``); ``packaging/translations.py`` extracts the
``tr("...")`` literals into the Qt ``.ts`` files.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

_translate: Callable[[str], str] = lambda text: text  # noqa: E731
_language = "en"

THIN_NBSP = "\u202f"  # narrow no-break space: the thousands separator in ru and kk
# How each language writes an amount of money: thousands separator, decimal mark, and
# where the currency goes. Russian and Kazakh: "1 234 567,89 ₸"; English: "KZT 1,234,567.89".
MONEY_STYLE = {
    "en": (",", ".", "{code} {amount}"),
    "ru": (THIN_NBSP, ",", "{amount}\u00a0{symbol}"),
    "kk": (THIN_NBSP, ",", "{amount}\u00a0{symbol}"),
}
CURRENCY_SYMBOLS = {"KZT": "₸", "USD": "$", "EUR": "€", "RUB": "₽"}


def tr(text: str) -> str:
    return _translate(text)


def install(translate: Callable[[str], str], language: str = "en") -> None:
    """Route ``tr`` through ``translate`` (the UI passes Qt's translator) and write
    numbers as ``language`` does."""
    global _translate, _language
    _translate = translate
    _language = language


def language() -> str:
    """The language messages are written in (``en`` until the UI installs another)."""
    return _language


def grouped(value: Decimal | int, places: int | None = None, language: str | None = None) -> str:
    """A number with its thousands grouped as ``language`` writes them (``1 234,5`` in
    Russian and Kazakh, ``1,234.5`` in English); ``places`` fixes the decimals."""
    group, point, _pattern = MONEY_STYLE.get(language or _language, MONEY_STYLE["en"])
    number = Decimal(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
    whole, _, fraction = format(abs(number), "f").partition(".")
    text = f"{int(whole):,}".replace(",", group) + (point + fraction if fraction else "")
    return ("-" if number < 0 else "") + text


def money(
    value: Decimal | int, currency: str = "KZT", language: str | None = None, places: int = 2
) -> str:
    """An amount of money as ``language`` writes it: ``1 234 567,89 ₸`` in Russian and
    Kazakh, ``KZT 1,234,567.89`` in English. Integers are whole units, not minor units."""
    chosen = language or _language
    _group, _point, pattern = MONEY_STYLE.get(chosen, MONEY_STYLE["en"])
    amount = grouped(value, places, chosen)
    symbol = CURRENCY_SYMBOLS.get(currency, currency)
    return pattern.format(code=currency, symbol=symbol, amount=amount)
