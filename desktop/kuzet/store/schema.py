"""Schema versions: create, back up and upgrade, or refuse, before anything else runs.

On open, the database's Alembic revisions are compared with the migrations this program
ships:

* no file (or an empty one): create it at the newest schema;
* the same revisions: open it as it is;
* older revisions: back up the file with SQLite's backup API, then upgrade, one
  transaction per migration step;
* revisions this program does not know: a newer Kuzet wrote it; refuse and change nothing.

The comparison reads the migration files and the ``alembic_version`` table with the
standard library only, so a normal start does not pay for importing Alembic.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import sqlite3
from pathlib import Path

from ..paths import backups_dir
from .read_only import sqlite_uri

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"

_REVISION = re.compile(r"^revision(?:\s*:\s*[\w\[\], |]+)?\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:\s*[\w\[\], |]+)?\s*=\s*(.+)$", re.M)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")


class SchemaError(Exception):
    """The database cannot be opened as it is; nothing was changed."""


class SchemaTooNew(SchemaError):
    pass


class NotAKuzetDatabase(SchemaError):
    pass


class SchemaState(enum.Enum):
    NEW = "new"
    CURRENT = "current"
    BEHIND = "behind"
    NEWER = "newer"
    FOREIGN = "foreign"


class SchemaInfo:
    """What ``inspect_schema`` found: the state, the file's revisions and the program's.

    A plain class, not a dataclass: this module is on the window's start-up path, and
    ``dataclasses`` costs ~3 ms to import there."""

    __slots__ = ("database", "program", "state")

    def __init__(
        self, state: SchemaState, database: frozenset[str], program: frozenset[str]
    ) -> None:
        self.state = state
        self.database = database
        self.program = program

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SchemaInfo):
            return NotImplemented
        return (self.state, self.database, self.program) == (
            other.state,
            other.database,
            other.program,
        )

    def __hash__(self) -> int:
        return hash((self.state, self.database, self.program))

    def __repr__(self) -> str:
        return f"SchemaInfo({self.state!r}, {set(self.database)}, {set(self.program)})"


def script_graph() -> dict[str, tuple[str, ...]]:
    """Every migration revision this program ships, with the revisions it follows."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted(VERSIONS_DIR.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        down = _DOWN.search(source)
        if revision is None or down is None:
            continue
        graph[revision.group(1)] = tuple(_QUOTED.findall(down.group(1)))
    return graph


def script_heads(graph: dict[str, tuple[str, ...]] | None = None) -> frozenset[str]:
    graph = script_graph() if graph is None else graph
    followed = {parent for parents in graph.values() for parent in parents}
    return frozenset(rev for rev in graph if rev not in followed)


def database_revisions(path: Path) -> frozenset[str] | None:
    """The revisions stamped in the file, or None when it has no version table."""
    conn = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)
    try:
        tables = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" not in tables:
            return frozenset() if not tables else None
        return frozenset(row[0] for row in conn.execute("SELECT version_num FROM alembic_version"))
    finally:
        conn.close()


def inspect_schema(path: Path) -> SchemaInfo:
    graph = script_graph()  # read once: this runs before the window shows
    heads = script_heads(graph)
    if not path.exists() or path.stat().st_size == 0:
        return SchemaInfo(SchemaState.NEW, frozenset(), heads)
    try:
        revisions = database_revisions(path)
    except sqlite3.DatabaseError as exc:
        raise NotAKuzetDatabase(f"{path} is not an SQLite database: {exc}") from None
    if revisions is None:
        return SchemaInfo(SchemaState.FOREIGN, frozenset(), heads)
    if not revisions:
        return SchemaInfo(SchemaState.NEW, revisions, heads)
    if revisions - set(graph):
        return SchemaInfo(SchemaState.NEWER, revisions, heads)
    if revisions == heads:
        return SchemaInfo(SchemaState.CURRENT, revisions, heads)
    return SchemaInfo(SchemaState.BEHIND, revisions, heads)


def backup_file(source: Path, destination: Path) -> Path:
    """A consistent copy of ``source`` through SQLite's online backup API."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".part")
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(destination)
    return destination


def prepare(path: Path) -> str:
    """Make ``path`` ready at this program's schema; return one line saying what was done."""
    info = inspect_schema(path)
    if info.state is SchemaState.CURRENT:
        return "schema is current"
    if info.state is SchemaState.NEWER:
        unknown = ", ".join(sorted(info.database - set(script_graph())))
        raise SchemaTooNew(
            f"{path} was written by a newer version of Kuzet (schema {unknown}); this program "
            f"knows schemas up to {', '.join(sorted(info.program))}. Nothing was changed: "
            "install the newer Kuzet to open it."
        )
    if info.state is SchemaState.FOREIGN:
        raise NotAKuzetDatabase(
            f"{path} is an SQLite file but not a Kuzet database (no schema version). "
            "Nothing was changed; choose another file."
        )
    if info.state is SchemaState.NEW:
        path.parent.mkdir(parents=True, exist_ok=True)
        upgrade(path)
        return "created a new database"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    old = "+".join(sorted(info.database))
    saved = backup_file(path, backups_dir(path) / f"pre-upgrade-{stamp}-{old}.sqlite")
    upgrade(path)
    return f"upgraded the schema from {old}; the old file was backed up to {saved}"


def upgrade(path: Path, target: str = "heads") -> None:
    """Run every pending migration, one transaction per step, foreign keys checked after."""
    from .db import make_engine

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            run_migrations(connection, target)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.commit()
            if problems:
                raise SchemaError(f"{path}: foreign keys broken after the upgrade: {problems[:5]}")
    finally:
        engine.dispose()


def run_migrations(connection, target: str = "heads") -> None:  # type: ignore[no-untyped-def]
    """Alembic's upgrade on an open connection (either engine)."""
    # Alembic only when there is something to migrate: a normal start compares revisions
    # with the standard library alone (start-up time).
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, target)


def prepare_team(engine, where: str) -> str:  # type: ignore[no-untyped-def]
    """A team (PostgreSQL) database: create an empty one at the newest schema; open a
    current one; refuse any other (nothing changed), since only ``kuzet admin upgrade``
    migrates a shared database."""
    from sqlalchemy import text

    from .pg import database_revisions

    heads = script_heads()
    with engine.connect() as connection:
        # One creator at a time: two first clients on an empty database wait in turn.
        connection.execute(text("SELECT pg_advisory_lock(4242018)"))
        connection.commit()
        try:
            revisions = database_revisions(connection)
            connection.commit()
            if revisions is None:
                raise NotAKuzetDatabase(
                    f"{where} holds tables but no Kuzet schema version: not a Kuzet database. "
                    "Nothing was changed; choose another database."
                )
            if not revisions:
                run_migrations(connection)
                connection.commit()
                return "created a new database"
        finally:
            connection.rollback()
            connection.execute(text("SELECT pg_advisory_unlock(4242018)"))
            connection.commit()
    if revisions == heads:
        return "schema is current"
    if revisions - set(script_graph()):
        raise SchemaTooNew(
            f"{where} was upgraded by a newer Kuzet (schema {', '.join(sorted(revisions))}); "
            "this program is older. Nothing was changed: ask your administrator for the "
            "matching Kuzet."
        )
    raise SchemaError(
        f"{where} is at an older schema ({', '.join(sorted(revisions))}) than this program "
        f"({', '.join(sorted(heads))}). Nothing was changed: ask your administrator to run "
        "`kuzet admin upgrade`."
    )
