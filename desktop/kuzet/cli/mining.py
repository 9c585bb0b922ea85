"""kuzet import sales|output, export sales|output, kuzet pools, kuzet venues,
kuzet mining check|fees.

Each command imports what it uses when it runs, so ``kuzet --help`` does not load the
registers (start-up time)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import typer

from .apps import app, export_app
from .common import (
    EXIT_PROBLEM,
    DbOption,
    export_to_table,
    import_command,
    open_desk,
)

mining_app = typer.Typer(help="The mandatory-sale check and the mining fee.")
app.add_typer(mining_app, name="mining")


def _said(text: str) -> Callable[[Any, Path], str]:
    """``text`` with the ``ImportResult``'s fields and the ``{file}``."""
    return lambda result, file: text.format(file=file, **vars(result))


import_command(
    "sales",
    "Import an exchange trade history. Header: date,coin,amount,price,currency,venue,"
    "reference (optional: counterparty,kzt_rate,value_kzt). Rows already imported (same "
    "venue and reference) are skipped.",
    lambda desk: desk.mining.import_sales,
    _said(
        "{imported} sale(s) imported from {file}; {duplicates} duplicate(s) skipped "
        "({rows} row(s) read)"
    ),
)
import_command(
    "output",
    "Import a pool payout file. Header: date,coin,amount,pool,kwh,reference (optional: "
    "notes). Rows already imported (same pool and reference) are skipped.",
    lambda desk: desk.mining.import_output,
    _said(
        "{imported} output record(s) imported from {file}; {duplicates} duplicate(s) skipped; "
        "{flagged} flagged: pool not accredited on that date"
    ),
)


def _export_command(kind: str, help_text: str) -> None:
    """``kuzet export <kind>``: the rows the page lists, to CSV or XLSX."""

    def export(
        ctx: typer.Context,
        file: Path = typer.Argument(..., help="Where to write: .csv or .xlsx"),
        include_retired: bool = typer.Option(False, "--include-retired"),
        db: Path | None = DbOption,
    ) -> None:
        from ..registers.listing import ListQuery  # on use: start-up time

        export_to_table(file)
        mining = open_desk(ctx, db).mining
        query = ListQuery(include_retired=include_retired)
        write = mining.export_sales if kind == "sales" else mining.export_output
        count = write(file, query)
        typer.echo(f"{count} {kind} row(s) written to {file}")

    export_app.command(kind, help=help_text)(export)


_export_command(
    "sales", "Export the sales ledger (with whether each venue was AIFC-licensed that day)."
)
_export_command("output", "Export mining output (with the pool-accreditation flag).")


def _listed(area: Any, listing: Any) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(id, row) of every record in use, in the listing's own order."""
    from ..registers.listing import ListQuery  # on use: start-up time

    ids = area.list_ids(listing, ListQuery())
    rows = area.list_rows(listing, ids)
    return ((record_id, rows[record_id]) for record_id in ids)


@app.command("pools")
def list_pools(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """List pool accreditations, soonest expiry first."""
    licensing = open_desk(ctx, db).licensing
    for record_id, row in _listed(licensing, licensing.pool_listing()):
        pool, bin_, number, _start, expires, days, status, hardware, _ev = row
        left = "" if days is None else f"{days} d"
        where = "hardware in KZ" if hardware else "hardware OUTSIDE KZ"
        typer.echo(
            f"#{record_id:<4} {status:<15} {expires or '(no expiry)'!s:<12} {left:>7}  "
            f"{pool}  {number or '-'}  BIN {bin_ or '-'}  {where}"
        )


@app.command("venues")
def list_venues(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """List sale venues and whether each counts as AIFC-licensed today."""
    mining = open_desk(ctx, db).mining
    for venue_id, row in _listed(mining, mining.venue_listing()):
        name, jurisdiction, number, status, _f, _t, counts, _nbk, sold = row
        typer.echo(
            f"#{venue_id:<4} {name}  ({jurisdiction or '-'})  AIFC {number or '-'} "
            f"{status}  counts: {counts}  sales: {sold}"
        )


@mining_app.command("check")
def check(
    ctx: typer.Context,
    coin: str = typer.Option("", "--coin", help="One coin (default: every coin mined)."),
    db: Path | None = DbOption,
) -> None:
    """The mandatory-sale share of every period, newest first, and the running period's
    projection. Exit 1 when the last finished period fell short or the running one is
    projected to."""
    from ..registers.mining.mandatory_sale import (  # on use: start-up time
        coin_amount,
        describe_rule,
        percent,
    )

    mining = open_desk(ctx, db).mining
    problem = False
    for name in [coin.upper()] if coin else mining.coins():
        typer.echo(f"{name}: period, mined, sold via AIFC-licensed, share, required")
        history = mining.share_checks(name)
        finished = [h for h in history if not h.running]
        if finished and finished[0].status == "short":
            problem = True
        for item in history:
            short = f", short {coin_amount(item.shortfall)}" if item.status == "short" else ""
            typer.echo(
                f"  {item.period.label:<9} {item.mined:>16} {item.sold_licensed:>16} "
                f"{percent(item.share):>7} {describe_rule(item):>7}  {item.status}{short}"
            )
            if item.running and item.projection is not None:
                p = item.projection
                problem = problem or p.short
                typer.echo(
                    f"            projected share {percent(p.projected_share)}; "
                    f"sell {coin_amount(p.still_to_sell)} more by {item.period.end:%d.%m.%Y}"
                )
    if problem:
        raise typer.Exit(EXIT_PROBLEM)


@mining_app.command("fees")
def fees(ctx: typer.Context, db: Path | None = DbOption) -> None:
    """The mining fee per quarter (kWh x rate), due date and payment, and the optional
    income-tax estimate with its source."""
    for line in open_desk(ctx, db).mining.fee_report().lines:
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
