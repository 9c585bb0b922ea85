"""The monitoring test helpers (support/monitoring_data.py) make rows the import accepts."""

from __future__ import annotations

from pathlib import Path

from kuzet.store.session import Store
from support.monitoring_data import (
    RESIDENT_IIN,
    TODAY,
    import_rows,
    make_customers,
    row,
)


def test_the_helper_rows_are_accepted_as_they_are(store: Store, tmp_path: Path) -> None:
    ids = make_customers(store)
    count = import_rows(
        store,
        tmp_path / "t.csv",
        [
            row(TODAY, RESIDENT_IIN, "in", "520000", "1000"),
            row(TODAY, f"#{ids['company']}", "out", "1", "0.002"),
        ],
    )
    assert count == 2
