"""The auditor's sample: reproducible for a seed, different for another, stratified by
risk tier, and printed with its seed and drawn ids."""

from __future__ import annotations

from pathlib import Path

from kuzet.reports.pack import make_pack
from kuzet.reports.sample import allocate, draw_sample
from kuzet.store.session import Store
from support.demo_db import TODAY
from support.pack_demo_db import PERIOD, flat, page_texts


def _draw(path: Path, size: int, seed: int):
    store, _ = Store.open(path)
    try:
        with store.reading() as session:
            return draw_sample(session, size, seed)
    finally:
        store.close()


def test_same_seed_same_sample_another_seed_another(demo_db: Path, tmp_path: Path) -> None:
    first = _draw(demo_db, 6, 2026)
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(demo_db.read_bytes())
    assert _draw(copy, 6, 2026).ids == first.ids  # a copied database, the same seed
    assert _draw(demo_db, 6, 7).ids != first.ids
    assert len(set(first.ids)) == 6


def test_every_tier_is_represented_when_n_allows(demo_db: Path) -> None:
    drawn = _draw(demo_db, 4, 11)
    tiers = [t for t, n in drawn.population.items() if n]
    assert len(tiers) >= 2
    assert all(drawn.allocation[t] >= 1 for t in tiers)
    assert sum(drawn.allocation.values()) == 4


def test_allocation_is_proportional_with_a_floor_of_one() -> None:
    assert allocate({"high": 2, "medium": 20, "low": 78}, 10) == {"high": 1, "medium": 2, "low": 7}
    assert allocate({"high": 1, "low": 3}, 10) == {"high": 1, "low": 3}  # all of them
    assert sum(allocate({"high": 5, "medium": 5, "low": 5}, 2).values()) == 2


def test_the_pack_prints_the_seed_and_the_drawn_ids(demo_db: Path, tmp_path: Path) -> None:
    store, _ = Store.open(demo_db)
    try:
        outcome = make_pack(
            store,
            tmp_path / "s.pdf",
            *PERIOD,
            sections=["firm"],
            today=TODAY,
            sample_size=3,
            sample_seed=99,
            generated_by="test",
        )
        with store.reading() as session:
            drawn = draw_sample(session, 3, 99)
    finally:
        store.close()
    assert [s.key for s in outcome.result.sections] == ["firm", "sample"]
    text = flat("\n".join(page_texts(outcome.pdf_path)))
    assert "Seed 99" in text
    assert ", ".join(f"#{i}" for i in drawn.ids) in text
    for customer_id in drawn.ids:
        assert f"Customer file #{customer_id}" in text
