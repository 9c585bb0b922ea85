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
    import_command,
    open_desk,
    stderr_progress,
)


def _transactions_imported(result: Any, file: Path) -> str:
    said = f"{result.count} transaction(s) imported from {file} (import {result.batch!r})"
    if result.incomplete_travel_rule:
        said += (
            f"\n{result.incomplete_travel_rule} transfer(s) lack Travel Rule data; "
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
        False, "--json", help="One JSON object per line: rule, customer, transactions, reason."
    ),
    db: Path | None = DbOption,
) -> None:
    """List open alerts, oldest first."""
    found = open_desk(ctx, db, write=False).monitoring.open_alerts()
    _echo(
        found,
        as_json,
        lambda alert: (
            f"#{alert['id']:<5} {alert['detected_on']}  {alert['rule']:<22} "
            f"{alert['customer']} {alert['customer_name']}  tx {alert['transactions']}\n"
            f"       {alert['reason']}"
        ),
    )
    if not as_json:
        typer.echo(f"{len(found)} open alert(s)")


@app.command("reports")
def list_reports(
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
        typer.echo(f"{len(found)} report(s), {overdue} overdue. Never tell the customer.")


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
    typer.echo(f"{len(found)} incomplete transfer(s) at or above the threshold")
