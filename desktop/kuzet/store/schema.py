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
from dataclasses import dataclass
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


@dataclass(frozen=True)
class SchemaInfo:
    state: SchemaState
    database: frozenset[str]
    program: frozenset[str]


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


def script_heads() -> frozenset[str]:
    graph = script_graph()
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
    heads = script_heads()
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
    known = set(script_graph())
    if revisions - known:
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
    # Alembic and SQLAlchemy only when there is something to migrate: a normal start
    # compares revisions with the standard library alone (start-up time).
    from alembic import command
    from alembic.config import Config

    from .db import make_engine

    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.commit()
            if problems:
                raise SchemaError(f"{path}: foreign keys broken after the upgrade: {problems[:5]}")
    finally:
        engine.dispose()
