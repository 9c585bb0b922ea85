"""Helpers shared by the customer tests (valid IINs and BINs, small customer files), and
checks that what they make is what the tests assume."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kuzet.regime.ids import make_bin, make_iin
from kuzet.registers.customers import onboarding
from kuzet.store.session import Store

TODAY = dt.date(2026, 11, 25)


def iin(birth: dt.date, sex: str = "male", serial: int = 1) -> str:
    for n in range(serial, serial + 50):
        number = make_iin(birth, sex, n)
        if number:
            return number
    raise AssertionError("no IIN")


def bin_number(year: int = 2019, month: int = 5, serial: int = 1) -> str:
    for n in range(serial, serial + 50):
        number = make_bin(year, month, "4", "0", n)
        if number:
            return number
    raise AssertionError("no BIN")


def individual(**extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": "individual",
        "name": "Қасымов Нұрлан Әбілұлы",
        "name_latin": "KASSYMOV NURLAN",
        "iin_bin": iin(dt.date(1985, 3, 14)),
        "citizenship": "KZ",
        "residence": "KZ",
        "id_type": "id_card",
        "id_number": "045123456",
        "id_expires_on": dt.date(2030, 1, 1),
        "address": "Астана, ул. Кенесары 40",
        "purpose": "Exchange of mined bitcoin for tenge",
        "product": "exchange",
        "channel": "in_person",
        "funds_source": "salary",
    }
    data.update(extra)
    return data


def entity(**extra: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": "entity",
        "name": "ТОО «Алтын Блок»",
        "name_latin": "ALTYN BLOCK LLP",
        "iin_bin": bin_number(),
        "residence": "KZ",
        "registration_number": "123-1900-01-ТОО",
        "address": "Алматы, пр. Абая 10",
        "purpose": "OTC purchases of USDT",
        "product": "trading",
        "channel": "in_person",
        "funds_source": "business",
        "directors": "Смирнов Иван Петрович",
    }
    data.update(extra)
    return data


def create(store: Store, data: dict[str, Any], today: dt.date = TODAY) -> int:
    with store.transaction() as session:
        return onboarding.create_customer(session, data, store.rules(session), today).id
