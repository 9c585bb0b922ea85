"""kuzet import transactions / monitor / alerts / reports / travel-rule."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import typer

from .apps import app, import_app
from .common import DbOption, fail, open_store, stderr_progress


@import_app.command("transactions")
def import_transactions(
    ctx: typer.Context,
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="CSV or XLSX file."),
    mapping: Path | None = typer.Option(None, "--mapping", help="TOML column mapping."),
    db: Path | None = DbOption,
) -> None:
    """Import customer transactions, all rows or none. Header: date,customer,direction,
    asset,amount,value_kzt,value_usd,counterparty_wallet,counterparty_provider,
    originator_name,originator_wallet,originator_id,beneficiary_name,beneficiary_wallet,
    reference. customer: IIN/BIN or Kuzet customer number (#123); direction: in or out."""
    from ..progress import Progress
    from ..registers.errors import RegisterError
    from ..registers.monitoring import transactions
    from ..registers.tabular import load_mapping

    store = open_store(ctx, db)
    try:
        columns = load_mapping(mapping) if mapping else None
        with store.transaction() as session:
            result = transactions.import_file(
                session,
                file,
                store.rules(session),
                dt.date.today(),
                columns,
                Progress(stderr_progress),
            )
    except RegisterError as exc:
        typer.echo("", err=True)
        fail(f"{file}: {exc}")
    finally:
        store.close()
    typer.echo("", err=True)
    typer.echo(f"{result.count} transaction(s) imported from {file} (import {result.batch!r})")
    if result.incomplete_travel_rule:
        typer.echo(
            f"{result.incomplete_travel_rule} transfer(s) lack Travel Rule data; "
            "run `kuzet monitor` to raise alerts"
        )


@app.command("monitor")
def monitor(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """Run the monitoring rules over all transactions; print a summary per rule.
    Running again does not duplicate alerts."""
    from ..progress import Progress
    from ..registers.monitoring import runs as monitoring

    store = open_store(ctx, db)
    try:
        with store.transaction() as session:
            summary = monitoring.run(
                session, store.rules(session), dt.date.today(), Progress(stderr_progress)
            )
    finally:
        store.close()
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
    from ..registers.monitoring import alerts

    store = open_store(ctx, db, write=False)
    try:
        with store.reading() as session:
            found = alerts.open_alerts(session)
    finally:
        store.close()
    for alert in found:
        if as_json:
            typer.echo(json.dumps(alert, ensure_ascii=False))
        else:
            typer.echo(
                f"#{alert['id']:<5} {alert['detected_on']}  {alert['rule']:<22} "
                f"{alert['customer']} {alert['customer_name']}  tx {alert['transactions']}\n"
                f"       {alert['reason']}"
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
    from ..registers.monitoring import fiu_report_listing

    store = open_store(ctx, db, write=False)
    today = dt.date.today()
    try:
        with store.reading() as session:
            found = fiu_report_listing.all_reports(session, store.rules(session), today)
    finally:
        store.close()
    for report in found:
        if as_json:
            typer.echo(json.dumps(report, ensure_ascii=False))
        else:
            left = report["business_days_left"]
            when = "" if left is None else f"{left:>3} bd"
            typer.echo(
                f"{report['kind'].upper()} #{report['id']:<5} {report['state']:<22} "
                f"due {report['deadline'] or '-':<10} {when:>6}  {report['customer']} "
                f"{report['customer_name']}  {report['fiu_reference']}"
            )
    overdue = sum(1 for r in found if r["state"] == "overdue")
    if not as_json:
        typer.echo(f"{len(found)} report(s), {overdue} overdue. Never tell the customer.")


@app.command("travel-rule")
def travel_rule_gaps(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """List transfers at or above the Travel Rule threshold that lack required data."""
    from ..registers.monitoring import travel_rule

    store = open_store(ctx, db, write=False)
    try:
        with store.reading() as session:
            found = travel_rule.incomplete_transfers(session, store.rules(session))
    finally:
        store.close()
    for transaction_id, result in found:
        typer.echo(f"#{transaction_id:<7} {result.describe()}")
    typer.echo(f"{len(found)} incomplete transfer(s) at or above the threshold")
