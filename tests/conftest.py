"""Shared fixtures: every test gets its own data directory and a fresh database (an
SQLite file, or a PostgreSQL database with ``--engine=postgresql``)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

DATA = Path(__file__).parent / "data"
WATCHLISTS = Path(__file__).resolve().parents[1] / "resources" / "watchlists"


@pytest.fixture(autouse=True)
def kuzet_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """KUZET_HOME in the test's own folder: no test touches the real data directory."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("KUZET_HOME", str(home))
    monkeypatch.delenv("KUZET_DB", raising=False)
    return home


def _test_officer():
    from kuzet.registers.system import signin

    return signin.begin(signin.Identity(login="test.mlro", role="mlro"))


@pytest.fixture(scope="session", autouse=True)
def _session_officer():
    """Session-wide templates (the demo firm, the screening store) are built signed in."""
    _test_officer()


@pytest.fixture(autouse=True)
def signed_in_officer():
    """Every test writes as a signed-in MLRO (issue #18: a write with nobody signed in is
    refused); tests of sign-in and roles sign in as someone else, or out, and the next
    test starts as the MLRO again."""
    yield _test_officer()
    _test_officer()


pytest_plugins = ["support.pg_plugin"]  # --engine=postgresql: a throwaway server


@pytest.fixture
def db_file(kuzet_home: Path, request: pytest.FixtureRequest) -> Path | str:
    """The test's database: a fresh SQLite file, or with ``--engine=postgresql`` the URL
    of a fresh database on the session's server (``support/pg_plugin.py``)."""
    if request.config.getoption("--engine") == "postgresql":
        return request.getfixturevalue("pg_url")
    return kuzet_home / "kuzet.sqlite"


@pytest.fixture
def store(db_file: Path):
    from kuzet.store.session import Store

    opened, _ = Store.open(db_file)
    yield opened
    opened.close()


@pytest.fixture
def today() -> dt.date:
    return dt.date.today()


@pytest.fixture
def demo_db(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path) -> Path:
    """A private copy of the session's demo firm and its vault (``support/demo_db.py``):
    built once, copied for each test that writes to it."""
    from support.demo_db import copy_demo, demo_template

    return copy_demo(demo_template(tmp_path_factory), tmp_path / "demo")
