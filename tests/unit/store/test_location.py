"""``--db``/``KUZET_DB`` (issue #18): a URL is never turned into a file path."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kuzet.cli import run
from kuzet.registers.licensing import licences
from kuzet.store.location import LocationError, parse_location
from kuzet.store.session import Store
from kuzet.store.verify import verify


def test_a_plain_path_and_an_sqlite_url_are_the_same_file(tmp_path: Path) -> None:
    plain = parse_location(tmp_path / "firm.sqlite")
    url = parse_location(f"sqlite:///{tmp_path}/firm.sqlite")
    assert plain.kind == url.kind == "sqlite"
    assert plain.path == url.path == tmp_path / "firm.sqlite"
    assert plain.firm_id == url.firm_id


def test_a_postgresql_url_keeps_its_files_in_a_folder_of_its_own(kuzet_home: Path) -> None:
    location = parse_location("postgresql+psycopg://mlro@db.firm.kz/kuzet")
    assert location.is_postgresql
    assert location.user == "mlro" and location.database == "kuzet"
    assert location.path.parent.parent == kuzet_home / "team"
    assert location.path.parent.name.startswith("db.firm.kz-kuzet-")
    assert "sslmode=verify-full" in location.url
    assert "sslrootcert=" in location.url
    assert location.firm_id == parse_location("postgresql://mlro@db.firm.kz/kuzet").firm_id
    assert parse_location(location.url).path == location.path


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://mlro:secret@db.firm.kz/kuzet",  # a password in the URL
        "postgresql+psycopg://mlro@db.firm.kz/kuzet?sslmode=require",  # weaker TLS remotely
        "postgresql+psycopg://mlro@db.firm.kz/",  # no database
        "mysql://mlro@db.firm.kz/kuzet",  # not an engine Kuzet opens
    ],
)
def test_unusable_urls_are_refused(url: str) -> None:
    with pytest.raises(LocationError):
        parse_location(url)


def test_a_local_server_may_go_without_tls() -> None:
    location = parse_location("postgresql+psycopg://mlro@127.0.0.1:5433/kuzet?sslmode=disable")
    assert "sslmode=disable" in location.url


def test_the_cli_never_writes_a_folder_named_after_a_url(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    code = run(["--db", "mysql://x@host/db", "licences"])
    assert code == 2
    assert "nothing else" in capsys.readouterr().err
    assert list(cwd.iterdir()) == []


@pytest.mark.postgresql_only
def test_demo_on_a_team_database_refuses_one_that_is_not_a_demo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db_file: str, capsys
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    store, _ = Store.open(db_file)  # a real firm's database, with one licence
    with store.transaction() as session:
        data = {"licence_type": "afsa", "number": "A-1", "issuer": "AFSA"}
        licences.create(
            session,
            data | {"issued_on": dt.date(2025, 1, 1)},
            store.rules(session),
            dt.date.today(),
        )
    store.close()
    assert run(["demo", "--db", db_file, "--customers", "2"]) == 1
    assert "is not a Kuzet demo database" in capsys.readouterr().err
    assert list(cwd.iterdir()) == []  # nothing written in the current directory
    store, _ = Store.open(db_file)
    try:
        assert verify(store.engine).intact
    finally:
        store.close()


@pytest.mark.postgresql_only
def test_demo_builds_into_an_empty_team_database_and_rebuilds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pg_server, kuzet_home: Path
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    url = pg_server.new_database(template=None)  # empty: no schema yet
    assert run(["demo", "--db", url, "--customers", "3"]) == 0
    assert run(["demo", "--db", url, "--customers", "3"]) == 0  # a demo: rebuilt
    assert list(cwd.iterdir()) == []
    location = parse_location(url)
    assert location.path.is_relative_to(kuzet_home / "team")
    assert run(["--db", url, "verify"]) == 0
    pg_server.drop_database(url)
