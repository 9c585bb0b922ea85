"""What every command shares: the database option, opening the store, clear failures.

The database layer is imported when a command opens the file, not when this module
loads, so ``kuzet --help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, TypeVar

import typer

from ..clock import SYSTEM_CLOCK, Clock
from ..desk import Desk
from ..paths import db_path
from .apps import import_app

EXIT_PROBLEM = 1  # verification failed, an import was rejected, a check failed
EXIT_REFUSED = 3  # the database cannot be opened (newer schema, not a Kuzet file)
EXIT_USAGE = 2  # a wrong option (--db naming nothing Kuzet opens)
EXIT_BUSY = 4  # another program (the window, another command) is writing to the database

# Commands that only read never take the write lock: they run beside the open window and
# beside an import (SQLite's WAL lets readers in), and on a database they cannot write to
# (a read-only file, folder or medium). Every other command must hold the lock. A reader
# takes it only to create or upgrade the schema, which writes.
# (A command can also say so itself: ``open_store(ctx, db, write=False)``.)
READ_ONLY_COMMANDS = frozenset(
    {
        "verify",
        "licences",
        "rules list",
        "export",
        "backup",
        "pools",
        "venues",
        "mining check",
        "mining fees",
        "pack",
        "calendar",
    }
)


def db_value(text: str):  # -> Path | str
    """``--db`` as given: a URL stays text (a Path would fold its ``//``), else a path."""
    return text if "://" in text else Path(text)


DB_HELP = (
    "Database: an SQLite file (or sqlite:///path), or a team database "
    "postgresql+psycopg://officer@host/db (default: KUZET_DB, else <data dir>/kuzet.sqlite)."
)
DbOption = typer.Option(None, "--db", parser=db_value, help=DB_HELP)


Result = TypeVar("Result")

# What every import and export command takes.
ImportFile = typer.Argument(..., exists=True, dir_okay=False, help="CSV or XLSX file.")
MappingOption = typer.Option(None, "--mapping", help="TOML column mapping.")


def fail(message: str, code: int = EXIT_PROBLEM) -> NoReturn:
    typer.echo(message, err=True)
    raise typer.Exit(code)


def chosen_location(ctx: typer.Context, db: Path | str | None):  # -> DatabaseLocation
    """``--db`` given to the command, else to ``kuzet`` itself, else ``KUZET_DB``, else
    the default file; a URL is never turned into a path (exit 2 if it names nothing
    Kuzet opens)."""
    from ..store.location import LocationError, parse_location, sqlite_location

    root = ctx.find_root()
    root_db = (root.obj or {}).get("db") if root is not None else None
    chosen = db or root_db or os.environ.get("KUZET_DB")
    try:
        return parse_location(chosen) if chosen else sqlite_location(db_path())
    except LocationError as exc:
        fail(f"--db: {exc}", EXIT_USAGE)


def chosen_db(ctx: typer.Context, db: Path | str | None) -> Path:
    """The SQLite file a file-level command works on (backups, restore, the window's
    single-file checks); a team database is refused with exit 2."""
    location = chosen_location(ctx, db)
    if location.is_postgresql:
        fail(
            f"{location.display()}: this command works on an SQLite file; a team database "
            "is administered with `kuzet admin` on the server",
            EXIT_USAGE,
        )
    return location.path


def _reads_only(ctx: typer.Context) -> bool:
    words = ctx.command_path.split()[1:]  # without the program name
    return " ".join(words) in READ_ONLY_COMMANDS or (bool(words) and words[0] in READ_ONLY_COMMANDS)


def take_write_lock(ctx: typer.Context, path: Path, required: bool = True):  # -> WriteLock | None
    """The database's write lock for this command (released when the command ends).

    With ``required`` false, a busy lock is no failure: the command goes on as a reader.
    """
    from ..store.lock import DatabaseBusy, WriteLock

    lock = WriteLock(path, program=f"kuzet {' '.join(ctx.command_path.split()[1:])}".strip())
    try:
        lock.acquire()
    except DatabaseBusy as exc:
        if required:
            fail(str(exc), EXIT_BUSY)
        return None
    ctx.call_on_close(lock.release)
    return lock


def open_store(ctx: typer.Context, db: Path | None = None, write: bool | None = None):  # -> Store
    """Open the database for a command, holding the write lock unless it only reads.

    ``write`` None decides from the command (``READ_ONLY_COMMANDS``). A reader never takes
    the lock, unless the file's schema needs creating or upgrading: then it must hold it
    like a writer (exit 4 if another program does).
    """
    from sqlalchemy.exc import OperationalError

    from ..store.schema import SchemaError, SchemaState, inspect_schema
    from ..store.session import Store

    location = chosen_location(ctx, db)
    path = location.path
    writes = not _reads_only(ctx) if write is None else write
    try:
        # A team database has many writers: no file lock (long jobs take named locks).
        if not location.is_postgresql and (
            writes or inspect_schema(path).state is not SchemaState.CURRENT
        ):
            take_write_lock(ctx, path)
        store, outcome = Store.open(location)
    except SchemaError as exc:
        fail(str(exc), EXIT_REFUSED)
    except OperationalError as exc:
        fail(f"{location.display()}: cannot connect: {exc.orig}", EXIT_REFUSED)
    if outcome != "schema is current":
        typer.echo(f"{location.display()}: {outcome}", err=True)
    from .signin import sign_in_for_command

    sign_in_for_command(ctx, store)  # --officer, KUZET_OFFICER, or the demo's MLRO
    return store


def open_desk(
    ctx: typer.Context,
    db: Path | None = None,
    write: bool | None = None,
    clock: Clock = SYSTEM_CLOCK,
) -> Desk:
    """``open_store`` as the areas' entry points (``kuzet/desk.py``); the store closes when
    the command ends. ``clock``: a command that settled "today" before opening the file
    (to check its options) passes that day, so the work uses the same one."""
    desk = Desk(open_store(ctx, db, write), clock)
    ctx.call_on_close(desk.close)
    return desk


def parse_day(text: str | None, name: str) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        fail(f"{name}: {text!r} is not a date (YYYY-MM-DD)", 2)


def stderr_progress(done: int, total: int, message: str) -> None:
    if total:
        sys.stderr.write(f"\r{message} {done}/{total}    ")
    else:
        sys.stderr.write(f"\r{message} {done}    ")
    sys.stderr.flush()


def run_import(file: Path, mapping: Path | None, read: Callable[..., Result]) -> Result:
    """An import command's work: read the column mapping, run ``read(file, columns,
    progress)`` with its progress on stderr; a refused file ends the command (exit 1)
    naming the file, line and field, with nothing written."""
    from ..progress import Progress  # on use: start-up time
    from ..registers.errors import RegisterError
    from ..registers.tabular import load_mapping

    try:
        columns = load_mapping(mapping) if mapping else None
        result = read(file, columns, Progress(stderr_progress))
    except RegisterError as exc:
        typer.echo("", err=True)
        fail(f"{file}: {exc}")
    typer.echo("", err=True)
    return result


def import_command(
    kind: str,
    help_text: str,
    read: Callable[[Desk], Callable[..., Result]],
    said: Callable[[Result, Path], str],
) -> None:
    """Add ``kuzet import <kind>``: every import command takes the same file, mapping and
    database and runs the same way (``run_import``, all rows or none), so only the desk
    method (``read(desk)``) and the line printed after it (``said(result, file)``) differ."""

    def import_file(
        ctx: typer.Context,
        file: Path = ImportFile,
        mapping: Path | None = MappingOption,
        db: Path | None = DbOption,
    ) -> None:
        result = run_import(file, mapping, read(open_desk(ctx, db)))
        typer.echo(said(result, file))

    import_app.command(kind, help=help_text)(import_file)


def export_to_table(file: Path) -> None:
    """Refuse (exit 2) an export to a file that is not ``.csv`` or ``.xlsx``."""
    if file.suffix.lower() not in (".csv", ".xlsx"):
        fail(f"{file}: export to a .csv or .xlsx file", 2)
