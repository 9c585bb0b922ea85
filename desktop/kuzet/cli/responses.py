"""kuzet responses list / findings / add / edit / retire / import / export: the management
response register (management's answer to each finding of the audit pack).

The registers are imported inside each command, so ``kuzet --help`` stays fast.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import typer

from .apps import app
from .common import (
    DbOption,
    ImportFile,
    MappingOption,
    export_to_table,
    fail,
    open_desk,
    parse_day,
    run_import,
)
from .words import counted

responses_app = typer.Typer(
    help="Management responses to the audit pack's findings: response, owner, due date, status."
)
app.add_typer(responses_app, name="responses")

STATUSES = ("open", "in_progress", "done", "accepted_risk")
LEVELS = ("critical", "high", "medium", "info")
# the option that sets each field of the register (for the messages of a refused save)
OPTIONS = {
    "finding_key": "--key",
    "finding_text": "--finding",
    "severity": "--severity",
    "response": "--response",
    "owner_staff_id": "--owner",
    "due_on": "--due",
    "status": "--status",
    "closed_on": "--closed",
    "notes": "--notes",
    "": "response",
}


def _choice(value: str | None, allowed: tuple[str, ...], option: str) -> None:
    if value is not None and value not in allowed:
        fail(f"{option} must be one of {', '.join(allowed)}", 2)


def _save(ctx: typer.Context, db: Path | None, data: dict[str, Any], record_id: int | None):
    from ..registers.errors import RegisterError

    programme = open_desk(ctx, db).programme
    try:
        return programme.save_management_response(data, record_id)
    except RegisterError as exc:
        fields = getattr(exc, "field_errors", None)
        if fields:
            fail("\n".join(f"{OPTIONS.get(f, f)}: {message}" for f, message in fields.items()))
        fail(str(exc))


def _fields(
    key: str | None,
    finding: str | None,
    severity: str | None,
    response: str | None,
    owner: int | None,
    due: str | None,
    status: str | None,
    closed: str | None,
    notes: str | None,
) -> dict[str, Any]:
    """The options given, as the register's fields (an option left out is not changed)."""
    _choice(severity, LEVELS, "--severity")
    _choice(status, STATUSES, "--status")
    given: dict[str, Any] = {
        "finding_key": key,
        "finding_text": finding,
        "severity": severity,
        "response": response,
        "owner_staff_id": owner,
        "status": status,
        "notes": notes,
    }
    data = {k: v for k, v in given.items() if v is not None}
    if due is not None:
        data["due_on"] = parse_day(due, "--due") if due else None
    if closed is not None:
        data["closed_on"] = parse_day(closed, "--closed") if closed else None
    return data


KeyOption = typer.Option(None, "--key", help="The finding key, e.g. licence_expired:licence/3.")
FindingOption = typer.Option(None, "--finding", help="The finding as it reads.")
SeverityOption = typer.Option(None, "--severity", help="critical, high, medium or info.")
ResponseOption = typer.Option(None, "--response", help="Management's response.")
OwnerOption = typer.Option(None, "--owner", help="The owner's staff id (kuzet staff register).")
DueOption = typer.Option(None, "--due", help="Due date (YYYY-MM-DD; empty clears it).")
StatusOption = typer.Option(None, "--status", help="open, in_progress, done or accepted_risk.")
ClosedOption = typer.Option(None, "--closed", help="Day it was done (YYYY-MM-DD).")
NotesOption = typer.Option(None, "--notes", help="Notes.")


@responses_app.command("list")
def list_command(
    ctx: typer.Context,
    status: str = typer.Option("", "--status", help="open, in_progress, done, accepted_risk."),
    severity: str = typer.Option("", "--severity", help="critical, high, medium or info."),
    owner: int | None = typer.Option(None, "--owner", help="Only this owner (staff id)."),
    overdue: bool = typer.Option(False, "--overdue", help="Only open responses past due."),
    search: str = typer.Option("", "--search", help="Text in the finding, response, owner."),
    db: Path | None = DbOption,
) -> None:
    """Every response in force: open ones first, the most severe first, then by due date."""
    from ..registers.listing import ListQuery

    if status:
        _choice(status, STATUSES, "--status")
    if severity:
        _choice(severity, LEVELS, "--severity")
    if overdue and status:
        fail("--overdue and --status cannot be combined", 2)
    programme = open_desk(ctx, db, write=False).programme
    listing = programme.response_listing()
    filters = {
        "status": "overdue" if overdue else status,
        "severity": severity,
        "owner": str(owner) if owner else "",
    }
    ids = programme.list_ids(listing, ListQuery(search=search, filters=filters))
    rows = programme.list_rows(listing, ids)
    for record_id in ids:
        level, finding, response, who, due, state, _closed, key = rows[record_id]
        when = f"{due:%Y-%m-%d}" if isinstance(due, dt.date) else "no due date"
        typer.echo(f"#{record_id} {level} {when} {state} [{who}] {key}")
        typer.echo(f"    {finding}\n    {response}")
    typer.echo(f"{counted(len(ids), 'response')}")


@responses_app.command("findings")
def findings_command(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """Today's critical and high findings (the Dashboard's), with their keys and the
    response in force; exit 1 when a critical finding has no response."""
    programme = open_desk(ctx, db, write=False).programme
    found = programme.findings_to_answer()
    unanswered = 0
    for item in found:
        answer = item.response
        said = f"{answer.status}: {answer.response}" if answer else "NO RESPONSE"
        unanswered += answer is None and item.severity == "critical"
        typer.echo(f"{item.severity.upper()} {item.key}\n    {item.text()}\n    {said}")
    typer.echo(f"{counted(len(found), 'finding')}; {unanswered} critical without a response")
    if unanswered:
        raise typer.Exit(1)


@responses_app.command("add")
def add_command(
    ctx: typer.Context,
    key: str = typer.Option(..., "--key", help="The finding key, e.g. licence_expired:licence/3."),
    severity: str = typer.Option(..., "--severity", help="critical, high, medium or info."),
    response: str = typer.Option(..., "--response", help="Management's response."),
    owner: int = typer.Option(..., "--owner", help="The owner's staff id."),
    finding: str | None = FindingOption,
    due: str | None = DueOption,
    status: str | None = StatusOption,
    closed: str | None = ClosedOption,
    notes: str | None = NotesOption,
    db: Path | None = DbOption,
) -> None:
    """Record management's response to a finding (audited)."""
    data = _fields(key, finding, severity, response, owner, due, status, closed, notes)
    saved = _save(ctx, db, data, None)
    typer.echo(f"management response #{saved.id} recorded for {saved.finding_key}")


@responses_app.command("edit")
def edit_command(
    ctx: typer.Context,
    record_id: int = typer.Argument(..., help="The response's id."),
    key: str | None = KeyOption,
    finding: str | None = FindingOption,
    severity: str | None = SeverityOption,
    response: str | None = ResponseOption,
    owner: int | None = OwnerOption,
    due: str | None = DueOption,
    status: str | None = StatusOption,
    closed: str | None = ClosedOption,
    notes: str | None = NotesOption,
    db: Path | None = DbOption,
) -> None:
    """Change the options given of a response; the others keep their values (audited)."""
    data = _fields(key, finding, severity, response, owner, due, status, closed, notes)
    if not data:
        fail("nothing to change: give at least one option", 2)
    saved = _save(ctx, db, data, record_id)
    typer.echo(f"management response #{saved.id} updated ({saved.status})")


@responses_app.command("retire")
def retire_command(
    ctx: typer.Context,
    record_id: int = typer.Argument(..., help="The response's id."),
    reason: str = typer.Option(..., "--reason", help="Why (recorded in the audit trail)."),
    db: Path | None = DbOption,
) -> None:
    """Retire a response with a reason (kept, never deleted; the one before it, if any,
    is printed in the pack again)."""
    from ..registers.errors import RegisterError

    programme = open_desk(ctx, db).programme
    try:
        programme.retire_management_response(record_id, reason)
    except RegisterError as exc:
        fail(str(exc))
    typer.echo(f"management response #{record_id} retired")


@responses_app.command("import")
def import_command(
    ctx: typer.Context,
    file: Path = ImportFile,
    mapping: Path | None = MappingOption,
    db: Path | None = DbOption,
) -> None:
    """Import responses from CSV or XLSX, all rows or none. Header: finding_key,
    finding_text,severity,response,owner,due_on,status,closed_on,notes (owner by full name,
    e-mail or #staff id)."""
    programme = open_desk(ctx, db).programme
    result = run_import(file, mapping, programme.import_management_responses)
    typer.echo(f"{counted(result.rows, 'management response')} imported from {file}")


@responses_app.command("export")
def export_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="Where to write: .csv or .xlsx"),
    db: Path | None = DbOption,
) -> None:
    """Export every response in force, in the import's columns (and the id)."""
    export_to_table(file)
    count = open_desk(ctx, db, write=False).programme.export_management_responses(file)
    typer.echo(f"{counted(count, 'management response')} written to {file}")
