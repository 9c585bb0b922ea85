"""Benchmark: 10,000 Kazakhstani customers against the full UN and OFAC lists.

Run on demand: ``.venv/bin/pytest tests/perf/test_screening_perf.py -m perf -s``.
Prints the parse times, the index build time, the screening time and the hit counts.
The budget is 60 s for the screening on a 2-core machine.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from pathlib import Path

import pytest

from kuzet.regime.rulepack import load_pack
from kuzet.screening.index import ScreeningIndex
from kuzet.screening.matcher import Subject, screen_many
from kuzet.screening.ofac_csv import parse_ofac_csv
from kuzet.screening.sample_names import sample_customers
from kuzet.screening.settings import screening_settings
from kuzet.screening.un_xml import parse_un_xml

REPOSITORY = Path(__file__).resolve().parents[2]
_CANDIDATES = [
    REPOSITORY / "resources" / "watchlists",
    REPOSITORY.parent / "shared/data/watchlists",
]
WATCHLISTS = Path(
    os.environ.get("KUZET_WATCHLIST_DATA")
    or next(
        (p for p in _CANDIDATES if (p / "un_consolidated_2026-02-27.xml").is_file()), _CANDIDATES[0]
    )
)
RULES = REPOSITORY / "resources" / "rules"
CUSTOMERS = 10_000
BUDGET_SECONDS = 60.0


@pytest.mark.perf
def test_screen_ten_thousand_customers(tmp_path) -> None:
    un_file = WATCHLISTS / "un_consolidated_2026-02-27.xml"
    ofac_files = {role: WATCHLISTS / f"ofac_{role}_2021-07.csv" for role in ("sdn", "alt", "add")}
    if not un_file.is_file():
        pytest.skip(f"real watchlist files missing under {WATCHLISTS}")
    for name in ("pack.toml", "screening.toml"):  # only our rules: others cannot break this
        shutil.copy(RULES / name, tmp_path)
    settings = screening_settings(load_pack(tmp_path), dt.date.today())

    started = time.perf_counter()
    un = parse_un_xml(un_file)
    un_seconds = time.perf_counter() - started
    started = time.perf_counter()
    ofac = parse_ofac_csv(ofac_files)
    ofac_seconds = time.perf_counter() - started

    index = ScreeningIndex([un, ofac], legal_forms=settings.legal_forms)
    customers = sample_customers(CUSTOMERS, seed=2026)
    subjects = [Subject((c.cyrillic, c.latin), dob=c.dob) for c in customers]

    started = time.perf_counter()
    results = screen_many(index, subjects, **settings.thresholds())
    screen_seconds = time.perf_counter() - started

    hits = sum(len(r) for r in results)
    review = sum(1 for r in results for h in r if h.needs_review)
    customers_in_review = sum(1 for r in results if any(h.needs_review for h in r))
    print(
        f"\nparse: UN {un_seconds:.2f} s ({len(un)} entries), "
        f"OFAC CSV {ofac_seconds:.2f} s ({len(ofac)} entries)"
        f"\nindex: {index.build_seconds:.2f} s, {len(index.names)} names, "
        f"{index.vocabulary_size} keys in the fuzzy vocabulary"
        f"\nscreening: {CUSTOMERS} customers in {screen_seconds:.2f} s "
        f"({1000 * screen_seconds / CUSTOMERS:.2f} ms each)"
        f"\nhits kept (>= {settings.auto_clear_threshold}): {hits}; "
        f"for review (>= {settings.review_threshold}): {review} hits, "
        f"{customers_in_review} customers"
    )
    for result in results:
        for hit in result:
            if hit.needs_review:
                print("  ", " | ".join(hit.explanation()))
    assert screen_seconds <= BUDGET_SECONDS

    started = time.perf_counter()
    undated = screen_many(index, [Subject(s.names) for s in subjects], **settings.thresholds())
    undated_seconds = time.perf_counter() - started
    print(
        f"without birth dates (neighbour cache warm): {undated_seconds:.2f} s, "
        f"{sum(1 for r in undated if any(h.needs_review for h in r))} customers for review"
    )
