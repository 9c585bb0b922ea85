"""Helpers shared by the transaction, monitoring, Travel Rule and FIU report tests: a few
customers, transaction files in the canonical layout, and an import of them."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kuzet.clock import FixedClock
from kuzet.registers.monitoring.desk import MonitoringDesk
from kuzet.registers.monitoring.transactions import IMPORT_FIELDS
from kuzet.store.session import Store
from support.customer_data import bin_number, create, entity, iin, individual

TODAY = dt.date(2026, 11, 25)
WATCHLISTS = Path(__file__).resolve().parents[2] / "resources" / "watchlists"
RESIDENT_IIN = iin(dt.date(1985, 3, 14))
IRANIAN_IIN = iin(dt.date(1979, 6, 1), "female")
ENTITY_BIN = bin_number()


def make_customers(store: Store) -> dict[str, int]:
    """A retail resident, a resident of Iran, and a Kazakh company."""
    return {
        "resident": create(store, individual(iin_bin=RESIDENT_IIN)),
        "iranian": create(
            store,
            individual(
                name="Rahimi Leila",
                name_latin="RAHIMI LEILA",
                iin_bin=IRANIAN_IIN,
                citizenship="KZ",
                residence="IR",
            ),
        ),
        "company": create(store, entity(iin_bin=ENTITY_BIN)),
    }


def row(
    day: dt.date | str, customer: str, direction: str, kzt: str, usd: str, **extra: Any
) -> dict[str, str]:
    """A file row: USDT by default, Travel Rule data complete unless ``extra`` empties it."""
    data = {
        "date": day.isoformat() if isinstance(day, dt.date) else day,
        "customer": customer,
        "direction": direction,
        "asset": "USDT",
        "amount": usd or "1",
        "value_kzt": kzt,
        "value_usd": usd,
        "counterparty_wallet": "TXmVthgn7WpzGTYVZ3G2qD6Q8BjVvMZ3DF",
        "counterparty_provider": "",
        "originator_name": "Қасымов Нұрлан",
        "originator_wallet": "TXmVthgn7WpzGTYVZ3G2qD6Q8BjVvMZ3DF",
        "originator_id": "KZ ID 045123456",
        "beneficiary_name": "ТОО «Сарыарқа»",
        "beneficiary_wallet": "TYASr5UV6HEcXatwdFQfmLVUqQQQMUxHLS",
        "reference": "",
    }
    data.update({k: str(v) for k, v in extra.items()})
    return data


def write_csv(
    path: Path, rows: Sequence[dict[str, str]], header: Sequence[str] = IMPORT_FIELDS
) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(header), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def desk(store: Store, today: dt.date = TODAY) -> MonitoringDesk:
    """The monitoring desk over ``store``, its clock stopped on ``today``."""
    return MonitoringDesk(store, FixedClock(today))


def import_rows(store: Store, path: Path, rows: Sequence[dict[str, str]]) -> int:
    write_csv(path, rows)
    return desk(store).import_transactions(path).count
