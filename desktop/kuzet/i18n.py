"""Translatable text, for the UI and for the messages the core shows to the officer.

Write every user-visible string as ``tr("English text")``; for text with values, translate
the template and format after: ``tr("Licence #{id} already exists.").format(id=7)``.
Numbers, money and dates are written in one style per language by ``format_number``,
``format_money``, ``format_date`` and ``format_datetime``; plural forms are picked by
``plural``. The core stays Qt-free: it calls this module's ``tr``, which is the identity
until the UI installs Qt's translator (``install``); ``packaging/translations.py`` extracts the
``tr("...")`` literals into the Qt ``.ts`` files.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: this module is on the start-up path
    import datetime as dt
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
    """``text`` in the UI's language. A text may start with a sense in brackets,
    ``"[person] Name"``, where one English word has two translations (a person's name:
    «Аты-жөні»; a thing's: «Атауы»); the sense is dropped when no translation is found
    (in English)."""
    translated = _translate(text)
    if translated == text and text[:1] == "[":
        sense, mark, rest = text[1:].partition("] ")
        if mark and sense.isalpha() and sense.islower():
            return rest
    return translated


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
    from decimal import Decimal

    group, point, _pattern = MONEY_STYLE.get(language or _language, MONEY_STYLE["en"])
    number = Decimal(value)
    if places is not None:
        number = number.quantize(Decimal(1).scaleb(-places))
    whole, _, fraction = format(abs(number), "f").partition(".")
    text = f"{int(whole):,}".replace(",", group) + (point + fraction if fraction else "")
    return ("-" if number < 0 else "") + text


def format_number(
    value: Decimal | int | float, places: int | None = None, language: str | None = None
) -> str:
    """A number as ``language`` writes it: ``1,234,567.89`` in English, ``1 234 567,89``
    (narrow no-break space, decimal comma) in Russian and Kazakh; ``places`` fixes the
    decimals (a float is taken at its shortest exact text)."""
    if isinstance(value, float):
        from decimal import Decimal

        value = Decimal(repr(value))
    return grouped(value, places, language)


def format_money(
    value: Decimal | int, currency: str = "KZT", language: str | None = None, places: int = 2
) -> str:
    """``money``: ``KZT 1,234,567.89`` in English, ``1 234 567,89 ₸`` in Russian and Kazakh."""
    return money(value, currency, language, places)


def format_date(value: dt.date | None, language: str | None = None) -> str:
    """A day as every language writes it in Kazakhstan: ``07.12.2026`` (dd.mm.yyyy, the
    style of the law's forms and of the audit pack); "" for None."""
    return "" if value is None else f"{value:%d.%m.%Y}"


def format_datetime(value: dt.datetime | None, language: str | None = None) -> str:
    """A moment as ``07.12.2026 14:05`` (24-hour clock, local time as given); "" for None."""
    return "" if value is None else f"{value:%d.%m.%Y %H:%M}"


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


def plural_index(count: int, language: str | None = None) -> int:
    """Which plural form ``count`` takes in ``language``: English and Kazakh have two
    (one, other), Russian three (one: 1, 21; few: 2–4, 22–24; many: 0, 5–20, 25…)."""
    chosen = language or _language
    n = abs(int(count))
    if chosen == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 1


def plural(count: int, forms: str, language: str | None = None) -> str:
    """The form of ``forms`` that ``count`` takes: ``forms`` is a translated text whose
    plural forms are separated by ``|`` ("{count} hit|{count} hits" in English, three
    forms in Russian), so ``plural(n, tr("{count} hit|{count} hits")).format(count=n)``.
    A text with fewer forms than the language has uses its last one."""
    choices = forms.split("|")
    return choices[min(plural_index(count, language), len(choices) - 1)]
