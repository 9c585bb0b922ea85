"""kuzet verify --against MANIFEST.json: the trail's head a pack recorded, checked later.

One pack is made of a copy of the demo firm (only the firm section: the anchor does not
depend on the sections); each test tampers with its own copy of that database, as someone
with the sqlite3 shell (and Kuzet's own hash function) could, and checks it against the
pack's manifest.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from kuzet.cli import run
from kuzet.registers.licensing import licences
from kuzet.reports.manifest import load_manifest
from kuzet.store.anchor import TrailAnchor, check_anchor
from kuzet.store.audit import BULK_INSERT, GENESIS_HASH, entry_hash
from kuzet.store.session import Store
from support.demo_db import copy_demo, demo_template
from support.pack_demo_db import PERIOD


@pytest.fixture(scope="module")
def packed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A demo database and the manifest of a pack made of it (never changed by tests)."""
    folder = tmp_path_factory.mktemp("anchored")
    database = copy_demo(demo_template(tmp_path_factory), folder / "db")
    pdf = folder / "pack.pdf"
    dates = ["--from", PERIOD[0].isoformat(), "--to", PERIOD[1].isoformat()]
    args = ["--db", str(database), "pack", "--out", str(pdf), *dates, "--sections", "firm"]
    assert run(args) == 0
    return database, folder / "pack.manifest.json"


@pytest.fixture
def database(packed: tuple[Path, Path], tmp_path: Path) -> Path:
    return copy_demo(packed[0], tmp_path / "copy")


@pytest.fixture
def manifest(packed: tuple[Path, Path]) -> Path:
    return packed[1]


def against(database: Path, manifest: Path) -> int:
    return run(["--db", str(database), "verify", "--against", str(manifest)])


def head_of(database: Path) -> tuple[int, str]:
    with sqlite3.connect(database) as conn:
        return conn.execute("SELECT id, hash FROM audit_trail ORDER BY id DESC LIMIT 1").fetchone()


def test_the_manifest_records_the_trail_head(packed: tuple[Path, Path]) -> None:
    database, manifest = packed
    entry_id, digest = head_of(database)
    assert load_manifest(manifest)["trail_head"] == {"entry_id": entry_id, "hash": digest}
    assert entry_id > 100  # the demo firm has a real trail


def test_passes_on_the_database_the_pack_was_made_of(
    database: Path, manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert against(database, manifest) == 0
    out = capsys.readouterr().out
    assert "Audit trail intact" in out and "holds the anchored chain" in out


def test_fails_after_the_last_5_entries_and_their_rows_are_deleted(
    database: Path, manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head_id, _ = head_of(database)
    with sqlite3.connect(database) as conn:
        last = conn.execute(
            "SELECT id, register_name, record_id, action, after FROM audit_trail"
            " WHERE id > ? ORDER BY id",
            (head_id - 5,),
        ).fetchall()
        assert len(last) == 5
        for _entry_id, register, record_id, action, after in last:
            if action == BULK_INSERT:
                span = json.loads(after)
                conn.execute(
                    f'DELETE FROM "{register}" WHERE id BETWEEN ? AND ?',
                    (span["first"], span["last"]),
                )
            else:
                conn.execute(f'DELETE FROM "{register}" WHERE id = ?', (record_id,))
        conn.execute("DELETE FROM audit_trail WHERE id > ?", (head_id - 5,))
    assert against(database, manifest) == 1
    out = capsys.readouterr().out
    assert f"trail entry #{head_id}, the anchored head, is missing" in out
    assert f"the trail ends at #{head_id - 5}, so 5 entries were removed from its tail" in out


def recompute_from(conn: sqlite3.Connection, first: int) -> None:
    """Re-hash entries ``first``.. and re-chain them, as Kuzet itself would have."""
    (prev,) = conn.execute(
        "SELECT hash FROM audit_trail WHERE id = ?", (first - 1,)
    ).fetchone() or (GENESIS_HASH,)
    rows = conn.execute(
        "SELECT id, at, actor, register_name, record_id, action, before, after, reason"
        " FROM audit_trail WHERE id >= ? ORDER BY id",
        (first,),
    ).fetchall()
    for row in rows:
        digest = entry_hash(*row, prev)
        conn.execute(
            "UPDATE audit_trail SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row[0])
        )
        prev = digest


def test_fails_after_an_entry_is_rewritten_and_the_chain_recomputed(
    database: Path, manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head_id, old_head = head_of(database)
    target = head_id // 2
    with sqlite3.connect(database) as conn:
        conn.execute(
            "UPDATE audit_trail SET reason = 'nothing to see here', actor = 'someone else'"
            " WHERE id = ?",
            (target,),
        )
        recompute_from(conn, target)
    # The rewrite is self-consistent: kuzet verify alone finds nothing wrong ...
    assert run(["--db", str(database), "verify"]) == 0
    assert "Audit trail intact" in capsys.readouterr().out
    # ... but the head no longer has the hash the pack recorded.
    assert head_of(database)[1] != old_head
    assert against(database, manifest) == 1
    out = capsys.readouterr().out
    assert f"trail entry #{head_id}, the anchored head, has hash" in out
    assert f"the manifest recorded {old_head}" in out and "chain recomputed" in out


def test_fails_after_an_entry_is_rewritten_in_place(
    database: Path, manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE audit_trail SET reason = 'edited' WHERE id = 7")
    assert against(database, manifest) == 1
    out = capsys.readouterr().out
    assert "trail entry #7 (before the anchor): its contents do not match its hash" in out


def test_passes_after_more_entries_are_added(
    database: Path, manifest: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    head_id, _ = head_of(database)
    store, _ = Store.open(database)
    try:
        for number in ("L-NEW-1", "L-NEW-2"):
            data = {
                "licence_type": "afsa",
                "number": number,
                "issuer": "AFSA",
                "issued_on": dt.date(2024, 1, 15),
            }
            with store.transaction() as session:
                licences.create(session, data, store.rules(session), dt.date.today())
    finally:
        store.close()
    grown = head_of(database)[0] - head_id
    assert grown >= 2
    assert against(database, manifest) == 0
    assert f"{grown} entries added since, chained to it" in capsys.readouterr().out


def test_entries_removed_after_the_anchor_break_the_chain_too(database: Path) -> None:
    """More entries may follow the anchor, but the chain after it must still hold."""
    head_id, _ = head_of(database)
    with sqlite3.connect(database) as conn:
        (anchored,) = conn.execute(
            "SELECT hash FROM audit_trail WHERE id = ?", (head_id - 10,)
        ).fetchone()
    anchor = TrailAnchor(head_id - 10, anchored)
    store, _ = Store.open(database)
    try:
        assert check_anchor(store.engine, anchor).intact
        with sqlite3.connect(database) as conn:
            conn.execute("DELETE FROM audit_trail WHERE id = ?", (head_id - 3,))
        report = check_anchor(store.engine, anchor)
    finally:
        store.close()
    assert not report.intact
    assert report.problems == [
        f"trail entry #{head_id - 3} is missing (after the anchor): entries were removed "
        "from the trail"
    ]


def test_a_manifest_without_a_trail_head_is_a_usage_error(
    database: Path, manifest: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = json.loads(manifest.read_text(encoding="utf-8"))
    del old["trail_head"]
    older = tmp_path / "old.manifest.json"
    older.write_text(json.dumps(old), encoding="utf-8")
    assert against(database, older) == 2
    assert "records no trail head" in capsys.readouterr().err
    assert against(database, tmp_path / "absent.manifest.json") == 2


def test_trail_anchor_refuses_what_is_not_an_anchor() -> None:
    assert TrailAnchor.from_dict({"entry_id": 3, "hash": "a" * 64}) == TrailAnchor(3, "a" * 64)
    for bad in (
        None,
        {"entry_id": "3", "hash": "a" * 64},
        {"entry_id": -1, "hash": "a" * 64},
        {"entry_id": 3, "hash": "A" * 64},
        {"entry_id": 3, "hash": "a" * 63},
        {"entry_id": 0, "hash": "a" * 64},
    ):
        with pytest.raises(ValueError):
            TrailAnchor.from_dict(bad)


def test_an_anchor_on_an_empty_trail_holds(tmp_path: Path) -> None:
    store, _ = Store.open(tmp_path / "empty.sqlite")
    try:
        report = check_anchor(store.engine, TrailAnchor(0, GENESIS_HASH))
    finally:
        store.close()
    assert report.intact  # and so does any trail that grew from nothing
