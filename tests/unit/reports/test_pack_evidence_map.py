"""The requirement → evidence map: a gap for an obligation with no evidence in the period,
none where there is, and page numbers that point at the section they name."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from pypdf import PdfReader

from kuzet.reports.evidence_map import Window, evidence_map
from kuzet.reports.pack import make_pack
from kuzet.reports.section import Period
from kuzet.store.session import Store
from support.demo_db import TODAY
from support.pack_demo_db import PERIOD


def _rows(path: Path, period: Period) -> dict:
    store, _ = Store.open(path)
    try:
        with store.reading() as session:
            rows = evidence_map(session, store.rules(session), Window.of(period), TODAY)
    finally:
        store.close()
    return {row.obligation.key: row for row in rows}


def test_training_is_a_gap_without_a_session_and_not_with_one(demo_db: Path) -> None:
    period = Period(*PERIOD)
    assert not _rows(demo_db, period)["training"].gap  # the demo held sessions this year
    with sqlite3.connect(demo_db) as db:
        db.execute("DROP TRIGGER IF EXISTS no_delete_training_session")
        db.execute("UPDATE training_session SET held_on = '2001-01-01'")
    rows = _rows(demo_db, period)
    assert rows["training"].gap
    assert rows["training"].severity == "high"
    assert not rows["licence"].gap


def test_the_map_page_numbers_point_at_the_sections(demo_db: Path, tmp_path: Path) -> None:
    store, _ = Store.open(demo_db)
    keys = ["evidence_map", "firm", "licences", "customers", "screening", "training", "audits"]
    from support.demo_db import PASSPHRASE

    try:
        outcome = make_pack(
            store,
            tmp_path / "m.pdf",
            *PERIOD,
            sections=keys,
            today=TODAY,
            generated_by="test",
            vault_passphrase=PASSPHRASE,
        )
    finally:
        store.close()
    reader = PdfReader(str(outcome.pdf_path))
    starts = {s.key: s.start_page for s in outcome.result.sections}
    first = starts["evidence_map"]
    map_text = "\n".join(reader.pages[p - 1].extract_text() for p in range(first, starts["firm"]))
    # the training row prints the training section's start page, and that page has its title
    numbers = {int(n) for n in re.findall(r"^(\d+)$", map_text, flags=re.M)}
    assert starts["training"] in numbers and starts["customers"] in numbers
    assert "AML TRAINING" in reader.pages[starts["training"] - 1].extract_text()
    assert "GAP" in map_text or "OK" in map_text
