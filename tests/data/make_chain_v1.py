"""How tests/data/chain_v1.sqlite was made: a small firm written by Kuzet before the
canonical states of issue #18 (audit states and bulk digests of the driver's raw values).

It holds ORM inserts, an update and a retirement (dates, datetimes, booleans, decimals)
and a bulk import of sales. The file is committed; this script documents it and can
rebuild it only with the code of that time (it was run before ``store/canonical.py``):

    python tests/data/make_chain_v1.py tests/data/chain_v1.sqlite
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

from kuzet.store import audit
from kuzet.store.bulk import BulkWriter, stored_form
from kuzet.store.models import Licence
from kuzet.store.models.customer import Customer
from kuzet.store.models.mining import MiningFeeBasis, Sale, Venue
from kuzet.store.session import Store

COLUMNS = (
    "sale_date",
    "coin",
    "amount",
    "price",
    "currency",
    "kzt_rate",
    "value_kzt",
    "venue_id",
    "counterparty",
    "reference",
    "search_text",
)


def build(path: Path) -> None:
    path.unlink(missing_ok=True)
    store, _ = Store.open(path)
    with audit.acting_as("mlro.v1"):
        with store.transaction() as session:
            session.add(
                Licence(
                    licence_type="mining_1",
                    number="KZ-V1-1",
                    issuer="MDDIAI",
                    issued_on=dt.date(2024, 1, 15),
                )
            )
            session.add(
                Customer(
                    kind="individual",
                    name="Айгерим Старая",
                    iin_bin="900101400001",
                    birth_date=dt.date(1990, 1, 1),
                    iin_conflict=True,
                    decided_at=dt.datetime(2025, 3, 4, 5, 6, 7, 890, tzinfo=dt.UTC),
                )
            )
            session.add(
                MiningFeeBasis(
                    quarter_start=dt.date(2025, 1, 1),
                    own_generation=True,
                    average_price_kzt=Decimal("12.3400"),
                )
            )
            venue = Venue(name="Old venue", name_key="old venue")
            session.add(venue)
        with store.transaction() as session:
            customer = session.get(Customer, 1)
            customer.status = "approved"
            licence = session.get(Licence, 1)
            licence.retired_at = audit.utc_now()
            licence.retired_reason = "replaced"
        with store.transaction() as session:
            table = Sale.__table__
            writer = BulkWriter(session.connection(), table, COLUMNS, "import old.csv")
            form = stored_form(table, COLUMNS)
            rows = [
                form(
                    {
                        "sale_date": dt.date(2025, 2, day),
                        "coin": "BTC",
                        "amount": Decimal("0.12345678"),
                        "price": Decimal("40000.5"),
                        "currency": "USD",
                        "kzt_rate": None,
                        "value_kzt": None,
                        "venue_id": 1,
                        "counterparty": "",
                        "reference": f"R{day}",
                        "search_text": "",
                    }
                )
                for day in range(1, 6)
            ]
            writer.add(rows)
        with store.transaction() as session:
            sale = session.get(Sale, 2)  # a bulk row edited later: its first own entry
            sale.counterparty = "Corrected"
    store.close()


if __name__ == "__main__":
    build(Path(sys.argv[1]))
