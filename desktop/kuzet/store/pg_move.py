"""Moving a firm from its SQLite file to a team database (``kuzet admin move-to-postgres``).

The target must be empty. In one transaction of the owner: the newest schema (the same
Alembic scripts), every table's rows copied with their ids (the audit trail as it was:
the actor trigger is installed after the copy), each id sequence set past the highest
id, the document vault's blob files into ``vault_blob`` (the ciphertext as it is: its
associated data binds the vault id and the blob name, which do not change), then the
groups and privileges (``pg_admin.install_privileges``). Then ``verify`` runs on both
sides, the rows per table are compared, and each blob's SHA-256 on both sides.

The vault's key row is copied as it is (a keyring or passphrase key): on the team
database the first officer who opens the vault with that key makes it a team key
(``team_keys.adopt``), with the same data key.

The source is opened read-only and must be at this program's schema (open it with this
Kuzet once first, which upgrades it after a backup).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import MetaData, func, select, text

from ..paths import vault_dir
from .blobs import STAGED_SUFFIX, FileBlobs
from .db import make_engine
from .location import DatabaseLocation
from .models.vault_team import VaultBlob
from .pg import database_revisions
from .pg_admin import AdminRefused, install_privileges, owner_engine
from .schema import SchemaState, inspect_schema, run_migrations
from .verify import verify

BATCH = 2000
_SKIPPED = frozenset({"alembic_version"})  # written by the migrations themselves
BLOB_TABLE = VaultBlob.__tablename__


@dataclass
class MoveReport:
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # table: (sqlite, pg)
    source_summary: str = ""
    target_summary: str = ""
    source_intact: bool = False
    target_intact: bool = False
    blobs_differing: list[str] = field(default_factory=list)  # blob names whose bytes differ

    @property
    def counts_match(self) -> bool:
        return all(a == b for a, b in self.counts.values())

    @property
    def ok(self) -> bool:
        intact = self.source_intact and self.target_intact
        return intact and self.counts_match and not self.blobs_differing


def move_to_postgres(
    source: Path, location: DatabaseLocation, progress: Callable[[str], None] | None = None
) -> MoveReport:
    """Copy the SQLite firm ``source`` into the empty team database ``location``."""
    say = progress or (lambda _message: None)
    source = Path(source).expanduser().resolve()
    if not source.is_file():
        raise AdminRefused(f"{source}: no such file")
    state = inspect_schema(source).state
    if state is not SchemaState.CURRENT:
        raise AdminRefused(
            f"{source} is not at this program's schema ({state.value}): open it with this "
            "Kuzet first (it is upgraded after a backup), then move it"
        )
    files = FileBlobs(vault_dir(source))
    staged = sorted(files.directory.glob(f"*/*{STAGED_SUFFIX}")) if files.directory.is_dir() else []
    if staged:
        raise AdminRefused(
            f"{staged[0]}: the vault holds a re-encrypted copy that was never swapped in; "
            "ask for help before moving this firm (nothing was changed)"
        )
    report = MoveReport()
    src_engine = make_engine(source)
    pg_engine = owner_engine(location)
    try:
        with pg_engine.connect() as pg:
            if database_revisions(pg):
                raise AdminRefused(
                    f"{location.display()} is not empty: move a firm into a new database only"
                )
            if database_revisions(pg) is None:
                raise AdminRefused(f"{location.display()} holds other tables: choose another")
            say("creating the schema")
            run_migrations(pg)
            target = MetaData()
            target.reflect(pg)
            with src_engine.connect() as lite:
                origin = MetaData()
                origin.reflect(lite)
                for table in target.sorted_tables:
                    if table.name in _SKIPPED:
                        continue
                    if table.name not in origin.tables:
                        raise AdminRefused(f"{source} has no table {table.name}")
                    say(f"copying {table.name}")
                    pg.execute(table.delete())  # rows the migrations seeded: copied as they are
                    _copy(lite, origin.tables[table.name], pg, table)
            say("copying the document vault")
            names = _copy_blobs(files, pg, target.tables[BLOB_TABLE])
            _set_sequences(pg, target)
            install_privileges(pg)
            pg.commit()
        say("verifying both sides")
        report.counts = _counts(src_engine, pg_engine, target)
        table_rows, server_rows = report.counts[BLOB_TABLE]
        report.counts[BLOB_TABLE] = (table_rows + len(names), server_rows)
        report.blobs_differing = _blobs_differing(files, names, pg_engine)
        src_report = verify(src_engine)
        pg_report = verify(pg_engine)
    finally:
        src_engine.dispose()
        pg_engine.dispose()
    report.source_intact, report.source_summary = src_report.intact, src_report.summary()
    report.target_intact, report.target_summary = pg_report.intact, pg_report.summary()
    return report


def _copy(lite, source_table, pg, target_table) -> None:  # type: ignore[no-untyped-def]
    names = [c.name for c in target_table.columns if c.name in source_table.columns]
    query = select(*(source_table.c[name] for name in names))
    order = [c for c in source_table.primary_key.columns]
    if order:
        query = query.order_by(*order)
    result = lite.execution_options(stream_results=True).execute(query)
    insert = target_table.insert()
    while True:
        rows = result.fetchmany(BATCH)
        if not rows:
            break
        pg.execute(insert, [dict(zip(names, row, strict=True)) for row in rows])


def _copy_blobs(files: FileBlobs, pg, table) -> list[str]:  # type: ignore[no-untyped-def]
    """Each blob file of the firm's vault into ``vault_blob``, one at a time (a document
    may be large); returns their names."""
    names = files.names(None)  # type: ignore[arg-type]  # the file store needs no session
    for name in names:
        pg.execute(table.insert().values(name=name, data=files.read(name)))
    return names


def _blobs_differing(files: FileBlobs, names: list[str], pg_engine) -> list[str]:  # type: ignore[no-untyped-def]
    """The blobs whose bytes on the server are not the file's (by SHA-256), or missing."""
    query = text("SELECT name, encode(sha256(data), 'hex') FROM vault_blob")
    with pg_engine.connect() as pg:
        on_server = dict(pg.execute(query).all())
    return [n for n in names if on_server.get(n) != hashlib.sha256(files.read(n)).hexdigest()]


def _set_sequences(pg, target: MetaData) -> None:  # type: ignore[no-untyped-def]
    """Each serial or identity column's sequence past the highest copied id."""
    for table in target.sorted_tables:
        for column in table.primary_key.columns:
            sequence = pg.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"),
                {"t": f'"{table.name}"', "c": column.name},
            ).scalar()
            if sequence is None:
                continue
            pg.execute(
                text(
                    "SELECT setval(CAST(:s AS regclass), COALESCE("
                    f'(SELECT MAX("{column.name}") FROM "{table.name}"), 0) + 1, false)'
                ),
                {"s": sequence},
            )


def _counts(src_engine, pg_engine, target: MetaData) -> dict[str, tuple[int, int]]:  # type: ignore[no-untyped-def]
    counts: dict[str, tuple[int, int]] = {}
    with src_engine.connect() as lite, pg_engine.connect() as pg:
        for table in target.sorted_tables:
            if table.name in _SKIPPED:
                continue
            query = select(func.count()).select_from(table)
            counts[table.name] = (
                int(lite.execute(query).scalar()),
                int(pg.execute(query).scalar()),
            )
    return counts
