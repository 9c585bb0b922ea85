"""How values are written in the pack: numbers, money, dates, and masked personal data.

English uses ``1,234,567.89`` and ISO dates; Russian (and Kazakh) use ``1 234 567,89`` with a
no-break space and ``31.12.2025``. Money is never a float: pass integer minor units or a
``Decimal``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from kuzet.reports.labels import normalize_lang, t

NBSP = "\u00a0"


@functools.cache
def _is_en(lang: str) -> bool:
    return normalize_lang(lang) == "en"


def number_formatter(lang: str = "en") -> Callable[[int | Decimal | float, int | None], str]:
    """A fast ``format(value, decimals)`` for one language (used per table cell)."""
    en = _is_en(lang)

    def fmt(value: int | Decimal | float, decimals: int | None = None) -> str:
        if decimals is None:
            if value.__class__ is int:
                decimals = 0
            elif isinstance(value, Decimal):
                exponent = value.as_tuple().exponent
                decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
            elif isinstance(value, bool):
                raise TypeError("format_number got a bool")
            else:
                decimals = 0 if isinstance(value, int) else 2
        text = f"{value:,.{decimals}f}"
        return text if en else text.replace(",", NBSP).replace(".", ",")

    return fmt


def format_number(
    value: int | Decimal | float, lang: str = "en", decimals: int | None = None
) -> str:
    """Group thousands; ``decimals=None`` keeps a Decimal's own scale (and 2 for a float)."""
    if isinstance(value, bool):
        raise TypeError("format_number got a bool")
    return _number_formatters(lang)(value, decimals)


@functools.cache
def _number_formatters(lang: str) -> Callable[[int | Decimal | float, int | None], str]:
    return number_formatter(lang)


def format_money(minor_units: int, lang: str = "en", currency: str = "", scale: int = 2) -> str:
    """``format_money(123456, "ru", "KZT")`` → ``"1 234,56 KZT"``."""
    amount = Decimal(minor_units).scaleb(-scale)
    text = format_number(amount, lang, decimals=scale)
    return f"{text}{NBSP}{currency}" if currency else text


def format_date(value: date, lang: str = "en") -> str:
    if isinstance(value, datetime):
        value = value.date()
    if _is_en(lang):
        return value.isoformat()
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def date_formatter(lang: str = "en") -> Callable[[date], str]:
    """A fast date formatter for one language (dates only, not datetimes)."""
    if _is_en(lang):
        return date.isoformat
    return lambda value: f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def format_datetime(value: datetime, lang: str = "en", seconds: bool = False) -> str:
    clock = "%H:%M:%S" if seconds else "%H:%M"
    return f"{format_date(value, lang)} {value.strftime(clock)}"


def format_utc_offset(value: datetime) -> str:
    """``UTC+05:00`` for an aware datetime."""
    offset = value.utcoffset()
    if offset is None:
        return ""
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def format_value(value: object, lang: str = "en") -> str:
    """The text of one table cell for any plain value (None → dash, bool → Yes/No)."""
    if value is None or value == "":
        return t("value.none", lang)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return t("value.yes" if value else "value.no", lang)
    if isinstance(value, int | Decimal | float):
        return format_number(value, lang)
    if isinstance(value, datetime):
        return format_datetime(value, lang)
    if isinstance(value, date):
        return format_date(value, lang)
    return str(value)


def is_numeric(value: object) -> bool:
    return isinstance(value, int | Decimal | float) and not isinstance(value, bool)


def mask_identifier(value: str, keep: int = 4) -> str:
    """``"880101300123"`` → ``"••••••••0123"``: enough to match records, not to identify."""
    value = value.strip()
    if len(value) <= keep:
        return "•" * len(value)
    return "•" * (len(value) - keep) + value[-keep:]


def mask_name(name: str) -> str:
    """``"Қасымов Нұрлан Әбілұлы"`` → ``"Қ. Н. Ә."`` (initials only)."""
    return " ".join(f"{part[0]}." for part in name.split() if part)
