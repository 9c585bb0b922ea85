"""pytest plugin: run the suite on SQLite (default) or on a throwaway PostgreSQL server.

``pytest --engine=postgresql`` (or ``KUZET_TEST_ENGINE=postgresql``) starts one server for
the session (``support/pg_server.py``: initdb in a temporary folder, 127.0.0.1 only, a free
port), gives every test that asks for ``db_file``/``store`` its own database (a copy of a
migrated template) and stops the server at the end.

Markers: ``sqlite_only`` (the test edits or reads the SQLite file itself) is skipped on
PostgreSQL, ``postgresql_only`` is skipped on SQLite; the summary counts both.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from .pg_server import PgServer

POSTGRESQL = "postgresql"
SQLITE = "sqlite"
_counts = {"sqlite_only": 0, "postgresql_only": 0}


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--engine",
        choices=(SQLITE, POSTGRESQL),
        default=os.environ.get("KUZET_TEST_ENGINE", SQLITE),
        help="database engine for the store fixtures (default: KUZET_TEST_ENGINE or sqlite)",
    )


def engine_of(config: pytest.Config) -> str:
    return str(config.getoption("--engine"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    on_pg = engine_of(config) == POSTGRESQL
    for item in items:
        if item.get_closest_marker("sqlite_only"):
            _counts["sqlite_only"] += 1
            if on_pg:
                item.add_marker(pytest.mark.skip(reason="SQLite only (edits the file directly)"))
        if item.get_closest_marker("postgresql_only"):
            _counts["postgresql_only"] += 1
            if not on_pg:
                item.add_marker(pytest.mark.skip(reason="needs --engine=postgresql"))


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:  # type: ignore[no-untyped-def]
    terminalreporter.write_line(
        f"engine {engine_of(config)}: {_counts['sqlite_only']} sqlite_only and "
        f"{_counts['postgresql_only']} postgresql_only tests collected"
    )


@pytest.fixture(scope="session")
def test_engine(pytestconfig: pytest.Config) -> str:
    return engine_of(pytestconfig)


@pytest.fixture(scope="session")
def pg_server(test_engine: str) -> Iterator[PgServer]:
    """The session's PostgreSQL server (only with --engine=postgresql)."""
    if test_engine != POSTGRESQL:
        pytest.skip("needs --engine=postgresql")
    server = PgServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A fresh database at the newest schema on the session's server."""
    url = pg_server.new_database()
    yield url
    pg_server.drop_database(url)
