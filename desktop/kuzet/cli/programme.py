"""kuzet calendar / firm / training / import attendance / export training-matrix.

The registers are imported inside each command, so ``kuzet --help`` stays fast.
"""

from __future__ import annotations

from pathlib import Path

import typer

from .apps import app, export_app
from .common import (
    DbOption,
    export_to_table,
    fail,
    import_command,
    open_desk,
    parse_day,
)
from .words import counted


@app.command("calendar")
def calendar_command(
    ctx: typer.Context,
    ics: Path | None = typer.Option(
        None, "--ics", help="Write the deadlines to this iCalendar (.ics) file."
    ),
    start: str | None = typer.Option(None, "--from", help="First due date (YYYY-MM-DD)."),
    end: str | None = typer.Option(None, "--to", help="Last due date (YYYY-MM-DD)."),
    register: str = typer.Option("", "--register", help="Only this register (e.g. licence)."),
    owner: str = typer.Option("", "--owner", help="Only deadlines owned by this person."),
    db: Path | None = DbOption,
) -> None:
    """Every deadline of every register, soonest first; --ics writes them for Outlook or
    Google Calendar."""
    from ..registers.calendar import register_label, select_entries  # start-up time

    first, last = parse_day(start, "--from"), parse_day(end, "--to")
    if first and last and last < first:
        fail("--to is before --from", 2)
    if ics is not None and ics.suffix.lower() != ".ics":
        fail(f"{ics}: the calendar file must end in .ics", 2)
    programme = open_desk(ctx, db, write=False).programme
    items = select_entries(programme.deadlines(), register, owner, first, last)
    if ics is not None:
        count = programme.export_calendar(ics, items)
        typer.echo(f"{counted(count, 'deadline')} written to {ics}")
        return
    for item in items:
        label = register_label(item.register)
        what = item.kind if label == item.kind else f"{label}: {item.kind}"
        typer.echo(
            f"{item.due:%Y-%m-%d} {item.when(programme.today):>18}  {what}: {item.title}"
            + (f"  [{item.owner}]" if item.owner else "")
        )
    if not items:
        typer.echo("No deadlines.")


@app.command("firm")
def firm_command(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """The firm profile, what it makes apply (rule, source, mark) and any MLRO gap."""
    from ..registers.programme.firm import activity_keys  # start-up time (see above)

    overview = open_desk(ctx, db, write=False).programme.firm_overview()
    profile = overview.profile
    if profile is None:
        fail("No firm profile yet: run the set-up wizard (File menu) in the window.")
    labels = overview.activities
    typer.echo(f"{profile.legal_name}  BIN {profile.bin}")
    typer.echo(f"Jurisdiction: {overview.jurisdictions[profile.jurisdiction]}")
    typer.echo("Activities: " + "; ".join(labels.get(a, a) for a in activity_keys(profile)))
    for item in overview.applies:
        typer.echo(f"  {item.what}: {item.value}  [{item.confidence}] {item.source}")
    for gap in overview.gaps:
        typer.echo(f"GAP since {gap.since:%Y-%m-%d}: {gap.message}")
    if overview.gaps:
        raise typer.Exit(1)


@app.command("training")
def training_command(
    ctx: typer.Context,
    state: str = typer.Option("", "--state", help="done, due or overdue (the worst cell)."),
    role: str = typer.Option("", "--role", help="A role key, e.g. front_office."),
    db: Path | None = DbOption,
) -> None:
    """The training matrix: staff by required course, done, due or overdue."""
    from ..registers.programme.training_matrix import STATES  # start-up time (see above)

    if state and state not in STATES:
        fail(f"--state must be one of {', '.join(STATES)}", 2)
    found = open_desk(ctx, db, write=False).programme.training_matrix(role, state)
    for row in found.rows:
        cells = []
        for key, label in found.topics:
            cell = row.cells.get(key)
            if cell is not None:
                cells.append(f"{label}: {cell.state} {cell.due:%Y-%m-%d}")
        typer.echo(f"{row.name}  —  " + "; ".join(cells))
    counts = found.counts()
    typer.echo(
        f"{len(found.rows)} staff; {counts['overdue']} overdue, {counts['due']} due, "
        f"{counts['done']} done"
    )


import_command(
    "attendance",
    "Import training attendance. Header: date,course,staff,completed,score,certificate, "
    "notes (course by title or #id; staff by full name, e-mail or #id).",
    lambda desk: desk.programme.import_attendance,
    lambda result, file: (
        f"{counted(result.rows, 'attendance row')} imported from {file} "
        f"({counted(result.sessions_created, 'new session')})"
    ),
)


@export_app.command("training-matrix")
def export_matrix_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="Where to write: .csv or .xlsx"),
    db: Path | None = DbOption,
) -> None:
    """Export the training matrix (one row per member of staff) to CSV or XLSX."""
    export_to_table(file)
    count = open_desk(ctx, db, write=False).programme.export_training_matrix(file)
    typer.echo(f"{count} staff written to {file}")
