"""How tests/data/golden_0001.sqlite was made: a database at the first schema (0001).

It holds licences written the way Kuzet 0.1 wrote them (rows plus hash-chained trail
entries). The file is committed; this script documents it and can rebuild it:

    python tests/data/make_golden_0001.py tests/data/golden_0001.sqlite
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from sqlalchemy import MetaData, Table, insert

from kuzet.store import audit
from kuzet.store.db import make_engine
from kuzet.store.schema import upgrade

LICENCES = [
    ("mining_1", "KZ23VDM00000001", "MDDIAI", dt.date(2023, 6, 1), dt.date(2026, 6, 1), "active"),
    ("afsa", "AFSA-F-LA-2023-0001", "AFSA", dt.date(2023, 2, 1), None, "active"),
    ("other", "Рұқсат-2022-17", "Әкімдік", dt.date(2022, 1, 10), dt.date(2025, 1, 10), "revoked"),
]


def build(path: Path) -> None:
    path.unlink(missing_ok=True)
    upgrade(path, "0001")
    engine = make_engine(path)
    licence = Table("licence", MetaData(), autoload_with=engine)
    stamp = dt.datetime(2024, 3, 1, 9, 30, tzinfo=dt.UTC)
    with engine.begin() as conn:
        for kind, number, issuer, issued, expires, status in LICENCES:
            result = conn.execute(
                insert(licence).values(
                    licence_type=kind,
                    number=number,
                    issuer=issuer,
                    issued_on=issued,
                    expires_on=expires,
                    conditions="",
                    status=status,
                    notes="",
                    created_at=stamp,
                    updated_at=stamp,
                )
            )
            audit.audit_rows(conn, licence, [result.inserted_primary_key[0]])
    engine.dispose()


if __name__ == "__main__":
    build(Path(sys.argv[1]))
