"""What every command shares: the database option, opening the store, clear failures."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import NoReturn

import typer

from ..paths import db_path

EXIT_PROBLEM = 1  # verification failed, an import was rejected, a check failed
EXIT_REFUSED = 3  # the database cannot be opened (newer schema, not a Kuzet file)

DbOption = typer.Option(
    None, "--db", help="Database file (default: KUZET_DB, else <data dir>/kuzet.sqlite)."
)


def fail(message: str, code: int = EXIT_PROBLEM) -> NoReturn:
    typer.echo(message, err=True)
    raise typer.Exit(code)


def chosen_db(ctx: typer.Context, db: Path | None) -> Path:
    """``--db`` given to the command, else to ``kuzet`` itself, else the default."""
    root = ctx.find_root()
    root_db = (root.obj or {}).get("db") if root is not None else None
    return db_path(db or root_db)


def open_store(ctx: typer.Context, db: Path | None = None):  # -> Store
    from ..store.schema import SchemaError
    from ..store.session import Store

    path = chosen_db(ctx, db)
    try:
        store, outcome = Store.open(path)
    except SchemaError as exc:
        fail(str(exc), EXIT_REFUSED)
    if outcome != "schema is current":
        typer.echo(f"{path}: {outcome}", err=True)
    return store


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
