"""kuzet import sales|output, export sales|output, kuzet pools, kuzet venues,
kuzet mining check|fees."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from .apps import app, export_app, import_app
from .common import EXIT_PROBLEM, DbOption, fail, open_store, stderr_progress

mining_app = typer.Typer(help="The mandatory-sale check and the mining fee.")
app.add_typer(mining_app, name="mining")


def _import(ctx: typer.Context, kind: str, file: Path, mapping: Path | None, db: Path | None):
    from ..progress import Progress
    from ..registers.errors import RegisterError
    from ..registers.mining import imports as mining_imports
    from ..registers.tabular import load_mapping

    store = open_store(ctx, db)
    progress = Progress(stderr_progress)
    try:
        columns = load_mapping(mapping) if mapping else None
        with store.transaction() as session:
            today = dt.date.today()
            if kind == "sales":
                result = mining_imports.import_sales(session, file, today, columns, progress)
            else:
                rules = store.rules(session)
                result = mining_imports.import_output(
                    session, file, rules, today, columns, progress
                )
    except RegisterError as exc:
        typer.echo("", err=True)
        fail(f"{file}: {exc}")
    finally:
        store.close()
    typer.echo("", err=True)
    return result


@import_app.command("sales")
def import_sales(
    ctx: typer.Context,
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="CSV or XLSX file."),
    mapping: Path | None = typer.Option(None, "--mapping", help="TOML column mapping."),
    db: Path | None = DbOption,
) -> None:
    """Import an exchange trade history. Header: date,coin,amount,price,currency,venue,
    reference (optional: counterparty,kzt_rate,value_kzt). Rows already imported (same venue
    and reference) are skipped."""
    result = _import(ctx, "sales", file, mapping, db)
    typer.echo(
        f"{result.imported} sale(s) imported from {file}; "
        f"{result.duplicates} duplicate(s) skipped ({result.rows} row(s) read)"
    )


@import_app.command("output")
def import_output(
    ctx: typer.Context,
    file: Path = typer.Argument(..., exists=True, dir_okay=False, help="CSV or XLSX file."),
    mapping: Path | None = typer.Option(None, "--mapping", help="TOML column mapping."),
    db: Path | None = DbOption,
) -> None:
    """Import a pool payout file. Header: date,coin,amount,pool,kwh,reference (optional:
    notes). Rows already imported (same pool and reference) are skipped."""
    result = _import(ctx, "output", file, mapping, db)
    typer.echo(
        f"{result.imported} output record(s) imported from {file}; "
        f"{result.duplicates} duplicate(s) skipped; "
        f"{result.flagged} flagged: pool not accredited on that date"
    )


def _export(ctx: typer.Context, kind: str, file: Path, include_retired: bool, db: Path | None):
    from ..registers.listing import ListQuery
    from ..registers.mining import output, sales

    if file.suffix.lower() not in (".csv", ".xlsx"):
        fail(f"{file}: export to a .csv or .xlsx file", 2)
    store = open_store(ctx, db)
    try:
        with store.reading() as session:
            query = ListQuery(include_retired=include_retired)
            today = dt.date.today()
            if kind == "sales":
                listing = sales.SaleListing(today)
                count = sales.export(session, file, listing, query)
            else:
                listing = output.OutputListing(store.rules(session), today)
                count = output.export(session, file, listing, query)
    finally:
        store.close()
    typer.echo(f"{count} {kind} row(s) written to {file}")


@export_app.command("sales")
def export_sales(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="Where to write: .csv or .xlsx"),
    include_retired: bool = typer.Option(False, "--include-retired"),
    db: Path | None = DbOption,
) -> None:
    """Export the sales ledger (with whether each venue was AIFC-licensed that day)."""
    _export(ctx, "sales", file, include_retired, db)


@export_app.command("output")
def export_output(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="Where to write: .csv or .xlsx"),
    include_retired: bool = typer.Option(False, "--include-retired"),
    db: Path | None = DbOption,
) -> None:
    """Export mining output (with the pool-accreditation flag)."""
    _export(ctx, "output", file, include_retired, db)


@app.command("pools")
def list_pools(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """List pool accreditations, soonest expiry first."""
    from ..registers.licensing.pools import PoolListing
    from ..registers.listing import ListQuery

    store = open_store(ctx, db)
    try:
        with store.reading() as session:
            listing = PoolListing(dt.date.today())
            ids = listing.ids(session, ListQuery())
            rows = listing.rows(session, ids)
            for record_id in ids:
                pool, bin_, number, _start, expires, days, status, hardware, _ev = rows[record_id]
                left = "" if days is None else f"{days} d"
                where = "hardware in KZ" if hardware else "hardware OUTSIDE KZ"
                typer.echo(
                    f"#{record_id:<4} {status:<15} {expires or '(no expiry)'!s:<12} {left:>7}  "
                    f"{pool}  {number or '-'}  BIN {bin_ or '-'}  {where}"
                )
    finally:
        store.close()


@app.command("venues")
def list_venues(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """List sale venues and whether each counts as AIFC-licensed today."""
    from ..registers.listing import ListQuery
    from ..registers.mining.venues import VenueListing

    store = open_store(ctx, db)
    try:
        with store.reading() as session:
            listing = VenueListing(dt.date.today())
            ids = listing.ids(session, ListQuery())
            rows = listing.rows(session, ids)
            for venue_id in ids:
                name, jurisdiction, number, status, _f, _t, counts, _nbk, sold = rows[venue_id]
                typer.echo(
                    f"#{venue_id:<4} {name}  ({jurisdiction or '-'})  AIFC {number or '-'} "
                    f"{status}  counts: {counts}  sales: {sold}"
                )
    finally:
        store.close()


@mining_app.command("check")
def check(
    ctx: typer.Context,
    coin: str = typer.Option("", "--coin", help="One coin (default: every coin mined)."),
    db: Path | None = DbOption,
) -> None:
    """The mandatory-sale share of every period, newest first, and the running period's
    projection. Exit 1 when the last finished period fell short or the running one is
    projected to."""
    from ..registers.mining import mandatory_sale as checks

    store = open_store(ctx, db)
    today = dt.date.today()
    problem = False
    try:
        with store.reading() as session:
            rules = store.rules(session)
            for name in [coin.upper()] if coin else checks.coins(session):
                typer.echo(f"{name}: period, mined, sold via AIFC-licensed, share, required")
                history = checks.check_periods(session, rules, today, name)
                finished = [h for h in history if not h.running]
                if finished and finished[0].status == "short":
                    problem = True
                for item in history:
                    short = (
                        f", short {checks.coin_amount(item.shortfall)}"
                        if item.status == "short"
                        else ""
                    )
                    typer.echo(
                        f"  {item.period.label:<9} {item.mined:>16} {item.sold_licensed:>16} "
                        f"{checks.percent(item.share):>7} {checks.describe_rule(item):>7}  "
                        f"{item.status}{short}"
                    )
                    if item.running and item.projection is not None:
                        p = item.projection
                        problem = problem or p.short
                        typer.echo(
                            f"            projected share {checks.percent(p.projected_share)}; "
                            f"sell {checks.coin_amount(p.still_to_sell)} more "
                            f"by {item.period.end:%d.%m.%Y}"
                        )
    finally:
        store.close()
    if problem:
        raise typer.Exit(EXIT_PROBLEM)


@mining_app.command("fees")
def fees(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """The mining fee per quarter (kWh x rate), due date and payment, and the optional
    income-tax estimate with its source."""
    from ..registers.mining import fees as mining_fees

    store = open_store(ctx, db)
    try:
        with store.reading() as session:
            rules = store.rules(session)
            for line in mining_fees.fee_lines(session, rules, dt.date.today()):
                fee = line.fee
                paid = f"paid {line.basis.paid_on:%d.%m.%Y}" if line.paid else "NOT PAID"
                typer.echo(
                    f"{line.quarter.label:<8} {fee.kwh:>14} kWh  fee {fee.fee:>14} KZT  "
                    f"due {fee.due:%d.%m.%Y}  {paid}  rate {line.rate_text()}"
                )
                if line.income_tax is not None:
                    typer.echo(
                        f"         income-tax estimate {line.income_tax} KZT "
                        f"({line.income_tax_rate} x sales {line.income_kzt} KZT; "
                        f"{line.income_tax_source})"
                    )
    finally:
        store.close()
