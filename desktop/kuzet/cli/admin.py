"""kuzet admin init|upgrade|backup|move-to-postgres: the team database's server side.

Run by the firm's administrator with the database owner's server login (a superuser, or
a login with CREATEROLE and CREATEDB that owns the database). Its password comes from
``KUZET_ADMIN_PASSWORD``, the keyring (service ``kuzet-postgresql``) or libpq's own
``~/.pgpass``; ``KUZET_PASSWORD`` is the officer's. Exit codes: 0 done; 1 refused or a
check failed; 2 usage; 3 the server cannot be reached.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from .apps import admin_app
from .common import EXIT_USAGE, DbOption, chosen_location, db_value, fail

EXIT_CANNOT_OPEN = 3


def _team_location(value: str | Path):  # -> DatabaseLocation
    from ..store.location import LocationError, parse_location

    try:
        location = parse_location(value)
    except LocationError as exc:
        fail(f"{exc}", EXIT_USAGE)
    if not location.is_postgresql:
        fail(f"{value}: give a PostgreSQL URL (postgresql+psycopg://owner@host/db)", EXIT_USAGE)
    return location


def _chosen_team(ctx: typer.Context, db: Path | str | None):  # -> DatabaseLocation
    location = chosen_location(ctx, db)
    if not location.is_postgresql:
        fail(
            f"{location.display()}: an SQLite file; `kuzet admin` {ctx.info_name} works on a "
            "team database (--db postgresql+psycopg://owner@host/db); use `kuzet backup`",
            EXIT_USAGE,
        )
    return location


def _guarded(work, *args):  # type: ignore[no-untyped-def]
    """Run ``work``: a refusal exits 1, an unreachable server 3."""
    from sqlalchemy.exc import DBAPIError, OperationalError

    from ..store.pg_admin import AdminRefused
    from ..store.schema import SchemaError

    try:
        return work(*args)
    except (AdminRefused, SchemaError) as exc:
        fail(f"Refused: {exc}")
    except OperationalError as exc:
        fail(f"Cannot reach the server: {exc.orig}", EXIT_CANNOT_OPEN)
    except DBAPIError as exc:
        fail(f"Refused by the server: {exc.orig}")


def _first_password(whose: str = "The first officer's") -> str:
    given = os.environ.get("KUZET_PASSWORD")
    if given:
        return given
    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass(f"{whose} password: ")
        if getpass.getpass("Again: ") != first:
            fail("The two passwords differ; nothing was changed.")
        return first
    fail("Give the officer's password in KUZET_PASSWORD (or run in a terminal).", EXIT_USAGE)


@admin_app.command("init")
def init(
    url: str = typer.Argument(..., help="postgresql+psycopg://owner@host/db (an empty database)."),
    login: str = typer.Option(..., "--login", help="The first officer's login, e.g. a.seitkali."),
    name: str = typer.Option(..., "--name", help="Their full name (staff register)."),
    role: str = typer.Option("admin", "--role", help="admin (default) or mlro."),
) -> None:
    """Set up a team database: schema, groups, privileges, the first officer's login."""
    from ..desk import Desk
    from ..registers.errors import RegisterError
    from ..registers.system.passwords import MIN_LENGTH
    from ..store.pg_admin import init_database, officer_location
    from ..store.session import Store

    if role not in ("admin", "mlro"):
        fail("--role must be admin or mlro (the first officer manages the others)", EXIT_USAGE)
    location = _team_location(db_value(url))
    login = login.strip().lower()
    password = _first_password()
    if len(password) < MIN_LENGTH:
        fail(f"A password has at least {MIN_LENGTH} characters; nothing was changed.")
    _guarded(init_database, location, login, password, role)
    typer.echo(f"{location.display()}: schema, group roles, privileges, actor trigger")
    # The officer row is the officer's own first write, connected as themselves: the
    # trail's actor is their server login from the first entry on.
    os.environ["KUZET_PASSWORD"] = password  # this process only: their connection's
    officer_at = officer_location(location, login)
    store, _ = _guarded(Store.open, officer_at)
    try:
        data = {"login": login, "role": role, "full_name": name, "password": password}
        try:
            Desk(store).team.start_firm(data)
        except RegisterError as exc:
            fail(f"Refused: {exc}")
    finally:
        store.close()
    typer.echo(f"officer {login} added ({role}); officers connect with {officer_at.display()}")


@admin_app.command("login")
def login_command(
    ctx: typer.Context,
    login: str = typer.Argument(..., help="An active officer's login."),
    db: Path | None = DbOption,
) -> None:
    """Give an existing officer (a moved firm's) a server login in their role's group,
    with the password from KUZET_PASSWORD or a prompt."""
    from ..store.pg_admin import owner_login

    location = _chosen_team(ctx, db)
    password = _first_password(f"{login}'s")
    role = _guarded(owner_login, location, login.strip().lower(), password)
    typer.echo(f"server login {login} ready ({role})")


@admin_app.command("upgrade")
def upgrade(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """Upgrade a team database's schema: pg_dump -Fc first, then the migrations."""
    from ..store.pg_admin import schema_state, upgrade_database
    from ..store.pg_dump import dump

    location = _chosen_team(ctx, db)
    revisions, heads = _guarded(schema_state, location)
    if revisions == heads:
        typer.echo(f"{location.display()}: schema is current ({', '.join(sorted(heads))})")
        return
    saved = _guarded(dump, location, None, "pre-upgrade")
    typer.echo(f"dumped to {saved}")
    _guarded(upgrade_database, location)
    typer.echo(
        f"{location.display()}: upgraded from {', '.join(sorted(revisions))} to "
        f"{', '.join(sorted(heads))}"
    )


@admin_app.command("backup")
def backup(
    ctx: typer.Context,
    out: Path | None = typer.Option(
        None, "--out", help="The dump file (default: the team folder's backups)."
    ),
    db: Path | None = DbOption,
) -> None:
    """Back up a team database with pg_dump -Fc (check it with `kuzet restore --check`)."""
    from ..store.pg_dump import dump

    location = _chosen_team(ctx, db)
    saved = _guarded(dump, location, out)
    typer.echo(f"Backed up {location.display()} to {saved}")


def check_dump_command(ctx: typer.Context, db: Path | None, dump_file: Path) -> None:
    """``kuzet restore --check FILE.dump``: restore into a scratch database on the
    server, verify there, drop it; exit 0 intact, 1 not."""
    from ..store.pg_dump import check_dump

    location = _chosen_team(ctx, db)
    checked = _guarded(check_dump, location, dump_file)
    typer.echo(f"{dump_file}: restored into {checked.scratch} (dropped)")
    typer.echo(checked.summary)
    if not checked.intact:
        raise typer.Exit(1)


@admin_app.command("move-to-postgres")
def move_to_postgres(
    file: Path = typer.Argument(..., help="The firm's SQLite database."),
    url: str = typer.Argument(..., help="postgresql+psycopg://owner@host/db (an empty database)."),
) -> None:
    """Copy a firm's SQLite database, ids and all, and its document vault's encrypted
    files into an empty team database; verify both sides (exit 1 if either fails, a
    table's rows differ or a document's bytes differ)."""
    from ..store.pg_move import move_to_postgres as move

    location = _team_location(db_value(url))
    report = _guarded(move, file, location, lambda m: typer.echo(m, err=True))
    for table, (left, right) in sorted(report.counts.items()):
        if left != right:
            typer.echo(f"{table}: {left} rows in the file, {right} on the server")
    for name in report.blobs_differing:
        typer.echo(f"vault blob {name}: not the same bytes on the server")
    typer.echo(f"{file}: {report.source_summary}")
    typer.echo(f"{location.display()}: {report.target_summary}")
    if not report.ok:
        raise typer.Exit(1)
    typer.echo(
        f"moved {sum(a for a, _ in report.counts.values())} rows in {len(report.counts)} "
        "tables; give each officer a server login with `kuzet admin login LOGIN`"
    )
    if report.counts.get("vault_blob", (0, 0))[0]:
        typer.echo(
            "the first officer who opens the document vault with its old key (this "
            "computer's keyring, or its passphrase) makes it the team's vault"
        )
