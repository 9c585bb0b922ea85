"""Team mode's dumps, upgrade and move (issue #18 item 4) on the throwaway PostgreSQL
server: ``kuzet admin backup`` + ``kuzet restore --check`` (exit 0 intact, 1 tampered),
``kuzet admin upgrade`` (a dump first, then the newest schema), and ``kuzet admin
move-to-postgres`` of the demo SQLite firm (verifies, keeps every table's rows)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from kuzet.cli import run
from kuzet.store.location import parse_location
from kuzet.store.pg import database_revisions
from kuzet.store.pg_admin import owner_engine
from kuzet.store.pg_move import move_to_postgres
from kuzet.store.schema import SchemaError, run_migrations, script_graph, script_heads
from kuzet.store.session import Store

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def empty_url(pg_server):  # type: ignore[no-untyped-def]
    url = pg_server.new_database(template=None)
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def moved(demo_db: Path, empty_url: str) -> str:
    """The demo firm moved to the server (through the command)."""
    assert run(["admin", "move-to-postgres", str(demo_db), empty_url]) == 0
    return empty_url


def _sql(url: str, statement: str) -> object:
    engine = owner_engine(parse_location(url))
    try:
        with engine.begin() as conn:
            result = conn.execute(text(statement))
            return result.scalar() if result.returns_rows else None
    finally:
        engine.dispose()


def test_the_demo_firm_moves_whole_and_verifies(demo_db: Path, empty_url: str) -> None:
    report = move_to_postgres(demo_db, parse_location(empty_url))
    assert report.source_intact and report.target_intact, report.target_summary
    assert report.counts_match, {t: c for t, c in report.counts.items() if c[0] != c[1]}
    assert report.counts["audit_trail"][0] > 100 and report.counts["customer"][0] > 0
    # The sequences run on past the copied ids: a new row takes the next id.
    top = _sql(empty_url, "SELECT MAX(id) FROM staff_member")
    nxt = _sql(empty_url, "SELECT nextval(pg_get_serial_sequence('staff_member', 'id'))")
    assert nxt == int(top) + 1  # type: ignore[arg-type]


def test_moving_into_a_database_that_is_not_empty_is_refused(demo_db: Path, moved: str) -> None:
    assert run(["admin", "move-to-postgres", str(demo_db), moved]) == 1


def test_a_backup_checks_intact_and_a_tampered_one_does_not(
    moved: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.dump"
    assert run(["--db", moved, "admin", "backup", "--out", str(good)]) == 0
    assert good.stat().st_size > 0 and good.stat().st_mode & 0o077 == 0
    assert run(["--db", moved, "restore", "--check", str(good)]) == 0
    assert "Audit trail intact" in capsys.readouterr().out
    # The owner edits a register row behind the trail's back: the dump of that fails.
    _sql(
        moved,
        "UPDATE customer SET name = name || ' (edited)' WHERE id = (SELECT MIN(id) FROM customer)",
    )
    bad = tmp_path / "bad.dump"
    assert run(["--db", moved, "admin", "backup", "--out", str(bad)]) == 0
    assert run(["--db", moved, "restore", "--check", str(bad)]) == 1
    assert "Audit trail BROKEN" in capsys.readouterr().out
    # No scratch database is left behind.
    left = _sql(moved, "SELECT count(*) FROM pg_database WHERE datname LIKE 'kuzet_check_%'")
    assert left == 0


def test_backup_of_an_sqlite_file_is_a_usage_error(tmp_path: Path) -> None:
    assert run(["--db", str(tmp_path / "firm.sqlite"), "admin", "backup"]) == 2


def test_upgrade_dumps_first_then_migrates(empty_url: str, kuzet_home: Path) -> None:
    (head,) = script_heads()
    (older,) = script_graph()[head]
    location = parse_location(empty_url)
    engine = owner_engine(location)
    try:
        with engine.connect() as conn:
            run_migrations(conn, older)
            conn.commit()
    finally:
        engine.dispose()
    # A desktop client refuses the older schema ("ask your administrator").
    with pytest.raises(SchemaError, match="ask your administrator"):
        Store.open(empty_url)
    assert run(["--db", empty_url, "admin", "upgrade"]) == 0
    dumps = list(location.path.parent.glob("kuzet.pg.backups/pre-upgrade-*.dump"))
    assert len(dumps) == 1 and dumps[0].stat().st_size > 0
    engine = owner_engine(location)
    try:
        with engine.connect() as conn:
            assert database_revisions(conn) == {head}
            assert conn.execute(
                text("SELECT to_regprocedure('kuzet_officer_login(text, text, text, boolean)')")
            ).scalar()
    finally:
        engine.dispose()
    assert run(["--db", empty_url, "admin", "upgrade"]) == 0  # current: nothing to do
    assert len(list(location.path.parent.glob("kuzet.pg.backups/*.dump"))) == 1


def test_a_moved_firms_officer_gets_a_login_and_writes_as_herself(
    moved: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kuzet.desk import Desk
    from kuzet.store.pg_admin import officer_location

    monkeypatch.setenv("KUZET_PASSWORD", "kuzet-demo")
    assert run(["--db", moved, "admin", "login", "a.seitkali"]) == 0
    assert run(["--db", moved, "admin", "login", "nobody.here"]) == 1
    store, _ = Store.open(officer_location(parse_location(moved), "a.seitkali"))
    try:
        team = Desk(store).team
        me = team.sign_in("a.seitkali", "kuzet-demo")
        team.set_password(int(me.officer_id or 0), "a-new-secret-2")  # her own: allowed
    finally:
        store.close()
    last = _sql(moved, "SELECT actor FROM audit_trail ORDER BY id DESC LIMIT 1")
    assert last == "a.seitkali"
