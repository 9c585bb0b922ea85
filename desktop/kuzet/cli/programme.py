"""kuzet calendar / firm / training / import attendance / export training-matrix."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from .apps import app, export_app, import_app
from .common import DbOption, fail, open_store, parse_day


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
    from ..registers import calendar
    from ..registers.system import settings

    first, last = parse_day(start, "--from"), parse_day(end, "--to")
    if first and last and last < first:
        fail("--to is before --from", 2)
    if ics is not None and ics.suffix.lower() != ".ics":
        fail(f"{ics}: the calendar file must end in .ics", 2)
    today = dt.date.today()
    store = open_store(ctx, db, write=False)
    try:
        with store.reading() as session:
            items = calendar.entries(
                session, store.rules(session), today, register, owner, first, last
            )
            name = calendar.calendar_name(settings.firm_name(session))
    finally:
        store.close()
    if ics is not None:
        count = calendar.write_ics(ics, items, today, name)
        typer.echo(f"{count} deadline(s) written to {ics}")
        return
    for item in items:
        label = calendar.register_label(item.register)
        what = item.kind if label == item.kind else f"{label}: {item.kind}"
        typer.echo(
            f"{item.due:%Y-%m-%d} {item.when(today):>18}  {what}: {item.title}"
            + (f"  [{item.owner}]" if item.owner else "")
        )
    if not items:
        typer.echo("No deadlines.")


@app.command("firm")
def firm_command(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """The firm profile, what it makes apply (rule, source, mark) and any MLRO gap."""
    from ..registers.programme import firm, mlro

    today = dt.date.today()
    store = open_store(ctx, db, write=False)
    try:
        with store.reading() as session:
            rules = store.rules(session)
            profile = firm.profile(session)
            if profile is None:
                fail("No firm profile yet: run the set-up wizard (File menu) in the window.")
            labels = firm.activity_labels(rules, today)
            typer.echo(f"{profile.legal_name}  BIN {profile.bin}")
            typer.echo(
                f"Jurisdiction: {firm.jurisdiction_labels(rules, today)[profile.jurisdiction]}"
            )
            typer.echo(
                "Activities: " + "; ".join(labels.get(a, a) for a in firm.activity_keys(profile))
            )
            needs = firm.requirements(session, rules, today)
            for item in firm.what_applies(needs, rules, today):
                typer.echo(f"  {item.what}: {item.value}  [{item.confidence}] {item.source}")
            gaps = mlro.gaps(session, rules, today)
    finally:
        store.close()
    for gap in gaps:
        typer.echo(f"GAP since {gap.since:%Y-%m-%d}: {gap.message}")
    if gaps:
        raise typer.Exit(1)


@app.command("training")
def training_command(
    ctx: typer.Context,
    state: str = typer.Option("", "--state", help="done, due or overdue (the worst cell)."),
    role: str = typer.Option("", "--role", help="A role key, e.g. front_office."),
    db: Path | None = DbOption,
) -> None:
    """The training matrix: staff by required course, done, due or overdue."""
    from ..registers.programme import training_matrix

    if state and state not in training_matrix.STATES:
        fail(f"--state must be one of {', '.join(training_matrix.STATES)}", 2)
    today = dt.date.today()
    store = open_store(ctx, db, write=False)
    try:
        with store.reading() as session:
            found = training_matrix.matrix(session, store.rules(session), today, role, state)
    finally:
        store.close()
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


@import_app.command("attendance")
def import_attendance_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="CSV or XLSX file."),
    mapping: Path | None = typer.Option(None, "--mapping", help="TOML column mapping."),
    db: Path | None = DbOption,
) -> None:
    """Import training attendance. Header: date,course,staff,completed,score,certificate,
    notes (course by title or #id; staff by full name, e-mail or #id)."""
    from ..progress import Progress
    from ..registers.errors import RegisterError
    from ..registers.programme.training_import import import_attendance
    from ..registers.tabular import load_mapping
    from .common import stderr_progress

    store = open_store(ctx, db)
    try:
        columns = load_mapping(mapping) if mapping else None
        with store.transaction() as session:
            result = import_attendance(
                session, file, dt.date.today(), columns, Progress(stderr_progress)
            )
    except RegisterError as exc:
        fail(f"{file}: {exc}")
    finally:
        store.close()
    typer.echo(
        f"\n{result.rows} attendance row(s) imported from {file} "
        f"({result.sessions_created} new session(s))"
    )


@export_app.command("training-matrix")
def export_matrix_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="Where to write: .csv or .xlsx"),
    db: Path | None = DbOption,
) -> None:
    """Export the training matrix (one row per member of staff) to CSV or XLSX."""
    from ..registers.programme.training_matrix import export_matrix

    if file.suffix.lower() not in (".csv", ".xlsx"):
        fail(f"{file}: export to a .csv or .xlsx file", 2)
    store = open_store(ctx, db, write=False)
    try:
        with store.reading() as session:
            count = export_matrix(session, store.rules(session), dt.date.today(), file)
    finally:
        store.close()
    typer.echo(f"{count} staff written to {file}")
