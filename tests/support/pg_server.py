"""A throwaway PostgreSQL server for the tests (``--engine=postgresql``).

``initdb`` in a temporary folder, ``postgres`` on 127.0.0.1 at a free port with its Unix
socket in the same folder (trust authentication: nothing leaves the machine), one
database per test copied from a migrated template (``CREATE DATABASE ... TEMPLATE``,
much faster than running the migrations again), and ``stop`` at the end of the session.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from itertools import count
from pathlib import Path

TEMPLATE = "kuzet_template"


def pg_bin() -> Path | None:
    """Where initdb and postgres are: ``KUZET_PG_BIN``, Debian's folder, or the PATH."""
    given = os.environ.get("KUZET_PG_BIN")
    if given:
        return Path(given)
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=_version, reverse=True)
    if debian:  # Debian's layout, newest version first
        return debian[0].parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _version(initdb: Path) -> int:
    name = initdb.parent.parent.name
    return int(name) if name.isdigit() else 0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PgServer:
    """One server for the test session; ``new_database()`` gives each test its own."""

    def __init__(self, root: Path | None = None) -> None:
        binaries = pg_bin()
        if binaries is None:
            raise RuntimeError("PostgreSQL is not installed (initdb not found)")
        self.bin = binaries
        self.root = Path(root or tempfile.mkdtemp(prefix="kuzet-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "sock"
        self.port = free_port()
        self.user = "kuzet_test"
        self._names = count(1)
        self.template_ready = False

    def _run(self, *args: str) -> None:
        env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
        as_root = os.geteuid() == 0
        command = list(args)
        if as_root:  # postgres refuses to run as root: run it as the folder's owner
            command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
        subprocess.run(command, check=True, env=env, capture_output=True, timeout=120)

    def start(self) -> PgServer:
        self.socket_dir.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.root, "nobody", "nogroup")
            shutil.chown(self.socket_dir, "nobody", "nogroup")
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-U",
            self.user,
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} "
            f"-c unix_socket_directories={self.socket_dir} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-w",
            "-l",
            str(self.root / "server.log"),
            "start",
        )
        return self

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(
                str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"
            )
        shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run one statement as the superuser in the ``postgres`` database (autocommit)."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=self.user, dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(sql)

    def ensure_template(self) -> None:
        """The template database at the newest schema (made once per session)."""
        if self.template_ready:
            return
        from kuzet.store.session import Store

        self.admin(f"CREATE DATABASE {TEMPLATE}")
        store, _ = Store.open(self.url(TEMPLATE))
        store.close()
        self.template_ready = True

    def new_database(self, template: str | None = TEMPLATE) -> str:
        """A new database (a copy of ``template``, or empty); its URL."""
        if template == TEMPLATE:
            self.ensure_template()
        name = f"t{os.getpid()}_{next(self._names)}_{int(time.time() * 1000) % 100000}"
        source = f" TEMPLATE {template}" if template else " TEMPLATE template0"
        self.admin(f"CREATE DATABASE {name}{source}")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        name = database_name(url)
        with contextlib.suppress(Exception):
            self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def refill_database(self, url: str, template_url: str) -> None:
        """Make the database at ``url`` a fresh copy of the one at ``template_url`` (a
        session template another fixture built and closed), keeping its name and URL."""
        name = database_name(url)
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        self.admin(f"CREATE DATABASE {name} TEMPLATE {database_name(template_url)}")


def database_name(url: str) -> str:
    return url.rsplit("/", 1)[1].split("?", 1)[0]
