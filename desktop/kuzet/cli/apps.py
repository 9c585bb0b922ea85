"""The command groups every area adds its commands to: ``kuzet``, ``kuzet import`` and
``kuzet export``."""

from __future__ import annotations

from pathlib import Path

import typer

app = typer.Typer(
    help="Kuzet: offline compliance desk for licensed crypto firms and miners in Kazakhstan.\n\n"
    "Run without a command to open the window.",
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
import_app = typer.Typer(help="Import a register from a file (all rows or nothing).")
export_app = typer.Typer(help="Export a register to CSV or XLSX.")
admin_app = typer.Typer(help="Administer the firm: its officers (cli/team.py) and server.")
app.add_typer(import_app, name="import")
app.add_typer(export_app, name="export")
app.add_typer(admin_app, name="admin")


@app.callback(invoke_without_command=True)
def _root(
    ctx: typer.Context,
    db: Path | None = typer.Option(
        None,
        "--db",
        parser=lambda text: text if "://" in text else Path(text),  # a URL keeps its //
        help="Database: an SQLite file or postgresql+psycopg://officer@host/db "
        "(default: KUZET_DB, else <data dir>/kuzet.sqlite).",
    ),
    officer: str | None = typer.Option(
        None,
        "--officer",
        help="The officer's login the command acts as (default: KUZET_OFFICER); the "
        "password from KUZET_PASSWORD, the keyring or a prompt.",
    ),
) -> None:
    ctx.obj = {"db": db, "officer": officer}
    if ctx.invoked_subcommand is None:
        from ..ui.launch import run_gui

        raise typer.Exit(run_gui(db))
