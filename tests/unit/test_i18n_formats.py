"""One number, money and date style per language, and real plural forms (issue #17)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kuzet import i18n

NNBSP = "\u202f"


def test_numbers_in_each_language() -> None:
    value = Decimal("1234567.89")
    assert i18n.format_number(value, language="en") == "1,234,567.89"
    assert i18n.format_number(value, language="ru") == f"1{NNBSP}234{NNBSP}567,89"
    assert i18n.format_number(value, language="kk") == f"1{NNBSP}234{NNBSP}567,89"
    assert i18n.format_number(-1500, language="ru") == f"-1{NNBSP}500"
    assert i18n.format_number(Decimal("12.5"), 2, "en") == "12.50"
    assert i18n.format_number(99.5, 1, "ru") == "99,5"


def test_money_and_dates() -> None:
    assert i18n.format_money(Decimal("1234567.5"), language="en") == "KZT 1,234,567.50"
    assert i18n.format_money(Decimal("1234567.5"), language="kk") == (
        f"1{NNBSP}234{NNBSP}567,50\u00a0₸"
    )
    assert i18n.format_date(dt.date(2026, 12, 7)) == "07.12.2026"
    assert i18n.format_datetime(dt.datetime(2026, 12, 7, 9, 5)) == "07.12.2026 09:05"
    assert i18n.format_date(None) == ""


def test_plural_forms() -> None:
    english = "{count} hit|{count} hits"
    assert [i18n.plural(n, english, "en").format(count=n) for n in (0, 1, 2)] == [
        "0 hits",
        "1 hit",
        "2 hits",
    ]
    russian = "{count} совпадение|{count} совпадения|{count} совпадений"
    shown = {n: i18n.plural(n, russian, "ru").format(count=n) for n in (1, 2, 5, 11, 21, 22, 112)}
    assert shown == {
        1: "1 совпадение",
        2: "2 совпадения",
        5: "5 совпадений",
        11: "11 совпадений",
        21: "21 совпадение",
        22: "22 совпадения",
        112: "112 совпадений",
    }
    assert i18n.plural(3, "{count} сәйкестік", "kk") == "{count} сәйкестік"  # one form is enough
    assert i18n.plural(5, english, "ru") == "{count} hits"  # untranslated: the last form
