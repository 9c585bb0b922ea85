"""``kuzet``: the command line. Each module adds the commands of one area."""

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
app.add_typer(import_app, name="import")
app.add_typer(export_app, name="export")


@app.callback(invoke_without_command=True)
def _root(
    ctx: typer.Context,
    db: Path | None = typer.Option(
        None, "--db", help="Database file (default: KUZET_DB, else <data dir>/kuzet.sqlite)."
    ),
) -> None:
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is None:
        from ..ui.launch import run_gui

        raise typer.Exit(run_gui(db))


def _load_commands() -> None:
    """Import the module of every area; each registers its commands on ``app``. Imported
    here rather than at the top so that ``kuzet`` with no command opens the window without
    loading them (start-up time)."""
    from . import (  # noqa: F401
        backup,
        basics,
        customers,
        licences,
        mining,
        monitoring,
        pack,
        programme,
        rules,
        screening,
        selftest,
    )


def run(argv: list[str]) -> int:
    _load_commands()
    try:
        code = app(args=argv, prog_name="kuzet", standalone_mode=False)
    except typer.Exit as exc:
        return int(exc.exit_code or 0)
    except typer.Abort:
        return 130
    except Exception as exc:
        # Usage errors (click's, which typer may vendor) show themselves and carry a code.
        if hasattr(exc, "show") and isinstance(getattr(exc, "exit_code", None), int):
            exc.show()
            return exc.exit_code
        raise
    return code if isinstance(code, int) else 0
