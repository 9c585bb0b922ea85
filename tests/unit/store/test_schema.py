"""Opening a database: create, upgrade from the first schema, refuse a newer one."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from kuzet.store.schema import (
    NotAKuzetDatabase,
    SchemaState,
    SchemaTooNew,
    inspect_schema,
    prepare,
    script_heads,
)
from kuzet.store.session import Store
from kuzet.store.verify import verify

GOLDEN = Path(__file__).resolve().parents[2] / "data" / "golden_0001.sqlite"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only
def test_first_run_creates_the_database_with_its_pragmas(db_file: Path) -> None:
    assert inspect_schema(db_file).state is SchemaState.NEW
    store, outcome = Store.open(db_file)
    try:
        assert outcome == "created a new database"
        assert inspect_schema(db_file).state is SchemaState.CURRENT
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    finally:
        store.close()


def test_script_heads_match_alembic() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from kuzet.store.schema import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert script_heads() == frozenset(ScriptDirectory.from_config(config).get_heads())


def test_models_and_migrations_agree(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []


def test_golden_first_schema_upgrades_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(GOLDEN, path)
    before = (
        sqlite3.connect(path)
        .execute(
            "SELECT id, licence_type, number, issuer, issued_on, expires_on, status FROM licence"
        )
        .fetchall()
    )
    trail_before = sqlite3.connect(path).execute("SELECT * FROM audit_trail").fetchall()
    assert inspect_schema(path).state is SchemaState.BEHIND
    outcome = prepare(path)
    assert "upgraded the schema from 0001" in outcome
    backups = list((tmp_path / "old.sqlite.backups").glob("pre-upgrade-*-0001.sqlite"))
    assert len(backups) == 1
    kept = sqlite3.connect(backups[0])
    assert kept.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    assert kept.execute("SELECT count(*) FROM licence").fetchone() == (3,)
    conn = sqlite3.connect(path)
    after = conn.execute(
        "SELECT id, licence_type, number, issuer, issued_on, expires_on, status FROM licence"
    ).fetchall()
    assert after == before
    assert conn.execute("SELECT * FROM audit_trail").fetchall() == trail_before
    assert inspect_schema(path).state is SchemaState.CURRENT
    store = Store(path)
    try:
        report = verify(store.engine)
        assert report.intact, report.problems
        assert report.entries == 3
    finally:
        store.close()


@pytest.mark.sqlite_only
def test_newer_schema_is_refused_and_the_file_is_untouched(db_file: Path) -> None:
    Store.open(db_file)[0].close()
    conn = sqlite3.connect(db_file)
    conn.execute("INSERT INTO alembic_version (version_num) VALUES ('9999')")
    conn.commit()
    conn.close()
    original = digest(db_file)
    with pytest.raises(SchemaTooNew) as caught:
        Store.open(db_file)
    assert "newer version of Kuzet" in str(caught.value)
    assert "Nothing was changed" in str(caught.value)
    assert digest(db_file) == original
    assert not (db_file.parent / "kuzet.sqlite.backups").exists()


@pytest.mark.sqlite_only
def test_newer_schema_refused_by_the_cli_with_exit_3(db_file: Path, capsys) -> None:
    from kuzet.cli import run

    Store.open(db_file)[0].close()
    conn = sqlite3.connect(db_file)
    conn.execute("INSERT INTO alembic_version (version_num) VALUES ('ffff')")
    conn.commit()
    conn.close()
    assert run(["--db", str(db_file), "verify"]) == 3
    assert "newer version of Kuzet" in capsys.readouterr().err


def test_a_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAKuzetDatabase):
        prepare(path)
    not_sqlite = tmp_path / "notes.sqlite"
    not_sqlite.write_text("hello, this is not a database" * 10)
    with pytest.raises(NotAKuzetDatabase):
        prepare(not_sqlite)
