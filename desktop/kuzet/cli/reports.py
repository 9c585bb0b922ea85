"""kuzet reports: the reports to the FIU (STRs and threshold reports) with their deadlines;
kuzet reports draft: the printable draft of one STR.

What a command needs besides is imported inside it, so ``kuzet --help`` stays fast."""

from __future__ import annotations

from pathlib import Path

import typer

from .apps import app
from .common import DbOption, fail, open_desk
from .monitoring import list_reports

EXIT_USAGE = 2
DRAFT_LANGS = ("en", "ru", "kk")

reports_app = typer.Typer(
    help="List reports to the FIU (kuzet reports), or write an STR's draft "
    "(kuzet reports draft ID --out FILE.pdf).",
    invoke_without_command=True,
)
app.add_typer(reports_app, name="reports")


@reports_app.callback()
def reports(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
    db: Path | None = DbOption,
) -> None:
    """List reports to the FIU (STRs and threshold reports) with deadlines and status."""
    if ctx.invoked_subcommand is None:
        list_reports(ctx, as_json, db)


@reports_app.command("draft")
def draft(
    ctx: typer.Context,
    report_id: int = typer.Argument(..., help="The STR's number in Kuzet (kuzet reports)."),
    out: Path = typer.Option(..., "--out", help="The PDF to write (replaced if it exists)."),
    lang: str = typer.Option("en", "--lang", help="Language of the draft: en, ru or kk."),
    db: Path | None = DbOption,
) -> None:
    """Write the draft of STR ID for the FIU: the reporting firm with its BIN and FIU
    registration number, the case, the subject and its beneficial owners, the grounds,
    the transactions and the facts, and the officer who decided it, by name and position.
    Exit 1 for an STR that does not exist, 2 for a wrong option."""
    from ..registers.errors import NotFound  # on first use: start-up time

    if lang.lower() not in DRAFT_LANGS:
        fail(f"--lang: {lang!r} is not one of {', '.join(DRAFT_LANGS)}", EXIT_USAGE)
    if out.is_dir():
        fail(f"--out: {out} is a folder; give the PDF file to write", EXIT_USAGE)
    monitoring = open_desk(ctx, db, write=False).monitoring
    try:
        path = monitoring.write_str_draft(report_id, out, lang.lower())
    except NotFound as exc:
        fail(f"STR #{report_id}: no such report ({exc}). `kuzet reports` lists them.")
    except OSError as exc:
        fail(f"{out}: cannot write the draft ({exc})")
    typer.echo(f"STR #{report_id}: draft written to {path}. Never tell the customer.")
