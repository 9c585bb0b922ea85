"""kuzet licences / import licences / export licences."""

from __future__ import annotations

from pathlib import Path

import typer

from .apps import app, export_app
from .common import (
    DbOption,
    export_to_table,
    import_command,
    open_desk,
)
from .words import counted


@app.command("licences")
def list_licences(
    ctx: typer.Context,
    db: Path | None = DbOption,
    status: str = typer.Option("", "--status", help="active, suspended, revoked or expired."),
    search: str = typer.Option("", "--search", help="Text in number, issuer or conditions."),
) -> None:
    """List licences, soonest expiry first, with days left and status; then any stretch of
    mining, sales of mined coin or customer transactions while the licence it needs was
    suspended, expired or not held (critical)."""
    from ..registers.listing import ListQuery

    licensing = open_desk(ctx, db).licensing
    listing = licensing.licence_listing()
    ids = licensing.list_ids(listing, ListQuery(search=search, filters={"status": status}))
    rows = licensing.list_rows(listing, ids)
    for licence_id in ids:
        kind, number, issuer, _issued, expires, days, state, _ = rows[licence_id]
        left = "" if days is None else f"{days:>5} d"
        typer.echo(
            f"#{licence_id:<4} {state:<10} {expires or '(no expiry)'!s:<12} {left:>7}  "
            f"{number}  {kind}  ({issuer})"
        )
    findings = licensing.inactive_activity()
    if findings:
        typer.echo("")
        typer.echo(f"Activity without the licence it needs ({len(findings)}):")
    for finding in findings:
        typer.echo(f"{finding.severity.upper():<8} {finding.title()}")
        typer.echo(f"         {finding.detail()}")


import_command(
    "licences",
    "Import licences. Header: type,number,issuer,issued_on,expires_on,conditions,status, "
    "suspended_from,suspended_to,notes.",
    lambda desk: desk.licensing.import_licences,
    lambda count, file: f"{counted(count, 'licence')} imported from {file}",
)


@export_app.command("licences")
def export_licences(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="Where to write: .csv or .xlsx"),
    status: str = typer.Option("", "--status"),
    include_retired: bool = typer.Option(False, "--include-retired"),
    db: Path | None = DbOption,
) -> None:
    """Export licences to CSV or XLSX."""
    from ..registers.listing import ListQuery

    export_to_table(file)
    licensing = open_desk(ctx, db).licensing
    query = ListQuery(filters={"status": status}, include_retired=include_retired)
    count = licensing.export_licences(file, query)
    typer.echo(f"{counted(count, 'licence')} written to {file}")
