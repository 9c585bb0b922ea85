"""Dumps of a team database: ``pg_dump -Fc`` (``kuzet admin backup``, and before every
``kuzet admin upgrade``) and the check of a dump (``kuzet restore --check FILE.dump``):
``pg_restore`` into a scratch database on the same server, ``verify`` there, drop it.

The PostgreSQL client programs are found in ``KUZET_PG_BIN``, Debian's
``/usr/lib/postgresql/<version>/bin`` (newest first), or the PATH. They reach the server
with the same host, port, TLS settings and login as Kuzet, the password in their
environment (``PGPASSWORD``), never on their command line.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url

from ..paths import backups_dir
from .location import DatabaseLocation
from .pg_admin import AdminRefused, owner_engine, owner_password

DUMP_SUFFIX = ".dump"
TOOL_TIMEOUT_S = 6 * 3600


def tool(name: str) -> Path:
    """The PostgreSQL client program ``name`` (``AdminRefused`` if it is not installed)."""
    given = os.environ.get("KUZET_PG_BIN")
    candidates = [Path(given) / name] if given else []
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = sorted(
            (p for p in debian.iterdir() if p.name.isdigit()), key=lambda p: -int(p.name)
        )
        candidates += [v / "bin" / name for v in versions]
    found = shutil.which(name)
    if found:
        candidates.append(Path(found))
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    raise AdminRefused(f"{name} is not installed: install PostgreSQL's client programs")


def tool_env(location: DatabaseLocation, database: str | None = None) -> dict[str, str]:
    """libpq's environment for the client programs: where, who, TLS, the password."""
    env = dict(os.environ)
    query = dict(location.query)
    host = location.host or query.get("host", "")
    values = {
        "PGHOST": host,
        "PGPORT": str(location.port or ""),
        "PGUSER": location.user,
        "PGDATABASE": database or location.database,
        "PGSSLMODE": query.get("sslmode", ""),
        "PGSSLROOTCERT": query.get("sslrootcert", ""),
        "PGAPPNAME": "kuzet admin",
        "PGCONNECT_TIMEOUT": "10",
    }
    password = owner_password(location)
    if password:
        values["PGPASSWORD"] = password
    for key, value in values.items():
        if value:
            env[key] = value
        else:
            env.pop(key, None)
    return env


def _run(command: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=TOOL_TIMEOUT_S, check=False
    )
    if done.returncode != 0:
        raise AdminRefused(f"{Path(command[0]).name} failed: {done.stderr.strip()[-800:]}")


def dump(location: DatabaseLocation, target: Path | None = None, label: str = "backup") -> Path:
    """``pg_dump -Fc`` of the database to ``target`` (default: the team folder's backups,
    ``<label>-<UTC time>.dump``), written beside and renamed when complete (0600)."""
    if target is None:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        target = backups_dir(location.path) / f"{label}-{stamp}{DUMP_SUFFIX}"
    target = Path(target).expanduser().resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        _run([str(tool("pg_dump")), "-Fc", "--no-password", "-f", str(partial)], tool_env(location))
        partial.chmod(0o600)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


@dataclass(frozen=True)
class DumpCheck:
    intact: bool
    summary: str
    scratch: str


def check_dump(location: DatabaseLocation, dump_file: Path) -> DumpCheck:
    """Restore ``dump_file`` into a new scratch database on ``location``'s server (the
    login needs CREATEDB), run ``verify`` there, and drop it whatever happened."""
    from .verify import verify

    if not dump_file.is_file():
        raise AdminRefused(f"{dump_file}: no such file")
    scratch = f"kuzet_check_{secrets.token_hex(6)}"
    engine = owner_engine(location)
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{scratch}"')
        try:
            _run(
                [
                    str(tool("pg_restore")),
                    "--no-owner",
                    "--no-privileges",
                    "--exit-on-error",
                    "--no-password",
                    "-d",
                    scratch,
                    str(dump_file),
                ],
                tool_env(location, scratch),
            )
            url = make_url(location.url).set(database=scratch)
            there = replace(
                location, url=url.render_as_string(hide_password=True), database=scratch
            )
            scratch_engine = owner_engine(there)
            try:
                report = verify(scratch_engine)
            finally:
                scratch_engine.dispose()
        finally:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)'))
    finally:
        engine.dispose()
    return DumpCheck(report.intact, report.summary(), scratch)
