"""A customer on the real UN list and one who is not, saved through the window's desk
after the UN list is imported: the open-hit and freeze banner tests start from them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kuzet.paths import resources_dir
from kuzet.regime.ids import make_iin
from kuzet.registers.screening import watchlists

UN_FILE = "un_consolidated_2026-02-27.xml"


def listed_and_clean(window: Any, store: Any) -> tuple[Any, Any]:
    """(Умаров Доку, listed by the UN as QDi.290; Сейтқали Айгерім, on no list)."""
    with store.transaction() as session:
        watchlists.import_list(session, "un-xml", [resources_dir() / "watchlists" / UN_FILE])
    customers = window.desk.customers
    listed = customers.save_customer(
        {
            "kind": "individual",
            "name": "Умаров Доку",
            "birth_date": dt.date(1964, 4, 13),
            "sex": "male",
            "citizenship": "RU",
            "residence": "RU",
            "id_type": "passport",
            "id_number": "7512345678",
        }
    )
    clean = customers.save_customer(
        {
            "kind": "individual",
            "name": "Сейтқали Айгерім",
            "birth_date": dt.date(1990, 3, 2),
            "sex": "female",
            "citizenship": "KZ",
            "residence": "KZ",
            "iin_bin": make_iin(dt.date(1990, 3, 2), "female", 17),
        }
    )
    return listed, clean
