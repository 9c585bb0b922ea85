"""Where the firm's database is: an SQLite file or a PostgreSQL server (team mode).

``--db`` and ``KUZET_DB`` take one of:

* a plain path (``~/firm.sqlite``): an SQLite file, as always;
* ``sqlite:///path``: the same, spelled as a URL;
* ``postgresql+psycopg://officer@host[:port]/database`` (``postgresql://`` is read the
  same way): a database on the firm's PostgreSQL server.

A URL is never turned into a file path. ``parse_location`` is the one parser; everything
that needs "the files beside the database" (vault folder, lock, backups, the demo marker,
scratch) asks ``DatabaseLocation.path``: the SQLite file itself, or for PostgreSQL a name
in a folder of its own under the user's data directory (``<data dir>/team/<firm id>/``),
never the current directory.

Team mode's connection rules:

* TLS: ``sslmode=verify-full`` against the firm's CA file (``sslrootcert`` in the URL,
  else ``KUZET_PG_CA``, else ``<data dir>/team/ca.pem``). A weaker ``sslmode`` is accepted
  only for a server on this computer (loopback or a Unix socket).
* The password is never part of the URL (nor of any settings file): it comes from the OS
  keyring (service ``kuzet-postgresql``, user ``officer@host:port/database``), or from
  ``KUZET_PASSWORD`` (tests, scripts).
"""

from __future__ import annotations

import hashlib
import os
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
KEYRING_SERVICE = "kuzet-postgresql"
LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1", ""})
TEAM_DB_NAME = "kuzet.pg"  # the name the per-database folder's files are derived from


class LocationError(ValueError):
    """``--db`` names no database Kuzet can use (a usage error: exit 2)."""


@dataclass(frozen=True)
class DatabaseLocation:
    """One database: ``kind`` (``sqlite`` or ``postgresql``), the SQLAlchemy ``url``
    (no password in it), ``path`` (the SQLite file, or for PostgreSQL the name its files
    are kept beside) and ``firm_id``, stable for one server and database."""

    kind: str
    url: str
    path: Path
    firm_id: str
    host: str = ""
    port: int | None = None
    database: str = ""
    user: str = ""
    query: tuple[tuple[str, str], ...] = ()

    @property
    def is_postgresql(self) -> bool:
        return self.kind == POSTGRESQL

    @property
    def folder(self) -> Path:
        """The folder the database's own files live in."""
        return self.path.parent

    def display(self) -> str:
        """What the window and messages show: the file, or the URL without secrets."""
        return self.url if self.is_postgresql else str(self.path)

    def __str__(self) -> str:
        return self.display()

    @property
    def keyring_user(self) -> str:
        return f"{self.user}@{self.host}:{self.port or 5432}/{self.database}"


def parse_location(value: str | os.PathLike[str] | DatabaseLocation) -> DatabaseLocation:
    """Read ``--db``/``KUZET_DB`` (see the module docstring); ``LocationError`` if unusable."""
    if isinstance(value, DatabaseLocation):
        return value
    text = os.fspath(value)
    if "://" not in text:
        return _connection_file(Path(text)) or sqlite_location(Path(text))
    scheme = text.split("://", 1)[0].lower()
    if scheme == "sqlite":
        rest = text.split("://", 1)[1]
        if not rest.startswith("/") or rest == "/":
            raise LocationError(f"{text}: an SQLite URL is sqlite:///path/to/file.sqlite")
        return sqlite_location(Path(rest[1:]))  # SQLAlchemy's form: sqlite:////abs/path
    if scheme in ("postgresql", "postgresql+psycopg", "postgres"):
        return _postgresql_location(text)
    raise LocationError(
        f"{text}: Kuzet opens an SQLite file (a path or sqlite:///path) or a PostgreSQL "
        "database (postgresql+psycopg://officer@host/database), nothing else"
    )


def _connection_file(path: Path) -> DatabaseLocation | None:
    """A team database's connection file (``<folder>/kuzet.pg``, written when Kuzet first
    opens it: its URL, no password), so ``--db`` may name the folder's file too."""
    if path.suffix != ".pg" or not path.is_file():
        return None
    try:
        url = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not url.startswith("postgresql"):
        return None
    return _postgresql_location(url)


def write_connection_file(location: DatabaseLocation) -> None:
    """Write the connection file of ``location`` (0600) if it is not there yet."""
    path = location.path
    if path.exists():
        return
    from .files import atomic_write_text

    atomic_write_text(path, location.url + "\n")


def sqlite_location(path: Path) -> DatabaseLocation:
    resolved = Path(path).expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:16]
    return DatabaseLocation(SQLITE, f"sqlite:///{resolved}", resolved, digest)


def _postgresql_location(text: str) -> DatabaseLocation:
    from sqlalchemy.engine import make_url  # on use: start-up time
    from sqlalchemy.exc import ArgumentError

    try:
        url = make_url(text.replace("postgres://", "postgresql://", 1))
    except ArgumentError as exc:
        raise LocationError(f"{text}: not a database URL ({exc})") from None
    if url.password:
        raise LocationError(
            "the database URL holds a password: remove it; Kuzet reads the password from "
            "the OS keyring (or KUZET_PASSWORD)"
        )
    if not url.database:
        raise LocationError(f"{text}: name the database (postgresql+psycopg://officer@host/db)")
    query = {k: (v if isinstance(v, str) else v[-1]) for k, v in url.query.items()}
    host = url.host or query.get("host", "")
    local = host in LOOPBACK or host.startswith("/")
    mode = query.get("sslmode", "" if local else "verify-full")
    if not local and mode != "verify-full":
        raise LocationError(
            f"{text}: a server on the network is reached with sslmode=verify-full only "
            "(the firm's CA checks the server's name)"
        )
    if mode:
        query["sslmode"] = mode
    if mode == "verify-full" and "sslrootcert" not in query:
        query["sslrootcert"] = str(_ca_file())
    user = url.username or _os_user()
    clean = url.set(drivername="postgresql+psycopg", username=user, query=query)
    key = f"{(host or 'local').lower()}:{url.port or 5432}/{url.database}"
    firm_id = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    folder_name = f"{_safe(host or 'local')}-{_safe(url.database)}-{firm_id[:8]}"
    from ..paths import data_dir

    path = data_dir() / "team" / folder_name / TEAM_DB_NAME
    return DatabaseLocation(
        POSTGRESQL,
        clean.render_as_string(hide_password=True),
        path,
        firm_id,
        host=host,
        port=url.port,
        database=url.database,
        user=user,
        query=tuple(sorted(query.items())),
    )


def _ca_file() -> Path:
    chosen = os.environ.get("KUZET_PG_CA")
    if chosen:
        return Path(chosen).expanduser()
    from ..paths import data_dir

    return data_dir() / "team" / "ca.pem"


def _safe(text: str) -> str:
    kept = "".join(c if c.isalnum() or c in "-_." else "_" for c in text)
    return kept.strip("._")[:40] or "db"


def _os_user() -> str:
    import getpass

    try:  # only the default PostgreSQL login name, as psql's: never the audit actor
        return getpass.getuser()
    except (KeyError, OSError):
        return "kuzet"


_engines: weakref.WeakKeyDictionary[Any, DatabaseLocation] = weakref.WeakKeyDictionary()


def remember(engine: Any, location: DatabaseLocation) -> None:
    """Note which database an engine opens (``Store`` does, for ``location_of``)."""
    _engines[engine] = location


def location_of(bind: Any) -> DatabaseLocation | None:
    """The location of a session's bind (an engine or a connection), if a Store opened it."""
    engine = getattr(bind, "engine", bind)
    return _engines.get(engine)


_typed: dict[str, str] = {}  # passwords typed in the window, for this process only


def use_password(location: DatabaseLocation, password: str | None) -> None:
    """The password the officer typed (the window's password dialog), used by this
    process's next connections to ``location``; kept in memory only."""
    if password:
        _typed[location.keyring_user] = password
    else:
        _typed.pop(location.keyring_user, None)


def password_for(location: DatabaseLocation) -> str | None:
    """The officer's server password: one typed in the window (``use_password``), else
    ``KUZET_PASSWORD`` (tests, scripts), else the OS keyring, else None (the server may
    need none: a local socket, a client certificate)."""
    if location.keyring_user in _typed:
        return _typed[location.keyring_user]
    given = os.environ.get("KUZET_PASSWORD")
    if given:
        return given
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, location.keyring_user)
        except KeyringError:
            return None
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
