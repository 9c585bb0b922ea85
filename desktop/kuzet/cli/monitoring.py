"""kuzet import transactions / monitor / alerts / reports / travel-rule.

The monitoring area is loaded when a command runs (``open_desk(...).monitoring``), and what
a command needs besides is imported inside it, so ``kuzet --help`` stays fast."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import typer

from .apps import app
from .common import (
    DbOption,
    fail,
    import_command,
    open_desk,
    parse_day,
    stderr_progress,
)
from .words import counted


def _transactions_imported(result: Any, file: Path) -> str:
    said = f"{counted(result.count, 'transaction')} imported from {file} (import {result.batch!r})"
    if result.incomplete_travel_rule:
        said += (
            f"\n{counted(result.incomplete_travel_rule, 'transfer lacks', 'transfers lack')} "
            "Travel Rule data; "
            "run `kuzet monitor` to raise alerts"
        )
    return said


import_command(
    "transactions",
    "Import customer transactions, all rows or none. Header: date,customer,direction, "
    "asset,amount,value_kzt,value_usd,counterparty_wallet,counterparty_provider, "
    "originator_name,originator_wallet,originator_id,beneficiary_name,beneficiary_wallet, "
    "reference. customer: IIN/BIN or Kuzet customer number (#123); direction: in or out.",
    lambda desk: desk.monitoring.import_transactions,
    _transactions_imported,
)


@app.command("monitor")
def monitor(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """Run the monitoring rules over all transactions; print a summary per rule.
    Running again does not duplicate alerts."""
    from ..progress import Progress  # on first use: start-up time

    summary = open_desk(ctx, db).monitoring.run_monitoring(Progress(stderr_progress))
    typer.echo("", err=True)
    for line in summary.lines():
        typer.echo(line)


@app.command("alerts")
def list_alerts(
    ctx: typer.Context,
    as_json: bool = typer.Option(
        False,
        "--json",
        help="One JSON object per line: severity, rule, customer, transactions, reason.",
    ),
    db: Path | None = DbOption,
) -> None:
    """List open alerts, the most serious first (critical, high, medium, info), then the
    oldest."""
    from ..regime.severity import severity_key  # on first use: start-up time

    monitoring = open_desk(ctx, db, write=False).monitoring
    levels = monitoring.alert_listing().levels
    found = [
        {**alert, "severity": levels.get(alert["rule"], "")} for alert in monitoring.open_alerts()
    ]
    found.sort(key=lambda alert: severity_key(alert["severity"]))  # stable: oldest first within
    _echo(
        found,
        as_json,
        lambda alert: (
            f"#{alert['id']:<5} {alert['severity'].upper():<8} {alert['detected_on']}  "
            f"{alert['rule']:<22} "
            f"{alert['customer']} {alert['customer_name']}  tx {alert['transactions']}\n"
            f"       {alert['reason']}"
        ),
    )
    if not as_json:
        typer.echo(f"{counted(len(found), 'open alert')}")


def list_reports(  # ``kuzet reports`` (cli/reports.py, beside ``kuzet reports draft``)
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line."),
    db: Path | None = DbOption,
) -> None:
    """List reports to the FIU (STRs and threshold reports) with deadlines and status."""
    found = open_desk(ctx, db, write=False).monitoring.all_reports()

    def line(report: dict[str, Any]) -> str:
        left = report["business_days_left"]
        when = "" if left is None else f"{left:>3} bd"
        return (
            f"{report['kind'].upper()} #{report['id']:<5} {report['state']:<22} "
            f"due {report['deadline'] or '-':<10} {when:>6}  {report['customer']} "
            f"{report['customer_name']}  {report['fiu_reference']}"
        )

    _echo(found, as_json, line)
    overdue = sum(1 for r in found if r["state"] == "overdue")
    if not as_json:
        typer.echo(f"{counted(len(found), 'report')}, {overdue} overdue. Never tell the customer.")


@app.command("report-activity")
def report_activity(
    ctx: typer.Context,
    customer_id: int = typer.Argument(..., help="Kuzet customer number."),
    noticed: str = typer.Option(
        ..., "--noticed", help="Day the activity was noticed (YYYY-MM-DD)."
    ),
    activity: str = typer.Option(
        ..., "--activity", help="What was seen: IP addresses, devices, behaviour, and when."
    ),
    facts: str = typer.Option("", "--facts", help="The case facts, as for any STR."),
    suspicious: bool = typer.Option(
        False, "--suspicious", help="Decide it is suspicious now: the STR's deadline starts."
    ),
    db: Path | None = DbOption,
) -> None:
    """Open an STR on a client's suspicious activity with no transaction (from 1 Apr 2026,
    AFM Order No. 22 of 23 Dec 2025). Exit 1 when refused (e.g. activity before that day)."""
    from ..registers.errors import ValidationFailed  # on first use: start-up time

    day = parse_day(noticed, "--noticed")
    monitoring = open_desk(ctx, db).monitoring
    try:
        report = monitoring.open_activity_report(
            customer_id, day, activity, facts, "suspicious" if suspicious else ""
        )
    except ValidationFailed as exc:
        fail("Report of activity refused:\n" + "\n".join(exc.field_errors.values()))
    due = f", due {report.deadline}" if report.deadline else ", decision pending"
    typer.echo(
        f"STR #{report.id} (client activity) opened for customer #{customer_id}{due}. "
        "Never tell the customer."
    )


def _echo(
    found: list[dict[str, Any]], as_json: bool, line: Callable[[dict[str, Any]], str]
) -> None:
    """Each record as one JSON object a line, or as ``line`` writes it."""
    for item in found:
        typer.echo(json.dumps(item, ensure_ascii=False) if as_json else line(item))


@app.command("travel-rule")
def travel_rule_gaps(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """List transfers at or above the Travel Rule threshold that lack required data."""
    found = open_desk(ctx, db, write=False).monitoring.incomplete_transfers()
    for transaction_id, result in found:
        typer.echo(f"#{transaction_id:<7} {result.describe()}")
    typer.echo(f"{counted(len(found), 'incomplete transfer')} at or above the threshold")
